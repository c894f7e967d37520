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
/** A confidence score (1–10) given to a goal at a review. Opaque, owned by its review. @since 0.1 */
typedef struct cp_goal_score cp_goal_score;
/** A change agreed at a review. Opaque, owned by its review. @since 0.1 */
typedef struct cp_change cp_change;

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

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_REVIEW_H */
