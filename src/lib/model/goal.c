/* Goals: a status that is always set, and dated confidence scores. The rest,
 * the SWOT and force-field lists included, is generated. */
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
