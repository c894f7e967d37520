/*
 * libcareerplan — consent to share a plan, and the log of disclosures made under it.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_CONSENT_H
#define CAREERPLAN_CONSENT_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A client's consent to share with one recipient. Opaque, owned by its client. @since 0.1 */
typedef struct cp_consent cp_consent;
/** One entry of a client's disclosure log. Opaque, owned by its client. @since 0.1 */
typedef struct cp_disclosure cp_disclosure;

/** A recipient named by role rather than as one of the client's supporters. JSON member "role". @since 0.1 */
typedef enum cp_recipient_role {
    CP_RECIPIENT_ROLE_UNSET = 0,
    CP_RECIPIENT_ROLE_SCHOOL = 1,            /**< "school" */
    CP_RECIPIENT_ROLE_COLLEGE = 2,           /**< "college" */
    CP_RECIPIENT_ROLE_EMPLOYER = 3,          /**< "employer" */
    CP_RECIPIENT_ROLE_TRAINING_PROVIDER = 4, /**< "training_provider" */
    CP_RECIPIENT_ROLE_CAREERS_SERVICE = 5,   /**< "careers_service" */
    CP_RECIPIENT_ROLE_LOCAL_AUTHORITY = 6,   /**< "local_authority" */
    CP_RECIPIENT_ROLE_MANAGEMENT_SYSTEM = 7, /**< "management_system" */
    CP_RECIPIENT_ROLE_OTHER = 8              /**< "other" */
} cp_recipient_role;

/** What a consent covers. JSON member "scope". @since 0.1 */
typedef enum cp_consent_scope {
    CP_CONSENT_SCOPE_UNSET = 0,
    CP_CONSENT_SCOPE_NON_SENSITIVE = 1, /**< "non_sensitive": everything not marked sensitive, no special-category data */
    CP_CONSENT_SCOPE_EVERYTHING = 2     /**< "everything" */
} cp_consent_scope;

/**
 * JSON name of a recipient role value, e.g. "school".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_recipient_role_to_string(cp_recipient_role value);

/**
 * Parses the JSON name of a recipient role value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_recipient_role_from_string(const char *text, cp_recipient_role *out);

/**
 * JSON name of a consent scope value, e.g. "non_sensitive".
 *
 * @param value a value of the enumeration
 * @return a static string, or NULL for the "unset" value 0 and unknown values
 * @since 0.1
 */
CP_API const char *cp_consent_scope_to_string(cp_consent_scope value);

/**
 * Parses the JSON name of a consent scope value.
 *
 * @param text the name; not NULL
 * @param[out] out the value on success; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_consent_scope_from_string(const char *text, cp_consent_scope *out);

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CONSENT_H */
