/* Clients: the rules the description cannot state (UPN and ULN formats,
 * checked by the loader and the setters alike); the rest is generated. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

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

cp_status cp__client_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_client *c = (const struct cp_client *)node;
    if (c->upn && !is_upn(c->upn)) {
        size_t m = cp__path_push(path, "upn");
        cp_status st = cp__fail(err, CP_EVALUE, cp__path_str(path),
                                "UPN \"%.40s\" is not a letter, 11 digits and a digit or letter",
                                c->upn);
        cp__path_pop(path, m);
        return st;
    }
    if (c->uln && !is_uln(c->uln)) {
        size_t m = cp__path_push(path, "uln");
        cp_status st =
            cp__fail(err, CP_EVALUE, cp__path_str(path), "ULN \"%.40s\" is not 10 digits", c->uln);
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}

/* ---- identity ---- */

cp_status cp_client_set_upn(cp_client *client, const char *upn, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    if (upn && !is_upn(upn))
        return cp__fail(err, CP_EVALUE, NULL,
                        "UPN \"%.40s\" is not a letter, 11 digits and a digit or letter", upn);
    return cp__set_string(&client->base, &cp__client_fields[CP__CLIENT_UPN], upn, err);
}

cp_status cp_client_set_uln(cp_client *client, const char *uln, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    if (uln && !is_uln(uln))
        return cp__fail(err, CP_EVALUE, NULL, "ULN \"%.40s\" is not 10 digits", uln);
    return cp__set_string(&client->base, &cp__client_fields[CP__CLIENT_ULN], uln, err);
}

