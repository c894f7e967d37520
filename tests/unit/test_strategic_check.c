/* Checks of a strategic careers plan and KPI progress
 * (src/lib/logic/strategic_check.c): each check failing and passing, KPI
 * progress computed by hand, and the exact findings on source 001's worked
 * example (examples/data/strategic-plan.json). */
#include "testutil.h"

#include <stdio.h>

static const cp_date no_date = CP_DATE_NONE;

/* A plan that passes every check: 3 priorities, each with one SMART objective
 * due within the period 2025-09-01..2028-08-31, with an outcome and one
 * action with someone responsible and a milestone; approved by governors. */
static cp_strategic_plan *good_plan(void)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_ok(cp_strategic_plan_new(&p, &err), &err);
    ck_assert_ok(cp_strategic_plan_set_academic_year(p, "2025-26", &err), &err);
    ck_assert_ok(cp_strategic_plan_set_length_years(p, 3, &err), &err);
    ck_assert_ok(cp_strategic_plan_set_created(p, cpt_date("2025-07-01"), &err), &err);
    ck_assert_ok(cp_strategic_plan_set_approval(p, CP_APPROVAL_STATE_APPROVED_BY_GOVERNORS, &err),
                 &err);
    ck_assert_ok(cp_strategic_plan_set_approved_by_senior_leaders(p, cpt_date("2025-07-10"), &err),
                 &err);
    ck_assert_ok(cp_strategic_plan_set_approved_by_governors(p, cpt_date("2025-07-20"), &err),
                 &err);
    ck_assert_ok(cp_strategic_plan_set_review_date(p, cpt_date("2026-07-01"), &err), &err);
    for (int i = 0; i < 3; i++) {
        char id[16];
        snprintf(id, sizeof id, "p%d", i + 1);
        cp_strategic_priority *pr = NULL;
        ck_assert_ok(cp_strategic_plan_add_strategic_priority(p, id, "Priority", &pr, &err), &err);
        snprintf(id, sizeof id, "o%d", i + 1);
        cp_strategic_objective *o = NULL;
        ck_assert_ok(cp_strategic_priority_add_strategic_objective(pr, id, "Objective", &o, &err),
                     &err);
        ck_assert_ok(cp_strategic_objective_set_target_value(o, "40", &err), &err);
        ck_assert_ok(cp_strategic_objective_set_due(o, cpt_date("2026-03-31"), &err), &err);
        ck_assert_ok(cp_strategic_objective_add_outcome(o, "Success", &err), &err);
        snprintf(id, sizeof id, "a%d", i + 1);
        cp_strategic_action *a = NULL;
        ck_assert_ok(cp_strategic_objective_add_strategic_action(o, id, "Action", &a, &err), &err);
        ck_assert_ok(cp_strategic_action_set_responsible(a, "Careers Leader", &err), &err);
        cp_milestone *m = NULL;
        ck_assert_ok(cp_strategic_action_add_milestone(a, "Done", &m, &err), &err);
        ck_assert_ok(cp_milestone_set_due(m, cpt_date("2026-01-31"), &err), &err);
    }
    return p;
}

/* The findings as "code path" lines, one per finding. */
static char *findings(const cp_strategic_plan *p, const char *as_of)
{
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ptr_nonnull(d);
    cp_error err;
    cp_date when = no_date;
    if (as_of)
        when = cpt_date(as_of);
    ck_assert_ok(cp_strategic_plan_validate(p, when, d, &err), &err);
    static char buf[8192];
    buf[0] = '\0';
    for (size_t i = 0; i < cp_diagnostics_count(d); i++) {
        const cp_diagnostic *x = cp_diagnostics_at(d, i);
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s %s %s\n",
                 cp_severity_to_string(cp_diagnostic_severity(x)), cp_diagnostic_code(x),
                 cp_diagnostic_path(x));
    }
    cp_diagnostics_free(d);
    return buf;
}

static cp_strategic_objective *objective(cp_strategic_plan *p, int i)
{
    return cp_strategic_priority_strategic_objective_at(cp_strategic_plan_strategic_priority_at(p, (size_t)i), 0);
}

static cp_strategic_action *action(cp_strategic_plan *p, int i)
{
    return cp_strategic_objective_strategic_action_at(objective(p, i), 0);
}

START_TEST(good_plan_passes)
{
    cp_strategic_plan *p = good_plan();
    ck_assert_str_eq(findings(p, "2026-01-01"), "");
    cp_strategic_plan_free(p);
}
END_TEST

/* "Aim to agree between 3-5 strategic priorities." */
START_TEST(priority_count)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    ck_assert_ok(cp_strategic_plan_remove_strategic_priority(p, 2, &err), &err);
    ck_assert_str_eq(findings(p, NULL), "warning priority-count /priorities\n");
    cp_strategic_priority *pr = NULL;
    for (int i = 0; i < 4; i++) {
        char id[8];
        snprintf(id, sizeof id, "x%d", i);
        ck_assert_ok(cp_strategic_plan_add_strategic_priority(p, id, "More", &pr, &err), &err);
    }
    /* 6 priorities; the 4 new ones have no objectives, which no rule asks for. */
    ck_assert_str_eq(findings(p, NULL), "warning priority-count /priorities\n");
    ck_assert_ok(cp_strategic_plan_remove_strategic_priority(p, 5, &err), &err);
    ck_assert_str_eq(findings(p, NULL), "");
    cp_strategic_plan_free(p);
}
END_TEST

/* "...specific, measurable, achievable, relevant and time-bound." */
START_TEST(objective_without_target_due_outcome_action)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    cp_strategic_objective *o = objective(p, 1);
    ck_assert_ok(cp_strategic_objective_set_target_value(o, NULL, &err), &err);
    ck_assert_ok(cp_strategic_objective_set_due(o, no_date, &err), &err);
    ck_assert_ok(cp_strategic_objective_remove_outcome(o, 0, &err), &err);
    ck_assert_ok(cp_strategic_objective_remove_strategic_action(o, 0, &err), &err);
    ck_assert_str_eq(findings(p, NULL),
                     "warning objective-without-target /priorities/1/objectives/0\n"
                     "warning objective-without-due /priorities/1/objectives/0\n"
                     "warning objective-without-outcome /priorities/1/objectives/0\n"
                     "warning objective-without-action /priorities/1/objectives/0\n");
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(due_outside_period)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    ck_assert_ok(cp_strategic_objective_set_due(objective(p, 0), cpt_date("2028-09-01"), &err),
                 &err);
    ck_assert_ok(cp_milestone_set_due(cp_strategic_action_milestone_at(action(p, 2), 0),
                                      cpt_date("2025-08-31"), &err),
                 &err);
    ck_assert_str_eq(findings(p, NULL),
                     "error due-outside-period /priorities/0/objectives/0/due\n"
                     "error due-outside-period /priorities/2/objectives/0/actions/0/milestones/0/due\n");
    /* The last day of the period is inside it. */
    ck_assert_ok(cp_strategic_objective_set_due(objective(p, 0), cpt_date("2028-08-31"), &err),
                 &err);
    ck_assert_ok(cp_milestone_set_due(cp_strategic_action_milestone_at(action(p, 2), 0),
                                      cpt_date("2025-09-01"), &err),
                 &err);
    ck_assert_str_eq(findings(p, NULL), "");
    cp_date a, b;
    ck_assert_ok(cp_strategic_plan_period(p, &a, &b, &err), &err);
    ck_assert(cpt_same_date(a, "2025-09-01"));
    ck_assert(cpt_same_date(b, "2028-08-31"));
    cp_strategic_plan_free(p);
}
END_TEST

/* "Who is responsible for each action?" / "When do you aim to have this completed by?" */
START_TEST(action_without_responsible_or_milestone)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    cp_strategic_action *a = action(p, 0);
    ck_assert_ok(cp_strategic_action_set_responsible(a, NULL, &err), &err);
    ck_assert_ok(cp_strategic_action_remove_milestone(a, 0, &err), &err);
    ck_assert_str_eq(findings(p, NULL),
                     "warning action-without-responsible /priorities/0/objectives/0/actions/0\n"
                     "warning action-without-milestone /priorities/0/objectives/0/actions/0\n");
    cp_strategic_plan_free(p);
}
END_TEST

/* "Has explicit backing of governors, the leadership ... and the senior management teams." */
START_TEST(approval_state_and_review_date)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    ck_assert_ok(cp_strategic_plan_set_approved_by_governors(p, no_date, &err), &err);
    ck_assert_str_eq(findings(p, NULL), "error approval-date-missing /approval\n");
    ck_assert_ok(
        cp_strategic_plan_set_approval(p, CP_APPROVAL_STATE_APPROVED_BY_SENIOR_LEADERS, &err),
        &err);
    ck_assert_str_eq(findings(p, NULL), "");
    ck_assert_ok(cp_strategic_plan_set_approval(p, CP_APPROVAL_STATE_DRAFT, &err), &err);
    ck_assert_str_eq(findings(p, NULL), "warning plan-not-approved /approval\n");
    /* "Proposed Review Date": passed the day after, not on the day itself. */
    ck_assert_ok(cp_strategic_plan_set_review_date(p, cpt_date("2025-12-01"), &err), &err);
    ck_assert_str_eq(findings(p, "2025-12-01"), "warning plan-not-approved /approval\n");
    ck_assert_str_eq(findings(p, "2025-12-02"),
                     "warning plan-not-approved /approval\n"
                     "warning review-overdue /review_date\n");
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(milestones_overdue)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    /* Due 2026-01-31: overdue from 2026-02-01 unless done. */
    ck_assert_str_eq(findings(p, "2026-01-31"), "");
    ck_assert_str_eq(findings(p, "2026-02-01"),
                     "warning milestone-overdue /priorities/0/objectives/0/actions/0/milestones/0\n"
                     "warning milestone-overdue /priorities/1/objectives/0/actions/0/milestones/0\n"
                     "warning milestone-overdue /priorities/2/objectives/0/actions/0/milestones/0\n");
    ck_assert_ok(cp_milestone_set_done(cp_strategic_action_milestone_at(action(p, 1), 0),
                                       cpt_date("2026-01-30"), &err),
                 &err);
    ck_assert_str_eq(findings(p, "2026-02-01"),
                     "warning milestone-overdue /priorities/0/objectives/0/actions/0/milestones/0\n"
                     "warning milestone-overdue /priorities/2/objectives/0/actions/0/milestones/0\n");
    cp_strategic_plan_free(p);
}
END_TEST

static cp_kpi *kpi(cp_strategic_plan *p, const char *baseline, const char *target,
                   const char *actual)
{
    cp_kpi *k = NULL;
    cp_error err;
    char id[16];
    snprintf(id, sizeof id, "k%zu", cp_strategic_plan_kpi_count(p));
    ck_assert_ok(cp_strategic_plan_add_kpi(p, id, "Metric", &k, &err), &err);
    ck_assert_ok(cp_kpi_set_baseline(k, baseline, &err), &err);
    ck_assert_ok(cp_kpi_set_target(k, target, &err), &err);
    ck_assert_ok(cp_kpi_set_actual(k, actual, &err), &err);
    return k;
}

START_TEST(kpi_progress_rising_and_falling)
{
    cp_strategic_plan *p = good_plan();
    cp_error err;
    double v = -1;
    /* Rising: encounters from 10 to 20, now 15: (15 - 10) / (20 - 10) = 0.5. */
    ck_assert_ok(cp_kpi_progress(kpi(p, "10", "20", "15"), &v, &err), &err);
    ck_assert(v == 0.5);
    /* Falling: NEET leavers from 12% to 4%, now 10%: (10 - 12) / (4 - 12) = 0.25. */
    ck_assert_ok(cp_kpi_progress(kpi(p, "12", "4", "10"), &v, &err), &err);
    ck_assert(v == 0.25);
    /* Falling, passed the target: 8 to 4, now 3: (3 - 8) / (4 - 8) = 1.25. */
    ck_assert_ok(cp_kpi_progress(kpi(p, "8", "4", "3"), &v, &err), &err);
    ck_assert(v == 1.25);
    /* Rising, gone the wrong way, with decimals: 2.5 to 4.5, now 2: -0.25. */
    ck_assert_ok(cp_kpi_progress(kpi(p, "2.5", "4.5", "2"), &v, &err), &err);
    ck_assert(v == -0.25);
    /* From a baseline of 0 (a value, not an absence): 0 to 18, now 9: 0.5. */
    ck_assert_ok(cp_kpi_progress(kpi(p, "0", "18", "9"), &v, &err), &err);
    ck_assert(v == 0.5);
    ck_assert_cp(cp_kpi_progress(kpi(p, "5", "5", "6"), &v, &err), CP_ESTATE, NULL, &err);
    ck_assert_cp(cp_kpi_progress(kpi(p, "5", NULL, "6"), &v, &err), CP_ESTATE, NULL, &err);
    ck_assert_cp(cp_kpi_progress(NULL, &v, &err), CP_EINVAL, NULL, &err);
    /* More than 18 digits, as written or once scaled to the most decimals of
     * the three: refused, never overflowed. */
    ck_assert_cp(cp_kpi_progress(kpi(p, "1234567890123456789", "2", "1"), &v, &err), CP_ERANGE,
                 "", &err);
    ck_assert_cp(cp_kpi_progress(kpi(p, "12345", "2.123456789012345", "1"), &v, &err), CP_ERANGE,
                 "", &err);
    ck_assert_int_eq(strncmp(err.message, "KPI ", 4), 0);
    ck_assert_ptr_nonnull(strstr(err.message, "has a value with too many digits"));
    cp_date a, b;
    ck_assert_cp(cp_strategic_plan_period(NULL, &a, &b, &err), CP_EINVAL, "", &err);
    ck_assert_cp(cp_strategic_plan_period(p, NULL, &b, &err), CP_EINVAL, "", &err);
    cp_strategic_plan_free(p);
}
END_TEST

/* Source 001's worked example: one priority (of 3-5), a draft, and its due
 * dates left as "(by date)" placeholders, so the checks say so. */
START_TEST(worked_example_findings)
{
    const char *dir = getenv("CP_EXAMPLES_DATA");
    ck_assert_msg(dir && *dir, "CP_EXAMPLES_DATA is not set");
    char path[1024];
    snprintf(path, sizeof path, "%s/strategic-plan.json", dir);
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_ok(cp_strategic_plan_load_path(path, NULL, &p, &err), &err);
    ck_assert_uint_eq(cp_strategic_plan_strategic_priority_count(p), 1);
    ck_assert_uint_eq(cp_strategic_priority_strategic_objective_count(
                          cp_strategic_plan_strategic_priority_at(p, 0)),
                      5);
    ck_assert_str_eq(findings(p, "2026-01-01"),
                     "warning priority-count /priorities\n"
                     "warning plan-not-approved /approval\n"
                     "warning objective-without-due /priorities/0/objectives/0\n"
                     "warning objective-without-target /priorities/0/objectives/1\n"
                     "warning objective-without-due /priorities/0/objectives/1\n"
                     "warning objective-without-target /priorities/0/objectives/2\n"
                     "warning objective-without-due /priorities/0/objectives/2\n"
                     "warning objective-without-target /priorities/0/objectives/3\n"
                     "warning objective-without-due /priorities/0/objectives/3\n"
                     "warning objective-without-due /priorities/0/objectives/4\n");
    cp_strategic_plan_free(p);
}
END_TEST

static Suite *strategic_check_suite(void)
{
    Suite *s = suite_create("strategic_check");
    TCase *tc = tcase_create("checks");
    tcase_add_test(tc, good_plan_passes);
    tcase_add_test(tc, priority_count);
    tcase_add_test(tc, objective_without_target_due_outcome_action);
    tcase_add_test(tc, due_outside_period);
    tcase_add_test(tc, action_without_responsible_or_milestone);
    tcase_add_test(tc, approval_state_and_review_date);
    tcase_add_test(tc, milestones_overdue);
    tcase_add_test(tc, kpi_progress_rising_and_falling);
    tcase_add_test(tc, worked_example_findings);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(strategic_check_suite)
