/* Caseload queries (one pass each) and summary figures (rules in query.h). */
#include "../core/alloc.h"
#include "../core/error.h"
#include "logic.h"

#include <careerplan/query.h>
#include <careerplan/validate.h>
#include <stdlib.h>
#include <string.h>

struct cp_hit {
    const struct cp_client *client;
    const struct cp_plan *plan;
    const struct cp_goal *goal;
    const struct cp_action *action;
    cp_date date;
    long days;
    size_t count;
    size_t seq; /* position in the list as the query made it: ties keep this order */
};

struct cp_hits {
    cp_hit *items;
    size_t count, cap;
    int failed;
};

static void push(cp_hits *h, cp_hit hit)
{
    if (h->failed)
        return;
    if (h->count == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 16;
        cp_hit *items = cp__realloc(h->items, cap * sizeof *items);
        if (!items) {
            h->failed = 1;
            return;
        }
        h->items = items;
        h->cap = cap;
    }
    hit.seq = h->count;
    h->items[h->count++] = hit;
}

void cp_hits_free(cp_hits *hits)
{
    if (!hits)
        return;
    cp__free(hits->items);
    cp__free(hits);
}

size_t cp_hits_count(const cp_hits *hits)
{
    return hits ? hits->count : 0;
}

const cp_hit *cp_hits_at(const cp_hits *hits, size_t index)
{
    return hits && index < hits->count ? &hits->items[index] : NULL;
}

const cp_client *cp_hit_get_client(const cp_hit *hit)
{
    return hit->client;
}

const cp_plan *cp_hit_get_plan(const cp_hit *hit)
{
    return hit->plan;
}

const cp_goal *cp_hit_get_goal(const cp_hit *hit)
{
    return hit->goal;
}

const cp_action *cp_hit_get_action(const cp_hit *hit)
{
    return hit->action;
}

cp_date cp_hit_get_date(const cp_hit *hit)
{
    return hit->date;
}

long cp_hit_get_days(const cp_hit *hit)
{
    return hit->days;
}

size_t cp_hit_get_count(const cp_hit *hit)
{
    return hit->count;
}

static int by_date(const void *a, const void *b)
{
    const cp_hit *x = a;
    const cp_hit *y = b;
    int c = cp_date_compare(x->date, y->date);
    if (c)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void cp_hits_sort_by_date(cp_hits *hits)
{
    if (hits && hits->count > 1)
        qsort(hits->items, hits->count, sizeof *hits->items, by_date);
}

/* ---- rules shared with the figures (stats.c) ---- */

int cp__client_has_agreed_plan(const struct cp_client *c)
{
    for (size_t j = 0; j < c->plans.count; j++)
        if (((const struct cp_plan *)c->plans.items[j])->status == CP_PLAN_STATUS_AGREED)
            return 1;
    return 0;
}

size_t cp__plan_failing_smart(const struct cp_plan *p)
{
    size_t failing = 0;
    if (p->status == CP_PLAN_STATUS_CLOSED)
        return 0;
    for (size_t i = 0; i < p->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)p->goals.items[i];
        for (size_t j = 0; j < g->actions.count; j++) {
            const struct cp_action *a = (const struct cp_action *)g->actions.items[j];
            failing += cp__action_is_open(a) && cp_action_smart_check(a) != 0;
        }
    }
    return failing;
}

/* ---- the queries ---- */

typedef enum query { Q_DUE, Q_OVERDUE, Q_REVIEWS, Q_NO_AGREED_PLAN, Q_SMART } query;

static cp_status start(const cp_caseload *cl, cp_date as_of, int check_date, int within,
                       cp_hits **out, cp_error *err)
{
    cp_error_clear(err);
    if (!cl || !out)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or output is NULL");
    if (within < 0)
        return cp__fail(err, CP_EINVAL, NULL, "the number of days must not be negative");
    if (check_date && !cp_date_is_valid(as_of))
        return cp__fail(err, CP_ERANGE, NULL, "the as-of date is not a calendar date");
    return CP_OK;
}

static void scan_plan(query q, const struct cp_client *c, const struct cp_plan *p, cp_date as_of,
                      cp_date until, cp_hits *h)
{
    if (p->status == CP_PLAN_STATUS_CLOSED)
        return;
    if (q == Q_REVIEWS) {
        /* a plan that leaves the next meeting to the client is not "review due" */
        if (!p->next_meeting_left_to_client && !cp_date_is_none(p->next_review) &&
            cp_date_compare(p->next_review, until) <= 0) {
            cp_hit hit = {c, p, NULL, NULL, p->next_review,
                          cp_date_diff_days(as_of, p->next_review), 0, 0};
            push(h, hit);
        }
        return;
    }
    if (q == Q_SMART) {
        size_t failing = cp__plan_failing_smart(p);
        if (failing) {
            cp_hit hit = {c, p, NULL, NULL, CP_DATE_NONE, 0, failing, 0};
            push(h, hit);
        }
        return;
    }
    for (size_t i = 0; i < p->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)p->goals.items[i];
        for (size_t j = 0; j < g->actions.count; j++) {
            const struct cp_action *a = (const struct cp_action *)g->actions.items[j];
            /* an optional or ongoing action is never due nor overdue */
            if (!cp__action_is_open(a) || !cp__action_has_deadline(a))
                continue;
            int hit_it = q == Q_DUE ? cp_date_compare(a->due, as_of) >= 0 &&
                                          cp_date_compare(a->due, until) <= 0
                                    : cp_date_compare(a->due, as_of) < 0;
            if (hit_it) {
                cp_hit hit = {c, p, g, a, a->due, cp_date_diff_days(as_of, a->due), 0, 0};
                push(h, hit);
            }
        }
    }
}

static cp_status run(query q, const cp_caseload *cl, cp_date as_of, int within, cp_hits **out,
                     cp_error *err)
{
    cp_status st = start(cl, as_of, q <= Q_REVIEWS, within, out, err);
    if (st != CP_OK)
        return st;
    cp_date until = as_of;
    if (q <= Q_REVIEWS && cp_date_add_days(as_of, within, &until) != CP_OK) {
        cp_date last = {9999, 12, 31};
        until = last;
    }
    cp_hits *h = cp__calloc(1, sizeof *h);
    if (!h)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    for (size_t i = 0; i < cl->clients.count; i++) {
        const struct cp_client *c = (const struct cp_client *)cl->clients.items[i];
        if (q == Q_NO_AGREED_PLAN) {
            if (!cp__client_has_agreed_plan(c)) {
                cp_hit hit = {c, NULL, NULL, NULL, CP_DATE_NONE, 0, 0, 0};
                push(h, hit);
            }
            continue;
        }
        for (size_t j = 0; j < c->plans.count; j++)
            scan_plan(q, c, (const struct cp_plan *)c->plans.items[j], as_of, until, h);
    }
    if (h->failed) {
        cp_hits_free(h);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    *out = h;
    return CP_OK;
}

cp_status cp_caseload_actions_due(const cp_caseload *caseload, cp_date as_of, int within_days,
                                  cp_hits **out, cp_error *err)
{
    return run(Q_DUE, caseload, as_of, within_days, out, err);
}

cp_status cp_caseload_actions_overdue(const cp_caseload *caseload, cp_date as_of, cp_hits **out,
                                      cp_error *err)
{
    return run(Q_OVERDUE, caseload, as_of, 0, out, err);
}

cp_status cp_caseload_reviews_due(const cp_caseload *caseload, cp_date as_of, int within_days,
                                  cp_hits **out, cp_error *err)
{
    return run(Q_REVIEWS, caseload, as_of, within_days, out, err);
}

cp_status cp_caseload_clients_without_agreed_plan(const cp_caseload *caseload, cp_hits **out,
                                                  cp_error *err)
{
    cp_date none = CP_DATE_NONE;
    return run(Q_NO_AGREED_PLAN, caseload, none, 0, out, err);
}

cp_status cp_caseload_plans_failing_smart(const cp_caseload *caseload, cp_hits **out,
                                          cp_error *err)
{
    cp_date none = CP_DATE_NONE;
    return run(Q_SMART, caseload, none, 0, out, err);
}
