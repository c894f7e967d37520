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

/* ---- pruning ---- */

static void drop_unknown(cp__node *n)
{
    cp__unknown.free(n->unknown);
    n->unknown = NULL;
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (f->kind == CP__K_LIST) {
            cp__list *l = CP__AT(n, f, cp__list);
            for (size_t j = 0; j < l->count; j++)
                drop_unknown(l->items[j]);
        } else if (f->kind == CP__K_OBJECT && *CP__AT(n, f, cp__node *)) {
            drop_unknown(*CP__AT(n, f, cp__node *));
        }
    }
}

/* Removes the items of `l` for which `gone(item, ctx)` is true. Every item
 * is judged before any is freed: `gone` may look through the whole client
 * (missing() does), which must not meet a freed item. */
static void prune_list(cp__list *l, int (*gone)(const cp__node *, const void *), const void *ctx)
{
    size_t kept = 0;
    for (size_t i = 0; i < l->count; i++) {
        if (!gone(l->items[i], ctx)) {
            cp__node *keep = l->items[i];
            l->items[i] = l->items[kept];
            l->items[kept++] = keep;
        }
    }
    for (size_t i = kept; i < l->count; i++)
        cp__node_free(l->items[i]);
    l->count = kept;
}

static void clear_list(cp__list *l)
{
    for (size_t i = 0; i < l->count; i++)
        cp__node_free(l->items[i]);
    l->count = 0;
}

static int goal_gone(const cp__node *n, const void *ctx)
{
    (void)ctx;
    return ((const struct cp_goal *)n)->sensitive;
}

static int action_gone(const cp__node *n, const void *ctx)
{
    (void)ctx;
    return ((const struct cp_action *)n)->sensitive;
}

static int history_gone(const cp__node *n, const void *ctx)
{
    (void)ctx;
    return ((const struct cp_history_entry *)n)->sensitive;
}

/* After pruning goals and actions: does the id still name something? */
static int missing(const struct cp_plan *p, const char *id, const cp__type *t)
{
    return !id || !cp__node_resolve(&p->base, id, t);
}

static int outcome_gone(const cp__node *n, const void *plan)
{
    return missing(plan, ((const struct cp_outcome *)n)->action, &cp__action_type);
}

static int score_gone(const cp__node *n, const void *plan)
{
    return missing(plan, ((const struct cp_goal_score *)n)->goal, &cp__goal_type);
}

static int change_gone(const cp__node *n, const void *plan)
{
    const struct cp_change *c = (const struct cp_change *)n;
    /* Gone when the item it is about is gone, or anything else it names. */
    if (c->kind == CP_CHANGE_KIND_GOAL_REVISED)
        return missing(plan, c->goal, &cp__goal_type) ||
               (c->action && missing(plan, c->action, &cp__action_type));
    return missing(plan, c->action, &cp__action_type) ||
           (c->goal && missing(plan, c->goal, &cp__goal_type));
}

/* Pass 1: sensitive sections, goals and actions. */
static void prune_plan_items(struct cp_plan *p)
{
    for (int i = 0; i < 3; i++) {
        const struct cp_section *s = (const struct cp_section *)p->sections[i];
        if (s && s->sensitive) {
            cp__node_free(p->sections[i]);
            p->sections[i] = NULL;
        }
    }
    prune_list(&p->goals, goal_gone, NULL);
    for (size_t i = 0; i < p->goals.count; i++)
        prune_list(&((struct cp_goal *)p->goals.items[i])->actions, action_gone, NULL);
}

/* Pass 2, once every plan lost its sensitive items: what referred to them. */
static void prune_plan_records(struct cp_plan *p)
{
    for (size_t i = 0; i < p->reviews.count; i++) {
        struct cp_review *r = (struct cp_review *)p->reviews.items[i];
        prune_list(&r->outcomes, outcome_gone, p);
        prune_list(&r->goal_scores, score_gone, p);
        prune_list(&r->changes, change_gone, p);
        if (r->sensitive) {
            cp__free(r->reflection);
            cp__free(r->feedback);
            r->reflection = r->feedback = NULL;
        }
    }
    prune_list(&p->history, history_gone, NULL);
}

static void prune_non_sensitive(struct cp_client *c)
{
    cp_date none = CP_DATE_NONE;
    c->date_of_birth = none;
    c->support = 0;
    for (size_t i = 0; i < c->plans.count; i++)
        prune_plan_items((struct cp_plan *)c->plans.items[i]);
    for (size_t i = 0; i < c->plans.count; i++)
        prune_plan_records((struct cp_plan *)c->plans.items[i]);
    drop_unknown(&c->base);
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
        prune_non_sensitive(copy);
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
