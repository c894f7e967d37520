/*
 * libcareerplan — career action plans: the summative record of a guidance discussion.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_PLAN_H
#define CAREERPLAN_PLAN_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A career action plan. Opaque, owned by its client. @since 0.1 */
typedef struct cp_plan cp_plan;
/** A titled link to a resource. Opaque, owned by its plan. @since 0.1 */
typedef struct cp_resource cp_resource;
/** A reference to a photo, drawing, film... recorded with the plan (never its bytes). Opaque, owned by its plan. @since 0.1 */
typedef struct cp_artefact cp_artefact;
/** One entry of a plan's version history: what changed, when and why. Opaque, owned by its plan. @since 0.1 */
typedef struct cp_history_entry cp_history_entry;
/* Defined in goal.h and review.h. */
typedef struct cp_goal cp_goal;
typedef struct cp_review cp_review;

/** Guidance or coaching model used in the discussion. JSON member "guidance_model". @since 0.1 */
typedef enum cp_guidance_model {
    CP_GUIDANCE_MODEL_UNSET = 0,
    CP_GUIDANCE_MODEL_EGAN_SKILLED_HELPER = 1,      /**< "egan_skilled_helper" */
    CP_GUIDANCE_MODEL_GROW = 2,                     /**< "grow" */
    CP_GUIDANCE_MODEL_OSKAR = 3,                    /**< "oskar" */
    CP_GUIDANCE_MODEL_CLEAR = 4,                    /**< "clear" */
    CP_GUIDANCE_MODEL_CREATIVE_CAREER_COACHING = 5, /**< "creative_career_coaching" (three-stage) */
    CP_GUIDANCE_MODEL_OTHER = 6                     /**< "other" */
} cp_guidance_model;

/** Status of a plan. JSON member "status"; a new plan is a draft. @since 0.1 */
typedef enum cp_plan_status {
    CP_PLAN_STATUS_UNSET = 0,
    CP_PLAN_STATUS_DRAFT = 1,  /**< "draft" */
    CP_PLAN_STATUS_AGREED = 2, /**< "agreed": agreed with the client */
    CP_PLAN_STATUS_CLOSED = 3  /**< "closed" */
} cp_plan_status;

/** The three summary sections of a plan (the CBI questions). @since 0.1 */
typedef enum cp_plan_section {
    CP_PLAN_SECTION_WHERE_YOU_ARE_NOW = 0,     /**< JSON member "where_you_are_now" */
    CP_PLAN_SECTION_WHERE_YOU_WANT_TO_BE = 1,  /**< JSON member "where_you_want_to_be" */
    CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE = 2 /**< JSON member "how_you_will_get_there" */
} cp_plan_section;

/** Kind of artefact. JSON member "kind" of an artefact. @since 0.1 */
typedef enum cp_artefact_kind {
    CP_ARTEFACT_KIND_UNSET = 0,
    CP_ARTEFACT_KIND_PHOTO = 1,      /**< "photo" */
    CP_ARTEFACT_KIND_DRAWING = 2,    /**< "drawing" */
    CP_ARTEFACT_KIND_FILM = 3,       /**< "film" */
    CP_ARTEFACT_KIND_CAREER_MAP = 4, /**< "career_map" */
    CP_ARTEFACT_KIND_DOCUMENT = 5,   /**< "document" */
    CP_ARTEFACT_KIND_AUDIO = 6,      /**< "audio" */
    CP_ARTEFACT_KIND_OTHER = 7       /**< "other" */
} cp_artefact_kind;

/** How often a plan is reviewed. JSON member "review_frequency". @since 0.1 */
typedef enum cp_review_frequency {
    CP_REVIEW_FREQUENCY_UNSET = 0,
    CP_REVIEW_FREQUENCY_WEEKLY = 1,         /**< "weekly" */
    CP_REVIEW_FREQUENCY_FORTNIGHTLY = 2,    /**< "fortnightly" */
    CP_REVIEW_FREQUENCY_MONTHLY = 3,        /**< "monthly" */
    CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR = 4 /**< "per_school_year": "reviews_per_year" times a school year */
} cp_review_frequency;

/**
 * JSON name of a guidance model value, e.g. "grow".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_guidance_model_to_string(cp_guidance_model value);

/**
 * Parses the JSON name of a guidance model value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_guidance_model_from_string(const char *text, cp_guidance_model *out);

/**
 * JSON name of a plan status value, e.g. "agreed".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_plan_status_to_string(cp_plan_status value);

/**
 * Parses the JSON name of a plan status value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_plan_status_from_string(const char *text, cp_plan_status *out);

/**
 * JSON name of a artefact kind value, e.g. "drawing".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_artefact_kind_to_string(cp_artefact_kind value);

/**
 * Parses the JSON name of a artefact kind value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_artefact_kind_from_string(const char *text, cp_artefact_kind *out);

/**
 * JSON name of a review frequency value, e.g. "fortnightly".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_review_frequency_to_string(cp_review_frequency value);

/**
 * Parses the JSON name of a review frequency value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_review_frequency_from_string(const char *text, cp_review_frequency *out);

/**
 * Adds a career action plan to a client. A new plan is a draft.
 *
 * @param client  the client that will own the plan; not NULL
 * @param id      id of the plan; copied; not empty; unique in the client
 * @param created the date the plan was created; a valid date
 * @param[out] out optional: the new plan, borrowed: owned by @p client and
 *                 valid until it is removed or the client is freed
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument, no date), CP_ERANGE
 *         (invalid date), CP_EVALUE, CP_EDUPLICATE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_add_plan(cp_client *client, const char *id, cp_date created,
                                    cp_plan **out, cp_error *err);

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_PLAN_H */
