/*
 * libcareerplan — goals of a plan, with confidence, SWOT and force-field analyses.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_GOAL_H
#define CAREERPLAN_GOAL_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A goal of a plan, phrased positively. Opaque, owned by its plan. @since 0.1 */
typedef struct cp_goal cp_goal;
/** One dated confidence score of a goal's history. Opaque, owned by its goal. @since 0.1 */
typedef struct cp_confidence_entry cp_confidence_entry;
/* Defined in action.h and plan.h. */
typedef struct cp_action cp_action;
typedef struct cp_plan cp_plan;

/** Career-management-skill area of a goal. JSON member "skill_area". @since 0.1 */
typedef enum cp_skill_area {
    CP_SKILL_AREA_UNSET = 0,
    CP_SKILL_AREA_SELF_AWARENESS = 1,           /**< "self_awareness": self-awareness and confidence */
    CP_SKILL_AREA_EXPLORING_OPTIONS = 2,        /**< "exploring_options": exploring or narrowing options */
    CP_SKILL_AREA_MAKING_A_DECISION = 3,        /**< "making_a_decision" */
    CP_SKILL_AREA_PREPARING_AN_APPLICATION = 4, /**< "preparing_an_application" */
    CP_SKILL_AREA_INTERVIEW_AND_TRANSITION = 5, /**< "interview_and_transition" */
    CP_SKILL_AREA_OTHER = 6                     /**< "other" */
} cp_skill_area;

/** Time horizon of a goal. JSON member "horizon". @since 0.1 */
typedef enum cp_horizon {
    CP_HORIZON_UNSET = 0,
    CP_HORIZON_SHORT_TERM = 1,  /**< "short_term" */
    CP_HORIZON_MEDIUM_TERM = 2, /**< "medium_term" */
    CP_HORIZON_LONG_TERM = 3    /**< "long_term" */
} cp_horizon;

/** Status of a goal. JSON member "status"; a new goal is active. @since 0.1 */
typedef enum cp_goal_status {
    CP_GOAL_STATUS_UNSET = 0,
    CP_GOAL_STATUS_ACTIVE = 1,   /**< "active" */
    CP_GOAL_STATUS_ACHIEVED = 2, /**< "achieved" */
    CP_GOAL_STATUS_REVISED = 3,  /**< "revised" */
    CP_GOAL_STATUS_DROPPED = 4   /**< "dropped" */
} cp_goal_status;

/** The four lists of a SWOT analysis. JSON members of "swot". @since 0.1 */
typedef enum cp_swot_list {
    CP_SWOT_STRENGTHS = 0,     /**< "strengths" */
    CP_SWOT_WEAKNESSES = 1,    /**< "weaknesses" */
    CP_SWOT_OPPORTUNITIES = 2, /**< "opportunities" */
    CP_SWOT_THREATS = 3        /**< "threats" */
} cp_swot_list;

/** The two lists of a force-field analysis. JSON members of "force_field". @since 0.1 */
typedef enum cp_force_list {
    CP_FORCES_FOR = 0,    /**< "forces_for" */
    CP_FORCES_AGAINST = 1 /**< "forces_against" */
} cp_force_list;

/**
 * JSON name of a skill area value, e.g. "making_a_decision".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_skill_area_to_string(cp_skill_area value);

/**
 * Parses the JSON name of a skill area value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_skill_area_from_string(const char *text, cp_skill_area *out);

/**
 * JSON name of a horizon value, e.g. "short_term".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_horizon_to_string(cp_horizon value);

/**
 * Parses the JSON name of a horizon value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_horizon_from_string(const char *text, cp_horizon *out);

/**
 * JSON name of a goal status value, e.g. "achieved".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_goal_status_to_string(cp_goal_status value);

/**
 * Parses the JSON name of a goal status value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_goal_status_from_string(const char *text, cp_goal_status *out);

/* ---- goals ---- */

/**
 * Adds a goal to a plan.
 *
 * @param plan      the plan that will own the goal; not NULL
 * @param id        id of the goal; copied; not empty; unique among the ids of
 *                  the plan's client (supporters, plans, goals, actions,
 *                  reviews and consents share one namespace)
 * @param statement what the client wants, phrased positively ("find a more
 *                  rewarding job"); copied; not empty
 * @param[out] out  optional: the new goal, borrowed: owned by @p plan and valid
 *                  until it is removed or the client that holds the plan is freed
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8),
 *         CP_EDUPLICATE (id in use), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_add_goal(cp_plan *plan, const char *id, const char *statement,
                                  cp_goal **out, cp_error *err);

/**
 * Number of goals of a plan.
 *
 * @param plan the plan; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_plan_goal_count(const cp_plan *plan);

/**
 * The goal at an index, in the order they were added.
 *
 * @param plan  the plan
 * @param index 0..count-1
 * @return borrowed (see cp_plan_add_goal()); NULL when plan is NULL or index out of range
 * @since 0.1
 */
CP_API cp_goal *cp_plan_goal_at(const cp_plan *plan, size_t index);

/**
 * Removes a goal and its actions from a plan and frees them. Refused while
 * anything outside the goal refers to it or to one of its actions (a review's
 * outcome or goal score, a change): remove those first.
 *
 * @param plan  the plan; not NULL
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (index), CP_ESTATE (still referenced)
 * @since 0.1
 */
CP_API cp_status cp_plan_remove_goal(cp_plan *plan, size_t index, cp_error *err);

/**
 * The plan that owns a goal.
 *
 * @param goal the goal; not NULL
 * @return borrowed: the owning plan
 * @since 0.1
 */
CP_API cp_plan *cp_goal_get_plan(const cp_goal *goal);

/**
 * Id of a goal.
 *
 * @param goal the goal; not NULL
 * @return borrowed: valid until the id is changed or the goal freed
 * @since 0.1
 */
CP_API const char *cp_goal_get_id(const cp_goal *goal);

/**
 * Changes the id of a goal. References to the old id are not rewritten.
 *
 * @param goal the goal; not NULL
 * @param id   the new id; copied; not empty; unique in the client
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE, CP_EDUPLICATE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_goal_set_id(cp_goal *goal, const char *id, cp_error *err);

/**
 * Statement of a goal.
 *
 * @param goal the goal; not NULL
 * @return borrowed: valid until changed or the goal freed
 * @since 0.1
 */
CP_API const char *cp_goal_get_statement(const cp_goal *goal);

/**
 * Sets the statement of a goal; phrase it positively.
 *
 * @param goal      the goal; not NULL
 * @param statement copied; not empty
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_goal_set_statement(cp_goal *goal, const char *statement, cp_error *err);

/**
 * Career-management-skill area of a goal.
 *
 * @param goal the goal; not NULL
 * @return the area, CP_SKILL_AREA_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_skill_area cp_goal_get_skill_area(const cp_goal *goal);

/**
 * Sets the skill area of a goal.
 *
 * @param goal the goal; not NULL
 * @param area a cp_skill_area value, or CP_SKILL_AREA_UNSET to clear it
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (goal NULL), CP_ERANGE (not a cp_skill_area value)
 * @since 0.1
 */
CP_API cp_status cp_goal_set_skill_area(cp_goal *goal, cp_skill_area area, cp_error *err);

/**
 * Time horizon of a goal.
 *
 * @param goal the goal; not NULL
 * @return the horizon, CP_HORIZON_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_horizon cp_goal_get_horizon(const cp_goal *goal);

/**
 * Sets the time horizon of a goal.
 *
 * @param goal    the goal; not NULL
 * @param horizon a cp_horizon value, or CP_HORIZON_UNSET to clear it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ERANGE (not a cp_horizon value)
 * @since 0.1
 */
CP_API cp_status cp_goal_set_horizon(cp_goal *goal, cp_horizon horizon, cp_error *err);

/**
 * Status of a goal; a new goal is CP_GOAL_STATUS_ACTIVE.
 *
 * @param goal the goal; not NULL
 * @return the status
 * @since 0.1
 */
CP_API cp_goal_status cp_goal_get_status(const cp_goal *goal);

/**
 * Sets the status of a goal.
 *
 * @param goal   the goal; not NULL
 * @param status a cp_goal_status value other than CP_GOAL_STATUS_UNSET
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (goal NULL, or UNSET), CP_ERANGE (not a cp_goal_status value)
 * @since 0.1
 */
CP_API cp_status cp_goal_set_status(cp_goal *goal, cp_goal_status status, cp_error *err);

/**
 * Current confidence of the client in reaching a goal, on a 1–10 scale.
 *
 * @param goal the goal; not NULL
 * @return 1..10, or 0 when not recorded
 * @since 0.1
 */
CP_API int cp_goal_get_confidence(const cp_goal *goal);

/**
 * Sets the current confidence (the history is kept apart: see
 * cp_goal_add_confidence_entry()).
 *
 * @param goal       the goal; not NULL
 * @param confidence 1..10, or 0 to clear it
 * @param err        optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ERANGE (outside 0..10)
 * @since 0.1
 */
CP_API cp_status cp_goal_set_confidence(cp_goal *goal, int confidence, cp_error *err);

/**
 * Whether a goal is sensitive: sensitive goals, with their actions, are left
 * out of exports under a "non_sensitive" consent.
 *
 * @param goal the goal; not NULL
 * @return 1 if sensitive, 0 if not
 * @since 0.1
 */
CP_API int cp_goal_is_sensitive(const cp_goal *goal);

/**
 * Marks a goal sensitive or not.
 *
 * @param goal      the goal; not NULL
 * @param sensitive non-zero for sensitive
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (goal NULL)
 * @since 0.1
 */
CP_API cp_status cp_goal_set_sensitive(cp_goal *goal, int sensitive, cp_error *err);

/**
 * Appends a dated confidence score to a goal's history (JSON
 * "confidence_history"). The current confidence is not changed.
 *
 * @param goal  the goal; not NULL
 * @param date  a valid date
 * @param score 1..10
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (goal NULL, no date), CP_ERANGE (invalid date, score outside 1..10), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_goal_add_confidence_entry(cp_goal *goal, cp_date date, int score,
                                              cp_error *err);

/**
 * Number of entries in a goal's confidence history.
 *
 * @param goal the goal; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_goal_confidence_entry_count(const cp_goal *goal);

/**
 * The confidence-history entry at an index, oldest added first.
 *
 * @param goal  the goal
 * @param index 0..count-1
 * @return borrowed, owned by the goal; NULL when goal is NULL or index out of range
 * @since 0.1
 */
CP_API const cp_confidence_entry *cp_goal_confidence_entry_at(const cp_goal *goal, size_t index);

/**
 * The goal that owns a confidence entry.
 *
 * @param entry the confidence entry; not NULL
 * @return borrowed: the owning goal
 * @since 0.1
 */
CP_API cp_goal *cp_confidence_entry_get_goal(const cp_confidence_entry *entry);

/**
 * Date of a confidence-history entry.
 *
 * @param entry the entry; not NULL
 * @return the date
 * @since 0.1
 */
CP_API cp_date cp_confidence_entry_get_date(const cp_confidence_entry *entry);

/**
 * Score of a confidence-history entry.
 *
 * @param entry the entry; not NULL
 * @return 1..10
 * @since 0.1
 */
CP_API int cp_confidence_entry_get_score(const cp_confidence_entry *entry);

/**
 * Number of items in one list of a goal's SWOT analysis.
 *
 * @param goal the goal; NULL counts as none
 * @param list which list
 * @return the count (0 for an unknown list)
 * @since 0.1
 */
CP_API size_t cp_goal_swot_count(const cp_goal *goal, cp_swot_list list);

/**
 * An item of one list of a goal's SWOT analysis.
 *
 * @param goal  the goal
 * @param list  which list
 * @param index 0..count-1
 * @return borrowed string, owned by the goal; NULL when out of range
 * @since 0.1
 */
CP_API const char *cp_goal_swot_at(const cp_goal *goal, cp_swot_list list, size_t index);

/**
 * Appends an item to one list of a goal's SWOT analysis.
 *
 * @param goal the goal; not NULL
 * @param list which list
 * @param text copied; not NULL or empty
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument, unknown list), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_goal_add_swot(cp_goal *goal, cp_swot_list list, const char *text,
                                  cp_error *err);

/**
 * Removes an item from one list of a goal's SWOT analysis.
 *
 * @param goal  the goal; not NULL
 * @param list  which list
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (goal NULL, unknown list), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_goal_remove_swot(cp_goal *goal, cp_swot_list list, size_t index,
                                     cp_error *err);

/**
 * Whether a goal has a SWOT analysis object, even one with all its lists
 * empty (`"swot": {}` in a document, or left behind by removing every item):
 * such an object is kept and saved, so this tells it from an absent one,
 * which cp_goal_swot_count() cannot.
 *
 * @param goal the goal; NULL gives 0
 * @return 1 if present, 0 if absent
 * @since 0.1
 */
CP_API int cp_goal_has_swot(const cp_goal *goal);

/**
 * Number of forces in one list of a goal's force-field analysis.
 *
 * @param goal the goal; NULL counts as none
 * @param list CP_FORCES_FOR or CP_FORCES_AGAINST
 * @return the count (0 for an unknown list)
 * @since 0.1
 */
CP_API size_t cp_goal_force_count(const cp_goal *goal, cp_force_list list);

/**
 * A force of a goal's force-field analysis.
 *
 * @param goal  the goal
 * @param list  CP_FORCES_FOR or CP_FORCES_AGAINST
 * @param index 0..count-1
 * @return borrowed string, owned by the goal; NULL when out of range
 * @since 0.1
 */
CP_API const char *cp_goal_force_at(const cp_goal *goal, cp_force_list list, size_t index);

/**
 * Appends a force to a goal's force-field analysis.
 *
 * @param goal the goal; not NULL
 * @param list CP_FORCES_FOR or CP_FORCES_AGAINST
 * @param text copied; not NULL or empty
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_goal_add_force(cp_goal *goal, cp_force_list list, const char *text,
                                   cp_error *err);

/**
 * Removes a force from a goal's force-field analysis.
 *
 * @param goal  the goal; not NULL
 * @param list  CP_FORCES_FOR or CP_FORCES_AGAINST
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_goal_remove_force(cp_goal *goal, cp_force_list list, size_t index,
                                      cp_error *err);

/**
 * Whether a goal has a force-field analysis object, even one with both lists
 * empty (`"force_field": {}`); see cp_goal_has_swot().
 *
 * @param goal the goal; NULL gives 0
 * @return 1 if present, 0 if absent
 * @since 0.1
 */
CP_API int cp_goal_has_force_field(const cp_goal *goal);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_GOAL_H */
