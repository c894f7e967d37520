/* Consents: exactly one recipient, dates in order, and the append-only
 * disclosure log. The rest is generated. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

cp_status cp__consent_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_consent *c = (const struct cp_consent *)node;
    cp_status st = CP_OK;
    size_t m = cp__path_mark(path);
    if (!c->supporter == !c->role) {
        cp__path_push(path, "supporter");
        st = cp__fail(err, CP_ETYPE, cp__path_str(path),
                      "a consent names exactly one recipient: \"supporter\" or \"role\"");
    } else if (!cp_date_is_none(c->withdrawn) && cp_date_compare(c->withdrawn, c->granted) < 0) {
        cp__path_push(path, "withdrawn");
        st = cp__fail(err, CP_ERANGE, cp__path_str(path), "consent withdrawn before it was granted");
    } else if (!cp_date_is_none(c->expires) && cp_date_compare(c->expires, c->granted) < 0) {
        cp__path_push(path, "expires");
        st = cp__fail(err, CP_ERANGE, cp__path_str(path), "consent expires before it was granted");
    }
    cp__path_pop(path, m);
    return st;
}

/* A scope argument: required, and one of the enumeration's values. */
static cp_status check_scope(cp_consent_scope scope, cp_error *err)
{
    if ((int)scope < 0 || (int)scope >= cp__consent_scope_enum.count)
        return cp__fail(err, CP_ERANGE, NULL, "%d is not a %s", (int)scope,
                        cp__consent_scope_enum.name);
    if (scope == CP_CONSENT_SCOPE_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "scope is required");
    return CP_OK;
}

/* ---- consents ---- */

cp_status cp_client_add_consent(cp_client *client, const char *id, cp_consent_scope scope,
                                cp_date granted, cp_consent **out, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    cp_status st = check_scope(scope, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__check_date(&cp__consent_fields[CP__CONSENT_GRANTED], granted, err)) != CP_OK)
        return st;
    cp__node *n = NULL;
    if ((st = cp__child_add(&client->base, &cp__client_fields[CP__CLIENT_CONSENTS], id, &n, err)) != CP_OK)
        return st;
    struct cp_consent *c = (struct cp_consent *)n;
    c->scope = (int)scope;
    c->granted = granted;
    if (out)
        *out = c;
    return CP_OK;
}

cp_status cp_client_remove_consent(cp_client *client, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    /* Disclosures reference their consent, so cp__child_remove refuses. */
    return cp__child_remove(&client->base, &cp__client_fields[CP__CLIENT_CONSENTS], index, err);
}

cp_status cp_consent_set_supporter(cp_consent *consent, const char *supporter_id, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    if (!supporter_id || !*supporter_id)
        return cp__fail(err, CP_EINVAL, NULL, "supporter is NULL or empty");
    /* The field is a reference: cp__set_string fails with CP_ENOTFOUND unless
     * the client has a supporter with this id. */
    cp_status st = cp__set_string(&consent->base, &cp__consent_fields[CP__CONSENT_SUPPORTER], supporter_id, err);
    if (st == CP_OK)
        consent->role = CP_RECIPIENT_ROLE_UNSET;
    return st;
}

cp_status cp_consent_set_role(cp_consent *consent, cp_recipient_role role, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    if (role == CP_RECIPIENT_ROLE_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "a consent needs a recipient role or supporter");
    cp_status st = cp__set_enum(&consent->base, &cp__consent_fields[CP__CONSENT_ROLE], (int)role, err);
    if (st != CP_OK)
        return st;
    cp__node_release(&consent->base, consent->supporter);
    consent->supporter = NULL;
    return CP_OK;
}

/* The date rules of cp__consent_check, applied to a proposed value before it is
 * stored: an end (expiry or withdrawal) never comes before the grant. */
static int before(cp_date a, cp_date b)
{
    return !cp_date_is_none(a) && !cp_date_is_none(b) && cp_date_compare(a, b) < 0;
}

/* Stores date member `field` after the rule of cp__consent_check: the grant
 * comes first, and neither end (expiry, withdrawal) comes before it. */
static cp_status set_date(cp_consent *consent, int field, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    const cp__field *f = &cp__consent_fields[field];
    cp_status st = cp__check_date(f, date, err);
    if (st != CP_OK)
        return st;
    int granting = field == CP__CONSENT_GRANTED;
    cp_date start = granting ? date : consent->granted;
    cp_date expires = field == CP__CONSENT_EXPIRES ? date : consent->expires;
    cp_date withdrawn = field == CP__CONSENT_WITHDRAWN ? date : consent->withdrawn;
    if (before(withdrawn, start))
        return cp__fail(err, CP_ERANGE, NULL, granting ? "consent would be granted after it was withdrawn"
                                                       : "consent would be withdrawn before it was granted");
    if (before(expires, start))
        return cp__fail(err, CP_ERANGE, NULL, granting ? "consent would be granted after it expires"
                                                       : "consent would expire before it was granted");
    *CP__AT(&consent->base, f, cp_date) = date;
    return CP_OK;
}

cp_status cp_consent_set_granted(cp_consent *consent, cp_date date, cp_error *err)
{
    return set_date(consent, CP__CONSENT_GRANTED, date, err);
}

cp_status cp_consent_set_expires(cp_consent *consent, cp_date date, cp_error *err)
{
    return set_date(consent, CP__CONSENT_EXPIRES, date, err);
}

cp_status cp_consent_set_withdrawn(cp_consent *consent, cp_date date, cp_error *err)
{
    return set_date(consent, CP__CONSENT_WITHDRAWN, date, err);
}

int cp_consent_is_active(const cp_consent *consent, cp_date on)
{
    if (!consent || !cp_date_is_valid(on) || !cp_date_is_valid(consent->granted))
        return 0;
    if (cp_date_compare(consent->granted, on) > 0)
        return 0; /* not yet given */
    if (!cp_date_is_none(consent->expires) && cp_date_compare(on, consent->expires) > 0)
        return 0; /* the expiry date is the last valid day */
    if (!cp_date_is_none(consent->withdrawn) && cp_date_compare(consent->withdrawn, on) <= 0)
        return 0; /* withdrawn on or before `on` */
    return 1;
}

/* ---- the disclosure log (append-only) ---- */

cp_status cp_client_add_disclosure(cp_client *client, cp_date date, const char *recipient,
                                   cp_consent_scope scope, const char *consent_id,
                                   cp_disclosure **out, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    cp_status st = cp__check_date(&cp__disclosure_fields[CP__DISCLOSURE_DATE], date, err);
    if (st == CP_OK)
        st = cp__check_string(&cp__disclosure_fields[CP__DISCLOSURE_RECIPIENT], recipient, NULL, err);
    if (st == CP_OK)
        st = check_scope(scope, err);
    if (st == CP_OK)
        st = cp__check_string(&cp__disclosure_fields[CP__DISCLOSURE_CONSENT], consent_id, NULL, err);
    if (st != CP_OK)
        return st;
    if (!cp__node_resolve(&client->base, consent_id, &cp__consent_type))
        return cp__fail(err, CP_ENOTFOUND, NULL, "consent \"%.100s\" does not exist", consent_id);
    cp__node *n = NULL;
    if ((st = cp__child_add(&client->base, &cp__client_fields[CP__CLIENT_DISCLOSURES], NULL, &n, err)) != CP_OK)
        return st;
    struct cp_disclosure *d = (struct cp_disclosure *)n;
    d->date = date;
    d->scope = (int)scope;
    if (!(d->recipient = cp__strdup(recipient)) || !(d->consent = cp__strdup(consent_id))) {
        cp__list_drop_last(&client->disclosures);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    if (out)
        *out = d;
    return CP_OK;
}

