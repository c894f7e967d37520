/*
 * cp_stats_add: the figures of two caseloads as those of one (query.h), so
 * that figures can be computed a client at a time.
 *
 * SPDX-License-Identifier: MIT
 */
#include "../core/error.h"
#include "stats.h"

static int same_day(cp_date a, cp_date b)
{
    return cp_date_compare(a, b) == 0;
}

cp_status cp_stats_add(cp_stats *total, const cp_stats *part, cp_error *err)
{
    if (cp__need(err, total && part, "figures are NULL") != CP_OK)
        return CP_EINVAL;
    if (!same_day(total->as_of, part->as_of) || !same_day(total->period_start, part->period_start) ||
        !same_day(total->period_end, part->period_end))
        return cp__fail(err, CP_EINVAL, NULL,
                        "the figures were computed for a different date or period");
    total->clients += part->clients;
    total->plans += part->plans;
    total->agreed_plans += part->agreed_plans;
    total->overdue_actions += part->overdue_actions;
    total->reviews_held += part->reviews_held;
    total->confidence_changes += part->confidence_changes;
    total->clients_without_agreed_plan += part->clients_without_agreed_plan;
    total->plans_failing_smart += part->plans_failing_smart;
    for (size_t i = 0; i < CP__ACTION_STATUS_VALUES; i++)
        total->actions[i] += part->actions[i];
    for (size_t i = 0; i < CP__SKILL_AREA_VALUES; i++)
        total->goals[i] += part->goals[i];
    total->confidence_change_sum += part->confidence_change_sum;
    return CP_OK;
}
