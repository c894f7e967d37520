/* Internal: the figures cp_caseload_stats() computes (rules in query.h), for
 * stats.c, which computes them, and io/query_json.c, which renders them. */
#ifndef CP_LOGIC_STATS_H
#define CP_LOGIC_STATS_H

#include <careerplan/query.h>

/* One counter per value of cp_action_status and of cp_skill_area, UNSET (0)
 * included: cp_stats_actions() and cp_stats_goals() take any value of the
 * enumeration, and goals without a skill area are counted under UNSET. Both
 * enumerations happen to have 7 values; a value beyond the last one known
 * here is counted under UNSET rather than written out of bounds. */
#define CP__ACTION_STATUS_VALUES (CP_ACTION_STATUS_DROPPED + 1)
#define CP__SKILL_AREA_VALUES (CP_SKILL_AREA_OTHER + 1)

struct cp_stats {
    char *name;                         /* the caseload's, copied; NULL when not recorded */
    cp_date as_of, period_start, period_end; /* as used: defaults filled in */
    size_t clients, plans, agreed_plans, overdue_actions, reviews_held, confidence_changes;
    size_t clients_without_agreed_plan, plans_failing_smart;
    size_t actions[CP__ACTION_STATUS_VALUES];
    size_t goals[CP__SKILL_AREA_VALUES];
    long confidence_change_sum;
};

#endif
