/* Reviews and their records: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

static const cp__field barrier_fields[] = {
    CP__ENUM(struct cp_barrier, kind, CP__F_REQUIRED, 0, cp__barrier_kind_enum),
    CP__STR(struct cp_barrier, detail, 0),
};
const cp__type cp__barrier_type = {"barrier", sizeof(struct cp_barrier), barrier_fields,
                                   CP__NFIELDS(barrier_fields), NULL};

static const cp__field outcome_fields[] = {
    CP__REF(struct cp_outcome, action, CP__F_REQUIRED, cp__action_type),
    CP__ENUM(struct cp_outcome, result, CP__F_REQUIRED, 0, cp__outcome_result_enum),
    CP__STR(struct cp_outcome, notes, 0),
    CP__LIST(struct cp_outcome, barriers, cp__barrier_type),
    CP__STR(struct cp_outcome, helped, 0),
};
const cp__type cp__outcome_type = {"outcome", sizeof(struct cp_outcome), outcome_fields,
                                   CP__NFIELDS(outcome_fields), NULL};

static const cp__field goal_score_fields[] = {
    CP__REF(struct cp_goal_score, goal, CP__F_REQUIRED, cp__goal_type),
    CP__INT(struct cp_goal_score, score, CP__F_REQUIRED, 1, 10),
};
const cp__type cp__goal_score_type = {"goal score", sizeof(struct cp_goal_score),
                                      goal_score_fields, CP__NFIELDS(goal_score_fields), NULL};

static cp_status check_change(const cp__node *node, cp__path *path, cp_error *err)
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

static const cp__field change_fields[] = {
    CP__ENUM(struct cp_change, kind, CP__F_REQUIRED, 0, cp__change_kind_enum),
    CP__REF(struct cp_change, action, 0, cp__action_type),
    CP__REF(struct cp_change, goal, 0, cp__goal_type),
    CP__DATE(struct cp_change, due, 0),
    CP__STR(struct cp_change, description, 0),
};
const cp__type cp__change_type = {"change", sizeof(struct cp_change), change_fields,
                                  CP__NFIELDS(change_fields), check_change};

static const cp__field review_fields[] = {
    CP__STR(struct cp_review, id, CP__F_REQUIRED | CP__F_ID),
    CP__DATE(struct cp_review, date, CP__F_REQUIRED),
    CP__STR(struct cp_review, reviewer, 0),
    CP__ENUM(struct cp_review, mode, 0, 0, cp__review_mode_enum),
    CP__LIST(struct cp_review, outcomes, cp__outcome_type),
    CP__LIST(struct cp_review, goal_scores, cp__goal_score_type),
    CP__STR(struct cp_review, reflection, 0),
    CP__STR(struct cp_review, feedback, 0),
    CP__LIST(struct cp_review, changes, cp__change_type),
    CP__DATE(struct cp_review, next_review, 0),
};
const cp__type cp__review_type = {"review", sizeof(struct cp_review), review_fields,
                                  CP__NFIELDS(review_fields), NULL};
