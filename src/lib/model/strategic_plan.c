/* Strategic careers plans (source 001): the rules the description cannot
 * state, checked by the loader and the setters alike: a length of 1, 3 or 5
 * years, an academic year "2025-26", decimal values, and a milestone never
 * done before its plan was created. The rest is generated. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

/* "-12.5": an optional minus, digits, optionally a point and digits. */
static int cp__decimal_valid(const char *s)
{
    if (*s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

/* "2025-26": four digits, a hyphen, the last two digits of the next year. */
static int academic_year_valid(const char *s)
{
    if (strlen(s) != 7 || s[4] != '-')
        return 0;
    for (int i = 0; i < 7; i++)
        if (i != 4 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int first = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int next = (s[5] - '0') * 10 + (s[6] - '0');
    return (first + 1) % 100 == next;
}

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
    cp_status st = value ? cp__fail(err, code, path->buf, msg, value)
                         : cp__fail(err, code, path->buf, "%s", msg);
    cp__path_pop(path, m);
    return st;
}

cp_status cp__strategic_plan_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_strategic_plan *p = (const struct cp_strategic_plan *)node;
    if (!length_valid(p->length_years))
        return fail_at(path, "length_years", CP_ERANGE,
                       "a strategic careers plan lasts 1, 3 or 5 years", NULL, err);
    if (p->academic_year && !academic_year_valid(p->academic_year))
        return fail_at(path, "academic_year", CP_EVALUE,
                       "academic year \"%.40s\" is not like \"2025-26\"", p->academic_year, err);
    return CP_OK;
}

cp_status cp__strategic_objective_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_strategic_objective *o = (const struct cp_strategic_objective *)node;
    if (o->target_value && !cp__decimal_valid(o->target_value))
        return fail_at(path, "target_value", CP_EVALUE, "\"%.40s\" is not a decimal number",
                       o->target_value, err);
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

cp_status cp__kpi_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_kpi *k = (const struct cp_kpi *)node;
    const char *names[] = {"baseline", "target", "actual"};
    const char *values[] = {k->baseline, k->target, k->actual};
    for (int i = 0; i < 3; i++)
        if (values[i] && !cp__decimal_valid(values[i]))
            return fail_at(path, names[i], CP_EVALUE, "\"%.40s\" is not a decimal number",
                           values[i], err);
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

cp_status cp_strategic_plan_set_academic_year(cp_strategic_plan *plan, const char *academic_year,
                                              cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    if (academic_year && !academic_year_valid(academic_year))
        return cp__fail(err, CP_EVALUE, NULL, "academic year \"%.40s\" is not like \"2025-26\"",
                        academic_year);
    return cp__set_string(&plan->base,
                          &cp__strategic_plan_fields[CP__STRATEGIC_PLAN_ACADEMIC_YEAR],
                          academic_year, err);
}

#define CP__DECIMAL_SETTER(T, F, FIELD)                                                            \
    cp_status cp_##T##_set_##F(cp_##T *obj, const char *F, cp_error *err)                          \
    {                                                                                              \
        CP__CHECK_OBJ(obj, err);                                                                   \
        if (F && !cp__decimal_valid(F))                                                            \
            return cp__fail(err, CP_EVALUE, NULL, "\"%.40s\" is not a decimal number", F);         \
        return cp__set_string(&obj->base, &cp__##T##_fields[FIELD], F, err);                      \
    }

CP__DECIMAL_SETTER(strategic_objective, target_value, CP__STRATEGIC_OBJECTIVE_TARGET_VALUE)
CP__DECIMAL_SETTER(kpi, baseline, CP__KPI_BASELINE)
CP__DECIMAL_SETTER(kpi, target, CP__KPI_TARGET)
CP__DECIMAL_SETTER(kpi, actual, CP__KPI_ACTUAL)
