/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Checks of a strategic careers plan, its period and the progress of its
 * key performance metrics. Every rule implements a sentence of source 001
 * ("Understanding how to create a strategic careers plan"), quoted with it.
 */
#ifndef CAREERPLAN_STRATEGIC_H
#define CAREERPLAN_STRATEGIC_H

#include "common.h"
#include "date.h"
#include "diagnostics.h"
#include "strategic_plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The period a strategic careers plan covers: from 1 September of the first
 * year of its academic year ("2025-26" starts in 2025) to 31 August after
 * its last year. "You should determine the optimal length of time the
 * strategic careers plan should be planned for (e.g. 1,3 or 5 years)"
 * (source 001).
 *
 * @param plan       the plan; not NULL
 * @param[out] start the first day; not NULL
 * @param[out] end   the last day; not NULL
 * @param err        optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ESTATE (the plan has no
 *         academic year or no length)
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_period(const cp_strategic_plan *plan, cp_date *start,
                                          cp_date *end, cp_error *err);

/**
 * How far a key performance metric has come from its baseline towards its
 * target, as a fraction: (actual - baseline) / (target - baseline). 0 is the
 * baseline, 1 the target reached; the formula holds for a falling target
 * (fewer NEET leavers: baseline 12, target 4, actual 10 gives 0.25) as for a
 * rising one (baseline 10, target 20, actual 15 gives 0.5). The value is not
 * clamped: below 0 the metric went the wrong way, above 1 it passed the
 * target. Key performance metrics are "Measurable elements of the careers
 * provision which can be attributed to activities, learners, colleagues"
 * (source 001).
 *
 * @param kpi      the metric; not NULL
 * @param[out] out the fraction; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ESTATE (no baseline, target
 *         or actual; or a target equal to the baseline), CP_ERANGE (a value
 *         with more than 18 digits)
 * @since 0.2
 */
CP_API cp_status cp_kpi_progress(const cp_kpi *kpi, double *out, cp_error *err);

/**
 * Checks a strategic careers plan against the practice of source 001 and
 * appends what it finds to @p out, each with a stable code and the JSON
 * Pointer of the item within the plan document:
 *
 * | code | severity | rule | source 001 |
 * |---|---|---|---|
 * | priority-count | warning | fewer than 3 or more than 5 priorities (path: "/priorities") | "Aim to agree between 3-5 strategic priorities." |
 * | objective-without-target | warning | an objective has no target value (path: the objective) | "Statements outlining focus areas within each strategic priority which are specific, measurable, achievable, relevant and time-bound." |
 * | objective-without-due | warning | an objective has no due date (path: the objective) | the same: time-bound |
 * | objective-without-outcome | warning | an objective has no outcome (path: the objective) | "A strategic objective provides more detail and clearly identifies what success will look like once it is achieved." |
 * | objective-without-action | warning | an objective has no action (path: the objective) | "propose a set of coherent actions which will deliver those objectives." |
 * | due-outside-period | error | an objective's or a milestone's due date is outside the plan's period (path: its "due") | "the goals ... that will be achieved within a certain time frame" |
 * | action-without-responsible | warning | an action names nobody responsible (path: the action) | "Specific tasks which are assigned to individuals to complete within a timeframe" ("Who is responsible for each action?") |
 * | action-without-milestone | warning | an action has no milestone (path: the action) | "Time/Milestones: When do you aim to have this completed by?" |
 * | plan-not-approved | warning | the plan is a draft (path: "/approval") | "Has explicit backing of governors, the leadership (headteacher/principal), and the senior management teams." |
 * | approval-date-missing | error | the approval state says approved but the date of that approval is missing (path: "/approval") | "Date approved by SLT", "Date approved by Governors" |
 * | review-overdue | warning | the proposed review date is before @p as_of (path: "/review_date") | "Proposed Review Date" |
 * | milestone-overdue | warning | a milestone not done is due before @p as_of (path: the milestone) | "Intermediate measures to track progress towards achieving objectives and priorities as the strategic careers plan is implemented." |
 *
 * Findings come in document order: the plan's own, then each priority's
 * objectives with their actions and milestones. The period rule is skipped
 * for a plan without an academic year or a length.
 *
 * @param plan  the plan; not NULL
 * @param as_of "today" for the date rules (review-overdue, milestone-overdue);
 *              CP_DATE_NONE skips them
 * @param out   the list to append to; not NULL
 * @param err   optional; filled on failure
 * @return CP_OK (also when problems were found: read @p out), CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_validate(const cp_strategic_plan *plan, cp_date as_of,
                                            cp_diagnostics *out, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_STRATEGIC_H */
