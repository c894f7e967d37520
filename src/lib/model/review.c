/* Reviews: which member a change needs, one outcome per action and one score
 * per goal, and a change's target. The rest is generated. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

cp_status cp__change_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_change *c = (const struct cp_change *)node;
    int wants_goal = c->kind == CP_CHANGE_KIND_GOAL_REVISED;
    if (wants_goal ? !c->goal : !c->action) {
        size_t m = cp__path_push(path, wants_goal ? "goal" : "action");
        cp_status st = cp__fail(err, CP_ETYPE, cp__path_str(path), "a \"%s\" change needs member \"%s\"",
                                c->kind ? cp__enum_name(&cp__change_kind_enum, c->kind) : "",
                                wants_goal ? "goal" : "action");
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}

/* Adds to review list `list` an item about the id `id` (its reference member
 * `ref`) with `value` in member `vf`: one outcome per action, one score per
 * goal in a review. `what` names the item in the duplicate message. */
static cp_status add_about(cp_review *review, int list, const cp__field *ref, const char *id,
                           const cp__field *vf, int value, const char *what, cp__node **out,
                           cp_error *err)
{
    const cp__field *lf = &cp__review_fields[list];
    cp__list *items = CP__AT(&review->base, lf, cp__list);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&review->base, lf, NULL, &n, err);
    if (st != CP_OK)
        return st;
    /* The reference is checked by cp__set_string: an unknown id is refused. */
    if ((st = cp__set_string(n, ref, id, err)) != CP_OK ||
        (st = (vf->kind == CP__K_ENUM ? cp__set_enum : cp__set_int)(n, vf, value, err)) != CP_OK) {
        cp__list_drop_last(items);
        return st;
    }
    for (size_t i = 0; i + 1 < items->count; i++) {
        const char *s = *CP__CAT(items->items[i], ref, char *);
        if (s && strcmp(s, id) == 0) {
            cp__list_drop_last(items);
            return cp__fail(err, CP_EDUPLICATE, NULL, "the review has %s \"%.100s\" already",
                            what, id);
        }
    }
    *out = n;
    return CP_OK;
}

cp_status cp_review_add_outcome(cp_review *review, const char *action_id,
                                cp_outcome_result result, cp_outcome **out, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    cp__node *n = NULL;
    cp_status st = add_about(review, CP__REVIEW_OUTCOMES, &cp__outcome_fields[CP__OUTCOME_ACTION],
                             action_id, &cp__outcome_fields[CP__OUTCOME_RESULT], (int)result,
                             "an outcome for action", &n, err);
    if (st == CP_OK && out)
        *out = (cp_outcome *)n;
    return st;
}

cp_status cp_review_add_goal_score(cp_review *review, const char *goal_id, int score,
                                   cp_goal_score **out, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    /* 0 is out of range here, not "absent" (which is what cp__set_int would
     * make of it): a score is always given, as in cp_goal_add_confidence_entry. */
    if (score < 1 || score > 10)
        return cp__fail(err, CP_ERANGE, NULL, "a goal score must be between 1 and 10, not %d",
                        score);
    cp__node *n = NULL;
    cp_status st = add_about(review, CP__REVIEW_GOAL_SCORES,
                             &cp__goal_score_fields[CP__GOAL_SCORE_GOAL], goal_id,
                             &cp__goal_score_fields[CP__GOAL_SCORE_SCORE], score,
                             "a score for goal", &n, err);
    if (st == CP_OK && out)
        *out = (cp_goal_score *)n;
    return st;
}

/* ---- changes ---- */

cp_status cp_review_add_change(cp_review *review, cp_change_kind kind, const char *target_id,
                               cp_change **out, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    /* The action and goal members are optional in the table (which one a
     * change needs depends on its kind: cp__change_check), so the API insists
     * on a target itself. */
    if (!target_id || !*target_id)
        return cp__fail(err, CP_EINVAL, NULL, "the target of a change is NULL or empty");
    cp__node *n = NULL;
    cp_status st = cp__child_add(&review->base, &cp__review_fields[CP__REVIEW_CHANGES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    const cp__field *target =
        &cp__change_fields[kind == CP_CHANGE_KIND_GOAL_REVISED ? CP__CHANGE_GOAL : CP__CHANGE_ACTION];
    if ((st = cp__set_enum(n, &cp__change_fields[CP__CHANGE_KIND], (int)kind, err)) != CP_OK ||
        (st = cp__set_string(n, target, target_id, err)) != CP_OK) {
        cp__list_drop_last(&review->changes);
        return st;
    }
    if (out)
        *out = (cp_change *)n;
    return CP_OK;
}

