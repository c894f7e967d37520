/* Gatsby Benchmark coverage (src/lib/logic/journeys_coverage.c and its
 * CSV and JSON, src/lib/io/journeys_coverage.c): attended activities only,
 * benchmark 1 never per learner, the cohort table exactly. */
#include "testutil.h"

#define BIT(n) (1u << (n))

static const char map_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map', 'year_groups': [9, 10], "
    "'activities': ["
    "{'id': 'emp', 'title': 'Employers', 'type': 'employer_encounter', 'benchmarks': [2, 5]}, "
    "{'id': 'cur', 'title': 'Curriculum', 'type': 'careers_in_curriculum', 'benchmarks': [1, 4]}, "
    "{'id': 'pg', 'title': 'Guidance', 'type': 'personal_guidance', 'benchmarks': [8]}]}";

static const char caseload_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'caseload', 'clients': ["
    "{'id': 'a', 'year_group': 9, 'participations': ["
    "{'activity': 'emp', 'date': '2025-10-01', 'attended': true}, "
    "{'activity': 'cur', 'date': '2025-10-02', 'attended': true}, "
    "{'activity': 'pg', 'date': '2025-10-03'}]}, "
    "{'id': 'b', 'year_group': 9, 'participations': ["
    "{'activity': 'emp', 'date': '2025-10-01', 'attended': true}, "
    "{'activity': 'nope', 'date': '2025-10-01', 'attended': true}]}, "
    "{'id': 'c', 'year_group': 9, 'participations': ["
    "{'activity': 'pg', 'date': '2025-11-01', 'attended': true}]}, "
    "{'id': 'd', 'year_group': 12}, {'id': 'e'}]}";

START_TEST(per_learner)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    /* attended emp and cur; pg only assigned; benchmark 1 of cur dropped */
    ck_assert_uint_eq(cp_learner_benchmark_coverage(map, cp_caseload_client_at(cl, 0)),
                      BIT(2) | BIT(4) | BIT(5));
    /* an unknown activity covers nothing */
    ck_assert_uint_eq(cp_learner_benchmark_coverage(map, cp_caseload_client_at(cl, 1)),
                      BIT(2) | BIT(5));
    ck_assert_uint_eq(cp_learner_benchmark_coverage(map, cp_caseload_client_at(cl, 3)), 0);
    ck_assert_uint_eq(cp_learner_benchmark_coverage(NULL, cp_caseload_client_at(cl, 0)), 0);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(cohort_table)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    cp_cohort_coverage *cov = NULL;
    cp_error err;
    ck_assert_ok(cp_cohort_coverage_compute(map, cl, &cov, &err), &err);
    ck_assert_uint_eq(cp_cohort_coverage_year_groups(cov), BIT(9) | BIT(10));
    ck_assert_uint_eq(cp_cohort_coverage_learners(cov, 9), 3);
    ck_assert_uint_eq(cp_cohort_coverage_learners(cov, 10), 0);
    ck_assert_uint_eq(cp_cohort_coverage_learners(cov, 11), 0);
    ck_assert_uint_eq(cp_cohort_coverage_unplaced(cov), 2);
    ck_assert_uint_eq(cp_cohort_coverage_covered(cov, 9, 2), 2);
    ck_assert_uint_eq(cp_cohort_coverage_covered(cov, 9, 8), 1);
    ck_assert_uint_eq(cp_cohort_coverage_covered(cov, 9, 1), 0);
    ck_assert_double_eq(cp_cohort_coverage_percent(cov, 9, 4), 100.0 / 3.0);
    ck_assert_double_eq(cp_cohort_coverage_percent(cov, 10, 4), -1.0);
    ck_assert_double_eq(cp_cohort_coverage_percent(cov, 9, 9), -1.0);
    char *csv = NULL;
    ck_assert_ok(cp_cohort_coverage_to_csv(cov, &csv, &err), &err);
    ck_assert_str_eq(csv, "year_group,benchmark,learners,covered,percent\r\n"
                          "9,2,3,2,66.7\r\n9,3,3,0,0.0\r\n9,4,3,1,33.3\r\n9,5,3,2,66.7\r\n"
                          "9,6,3,0,0.0\r\n9,7,3,0,0.0\r\n9,8,3,1,33.3\r\n"
                          "10,2,0,0,\r\n10,3,0,0,\r\n10,4,0,0,\r\n10,5,0,0,\r\n"
                          "10,6,0,0,\r\n10,7,0,0,\r\n10,8,0,0,\r\n");
    cp_free(csv);
    char *json = NULL;
    ck_assert_ok(cp_cohort_coverage_to_json(cov, &json, &err), &err);
    ck_assert_ptr_nonnull(strstr(json, "{\n  \"unplaced\": 2,\n  \"rows\": [\n    {\n"
                                       "      \"year_group\": 9,\n      \"benchmark\": 2,\n"
                                       "      \"learners\": 3,\n      \"covered\": 2,\n"
                                       "      \"percent\": 66.7\n    },\n"));
    ck_assert_ptr_nonnull(strstr(json, "\"benchmark\": 8,\n      \"learners\": 0,\n"
                                       "      \"covered\": 0,\n      \"percent\": null\n    }\n  ]\n}\n"));
    cp_free(json);
    cp_cohort_coverage_free(cov);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_cohort_coverage *cov = NULL;
    cp_error err;
    ck_assert_cp(cp_cohort_coverage_compute(map, NULL, &cov, &err), CP_EINVAL, "", &err);
    ck_assert_str_eq(err.message, "map, caseload or output is NULL");
    char *out = NULL;
    ck_assert_cp(cp_cohort_coverage_to_csv(NULL, &out, &err), CP_EINVAL, "", &err);
    ck_assert_cp(cp_cohort_coverage_to_json(NULL, &out, &err), CP_EINVAL, "", &err);
    ck_assert_uint_eq(cp_cohort_coverage_learners(NULL, 9), 0);
    ck_assert_uint_eq(cp_cohort_coverage_unplaced(NULL), 0);
    cp_cohort_coverage_free(NULL);
    cp_provision_map_free(map);
}
END_TEST

static Suite *journeys_coverage_suite(void)
{
    Suite *s = suite_create("journeys_coverage");
    TCase *tc = tcase_create("coverage");
    tcase_add_test(tc, per_learner);
    tcase_add_test(tc, cohort_table);
    tcase_add_test(tc, bad_arguments);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_coverage_suite)
