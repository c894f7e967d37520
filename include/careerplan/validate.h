/* SPDX-License-Identifier: MIT */
/**
 * @file
 * SMART checks of actions and domain validation of plans.
 *
 * Every rule is decided from fields, never by reading free text:
 *
 * - Specific: the action has a description (always, it is required) and an
 *   owner (JSON "owner"; "supporter" also needs "owner_supporter").
 * - Measurable: the action has a measure ("measure", not empty).
 * - Achievable/Agreed: the client agreed the action ("agreed": true).
 * - Relevant: the action belongs to a goal whose status is "active".
 * - Time-bound: the action has a due date, or the client's timing is
 *   flexible ("flexible_timing": true on the client), which waives it.
 */
#ifndef CAREERPLAN_VALIDATE_H
#define CAREERPLAN_VALIDATE_H

#include "caseload.h"
#include "client.h"
#include "common.h"
#include "date.h"
#include "diagnostics.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Declared in action.h, and again here so that this header stands alone; the
 * reference documents it there only. */
/** @cond */
typedef struct cp_action cp_action;
/** @endcond */

/** The letters of SMART, as bits of the result of cp_action_smart_check(). @since 0.1 */
typedef enum cp_smart_letter {
    CP_SMART_SPECIFIC = 1u << 0,   /**< "specific": a description and an owner */
    CP_SMART_MEASURABLE = 1u << 1, /**< "measurable": a measure */
    CP_SMART_AGREED = 1u << 2,     /**< "agreed": agreed by the client (Achievable/Agreed) */
    CP_SMART_RELEVANT = 1u << 3,   /**< "relevant": belongs to an active goal */
    CP_SMART_TIME_BOUND = 1u << 4  /**< "time_bound": a due date, unless timing is flexible */
} cp_smart_letter;

/** All five cp_smart_letter bits. @since 0.1 */
#define CP_SMART_ALL 0x1Fu

/**
 * Name of one SMART letter: "specific", "measurable", "agreed", "relevant", "time_bound".
 *
 * @param letter exactly one cp_smart_letter bit
 * @return a static string, or NULL when @p letter is not exactly one known bit
 * @since 0.1
 */
CP_API const char *cp_smart_letter_to_string(cp_smart_letter letter);

/**
 * Checks an action against SMART.
 *
 * @param action the action; NULL fails every letter
 * @return the bits of the letters that FAIL (0 when the action is SMART)
 * @since 0.1
 */
CP_API unsigned cp_action_smart_check(const cp_action *action);

/**
 * Why an action fails one SMART letter, in English.
 *
 * @param action the action
 * @param letter exactly one cp_smart_letter bit
 * @return a static string naming the missing field, or NULL when the action
 *         passes that letter (or the letter is not one known bit)
 * @since 0.1
 */
CP_API const char *cp_action_smart_reason(const cp_action *action, cp_smart_letter letter);

/**
 * Checks a client's plans against the practice rules and appends what it
 * finds to @p out, each with a stable code and the JSON Pointer of the item
 * within the client document:
 *
 * | code | severity | rule |
 * |---|---|---|
 * | smart-specific, smart-measurable, smart-agreed, smart-relevant, smart-time-bound | warning | an open action of a non-closed plan fails that letter (path: the action) |
 * | rule-of-three | warning | a goal has more than three open actions (path: the goal) |
 * | goal-without-action | warning | an active goal has no action (path: the goal) |
 * | due-before-plan | error | an action is due before its plan was created (path: the action's "due") |
 * | review-before-plan | error | a review is dated before its plan was created (path: the review's "date") |
 * | next-review-overdue | warning | a non-closed plan's next review date is before @p as_of (path: the plan's "next_review") |
 * | duplicate-id | error | an id is used twice in the client (objects built through the API cannot do this; documents from elsewhere can) |
 * | dangling-reference | error | a reference names no object of the right kind |
 *
 * An action is open when its status is planned, in_progress or partly_done.
 *
 * @param client the client; not NULL
 * @param as_of  "today" for date rules; CP_DATE_NONE skips them
 * @param out    the list to append to; not NULL
 * @param err    optional; filled on failure
 * @return CP_OK (also when problems were found: read @p out), CP_EINVAL, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_validate(const cp_client *client, cp_date as_of, cp_diagnostics *out,
                                    cp_error *err);

/**
 * Runs cp_client_validate() on every client of a caseload; paths start with
 * "/clients/N".
 *
 * @param caseload the caseload; not NULL
 * @param as_of    "today" for date rules; CP_DATE_NONE skips them
 * @param out      the list to append to; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_validate(const cp_caseload *caseload, cp_date as_of,
                                      cp_diagnostics *out, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_VALIDATE_H */
