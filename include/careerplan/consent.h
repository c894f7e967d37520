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

/* Defined in client.h. */
typedef struct cp_client cp_client;

/* ---- consents ---- */

/**
 * Records a client's consent to share. A consent names exactly one
 * recipient, which the new consent does not have yet: set it with
 * cp_consent_set_supporter() or cp_consent_set_role() before the client is
 * saved (a consent without a recipient is not a valid document).
 *
 * @param client  the client that gives and owns the consent; not NULL
 * @param id      id of the consent; copied; not empty; unique among the ids
 *                of the client (supporters, plans, goals, actions, reviews
 *                and consents share one namespace)
 * @param scope   what the consent covers; not CP_CONSENT_SCOPE_UNSET
 * @param granted the date the consent was given; a valid date
 * @param[out] out optional: the new consent, borrowed: owned by @p client and
 *                 valid until it is removed or the client is freed
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL, id NULL or empty, scope UNSET, no
 *         date), CP_ERANGE (not a cp_consent_scope value, not a calendar date),
 *         CP_EVALUE (not UTF-8), CP_EDUPLICATE (id in use), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_add_consent(cp_client *client, const char *id, cp_consent_scope scope,
                                       cp_date granted, cp_consent **out, cp_error *err);

/**
 * Number of consents of a client, withdrawn and expired ones included.
 *
 * @param client the client; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_client_consent_count(const cp_client *client);

/**
 * The consent at an index, in the order they were added.
 *
 * @param client the client
 * @param index  0..count-1
 * @return borrowed (see cp_client_add_consent()); NULL when client is NULL or index out of range
 * @since 0.1
 */
CP_API cp_consent *cp_client_consent_at(const cp_client *client, size_t index);

/**
 * Removes a consent from a client and frees it. Refused while a disclosure
 * of the log refers to it: as the log is never pruned, a consent that anything
 * was disclosed under stays for good (record a withdrawal instead, with
 * cp_consent_set_withdrawn()).
 *
 * @param client the client; not NULL
 * @param index  0..count-1
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (client NULL), CP_ERANGE (index), CP_ESTATE (still referenced)
 * @since 0.1
 */
CP_API cp_status cp_client_remove_consent(cp_client *client, size_t index, cp_error *err);

/**
 * The client that owns a consent.
 *
 * @param consent the consent; not NULL
 * @return borrowed: the owning client
 * @since 0.1
 */
CP_API cp_client *cp_consent_get_client(const cp_consent *consent);

/**
 * Id of a consent.
 *
 * @param consent the consent; not NULL
 * @return borrowed: valid until the id is changed or the consent freed
 * @since 0.1
 */
CP_API const char *cp_consent_get_id(const cp_consent *consent);

/**
 * Changes the id of a consent. Refused once a disclosure refers to it: the
 * log is an audit trail and keeps naming the consent by the id it had.
 *
 * @param consent the consent; not NULL
 * @param id      the new id; copied; not empty; unique in the client
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_EVALUE, CP_EDUPLICATE, CP_ESTATE (old id
 *         referenced by a disclosure), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_consent_set_id(cp_consent *consent, const char *id, cp_error *err);

/**
 * The supporter a consent shares with, when the recipient is one of the
 * client's supporters (JSON member "supporter").
 *
 * @param consent the consent; not NULL
 * @return borrowed: the supporter's id, valid until the recipient is changed
 *         or the consent freed; NULL when the recipient is a role (or not set)
 * @since 0.1
 */
CP_API const char *cp_consent_get_supporter(const cp_consent *consent);

/**
 * Makes one of the client's supporters the recipient of a consent. A consent
 * has exactly one recipient: this clears the role.
 *
 * @param consent      the consent; not NULL
 * @param supporter_id id of an existing supporter of the consent's client; copied
 * @param err          optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8),
 *         CP_ENOTFOUND (the client has no supporter with that id), CP_ENOMEM;
 *         on failure the recipient is unchanged
 * @since 0.1
 */
CP_API cp_status cp_consent_set_supporter(cp_consent *consent, const char *supporter_id,
                                          cp_error *err);

/**
 * The role a consent shares with, when the recipient is named by role
 * (JSON member "role").
 *
 * @param consent the consent; not NULL
 * @return the role; CP_RECIPIENT_ROLE_UNSET when the recipient is a supporter (or not set)
 * @since 0.1
 */
CP_API cp_recipient_role cp_consent_get_role(const cp_consent *consent);

/**
 * Makes a role (school, employer...) the recipient of a consent. A consent
 * has exactly one recipient: this clears the supporter.
 *
 * @param consent the consent; not NULL
 * @param role    a cp_recipient_role value other than CP_RECIPIENT_ROLE_UNSET
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL, role UNSET), CP_ERANGE (not a
 *         cp_recipient_role value); on failure the recipient is unchanged
 * @since 0.1
 */
CP_API cp_status cp_consent_set_role(cp_consent *consent, cp_recipient_role role, cp_error *err);

/**
 * What a consent covers.
 *
 * @param consent the consent; not NULL
 * @return the scope
 * @since 0.1
 */
CP_API cp_consent_scope cp_consent_get_scope(const cp_consent *consent);

/**
 * Sets what a consent covers.
 *
 * @param consent the consent; not NULL
 * @param scope   a cp_consent_scope value other than CP_CONSENT_SCOPE_UNSET
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL, scope UNSET), CP_ERANGE (not a cp_consent_scope value)
 * @since 0.1
 */
CP_API cp_status cp_consent_set_scope(cp_consent *consent, cp_consent_scope scope,
                                      cp_error *err);

/**
 * Purpose the consent was given for.
 *
 * @param consent the consent; not NULL
 * @return borrowed: valid until changed or the consent freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_consent_get_purpose(const cp_consent *consent);

/**
 * Sets the purpose the consent was given for.
 *
 * @param consent the consent; not NULL
 * @param purpose copied; NULL clears it
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_consent_set_purpose(cp_consent *consent, const char *purpose,
                                        cp_error *err);

/**
 * Date a consent was given.
 *
 * @param consent the consent; not NULL
 * @return the date
 * @since 0.1
 */
CP_API cp_date cp_consent_get_granted(const cp_consent *consent);

/**
 * Sets the date a consent was given. It may not fall after the expiry or
 * withdrawal date when those are set.
 *
 * @param consent the consent; not NULL
 * @param date    a valid date
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL, no date), CP_ERANGE (not a calendar
 *         date, or after the expiry or withdrawal date)
 * @since 0.1
 */
CP_API cp_status cp_consent_set_granted(cp_consent *consent, cp_date date, cp_error *err);

/**
 * Last day a consent is valid.
 *
 * @param consent the consent; not NULL
 * @return the date, or "no date" (CP_DATE_NONE) when it does not expire
 * @since 0.1
 */
CP_API cp_date cp_consent_get_expires(const cp_consent *consent);

/**
 * Sets the last day a consent is valid (it is still active on that day).
 *
 * @param consent the consent; not NULL
 * @param date    a valid date on or after the grant date, or CP_DATE_NONE for no expiry
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL), CP_ERANGE (not a calendar date, or
 *         before the grant date)
 * @since 0.1
 */
CP_API cp_status cp_consent_set_expires(cp_consent *consent, cp_date date, cp_error *err);

/**
 * Date a consent was withdrawn.
 *
 * @param consent the consent; not NULL
 * @return the date, or "no date" (CP_DATE_NONE) when it has not been withdrawn
 * @since 0.1
 */
CP_API cp_date cp_consent_get_withdrawn(const cp_consent *consent);

/**
 * Records the date a consent was withdrawn (it is no longer active on that day).
 *
 * @param consent the consent; not NULL
 * @param date    a valid date on or after the grant date, or CP_DATE_NONE to
 *                clear the withdrawal
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL), CP_ERANGE (not a calendar date, or
 *         before the grant date)
 * @since 0.1
 */
CP_API cp_status cp_consent_set_withdrawn(cp_consent *consent, cp_date date, cp_error *err);

/**
 * Who recorded a consent.
 *
 * @param consent the consent; not NULL
 * @return borrowed: valid until changed or the consent freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_consent_get_recorded_by(const cp_consent *consent);

/**
 * Sets who recorded a consent.
 *
 * @param consent     the consent; not NULL
 * @param recorded_by copied; NULL clears it
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (consent NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_consent_set_recorded_by(cp_consent *consent, const char *recorded_by,
                                            cp_error *err);

/**
 * Tells whether a consent is active on a date. With G the grant date, E the
 * expiry date and W the withdrawal date, it is active on @p on exactly when
 * all three hold:
 *   - G <= on (active from the day it was given, inclusive);
 *   - no E, or on <= E (E is the last day it is valid: active on E, not after);
 *   - no W, or on < W (withdrawn on or before @p on means inactive: not
 *     active on the day of withdrawal).
 * Only dates are considered: whether the consent covers a recipient or an
 * item (its recipient and scope) is for the caller to check.
 *
 * @param consent the consent; NULL is never active
 * @param on      the date asked about; a date that is not valid is never covered
 * @return 1 if active, 0 if not
 * @since 0.1
 */
CP_API int cp_consent_is_active(const cp_consent *consent, cp_date on);

/* ---- the disclosure log ---- */

/*
 * The disclosure log is an audit trail of what was shared, when, with whom
 * and under which consent. It is append-only: there is no function to
 * remove or change an entry.
 */

/**
 * Appends an entry to a client's disclosure log. Exports for a recipient do
 * this themselves; call it to record a disclosure made some other way.
 *
 * @param client     the client; not NULL
 * @param date       the date of the disclosure; a valid date
 * @param recipient  who received it (a supporter id or a recipient role name,
 *                   e.g. "school"); copied; not empty
 * @param scope      what was shared; not CP_CONSENT_SCOPE_UNSET
 * @param consent_id id of the client's consent it was made under; copied
 * @param[out] out   optional: the new entry, borrowed: owned by @p client and
 *                   valid until the client is freed
 * @param err        optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument, no date, scope UNSET),
 *         CP_ERANGE (not a calendar date, not a cp_consent_scope value),
 *         CP_EVALUE (not UTF-8), CP_ENOTFOUND (the client has no consent with
 *         that id), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_add_disclosure(cp_client *client, cp_date date, const char *recipient,
                                          cp_consent_scope scope, const char *consent_id,
                                          cp_disclosure **out, cp_error *err);

/**
 * Number of entries in a client's disclosure log.
 *
 * @param client the client; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_client_disclosure_count(const cp_client *client);

/**
 * The disclosure-log entry at an index, oldest added first.
 *
 * @param client the client
 * @param index  0..count-1
 * @return borrowed: owned by the client, valid until the client is freed;
 *         NULL when client is NULL or index out of range
 * @since 0.1
 */
CP_API const cp_disclosure *cp_client_disclosure_at(const cp_client *client, size_t index);

/**
 * The client that owns a disclosure.
 *
 * @param disclosure the disclosure; not NULL
 * @return borrowed: the owning client
 * @since 0.1
 */
CP_API cp_client *cp_disclosure_get_client(const cp_disclosure *disclosure);

/**
 * Date of a disclosure.
 *
 * @param disclosure the entry; not NULL
 * @return the date
 * @since 0.1
 */
CP_API cp_date cp_disclosure_get_date(const cp_disclosure *disclosure);

/**
 * Recipient of a disclosure.
 *
 * @param disclosure the entry; not NULL
 * @return borrowed: owned by the entry, valid until the client is freed
 * @since 0.1
 */
CP_API const char *cp_disclosure_get_recipient(const cp_disclosure *disclosure);

/**
 * What a disclosure shared.
 *
 * @param disclosure the entry; not NULL
 * @return the scope
 * @since 0.1
 */
CP_API cp_consent_scope cp_disclosure_get_scope(const cp_disclosure *disclosure);

/**
 * Id of the consent a disclosure was made under.
 *
 * @param disclosure the entry; not NULL
 * @return borrowed: owned by the entry, valid until the client is freed
 * @since 0.1
 */
CP_API const char *cp_disclosure_get_consent(const cp_disclosure *disclosure);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CONSENT_H */
