/* The strategic careers plan document (src/lib/model/strategic_plan.c):
 * loading, saving, and the rules the description cannot state, each bad
 * input refused with a status, a message and its JSON Pointer. */
#include "testutil.h"

#include <stdio.h>

/* A plan document: `members` are extra members of the root, written with
 * single quotes, after the envelope. */
static cp_status load_plan(const char *members, cp_strategic_plan **out, cp_error *err)
{
    char text[4096];
    snprintf(text, sizeof text,
             "{'format': 'careerplan', 'version': 1, 'kind': 'strategic_plan'%s%s}",
             *members ? ", " : "", members);
    char *q = cpt_quote(text);
    cp_status st = cp_strategic_plan_load_string(q, strlen(q), NULL, out, err);
    free(q);
    return st;
}

static const char one_milestone[] =
    "'created': '2025-09-01', 'priorities': [{'id': 'p1', 'statement': 'S', 'objectives': "
    "[{'id': 'o1', 'statement': 'O', 'actions': [{'id': 'a1', 'description': 'A', "
    "'milestones': [{'description': 'M', 'done': '%s'}]}]}]}]";

START_TEST(round_trip)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_ok(cp_strategic_plan_new(&p, &err), &err);
    ck_assert_ok(cp_strategic_plan_set_academic_year(p, "2025-26", &err), &err);
    ck_assert_ok(cp_strategic_plan_set_length_years(p, 3, &err), &err);
    cp_strategic_priority *pr = NULL;
    ck_assert_ok(cp_strategic_plan_add_strategic_priority(p, "p1", "Embed leadership", &pr, &err),
                 &err);
    cp_strategic_objective *o = NULL;
    ck_assert_ok(cp_strategic_priority_add_strategic_objective(pr, "o1", "Survey 40%", &o, &err),
                 &err);
    ck_assert_ok(cp_strategic_objective_set_target_value(o, "40", &err), &err);
    cp_kpi *k = NULL;
    ck_assert_ok(cp_strategic_plan_add_kpi(p, "k1", "Surveyed", &k, &err), &err);
    ck_assert_ok(cp_kpi_add_objective(k, "o1", &err), &err);
    ck_assert_cp(cp_kpi_add_objective(k, "nope", &err), CP_ENOTFOUND, NULL, &err);
    char *out = NULL;
    ck_assert_ok(cp_strategic_plan_save_string(p, NULL, &out, NULL, &err), &err);
    cp_strategic_plan *back = NULL;
    ck_assert_ok(cp_strategic_plan_load_string(out, strlen(out), NULL, &back, &err), &err);
    char *again = NULL;
    ck_assert_ok(cp_strategic_plan_save_string(back, NULL, &again, NULL, &err), &err);
    ck_assert_str_eq(out, again);
    ck_assert_str_eq(cp_kpi_objective_at(cp_strategic_plan_kpi_at(back, 0), 0), "o1");
    ck_assert_int_eq(cp_strategic_plan_get_approval(back), CP_APPROVAL_STATE_DRAFT);
    ck_assert_ptr_eq(cp_strategic_plan_find_strategic_objective(back, "o1"),
                     cp_strategic_priority_strategic_objective_at(
                         cp_strategic_plan_strategic_priority_at(back, 0), 0));
    cp_free(out);
    cp_free(again);
    cp_strategic_plan_free(back);
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(other_kinds_are_refused)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    char *q = cpt_quote("{'format': 'careerplan', 'version': 1, 'kind': 'client', 'id': 'c1'}");
    ck_assert_cp(cp_strategic_plan_load_string(q, strlen(q), NULL, &p, &err), CP_EFORMAT, "/kind",
                 &err);
    ck_assert_ptr_null(p);
    free(q);
}
END_TEST

/* "(e.g. 1,3 or 5 years)": a length other than 1, 3 or 5 is refused. */
START_TEST(length_other_than_1_3_5_refused)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_cp(load_plan("'length_years': 2", &p, &err), CP_ERANGE, "/length_years", &err);
    ck_assert_str_eq(err.message, "a strategic careers plan lasts 1, 3 or 5 years");
    ck_assert_cp(load_plan("'length_years': 6", &p, &err), CP_ERANGE, "/length_years", &err);
    ck_assert_cp(load_plan("'length_years': 4", &p, &err), CP_ERANGE, "/length_years", &err);
    ck_assert_ok(load_plan("'length_years': 5", &p, &err), &err);
    ck_assert_cp(cp_strategic_plan_set_length_years(p, 2, &err), CP_ERANGE, NULL, &err);
    ck_assert_int_eq(cp_strategic_plan_get_length_years(p), 5);
    ck_assert_ok(cp_strategic_plan_set_length_years(p, 1, &err), &err);
    ck_assert_int_eq(cp_strategic_plan_get_length_years(p), 1);
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(maturity_level_outside_1_to_4_refused)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_cp(load_plan("'maturity': [{'theme_code': '1.2', 'level': 5}]", &p, &err), CP_ERANGE,
                 "/maturity/0/level", &err);
    ck_assert_ptr_nonnull(strstr(err.message, "between 1 and 4"));
    ck_assert_cp(load_plan("'maturity': [{'theme_code': '1.2', 'level': -1}]", &p, &err),
                 CP_ERANGE, "/maturity/0/level", &err);
    ck_assert_ok(load_plan("'maturity': [{'theme_code': '1.2', 'level': 4}]", &p, &err), &err);
    cp_maturity_assessment *m = cp_strategic_plan_maturity_assessment_at(p, 0);
    ck_assert_int_eq(cp_maturity_assessment_get_level(m), 4);
    ck_assert_cp(cp_maturity_assessment_set_level(m, 0, &err), CP_EINVAL, NULL, &err);
    ck_assert_cp(cp_maturity_assessment_set_level(m, 5, &err), CP_ERANGE, NULL, &err);
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(milestone_done_before_created_refused)
{
    char members[1024];
    cp_strategic_plan *p = NULL;
    cp_error err;
    snprintf(members, sizeof members, one_milestone, "2025-08-31");
    ck_assert_cp(load_plan(members, &p, &err), CP_EVALUE,
                 "/priorities/0/objectives/0/actions/0/milestones/0/done", &err);
    ck_assert_str_eq(err.message, "a milestone cannot be done before its plan was created");
    snprintf(members, sizeof members, one_milestone, "2025-09-01");
    ck_assert_ok(load_plan(members, &p, &err), &err);
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(unknown_enum_names_refused)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_cp(load_plan("'institution_type': 'university'", &p, &err), CP_EVALUE,
                 "/institution_type", &err);
    ck_assert_cp(load_plan("'approval': 'approved'", &p, &err), CP_EVALUE, "/approval", &err);
    ck_assert_cp(load_plan("'leavers_stage': 'end_of_year_12'", &p, &err), CP_EVALUE,
                 "/leavers_stage", &err);
    ck_assert_ok(load_plan("'institution_type': 'independent_training_provider', 'approval': "
                           "'approved_by_governors', 'leavers_stage': 'end_of_year_13'",
                           &p, &err),
                 &err);
    ck_assert_int_eq(cp_strategic_plan_get_institution_type(p),
                     CP_INSTITUTION_TYPE_INDEPENDENT_TRAINING_PROVIDER);
    cp_strategic_plan_free(p);
}
END_TEST

START_TEST(academic_year_and_decimals_checked)
{
    cp_strategic_plan *p = NULL;
    cp_error err;
    ck_assert_cp(load_plan("'academic_year': '2025-27'", &p, &err), CP_EVALUE, "/academic_year",
                 &err);
    ck_assert_cp(load_plan("'kpis': [{'id': 'k1', 'name': 'N', 'baseline': '1,5'}]", &p, &err),
                 CP_EVALUE, "/kpis/0/baseline", &err);
    ck_assert_cp(load_plan("'kpis': [{'id': 'k1', 'name': 'N', 'target': '.5'}]", &p, &err),
                 CP_EVALUE, "/kpis/0/target", &err);
    ck_assert_cp(load_plan("'kpis': [{'id': 'k1', 'name': 'N', 'objectives': ['o9']}]", &p, &err),
                 CP_ENOTFOUND, "/kpis/0/objectives/0", &err);
    ck_assert_ok(load_plan("'academic_year': '2099-00', 'kpis': [{'id': 'k1', 'name': 'N', "
                           "'baseline': '-0.5', 'target': '12', 'actual': '3.25'}]",
                           &p, &err),
                 &err);
    cp_kpi *k = cp_strategic_plan_kpi_at(p, 0);
    ck_assert_cp(cp_kpi_set_actual(k, "3.", &err), CP_EVALUE, NULL, &err);
    ck_assert_str_eq(cp_kpi_get_actual(k), "3.25");
    ck_assert_cp(cp_strategic_plan_set_academic_year(p, "25-26", &err), CP_EVALUE, NULL, &err);
    cp_strategic_plan_free(p);
}
END_TEST

static Suite *strategic_plan_suite(void)
{
    Suite *s = suite_create("strategic_plan");
    TCase *tc = tcase_create("document");
    tcase_add_test(tc, round_trip);
    tcase_add_test(tc, other_kinds_are_refused);
    tcase_add_test(tc, length_other_than_1_3_5_refused);
    tcase_add_test(tc, maturity_level_outside_1_to_4_refused);
    tcase_add_test(tc, milestone_done_before_created_refused);
    tcase_add_test(tc, unknown_enum_names_refused);
    tcase_add_test(tc, academic_year_and_decimals_checked);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(strategic_plan_suite)
