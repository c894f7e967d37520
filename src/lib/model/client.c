/* Clients and supporters: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

/* Indices into supporter_fields and client_fields, in table (= JSON) order. */
enum { S_ID, S_ROLE, S_NAME, S_CONTACT };
enum { C_ID, C_UPN, C_ULN, C_SERVICE_REF, C_GIVEN_NAME, C_FAMILY_NAME, C_DATE_OF_BIRTH, C_SETTING,
       C_YEAR_GROUP, C_AGE, C_SUPPORT, C_NEED_LEVEL, C_PLANNING_STYLE, C_RECORDING_FORMATS,
       C_FLEXIBLE_TIMING, C_SUPPORTERS, C_PLANS, C_CONSENTS, C_DISCLOSURES };

static const cp__field supporter_fields[] = {
    CP__STR(struct cp_supporter, id, CP__F_REQUIRED | CP__F_ID),
    CP__ENUM(struct cp_supporter, role, 0, 0, cp__supporter_role_enum),
    CP__STR(struct cp_supporter, name, 0),
    CP__STR(struct cp_supporter, contact, 0),
};
const cp__type cp__supporter_type = {"supporter", sizeof(struct cp_supporter), supporter_fields,
                                     CP__NFIELDS(supporter_fields), NULL};

static const cp__field client_fields[] = {
    CP__STR(struct cp_client, id, CP__F_REQUIRED | CP__F_ID),
    CP__STR(struct cp_client, upn, 0),
    CP__STR(struct cp_client, uln, 0),
    CP__STR(struct cp_client, service_ref, 0),
    CP__STR(struct cp_client, given_name, 0),
    CP__STR(struct cp_client, family_name, 0),
    CP__DATE(struct cp_client, date_of_birth, CP__F_SPECIAL),
    CP__ENUM(struct cp_client, setting, 0, 0, cp__setting_enum),
    CP__INT(struct cp_client, year_group, 0, 7, 13),
    CP__INT(struct cp_client, age, 0, 1, 150),
    CP__FLAGS(struct cp_client, support, CP__F_SPECIAL, cp__support_enum),
    CP__ENUM(struct cp_client, need_level, 0, 0, cp__need_level_enum),
    CP__ENUM(struct cp_client, planning_style, 0, 0, cp__planning_style_enum),
    CP__FLAGS(struct cp_client, recording_formats, 0, cp__recording_format_enum),
    CP__BOOL(struct cp_client, flexible_timing),
    CP__LIST(struct cp_client, supporters, cp__supporter_type),
    CP__LIST(struct cp_client, plans, cp__plan_type),
    CP__LIST(struct cp_client, consents, cp__consent_type),
    CP__LIST(struct cp_client, disclosures, cp__disclosure_type),
};

/* UPN: 13 characters, a letter then 11 digits then a digit or letter.
 * ULN: 10 digits. Checked by the loader and the setters alike. */
static int is_upn(const char *s)
{
    if (strlen(s) != 13 || !((s[0] >= 'A' && s[0] <= 'Z')))
        return 0;
    for (int i = 1; i < 12; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return (s[12] >= '0' && s[12] <= '9') || (s[12] >= 'A' && s[12] <= 'Z');
}

static int is_uln(const char *s)
{
    if (strlen(s) != 10)
        return 0;
    for (int i = 0; i < 10; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static cp_status check_client(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_client *c = (const struct cp_client *)node;
    if (c->upn && !is_upn(c->upn)) {
        size_t m = cp__path_push(path, "upn");
        cp_status st = cp__fail(err, CP_EVALUE, path->buf,
                                "UPN \"%.40s\" is not a letter, 11 digits and a digit or letter",
                                c->upn);
        cp__path_pop(path, m);
        return st;
    }
    if (c->uln && !is_uln(c->uln)) {
        size_t m = cp__path_push(path, "uln");
        cp_status st =
            cp__fail(err, CP_EVALUE, path->buf, "ULN \"%.40s\" is not 10 digits", c->uln);
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}

const cp__type cp__client_type = {"client", sizeof(struct cp_client), client_fields,
                                  CP__NFIELDS(client_fields), check_client};

cp_status cp_client_new(const char *id, cp_client **out, cp_error *err)
{
    if (!out)
        return cp__fail(err, CP_EINVAL, NULL, "output is NULL");
    cp__node *n = cp__node_new(&cp__client_type, NULL);
    if (!n)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    cp_status st = cp__set_string(n, &client_fields[C_ID], id, err);
    if (st != CP_OK) {
        cp__node_free(n);
        return st;
    }
    *out = (cp_client *)n;
    return CP_OK;
}

void cp_client_free(cp_client *client)
{
    if (client && !client->base.parent)
        cp__node_free(&client->base);
}

/* ---- identity ---- */

cp_caseload *cp_client_get_caseload(const cp_client *client)
{
    return (cp_caseload *)client->base.parent;
}

const char *cp_client_get_id(const cp_client *client)
{
    return client->id;
}

cp_status cp_client_set_id(cp_client *client, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    /* cp__set_string checks uniqueness in the caseload and moves the index entry. */
    return cp__set_string(&client->base, &client_fields[C_ID], id, err);
}

const char *cp_client_get_upn(const cp_client *client)
{
    return client->upn;
}

cp_status cp_client_set_upn(cp_client *client, const char *upn, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    if (upn && !is_upn(upn))
        return cp__fail(err, CP_EVALUE, NULL,
                        "UPN \"%.40s\" is not a letter, 11 digits and a digit or letter", upn);
    return cp__set_string(&client->base, &client_fields[C_UPN], upn, err);
}

const char *cp_client_get_uln(const cp_client *client)
{
    return client->uln;
}

cp_status cp_client_set_uln(cp_client *client, const char *uln, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    if (uln && !is_uln(uln))
        return cp__fail(err, CP_EVALUE, NULL, "ULN \"%.40s\" is not 10 digits", uln);
    return cp__set_string(&client->base, &client_fields[C_ULN], uln, err);
}

const char *cp_client_get_service_ref(const cp_client *client)
{
    return client->service_ref;
}

cp_status cp_client_set_service_ref(cp_client *client, const char *service_ref, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_string(&client->base, &client_fields[C_SERVICE_REF], service_ref, err);
}

const char *cp_client_get_given_name(const cp_client *client)
{
    return client->given_name;
}

cp_status cp_client_set_given_name(cp_client *client, const char *name, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_string(&client->base, &client_fields[C_GIVEN_NAME], name, err);
}

const char *cp_client_get_family_name(const cp_client *client)
{
    return client->family_name;
}

cp_status cp_client_set_family_name(cp_client *client, const char *name, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_string(&client->base, &client_fields[C_FAMILY_NAME], name, err);
}

cp_date cp_client_get_date_of_birth(const cp_client *client)
{
    return client->date_of_birth;
}

cp_status cp_client_set_date_of_birth(cp_client *client, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_date(&client->base, &client_fields[C_DATE_OF_BIRTH], date, err);
}

/* ---- circumstances and preferences ---- */

cp_setting cp_client_get_setting(const cp_client *client)
{
    return (cp_setting)client->setting;
}

cp_status cp_client_set_setting(cp_client *client, cp_setting setting, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_enum(&client->base, &client_fields[C_SETTING], (int)setting, err);
}

int cp_client_get_year_group(const cp_client *client)
{
    return client->year_group;
}

cp_status cp_client_set_year_group(cp_client *client, int year_group, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_int(&client->base, &client_fields[C_YEAR_GROUP], year_group, err);
}

int cp_client_get_age(const cp_client *client)
{
    return client->age;
}

cp_status cp_client_set_age(cp_client *client, int age, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_int(&client->base, &client_fields[C_AGE], age, err);
}

/* Stores a K_FLAGS field. The valid bits follow from the field's name table
 * (bit i is names[i + 1]), the same table the loader reads names with. */
static cp_status set_flags(cp_client *client, int field, unsigned flags, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    const cp__field *f = &client_fields[field];
    unsigned all = (1u << (f->enums->count - 1)) - 1u;
    if (flags & ~all)
        return cp__fail(err, CP_EINVAL, NULL, "0x%x has bits that are not %s flags", flags & ~all,
                        f->enums->name);
    *CP__AT(&client->base, f, unsigned) = flags;
    return CP_OK;
}

static int has_flags(unsigned set, unsigned want)
{
    return want != 0 && (set & want) == want;
}

unsigned cp_client_get_support(const cp_client *client)
{
    return client->support;
}

cp_status cp_client_set_support(cp_client *client, unsigned flags, cp_error *err)
{
    return set_flags(client, C_SUPPORT, flags, err);
}

int cp_client_has_support(const cp_client *client, cp_support flag)
{
    return has_flags(client->support, (unsigned)flag);
}

cp_need_level cp_client_get_need_level(const cp_client *client)
{
    return (cp_need_level)client->need_level;
}

cp_status cp_client_set_need_level(cp_client *client, cp_need_level level, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_enum(&client->base, &client_fields[C_NEED_LEVEL], (int)level, err);
}

cp_planning_style cp_client_get_planning_style(const cp_client *client)
{
    return (cp_planning_style)client->planning_style;
}

cp_status cp_client_set_planning_style(cp_client *client, cp_planning_style style, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_enum(&client->base, &client_fields[C_PLANNING_STYLE], (int)style, err);
}

unsigned cp_client_get_recording_formats(const cp_client *client)
{
    return client->recording_formats;
}

cp_status cp_client_set_recording_formats(cp_client *client, unsigned flags, cp_error *err)
{
    return set_flags(client, C_RECORDING_FORMATS, flags, err);
}

int cp_client_has_recording_format(const cp_client *client, cp_recording_format format)
{
    return has_flags(client->recording_formats, (unsigned)format);
}

int cp_client_is_flexible_timing(const cp_client *client)
{
    return client->flexible_timing;
}

cp_status cp_client_set_flexible_timing(cp_client *client, int flexible, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__set_bool(&client->base, &client_fields[C_FLEXIBLE_TIMING], flexible, err);
}

/* ---- supporters ---- */

cp_status cp_client_add_supporter(cp_client *client, const char *id, cp_supporter_role role,
                                  const char *name, cp_supporter **out, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    /* Check everything first so that a failure leaves the client untouched. */
    if ((int)role < 0 || (int)role >= cp__supporter_role_enum.count)
        return cp__fail(err, CP_ERANGE, NULL, "%d is not a %s", (int)role,
                        cp__supporter_role_enum.name);
    cp_status st = cp__check_string(&supporter_fields[S_NAME], name, NULL, err);
    if (st != CP_OK)
        return st;
    cp__node *n = NULL;
    if ((st = cp__child_add(&client->base, &client_fields[C_SUPPORTERS], id, &n, err)) != CP_OK)
        return st;
    ((struct cp_supporter *)n)->role = (int)role;
    if ((st = cp__set_string(n, &supporter_fields[S_NAME], name, err)) != CP_OK) {
        cp__list_drop_last(&client->supporters);
        return st;
    }
    if (out)
        *out = (cp_supporter *)n;
    return CP_OK;
}

size_t cp_client_supporter_count(const cp_client *client)
{
    return client ? client->supporters.count : 0;
}

cp_supporter *cp_client_supporter_at(const cp_client *client, size_t index)
{
    return client ? (cp_supporter *)cp__list_at(&client->supporters, index) : NULL;
}

cp_status cp_client_remove_supporter(cp_client *client, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__child_remove(&client->base, &client_fields[C_SUPPORTERS], index, err);
}

cp_client *cp_supporter_get_client(const cp_supporter *supporter)
{
    return (cp_client *)supporter->base.parent;
}

const char *cp_supporter_get_id(const cp_supporter *supporter)
{
    return supporter->id;
}

cp_status cp_supporter_set_id(cp_supporter *supporter, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(supporter, err);
    const cp__field *f = &supporter_fields[S_ID];
    cp_status st = cp__check_string(f, id, NULL, err);
    if (st != CP_OK)
        return st;
    if (strcmp(supporter->id, id) == 0)
        return CP_OK;
    /* References are not rewritten: renaming under them would leave them dangling. */
    const cp__node *scope = cp__node_client(&supporter->base);
    size_t refs = scope ? cp__node_count_refs(scope, supporter->id) : 0;
    if (refs)
        return cp__fail(err, CP_ESTATE, NULL,
                        "\"%.100s\" is still referenced %zu time(s); remove the references first",
                        supporter->id, refs);
    return cp__set_string(&supporter->base, f, id, err);
}

cp_supporter_role cp_supporter_get_role(const cp_supporter *supporter)
{
    return (cp_supporter_role)supporter->role;
}

cp_status cp_supporter_set_role(cp_supporter *supporter, cp_supporter_role role, cp_error *err)
{
    CP__CHECK_OBJ(supporter, err);
    return cp__set_enum(&supporter->base, &supporter_fields[S_ROLE], (int)role, err);
}

const char *cp_supporter_get_name(const cp_supporter *supporter)
{
    return supporter->name;
}

cp_status cp_supporter_set_name(cp_supporter *supporter, const char *name, cp_error *err)
{
    CP__CHECK_OBJ(supporter, err);
    return cp__set_string(&supporter->base, &supporter_fields[S_NAME], name, err);
}

const char *cp_supporter_get_contact(const cp_supporter *supporter)
{
    return supporter->contact;
}

cp_status cp_supporter_set_contact(cp_supporter *supporter, const char *contact, cp_error *err)
{
    CP__CHECK_OBJ(supporter, err);
    return cp__set_string(&supporter->base, &supporter_fields[S_CONTACT], contact, err);
}

/* ---- plans ---- */

size_t cp_client_plan_count(const cp_client *client)
{
    return client ? client->plans.count : 0;
}

cp_plan *cp_client_plan_at(const cp_client *client, size_t index)
{
    return client ? (cp_plan *)cp__list_at(&client->plans, index) : NULL;
}

cp_status cp_client_remove_plan(cp_client *client, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    return cp__child_remove(&client->base, &client_fields[C_PLANS], index, err);
}

/* ---- lookups by id ---- */

/* A client holds tens of items, so a walk of its tree is cheap enough; the
 * type check keeps a goal "x" from being returned as the action "x". */
static cp__node *find(const cp_client *client, const char *id, const cp__type *type)
{
    return client && id ? cp__node_resolve(&client->base, id, type) : NULL;
}

cp_supporter *cp_client_find_supporter(const cp_client *client, const char *id)
{
    return (cp_supporter *)find(client, id, &cp__supporter_type);
}

cp_plan *cp_client_find_plan(const cp_client *client, const char *id)
{
    return (cp_plan *)find(client, id, &cp__plan_type);
}

cp_goal *cp_client_find_goal(const cp_client *client, const char *id)
{
    return (cp_goal *)find(client, id, &cp__goal_type);
}

cp_action *cp_client_find_action(const cp_client *client, const char *id)
{
    return (cp_action *)find(client, id, &cp__action_type);
}

cp_review *cp_client_find_review(const cp_client *client, const char *id)
{
    return (cp_review *)find(client, id, &cp__review_type);
}

cp_consent *cp_client_find_consent(const cp_client *client, const char *id)
{
    return (cp_consent *)find(client, id, &cp__consent_type);
}
