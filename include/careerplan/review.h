/*
 * libcareerplan — reviews of progress against a plan's goals.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_REVIEW_H
#define CAREERPLAN_REVIEW_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A review of a plan. Opaque, owned by its plan. @since 0.1 */
typedef struct cp_review cp_review;
/** The outcome of one action at a review. Opaque, owned by its review. @since 0.1 */
typedef struct cp_outcome cp_outcome;
/** A barrier met on the way to an outcome. Opaque, owned by its outcome. @since 0.1 */
typedef struct cp_barrier cp_barrier;
/**
 * A confidence score (1–10) given to a goal at a review. Opaque, owned by its
 * review. @since 0.1
 */
typedef struct cp_goal_score cp_goal_score;
/** A change agreed at a review. Opaque, owned by its review. @since 0.1 */
typedef struct cp_change cp_change;
/* Defined in plan.h. */
typedef struct cp_plan cp_plan;

/** How a review was held. JSON member "mode". @since 0.1 */
typedef enum cp_review_mode {
    CP_REVIEW_MODE_UNSET = 0,
    CP_REVIEW_MODE_FACE_TO_FACE = 1, /**< "face_to_face" */
    CP_REVIEW_MODE_ONLINE = 2,       /**< "online" */
    CP_REVIEW_MODE_TELEPHONE = 3,    /**< "telephone" */
    CP_REVIEW_MODE_GROUP = 4         /**< "group" */
} cp_review_mode;

/** Outcome of an action at a review. JSON member "result" of an outcome. @since 0.1 */
typedef enum cp_outcome_result {
    CP_OUTCOME_RESULT_UNSET = 0,
    CP_OUTCOME_RESULT_ACHIEVED = 1,          /**< "achieved" */
    CP_OUTCOME_RESULT_PARTLY_ACHIEVED = 2,   /**< "partly_achieved" */
    CP_OUTCOME_RESULT_NOT_ACHIEVED = 3,      /**< "not_achieved" */
    CP_OUTCOME_RESULT_NO_LONGER_RELEVANT = 4 /**< "no_longer_relevant" */
} cp_outcome_result;

/** Kind of barrier. JSON member "kind" of a barrier. @since 0.1 */
typedef enum cp_barrier_kind {
    CP_BARRIER_KIND_UNSET = 0,
    CP_BARRIER_KIND_TIME = 1,        /**< "time" */
    CP_BARRIER_KIND_CONFIDENCE = 2,  /**< "confidence" */
    CP_BARRIER_KIND_INFORMATION = 3, /**< "information" */
    CP_BARRIER_KIND_MONEY = 4,       /**< "money" */
    CP_BARRIER_KIND_HEALTH = 5,      /**< "health" */
    CP_BARRIER_KIND_TRANSPORT = 6,   /**< "transport" */
    CP_BARRIER_KIND_CARING = 7,      /**< "caring" */
    CP_BARRIER_KIND_OTHER = 8        /**< "other" (say what in the detail) */
} cp_barrier_kind;

/** Kind of change agreed at a review. JSON member "kind" of a change. @since 0.1 */
typedef enum cp_change_kind {
    CP_CHANGE_KIND_UNSET = 0,
    CP_CHANGE_KIND_ACTION_ADDED = 1,   /**< "action_added" */
    CP_CHANGE_KIND_ACTION_REVISED = 2, /**< "action_revised": e.g. a new due date */
    CP_CHANGE_KIND_ACTION_DROPPED = 3, /**< "action_dropped" */
    CP_CHANGE_KIND_GOAL_REVISED = 4    /**< "goal_revised" */
} cp_change_kind;

/**
 * JSON name of a review mode value, e.g. "telephone".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_review_mode_to_string(cp_review_mode value);

/**
 * Parses the JSON name of a review mode value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_review_mode_from_string(const char *text, cp_review_mode *out);

/**
 * JSON name of a outcome result value, e.g. "partly_achieved".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_outcome_result_to_string(cp_outcome_result value);

/**
 * Parses the JSON name of a outcome result value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_outcome_result_from_string(const char *text, cp_outcome_result *out);

/**
 * JSON name of a barrier kind value, e.g. "transport".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_barrier_kind_to_string(cp_barrier_kind value);

/**
 * Parses the JSON name of a barrier kind value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_barrier_kind_from_string(const char *text, cp_barrier_kind *out);

/**
 * JSON name of a change kind value, e.g. "action_revised".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_change_kind_to_string(cp_change_kind value);

/**
 * Parses the JSON name of a change kind value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_change_kind_from_string(const char *text, cp_change_kind *out);

/* ---- reviews (added with cp_plan_add_review() of plan.h) ---- */

/**
 * The plan that owns a review.
 *
 * @param review the review; not NULL
 * @return borrowed: the owning plan
 * @since 0.1
 */
CP_API cp_plan *cp_review_get_plan(const cp_review *review);

/**
 * Id of a review.
 *
 * @param review the review; not NULL
 * @return borrowed: valid until the id is changed or the review freed
 * @since 0.1
 */
CP_API const char *cp_review_get_id(const cp_review *review);

/**
 * Changes the id of a review. References to the old id are not rewritten.
 *
 * @param review the review; not NULL
 * @param id     the new id; copied; not empty; unique in the client
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE, CP_EDUPLICATE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_set_id(cp_review *review, const char *id, cp_error *err);

/**
 * Date a review was held.
 *
 * @param review the review; not NULL
 * @return the date (always a valid date)
 * @since 0.1
 */
CP_API cp_date cp_review_get_date(const cp_review *review);

/**
 * Sets the date a review was held. The date is required: it cannot be cleared.
 *
 * @param review the review; not NULL
 * @param date   a valid date
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL, or "no date"), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_review_set_date(cp_review *review, cp_date date, cp_error *err);

/**
 * Who held a review.
 *
 * @param review the review; not NULL
 * @return borrowed: valid until changed or the review freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_review_get_reviewer(const cp_review *review);

/**
 * Sets who held a review.
 *
 * @param review   the review; not NULL
 * @param reviewer copied; NULL clears it
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_set_reviewer(cp_review *review, const char *reviewer,
                                        cp_error *err);

/**
 * How a review was held.
 *
 * @param review the review; not NULL
 * @return the mode, CP_REVIEW_MODE_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_review_mode cp_review_get_mode(const cp_review *review);

/**
 * Sets how a review was held.
 *
 * @param review the review; not NULL
 * @param mode   a cp_review_mode value, or CP_REVIEW_MODE_UNSET to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_ERANGE (not a cp_review_mode value)
 * @since 0.1
 */
CP_API cp_status cp_review_set_mode(cp_review *review, cp_review_mode mode, cp_error *err);

/**
 * The client's own reflection at a review.
 *
 * @param review the review; not NULL
 * @return borrowed: valid until changed or the review freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_review_get_reflection(const cp_review *review);

/**
 * Sets the client's own reflection at a review.
 *
 * @param review     the review; not NULL
 * @param reflection copied; may hold several lines; NULL clears it
 * @param err        optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_set_reflection(cp_review *review, const char *reflection,
                                          cp_error *err);

/**
 * The client's feedback on the guidance, given at a review.
 *
 * @param review the review; not NULL
 * @return borrowed: valid until changed or the review freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_review_get_feedback(const cp_review *review);

/**
 * Sets the client's feedback given at a review.
 *
 * @param review   the review; not NULL
 * @param feedback copied; may hold several lines; NULL clears it
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_set_feedback(cp_review *review, const char *feedback,
                                        cp_error *err);

/**
 * Date of the next review, as agreed at this one.
 *
 * @param review the review; not NULL
 * @return the date, or "no date" {0, 0, 0} when not agreed
 * @since 0.1
 */
CP_API cp_date cp_review_get_next_review(const cp_review *review);

/**
 * Sets the date of the next review agreed at this one. The plan's own
 * next-review date (cp_plan_set_next_review()) is not changed.
 *
 * @param review the review; not NULL
 * @param date   a valid date, or CP_DATE_NONE to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_review_set_next_review(cp_review *review, cp_date date, cp_error *err);

/**
 * Whether a review's reflection and feedback are sensitive: they are then
 * left out of exports under a "non_sensitive" consent (JSON "sensitive").
 *
 * @param review the review; not NULL
 * @return 1 or 0
 * @since 0.1
 */
CP_API int cp_review_is_sensitive(const cp_review *review);

/**
 * Marks a review's reflection and feedback sensitive or not.
 *
 * @param review    the review; not NULL
 * @param sensitive non-zero for sensitive
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL)
 * @since 0.1
 */
CP_API cp_status cp_review_set_sensitive(cp_review *review, int sensitive, cp_error *err);

/* ---- outcomes ---- */

/**
 * Records the outcome of one action at a review. Each action has at most one
 * outcome per review.
 *
 * @param review    the review; not NULL
 * @param action_id id of an action of the review's client (any of its plans);
 *                  copied; not empty
 * @param result    a cp_outcome_result value other than CP_OUTCOME_RESULT_UNSET
 * @param[out] out  optional: the new outcome, borrowed: owned by @p review and
 *                  valid until it is removed or the client that holds the review is freed
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument, result UNSET), CP_EVALUE (not UTF-8),
 *         CP_ERANGE (not a cp_outcome_result value), CP_ENOTFOUND (no action has that id),
 *         CP_EDUPLICATE (the review has an outcome for that action already), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_add_outcome(cp_review *review, const char *action_id,
                                       cp_outcome_result result, cp_outcome **out,
                                       cp_error *err);

/**
 * Number of outcomes recorded at a review.
 *
 * @param review the review; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_review_outcome_count(const cp_review *review);

/**
 * The outcome at an index, in the order they were added.
 *
 * @param review the review
 * @param index  0..count-1
 * @return borrowed (see cp_review_add_outcome()); NULL when review is NULL or index out of range
 * @since 0.1
 */
CP_API cp_outcome *cp_review_outcome_at(const cp_review *review, size_t index);

/**
 * Removes an outcome, with its barriers, from a review and frees it.
 *
 * @param review the review; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_review_remove_outcome(cp_review *review, size_t index, cp_error *err);

/**
 * The review that owns an outcome.
 *
 * @param outcome the outcome; not NULL
 * @return borrowed: the owning review
 * @since 0.1
 */
CP_API cp_review *cp_outcome_get_review(const cp_outcome *outcome);

/**
 * Id of the action an outcome is about.
 *
 * @param outcome the outcome; not NULL
 * @return borrowed: owned by the outcome; never NULL
 * @since 0.1
 */
CP_API const char *cp_outcome_get_action(const cp_outcome *outcome);

/**
 * Result of an outcome.
 *
 * @param outcome the outcome; not NULL
 * @return the result (never CP_OUTCOME_RESULT_UNSET)
 * @since 0.1
 */
CP_API cp_outcome_result cp_outcome_get_result(const cp_outcome *outcome);

/**
 * Sets the result of an outcome. The action's own status is not changed.
 *
 * @param outcome the outcome; not NULL
 * @param result  a cp_outcome_result value other than CP_OUTCOME_RESULT_UNSET
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (outcome NULL, or UNSET), CP_ERANGE (not a cp_outcome_result value)
 * @since 0.1
 */
CP_API cp_status cp_outcome_set_result(cp_outcome *outcome, cp_outcome_result result,
                                       cp_error *err);

/**
 * Notes on an outcome.
 *
 * @param outcome the outcome; not NULL
 * @return borrowed: valid until changed or the outcome freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_outcome_get_notes(const cp_outcome *outcome);

/**
 * Sets the notes on an outcome.
 *
 * @param outcome the outcome; not NULL
 * @param notes   copied; may hold several lines; NULL clears them
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (outcome NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_outcome_set_notes(cp_outcome *outcome, const char *notes, cp_error *err);

/**
 * What helped towards an outcome.
 *
 * @param outcome the outcome; not NULL
 * @return borrowed: valid until changed or the outcome freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_outcome_get_helped(const cp_outcome *outcome);

/**
 * Sets what helped towards an outcome.
 *
 * @param outcome the outcome; not NULL
 * @param helped  copied; NULL clears it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (outcome NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_outcome_set_helped(cp_outcome *outcome, const char *helped, cp_error *err);

/**
 * Adds a barrier met on the way to an outcome.
 *
 * @param outcome the outcome; not NULL
 * @param kind    a cp_barrier_kind value other than CP_BARRIER_KIND_UNSET
 * @param detail  what the barrier was (say what for CP_BARRIER_KIND_OTHER); copied; NULL
 *                for none
 * @param[out] out optional: the new barrier, borrowed: owned by @p outcome and
 *                 valid until it is removed or the outcome freed
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (outcome NULL, kind UNSET), CP_ERANGE (not a cp_barrier_kind
 *         value), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_outcome_add_barrier(cp_outcome *outcome, cp_barrier_kind kind,
                                        const char *detail, cp_barrier **out, cp_error *err);

/**
 * Number of barriers of an outcome.
 *
 * @param outcome the outcome; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_outcome_barrier_count(const cp_outcome *outcome);

/**
 * The barrier at an index, in the order they were added.
 *
 * @param outcome the outcome
 * @param index   0..count-1
 * @return borrowed (see cp_outcome_add_barrier()); NULL when outcome is NULL or index
 *         out of range
 * @since 0.1
 */
CP_API cp_barrier *cp_outcome_barrier_at(const cp_outcome *outcome, size_t index);

/**
 * Removes a barrier from an outcome and frees it.
 *
 * @param outcome the outcome; not NULL
 * @param index   0..count-1
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (outcome NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_outcome_remove_barrier(cp_outcome *outcome, size_t index, cp_error *err);

/**
 * The outcome that owns a barrier.
 *
 * @param barrier the barrier; not NULL
 * @return borrowed: the owning outcome
 * @since 0.1
 */
CP_API cp_outcome *cp_barrier_get_outcome(const cp_barrier *barrier);

/**
 * Kind of a barrier.
 *
 * @param barrier the barrier; not NULL
 * @return the kind (never CP_BARRIER_KIND_UNSET)
 * @since 0.1
 */
CP_API cp_barrier_kind cp_barrier_get_kind(const cp_barrier *barrier);

/**
 * Detail of a barrier.
 *
 * @param barrier the barrier; not NULL
 * @return borrowed: valid until changed or the barrier freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_barrier_get_detail(const cp_barrier *barrier);

/**
 * Sets the detail of a barrier.
 *
 * @param barrier the barrier; not NULL
 * @param detail  copied; NULL clears it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (barrier NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_barrier_set_detail(cp_barrier *barrier, const char *detail, cp_error *err);

/* ---- goal scores ---- */

/**
 * Records the client's confidence (1–10) in a goal at a review. Each goal
 * has at most one score per review. The goal's own confidence and history
 * are not changed.
 *
 * @param review  the review; not NULL
 * @param goal_id id of a goal of the review's client; copied; not empty
 * @param score   1..10
 * @param[out] out optional: the new score, borrowed: owned by @p review and
 *                 valid until it is removed or the client that holds the review is freed
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8), CP_ERANGE
 *         (score outside 1..10), CP_ENOTFOUND (no goal has that id), CP_EDUPLICATE (the
 *         review has a score for that goal already), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_add_goal_score(cp_review *review, const char *goal_id, int score,
                                          cp_goal_score **out, cp_error *err);

/**
 * Number of goal scores recorded at a review.
 *
 * @param review the review; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_review_goal_score_count(const cp_review *review);

/**
 * The goal score at an index, in the order they were added.
 *
 * @param review the review
 * @param index  0..count-1
 * @return borrowed (see cp_review_add_goal_score()); NULL when review is NULL or index
 *         out of range
 * @since 0.1
 */
CP_API cp_goal_score *cp_review_goal_score_at(const cp_review *review, size_t index);

/**
 * Removes a goal score from a review and frees it.
 *
 * @param review the review; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_review_remove_goal_score(cp_review *review, size_t index, cp_error *err);

/**
 * The review that owns a goal score.
 *
 * @param score the goal score; not NULL
 * @return borrowed: the owning review
 * @since 0.1
 */
CP_API cp_review *cp_goal_score_get_review(const cp_goal_score *score);

/**
 * Id of the goal a score is about.
 *
 * @param score the goal score; not NULL
 * @return borrowed: owned by the score; never NULL
 * @since 0.1
 */
CP_API const char *cp_goal_score_get_goal(const cp_goal_score *score);

/**
 * The score itself.
 *
 * @param score the goal score; not NULL
 * @return 1..10
 * @since 0.1
 */
CP_API int cp_goal_score_get_score(const cp_goal_score *score);

/* ---- changes ---- */

/**
 * Records a change agreed at a review. The change refers to something that
 * exists: for CP_CHANGE_KIND_ACTION_ADDED add the action to its goal first
 * (cp_goal_add_action()), then record the change naming it.
 *
 * @param review    the review; not NULL
 * @param kind      a cp_change_kind value other than CP_CHANGE_KIND_UNSET
 * @param target_id id of an action of the review's client for the action_* kinds, of a
 *                  goal for CP_CHANGE_KIND_GOAL_REVISED; copied; not empty
 * @param[out] out  optional: the new change, borrowed: owned by @p review and
 *                  valid until it is removed or the client that holds the review is freed
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument, kind UNSET), CP_ERANGE (not a
 *         cp_change_kind value), CP_EVALUE (not UTF-8), CP_ENOTFOUND (no action, or
 *         goal, has that id), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_add_change(cp_review *review, cp_change_kind kind,
                                      const char *target_id, cp_change **out, cp_error *err);

/**
 * Number of changes agreed at a review.
 *
 * @param review the review; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_review_change_count(const cp_review *review);

/**
 * The change at an index, in the order they were added.
 *
 * @param review the review
 * @param index  0..count-1
 * @return borrowed (see cp_review_add_change()); NULL when review is NULL or index out of range
 * @since 0.1
 */
CP_API cp_change *cp_review_change_at(const cp_review *review, size_t index);

/**
 * Removes a change from a review and frees it.
 *
 * @param review the review; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (review NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_review_remove_change(cp_review *review, size_t index, cp_error *err);

/**
 * The review that owns a change.
 *
 * @param change the change; not NULL
 * @return borrowed: the owning review
 * @since 0.1
 */
CP_API cp_review *cp_change_get_review(const cp_change *change);

/**
 * Kind of a change.
 *
 * @param change the change; not NULL
 * @return the kind (never CP_CHANGE_KIND_UNSET)
 * @since 0.1
 */
CP_API cp_change_kind cp_change_get_kind(const cp_change *change);

/**
 * Id of the action a change is about (the action_* kinds).
 *
 * @param change the change; not NULL
 * @return borrowed: owned by the change; NULL for CP_CHANGE_KIND_GOAL_REVISED
 * @since 0.1
 */
CP_API const char *cp_change_get_action(const cp_change *change);

/**
 * Id of the goal a change is about (CP_CHANGE_KIND_GOAL_REVISED).
 *
 * @param change the change; not NULL
 * @return borrowed: owned by the change; NULL for the action_* kinds
 * @since 0.1
 */
CP_API const char *cp_change_get_goal(const cp_change *change);

/**
 * New due date agreed with a change (e.g. for CP_CHANGE_KIND_ACTION_REVISED).
 *
 * @param change the change; not NULL
 * @return the date, or "no date" {0, 0, 0} when none was agreed
 * @since 0.1
 */
CP_API cp_date cp_change_get_due(const cp_change *change);

/**
 * Sets the new due date agreed with a change. The action's own due date is
 * not changed.
 *
 * @param change the change; not NULL
 * @param due    a valid date, or CP_DATE_NONE to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (change NULL), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_change_set_due(cp_change *change, cp_date due, cp_error *err);

/**
 * Description of a change.
 *
 * @param change the change; not NULL
 * @return borrowed: valid until changed or the change freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_change_get_description(const cp_change *change);

/**
 * Sets the description of a change.
 *
 * @param change      the change; not NULL
 * @param description copied; NULL clears it
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (change NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_change_set_description(cp_change *change, const char *description,
                                           cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_REVIEW_H */
