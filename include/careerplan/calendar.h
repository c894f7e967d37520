/* SPDX-License-Identifier: MIT */
/**
 * @file
 * A client's actions and reviews as an iCalendar (RFC 5545) calendar.
 *
 * Source 000: the plan "enables the client and practitioner to refer back to
 * it", and it "belongs to the client". The calendar puts its actions ("who
 * does what by when") and its next review where its people already keep
 * their dates. It is for the plan's own people (the client and the
 * practitioner), not a disclosure to a third party: use
 * cp_client_export_for() for those.
 *
 * The calendar, byte for byte (lines end in CRLF, and every content line is
 * folded at 75 octets, a continuation line starting with one space, never
 * inside a UTF-8 sequence):
 *
 *     BEGIN:VCALENDAR
 *     VERSION:2.0
 *     PRODID:-//libcareerplan//careerplan 0.2//EN
 *     CALSCALE:GREGORIAN
 *     ... components, client by client, plan by plan ...
 *     END:VCALENDAR
 *
 * Each action with a due date is a VTODO, its goals and actions in the order
 * of the plan:
 *
 *     BEGIN:VTODO
 *     UID:CLIENT/PLAN/ACTION@careerplan
 *     DTSTAMP:YYYYMMDDT000000Z              (the as_of date of the options)
 *     DUE;VALUE=DATE:YYYYMMDD
 *     SUMMARY:the action's description
 *     DESCRIPTION:Goal: STATEMENT\nOwner: OWNER
 *     STATUS:NEEDS-ACTION | IN-PROCESS | COMPLETED | CANCELLED
 *     COMPLETED:YYYYMMDDT000000Z            (status done with a completed date)
 *     PRIORITY:1 | 5 | 9                    (priority high, medium, low; when set)
 *     END:VTODO
 *
 * STATUS from the action's status: planned, not_done or none NEEDS-ACTION
 * (still to do); in_progress and partly_done IN-PROCESS; done COMPLETED;
 * dropped CANCELLED. OWNER is "client", "adviser", or "supporter NAME" (the
 * supporter's name, or their id when they have none); the
 * "Goal: " line is left out when the goal has no statement, the "Owner: "
 * line when the action has no owner, DESCRIPTION when both are.
 *
 * Left out: actions with no due date, and actions timed "optional" or
 * "ongoing" whatever their date (source 000: "Contact me again if you'd
 * like", "This may be ongoing": never due, so nothing to put in a calendar;
 * cp_caseload_actions_due() leaves them out too).
 *
 * With CP_ICAL_REVIEWS, each plan that is not closed and has a next review
 * date gives an all-day VEVENT:
 *
 *     BEGIN:VEVENT
 *     UID:CLIENT/PLAN/review@careerplan
 *     DTSTAMP:YYYYMMDDT000000Z
 *     DTSTART;VALUE=DATE:YYYYMMDD           (the next review)
 *     DTEND;VALUE=DATE:YYYYMMDD             (the day after)
 *     SUMMARY:Career plan review
 *     END:VEVENT
 *
 * UIDs are stable: the same action gives the same UID in every calendar, so
 * importing again updates rather than duplicates (the review's UID is the
 * plan's, so a new review date moves the event). Each id is percent-encoded
 * (every octet but A-Z a-z 0-9 - . _ ~ as %XX, upper-case hex), so an id
 * with "/", "@" or any other character cannot make two UIDs equal.
 *
 * TEXT values (SUMMARY, DESCRIPTION) are escaped as RFC 5545 3.3.11 says:
 * backslash as "\\", ";" as "\;", "," as "\,", a line break (LF, CR LF or CR)
 * as "\n"; other control characters (which TEXT may not hold) are left out.
 *
 * Privacy: the calendar never carries the client's special-category data
 * (support flags, need level, date of birth, names, notes, barriers, reviews'
 * contents or the consent records are never written) - only action
 * descriptions, goal statements, owners, dates and statuses, and the ids in
 * the UIDs. Goals and actions marked sensitive (and every action of a
 * sensitive goal) are left out unless CP_ICAL_SENSITIVE is set.
 */
#ifndef CAREERPLAN_CALENDAR_H
#define CAREERPLAN_CALENDAR_H

#include "action.h"
#include "caseload.h"
#include "client.h"
#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Current version of cp_ical_options. @since 0.2 */
#define CP_ICAL_OPTIONS_VERSION 1

/** Bits of cp_ical_options.flags. @since 0.2 */
typedef enum cp_ical_flag {
    CP_ICAL_REVIEWS = 1u << 0,  /**< each open plan's next review as an all-day VEVENT */
    CP_ICAL_SENSITIVE = 1u << 1 /**< include sensitive goals and actions */
} cp_ical_flag;

/**
 * What the calendar holds. Start from CP_ICAL_OPTIONS_INIT or
 * cp_ical_options_init(), then set as_of.
 * @since 0.2
 */
typedef struct cp_ical_options {
    unsigned int version; /**< CP_ICAL_OPTIONS_VERSION */
    cp_date as_of;        /**< required: DTSTAMP of every component, at 00:00:00 UTC */
    cp_owner owner;       /**< only this owner's actions; CP_OWNER_UNSET (default): everyone's */
    unsigned int flags;   /**< cp_ical_flag bits; default CP_ICAL_REVIEWS */
} cp_ical_options;

/** Static initialiser with the defaults (as_of is still to set). @since 0.2 */
#define CP_ICAL_OPTIONS_INIT {CP_ICAL_OPTIONS_VERSION, CP_DATE_NONE, CP_OWNER_UNSET, CP_ICAL_REVIEWS}

/**
 * One client's actions and reviews as an iCalendar calendar (see the file
 * comment for its content).
 *
 * @param client the client; not NULL
 * @param opts   not NULL, with a valid as_of
 * @param[out] out new: the calendar, NUL-terminated, freed with cp_free(); not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, unknown options version, as_of
 *         not a valid date), CP_ERANGE (owner not a cp_owner value), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_client_to_ical(const cp_client *client, const cp_ical_options *opts,
                                   char **out, cp_error *err);

/**
 * Every client's actions and reviews, in caseload order, as one calendar,
 * built as cp_client_to_ical() builds one client's.
 *
 * @param caseload the caseload; not NULL
 * @param opts     not NULL, with a valid as_of
 * @param[out] out new: the calendar, NUL-terminated, freed with cp_free(); not NULL
 * @param err      optional; filled on failure
 * @return as cp_client_to_ical()
 * @since 0.2
 */
CP_API cp_status cp_caseload_to_ical(const cp_caseload *caseload, const cp_ical_options *opts,
                                     char **out, cp_error *err);

/**
 * Fills calendar options with the defaults (as_of none: still to set).
 *
 * @param opts    not NULL
 * @param version CP_ICAL_OPTIONS_VERSION
 * @return CP_OK, CP_EINVAL (NULL or unknown version)
 * @since 0.2
 */
CP_API cp_status cp_ical_options_init(cp_ical_options *opts, unsigned int version);

#ifdef __cplusplus
}
#endif

#endif
