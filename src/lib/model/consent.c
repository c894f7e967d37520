/* Consents and the disclosure log: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

static cp_status check_consent(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_consent *c = (const struct cp_consent *)node;
    cp_status st = CP_OK;
    size_t m = path->len;
    if (!c->supporter == !c->role) {
        cp__path_push(path, "supporter");
        st = cp__fail(err, CP_ETYPE, path->buf,
                      "a consent names exactly one recipient: \"supporter\" or \"role\"");
    } else if (!cp_date_is_none(c->withdrawn) && cp_date_compare(c->withdrawn, c->granted) < 0) {
        cp__path_push(path, "withdrawn");
        st = cp__fail(err, CP_ERANGE, path->buf, "consent withdrawn before it was granted");
    } else if (!cp_date_is_none(c->expires) && cp_date_compare(c->expires, c->granted) < 0) {
        cp__path_push(path, "expires");
        st = cp__fail(err, CP_ERANGE, path->buf, "consent expires before it was granted");
    }
    cp__path_pop(path, m);
    return st;
}

/* Indices into consent_fields and disclosure_fields, in table (= JSON) order. */
enum { K_ID, K_SUPPORTER, K_ROLE, K_SCOPE, K_PURPOSE, K_GRANTED, K_EXPIRES, K_WITHDRAWN,
       K_RECORDED_BY };
enum { D_DATE, D_RECIPIENT, D_SCOPE, D_CONSENT };

static const cp__field consent_fields[] = {
    CP__STR(struct cp_consent, id, CP__F_REQUIRED | CP__F_ID),
    CP__REF(struct cp_consent, supporter, 0, cp__supporter_type),
    CP__ENUM(struct cp_consent, role, 0, 0, cp__recipient_role_enum),
    CP__ENUM(struct cp_consent, scope, CP__F_REQUIRED, 0, cp__consent_scope_enum),
    CP__STR(struct cp_consent, purpose, 0),
    CP__DATE(struct cp_consent, granted, CP__F_REQUIRED),
    CP__DATE(struct cp_consent, expires, 0),
    CP__DATE(struct cp_consent, withdrawn, 0),
    CP__STR(struct cp_consent, recorded_by, 0),
};
const cp__type cp__consent_type = {"consent", sizeof(struct cp_consent), consent_fields,
                                   CP__NFIELDS(consent_fields), check_consent};

static const cp__field disclosure_fields[] = {
    CP__DATE(struct cp_disclosure, date, CP__F_REQUIRED),
    CP__STR(struct cp_disclosure, recipient, CP__F_REQUIRED),
    CP__ENUM(struct cp_disclosure, scope, CP__F_REQUIRED, 0, cp__consent_scope_enum),
    CP__REF(struct cp_disclosure, consent, CP__F_REQUIRED, cp__consent_type),
};
const cp__type cp__disclosure_type = {"disclosure", sizeof(struct cp_disclosure),
                                      disclosure_fields, CP__NFIELDS(disclosure_fields), NULL};

/* The client's list fields (client.c keeps the table; looked up by name). */
static const cp__field *client_list(const char *name)
{
    return cp__type_field(&cp__client_type, name);
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
    if ((st = cp__check_date(&consent_fields[K_GRANTED], granted, err)) != CP_OK)
        return st;
    cp__node *n = NULL;
    if ((st = cp__child_add(&client->base, client_list("consents"), id, &n, err)) != CP_OK)
        return st;
    struct cp_consent *c = (struct cp_consent *)n;
    c->scope = (int)scope;
    c->granted = granted;
    if (out)
        *out = c;
    return CP_OK;
}

size_t cp_client_consent_count(const cp_client *client)
{
    return client ? client->consents.count : 0;
}

cp_consent *cp_client_consent_at(const cp_client *client, size_t index)
{
    return client ? (cp_consent *)cp__list_at(&client->consents, index) : NULL;
}

cp_status cp_client_remove_consent(cp_client *client, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(client, err);
    /* Disclosures reference their consent, so cp__child_remove refuses. */
    return cp__child_remove(&client->base, client_list("consents"), index, err);
}

cp_client *cp_consent_get_client(const cp_consent *consent)
{
    return (cp_client *)consent->base.parent;
}

const char *cp_consent_get_id(const cp_consent *consent)
{
    return consent->id;
}

cp_status cp_consent_set_id(cp_consent *consent, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    const cp__field *f = &consent_fields[K_ID];
    cp_status st = cp__check_string(f, id, NULL, err);
    if (st != CP_OK)
        return st;
    if (strcmp(consent->id, id) == 0)
        return CP_OK;
    const cp__node *scope = cp__node_client(&consent->base);
    size_t refs = scope ? cp__node_count_refs(scope, consent->id) : 0;
    if (refs)
        return cp__fail(err, CP_ESTATE, NULL,
                        "\"%.100s\" is referenced by %zu disclosure(s); the log keeps its id",
                        consent->id, refs);
    return cp__set_string(&consent->base, f, id, err);
}

const char *cp_consent_get_supporter(const cp_consent *consent)
{
    return consent->supporter;
}

cp_status cp_consent_set_supporter(cp_consent *consent, const char *supporter_id, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    if (!supporter_id || !*supporter_id)
        return cp__fail(err, CP_EINVAL, NULL, "supporter is NULL or empty");
    /* The field is a reference: cp__set_string fails with CP_ENOTFOUND unless
     * the client has a supporter with this id. */
    cp_status st = cp__set_string(&consent->base, &consent_fields[K_SUPPORTER], supporter_id, err);
    if (st == CP_OK)
        consent->role = CP_RECIPIENT_ROLE_UNSET;
    return st;
}

cp_recipient_role cp_consent_get_role(const cp_consent *consent)
{
    return (cp_recipient_role)consent->role;
}

cp_status cp_consent_set_role(cp_consent *consent, cp_recipient_role role, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    if (role == CP_RECIPIENT_ROLE_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "a consent needs a recipient role or supporter");
    cp_status st = cp__set_enum(&consent->base, &consent_fields[K_ROLE], (int)role, err);
    if (st != CP_OK)
        return st;
    cp__free(consent->supporter);
    consent->supporter = NULL;
    return CP_OK;
}

cp_consent_scope cp_consent_get_scope(const cp_consent *consent)
{
    return (cp_consent_scope)consent->scope;
}

cp_status cp_consent_set_scope(cp_consent *consent, cp_consent_scope scope, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    return cp__set_enum(&consent->base, &consent_fields[K_SCOPE], (int)scope, err);
}

const char *cp_consent_get_purpose(const cp_consent *consent)
{
    return consent->purpose;
}

cp_status cp_consent_set_purpose(cp_consent *consent, const char *purpose, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    return cp__set_string(&consent->base, &consent_fields[K_PURPOSE], purpose, err);
}

/* The date rules of check_consent, applied to a proposed value before it is
 * stored: an end (expiry or withdrawal) never comes before the grant. */
static int before(cp_date a, cp_date b)
{
    return !cp_date_is_none(a) && !cp_date_is_none(b) && cp_date_compare(a, b) < 0;
}

cp_date cp_consent_get_granted(const cp_consent *consent)
{
    return consent->granted;
}

cp_status cp_consent_set_granted(cp_consent *consent, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    cp_status st = cp__check_date(&consent_fields[K_GRANTED], date, err);
    if (st != CP_OK)
        return st;
    if (before(consent->withdrawn, date))
        return cp__fail(err, CP_ERANGE, NULL, "consent would be granted after it was withdrawn");
    if (before(consent->expires, date))
        return cp__fail(err, CP_ERANGE, NULL, "consent would be granted after it expires");
    consent->granted = date;
    return CP_OK;
}

cp_date cp_consent_get_expires(const cp_consent *consent)
{
    return consent->expires;
}

cp_status cp_consent_set_expires(cp_consent *consent, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    cp_status st = cp__check_date(&consent_fields[K_EXPIRES], date, err);
    if (st != CP_OK)
        return st;
    if (before(date, consent->granted))
        return cp__fail(err, CP_ERANGE, NULL, "consent would expire before it was granted");
    consent->expires = date;
    return CP_OK;
}

cp_date cp_consent_get_withdrawn(const cp_consent *consent)
{
    return consent->withdrawn;
}

cp_status cp_consent_set_withdrawn(cp_consent *consent, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    cp_status st = cp__check_date(&consent_fields[K_WITHDRAWN], date, err);
    if (st != CP_OK)
        return st;
    if (before(date, consent->granted))
        return cp__fail(err, CP_ERANGE, NULL, "consent would be withdrawn before it was granted");
    consent->withdrawn = date;
    return CP_OK;
}

const char *cp_consent_get_recorded_by(const cp_consent *consent)
{
    return consent->recorded_by;
}

cp_status cp_consent_set_recorded_by(cp_consent *consent, const char *recorded_by, cp_error *err)
{
    CP__CHECK_OBJ(consent, err);
    return cp__set_string(&consent->base, &consent_fields[K_RECORDED_BY], recorded_by, err);
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
    cp_status st = cp__check_date(&disclosure_fields[D_DATE], date, err);
    if (st == CP_OK)
        st = cp__check_string(&disclosure_fields[D_RECIPIENT], recipient, NULL, err);
    if (st == CP_OK)
        st = check_scope(scope, err);
    if (st == CP_OK)
        st = cp__check_string(&disclosure_fields[D_CONSENT], consent_id, NULL, err);
    if (st != CP_OK)
        return st;
    if (!cp__node_resolve(&client->base, consent_id, &cp__consent_type))
        return cp__fail(err, CP_ENOTFOUND, NULL, "consent \"%.100s\" does not exist", consent_id);
    cp__node *n = NULL;
    if ((st = cp__child_add(&client->base, client_list("disclosures"), NULL, &n, err)) != CP_OK)
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

size_t cp_client_disclosure_count(const cp_client *client)
{
    return client ? client->disclosures.count : 0;
}

const cp_disclosure *cp_client_disclosure_at(const cp_client *client, size_t index)
{
    return client ? (const cp_disclosure *)cp__list_at(&client->disclosures, index) : NULL;
}

cp_client *cp_disclosure_get_client(const cp_disclosure *disclosure)
{
    return (cp_client *)disclosure->base.parent;
}

cp_date cp_disclosure_get_date(const cp_disclosure *disclosure)
{
    return disclosure->date;
}

const char *cp_disclosure_get_recipient(const cp_disclosure *disclosure)
{
    return disclosure->recipient;
}

cp_consent_scope cp_disclosure_get_scope(const cp_disclosure *disclosure)
{
    return (cp_consent_scope)disclosure->scope;
}

const char *cp_disclosure_get_consent(const cp_disclosure *disclosure)
{
    return disclosure->consent;
}
