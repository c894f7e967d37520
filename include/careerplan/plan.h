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
/**
 * A reference to a photo, drawing, film... recorded with the plan (never its
 * bytes). Opaque, owned by its plan. @since 0.1
 */
typedef struct cp_artefact cp_artefact;
/**
 * One entry of a plan's version history: what changed, when and why. Opaque,
 * owned by its plan. @since 0.1
 */
typedef struct cp_history_entry cp_history_entry;
/* Defined in client.h, goal.h and review.h. */
typedef struct cp_client cp_client;
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
    /** "per_school_year": "reviews_per_year" times a school year */
    CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR = 4
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

/* ---- plans ---- */

/**
 * The client that owns a plan.
 *
 * @param plan the plan; not NULL
 * @return borrowed: the owning client
 * @since 0.1
 */
CP_API cp_client *cp_plan_get_client(const cp_plan *plan);

/**
 * Id of a plan.
 *
 * @param plan the plan; not NULL
 * @return borrowed: valid until the id is changed or the plan freed
 * @since 0.1
 */
CP_API const char *cp_plan_get_id(const cp_plan *plan);

/**
 * Changes the id of a plan. References to the old id are not rewritten.
 *
 * @param plan the plan; not NULL
 * @param id   the new id; copied; not empty; unique in the client
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE, CP_EDUPLICATE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_set_id(cp_plan *plan, const char *id, cp_error *err);

/**
 * Date a plan was created.
 *
 * @param plan the plan; not NULL
 * @return the date (always a valid date)
 * @since 0.1
 */
CP_API cp_date cp_plan_get_created(const cp_plan *plan);

/**
 * Sets the date a plan was created. The date is required: it cannot be cleared.
 *
 * @param plan    the plan; not NULL
 * @param created a valid date
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL, or "no date"), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_created(cp_plan *plan, cp_date created, cp_error *err);

/**
 * Practitioner who wrote a plan.
 *
 * @param plan the plan; not NULL
 * @return borrowed: valid until changed or the plan freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_plan_get_practitioner(const cp_plan *plan);

/**
 * Sets the practitioner who wrote a plan.
 *
 * @param plan         the plan; not NULL
 * @param practitioner copied; NULL clears it
 * @param err          optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_set_practitioner(cp_plan *plan, const char *practitioner,
                                          cp_error *err);

/**
 * Service (organisation) that provided the guidance recorded in a plan.
 *
 * @param plan the plan; not NULL
 * @return borrowed: valid until changed or the plan freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_plan_get_service(const cp_plan *plan);

/**
 * Sets the service that provided the guidance.
 *
 * @param plan    the plan; not NULL
 * @param service copied; NULL clears it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_set_service(cp_plan *plan, const char *service, cp_error *err);

/**
 * Guidance or coaching model used in the discussion.
 *
 * @param plan the plan; not NULL
 * @return the model, CP_GUIDANCE_MODEL_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_guidance_model cp_plan_get_guidance_model(const cp_plan *plan);

/**
 * Sets the guidance model used in the discussion.
 *
 * @param plan  the plan; not NULL
 * @param model a cp_guidance_model value, or CP_GUIDANCE_MODEL_UNSET to clear it
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (not a cp_guidance_model value)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_guidance_model(cp_plan *plan, cp_guidance_model model,
                                            cp_error *err);

/**
 * Stage of the guidance model reached in the discussion, in the model's own
 * words (e.g. "options" for GROW).
 *
 * @param plan the plan; not NULL
 * @return borrowed: valid until changed or the plan freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_plan_get_guidance_stage(const cp_plan *plan);

/**
 * Sets the stage of the guidance model reached.
 *
 * @param plan  the plan; not NULL
 * @param stage copied; NULL clears it
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_set_guidance_stage(cp_plan *plan, const char *stage, cp_error *err);

/**
 * Status of a plan; a new plan is CP_PLAN_STATUS_DRAFT.
 *
 * @param plan the plan; not NULL
 * @return the status
 * @since 0.1
 */
CP_API cp_plan_status cp_plan_get_status(const cp_plan *plan);

/**
 * Sets the status of a plan. The date it was agreed is set apart (see
 * cp_plan_set_agreed_date()).
 *
 * @param plan   the plan; not NULL
 * @param status a cp_plan_status value other than CP_PLAN_STATUS_UNSET
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL, or UNSET), CP_ERANGE (not a cp_plan_status value)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_status(cp_plan *plan, cp_plan_status status, cp_error *err);

/**
 * Date a plan was agreed with the client.
 *
 * @param plan the plan; not NULL
 * @return the date, or "no date" {0, 0, 0} when not recorded
 * @since 0.1
 */
CP_API cp_date cp_plan_get_agreed_date(const cp_plan *plan);

/**
 * Sets the date a plan was agreed with the client.
 *
 * @param plan the plan; not NULL
 * @param date a valid date, or CP_DATE_NONE to clear it
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_agreed_date(cp_plan *plan, cp_date date, cp_error *err);

/**
 * How often a plan is reviewed.
 *
 * @param plan the plan; not NULL
 * @return the frequency, CP_REVIEW_FREQUENCY_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_review_frequency cp_plan_get_review_frequency(const cp_plan *plan);

/**
 * Sets how often a plan is reviewed. With CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR,
 * cp_plan_set_reviews_per_year() says how many times.
 *
 * @param plan      the plan; not NULL
 * @param frequency a cp_review_frequency value, or CP_REVIEW_FREQUENCY_UNSET to clear it
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (not a cp_review_frequency value)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_review_frequency(cp_plan *plan, cp_review_frequency frequency,
                                              cp_error *err);

/**
 * Number of reviews a school year (used with CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR).
 *
 * @param plan the plan; not NULL
 * @return 1..5, or 0 when not recorded
 * @since 0.1
 */
CP_API int cp_plan_get_reviews_per_year(const cp_plan *plan);

/**
 * Sets the number of reviews a school year.
 *
 * @param plan  the plan; not NULL
 * @param count 1..5, or 0 to clear it
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (outside 0..5)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_reviews_per_year(cp_plan *plan, int count, cp_error *err);

/**
 * Date of a plan's next review.
 *
 * @param plan the plan; not NULL
 * @return the date, or "no date" {0, 0, 0} when not scheduled
 * @since 0.1
 */
CP_API cp_date cp_plan_get_next_review(const cp_plan *plan);

/**
 * Sets the date of a plan's next review.
 *
 * @param plan the plan; not NULL
 * @param date a valid date, or CP_DATE_NONE to clear it
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_plan_set_next_review(cp_plan *plan, cp_date date, cp_error *err);

/* ---- summary sections ---- */

/**
 * Text of one of a plan's three summary sections.
 *
 * @param plan    the plan; NULL gives NULL
 * @param section which section
 * @return borrowed: valid until the section is changed or removed or the plan
 *         freed; NULL when the section is absent or @p section is unknown
 * @since 0.1
 */
CP_API const char *cp_plan_get_section(const cp_plan *plan, cp_plan_section section);

/**
 * Whether one of a plan's summary sections is sensitive: sensitive sections
 * are left out of exports under a "non_sensitive" consent.
 *
 * @param plan    the plan; NULL gives 0
 * @param section which section
 * @return 1 if the section is present and sensitive, 0 otherwise (absent or
 *         unknown sections are not sensitive)
 * @since 0.1
 */
CP_API int cp_plan_section_is_sensitive(const cp_plan *plan, cp_plan_section section);

/**
 * Whether one of a plan's summary sections is present, even without text
 * (`"where_you_are_now": {}` in a document): cp_plan_get_section() gives
 * NULL for both a section without text and an absent one.
 *
 * @param plan    the plan; NULL gives 0
 * @param section which section
 * @return 1 if the section is present, 0 if absent or @p section is unknown
 * @since 0.1
 */
CP_API int cp_plan_has_section(const cp_plan *plan, cp_plan_section section);

/**
 * Sets, replaces or removes one of a plan's summary sections. Replacing
 * sets both the text and the sensitivity.
 *
 * @param plan      the plan; not NULL
 * @param section   which section
 * @param text      the section's text; copied; may hold several lines; NULL
 *                  removes the section (@p sensitive is then ignored)
 * @param sensitive non-zero to mark the section sensitive
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL, unknown section), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_set_section(cp_plan *plan, cp_plan_section section, const char *text,
                                     int sensitive, cp_error *err);

/* ---- resources ---- */

/**
 * Adds a titled link to a plan's resources.
 *
 * @param plan  the plan that will own the resource; not NULL
 * @param title what the resource is; copied; not empty
 * @param url   where to find it; copied; NULL when there is no link
 * @param[out] out optional: the new resource, borrowed: owned by @p plan and
 *                 valid until it is removed or the client that holds the plan is freed
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL, title NULL or empty), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_add_resource(cp_plan *plan, const char *title, const char *url,
                                      cp_resource **out, cp_error *err);

/**
 * Number of resources of a plan.
 *
 * @param plan the plan; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_plan_resource_count(const cp_plan *plan);

/**
 * The resource at an index, in the order they were added.
 *
 * @param plan  the plan
 * @param index 0..count-1
 * @return borrowed (see cp_plan_add_resource()); NULL when plan is NULL or index out of range
 * @since 0.1
 */
CP_API cp_resource *cp_plan_resource_at(const cp_plan *plan, size_t index);

/**
 * Removes a resource from a plan and frees it.
 *
 * @param plan  the plan; not NULL
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_plan_remove_resource(cp_plan *plan, size_t index, cp_error *err);

/**
 * The plan that owns a resource.
 *
 * @param resource the resource; not NULL
 * @return borrowed: the owning plan
 * @since 0.1
 */
CP_API cp_plan *cp_resource_get_plan(const cp_resource *resource);

/**
 * Title of a resource.
 *
 * @param resource the resource; not NULL
 * @return borrowed: valid until changed or the resource freed
 * @since 0.1
 */
CP_API const char *cp_resource_get_title(const cp_resource *resource);

/**
 * Sets the title of a resource.
 *
 * @param resource the resource; not NULL
 * @param title    copied; not empty
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_resource_set_title(cp_resource *resource, const char *title, cp_error *err);

/**
 * Link of a resource.
 *
 * @param resource the resource; not NULL
 * @return borrowed: valid until changed or the resource freed; NULL when there is no link
 * @since 0.1
 */
CP_API const char *cp_resource_get_url(const cp_resource *resource);

/**
 * Sets the link of a resource. The text is not checked to be a URL.
 *
 * @param resource the resource; not NULL
 * @param url      copied; NULL clears it
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (resource NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_resource_set_url(cp_resource *resource, const char *url, cp_error *err);

/* ---- artefacts ---- */

/**
 * Adds a reference to an artefact (a photo, drawing, film...) to a plan.
 * The library keeps the reference only, never the artefact's bytes.
 *
 * @param plan    the plan that will own the artefact; not NULL
 * @param kind    a cp_artefact_kind value other than CP_ARTEFACT_KIND_UNSET
 * @param uri     where the artefact is kept; copied; not empty
 * @param caption copied; NULL for none
 * @param[out] out optional: the new artefact, borrowed: owned by @p plan and
 *                 valid until it is removed or the client that holds the plan is freed
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL, kind UNSET, uri NULL or empty), CP_ERANGE (not a
 *         cp_artefact_kind value), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_add_artefact(cp_plan *plan, cp_artefact_kind kind, const char *uri,
                                      const char *caption, cp_artefact **out, cp_error *err);

/**
 * Number of artefacts of a plan.
 *
 * @param plan the plan; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_plan_artefact_count(const cp_plan *plan);

/**
 * The artefact at an index, in the order they were added.
 *
 * @param plan  the plan
 * @param index 0..count-1
 * @return borrowed (see cp_plan_add_artefact()); NULL when plan is NULL or index out of range
 * @since 0.1
 */
CP_API cp_artefact *cp_plan_artefact_at(const cp_plan *plan, size_t index);

/**
 * Removes an artefact reference from a plan and frees it.
 *
 * @param plan  the plan; not NULL
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_plan_remove_artefact(cp_plan *plan, size_t index, cp_error *err);

/**
 * The plan that owns an artefact.
 *
 * @param artefact the artefact; not NULL
 * @return borrowed: the owning plan
 * @since 0.1
 */
CP_API cp_plan *cp_artefact_get_plan(const cp_artefact *artefact);

/**
 * Kind of an artefact.
 *
 * @param artefact the artefact; not NULL
 * @return the kind (never CP_ARTEFACT_KIND_UNSET)
 * @since 0.1
 */
CP_API cp_artefact_kind cp_artefact_get_kind(const cp_artefact *artefact);

/**
 * Sets the kind of an artefact.
 *
 * @param artefact the artefact; not NULL
 * @param kind     a cp_artefact_kind value other than CP_ARTEFACT_KIND_UNSET
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (artefact NULL, or UNSET), CP_ERANGE (not a cp_artefact_kind value)
 * @since 0.1
 */
CP_API cp_status cp_artefact_set_kind(cp_artefact *artefact, cp_artefact_kind kind,
                                      cp_error *err);

/**
 * Where an artefact is kept.
 *
 * @param artefact the artefact; not NULL
 * @return borrowed: valid until changed or the artefact freed
 * @since 0.1
 */
CP_API const char *cp_artefact_get_uri(const cp_artefact *artefact);

/**
 * Sets where an artefact is kept. The text is not checked to be a URI.
 *
 * @param artefact the artefact; not NULL
 * @param uri      copied; not empty
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_artefact_set_uri(cp_artefact *artefact, const char *uri, cp_error *err);

/**
 * Caption of an artefact.
 *
 * @param artefact the artefact; not NULL
 * @return borrowed: valid until changed or the artefact freed; NULL when there is none
 * @since 0.1
 */
CP_API const char *cp_artefact_get_caption(const cp_artefact *artefact);

/**
 * Sets the caption of an artefact.
 *
 * @param artefact the artefact; not NULL
 * @param caption  copied; NULL clears it
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (artefact NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_artefact_set_caption(cp_artefact *artefact, const char *caption,
                                         cp_error *err);

/* ---- version history ---- */

/**
 * Appends an entry to a plan's version history: what changed, when and why.
 * The history is a record: entries cannot be changed or removed once added.
 *
 * @param plan   the plan; not NULL
 * @param date   when the change was made; a valid date
 * @param author who made it; copied; NULL when not recorded
 * @param change what changed; copied; not empty
 * @param reason why; copied; NULL when not recorded
 * @param sensitive non-zero when the entry is about sensitive items: it is
 *               then left out of exports under a "non_sensitive" consent
 * @param[out] out optional: the new entry, borrowed: owned by @p plan and
 *                 valid until the client that holds the plan is freed
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL, no date, change NULL or empty), CP_ERANGE (not a
 *         calendar date), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_add_history_entry(cp_plan *plan, cp_date date, const char *author,
                                           const char *change, const char *reason,
                                           int sensitive, const cp_history_entry **out,
                                           cp_error *err);

/**
 * Number of entries in a plan's version history.
 *
 * @param plan the plan; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_plan_history_entry_count(const cp_plan *plan);

/**
 * The history entry at an index, in the order they were added. There is
 * no removal: the history is kept.
 *
 * @param plan  the plan
 * @param index 0..count-1
 * @return borrowed (see cp_plan_add_history_entry()); NULL when plan is NULL or index
 *         out of range
 * @since 0.1
 */
CP_API const cp_history_entry *cp_plan_history_entry_at(const cp_plan *plan, size_t index);

/**
 * The plan that owns a history entry.
 *
 * @param entry the history entry; not NULL
 * @return borrowed: the owning plan
 * @since 0.1
 */
CP_API cp_plan *cp_history_entry_get_plan(const cp_history_entry *entry);

/**
 * Date of a history entry.
 *
 * @param entry the entry; not NULL
 * @return the date
 * @since 0.1
 */
CP_API cp_date cp_history_entry_get_date(const cp_history_entry *entry);

/**
 * Author of a history entry.
 *
 * @param entry the entry; not NULL
 * @return borrowed: owned by the plan; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_history_entry_get_author(const cp_history_entry *entry);

/**
 * What changed, according to a history entry.
 *
 * @param entry the entry; not NULL
 * @return borrowed: owned by the plan; never NULL
 * @since 0.1
 */
CP_API const char *cp_history_entry_get_change(const cp_history_entry *entry);

/**
 * Why it changed, according to a history entry.
 *
 * @param entry the entry; not NULL
 * @return borrowed: owned by the plan; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_history_entry_get_reason(const cp_history_entry *entry);

/**
 * Whether a history entry is about sensitive items (JSON "sensitive").
 *
 * @param entry the entry; not NULL
 * @return 1 or 0
 * @since 0.1
 */
CP_API int cp_history_entry_is_sensitive(const cp_history_entry *entry);

/* ---- reviews ---- */

/**
 * Adds a review to a plan. Its outcomes, goal scores and changes are added
 * with the functions of review.h.
 *
 * @param plan the plan that will own the review; not NULL
 * @param id   id of the review; copied; not empty; unique among the ids of the
 *             plan's client
 * @param date the date the review was held; a valid date
 * @param[out] out optional: the new review, borrowed: owned by @p plan and valid
 *                 until it is removed or the client that holds the plan is freed
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument, no date), CP_ERANGE (not a calendar
 *         date), CP_EVALUE (not UTF-8), CP_EDUPLICATE (id in use), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_plan_add_review(cp_plan *plan, const char *id, cp_date date,
                                    cp_review **out, cp_error *err);

/**
 * Number of reviews of a plan.
 *
 * @param plan the plan; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_plan_review_count(const cp_plan *plan);

/**
 * The review at an index, in the order they were added.
 *
 * @param plan  the plan
 * @param index 0..count-1
 * @return borrowed (see cp_plan_add_review()); NULL when plan is NULL or index out of range
 * @since 0.1
 */
CP_API cp_review *cp_plan_review_at(const cp_plan *plan, size_t index);

/**
 * Removes a review, with its outcomes, goal scores and changes, from a plan
 * and frees it. Refused while anything outside the review refers to its id.
 *
 * @param plan  the plan; not NULL
 * @param index 0..count-1
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (plan NULL), CP_ERANGE (index), CP_ESTATE (still referenced)
 * @since 0.1
 */
CP_API cp_status cp_plan_remove_review(cp_plan *plan, size_t index, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_PLAN_H */
