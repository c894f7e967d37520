/* Clients and supporters: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

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
        cp_status st = cp__fail(err, CP_EVALUE, path->buf, "ULN \"%.40s\" is not 10 digits", c->uln);
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
    cp_status st = cp__set_string(n, &client_fields[0], id, err);
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
