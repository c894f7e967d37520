/*
 * Consent-governed export (rules in sharing.h). The copy is made by cloning
 * the client and pruning it: whatever the scope does not cover is removed
 * before the copy is handed out, so nothing sensitive can slip through a
 * field that a selective copy forgot.
 */
#include "../core/alloc.h"
#include "../core/error.h"
#include "logic.h"

#include <careerplan/sharing.h>
#include <string.h>

/* A recipient that is the id of a supporter is that supporter, even when the
 * id is also a role name: only consents naming the supporter cover it. */
static int names_recipient(const struct cp_consent *k, const char *recipient, int is_supporter)
{
    if (is_supporter)
        return k->supporter && strcmp(k->supporter, recipient) == 0;
    const char *role = k->supporter ? NULL : cp__enum_name(&cp__recipient_role_enum, k->role);
    return role && strcmp(role, recipient) == 0;
}

cp_status cp_client_consent_for(const cp_client *client, const char *recipient, cp_date as_of,
                                const cp_consent **out, cp_error *err)
{
    if (!client || !recipient || !*recipient || !out)
        return cp__fail(err, CP_EINVAL, NULL, "client, recipient or output is NULL or empty");
    if (!cp_date_is_valid(as_of))
        return cp__fail(err, CP_ERANGE, NULL, "the as-of date is not a calendar date");
    const cp__node *s = cp__node_resolve(&client->base, recipient, &cp__supporter_type);
    if (!s && !cp__enum_value(&cp__recipient_role_enum, recipient))
        return cp__fail(err, CP_ENOTFOUND, NULL,
                        "\"%.60s\" is neither a supporter of client \"%.60s\" nor a recipient role",
                        recipient, client->id);
    const struct cp_consent *best = NULL;
    for (size_t i = 0; i < client->consents.count; i++) {
        const struct cp_consent *k = (const struct cp_consent *)client->consents.items[i];
        if (!names_recipient(k, recipient, s != NULL) || !cp_consent_is_active(k, as_of))
            continue;
        if (!best || k->scope > best->scope ||
            (k->scope == best->scope && cp_date_compare(k->granted, best->granted) > 0))
            best = k;
    }
    if (!best)
        return cp__fail(err, CP_ECONSENT, NULL,
                        "client \"%.60s\" has no consent active on that date to share with \"%.60s\"",
                        client->id, recipient);
    *out = best;
    return CP_OK;
}

/* ---- pruning ----
 *
 * What a "non_sensitive" consent does not cover is read from the model
 * description, not listed here: a member flagged special or sensitive, a
 * member guarded by a marker of its node that is set (a review's reflection
 * and feedback), every item one of whose marker members is set (a sensitive
 * goal with its actions, action, section, history entry, note), and every
 * unknown member. Then whatever referred to a removed item goes too. A new
 * member or type is covered by its flags, with no code here. */

/* Removes the items of `l` for which `gone(item)` is true. Every item is
 * judged before any is freed: `gone` may look through the whole client
 * (dangling() does), which must not meet a freed item. Returns how many went. */
static size_t prune_list(cp__list *l, int (*gone)(const cp__node *))
{
    size_t kept = 0;
    for (size_t i = 0; i < l->count; i++) {
        if (!gone(l->items[i])) {
            cp__node *keep = l->items[i];
            l->items[i] = l->items[kept];
            l->items[kept++] = keep;
        }
    }
    size_t removed = l->count - kept;
    for (size_t i = kept; i < l->count; i++)
        cp__node_free(l->items[i]);
    l->count = kept;
    return removed;
}

static void clear_list(cp__list *l)
{
    for (size_t i = 0; i < l->count; i++)
        cp__node_free(l->items[i]);
    l->count = 0;
}

/* The id of a node: its CP__F_ID member, or NULL. */
static const char *node_id(const cp__node *n)
{
    for (size_t i = 0; i < n->type->nfields; i++)
        if (n->type->fields[i].flags & CP__F_ID)
            return *CP__CAT(n, &n->type->fields[i], char *);
    return NULL;
}

/* Pass 1: withholds what the scope does not cover, at any depth. A
 * recipient_only member stays only on the node that is the recipient. */
static void withhold(cp__node *n, const char *recipient)
{
    cp__unknown.free(n->unknown);
    n->unknown = NULL;
    const cp__type *t = n->type;
    for (size_t i = 0; i < t->nfields; i++) {
        const cp__field *f = &t->fields[i];
        const char *id = (f->flags & CP__F_RECIPIENT) ? node_id(n) : NULL;
        if ((f->flags & (CP__F_SPECIAL | CP__F_SENSITIVE)) ||
            ((f->flags & CP__F_GUARDED) && *CP__CAT(n, &t->fields[f->guard], int)) ||
            ((f->flags & CP__F_RECIPIENT) && (!recipient || !id || strcmp(id, recipient) != 0))) {
            cp__field_reset(n, f);
        } else if (f->kind == CP__K_LIST) {
            cp__list *l = CP__AT(n, f, cp__list);
            prune_list(l, cp__node_is_marked);
            for (size_t j = 0; j < l->count; j++)
                withhold(l->items[j], recipient);
        } else if (f->kind == CP__K_OBJECT && *CP__AT(n, f, cp__node *)) {
            cp__node *child = *CP__AT(n, f, cp__node *);
            if (cp__node_is_marked(child))
                cp__field_reset(n, f);
            else
                withhold(child, recipient);
        }
    }
}

/* Does a reference of the node name something that is no longer there? */
static int dangling(const cp__node *n)
{
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (!(f->flags & CP__F_REF) || f->kind != CP__K_STRING)
            continue;
        const char *id = *CP__CAT(n, f, char *);
        if (id && !cp__node_resolve(n, id, f->type))
            return 1;
    }
    return 0;
}

/* Pass 2: removes the items that refer to a removed one (a review's outcome,
 * goal score or change about a withheld action or goal) and such ids from
 * reference lists. Returns how many were removed. */
static size_t drop_dangling(cp__node *n)
{
    size_t removed = 0;
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (f->kind == CP__K_LIST) {
            cp__list *l = CP__AT(n, f, cp__list);
            removed += prune_list(l, dangling);
            for (size_t j = 0; j < l->count; j++)
                removed += drop_dangling(l->items[j]);
        } else if (f->kind == CP__K_OBJECT && *CP__AT(n, f, cp__node *)) {
            removed += drop_dangling(*CP__AT(n, f, cp__node *));
        } else if (f->kind == CP__K_STRLIST && (f->flags & CP__F_REF)) {
            cp__strlist *l = CP__AT(n, f, cp__strlist);
            for (size_t j = l->count; j-- > 0;) {
                if (!cp__node_resolve(n, l->items[j], f->type)) {
                    cp__strlist_remove(n, l, j);
                    removed++;
                }
            }
        }
    }
    return removed;
}

static void prune_non_sensitive(struct cp_client *c, const char *supporter)
{
    withhold(&c->base, supporter);
    /* Until nothing changes: a removed item may be the last one something
     * else referred to. */
    while (drop_dangling(&c->base))
        ;
}

cp_status cp_client_export_for(cp_client *client, const char *recipient, cp_date as_of,
                               cp_client **out, cp_error *err)
{
    cp_error_clear(err);
    const cp_consent *k = NULL;
    if (!out)
        return cp__fail(err, CP_EINVAL, NULL, "output is NULL");
    cp_status st = cp_client_consent_for(client, recipient, as_of, &k, err);
    if (st != CP_OK)
        return st;
    struct cp_client *copy = (struct cp_client *)cp__node_clone(&client->base, NULL);
    struct cp_disclosure *d =
        (struct cp_disclosure *)cp__node_new(&cp__disclosure_type, &client->base);
    if (!copy || !d || !(d->recipient = cp__strdup(recipient)) ||
        !(d->consent = cp__strdup(k->id)) || cp__list_reserve(&client->disclosures, 1) != CP_OK) {
        cp__node_free((cp__node *)copy);
        cp__node_free((cp__node *)d);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    clear_list(&copy->consents);
    clear_list(&copy->disclosures);
    if (k->scope != CP_CONSENT_SCOPE_EVERYTHING)
        prune_non_sensitive(copy, cp__node_resolve(&client->base, recipient,
                                                   &cp__supporter_type)
                                      ? recipient
                                      : NULL);
    d->date = as_of;
    d->scope = k->scope;
    cp__list_push(&client->disclosures, &d->base);
    *out = (cp_client *)copy;
    return CP_OK;
}

cp_status cp_caseload_erase_client(cp_caseload *caseload, const char *id, cp_error *err)
{
    if (!caseload || !id)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or id is NULL");
    cp__node *c = cp__caseload_find(&caseload->base, id);
    for (size_t i = 0; c && i < caseload->clients.count; i++)
        if (caseload->clients.items[i] == c)
            return cp_caseload_remove_client(caseload, i, err);
    return cp__fail(err, CP_ENOTFOUND, NULL, "no client \"%.60s\" in the caseload", id);
}
