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

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_ACTION_H */
