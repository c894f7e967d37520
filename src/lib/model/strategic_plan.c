/* Strategic careers plans (source 001): the rules the description cannot
 * state, checked by the loader and the setters alike: a length of 1, 3 or 5
 * years and a milestone never done before its plan was created. The rest is
 * generated (decimal values and the academic year are formats: format.c). */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

/* "You should determine the optimal length of time the strategic careers plan
 * should be planned for (e.g. 1,3 or 5 years)" (source 001). */
static int length_valid(int years)
{
    return years == 0 || years == 1 || years == 3 || years == 5;
}

static cp_status fail_at(cp__path *path, const char *member, cp_status code, const char *msg,
                         const char *value, cp_error *err)
{
    size_t m = cp__path_push(path, member);
    cp_status st = value ? cp__fail(err, code, cp__path_str(path), msg, value)
                         : cp__fail(err, code, cp__path_str(path), "%s", msg);
    cp__path_pop(path, m);
    return st;
}

cp_status cp__strategic_plan_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_strategic_plan *p = (const struct cp_strategic_plan *)node;
    if (!length_valid(p->length_years))
        return fail_at(path, "length_years", CP_ERANGE,
                       "a strategic careers plan lasts 1, 3 or 5 years", NULL, err);
    return CP_OK;
}

/* The plan a node belongs to, or NULL for a node on its own. */
static const struct cp_strategic_plan *plan_of(const cp__node *n)
{
    while (n && n->type != &cp__strategic_plan_type)
        n = n->parent;
    return (const struct cp_strategic_plan *)n;
}

cp_status cp__milestone_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_milestone *m = (const struct cp_milestone *)node;
    const struct cp_strategic_plan *p = plan_of(node);
    if (p && !cp_date_is_none(m->done) && !cp_date_is_none(p->created) &&
        cp_date_compare(m->done, p->created) < 0)
        return fail_at(path, "done", CP_EVALUE,
                       "a milestone cannot be done before its plan was created", NULL, err);
    return CP_OK;
}

/* ---- setters with a rule of their own ---- */

cp_status cp_strategic_plan_set_length_years(cp_strategic_plan *plan, int length_years,
                                             cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    if (!length_valid(length_years))
        return cp__fail(err, CP_ERANGE, NULL,
                        "a strategic careers plan lasts 1, 3 or 5 years (0 clears it), not %d",
                        length_years);
    return cp__set_int(&plan->base, &cp__strategic_plan_fields[CP__STRATEGIC_PLAN_LENGTH_YEARS],
                       length_years, err);
}
