/* The provision map document (src/lib/model/provision_map.c, source 003):
 * the example mapping of source 003, the number sets (year groups, Gatsby
 * Benchmarks) and their bounds, the year groups of an activity checked
 * against the map's, and learner records on a client. */
#include "testutil.h"

#include <stdio.h>

static char *example_path(const char *name)
{
    const char *dir = getenv("CP_EXAMPLES_DATA");
    ck_assert_msg(dir && *dir, "CP_EXAMPLES_DATA is not set");
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* A map document: `members` are members of the root after the envelope,
 * written with single quotes. */
static cp_status load_map(const char *members, cp_provision_map **out, cp_error *err)
{
    char text[4096];
    snprintf(text, sizeof text, "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map'%s%s}",
             *members ? ", " : "", members);
    char *q = cpt_quote(text);
    cp_status st = cp_provision_map_load_string(q, strlen(q), NULL, out, err);
    free(q);
    return st;
}

#define BIT(n) (1u << (n))

/* Source 003's example mapping: three phases over years 7 to 11. */
START_TEST(source_example)
{
    char *path = example_path("provision-map.json");
    cp_provision_map *map = NULL;
    cp_error err;
    ck_assert_ok(cp_provision_map_load_path(path, NULL, &map, &err), &err);
    free(path);
    ck_assert_str_eq(cp_provision_map_get_academic_year(map), "2025-26");
    ck_assert_uint_eq(cp_provision_map_get_year_groups(map),
                      BIT(7) | BIT(8) | BIT(9) | BIT(10) | BIT(11));
    ck_assert_int_eq(cp_provision_map_has_year_group(map, 11), 1);
    ck_assert_int_eq(cp_provision_map_has_year_group(map, 12), 0);
    ck_assert_uint_eq(cp_provision_map_learning_outcome_count(map), 3);
    ck_assert_uint_eq(cp_provision_map_activity_count(map), 34);
    size_t per_phase[4] = {0};
    for (size_t i = 0; i < cp_provision_map_activity_count(map); i++)
        per_phase[cp_activity_get_phase(cp_provision_map_activity_at(map, i))]++;
    ck_assert_uint_eq(per_phase[CP_JOURNEY_PHASE_INTRODUCE_AND_INSPIRE], 12);
    ck_assert_uint_eq(per_phase[CP_JOURNEY_PHASE_INVESTIGATE_AND_EXPLORE], 13);
    ck_assert_uint_eq(per_phase[CP_JOURNEY_PHASE_APPLY_AND_DEMONSTRATE], 9);
    const cp_activity *a = cp_provision_map_find_activity(map, "ie-meet-provider");
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(cp_activity_get_title(a), "Meet the Provider Encounters.");
    ck_assert_int_eq(cp_activity_get_type(a), CP_ACTIVITY_TYPE_PROVIDER_ACCESS);
    ck_assert_int_eq(cp_activity_get_status(a), CP_ACTIVITY_STATUS_PLANNED);
    ck_assert_uint_eq(cp_activity_get_year_groups(a), BIT(9));
    ck_assert_uint_eq(cp_activity_get_benchmarks(a), BIT(7));
    ck_assert_int_eq(cp_activity_has_benchmark(a, 7), 1);
    ck_assert_int_eq(cp_activity_has_benchmark(a, 0), 0);
    ck_assert_int_eq(cp_activity_has_benchmark(a, 40), 0);
    ck_assert_str_eq(cp_activity_outcome_at(a, 0), "lo-ie-1");
    ck_assert_ptr_eq(cp_activity_get_provision_map(a), map);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(number_sets_round_trip_ascending)
{
    cp_provision_map *map = NULL;
    cp_error err;
    ck_assert_ok(load_map("'activities': [{'id': 'a1', 'title': 'T', 'type': 'assembly', "
                          "'year_groups': [11, 7], 'benchmarks': [8, 2, 5]}]",
                          &map, &err),
                 &err);
    const cp_activity *a = cp_provision_map_activity_at(map, 0);
    ck_assert_uint_eq(cp_activity_get_year_groups(a), BIT(7) | BIT(11));
    ck_assert_uint_eq(cp_activity_get_benchmarks(a), BIT(2) | BIT(5) | BIT(8));
    cp_save_options so = CP_SAVE_OPTIONS_INIT;
    so.flags = CP_SAVE_COMPACT;
    char *out = NULL;
    ck_assert_ok(cp_provision_map_save_string(map, &so, &out, NULL, &err), &err);
    ck_assert_str_eq(out, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"provision_map\","
                          "\"activities\":[{\"id\":\"a1\",\"title\":\"T\",\"type\":\"assembly\","
                          "\"status\":\"planned\",\"year_groups\":[7,11],"
                          "\"benchmarks\":[2,5,8]}]}\n");
    cp_free(out);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(number_set_setters_keep_their_range)
{
    cp_provision_map *map = NULL;
    cp_activity *a = NULL;
    cp_error err;
    ck_assert_ok(cp_provision_map_new(&map, &err), &err);
    ck_assert_ok(cp_provision_map_add_activity(map, "a1", "Work Insight Days.",
                                               CP_ACTIVITY_TYPE_WORK_EXPERIENCE, &a, &err),
                 &err);
    ck_assert_ok(cp_activity_set_benchmarks(a, BIT(1) | BIT(8), &err), &err);
    ck_assert_cp(cp_activity_set_benchmarks(a, BIT(9), &err), CP_ERANGE, NULL, &err);
    ck_assert_cp(cp_activity_set_benchmarks(a, BIT(0), &err), CP_ERANGE, NULL, &err);
    ck_assert_uint_eq(cp_activity_get_benchmarks(a), BIT(1) | BIT(8));
    ck_assert_ok(cp_activity_set_year_groups(a, BIT(14), &err), &err);
    ck_assert_cp(cp_activity_set_year_groups(a, BIT(15), &err), CP_ERANGE, NULL, &err);
    ck_assert_cp(cp_activity_set_year_groups(a, BIT(31), &err), CP_ERANGE, NULL, &err);
    ck_assert_ok(cp_activity_set_year_groups(a, 0, &err), &err);
    ck_assert_uint_eq(cp_activity_get_year_groups(a), 0);
    cp_provision_map_free(map);
}
END_TEST

/* Year groups 7 to 13 by default, "configurable for special schools and
 * colleges": an activity's years must be the map's. */
START_TEST(activity_years_within_the_map)
{
    cp_provision_map *map = NULL;
    cp_error err;
    ck_assert_cp(load_map("'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair', "
                          "'year_groups': [6, 7]}]",
                          &map, &err),
                 CP_ERANGE, "/activities/0/year_groups", &err);
    ck_assert_str_eq(err.message, "year 6 is not one of the map's year groups (7 to 13)");
    ck_assert_cp(load_map("'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair'}, "
                          "{'id': 'a2', 'title': 'T', 'type': 'fair', 'year_groups': [12]}], "
                          "'year_groups': [7, 8, 9, 10, 11]",
                          &map, &err),
                 CP_ERANGE, "/activities/1/year_groups", &err);
    ck_assert_str_eq(err.message, "year 12 is not one of the map's year groups (7 to 11)");
    /* A special school configures its own years. */
    ck_assert_ok(load_map("'year_groups': [1, 2, 3, 14], 'activities': [{'id': 'a1', "
                          "'title': 'T', 'type': 'fair', 'year_groups': [2, 14]}]",
                          &map, &err),
                 &err);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(bad_members_have_paths)
{
    cp_provision_map *map = NULL;
    cp_error err;
    ck_assert_cp(load_map("'academic_year': '2025-27'", &map, &err), CP_EVALUE, "/academic_year",
                 &err);
    ck_assert_str_eq(err.message, "academic year \"2025-27\" is not like \"2025-26\"");
    ck_assert_cp(load_map("'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair', "
                          "'benchmarks': [5, 9]}]",
                          &map, &err),
                 CP_ERANGE, "/activities/0/benchmarks/1", &err);
    ck_assert_str_eq(err.message, "benchmarks must be between 1 and 8, not 9");
    ck_assert_cp(load_map("'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair', "
                          "'benchmarks': [5, 5]}]",
                          &map, &err),
                 CP_EDUPLICATE, "/activities/0/benchmarks/1", &err);
    ck_assert_cp(load_map("'activities': [{'id': 'a1', 'title': 'T', 'type': 'fair', "
                          "'outcomes': ['lo9']}]",
                          &map, &err),
                 CP_ENOTFOUND, "/activities/0/outcomes/0", &err);
    ck_assert_cp(load_map("'outcomes': [{'id': 'x', 'phase': 'apply_and_demonstrate', 'text': "
                          "'T'}], 'activities': [{'id': 'x', 'title': 'T', 'type': 'fair'}]",
                          &map, &err),
                 CP_EDUPLICATE, "/activities/0/id", &err);
    ck_assert_ptr_null(map);
}
END_TEST

/* Learner records hang off the client; risk-of-NEET scores are special
 * category data: a non-sensitive export never carries them. */
START_TEST(learner_records_and_consent)
{
    cp_client *c = cpt_load_client(
        "{'format': 'careerplan', 'version': 1, 'kind': 'client', 'id': 'c1', "
        "'given_name': 'Ava', 'year_group': 10, "
        "'supporters': [{'id': 't1', 'role': 'tutor'}], "
        "'participations': [{'activity': 'ie-meet-provider', 'date': '2025-11-12', "
        "'attended': true, 'parent_attended': true}], "
        "'fsq_results': [{'date': '2025-10-01', 'measure': 'career readiness', 'score': '3.5'}], "
        "'destinations': [{'stage': 'intended', 'kind': 'apprenticeship'}], "
        "'neet_scores': [{'factor': 'attendance', 'value': 2, 'date': '2025-10-01'}], "
        "'consents': [{'id': 'k1', 'supporter': 't1', 'scope': 'non_sensitive', "
        "'granted': '2025-09-10'}]}");
    ck_assert_uint_eq(cp_client_participation_count(c), 1);
    const cp_participation *p = cp_client_participation_at(c, 0);
    ck_assert_str_eq(cp_participation_get_activity(p), "ie-meet-provider");
    ck_assert_int_eq(cp_participation_is_attended(p), 1);
    ck_assert_int_eq(cp_participation_is_parent_attended(p), 1);
    ck_assert_str_eq(cp_fsq_result_get_score(cp_client_fsq_result_at(c, 0)), "3.5");
    ck_assert_int_eq(cp_neet_score_get_value(cp_client_neet_score_at(c, 0)), 2);
    cp_error err;
    cp_fsq_result *r = NULL;
    ck_assert_cp(cp_client_add_fsq_result(c, cpt_date("2026-03-01"), "career readiness", "high",
                                          &r, &err),
                 CP_EVALUE, NULL, &err);
    ck_assert_str_eq(err.message, "\"high\" is not a decimal number");
    ck_assert_uint_eq(cp_client_fsq_result_count(c), 1);

    cp_client *out = NULL;
    ck_assert_ok(cp_client_export_for(c, "t1", cpt_date("2026-01-05"), &out, &err), &err);
    ck_assert_uint_eq(cp_client_neet_score_count(out), 0);
    ck_assert_uint_eq(cp_client_participation_count(out), 1);
    char *text = NULL;
    ck_assert_ok(cp_client_save_string(out, NULL, &text, NULL, &err), &err);
    ck_assert_ptr_null(strstr(text, "neet"));
    ck_assert_ptr_null(strstr(text, "attendance"));
    cp_free(text);
    cp_client_free(out);
    cp_client_free(c);
}
END_TEST

static Suite *provision_map_suite(void)
{
    Suite *s = suite_create("provision_map");
    TCase *tc = tcase_create("provision_map");
    tcase_add_test(tc, source_example);
    tcase_add_test(tc, number_sets_round_trip_ascending);
    tcase_add_test(tc, number_set_setters_keep_their_range);
    tcase_add_test(tc, activity_years_within_the_map);
    tcase_add_test(tc, bad_members_have_paths);
    tcase_add_test(tc, learner_records_and_consent);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(provision_map_suite)
