/* Reviews and their records: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

/* Indices into the field tables below, in table (= JSON) order. */

cp_status cp__change_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_change *c = (const struct cp_change *)node;
    int wants_goal = c->kind == CP_CHANGE_KIND_GOAL_REVISED;
    if (wants_goal ? !c->goal : !c->action) {
        size_t m = cp__path_push(path, wants_goal ? "goal" : "action");
        cp_status st = cp__fail(err, CP_ETYPE, path->buf, "a \"%s\" change needs member \"%s\"",
                                cp__enum_name(&cp__change_kind_enum, c->kind),
                                wants_goal ? "goal" : "action");
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}

/* The enum values index the field tables: the build checks the two agree. */

/* Does an item of `list` other than the last (the one being added) hold
 * `id` in its string field `f`? Enforces "one outcome per action, one score
 * per goal" in a review. */
static int other_item_has(const cp__list *list, const cp__field *f, const char *id)
{
    for (size_t i = 0; i + 1 < list->count; i++) {
        const char *s = *CP__CAT(list->items[i], f, char *);
        if (s && strcmp(s, id) == 0)
            return 1;
    }
    return 0;
}

/* ---- outcomes and their barriers ---- */

cp_status cp_review_add_outcome(cp_review *review, const char *action_id,
                                cp_outcome_result result, cp_outcome **out, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&review->base, &cp__review_fields[CP__REVIEW_OUTCOMES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    /* The action field is a reference: cp__set_string refuses unknown ids. */
    if ((st = cp__set_string(n, &cp__outcome_fields[CP__OUTCOME_ACTION], action_id, err)) != CP_OK ||
        (st = cp__set_enum(n, &cp__outcome_fields[CP__OUTCOME_RESULT], (int)result, err)) != CP_OK) {
        cp__list_drop_last(&review->outcomes);
        return st;
    }
    if (other_item_has(&review->outcomes, &cp__outcome_fields[CP__OUTCOME_ACTION], action_id)) {
        cp__list_drop_last(&review->outcomes);
        return cp__fail(err, CP_EDUPLICATE, NULL,
                        "the review has an outcome for action \"%.100s\" already", action_id);
    }
    if (out)
        *out = (cp_outcome *)n;
    return CP_OK;
}

/* ---- goal scores ---- */

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
    cp_status st = cp__child_add(&review->base, &cp__review_fields[CP__REVIEW_GOAL_SCORES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__set_string(n, &cp__goal_score_fields[CP__GOAL_SCORE_GOAL], goal_id, err)) != CP_OK ||
        (st = cp__set_int(n, &cp__goal_score_fields[CP__GOAL_SCORE_SCORE], score, err)) != CP_OK) {
        cp__list_drop_last(&review->goal_scores);
        return st;
    }
    if (other_item_has(&review->goal_scores, &cp__goal_score_fields[CP__GOAL_SCORE_GOAL], goal_id)) {
        cp__list_drop_last(&review->goal_scores);
        return cp__fail(err, CP_EDUPLICATE, NULL,
                        "the review has a score for goal \"%.100s\" already", goal_id);
    }
    if (out)
        *out = (cp_goal_score *)n;
    return CP_OK;
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

