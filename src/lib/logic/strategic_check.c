/* Checks of a strategic careers plan (source 001), its period and KPI
 * progress: the rules table and the sentences they implement are in
 * <careerplan/strategic.h>. */
#include "../core/diagnostics.h"
#include "../core/error.h"
#include "../core/path.h"
#include "../model/model.h"

#include <careerplan/strategic.h>
#include <stdio.h>
#include <string.h>

typedef struct sctx {
    cp_diagnostics *out;
    cp__path path;
    cp_date as_of;
    int has_period;
    cp_date start, end;
    int failed; /* an append ran out of memory */
} sctx;

static void add(sctx *v, cp_severity sev, const char *code, const char *member, const char *msg)
{
    size_t m = member ? cp__path_push(&v->path, member) : cp__path_mark(&v->path);
    if (cp_diagnostics_add(v->out, sev, code, cp__path_str(&v->path), msg) != CP_OK)
        v->failed = 1;
    cp__path_pop(&v->path, m);
}

cp_status cp_strategic_plan_period(const cp_strategic_plan *plan, cp_date *start, cp_date *end,
                                   cp_error *err)
{
    if (!plan || !start || !end)
        return cp__fail(err, CP_EINVAL, NULL, "plan or output is NULL");
    const char *y = plan->academic_year;
    if (!y || plan->length_years == 0)
        return cp__fail(err, CP_ESTATE, NULL, "the plan has no academic year or no length");
    /* The loader and the setter checked the form "2025-26". */
    int first = cp__academic_year_first(y);
    cp_status st = cp_date_make(first, 9, 1, start, err);
    if (st == CP_OK)
        st = cp_date_make(first + plan->length_years, 8, 31, end, err);
    return st;
}

/* A decimal string (checked by the loader and the setters) as an integer
 * scaled by 10^scale; 0 when it has too many digits. */
static int decimal_scaled(const char *s, int scale, long long *out)
{
    int neg = *s == '-';
    if (neg)
        s++;
    long long v = 0;
    int digits = 0, frac = -1;
    for (; *s; s++) {
        if (*s == '.') {
            frac = 0;
            continue;
        }
        if (frac >= 0)
            frac++;
        if (++digits > 18)
            return 0;
        v = v * 10 + (*s - '0');
    }
    for (int f = frac < 0 ? 0 : frac; f < scale; f++) {
        if (++digits > 18)
            return 0;
        v *= 10;
    }
    *out = neg ? -v : v;
    return 1;
}

static int fraction_digits(const char *s)
{
    const char *p = strchr(s, '.');
    return p ? (int)strlen(p + 1) : 0;
}

cp_status cp_kpi_progress(const cp_kpi *kpi, double *out, cp_error *err)
{
    if (!kpi || !out)
        return cp__fail(err, CP_EINVAL, NULL, "KPI or output is NULL");
    if (!kpi->baseline || !kpi->target || !kpi->actual)
        return cp__fail(err, CP_ESTATE, NULL, "KPI \"%.60s\" needs a baseline, a target and an actual value",
                        kpi->id);
    int scale = fraction_digits(kpi->baseline);
    if (fraction_digits(kpi->target) > scale)
        scale = fraction_digits(kpi->target);
    if (fraction_digits(kpi->actual) > scale)
        scale = fraction_digits(kpi->actual);
    long long b, t, a;
    if (!decimal_scaled(kpi->baseline, scale, &b) || !decimal_scaled(kpi->target, scale, &t) ||
        !decimal_scaled(kpi->actual, scale, &a))
        return cp__fail(err, CP_ERANGE, NULL, "KPI \"%.60s\" has a value with too many digits",
                        kpi->id);
    if (t == b)
        return cp__fail(err, CP_ESTATE, NULL, "KPI \"%.60s\" has its target at its baseline",
                        kpi->id);
    *out = (double)(a - b) / (double)(t - b);
    return CP_OK;
}

static void check_due(sctx *v, cp_date due, const char *what)
{
    char msg[200];
    if (!v->has_period || cp_date_is_none(due))
        return;
    if (cp_date_compare(due, v->start) < 0 || cp_date_compare(due, v->end) > 0) {
        char a[16], b[16], d[16];
        cp_date_format(due, d, sizeof d);
        cp_date_format(v->start, a, sizeof a);
        cp_date_format(v->end, b, sizeof b);
        snprintf(msg, sizeof msg, "%s is due on %s, outside the plan's period %s to %s", what, d,
                 a, b);
        add(v, CP_SEVERITY_ERROR, "due-outside-period", "due", msg);
    }
}

/* A check of one item of a list; `owner` is the node that holds the list. */
typedef void (*check_fn)(sctx *v, const cp__node *item, const cp__node *owner);

/* Runs `fn` on each item of list member `member` of `owner`, the path
 * pointing at the item. */
static void each(sctx *v, const cp__node *owner, const char *member, const cp__list *l,
                 check_fn fn)
{
    size_t m = cp__path_push(&v->path, member);
    for (size_t i = 0; i < l->count; i++) {
        size_t k = cp__path_push_index(&v->path, i);
        fn(v, l->items[i], owner);
        cp__path_pop(&v->path, k);
    }
    cp__path_pop(&v->path, m);
}

static void check_milestone(sctx *v, const cp__node *item, const cp__node *owner)
{
    const struct cp_strategic_action *a = (const struct cp_strategic_action *)owner;
    const struct cp_milestone *m = (const struct cp_milestone *)item;
    char msg[240];
    check_due(v, m->due, "a milestone");
    if (!cp_date_is_none(v->as_of) && !cp_date_is_none(m->due) && cp_date_is_none(m->done) &&
        cp_date_compare(m->due, v->as_of) < 0) {
        snprintf(msg, sizeof msg, "milestone \"%.80s\" of action \"%.60s\" is %ld day(s) overdue",
                 m->description, a->id, cp_date_diff_days(m->due, v->as_of));
        add(v, CP_SEVERITY_WARNING, "milestone-overdue", NULL, msg);
    }
}

static void check_action(sctx *v, const cp__node *item, const cp__node *owner)
{
    (void)owner;
    const struct cp_strategic_action *a = (const struct cp_strategic_action *)item;
    char msg[200];
    if (!a->responsible || !*a->responsible) {
        snprintf(msg, sizeof msg, "action \"%.60s\" names nobody responsible", a->id);
        add(v, CP_SEVERITY_WARNING, "action-without-responsible", NULL, msg);
    }
    if (a->milestones.count == 0) {
        snprintf(msg, sizeof msg, "action \"%.60s\" has no milestone", a->id);
        add(v, CP_SEVERITY_WARNING, "action-without-milestone", NULL, msg);
    }
    each(v, item, "milestones", &a->milestones, check_milestone);
}

static void check_objective(sctx *v, const cp__node *item, const cp__node *owner)
{
    (void)owner;
    const struct cp_strategic_objective *o = (const struct cp_strategic_objective *)item;
    char msg[200];
    if (!o->target_value) {
        snprintf(msg, sizeof msg, "objective \"%.60s\" has no target: it is not measurable", o->id);
        add(v, CP_SEVERITY_WARNING, "objective-without-target", NULL, msg);
    }
    if (cp_date_is_none(o->due)) {
        snprintf(msg, sizeof msg, "objective \"%.60s\" has no due date: it is not time-bound", o->id);
        add(v, CP_SEVERITY_WARNING, "objective-without-due", NULL, msg);
    }
    if (o->outcomes.count == 0) {
        snprintf(msg, sizeof msg, "objective \"%.60s\" has no outcome: what would success look like?",
                 o->id);
        add(v, CP_SEVERITY_WARNING, "objective-without-outcome", NULL, msg);
    }
    if (o->actions.count == 0) {
        snprintf(msg, sizeof msg, "objective \"%.60s\" has no action", o->id);
        add(v, CP_SEVERITY_WARNING, "objective-without-action", NULL, msg);
    }
    check_due(v, o->due, "an objective");
    each(v, item, "actions", &o->actions, check_action);
}

static void check_priority(sctx *v, const cp__node *item, const cp__node *owner)
{
    (void)owner;
    const struct cp_strategic_priority *pr = (const struct cp_strategic_priority *)item;
    each(v, item, "objectives", &pr->objectives, check_objective);
}

static void check_plan(sctx *v, const struct cp_strategic_plan *p)
{
    char msg[200];
    size_t n = p->priorities.count;
    if (n < 3 || n > 5) {
        snprintf(msg, sizeof msg, "the plan has %zu strategic priorities: aim to agree between 3 and 5",
                 n);
        add(v, CP_SEVERITY_WARNING, "priority-count", "priorities", msg);
    }
    if (p->approval == CP_APPROVAL_STATE_DRAFT || p->approval == CP_APPROVAL_STATE_UNSET)
        add(v, CP_SEVERITY_WARNING, "plan-not-approved", "approval",
            "the plan is a draft: approved by neither senior leaders nor governors");
    else if (cp_date_is_none(p->approved_by_senior_leaders) ||
             (p->approval == CP_APPROVAL_STATE_APPROVED_BY_GOVERNORS &&
              cp_date_is_none(p->approved_by_governors)))
        add(v, CP_SEVERITY_ERROR, "approval-date-missing", "approval",
            p->approval == CP_APPROVAL_STATE_APPROVED_BY_GOVERNORS &&
                    cp_date_is_none(p->approved_by_governors)
                ? "the plan is approved by governors but has no date of their approval"
                : "the plan is approved by senior leaders but has no date of their approval");
    if (!cp_date_is_none(v->as_of) && !cp_date_is_none(p->review_date) &&
        cp_date_compare(p->review_date, v->as_of) < 0) {
        snprintf(msg, sizeof msg, "the plan was due for review %ld day(s) ago",
                 cp_date_diff_days(p->review_date, v->as_of));
        add(v, CP_SEVERITY_WARNING, "review-overdue", "review_date", msg);
    }
    each(v, &p->base, "priorities", &p->priorities, check_priority);
}

cp_status cp_strategic_plan_validate(const cp_strategic_plan *plan, cp_date as_of,
                                     cp_diagnostics *out, cp_error *err)
{
    if (!plan || !out)
        return cp__fail(err, CP_EINVAL, NULL, "plan or output list is NULL");
    if (!cp_date_is_none(as_of) && !cp_date_is_valid(as_of))
        return cp__fail(err, CP_ERANGE, NULL, "as-of date is not a calendar date");
    sctx v;
    memset(&v, 0, sizeof v);
    v.out = out;
    v.as_of = as_of;
    v.has_period = cp_strategic_plan_period(plan, &v.start, &v.end, NULL) == CP_OK;
    size_t before = cp_diagnostics_count(out);
    check_plan(&v, plan);
    return v.failed ? cp__diagnostics_oom(out, before, err) : CP_OK;
}
