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
/* Defined in action.h. */
typedef struct cp_action cp_action;

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

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_GOAL_H */
