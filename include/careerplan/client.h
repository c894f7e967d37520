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
 *                 (or owned by a caseload once adopted with cp_caseload_adopt_client()); not NULL
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_new(const char *id, cp_client **out, cp_error *err);

/**
 * Frees a client that no caseload owns, and everything it holds.
 *
 * @param client the client; NULL is a no-op. For a client owned by a caseload
 *               the call is a no-op too: the caseload frees it (with
 *               cp_caseload_free() or cp_caseload_remove_client()), or gives it
 *               back to the caller with cp_caseload_take_client().
 * @since 0.1
 */
CP_API void cp_client_free(cp_client *client);

/* Defined in goal.h, action.h, review.h and caseload.h. */
typedef struct cp_goal cp_goal;
typedef struct cp_action cp_action;
typedef struct cp_review cp_review;
typedef struct cp_caseload cp_caseload;

/* ---- identity ---- */

/**
 * The caseload that owns a client.
 *
 * @param client the client; not NULL
 * @return borrowed: the owning caseload, or NULL for a free-standing client
 * @since 0.1
 */
CP_API cp_caseload *cp_client_get_caseload(const cp_client *client);

/**
 * Id of a client.
 *
 * @param client the client; not NULL
 * @return borrowed: valid until the id is changed or the client freed
 * @since 0.1
 */
CP_API const char *cp_client_get_id(const cp_client *client);

/**
 * Changes the id of a client. Inside a caseload the id must stay unique
 * among its clients, and the caseload's index follows the change: the client
 * is found by the new id and no longer by the old one. A client's id is not
 * in the namespace of its own supporters, plans and other items.
 *
 * @param client the client; not NULL
 * @param id     the new id; copied; not empty
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8),
 *         CP_EDUPLICATE (another client of the caseload has the id), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_set_id(cp_client *client, const char *id, cp_error *err);

/**
 * Unique Pupil Number of a client (English school systems).
 *
 * @param client the client; not NULL
 * @return borrowed: valid until changed or the client freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_client_get_upn(const cp_client *client);

/**
 * Sets the Unique Pupil Number: 13 characters, a capital letter, 11 digits,
 * then a digit or a capital letter ("A12345678901B").
 *
 * @param client the client; not NULL
 * @param upn    copied; NULL clears it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_EVALUE (not a UPN), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_set_upn(cp_client *client, const char *upn, cp_error *err);

/**
 * Unique Learner Number of a client (the learner record service).
 *
 * @param client the client; not NULL
 * @return borrowed: valid until changed or the client freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_client_get_uln(const cp_client *client);

/**
 * Sets the Unique Learner Number: exactly 10 digits ("1234567890").
 *
 * @param client the client; not NULL
 * @param uln    copied; NULL clears it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_EVALUE (not a ULN), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_set_uln(cp_client *client, const char *uln, cp_error *err);

/**
 * A service's own reference for a client.
 *
 * @param client the client; not NULL
 * @return borrowed: valid until changed or the client freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_client_get_service_ref(const cp_client *client);

/**
 * Sets a service's own reference for a client.
 *
 * @param client      the client; not NULL
 * @param service_ref copied; NULL clears it
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_set_service_ref(cp_client *client, const char *service_ref,
                                           cp_error *err);

/**
 * Given name of a client.
 *
 * @param client the client; not NULL
 * @return borrowed: valid until changed or the client freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_client_get_given_name(const cp_client *client);

/**
 * Sets the given name of a client.
 *
 * @param client the client; not NULL
 * @param name   copied; NULL clears it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_set_given_name(cp_client *client, const char *name, cp_error *err);

/**
 * Family name of a client.
 *
 * @param client the client; not NULL
 * @return borrowed: valid until changed or the client freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_client_get_family_name(const cp_client *client);

/**
 * Sets the family name of a client.
 *
 * @param client the client; not NULL
 * @param name   copied; NULL clears it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_set_family_name(cp_client *client, const char *name, cp_error *err);

/**
 * Date of birth of a client. Special-category data: left out of exports
 * under a "non_sensitive" consent.
 *
 * @param client the client; not NULL
 * @return the date, or "no date" (CP_DATE_NONE) when not recorded
 * @since 0.1
 */
CP_API cp_date cp_client_get_date_of_birth(const cp_client *client);

/**
 * Sets the date of birth of a client (special-category data).
 *
 * @param client the client; not NULL
 * @param date   a valid date, or CP_DATE_NONE to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (not a calendar date)
 * @since 0.1
 */
CP_API cp_status cp_client_set_date_of_birth(cp_client *client, cp_date date, cp_error *err);

/* ---- circumstances and preferences ---- */

/**
 * Setting of a client (learning or life stage).
 *
 * @param client the client; not NULL
 * @return the setting, CP_SETTING_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_setting cp_client_get_setting(const cp_client *client);

/**
 * Sets the setting of a client.
 *
 * @param client  the client; not NULL
 * @param setting a cp_setting value, or CP_SETTING_UNSET to clear it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (not a cp_setting value)
 * @since 0.1
 */
CP_API cp_status cp_client_set_setting(cp_client *client, cp_setting setting, cp_error *err);

/**
 * School year group of a client.
 *
 * @param client the client; not NULL
 * @return 7..13, or 0 when not recorded
 * @since 0.1
 */
CP_API int cp_client_get_year_group(const cp_client *client);

/**
 * Sets the school year group of a client.
 *
 * @param client     the client; not NULL
 * @param year_group 7..13, or 0 to clear it
 * @param err        optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (outside 7..13 and not 0)
 * @since 0.1
 */
CP_API cp_status cp_client_set_year_group(cp_client *client, int year_group, cp_error *err);

/**
 * Age of a client in years, for clients outside school year groups.
 *
 * @param client the client; not NULL
 * @return 1..150, or 0 when not recorded
 * @since 0.1
 */
CP_API int cp_client_get_age(const cp_client *client);

/**
 * Sets the age of a client in years.
 *
 * @param client the client; not NULL
 * @param age    1..150, or 0 to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (outside 1..150 and not 0)
 * @since 0.1
 */
CP_API cp_status cp_client_set_age(cp_client *client, int age, cp_error *err);

/**
 * Support and circumstance flags of a client (special-category data).
 *
 * @param client the client; not NULL
 * @return a combination of cp_support bits; 0 when none is recorded
 * @since 0.1
 */
CP_API unsigned cp_client_get_support(const cp_client *client);

/**
 * Replaces the support and circumstance flags of a client.
 *
 * @param client the client; not NULL
 * @param flags  cp_support bits combined with `|` (within CP_SUPPORT_ALL); 0 clears them
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL, or a bit outside CP_SUPPORT_ALL; nothing is changed)
 * @since 0.1
 */
CP_API cp_status cp_client_set_support(cp_client *client, unsigned flags, cp_error *err);

/**
 * Tells whether a client has a support flag.
 *
 * @param client the client; not NULL
 * @param flag   a cp_support bit (several bits: whether all of them are set)
 * @return 1 if every bit of @p flag is set, 0 otherwise (and for @p flag 0)
 * @since 0.1
 */
CP_API int cp_client_has_support(const cp_client *client, cp_support flag);

/**
 * Level of need of a client; drives how often plans are reviewed.
 *
 * @param client the client; not NULL
 * @return the level, CP_NEED_LEVEL_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_need_level cp_client_get_need_level(const cp_client *client);

/**
 * Sets the level of need of a client.
 *
 * @param client the client; not NULL
 * @param level  a cp_need_level value, or CP_NEED_LEVEL_UNSET to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (not a cp_need_level value)
 * @since 0.1
 */
CP_API cp_status cp_client_set_need_level(cp_client *client, cp_need_level level, cp_error *err);

/**
 * Planning style of a client.
 *
 * @param client the client; not NULL
 * @return the style, CP_PLANNING_STYLE_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_planning_style cp_client_get_planning_style(const cp_client *client);

/**
 * Sets the planning style of a client.
 *
 * @param client the client; not NULL
 * @param style  a cp_planning_style value, or CP_PLANNING_STYLE_UNSET to clear it
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (not a cp_planning_style value)
 * @since 0.1
 */
CP_API cp_status cp_client_set_planning_style(cp_client *client, cp_planning_style style,
                                              cp_error *err);

/**
 * Preferred ways of recording a client's plan.
 *
 * @param client the client; not NULL
 * @return a combination of cp_recording_format bits; 0 when none is recorded
 * @since 0.1
 */
CP_API unsigned cp_client_get_recording_formats(const cp_client *client);

/**
 * Replaces the preferred ways of recording a client's plan.
 *
 * @param client the client; not NULL
 * @param flags  cp_recording_format bits combined with `|` (within
 *               CP_RECORDING_FORMAT_ALL); 0 clears them
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL, or a bit outside CP_RECORDING_FORMAT_ALL;
 *         nothing is changed)
 * @since 0.1
 */
CP_API cp_status cp_client_set_recording_formats(cp_client *client, unsigned flags,
                                                 cp_error *err);

/**
 * Tells whether a client prefers a way of recording.
 *
 * @param client the client; not NULL
 * @param format a cp_recording_format bit (several bits: whether all of them are set)
 * @return 1 if every bit of @p format is set, 0 otherwise (and for @p format 0)
 * @since 0.1
 */
CP_API int cp_client_has_recording_format(const cp_client *client, cp_recording_format format);

/**
 * Whether a client's plan has flexible timing: its actions may then have no
 * due date.
 *
 * @param client the client; not NULL
 * @return 1 if flexible, 0 if not
 * @since 0.1
 */
CP_API int cp_client_is_flexible_timing(const cp_client *client);

/**
 * Marks a client's timing flexible or not.
 *
 * @param client   the client; not NULL
 * @param flexible non-zero for flexible
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL)
 * @since 0.1
 */
CP_API cp_status cp_client_set_flexible_timing(cp_client *client, int flexible, cp_error *err);

/* ---- supporters ---- */

/**
 * Adds a supporter to a client.
 *
 * @param client the client that will own the supporter; not NULL
 * @param id     id of the supporter; copied; not empty; unique among the ids
 *               of the client (supporters, plans, goals, actions, reviews and
 *               consents share one namespace)
 * @param role   a cp_supporter_role value; CP_SUPPORTER_ROLE_UNSET when not known
 * @param name   the supporter's name; copied; NULL when not recorded
 * @param[out] out optional: the new supporter, borrowed: owned by @p client and
 *                 valid until it is removed or the client is freed
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL, id NULL or empty), CP_EVALUE (not UTF-8),
 *         CP_ERANGE (not a cp_supporter_role value), CP_EDUPLICATE (id in use), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_add_supporter(cp_client *client, const char *id,
                                         cp_supporter_role role, const char *name,
                                         cp_supporter **out, cp_error *err);

/**
 * Number of supporters of a client.
 *
 * @param client the client; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_client_supporter_count(const cp_client *client);

/**
 * The supporter at an index, in the order they were added.
 *
 * @param client the client
 * @param index  0..count-1
 * @return borrowed (see cp_client_add_supporter()); NULL when client is NULL or index out of range
 * @since 0.1
 */
CP_API cp_supporter *cp_client_supporter_at(const cp_client *client, size_t index);

/**
 * Removes a supporter from a client and frees it. Refused while anything
 * refers to it (a consent naming it as recipient, an action it owns or
 * supports): remove or change those first.
 *
 * @param client the client; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (index), CP_ESTATE (still referenced)
 * @since 0.1
 */
CP_API cp_status cp_client_remove_supporter(cp_client *client, size_t index, cp_error *err);

/**
 * The client that owns a supporter.
 *
 * @param supporter the supporter; not NULL
 * @return borrowed: the owning client
 * @since 0.1
 */
CP_API cp_client *cp_supporter_get_client(const cp_supporter *supporter);

/**
 * Id of a supporter.
 *
 * @param supporter the supporter; not NULL
 * @return borrowed: valid until the id is changed or the supporter freed
 * @since 0.1
 */
CP_API const char *cp_supporter_get_id(const cp_supporter *supporter);

/**
 * Changes the id of a supporter. Refused while anything refers to the old id
 * (a consent, an action): references are not rewritten, and changing the id
 * under them would leave them naming no one.
 *
 * @param supporter the supporter; not NULL
 * @param id        the new id; copied; not empty; unique in the client
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE, CP_EDUPLICATE, CP_ESTATE (old id still
 *         referenced), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_supporter_set_id(cp_supporter *supporter, const char *id, cp_error *err);

/**
 * Role of a supporter.
 *
 * @param supporter the supporter; not NULL
 * @return the role, CP_SUPPORTER_ROLE_UNSET when not recorded
 * @since 0.1
 */
CP_API cp_supporter_role cp_supporter_get_role(const cp_supporter *supporter);

/**
 * Sets the role of a supporter.
 *
 * @param supporter the supporter; not NULL
 * @param role      a cp_supporter_role value, or CP_SUPPORTER_ROLE_UNSET to clear it
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (supporter NULL), CP_ERANGE (not a cp_supporter_role value)
 * @since 0.1
 */
CP_API cp_status cp_supporter_set_role(cp_supporter *supporter, cp_supporter_role role,
                                       cp_error *err);

/**
 * Name of a supporter.
 *
 * @param supporter the supporter; not NULL
 * @return borrowed: valid until changed or the supporter freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_supporter_get_name(const cp_supporter *supporter);

/**
 * Sets the name of a supporter.
 *
 * @param supporter the supporter; not NULL
 * @param name      copied; NULL clears it
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (supporter NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_supporter_set_name(cp_supporter *supporter, const char *name, cp_error *err);

/**
 * Contact details of a supporter (e-mail address, telephone number...).
 *
 * @param supporter the supporter; not NULL
 * @return borrowed: valid until changed or the supporter freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_supporter_get_contact(const cp_supporter *supporter);

/**
 * Sets the contact details of a supporter.
 *
 * @param supporter the supporter; not NULL
 * @param contact   copied; NULL clears it
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (supporter NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_supporter_set_contact(cp_supporter *supporter, const char *contact,
                                          cp_error *err);

/* ---- plans (added with cp_client_add_plan(), see plan.h) ---- */

/**
 * Number of plans of a client.
 *
 * @param client the client; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_client_plan_count(const cp_client *client);

/**
 * The plan at an index, in the order they were added.
 *
 * @param client the client
 * @param index  0..count-1
 * @return borrowed (see cp_client_add_plan()); NULL when client is NULL or index out of range
 * @since 0.1
 */
CP_API cp_plan *cp_client_plan_at(const cp_client *client, size_t index);

/**
 * Removes a plan, with its goals, actions and reviews, from a client and
 * frees it. Refused while anything outside the plan refers to it or to an
 * item inside it: remove those references first.
 *
 * @param client the client; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (index), CP_ESTATE (still referenced)
 * @since 0.1
 */
CP_API cp_status cp_client_remove_plan(cp_client *client, size_t index, cp_error *err);

/* ---- lookups by id ---- */

/**
 * Finds a supporter of a client by id.
 *
 * @param client the client; NULL finds nothing
 * @param id     the id; NULL finds nothing
 * @return borrowed (see cp_client_add_supporter()); NULL when no supporter has the id
 * @since 0.1
 */
CP_API cp_supporter *cp_client_find_supporter(const cp_client *client, const char *id);

/**
 * Finds a plan of a client by id.
 *
 * @param client the client; NULL finds nothing
 * @param id     the id; NULL finds nothing
 * @return borrowed (see cp_client_add_plan()); NULL when no plan has the id
 * @since 0.1
 */
CP_API cp_plan *cp_client_find_plan(const cp_client *client, const char *id);

/**
 * Finds a goal by id in any plan of a client.
 *
 * @param client the client; NULL finds nothing
 * @param id     the id; NULL finds nothing
 * @return borrowed: owned by its plan, valid until it is removed or the client
 *         is freed; NULL when no goal has the id
 * @since 0.1
 */
CP_API cp_goal *cp_client_find_goal(const cp_client *client, const char *id);

/**
 * Finds an action by id in any goal of any plan of a client.
 *
 * @param client the client; NULL finds nothing
 * @param id     the id; NULL finds nothing
 * @return borrowed: owned by its goal, valid until it is removed or the client
 *         is freed; NULL when no action has the id
 * @since 0.1
 */
CP_API cp_action *cp_client_find_action(const cp_client *client, const char *id);

/**
 * Finds a review by id in any plan of a client.
 *
 * @param client the client; NULL finds nothing
 * @param id     the id; NULL finds nothing
 * @return borrowed: owned by its plan, valid until it is removed or the client
 *         is freed; NULL when no review has the id
 * @since 0.1
 */
CP_API cp_review *cp_client_find_review(const cp_client *client, const char *id);

/**
 * Finds a consent of a client by id.
 *
 * @param client the client; NULL finds nothing
 * @param id     the id; NULL finds nothing
 * @return borrowed (see cp_client_add_consent()); NULL when no consent has the id
 * @since 0.1
 */
CP_API cp_consent *cp_client_find_consent(const cp_client *client, const char *id);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CLIENT_H */
