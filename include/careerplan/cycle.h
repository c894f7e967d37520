/* SPDX-License-Identifier: MIT */
/**
 * @file
 * The review cycle: scheduling reviews, applying a review to
 * its plan, and summarising it.
 *
 * Plan, do, review: a review records per-action outcomes, goal confidence
 * scores and agreed changes (review.h). Applying it updates the plan in one
 * step, all or nothing, and keeps the history.
 */
#ifndef CAREERPLAN_CYCLE_H
#define CAREERPLAN_CYCLE_H

#include "client.h"
#include "common.h"
#include "date.h"
#include "plan.h"
#include "review.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Current version of cp_review_policy. @since 0.1 */
#define CP_REVIEW_POLICY_VERSION 1

/**
 * How often reviews fall, by the client's need level. Start from
 * CP_REVIEW_POLICY_INIT or cp_review_policy_init(); NULL means the defaults.
 * Index each array by cp_need_level; index 0 (need level not recorded) is
 * used for clients without one.
 * @since 0.1
 */
typedef struct cp_review_policy {
    unsigned int version;                      /**< CP_REVIEW_POLICY_VERSION */
    int school_reviews_per_year[4];            /**< in school: reviews per school year, 1..5; defaults 1, 1, 3, 5 */
    cp_review_frequency beyond_school[4];      /**< beyond school: weekly, fortnightly or monthly; defaults monthly, monthly, fortnightly, weekly */
} cp_review_policy;

/** Static initialiser with the default policy. @since 0.1 */
#define CP_REVIEW_POLICY_INIT                                                                      \
    {CP_REVIEW_POLICY_VERSION,                                                                     \
     {1, 1, 3, 5},                                                                                 \
     {CP_REVIEW_FREQUENCY_MONTHLY, CP_REVIEW_FREQUENCY_MONTHLY, CP_REVIEW_FREQUENCY_FORTNIGHTLY,   \
      CP_REVIEW_FREQUENCY_WEEKLY}}

/**
 * Fills a policy with the defaults.
 *
 * @param policy  not NULL
 * @param version CP_REVIEW_POLICY_VERSION
 * @return CP_OK, CP_EINVAL (NULL or unknown version)
 * @since 0.1
 */
CP_API cp_status cp_review_policy_init(cp_review_policy *policy, unsigned int version);

/**
 * Computes when a plan's next review falls after a given date.
 *
 * The frequency is the plan's own ("review_frequency", and
 * "reviews_per_year" for per_school_year) when set; otherwise it comes from
 * the policy: per school year for clients in school (setting school, special
 * school or college, or no setting but a year group), the beyond-school
 * frequency for everyone else. Weekly adds 7 days, fortnightly 14, monthly
 * one calendar month (31 January + 1 month = 28 or 29 February). N reviews a
 * school year are spaced 365 / N days apart (rounded down). A date on a
 * Saturday or Sunday moves to the following Monday. Since 0.2 the school
 * calendar rules of cp_plan_next_review_date_with() apply, with the default
 * cp_schedule_options: no school review in August (a date in August moves
 * to 1 September), none after the client's intended leaving date, and the
 * last one before it.
 *
 * @param plan   the plan; not NULL
 * @param from   a valid date, usually the date of the review just held
 * @param policy the policy, or NULL for the defaults
 * @param[out] out the date; not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, bad policy version or values), CP_ERANGE (invalid
 *         date), CP_ENOTFOUND (since 0.2: no school review before the client's intended
 *         leaving date)
 * @since 0.1
 */
CP_API cp_status cp_plan_next_review_date(const cp_plan *plan, cp_date from,
                                          const cp_review_policy *policy, cp_date *out,
                                          cp_error *err);

/** Current version of cp_schedule_options. @since 0.2 */
#define CP_SCHEDULE_OPTIONS_VERSION 1

/**
 * The school calendar that review scheduling assumes: defaults the sources
 * do not fix. Source 000 says only that those most in need are seen "1-5
 * times each school year (depending on their level of need and intended
 * leaving date)"; when a client's intended leaving date is not recorded it
 * is derived from the year group (cp_client_leaving_date()) with these
 * settings. Start from CP_SCHEDULE_OPTIONS_INIT or cp_schedule_options_init();
 * NULL means the defaults.
 * @since 0.2
 */
typedef struct cp_schedule_options {
    unsigned int version; /**< CP_SCHEDULE_OPTIONS_VERSION */
    int term_end_month;   /**< month the summer term ends, 6 (June) to 8 (August); default 7. A default the sources do not fix: 31 July is the last measurement point of the national benchmark tool (MODEL.md section 4) */
    int term_end_day;     /**< day the summer term ends, valid in that month (29 February impossible); default 31 */
    int leaving_year;     /**< year group a client in years 7 to this year leaves at the end of; default 11 (the end of compulsory school) */
    int sixth_form_leaving_year; /**< year group a client in a later year group leaves at the end of; default 13; not below leaving_year */
} cp_schedule_options;

/** Static initialiser with the default options. @since 0.2 */
#define CP_SCHEDULE_OPTIONS_INIT {CP_SCHEDULE_OPTIONS_VERSION, 7, 31, 11, 13}

/**
 * Fills schedule options with the defaults.
 *
 * @param opts    not NULL
 * @param version CP_SCHEDULE_OPTIONS_VERSION
 * @return CP_OK, CP_EINVAL (NULL or unknown version)
 * @since 0.2
 */
CP_API cp_status cp_schedule_options_init(cp_schedule_options *opts, unsigned int version);

/**
 * The date a client intends to leave school: the recorded
 * "intended_leaving_date" when there is one; otherwise derived from the year
 * group as the end of the summer term (the options' term end, default 31
 * July) of the school year in which the client reaches year 11 (year groups
 * 7 to 11) or year 13 (year groups 12 and 13); with other leaving years in
 * the options, a year group past both leaves at the end of the current
 * school year. The recorded year group is the
 * client's year in the school year of @p as_of (school years start on 1
 * September): a year 9 client on 2026-01-12 leaves on 2028-07-31. Either way
 * the setting is not looked at; cp_plan_next_review_date_with() uses the
 * date only for clients in school.
 *
 * @param client the client; not NULL
 * @param as_of  a valid date: "now", usually the date a review is scheduled from
 * @param opts   the options, or NULL for the defaults
 * @param[out] out the date; not NULL; untouched on failure
 * @param err    optional; filled on failure
 * @return CP_OK; CP_ENOTFOUND when neither a leaving date nor a year group is
 *         recorded; CP_EINVAL (NULL argument, bad options); CP_ERANGE (invalid
 *         @p as_of, or a date past 9999-12-31)
 * @since 0.2
 */
CP_API cp_status cp_client_leaving_date(const cp_client *client, cp_date as_of,
                                        const cp_schedule_options *opts, cp_date *out,
                                        cp_error *err);

/**
 * Computes when a plan's next review falls after a given date, with the
 * school calendar of @p opts. The frequency is chosen and applied as
 * cp_plan_next_review_date() describes, then, for a client in school
 * (setting school, special school or college, or no setting but a year
 * group):
 *
 * - no school review in August, whatever the frequency (weekly, fortnightly
 *   and monthly too): a date in August moves to 1 September, then off a
 *   weekend. A per-school-year plan of a client beyond school keeps this
 *   rule; other plans beyond school do not.
 * - no school review after the intended leaving date
 *   (cp_client_leaving_date(), as of @p from): "1-5 times each school year
 *   (depending on their level of need and intended leaving date)" (source
 *   000). When the date computed falls after it, the last review falls
 *   before it instead: on the last weekday on or before the leaving date
 *   that is not in August. When there is no such day after @p from, or
 *   @p from is on or after the leaving date, there is no next school review:
 *   CP_ENOTFOUND. A client with neither a leaving date nor a year group has
 *   no such limit.
 *
 * @param plan   the plan; not NULL
 * @param from   a valid date, usually the date of the review just held
 * @param policy the review policy, or NULL for the defaults
 * @param opts   the school calendar, or NULL for the defaults
 * @param[out] out the date; not NULL; untouched on failure
 * @param err    optional; filled on failure
 * @return CP_OK; CP_ENOTFOUND (no school review before the client's intended
 *         leaving date); CP_EINVAL (NULL argument, bad policy or options);
 *         CP_ERANGE (invalid date)
 * @since 0.2
 */
CP_API cp_status cp_plan_next_review_date_with(const cp_plan *plan, cp_date from,
                                               const cp_review_policy *policy,
                                               const cp_schedule_options *opts, cp_date *out,
                                               cp_error *err);

/**
 * Applies a review to its plan, all or nothing. Source 000: "The action
 * plan is reviewed and updated at all future interventions"; source 004:
 * "acknowledge client achievements first, then collaboratively examine any
 * unfulfilled actions".
 *
 * - Each outcome sets its action's status: achieved → done (completed on the
 *   review date), partly_achieved → partly_done, no_longer_relevant →
 *   dropped. not_achieved keeps the action open, "not yet" (source 000: "Use
 *   the word 'yet.': Dweck says 'not yet' has become one of her favourite
 *   phrases"; source 004: "identify barriers, and adapt action plans"): an
 *   in_progress action stays in_progress, any other becomes planned, its
 *   completion date is cleared, and the outcome's barriers are recorded on
 *   the action (its "barriers", since 0.2: "kind" or "kind: detail", in the
 *   outcome's order, replacing any recorded before) — unless a change of
 *   the same review drops or revises the action: then the change decides
 *   and no barrier is recorded. Any other outcome clears the action's
 *   recorded barriers.
 * - Each goal score becomes the goal's confidence and is added to its
 *   confidence history with the review date and, since 0.2, the score's
 *   "one_point_stronger" (source 000: "Scale the strength of the client's
 *   feeling about a topic by asking them to place it somewhere between
 *   1-10. Ask what would make it one point stronger and work on that with
 *   their suggestions"). The score the goal had before is stored in the
 *   score's "score_before" (since 0.2): the last score of its confidence
 *   history dated before the review, else the last score given by an
 *   earlier review of the plan, else the goal's recorded confidence when no
 *   later review of the plan exists; absent when none is known. The history
 *   entry and cp_review_summary_text() show the same figure.
 * - Each change is carried out (source 004: "revise and update SMART (...) career
 *   action plans"): action_revised applies its "description" as the
 *   action's new description and its "due" as the new due date, and puts
 *   the action back to open (in_progress stays so, anything else becomes
 *   planned; the completion date and recorded barriers are cleared);
 *   action_dropped drops the action (and clears its barriers);
 *   goal_revised replaces the goal's statement with its "description"
 *   (source 000: "change may alter the steps to be taken, and even the
 *   goal"); action_added records an action already added to the plan. A
 *   revision that changes nothing — an action_revised whose description
 *   (absent, empty or the same) and due date (absent or the same) leave the
 *   action as it is, a goal_revised with no new statement — is refused.
 * - The next review date is the review's own "next_review" if set (moved off
 *   a weekend), otherwise cp_plan_next_review_date() from the review date;
 *   it is stored in the review and the plan. When that finds none (a school
 *   client on or after their intended leaving date, since 0.2), the review
 *   and the plan get no next review date and the history says "no next
 *   school review: the client's intended leaving date has passed".
 * - A history entry dated the review date says what changed, e.g.
 *   "Review r1: achieved a1; not achieved a3; confidence g1 4 -> 7;
 *   a3 revised: "old description" -> "new description", now due
 *   2026-03-20; goal g1 revised: "old statement" -> "new statement";
 *   a2 dropped; next review 2026-02-23": the old statement and description
 *   are kept there. What concerns sensitive goals or actions goes in a
 *   second entry marked sensitive, so a non-sensitive export can keep the
 *   first.
 *
 * Refused, with the plan left exactly as it was: CP_ESTATE (already
 * applied), CP_ERANGE (review dated before the plan was created, a new due
 * date before the review), CP_ENOTFOUND (an outcome, score or change names
 * an action or goal that is not in this plan), CP_EINVAL (a revision that
 * changes nothing: the message names the change, e.g. "change 1
 * (action_revised of "a3") changes nothing: ...", and the path is
 * "/changes/1"), CP_ENOMEM. Error paths are relative to the review.
 *
 * @param review the review, held by its plan; not NULL
 * @param policy for the next review date, or NULL for the defaults
 * @param err    optional; filled on failure
 * @return CP_OK or a code above; CP_EINVAL for NULL or a bad policy
 * @since 0.1; the "not yet" rule, barriers on the action, revised
 *        descriptions, refused empty revisions, "score_before" and
 *        "one_point_stronger" since 0.2
 */
CP_API cp_status cp_review_apply(cp_review *review, const cp_review_policy *policy, cp_error *err);

/**
 * Whether cp_review_apply() has been run on a review (JSON "applied": true).
 *
 * @param review the review; not NULL
 * @return 1 or 0
 * @since 0.1
 */
CP_API int cp_review_is_applied(const cp_review *review);

/**
 * Summarises a review for people. Source 004: "acknowledge client
 * achievements first, then collaboratively examine any unfulfilled
 * actions". In order:
 *
 * - a first line: "Review ID of plan ID on DATE", then the mode as people
 *   say it (the value's name with '_' read as a space: "face to face") and
 *   ", with REVIEWER" when recorded;
 * - the outcomes in groups, achievements first: "Achieved:", "Partly
 *   achieved:", "Not achieved:" (with its barriers: "barrier: KIND
 *   (DETAIL)"), "No longer relevant:"; each action by its description
 *   ("(unknown action ID)" when the plan has none by that id), with its
 *   notes and what helped;
 * - "Confidence (1-10):": each goal by its statement, "BEFORE -> AFTER
 *   (+N)" or "AFTER (no earlier score)". BEFORE is, for an applied review,
 *   the score cp_review_apply() recorded ("score_before", the figure in the
 *   plan's history); before it is applied, the same rule worked out now:
 *   the goal's last confidence history score dated before the review, else
 *   the last earlier review's score, else the goal's recorded confidence
 *   when no later review of the plan exists (source 000 records
 *   confidence "between 1-10");
 * - "Changes agreed:", one line per change in words: "Revised: DESCRIPTION"
 *   (the description agreed, else the action's) with ": due DATE" for a new
 *   due date, "Dropped: DESCRIPTION", "Added: DESCRIPTION" (with "(NOTE)"
 *   when the change has a description), "Goal revised: STATEMENT" (the new
 *   statement agreed);
 * - "Next review: DATE" when known.
 *
 * Free text (ids, reviewer, descriptions, statements, notes, details, what
 * helped) is shown so that it cannot start a line of its own: C0 control
 * characters and DEL as "\xhh" (a newline as the four characters
 * "\x0a"), C1 controls and U+2028, U+2029 as "\uhhhh"; any other UTF-8
 * passes through unchanged.
 *
 * @param review the review; not NULL
 * @param[out] out new: NUL-terminated UTF-8 text ending in a newline, freed with cp_free(); not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.1; labels, descriptions, "Changes agreed" and the escaping since 0.2
 */
CP_API cp_status cp_review_summary_text(const cp_review *review, char **out, cp_error *err);

/**
 * The same summary as a JSON object (two-space indented, ending in a
 * newline): "review", "plan", "date", "achieved", "partly_achieved",
 * "not_achieved" (each item with "action", "description" and, when recorded,
 * "notes", "barriers" and "helped"), "no_longer_relevant", "confidence" (items with
 * "goal", "statement", "before" (omitted when unknown), "after", "change"),
 * "changes" (since 0.2: items with "kind", "action" or "goal" (the id),
 * "description" (the text shown in the summary's line, when known), "due"
 * (a revision's new due date) and "note" (the description given with an
 * added or dropped action)) and "next_review" (when known). The text values
 * are as recorded: JSON escapes them.
 *
 * @param review the review; not NULL
 * @param[out] out new JSON text, freed with cp_free(); not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_review_summary_json(const cp_review *review, char **out, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CYCLE_H */
