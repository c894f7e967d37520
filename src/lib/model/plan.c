/* Career action plans and their small records: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

static const cp__field section_fields[] = {
    CP__STR(struct cp_section, text, 0),
    CP__BOOL(struct cp_section, sensitive),
};
const cp__type cp__section_type = {"section", sizeof(struct cp_section), section_fields,
                                   CP__NFIELDS(section_fields), NULL};

static const cp__field resource_fields[] = {
    CP__STR(struct cp_resource, title, CP__F_REQUIRED),
    CP__STR(struct cp_resource, url, 0),
};
const cp__type cp__resource_type = {"resource", sizeof(struct cp_resource), resource_fields,
                                    CP__NFIELDS(resource_fields), NULL};

static const cp__field artefact_fields[] = {
    CP__ENUM(struct cp_artefact, kind, CP__F_REQUIRED, 0, cp__artefact_kind_enum),
    CP__STR(struct cp_artefact, uri, CP__F_REQUIRED),
    CP__STR(struct cp_artefact, caption, 0),
};
const cp__type cp__artefact_type = {"artefact", sizeof(struct cp_artefact), artefact_fields,
                                    CP__NFIELDS(artefact_fields), NULL};

static const cp__field history_fields[] = {
    CP__DATE(struct cp_history_entry, date, CP__F_REQUIRED),
    CP__STR(struct cp_history_entry, author, 0),
    CP__STR(struct cp_history_entry, change, CP__F_REQUIRED),
    CP__STR(struct cp_history_entry, reason, 0),
    CP__BOOL(struct cp_history_entry, sensitive),
};
const cp__type cp__history_entry_type = {"history entry", sizeof(struct cp_history_entry),
                                         history_fields, CP__NFIELDS(history_fields), NULL};

static const cp__field plan_fields[] = {
    CP__STR(struct cp_plan, id, CP__F_REQUIRED | CP__F_ID),
    CP__DATE(struct cp_plan, created, CP__F_REQUIRED),
    CP__STR(struct cp_plan, practitioner, 0),
    CP__STR(struct cp_plan, service, 0),
    CP__ENUM(struct cp_plan, guidance_model, 0, 0, cp__guidance_model_enum),
    CP__STR(struct cp_plan, guidance_stage, 0),
    CP__OBJECT(struct cp_plan, sections[0], "where_you_are_now", cp__section_type),
    CP__OBJECT(struct cp_plan, sections[1], "where_you_want_to_be", cp__section_type),
    CP__OBJECT(struct cp_plan, sections[2], "how_you_will_get_there", cp__section_type),
    CP__ENUM(struct cp_plan, status, 0, CP_PLAN_STATUS_DRAFT, cp__plan_status_enum),
    CP__DATE(struct cp_plan, agreed_date, 0),
    CP__LIST(struct cp_plan, resources, cp__resource_type),
    CP__LIST(struct cp_plan, artefacts, cp__artefact_type),
    CP__ENUM(struct cp_plan, review_frequency, 0, 0, cp__review_frequency_enum),
    CP__INT(struct cp_plan, reviews_per_year, 0, 1, 5),
    CP__DATE(struct cp_plan, next_review, 0),
    CP__LIST(struct cp_plan, goals, cp__goal_type),
    CP__LIST(struct cp_plan, reviews, cp__review_type),
    CP__LIST(struct cp_plan, history, cp__history_entry_type),
};
const cp__type cp__plan_type = {"plan", sizeof(struct cp_plan), plan_fields,
                                CP__NFIELDS(plan_fields), NULL};

/* Indices into plan_fields, in table (= JSON) order. */
enum { P_ID, P_CREATED, P_PRACTITIONER, P_SERVICE, P_GUIDANCE_MODEL, P_GUIDANCE_STAGE, P_SECTION,
       P_STATUS = P_SECTION + 3, P_AGREED_DATE, P_RESOURCES, P_ARTEFACTS, P_REVIEW_FREQUENCY,
       P_REVIEWS_PER_YEAR, P_NEXT_REVIEW, P_GOALS, P_REVIEWS, P_HISTORY };
enum { S_TEXT, S_SENSITIVE };
enum { R_TITLE, R_URL };
enum { A_KIND, A_URI, A_CAPTION };
enum { H_DATE, H_AUTHOR, H_CHANGE, H_REASON, H_SENSITIVE };

cp_status cp_client_add_plan(cp_client *client, const char *id, cp_date created, cp_plan **out,
                             cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    cp_status st = cp__check_date(&plan_fields[P_CREATED], created, err);
    if (st != CP_OK)
        return st;
    cp__node *n = NULL;
    st = cp__child_add(&client->base, cp__type_field(&cp__client_type, "plans"), id, &n, err);
    if (st != CP_OK)
        return st;
    ((struct cp_plan *)n)->created = created;
    if (out)
        *out = (cp_plan *)n;
    return CP_OK;
}

/* The enum values index the field tables: a table edited without the enum
 * would silently mis-wire every accessor, so the build checks the two agree. */
_Static_assert(CP__NFIELDS(plan_fields) == P_HISTORY + 1, "plan_fields and its index enum differ");
_Static_assert(CP__NFIELDS(section_fields) == S_SENSITIVE + 1, "section_fields and S_* differ");
_Static_assert(CP__NFIELDS(resource_fields) == R_URL + 1, "resource_fields and R_* differ");
_Static_assert(CP__NFIELDS(artefact_fields) == A_CAPTION + 1, "artefact_fields and A_* differ");
_Static_assert(CP__NFIELDS(history_fields) == H_SENSITIVE + 1, "history_fields and H_* differ");

cp_client *cp_plan_get_client(const cp_plan *plan)
{
    return (cp_client *)plan->base.parent;
}

const char *cp_plan_get_id(const cp_plan *plan)
{
    return plan->id;
}

cp_status cp_plan_set_id(cp_plan *plan, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_string(&plan->base, &plan_fields[P_ID], id, err);
}

cp_date cp_plan_get_created(const cp_plan *plan)
{
    return plan->created;
}

cp_status cp_plan_set_created(cp_plan *plan, cp_date created, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_date(&plan->base, &plan_fields[P_CREATED], created, err);
}

const char *cp_plan_get_practitioner(const cp_plan *plan)
{
    return plan->practitioner;
}

cp_status cp_plan_set_practitioner(cp_plan *plan, const char *practitioner, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_string(&plan->base, &plan_fields[P_PRACTITIONER], practitioner, err);
}

const char *cp_plan_get_service(const cp_plan *plan)
{
    return plan->service;
}

cp_status cp_plan_set_service(cp_plan *plan, const char *service, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_string(&plan->base, &plan_fields[P_SERVICE], service, err);
}

cp_guidance_model cp_plan_get_guidance_model(const cp_plan *plan)
{
    return (cp_guidance_model)plan->guidance_model;
}

cp_status cp_plan_set_guidance_model(cp_plan *plan, cp_guidance_model model, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_enum(&plan->base, &plan_fields[P_GUIDANCE_MODEL], (int)model, err);
}

const char *cp_plan_get_guidance_stage(const cp_plan *plan)
{
    return plan->guidance_stage;
}

cp_status cp_plan_set_guidance_stage(cp_plan *plan, const char *stage, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_string(&plan->base, &plan_fields[P_GUIDANCE_STAGE], stage, err);
}

cp_plan_status cp_plan_get_status(const cp_plan *plan)
{
    return (cp_plan_status)plan->status;
}

cp_status cp_plan_set_status(cp_plan *plan, cp_plan_status status, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    if (status == CP_PLAN_STATUS_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "a plan always has a status");
    return cp__set_enum(&plan->base, &plan_fields[P_STATUS], (int)status, err);
}

cp_date cp_plan_get_agreed_date(const cp_plan *plan)
{
    return plan->agreed_date;
}

cp_status cp_plan_set_agreed_date(cp_plan *plan, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_date(&plan->base, &plan_fields[P_AGREED_DATE], date, err);
}

cp_review_frequency cp_plan_get_review_frequency(const cp_plan *plan)
{
    return (cp_review_frequency)plan->review_frequency;
}

cp_status cp_plan_set_review_frequency(cp_plan *plan, cp_review_frequency frequency,
                                       cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_enum(&plan->base, &plan_fields[P_REVIEW_FREQUENCY], (int)frequency, err);
}

int cp_plan_get_reviews_per_year(const cp_plan *plan)
{
    return plan->reviews_per_year;
}

cp_status cp_plan_set_reviews_per_year(cp_plan *plan, int count, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_int(&plan->base, &plan_fields[P_REVIEWS_PER_YEAR], count, err);
}

cp_date cp_plan_get_next_review(const cp_plan *plan)
{
    return plan->next_review;
}

cp_status cp_plan_set_next_review(cp_plan *plan, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__set_date(&plan->base, &plan_fields[P_NEXT_REVIEW], date, err);
}

/* ---- summary sections ---- */

static int section_known(cp_plan_section section)
{
    return (int)section >= 0 && (int)section < 3;
}

static const struct cp_section *section_get(const cp_plan *plan, cp_plan_section section)
{
    if (!plan || !section_known(section))
        return NULL;
    return (const struct cp_section *)plan->sections[section];
}

const char *cp_plan_get_section(const cp_plan *plan, cp_plan_section section)
{
    const struct cp_section *s = section_get(plan, section);
    return s ? s->text : NULL;
}

int cp_plan_section_is_sensitive(const cp_plan *plan, cp_plan_section section)
{
    const struct cp_section *s = section_get(plan, section);
    return s ? s->sensitive : 0;
}

int cp_plan_has_section(const cp_plan *plan, cp_plan_section section)
{
    return section_get(plan, section) != NULL;
}

cp_status cp_plan_set_section(cp_plan *plan, cp_plan_section section, const char *text,
                              int sensitive, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    if (!section_known(section))
        return cp__fail(err, CP_EINVAL, NULL, "unknown plan section %d", (int)section);
    const cp__field *f = &plan_fields[P_SECTION + (int)section];
    cp__node **slot = CP__AT(&plan->base, f, cp__node *);
    if (!text) {
        cp__node_free(*slot);
        *slot = NULL;
        return CP_OK;
    }
    const cp__field *tf = &section_fields[S_TEXT];
    cp_status st = cp__check_string(tf, text, NULL, err);
    if (st != CP_OK)
        return st;
    int created = *slot == NULL;
    cp__node *s = cp__object_get(&plan->base, f);
    if (!s)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if ((st = cp__set_string(s, tf, text, err)) != CP_OK) {
        /* A new section must not be left behind without its text. */
        if (created) {
            cp__node_free(s);
            *slot = NULL;
        }
        return st;
    }
    return cp__set_bool(s, &section_fields[S_SENSITIVE], sensitive, err);
}

/* ---- resources ---- */

cp_status cp_plan_add_resource(cp_plan *plan, const char *title, const char *url,
                               cp_resource **out, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&plan->base, &plan_fields[P_RESOURCES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__set_string(n, &resource_fields[R_TITLE], title, err)) != CP_OK ||
        (st = cp__set_string(n, &resource_fields[R_URL], url, err)) != CP_OK) {
        cp__list_drop_last(&plan->resources);
        return st;
    }
    if (out)
        *out = (cp_resource *)n;
    return CP_OK;
}

size_t cp_plan_resource_count(const cp_plan *plan)
{
    return plan ? plan->resources.count : 0;
}

cp_resource *cp_plan_resource_at(const cp_plan *plan, size_t index)
{
    return plan ? (cp_resource *)cp__list_at(&plan->resources, index) : NULL;
}

cp_status cp_plan_remove_resource(cp_plan *plan, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__child_remove(&plan->base, &plan_fields[P_RESOURCES], index, err);
}

cp_plan *cp_resource_get_plan(const cp_resource *resource)
{
    return (cp_plan *)resource->base.parent;
}

const char *cp_resource_get_title(const cp_resource *resource)
{
    return resource->title;
}

cp_status cp_resource_set_title(cp_resource *resource, const char *title, cp_error *err)
{
    CP__CHECK_OBJ(resource, err);
    return cp__set_string(&resource->base, &resource_fields[R_TITLE], title, err);
}

const char *cp_resource_get_url(const cp_resource *resource)
{
    return resource->url;
}

cp_status cp_resource_set_url(cp_resource *resource, const char *url, cp_error *err)
{
    CP__CHECK_OBJ(resource, err);
    return cp__set_string(&resource->base, &resource_fields[R_URL], url, err);
}

/* ---- artefacts ---- */

cp_status cp_plan_add_artefact(cp_plan *plan, cp_artefact_kind kind, const char *uri,
                               const char *caption, cp_artefact **out, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&plan->base, &plan_fields[P_ARTEFACTS], NULL, &n, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__set_enum(n, &artefact_fields[A_KIND], (int)kind, err)) != CP_OK ||
        (st = cp__set_string(n, &artefact_fields[A_URI], uri, err)) != CP_OK ||
        (st = cp__set_string(n, &artefact_fields[A_CAPTION], caption, err)) != CP_OK) {
        cp__list_drop_last(&plan->artefacts);
        return st;
    }
    if (out)
        *out = (cp_artefact *)n;
    return CP_OK;
}

size_t cp_plan_artefact_count(const cp_plan *plan)
{
    return plan ? plan->artefacts.count : 0;
}

cp_artefact *cp_plan_artefact_at(const cp_plan *plan, size_t index)
{
    return plan ? (cp_artefact *)cp__list_at(&plan->artefacts, index) : NULL;
}

cp_status cp_plan_remove_artefact(cp_plan *plan, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__child_remove(&plan->base, &plan_fields[P_ARTEFACTS], index, err);
}

cp_plan *cp_artefact_get_plan(const cp_artefact *artefact)
{
    return (cp_plan *)artefact->base.parent;
}

cp_artefact_kind cp_artefact_get_kind(const cp_artefact *artefact)
{
    return (cp_artefact_kind)artefact->kind;
}

cp_status cp_artefact_set_kind(cp_artefact *artefact, cp_artefact_kind kind, cp_error *err)
{
    CP__CHECK_OBJ(artefact, err);
    return cp__set_enum(&artefact->base, &artefact_fields[A_KIND], (int)kind, err);
}

const char *cp_artefact_get_uri(const cp_artefact *artefact)
{
    return artefact->uri;
}

cp_status cp_artefact_set_uri(cp_artefact *artefact, const char *uri, cp_error *err)
{
    CP__CHECK_OBJ(artefact, err);
    return cp__set_string(&artefact->base, &artefact_fields[A_URI], uri, err);
}

const char *cp_artefact_get_caption(const cp_artefact *artefact)
{
    return artefact->caption;
}

cp_status cp_artefact_set_caption(cp_artefact *artefact, const char *caption, cp_error *err)
{
    CP__CHECK_OBJ(artefact, err);
    return cp__set_string(&artefact->base, &artefact_fields[A_CAPTION], caption, err);
}

/* ---- version history: append-only, so there are no setters and no removal ---- */

cp_status cp_plan_add_history_entry(cp_plan *plan, cp_date date, const char *author,
                                    const char *change, const char *reason, int sensitive,
                                    const cp_history_entry **out, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&plan->base, &plan_fields[P_HISTORY], NULL, &n, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__set_date(n, &history_fields[H_DATE], date, err)) != CP_OK ||
        (st = cp__set_string(n, &history_fields[H_AUTHOR], author, err)) != CP_OK ||
        (st = cp__set_string(n, &history_fields[H_CHANGE], change, err)) != CP_OK ||
        (st = cp__set_string(n, &history_fields[H_REASON], reason, err)) != CP_OK) {
        cp__list_drop_last(&plan->history);
        return st;
    }
    ((struct cp_history_entry *)n)->sensitive = sensitive != 0;
    if (out)
        *out = (const cp_history_entry *)n;
    return CP_OK;
}

size_t cp_plan_history_entry_count(const cp_plan *plan)
{
    return plan ? plan->history.count : 0;
}

const cp_history_entry *cp_plan_history_entry_at(const cp_plan *plan, size_t index)
{
    return plan ? (const cp_history_entry *)cp__list_at(&plan->history, index) : NULL;
}

cp_plan *cp_history_entry_get_plan(const cp_history_entry *entry)
{
    return (cp_plan *)entry->base.parent;
}

cp_date cp_history_entry_get_date(const cp_history_entry *entry)
{
    return entry->date;
}

const char *cp_history_entry_get_author(const cp_history_entry *entry)
{
    return entry->author;
}

const char *cp_history_entry_get_change(const cp_history_entry *entry)
{
    return entry->change;
}

const char *cp_history_entry_get_reason(const cp_history_entry *entry)
{
    return entry->reason;
}

/* ---- reviews (their own accessors are in review.c) ---- */

cp_status cp_plan_add_review(cp_plan *plan, const char *id, cp_date date, cp_review **out,
                             cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    const cp__field *df = cp__type_field(&cp__review_type, "date");
    cp_status st = cp__check_date(df, date, err);
    if (st != CP_OK)
        return st;
    cp__node *n = NULL;
    if ((st = cp__child_add(&plan->base, &plan_fields[P_REVIEWS], id, &n, err)) != CP_OK)
        return st;
    *CP__AT(n, df, cp_date) = date;
    if (out)
        *out = (cp_review *)n;
    return CP_OK;
}

size_t cp_plan_review_count(const cp_plan *plan)
{
    return plan ? plan->reviews.count : 0;
}

cp_review *cp_plan_review_at(const cp_plan *plan, size_t index)
{
    return plan ? (cp_review *)cp__list_at(&plan->reviews, index) : NULL;
}

cp_status cp_plan_remove_review(cp_plan *plan, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__child_remove(&plan->base, &plan_fields[P_REVIEWS], index, err);
}

int cp_history_entry_is_sensitive(const cp_history_entry *entry)
{
    return entry->sensitive;
}
