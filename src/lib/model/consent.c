/* Consents and the disclosure log: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

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
