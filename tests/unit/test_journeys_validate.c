/* Learners checked against a provision map
 * (src/lib/logic/journeys_validate.c): unknown activity ids and year groups
 * outside the map's, each with a code, a message and a path. */
#include "testutil.h"

static const char map_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map', 'year_groups': [7, 8, 9, 10, 11], "
    "'activities': [{'id': 'fair', 'title': 'Fair', 'type': 'fair', 'year_groups': [9]}]}";

START_TEST(unknown_activity_and_year_outside)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(
        "{'format': 'careerplan', 'version': 1, 'kind': 'caseload', 'clients': ["
        "{'id': 'ok', 'year_group': 9, 'participations': [{'activity': 'fair', 'date': '2025-10-01'}]}, "
        "{'id': 'c2', 'year_group': 12, 'participations': ["
        "{'activity': 'fair', 'date': '2025-10-01'}, {'activity': 'nope', 'date': '2025-10-02'}]}, "
        "{'id': 'c3'}]}");
    cp_diagnostics *d = cp_diagnostics_new();
    cp_error err;
    ck_assert_ok(cp_provision_map_validate_caseload(map, cl, d, &err), &err);
    ck_assert_uint_eq(cp_diagnostics_count(d), 2);
    const cp_diagnostic *x = cp_diagnostics_at(d, 0);
    ck_assert_int_eq(cp_diagnostic_severity(x), CP_SEVERITY_ERROR);
    ck_assert_str_eq(cp_diagnostic_code(x), "year-group-outside-map");
    ck_assert_str_eq(cp_diagnostic_path(x), "/clients/1/year_group");
    ck_assert_str_eq(cp_diagnostic_message(x), "learner \"c2\" is in year 12, not one of the map's year groups");
    x = cp_diagnostics_at(d, 1);
    ck_assert_int_eq(cp_diagnostic_severity(x), CP_SEVERITY_ERROR);
    ck_assert_str_eq(cp_diagnostic_code(x), "unknown-activity");
    ck_assert_str_eq(cp_diagnostic_path(x), "/clients/1/participations/1/activity");
    ck_assert_str_eq(cp_diagnostic_message(x),
                     "learner \"c2\" took part in activity \"nope\", which the map does not have");
    cp_diagnostics_free(d);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(null_arguments)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_diagnostics *d = cp_diagnostics_new();
    cp_error err;
    ck_assert_cp(cp_provision_map_validate_caseload(map, NULL, d, &err), CP_EINVAL, "", &err);
    ck_assert_str_eq(err.message, "map, caseload or output is NULL");
    ck_assert_uint_eq(cp_diagnostics_count(d), 0);
    cp_diagnostics_free(d);
    cp_provision_map_free(map);
}
END_TEST

static Suite *journeys_validate_suite(void)
{
    Suite *s = suite_create("journeys_validate");
    TCase *tc = tcase_create("validate");
    tcase_add_test(tc, unknown_activity_and_year_outside);
    tcase_add_test(tc, null_arguments);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_validate_suite)
