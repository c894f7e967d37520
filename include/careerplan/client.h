/*
 * libcareerplan — clients (the people a plan belongs to) and their supporters.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_CLIENT_H
#define CAREERPLAN_CLIENT_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A client: the person a career action plan belongs to. Opaque. @since 0.1 */
typedef struct cp_client cp_client;
/** Someone a client names as supporting their plan (parent, tutor, ...). Opaque, owned by its client. @since 0.1 */
typedef struct cp_supporter cp_supporter;
/* Defined in plan.h, consent.h. */
typedef struct cp_plan cp_plan;
typedef struct cp_consent cp_consent;
typedef struct cp_disclosure cp_disclosure;

/** Where the client is (learning or life stage). JSON member "setting". @since 0.1 */
typedef enum cp_setting {
    CP_SETTING_UNSET = 0,
    CP_SETTING_SCHOOL = 1,                        /**< "school" */
    CP_SETTING_SPECIAL_SCHOOL = 2,                /**< "special_school" */
    CP_SETTING_COLLEGE = 3,                       /**< "college" */
    CP_SETTING_INDEPENDENT_TRAINING_PROVIDER = 4, /**< "independent_training_provider" */
    CP_SETTING_HIGHER_EDUCATION = 5,              /**< "higher_education" */
    CP_SETTING_ADULT = 6,                         /**< "adult" */
    CP_SETTING_NEET = 7                           /**< "neet": not in education, employment or training */
} cp_setting;

/**
 * Support and circumstance flags, combined with `|`. Special-category data:
 * never disclosed under a "non_sensitive" consent. JSON member "support",
 * an array of the names. @since 0.1
 */
typedef enum cp_support {
    CP_SUPPORT_SEND = 1u << 0,             /**< "send": special educational needs and disabilities */
    CP_SUPPORT_EHC_PLAN = 1u << 1,         /**< "ehc_plan": education, health and care plan */
    CP_SUPPORT_PUPIL_PREMIUM = 1u << 2,    /**< "pupil_premium" */
    CP_SUPPORT_CARE_EXPERIENCED = 1u << 3, /**< "care_experienced" */
    CP_SUPPORT_YOUNG_CARER = 1u << 4,      /**< "young_carer" */
    CP_SUPPORT_EAL = 1u << 5,              /**< "eal": English as an additional language */
    CP_SUPPORT_RISK_OF_NEET = 1u << 6      /**< "risk_of_neet" */
} cp_support;

/** All cp_support bits. @since 0.1 */
#define CP_SUPPORT_ALL 0x7Fu

/** Level of need; drives how often plans are reviewed. JSON member "need_level". @since 0.1 */
typedef enum cp_need_level {
    CP_NEED_LEVEL_UNSET = 0,
    CP_NEED_LEVEL_UNIVERSAL = 1, /**< "universal" */
    CP_NEED_LEVEL_TARGETED = 2,  /**< "targeted" */
    CP_NEED_LEVEL_INTENSIVE = 3  /**< "intensive" */
} cp_need_level;

/** Nightingale's planning styles. JSON member "planning_style". @since 0.1 */
typedef enum cp_planning_style {
    CP_PLANNING_STYLE_UNSET = 0,
    CP_PLANNING_STYLE_GOAL_PERSON = 1,  /**< "goal_person" */
    CP_PLANNING_STYLE_RIVER_PERSON = 2, /**< "river_person" */
    CP_PLANNING_STYLE_NOT_KNOWN = 3     /**< "not_known" */
} cp_planning_style;

/** Preferred ways of recording a plan, combined with `|`. JSON member "recording_formats". @since 0.1 */
typedef enum cp_recording_format {
    CP_RECORDING_FORMAT_WRITTEN_NOTES = 1u << 0,      /**< "written_notes" */
    CP_RECORDING_FORMAT_TEMPLATE = 1u << 1,           /**< "template" */
    CP_RECORDING_FORMAT_CARDS_PHOTOGRAPHED = 1u << 2, /**< "cards_photographed" */
    CP_RECORDING_FORMAT_DRAWING = 1u << 3,            /**< "drawing" */
    CP_RECORDING_FORMAT_CAREER_MAP = 1u << 4,         /**< "career_map" */
    CP_RECORDING_FORMAT_PHOTOGRAPH = 1u << 5,         /**< "photograph" */
    CP_RECORDING_FORMAT_WHITEBOARD = 1u << 6,         /**< "whiteboard" */
    CP_RECORDING_FORMAT_FILMED_SUMMARY = 1u << 7,     /**< "filmed_summary" */
    CP_RECORDING_FORMAT_ONLINE_PLATFORM = 1u << 8     /**< "online_platform" */
} cp_recording_format;

/** All cp_recording_format bits. @since 0.1 */
#define CP_RECORDING_FORMAT_ALL 0x1FFu

/** Who a supporter is to the client. JSON member "role" of a supporter. @since 0.1 */
typedef enum cp_supporter_role {
    CP_SUPPORTER_ROLE_UNSET = 0,
    CP_SUPPORTER_ROLE_PARENT_CARER = 1,  /**< "parent_carer" */
    CP_SUPPORTER_ROLE_TUTOR = 2,         /**< "tutor" */
    CP_SUPPORTER_ROLE_TEACHER = 3,       /**< "teacher" */
    CP_SUPPORTER_ROLE_MENTOR = 4,        /**< "mentor" */
    CP_SUPPORTER_ROLE_EMPLOYER = 5,      /**< "employer" */
    CP_SUPPORTER_ROLE_SENCO = 6,         /**< "senco" */
    CP_SUPPORTER_ROLE_SOCIAL_WORKER = 7, /**< "social_worker" */
    CP_SUPPORTER_ROLE_OTHER = 8          /**< "other" */
} cp_supporter_role;

/**
 * JSON name of a setting value, e.g. "school".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_setting_to_string(cp_setting value);

/**
 * Parses the JSON name of a setting value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_setting_from_string(const char *text, cp_setting *out);

/**
 * JSON name of a single support flag (one bit) value, e.g. "ehc_plan".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_support_to_string(cp_support value);

/**
 * Parses the JSON name of a single support flag (one bit) value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_support_from_string(const char *text, cp_support *out);

/**
 * JSON name of a need level value, e.g. "targeted".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_need_level_to_string(cp_need_level value);

/**
 * Parses the JSON name of a need level value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_need_level_from_string(const char *text, cp_need_level *out);

/**
 * JSON name of a planning style value, e.g. "river_person".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_planning_style_to_string(cp_planning_style value);

/**
 * Parses the JSON name of a planning style value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_planning_style_from_string(const char *text, cp_planning_style *out);

/**
 * JSON name of a single recording format (one bit) value, e.g. "career_map".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_recording_format_to_string(cp_recording_format value);

/**
 * Parses the JSON name of a single recording format (one bit) value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_recording_format_from_string(const char *text, cp_recording_format *out);

/**
 * JSON name of a supporter role value, e.g. "parent_carer".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_supporter_role_to_string(cp_supporter_role value);

/**
 * Parses the JSON name of a supporter role value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_supporter_role_from_string(const char *text, cp_supporter_role *out);

/**
 * Creates a client on its own (not in a caseload).
 *
 * @param id      the client's id; copied; not empty; unique in any caseload it joins
 * @param[out] out on success the new client, freed with cp_client_free()
 *                 (or owned by a caseload once added to one); not NULL
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_new(const char *id, cp_client **out, cp_error *err);

/**
 * Frees a client that no caseload owns, and everything it holds.
 *
 * @param client the client; NULL is a no-op. A client owned by a caseload is
 *               freed with the caseload (or removed with cp_caseload_remove_client()).
 * @since 0.1
 */
CP_API void cp_client_free(cp_client *client);

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CLIENT_H */
