/* Gaps of a provision map (src/lib/logic/journeys_gaps.c): source 003's
 * example mapping asserted exactly, and each gap rule on a small map. */
#include "testutil.h"

#define MAP(members) "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map', " members "}"

static void assert_diag(const cp_diagnostics *d, size_t i, const char *code, const char *path,
                        const char *message)
{
    const cp_diagnostic *x = cp_diagnostics_at(d, i);
    ck_assert_ptr_nonnull(x);
    ck_assert_int_eq(cp_diagnostic_severity(x), CP_SEVERITY_WARNING);
    ck_assert_str_eq(cp_diagnostic_code(x), code);
    ck_assert_str_eq(cp_diagnostic_path(x), path);
    ck_assert_str_eq(cp_diagnostic_message(x), message);
}

/* The example covers every outcome and benchmarks 2 to 8; its phases are
 * progressive, so the early phase has nothing in the late years and the
 * late phase nothing in the early ones. */
START_TEST(source_example_gaps)
{
    char *path = cpt_example_path("provision-map.json");
    cp_provision_map *map = NULL;
    cp_error err;
    ck_assert_ok(cp_provision_map_load_path(path, NULL, &map, &err), &err);
    free(path);
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ok(cp_provision_map_gaps(map, d, &err), &err);
    ck_assert_uint_eq(cp_diagnostics_count(d), 7);
    const char *pyw = "phase-year-without-activity";
    assert_diag(d, 0, pyw, "/year_groups", "no planned activity in phase introduce_and_inspire, year 9");
    assert_diag(d, 1, pyw, "/year_groups", "no planned activity in phase introduce_and_inspire, year 10");
    assert_diag(d, 2, pyw, "/year_groups", "no planned activity in phase introduce_and_inspire, year 11");
    assert_diag(d, 3, pyw, "/year_groups", "no planned activity in phase investigate_and_explore, year 7");
    assert_diag(d, 4, pyw, "/year_groups", "no planned activity in phase apply_and_demonstrate, year 7");
    assert_diag(d, 5, pyw, "/year_groups", "no planned activity in phase apply_and_demonstrate, year 8");
    assert_diag(d, 6, "benchmark-without-activity", "/activities",
                "no planned activity addresses Gatsby Benchmark 1");
    cp_diagnostics_free(d);
    cp_provision_map_free(map);
}
END_TEST

/* An outcome served only by a proposed activity is a gap: only planned
 * activities count. */
START_TEST(outcome_without_planned_activity)
{
    cp_provision_map *map = cpt_load_map(MAP(
        "'year_groups': [7], "
        "'outcomes': [{'id': 'o1', 'phase': 'introduce_and_inspire', 'text': 'A'}, "
        "{'id': 'o2', 'phase': 'introduce_and_inspire', 'text': 'B'}], "
        "'activities': ["
        "{'id': 'a1', 'title': 'T', 'type': 'assembly', 'phase': 'introduce_and_inspire', "
        "'year_groups': [7], 'outcomes': ['o1'], 'benchmarks': [1, 2, 3, 4, 5, 6, 7, 8]}, "
        "{'id': 'a2', 'title': 'U', 'type': 'fair', 'status': 'proposed', "
        "'phase': 'investigate_and_explore', 'year_groups': [7], 'outcomes': ['o2']}]"));
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ok(cp_provision_map_gaps(map, d, NULL), NULL);
    ck_assert_uint_eq(cp_diagnostics_count(d), 3);
    assert_diag(d, 0, "outcome-without-activity", "/outcomes/1",
                "no planned activity serves learning outcome \"o2\"");
    assert_diag(d, 1, "phase-year-without-activity", "/year_groups",
                "no planned activity in phase investigate_and_explore, year 7");
    assert_diag(d, 2, "phase-year-without-activity", "/year_groups",
                "no planned activity in phase apply_and_demonstrate, year 7");
    cp_diagnostics_free(d);
    cp_provision_map_free(map);
}
END_TEST

/* A map without year groups covers 7 to 13; without activities every cell
 * and every benchmark is a gap. */
START_TEST(empty_map_default_years)
{
    cp_provision_map *map = cpt_load_map(MAP("'institution_name': 'X'"));
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ok(cp_provision_map_gaps(map, d, NULL), NULL);
    ck_assert_uint_eq(cp_diagnostics_count(d), 3 * 7 + 8);
    assert_diag(d, 0, "phase-year-without-activity", "/year_groups",
                "no planned activity in phase introduce_and_inspire, year 7");
    assert_diag(d, 20, "phase-year-without-activity", "/year_groups",
                "no planned activity in phase apply_and_demonstrate, year 13");
    assert_diag(d, 21, "benchmark-without-activity", "/activities",
                "no planned activity addresses Gatsby Benchmark 1");
    assert_diag(d, 28, "benchmark-without-activity", "/activities",
                "no planned activity addresses Gatsby Benchmark 8");
    cp_diagnostics_free(d);
    cp_provision_map_free(map);
}
END_TEST

/* A benchmark addressed by a declined activity only is a gap; an activity
 * without a phase fills no cell. */
START_TEST(benchmark_without_planned_activity)
{
    cp_provision_map *map = cpt_load_map(MAP(
        "'year_groups': [9], 'activities': ["
        "{'id': 'a1', 'title': 'T', 'type': 'assembly', 'phase': 'introduce_and_inspire', "
        "'year_groups': [9], 'benchmarks': [1, 2, 3, 4, 5, 6, 7]}, "
        "{'id': 'a2', 'title': 'U', 'type': 'personal_guidance', 'status': 'declined', "
        "'phase': 'investigate_and_explore', 'year_groups': [9], 'benchmarks': [8]}, "
        "{'id': 'a3', 'title': 'V', 'type': 'workshop', 'year_groups': [9]}]"));
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ok(cp_provision_map_gaps(map, d, NULL), NULL);
    ck_assert_uint_eq(cp_diagnostics_count(d), 3);
    assert_diag(d, 0, "phase-year-without-activity", "/year_groups",
                "no planned activity in phase investigate_and_explore, year 9");
    assert_diag(d, 1, "phase-year-without-activity", "/year_groups",
                "no planned activity in phase apply_and_demonstrate, year 9");
    assert_diag(d, 2, "benchmark-without-activity", "/activities",
                "no planned activity addresses Gatsby Benchmark 8");
    cp_diagnostics_free(d);
    cp_provision_map_free(map);
}
END_TEST

/* Bad input: benchmarks and year groups out of range never reach the
 * analysis: the loader refuses them with a code, message and path. */
START_TEST(bad_input)
{
    cp_error err;
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_cp(cp_provision_map_gaps(NULL, d, &err), CP_EINVAL, "", &err);
    ck_assert_str_eq(err.message, "map or output is NULL");
    char *q = cpt_quote(MAP("'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair', 'benchmarks': [9]}]"));
    cp_provision_map *map = NULL;
    ck_assert_cp(cp_provision_map_load_string(q, strlen(q), NULL, &map, &err), CP_ERANGE,
                 "/activities/0/benchmarks/0", &err);
    ck_assert_str_eq(err.message, "benchmarks must be between 1 and 8, not 9");
    free(q);
    q = cpt_quote(MAP("'year_groups': [7, 8], "
                      "'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair', 'year_groups': [9]}]"));
    ck_assert_cp(cp_provision_map_load_string(q, strlen(q), NULL, &map, &err), CP_ERANGE,
                 "/activities/0/year_groups", &err);
    ck_assert_str_eq(err.message, "year 9 is not one of the map's year groups (7 to 8)");
    free(q);
    ck_assert_ptr_null(map);
    cp_diagnostics_free(d);
}
END_TEST

static Suite *journeys_gaps_suite(void)
{
    Suite *s = suite_create("journeys_gaps");
    TCase *tc = tcase_create("gaps");
    tcase_add_test(tc, source_example_gaps);
    tcase_add_test(tc, outcome_without_planned_activity);
    tcase_add_test(tc, empty_map_default_years);
    tcase_add_test(tc, benchmark_without_planned_activity);
    tcase_add_test(tc, bad_input);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_gaps_suite)
