/* Caseload summary figures (rules in query.h). */
#include "../core/alloc.h"
#include "../core/error.h"
#include "logic.h"
#include "stats.h"

#include <careerplan/query.h>
#include <stdlib.h>
#include <string.h>

void cp_stats_free(cp_stats *stats)
{
    if (!stats)
        return;
    cp__free(stats->name);
    cp__free(stats);
}

size_t cp_stats_clients(const cp_stats *s)
{
    return s->clients;
}

size_t cp_stats_plans(const cp_stats *s)
{
    return s->plans;
}

size_t cp_stats_agreed_plans(const cp_stats *s)
{
    return s->agreed_plans;
}

size_t cp_stats_actions(const cp_stats *s, cp_action_status status)
{
    return (unsigned)status < CP__ACTION_STATUS_VALUES ? s->actions[status] : 0;
}

size_t cp_stats_overdue_actions(const cp_stats *s)
{
    return s->overdue_actions;
}

size_t cp_stats_reviews_held(const cp_stats *s)
{
    return s->reviews_held;
}

size_t cp_stats_goals(const cp_stats *s, cp_skill_area area)
{
    return (unsigned)area < CP__SKILL_AREA_VALUES ? s->goals[area] : 0;
}

size_t cp_stats_clients_without_agreed_plan(const cp_stats *s)
{
    return s->clients_without_agreed_plan;
}

size_t cp_stats_plans_failing_smart(const cp_stats *s)
{
    return s->plans_failing_smart;
}

size_t cp_stats_confidence_changes(const cp_stats *s)
{
    return s->confidence_changes;
}

cp_status cp_stats_mean_confidence_change(const cp_stats *s, double *out)
{
    if (!s || !out)
        return CP_EINVAL;
    if (!s->confidence_changes)
        return CP_ENOTFOUND;
    *out = (double)s->confidence_change_sum / (double)s->confidence_changes;
    return CP_OK;
}

static int by_date(const void *a, const void *b)
{
    const struct cp_review *x = *(const struct cp_review *const *)a;
    const struct cp_review *y = *(const struct cp_review *const *)b;
    int c = cp_date_compare(x->date, y->date);
    return c ? c : (x < y ? -1 : x > y);
}

/* Confidence changes between successive reviews of one plan: for every goal
 * score, the previous score of the same goal in an earlier review. */
static cp_status confidence(cp_stats *s, const struct cp_plan *p)
{
    size_t n = p->reviews.count;
    if (n < 2)
        return CP_OK;
    const struct cp_review **sorted = cp__malloc(n * sizeof *sorted);
    if (!sorted)
        return CP_ENOMEM;
    memcpy(sorted, p->reviews.items, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_date);
    for (size_t i = 1; i < n; i++) {
        const struct cp_review *r = sorted[i];
        for (size_t k = 0; k < r->goal_scores.count; k++) {
            const struct cp_goal_score *gs = (const struct cp_goal_score *)r->goal_scores.items[k];
            /* the latest earlier review that scored this goal */
            for (size_t j = i; j-- > 0;) {
                const struct cp_review *e = sorted[j];
                const struct cp_goal_score *prev = NULL;
                for (size_t m = 0; m < e->goal_scores.count && !prev; m++) {
                    const struct cp_goal_score *c = (const struct cp_goal_score *)e->goal_scores.items[m];
                    if (strcmp(c->goal, gs->goal) == 0)
                        prev = c;
                }
                if (prev) {
                    s->confidence_changes++;
                    s->confidence_change_sum += gs->score - prev->score;
                    break;
                }
            }
        }
    }
    cp__free(sorted);
    return CP_OK;
}

cp_status cp_caseload_stats(const cp_caseload *cl, cp_date as_of, cp_date period_start,
                            cp_date period_end, cp_stats **out, cp_error *err)
{
    cp_error_clear(err);
    if (!cl || !out)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or output is NULL");
    if (!cp_date_is_valid(as_of))
        return cp__fail(err, CP_ERANGE, NULL, "the as-of date is not a calendar date");
    if (cp_date_is_none(period_start)) {
        cp_date d = {cp_date_academic_year(as_of), 9, 1};
        period_start = d;
    }
    if (cp_date_is_none(period_end))
        period_end = as_of;
    if (!cp_date_is_valid(period_start) || !cp_date_is_valid(period_end) ||
        cp_date_compare(period_end, period_start) < 0)
        return cp__fail(err, CP_ERANGE, NULL, "the period is not a valid range of dates");
    cp_stats *s = cp__calloc(1, sizeof *s);
    if (!s)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (cl->name && !(s->name = cp__strdup(cl->name))) {
        cp_stats_free(s);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    s->as_of = as_of;
    s->period_start = period_start;
    s->period_end = period_end;
    s->clients = cl->clients.count;
    for (size_t i = 0; i < cl->clients.count; i++) {
        const struct cp_client *c = (const struct cp_client *)cl->clients.items[i];
        s->clients_without_agreed_plan += !cp__client_has_agreed_plan(c);
        for (size_t j = 0; j < c->plans.count; j++) {
            const struct cp_plan *p = (const struct cp_plan *)c->plans.items[j];
            s->plans++;
            s->agreed_plans += p->status == CP_PLAN_STATUS_AGREED;
            s->plans_failing_smart += cp__plan_failing_smart(p) != 0;
            for (size_t k = 0; k < p->goals.count; k++) {
                const struct cp_goal *g = (const struct cp_goal *)p->goals.items[k];
                s->goals[(unsigned)g->skill_area < CP__SKILL_AREA_VALUES ? g->skill_area : 0]++;
                for (size_t m = 0; m < g->actions.count; m++) {
                    const struct cp_action *a = (const struct cp_action *)g->actions.items[m];
                    s->actions[(unsigned)a->status < CP__ACTION_STATUS_VALUES ? a->status : 0]++;
                    s->overdue_actions += p->status != CP_PLAN_STATUS_CLOSED &&
                                          cp__action_is_open(a) && cp__action_has_deadline(a) &&
                                          cp_date_compare(a->due, as_of) < 0;
                }
            }
            for (size_t k = 0; k < p->reviews.count; k++) {
                const struct cp_review *r = (const struct cp_review *)p->reviews.items[k];
                s->reviews_held += cp_date_compare(r->date, period_start) >= 0 &&
                                   cp_date_compare(r->date, period_end) <= 0;
            }
            if (confidence(s, p) != CP_OK) {
                cp_stats_free(s);
                return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
            }
        }
    }
    *out = s;
    return CP_OK;
}
