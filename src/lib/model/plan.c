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
enum { P_ID, P_CREATED };

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
