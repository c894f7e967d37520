/*
 * libcareerplan — actions: who is to do what, and by when.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_ACTION_H
#define CAREERPLAN_ACTION_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An action towards a goal. Opaque, owned by its goal. @since 0.1 */
typedef struct cp_action cp_action;
/* Defined in goal.h. */
typedef struct cp_goal cp_goal;

/** Who owns (carries out) an action. JSON member "owner". @since 0.1 */
typedef enum cp_owner {
    CP_OWNER_UNSET = 0,
    CP_OWNER_CLIENT = 1,   /**< "client" */
    CP_OWNER_ADVISER = 2,  /**< "adviser" */
    CP_OWNER_SUPPORTER = 3 /**< "supporter": the supporter named by "owner_supporter" */
} cp_owner;

/** Priority of an action. JSON member "priority". @since 0.1 */
typedef enum cp_priority {
    CP_PRIORITY_UNSET = 0,
    CP_PRIORITY_LOW = 1,    /**< "low" */
    CP_PRIORITY_MEDIUM = 2, /**< "medium" */
    CP_PRIORITY_HIGH = 3    /**< "high" */
} cp_priority;

/** Status of an action. JSON member "status"; a new action is planned. @since 0.1 */
typedef enum cp_action_status {
    CP_ACTION_STATUS_UNSET = 0,
    CP_ACTION_STATUS_PLANNED = 1,     /**< "planned" */
    CP_ACTION_STATUS_IN_PROGRESS = 2, /**< "in_progress" */
    CP_ACTION_STATUS_DONE = 3,        /**< "done" */
    CP_ACTION_STATUS_PARTLY_DONE = 4, /**< "partly_done" */
    CP_ACTION_STATUS_NOT_DONE = 5,    /**< "not_done" */
    CP_ACTION_STATUS_DROPPED = 6      /**< "dropped" */
} cp_action_status;

/**
 * JSON name of a action owner value, e.g. "adviser".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_owner_to_string(cp_owner value);

/**
 * Parses the JSON name of a action owner value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_owner_from_string(const char *text, cp_owner *out);

/**
 * JSON name of a priority value, e.g. "high".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_priority_to_string(cp_priority value);

/**
 * Parses the JSON name of a priority value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_priority_from_string(const char *text, cp_priority *out);

/**
 * JSON name of a action status value, e.g. "in_progress".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_action_status_to_string(cp_action_status value);

/**
 * Parses the JSON name of a action status value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_action_status_from_string(const char *text, cp_action_status *out);

/* ---- actions of a goal ---- */

/**
 * Adds an action to a goal. A new action is planned, has no owner and is not
 * yet agreed.
 *
 * @param goal        the goal that will own the action; not NULL
 * @param id          id of the action; copied; not empty; unique among the ids
 *                    of the goal's client (supporters, plans, goals, actions,
 *                    reviews and consents share one namespace)
 * @param description who is to do what; copied; not empty
 * @param[out] out    optional: the new action, borrowed: owned by @p goal and
 *                    valid until it is removed or the client that holds the goal is freed
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8),
 *         CP_EDUPLICATE (id in use), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_goal_add_action(cp_goal *goal, const char *id, const char *description,
                                    cp_action **out, cp_error *err);

/**
 * Number of actions of a goal.
 *
 * @param goal the goal; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_goal_action_count(const cp_goal *goal);

/**
 * The action at an index, in the order they were added.
 *
 * @param goal  the goal
 * @param index 0..count-1
 * @return borrowed (see cp_goal_add_action()); NULL when goal is NULL or index out of range
 * @since 0.1
 */
CP_API cp_action *cp_goal_action_at(const cp_goal *goal, size_t index);

/**
 * Removes an action from a goal and frees it. Refused while a review's
 * outcome or change refers to the action: remove those first.
 *
 * @param goal  the goal; not NULL
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (goal NULL), CP_ERANGE (index), CP_ESTATE (still referenced)
 * @since 0.1
 */
CP_API cp_status cp_goal_remove_action(cp_goal *goal, size_t index, cp_error *err);

/**
 * The goal that owns an action.
 *
 * @param action the action; not NULL
 * @return borrowed: the owning goal
 * @since 0.1
 */
CP_API cp_goal *cp_action_get_goal(const cp_action *action);

/**
 * Id of an action.
 *
 * @param action the action; not NULL
 * @return borrowed: valid until the id is changed or the action freed
 * @since 0.1
 */
CP_API const char *cp_action_get_id(const cp_action *action);

/**
 * Changes the id of an action. References to the old id are not rewritten.
 *
 * @param action the action; not NULL
 * @param id     the new id; copied; not empty; unique in the client
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE, CP_EDUPLICATE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_action_set_id(cp_action *action, const char *id, cp_error *err);

/**
 * Description of an action: what is to be done.
 *
 * @param action the action; not NULL
 * @return borrowed: valid until changed or the action freed
 * @since 0.1
 */
CP_API const char *cp_action_get_description(const cp_action *action);

/**
 * Sets the description of an action.
 *
 * @param action      the action; not NULL
 * @param description copied; not empty
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_action_set_description(cp_action *action, const char *description,
                                           cp_error *err);

/**
 * Who carries out an action.
 *
 * @param action the action; not NULL
 * @return the owner, CP_OWNER_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_owner cp_action_get_owner(const cp_action *action);

/**
 * Sets who carries out an action. Any owner other than CP_OWNER_SUPPORTER
 * also clears the owning supporter (see cp_action_set_owner_supporter()).
 *
 * @param action the action; not NULL
 * @param owner  a cp_owner value, or CP_OWNER_UNSET to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_ERANGE (not a cp_owner value)
 * @since 0.1
 */
CP_API cp_status cp_action_set_owner(cp_action *action, cp_owner owner, cp_error *err);

/**
 * Id of the supporter who carries out an action (when the owner is
 * CP_OWNER_SUPPORTER).
 *
 * @param action the action; not NULL
 * @return borrowed: valid until changed or the action freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_action_get_owner_supporter(const cp_action *action);

/**
 * Names the supporter who carries out an action. Set the owner to
 * CP_OWNER_SUPPORTER first.
 *
 * @param action       the action; not NULL
 * @param supporter_id id of one of the client's supporters; copied; NULL clears it
 *                     (allowed whatever the owner)
 * @param err          optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL, empty id), CP_EVALUE (not UTF-8), CP_ESTATE
 *         (an id while the owner is not CP_OWNER_SUPPORTER), CP_ENOTFOUND (no supporter
 *         has that id), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_action_set_owner_supporter(cp_action *action, const char *supporter_id,
                                               cp_error *err);

/**
 * Due date of an action.
 *
 * @param action the action; not NULL
 * @return the date, or "no date" {0, 0, 0} when there is none
 * @since 0.1
 */
CP_API cp_date cp_action_get_due(const cp_action *action);

/**
 * Sets the due date of an action. An action may be left without one when the
 * client's timing is flexible.
 *
 * @param action the action; not NULL
 * @param due    a valid date, or CP_DATE_NONE to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_ERANGE (not a calendar date, e.g. 2026-02-30)
 * @since 0.1
 */
CP_API cp_status cp_action_set_due(cp_action *action, cp_date due, cp_error *err);

/**
 * Measure of an action: how everyone will know it is done.
 *
 * @param action the action; not NULL
 * @return borrowed: valid until changed or the action freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_action_get_measure(const cp_action *action);

/**
 * Sets the measure of an action.
 *
 * @param action  the action; not NULL
 * @param measure copied; NULL clears it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_action_set_measure(cp_action *action, const char *measure, cp_error *err);

/**
 * Whether the client has agreed to an action (ownership).
 *
 * @param action the action; not NULL
 * @return 1 if agreed, 0 if not
 * @since 0.1
 */
CP_API int cp_action_is_agreed(const cp_action *action);

/**
 * Records whether the client has agreed to an action.
 *
 * @param action the action; not NULL
 * @param agreed non-zero for agreed
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL)
 * @since 0.1
 */
CP_API cp_status cp_action_set_agreed(cp_action *action, int agreed, cp_error *err);

/**
 * Number of supporters who help with an action.
 *
 * @param action the action; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_action_supporter_count(const cp_action *action);

/**
 * Id of a supporter who helps with an action.
 *
 * @param action the action
 * @param index  0..count-1
 * @return borrowed string, owned by the action; NULL when action is NULL or index out of range
 * @since 0.1
 */
CP_API const char *cp_action_supporter_at(const cp_action *action, size_t index);

/**
 * Adds one of the client's supporters to those who help with an action.
 *
 * @param action       the action; not NULL
 * @param supporter_id id of one of the client's supporters; copied; not empty
 * @param err          optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8), CP_ENOTFOUND
 *         (no supporter has that id), CP_EDUPLICATE (listed already), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_action_add_supporter(cp_action *action, const char *supporter_id,
                                         cp_error *err);

/**
 * Removes a supporter from those who help with an action (the supporter
 * itself stays with the client).
 *
 * @param action the action; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_action_remove_supporter(cp_action *action, size_t index, cp_error *err);

/**
 * Number of resources (free-text notes or links) listed for an action.
 *
 * @param action the action; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_action_resource_count(const cp_action *action);

/**
 * A resource listed for an action.
 *
 * @param action the action
 * @param index  0..count-1
 * @return borrowed string, owned by the action; NULL when action is NULL or index out of range
 * @since 0.1
 */
CP_API const char *cp_action_resource_at(const cp_action *action, size_t index);

/**
 * Appends a resource to those listed for an action.
 *
 * @param action   the action; not NULL
 * @param resource copied; not empty
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_action_add_resource(cp_action *action, const char *resource, cp_error *err);

/**
 * Removes a resource from those listed for an action.
 *
 * @param action the action; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_action_remove_resource(cp_action *action, size_t index, cp_error *err);

/**
 * Priority of an action.
 *
 * @param action the action; not NULL
 * @return the priority, CP_PRIORITY_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_priority cp_action_get_priority(const cp_action *action);

/**
 * Sets the priority of an action.
 *
 * @param action   the action; not NULL
 * @param priority a cp_priority value, or CP_PRIORITY_UNSET to clear it
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_ERANGE (not a cp_priority value)
 * @since 0.1
 */
CP_API cp_status cp_action_set_priority(cp_action *action, cp_priority priority, cp_error *err);

/**
 * Status of an action; a new action is CP_ACTION_STATUS_PLANNED.
 *
 * @param action the action; not NULL
 * @return the status
 * @since 0.1
 */
CP_API cp_action_status cp_action_get_status(const cp_action *action);

/**
 * Sets the status of an action. A status other than CP_ACTION_STATUS_DONE
 * and CP_ACTION_STATUS_PARTLY_DONE also clears the completion date.
 *
 * @param action the action; not NULL
 * @param status a cp_action_status value other than CP_ACTION_STATUS_UNSET
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL, or UNSET), CP_ERANGE (not a cp_action_status value)
 * @since 0.1
 */
CP_API cp_status cp_action_set_status(cp_action *action, cp_action_status status,
                                      cp_error *err);

/**
 * Date an action was completed.
 *
 * @param action the action; not NULL
 * @return the date, or "no date" {0, 0, 0} when not recorded
 * @since 0.1
 */
CP_API cp_date cp_action_get_completed(const cp_action *action);

/**
 * Sets the date an action was completed. Only a done or partly done action
 * has one: set the status first, or use cp_action_complete().
 *
 * @param action    the action; not NULL
 * @param completed a valid date, or CP_DATE_NONE to clear it (allowed whatever the status)
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL), CP_ERANGE (not a calendar date), CP_ESTATE
 *         (a date while the status is neither CP_ACTION_STATUS_DONE nor
 *         CP_ACTION_STATUS_PARTLY_DONE)
 * @since 0.1
 */
CP_API cp_status cp_action_set_completed(cp_action *action, cp_date completed, cp_error *err);

/**
 * Marks an action done on a date: sets the status to CP_ACTION_STATUS_DONE
 * and the completion date. Nothing changes on failure.
 *
 * @param action the action; not NULL
 * @param on     the completion date; a valid date
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL, or "no date"), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_action_complete(cp_action *action, cp_date on, cp_error *err);

/**
 * Whether an action is sensitive: sensitive actions are left out of exports
 * under a "non_sensitive" consent.
 *
 * @param action the action; not NULL
 * @return 1 if sensitive, 0 if not
 * @since 0.1
 */
CP_API int cp_action_is_sensitive(const cp_action *action);

/**
 * Marks an action sensitive or not.
 *
 * @param action    the action; not NULL
 * @param sensitive non-zero for sensitive
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (action NULL)
 * @since 0.1
 */
CP_API cp_status cp_action_set_sensitive(cp_action *action, int sensitive, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_ACTION_H */
