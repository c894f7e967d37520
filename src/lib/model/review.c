/* Reviews and their records: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

/* Indices into the field tables below, in table (= JSON) order. */
enum { B_KIND, B_DETAIL };
enum { O_ACTION, O_RESULT, O_NOTES, O_BARRIERS, O_HELPED };
enum { GS_GOAL, GS_SCORE };
enum { C_KIND, C_ACTION, C_GOAL, C_DUE, C_DESCRIPTION };
enum { R_ID, R_DATE, R_REVIEWER, R_MODE, R_OUTCOMES, R_GOAL_SCORES, R_REFLECTION, R_FEEDBACK,
       R_CHANGES, R_NEXT_REVIEW, R_SENSITIVE, R_APPLIED };

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
    CP__BOOL(struct cp_review, sensitive),
    CP__BOOL(struct cp_review, applied),
};
const cp__type cp__review_type = {"review", sizeof(struct cp_review), review_fields,
                                  CP__NFIELDS(review_fields), NULL};

/* The enum values index the field tables: the build checks the two agree. */
_Static_assert(CP__NFIELDS(barrier_fields) == B_DETAIL + 1, "barrier_fields and B_* differ");
_Static_assert(CP__NFIELDS(outcome_fields) == O_HELPED + 1, "outcome_fields and O_* differ");
_Static_assert(CP__NFIELDS(goal_score_fields) == GS_SCORE + 1, "goal_score_fields and GS_* differ");
_Static_assert(CP__NFIELDS(change_fields) == C_DESCRIPTION + 1, "change_fields and C_* differ");
_Static_assert(CP__NFIELDS(review_fields) == R_APPLIED + 1, "review_fields and R_* differ");

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

cp_plan *cp_review_get_plan(const cp_review *review)
{
    return (cp_plan *)review->base.parent;
}

const char *cp_review_get_id(const cp_review *review)
{
    return review->id;
}

cp_status cp_review_set_id(cp_review *review, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_string(&review->base, &review_fields[R_ID], id, err);
}

cp_date cp_review_get_date(const cp_review *review)
{
    return review->date;
}

cp_status cp_review_set_date(cp_review *review, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_date(&review->base, &review_fields[R_DATE], date, err);
}

const char *cp_review_get_reviewer(const cp_review *review)
{
    return review->reviewer;
}

cp_status cp_review_set_reviewer(cp_review *review, const char *reviewer, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_string(&review->base, &review_fields[R_REVIEWER], reviewer, err);
}

cp_review_mode cp_review_get_mode(const cp_review *review)
{
    return (cp_review_mode)review->mode;
}

cp_status cp_review_set_mode(cp_review *review, cp_review_mode mode, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_enum(&review->base, &review_fields[R_MODE], (int)mode, err);
}

const char *cp_review_get_reflection(const cp_review *review)
{
    return review->reflection;
}

cp_status cp_review_set_reflection(cp_review *review, const char *reflection, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_string(&review->base, &review_fields[R_REFLECTION], reflection, err);
}

const char *cp_review_get_feedback(const cp_review *review)
{
    return review->feedback;
}

cp_status cp_review_set_feedback(cp_review *review, const char *feedback, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_string(&review->base, &review_fields[R_FEEDBACK], feedback, err);
}

cp_date cp_review_get_next_review(const cp_review *review)
{
    return review->next_review;
}

cp_status cp_review_set_next_review(cp_review *review, cp_date date, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_date(&review->base, &review_fields[R_NEXT_REVIEW], date, err);
}

/* ---- outcomes and their barriers ---- */

cp_status cp_review_add_outcome(cp_review *review, const char *action_id,
                                cp_outcome_result result, cp_outcome **out, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&review->base, &review_fields[R_OUTCOMES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    /* The action field is a reference: cp__set_string refuses unknown ids. */
    if ((st = cp__set_string(n, &outcome_fields[O_ACTION], action_id, err)) != CP_OK ||
        (st = cp__set_enum(n, &outcome_fields[O_RESULT], (int)result, err)) != CP_OK) {
        cp__list_drop_last(&review->outcomes);
        return st;
    }
    if (other_item_has(&review->outcomes, &outcome_fields[O_ACTION], action_id)) {
        cp__list_drop_last(&review->outcomes);
        return cp__fail(err, CP_EDUPLICATE, NULL,
                        "the review has an outcome for action \"%.100s\" already", action_id);
    }
    if (out)
        *out = (cp_outcome *)n;
    return CP_OK;
}

size_t cp_review_outcome_count(const cp_review *review)
{
    return review ? review->outcomes.count : 0;
}

cp_outcome *cp_review_outcome_at(const cp_review *review, size_t index)
{
    return review ? (cp_outcome *)cp__list_at(&review->outcomes, index) : NULL;
}

cp_status cp_review_remove_outcome(cp_review *review, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__child_remove(&review->base, &review_fields[R_OUTCOMES], index, err);
}

cp_review *cp_outcome_get_review(const cp_outcome *outcome)
{
    return (cp_review *)outcome->base.parent;
}

const char *cp_outcome_get_action(const cp_outcome *outcome)
{
    return outcome->action;
}

cp_outcome_result cp_outcome_get_result(const cp_outcome *outcome)
{
    return (cp_outcome_result)outcome->result;
}

cp_status cp_outcome_set_result(cp_outcome *outcome, cp_outcome_result result, cp_error *err)
{
    CP__CHECK_OBJ(outcome, err);
    return cp__set_enum(&outcome->base, &outcome_fields[O_RESULT], (int)result, err);
}

const char *cp_outcome_get_notes(const cp_outcome *outcome)
{
    return outcome->notes;
}

cp_status cp_outcome_set_notes(cp_outcome *outcome, const char *notes, cp_error *err)
{
    CP__CHECK_OBJ(outcome, err);
    return cp__set_string(&outcome->base, &outcome_fields[O_NOTES], notes, err);
}

const char *cp_outcome_get_helped(const cp_outcome *outcome)
{
    return outcome->helped;
}

cp_status cp_outcome_set_helped(cp_outcome *outcome, const char *helped, cp_error *err)
{
    CP__CHECK_OBJ(outcome, err);
    return cp__set_string(&outcome->base, &outcome_fields[O_HELPED], helped, err);
}

cp_status cp_outcome_add_barrier(cp_outcome *outcome, cp_barrier_kind kind, const char *detail,
                                 cp_barrier **out, cp_error *err)
{
    CP__CHECK_OBJ(outcome, err);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&outcome->base, &outcome_fields[O_BARRIERS], NULL, &n, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__set_enum(n, &barrier_fields[B_KIND], (int)kind, err)) != CP_OK ||
        (st = cp__set_string(n, &barrier_fields[B_DETAIL], detail, err)) != CP_OK) {
        cp__list_drop_last(&outcome->barriers);
        return st;
    }
    if (out)
        *out = (cp_barrier *)n;
    return CP_OK;
}

size_t cp_outcome_barrier_count(const cp_outcome *outcome)
{
    return outcome ? outcome->barriers.count : 0;
}

cp_barrier *cp_outcome_barrier_at(const cp_outcome *outcome, size_t index)
{
    return outcome ? (cp_barrier *)cp__list_at(&outcome->barriers, index) : NULL;
}

cp_status cp_outcome_remove_barrier(cp_outcome *outcome, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(outcome, err);
    return cp__child_remove(&outcome->base, &outcome_fields[O_BARRIERS], index, err);
}

cp_outcome *cp_barrier_get_outcome(const cp_barrier *barrier)
{
    return (cp_outcome *)barrier->base.parent;
}

cp_barrier_kind cp_barrier_get_kind(const cp_barrier *barrier)
{
    return (cp_barrier_kind)barrier->kind;
}

const char *cp_barrier_get_detail(const cp_barrier *barrier)
{
    return barrier->detail;
}

cp_status cp_barrier_set_detail(cp_barrier *barrier, const char *detail, cp_error *err)
{
    CP__CHECK_OBJ(barrier, err);
    return cp__set_string(&barrier->base, &barrier_fields[B_DETAIL], detail, err);
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
    cp_status st = cp__child_add(&review->base, &review_fields[R_GOAL_SCORES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    if ((st = cp__set_string(n, &goal_score_fields[GS_GOAL], goal_id, err)) != CP_OK ||
        (st = cp__set_int(n, &goal_score_fields[GS_SCORE], score, err)) != CP_OK) {
        cp__list_drop_last(&review->goal_scores);
        return st;
    }
    if (other_item_has(&review->goal_scores, &goal_score_fields[GS_GOAL], goal_id)) {
        cp__list_drop_last(&review->goal_scores);
        return cp__fail(err, CP_EDUPLICATE, NULL,
                        "the review has a score for goal \"%.100s\" already", goal_id);
    }
    if (out)
        *out = (cp_goal_score *)n;
    return CP_OK;
}

size_t cp_review_goal_score_count(const cp_review *review)
{
    return review ? review->goal_scores.count : 0;
}

cp_goal_score *cp_review_goal_score_at(const cp_review *review, size_t index)
{
    return review ? (cp_goal_score *)cp__list_at(&review->goal_scores, index) : NULL;
}

cp_status cp_review_remove_goal_score(cp_review *review, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__child_remove(&review->base, &review_fields[R_GOAL_SCORES], index, err);
}

cp_review *cp_goal_score_get_review(const cp_goal_score *score)
{
    return (cp_review *)score->base.parent;
}

const char *cp_goal_score_get_goal(const cp_goal_score *score)
{
    return score->goal;
}

int cp_goal_score_get_score(const cp_goal_score *score)
{
    return score->score;
}

/* ---- changes ---- */

cp_status cp_review_add_change(cp_review *review, cp_change_kind kind, const char *target_id,
                               cp_change **out, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    /* The action and goal members are optional in the table (which one a
     * change needs depends on its kind: check_change), so the API insists
     * on a target itself. */
    if (!target_id || !*target_id)
        return cp__fail(err, CP_EINVAL, NULL, "the target of a change is NULL or empty");
    cp__node *n = NULL;
    cp_status st = cp__child_add(&review->base, &review_fields[R_CHANGES], NULL, &n, err);
    if (st != CP_OK)
        return st;
    const cp__field *target =
        &change_fields[kind == CP_CHANGE_KIND_GOAL_REVISED ? C_GOAL : C_ACTION];
    if ((st = cp__set_enum(n, &change_fields[C_KIND], (int)kind, err)) != CP_OK ||
        (st = cp__set_string(n, target, target_id, err)) != CP_OK) {
        cp__list_drop_last(&review->changes);
        return st;
    }
    if (out)
        *out = (cp_change *)n;
    return CP_OK;
}

size_t cp_review_change_count(const cp_review *review)
{
    return review ? review->changes.count : 0;
}

cp_change *cp_review_change_at(const cp_review *review, size_t index)
{
    return review ? (cp_change *)cp__list_at(&review->changes, index) : NULL;
}

cp_status cp_review_remove_change(cp_review *review, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__child_remove(&review->base, &review_fields[R_CHANGES], index, err);
}

cp_review *cp_change_get_review(const cp_change *change)
{
    return (cp_review *)change->base.parent;
}

cp_change_kind cp_change_get_kind(const cp_change *change)
{
    return (cp_change_kind)change->kind;
}

const char *cp_change_get_action(const cp_change *change)
{
    return change->action;
}

const char *cp_change_get_goal(const cp_change *change)
{
    return change->goal;
}

cp_date cp_change_get_due(const cp_change *change)
{
    return change->due;
}

cp_status cp_change_set_due(cp_change *change, cp_date due, cp_error *err)
{
    CP__CHECK_OBJ(change, err);
    return cp__set_date(&change->base, &change_fields[C_DUE], due, err);
}

const char *cp_change_get_description(const cp_change *change)
{
    return change->description;
}

cp_status cp_change_set_description(cp_change *change, const char *description,
                                    cp_error *err)
{
    CP__CHECK_OBJ(change, err);
    return cp__set_string(&change->base, &change_fields[C_DESCRIPTION], description, err);
}

int cp_review_is_sensitive(const cp_review *review)
{
    return review->sensitive;
}

cp_status cp_review_set_sensitive(cp_review *review, int sensitive, cp_error *err)
{
    CP__CHECK_OBJ(review, err);
    return cp__set_bool(&review->base, &review_fields[R_SENSITIVE], sensitive, err);
}
