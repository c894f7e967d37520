/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Consent-governed sharing: exporting a client's plan for a
 * recipient, and erasing a client.
 *
 * A plan belongs to the client. Nothing leaves the library for a third party
 * without an active consent that covers it (consent.h defines "active").
 */
#ifndef CAREERPLAN_SHARING_H
#define CAREERPLAN_SHARING_H

#include "caseload.h"
#include "client.h"
#include "common.h"
#include "consent.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Makes the copy of a client that a recipient may see, as of a date, and
 * records the disclosure.
 *
 * The recipient is the id of one of the client's supporters, or a role name
 * (cp_recipient_role_to_string(), e.g. "school"); a supporter's id wins
 * over a role of the same name. The consents that cover it
 * are those active on @p as_of that name that supporter or that role; when
 * several do, the widest scope wins ("everything" over "non_sensitive") and
 * then the latest grant.
 *
 * What the copy holds:
 * - always: the client's id, identifiers and names, setting, year group,
 *   age, preferences, supporters, and the plans; never the client's
 *   consents or disclosure log (they are about other recipients).
 * - with scope "non_sensitive", removed in addition: the special-category
 *   fields (date of birth, support flags, and the need level derived from
 *   them); the name and contact details of every supporter but the
 *   recipient (the others' roles stay); every plan section marked
 *   sensitive; every goal marked sensitive with its actions; every action
 *   marked sensitive; review outcomes, changes and goal scores about removed
 *   actions or goals; the reflection and feedback of reviews marked
 *   sensitive; history entries marked sensitive; actions' references to
 *   removed items; and every unknown member at any depth (the library cannot
 *   tell whether they are sensitive, so it does not pass them on).
 * - with scope "everything": all of the plans as held, unknown members included.
 *
 * On success a disclosure (date @p as_of, recipient, scope, consent id) is
 * appended to the client's own log, exactly one per export. A consent
 * withdrawn on or before @p as_of covers nothing from that day on.
 *
 * @param client    the client; not NULL
 * @param recipient supporter id or role name; not NULL or empty
 * @param as_of     a valid date: "today"
 * @param[out] out  new: the copy, a free-standing client freed with
 *                  cp_client_free(); not NULL; untouched on failure
 * @param err       optional; filled on failure
 * @return CP_OK; CP_ENOTFOUND (the recipient is neither a supporter of the
 *         client nor a role name); CP_ECONSENT (no consent active on that
 *         date covers the recipient; nothing is logged); CP_EINVAL (NULL or
 *         empty argument); CP_ERANGE (invalid date); CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_export_for(cp_client *client, const char *recipient, cp_date as_of,
                                      cp_client **out, cp_error *err);

/**
 * The consent that cp_client_export_for() would use, without exporting.
 *
 * @param client    the client; not NULL
 * @param recipient supporter id or role name
 * @param as_of     a valid date
 * @param[out] out  borrowed: the consent, owned by the client; not NULL
 * @param err       optional; filled on failure
 * @return CP_OK, CP_ENOTFOUND, CP_ECONSENT, CP_EINVAL, CP_ERANGE
 * @since 0.1
 */
CP_API cp_status cp_client_consent_for(const cp_client *client, const char *recipient,
                                       cp_date as_of, const cp_consent **out, cp_error *err);

/**
 * Erases a client from a caseload: the client and everything it holds (plans,
 * consents, disclosure log) are freed, so no later save contains them.
 * Pointers into that client become invalid.
 *
 * @param caseload the caseload; not NULL
 * @param id       the client's id; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOTFOUND (no such client)
 * @since 0.1
 */
CP_API cp_status cp_caseload_erase_client(cp_caseload *caseload, const char *id, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_SHARING_H */
