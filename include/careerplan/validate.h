/* SPDX-License-Identifier: MIT */
/**
 * @file
 * SMART checks of actions and domain validation of plans.
 *
 * Source 000 recommends that the steps of a plan "are 'SMART' - an acronym
 * for these points: Specific, Measurable, Achievable/Agreed, Realistic and
 * Timebound". Every rule is decided from recorded fields, never by reading
 * free text, and each can fail on a realistic plan:
 *
 * - Specific: the action has a description (always, it is required) and an
 *   owner (JSON "owner"; "supporter" also needs "owner_supporter"): who will
 *   do what.
 * - Measurable: the action has a measure ("measure", not empty): how
 *   everyone will know it is done.
 * - Achievable/Agreed ("Variants on this include Agreed instead of
 *   Achievable"): the client agreed the action ("agreed": true).
 * - Realistic: "Think realistically about availability of time and effort,
 *   resources and networks: these differ for each client". The action fails
 *   when it belongs to no active goal; when it is owned by a supporter the
 *   client has not named (no such supporter, or one recorded without a
 *   name: a network the client has not got); or when its owner has more
 *   open, dated actions due in the fourteen days up to and including its
 *   due date (across the client's plans that are not closed, the action
 *   itself included) than cp_validate_options.max_due_per_fortnight
 *   (default 3, a configurable default the sources do not fix; 0 turns the
 *   count off). Source 004 reads R as Relevant to the goal: that is the
 *   active-goal part of the rule, and why the letter keeps its 0.1 name
 *   "relevant".
 * - Timebound: the action has a due date, or the client's timing is
 *   flexible ("flexible_timing": true on the client), or the action's own is
 *   ("timing": "flexible", since 0.2), which waives it: "for some clients
 *   this approach may be too rigid and controlling, especially the timebound
 *   element". An optional action ("timing": "optional": "Contact me again if
 *   you'd like") or an ongoing one ("ongoing": "This may be ongoing") is not
 *   judged on it at all, is never due nor overdue, and is left out of the
 *   Realistic count of actions due in a fortnight.
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
    CP_SMART_RELEVANT = 1u << 3,   /**< "relevant": Realistic (source 000), see the file comment */
    CP_SMART_TIME_BOUND = 1u << 4  /**< "time_bound": a due date, unless timing is flexible */
} cp_smart_letter;

/** All five cp_smart_letter bits. @since 0.1 */
#define CP_SMART_ALL 0x1Fu

/** Current version of cp_validate_options. @since 0.2 */
#define CP_VALIDATE_OPTIONS_VERSION 1

/**
 * The configurable limits of the SMART and validation rules: defaults the
 * sources do not fix. Start from CP_VALIDATE_OPTIONS_INIT or
 * cp_validate_options_init(); NULL means the defaults. A limit of 0 turns its
 * rule off.
 * @since 0.2
 */
typedef struct cp_validate_options {
    unsigned int version;               /**< CP_VALIDATE_OPTIONS_VERSION */
    unsigned int max_open_actions;      /**< rule of three: most open actions a plan holds; default 3 */
    unsigned int max_due_per_fortnight; /**< Realistic: most open actions one owner has due in 14 days; default 3 */
} cp_validate_options;

/** Static initialiser with the default options. @since 0.2 */
#define CP_VALIDATE_OPTIONS_INIT {CP_VALIDATE_OPTIONS_VERSION, 3, 3}

/**
 * Fills validation options with the defaults.
 *
 * @param opts    not NULL
 * @param version CP_VALIDATE_OPTIONS_VERSION
 * @return CP_OK, CP_EINVAL (NULL or unknown version)
 * @since 0.2
 */
CP_API cp_status cp_validate_options_init(cp_validate_options *opts, unsigned int version);

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
 * Checks an action against SMART with the given limits.
 *
 * @param action the action; NULL fails every letter
 * @param opts   the limits; NULL, or options of a version this library does
 *               not know, mean the defaults
 * @return the bits of the letters that FAIL (0 when the action is SMART)
 * @since 0.2
 */
CP_API unsigned cp_action_smart_check_with(const cp_action *action, const cp_validate_options *opts);

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
 * Why an action fails one SMART letter under the given limits, in English.
 *
 * @param action the action
 * @param letter exactly one cp_smart_letter bit
 * @param opts   the limits; NULL, or options of a version this library does
 *               not know, mean the defaults
 * @return a static string, or NULL when the action passes that letter (or
 *         the letter is not one known bit)
 * @since 0.2
 */
CP_API const char *cp_action_smart_reason_with(const cp_action *action, cp_smart_letter letter,
                                               const cp_validate_options *opts);

/**
 * Checks a client's plans against the practice rules and appends what it
 * finds to @p out, each with a stable code and the JSON Pointer of the item
 * within the client document:
 *
 * | code | severity | rule |
 * |---|---|---|
 * | upn-check-letter | error | the client's UPN does not pass its check letter (DfE's Unique Pupil Number standard: characters 2..13 times their positions, modulo 23, as a letter without I, O, S) (path: "upn") |
 * | uln-check-digit | error | the client's ULN does not pass its check digit (ESFA ILR derived variable DD01: digits 1..9 times 10..2, modulo 11, the tenth digit 10 minus the remainder, remainder 0 invalid) (path: "uln") |
 * | smart-specific, smart-measurable, smart-agreed, smart-relevant, smart-time-bound | warning | an open action of a non-closed plan fails that letter (path: the action) |
 * | rule-of-three | warning | a plan that is not closed holds more open actions than cp_validate_options.max_open_actions, default 3 (path: the plan). Source 000: "Keep lists of actions manageable: the rule of three suggests that this number engages and motivates" |
 * | goal-without-action | warning | an active goal has no action (path: the goal) |
 * | due-before-plan | error | an action is due before its plan was created (path: the action's "due") |
 * | review-before-plan | error | a review is dated before its plan was created (path: the review's "date") |
 * | next-review-overdue | warning | a non-closed plan's next review date is before @p as_of, unless the plan leaves the next meeting to the client (0.2) (path: the plan's "next_review") |
 * | duplicate-id | error | an id is used twice in the client (objects built through the API cannot do this; documents from elsewhere can) |
 * | dangling-reference | error | a reference names no object of the right kind |
 *
 * An action is open when its status is planned, in_progress or partly_done.
 * This uses the default cp_validate_options; see cp_client_validate_with().
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

/**
 * cp_client_validate() with the given limits.
 *
 * @param client the client; not NULL
 * @param as_of  "today" for date rules; CP_DATE_NONE skips them
 * @param opts   the limits; NULL means the defaults
 * @param out    the list to append to; not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (also options of an unknown version), CP_ERANGE, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_client_validate_with(const cp_client *client, cp_date as_of,
                                         const cp_validate_options *opts, cp_diagnostics *out,
                                         cp_error *err);

/**
 * cp_caseload_validate() with the given limits.
 *
 * @param caseload the caseload; not NULL
 * @param as_of    "today" for date rules; CP_DATE_NONE skips them
 * @param opts     the limits; NULL means the defaults
 * @param out      the list to append to; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (also options of an unknown version), CP_ERANGE, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_caseload_validate_with(const cp_caseload *caseload, cp_date as_of,
                                           const cp_validate_options *opts, cp_diagnostics *out,
                                           cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_VALIDATE_H */
