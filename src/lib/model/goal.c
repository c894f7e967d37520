/* Goals, their confidence history and analyses: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

cp_status cp_goal_set_status(cp_goal *goal, cp_goal_status status, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    if (status == CP_GOAL_STATUS_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "a goal always has a status");
    return cp__set_enum(&goal->base, &cp__goal_fields[CP__GOAL_STATUS], (int)status, err);
}

cp_status cp_goal_add_confidence_entry(cp_goal *goal, cp_date date, int score, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    if (cp_date_is_none(date))
        return cp__fail(err, CP_EINVAL, NULL, "a confidence entry needs a date");
    if (!cp_date_is_valid(date))
        return cp__fail(err, CP_ERANGE, NULL, "not a calendar date");
    if (score < 1 || score > 10)
        return cp__fail(err, CP_ERANGE, NULL, "confidence must be between 1 and 10, not %d", score);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&goal->base, &cp__goal_fields[CP__GOAL_CONFIDENCE_HISTORY], NULL, &n, err);
    if (st != CP_OK)
        return st;
    struct cp_confidence_entry *e = (struct cp_confidence_entry *)n;
    e->date = date;
    e->score = score;
    return CP_OK;
}

/* The string list `index` of the goal's K_OBJECT `field` (SWOT or force
 * field); NULL when the list index is unknown or (for reading) absent. */
static cp__strlist *analysis_list(const cp_goal *goal, int field, int index, int create)
{
    const cp__field *f = &cp__goal_fields[field];
    const cp__type *t = f->type;
    if (index < 0 || (size_t)index >= t->nfields)
        return NULL;
    cp__node *obj = create ? cp__object_get((cp__node *)&goal->base, f)
                           : (cp__node *)*CP__CAT(&goal->base, f, cp__node *);
    return obj ? CP__AT(obj, &t->fields[index], cp__strlist) : NULL;
}

static cp_status analysis_add(cp_goal *goal, int field, int index, const char *text,
                              cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    const cp__type *t = cp__goal_fields[field].type;
    if (index < 0 || (size_t)index >= t->nfields)
        return cp__fail(err, CP_EINVAL, NULL, "unknown %s list %d", t->name, index);
    if (!text || !*text)
        return cp__fail(err, CP_EINVAL, NULL, "text is NULL or empty");
    if (!cp__utf8_valid(text, strlen(text)))
        return cp__fail(err, CP_EVALUE, NULL, "text is not valid UTF-8");
    cp__strlist *l = analysis_list(goal, field, index, 1);
    if (!l || cp__strlist_push(l, text) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

static cp_status analysis_remove(cp_goal *goal, int field, int index, size_t item, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    const cp__type *t = cp__goal_fields[field].type;
    if (index < 0 || (size_t)index >= t->nfields)
        return cp__fail(err, CP_EINVAL, NULL, "unknown %s list %d", t->name, index);
    cp__strlist *l = analysis_list(goal, field, index, 0);
    if (!l || item >= l->count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range", item);
    cp__strlist_remove(l, item);
    return CP_OK;
}

size_t cp_goal_swot_count(const cp_goal *goal, cp_swot_list list)
{
    cp__strlist *l = goal ? analysis_list(goal, CP__GOAL_SWOT, (int)list, 0) : NULL;
    return l ? l->count : 0;
}

const char *cp_goal_swot_at(const cp_goal *goal, cp_swot_list list, size_t index)
{
    cp__strlist *l = goal ? analysis_list(goal, CP__GOAL_SWOT, (int)list, 0) : NULL;
    return l ? cp__strlist_at(l, index) : NULL;
}

cp_status cp_goal_add_swot(cp_goal *goal, cp_swot_list list, const char *text, cp_error *err)
{
    return analysis_add(goal, CP__GOAL_SWOT, (int)list, text, err);
}

cp_status cp_goal_remove_swot(cp_goal *goal, cp_swot_list list, size_t index, cp_error *err)
{
    return analysis_remove(goal, CP__GOAL_SWOT, (int)list, index, err);
}

size_t cp_goal_force_count(const cp_goal *goal, cp_force_list list)
{
    cp__strlist *l = goal ? analysis_list(goal, CP__GOAL_FORCE_FIELD, (int)list, 0) : NULL;
    return l ? l->count : 0;
}

const char *cp_goal_force_at(const cp_goal *goal, cp_force_list list, size_t index)
{
    cp__strlist *l = goal ? analysis_list(goal, CP__GOAL_FORCE_FIELD, (int)list, 0) : NULL;
    return l ? cp__strlist_at(l, index) : NULL;
}

cp_status cp_goal_add_force(cp_goal *goal, cp_force_list list, const char *text, cp_error *err)
{
    return analysis_add(goal, CP__GOAL_FORCE_FIELD, (int)list, text, err);
}

cp_status cp_goal_remove_force(cp_goal *goal, cp_force_list list, size_t index, cp_error *err)
{
    return analysis_remove(goal, CP__GOAL_FORCE_FIELD, (int)list, index, err);
}

