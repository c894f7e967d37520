/* The Provider Access Legislation check (src/lib/logic/journeys_pal.c):
 * phase windows from year group and date (28 February in a leap year), a
 * learner whose year group changes between encounters, the same provider
 * not counted twice in phases 1 and 2, and where a learner stands. */
#include "testutil.h"

static const char map_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map', 'activities': ["
    "{'id': 'acme', 'title': 'Acme College', 'type': 'provider_access', 'provider': 'Acme College'}, "
    "{'id': 'acme2', 'title': 'Acme again', 'type': 'provider_access', 'provider': 'Acme College'}, "
    "{'id': 'build', 'title': 'Build Co', 'type': 'provider_access', 'provider': 'Build Co'}, "
    "{'id': 'open', 'title': 'Open evening', 'type': 'provider_access'}, "
    "{'id': 'fair', 'title': 'Fair', 'type': 'fair', 'provider': 'Acme College'}]}";

static cp_date d(const char *s)
{
    return cpt_date(s);
}

START_TEST(phase_windows)
{
    ck_assert_int_eq(cp_pal_phase(7, d("2026-01-10")), 0);
    ck_assert_int_eq(cp_pal_phase(8, d("2025-09-01")), 1);
    ck_assert_int_eq(cp_pal_phase(8, d("2026-08-31")), 1);
    ck_assert_int_eq(cp_pal_phase(9, d("2025-09-01")), 1);
    ck_assert_int_eq(cp_pal_phase(9, d("2026-01-31")), 1);
    ck_assert_int_eq(cp_pal_phase(9, d("2026-02-28")), 1);
    ck_assert_int_eq(cp_pal_phase(9, d("2026-03-01")), 0);
    /* 2028 is a leap year: the window ends on 28 February as the statute
     * words it, so 29 February is outside */
    ck_assert_int_eq(cp_pal_phase(9, d("2028-02-28")), 1);
    ck_assert_int_eq(cp_pal_phase(9, d("2028-02-29")), 0);
    ck_assert_int_eq(cp_pal_phase(11, d("2028-02-29")), 0);
    ck_assert_int_eq(cp_pal_phase(10, d("2028-02-29")), 2);
    ck_assert_int_eq(cp_pal_phase(11, d("2027-12-01")), 2);
    ck_assert_int_eq(cp_pal_phase(11, d("2027-06-01")), 0);
    ck_assert_int_eq(cp_pal_phase(12, d("2027-06-01")), 3);
    ck_assert_int_eq(cp_pal_phase(13, d("2027-02-28")), 3);
    ck_assert_int_eq(cp_pal_phase(13, d("2027-03-01")), 0);
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_pal_phase(8, none), 0);
}
END_TEST

START_TEST(year_group_on_a_date)
{
    cp_date as_of = d("2026-01-15");
    ck_assert_int_eq(cp_year_group_at(10, as_of, d("2025-09-01")), 10);
    ck_assert_int_eq(cp_year_group_at(10, as_of, d("2025-08-31")), 9);
    ck_assert_int_eq(cp_year_group_at(10, as_of, d("2026-08-31")), 10);
    ck_assert_int_eq(cp_year_group_at(10, as_of, d("2026-09-01")), 11);
    ck_assert_int_eq(cp_year_group_at(10, as_of, d("2023-10-01")), 8);
    ck_assert_int_eq(cp_year_group_at(0, as_of, d("2023-10-01")), 0);
}
END_TEST

/* A year 11 learner on 2027-01-15: year 8 in 2023-24, year 9 in 2024-25,
 * year 10 in 2025-26. Their year group changes between encounters. */
START_TEST(learner_counts)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(
        "{'format': 'careerplan', 'version': 1, 'kind': 'caseload', 'clients': [{'id': 'l1', "
        "'year_group': 11, 'participations': ["
        "{'activity': 'build', 'date': '2026-11-01', 'attended': true}, "
        "{'activity': 'acme', 'date': '2023-11-10', 'attended': true}, "
        "{'activity': 'build', 'date': '2024-10-05', 'attended': true}, "
        "{'activity': 'open', 'date': '2025-02-28', 'attended': true}, "
        "{'activity': 'build', 'date': '2025-03-10', 'attended': true}, "
        "{'activity': 'acme2', 'date': '2025-10-01', 'attended': true}, "
        "{'activity': 'open', 'date': '2026-01-10', 'attended': true}, "
        "{'activity': 'open', 'date': '2026-02-01'}, "
        "{'activity': 'fair', 'date': '2026-02-02', 'attended': true}, "
        "{'activity': 'unknown', 'date': '2026-02-03', 'attended': true}, "
        "{'activity': 'open', 'date': '2027-02-01', 'attended': true}]}]}");
    cp_pal_check c;
    cp_error err;
    ck_assert_ok(cp_learner_pal_check(map, cp_caseload_client_at(cl, 0), d("2027-01-15"), &c, &err),
                 &err);
    ck_assert_int_eq(c.year_group, 11);
    /* phase 1: acme (year 8), build (year 9, October), open (year 9, 28 February);
     * build on 2025-03-10 is year 9 after February: no phase */
    ck_assert_uint_eq(c.encounters[0], 3);
    ck_assert_uint_eq(c.repeated[0], 0);
    /* phase 2: acme2 names Acme College, counted in phase 1; build in year
     * 11 (November) names Build Co, counted in phase 1; open counts */
    ck_assert_uint_eq(c.encounters[1], 1);
    ck_assert_uint_eq(c.repeated[1], 2);
    ck_assert_uint_eq(c.encounters[2], 0);
    ck_assert_int_eq(c.state[0], CP_PAL_MET);
    ck_assert_int_eq(c.state[1], CP_PAL_OPEN);
    ck_assert_int_eq(c.state[2], CP_PAL_UPCOMING);
    ck_assert_str_eq(cp_pal_state_to_string(c.state[1]), "open");
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

/* A year 12 learner on 2027-01-15 with one encounter in year 9: phases 1
 * and 2 are over and missed; phase 3 is open; a repeat provider counts in
 * phase 3. */
START_TEST(missed_and_phase_three)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(
        "{'format': 'careerplan', 'version': 1, 'kind': 'caseload', 'clients': [{'id': 'l2', "
        "'year_group': 12, 'participations': ["
        "{'activity': 'acme', 'date': '2023-12-01', 'attended': true}, "
        "{'activity': 'acme', 'date': '2026-09-20', 'attended': true}, "
        "{'activity': 'acme2', 'date': '2026-10-20', 'attended': true}]}]}");
    cp_pal_check c;
    ck_assert_ok(cp_learner_pal_check(map, cp_caseload_client_at(cl, 0), d("2027-01-15"), &c, NULL),
                 NULL);
    ck_assert_uint_eq(c.encounters[0], 1);
    ck_assert_uint_eq(c.encounters[1], 0);
    ck_assert_uint_eq(c.encounters[2], 2);
    ck_assert_int_eq(c.state[0], CP_PAL_MISSED);
    ck_assert_int_eq(c.state[1], CP_PAL_MISSED);
    ck_assert_int_eq(c.state[2], CP_PAL_MET);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(bad_input)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_client *c = NULL;
    cp_error err;
    ck_assert_ok(cp_client_new("x", &c, &err), &err);
    cp_pal_check out;
    ck_assert_cp(cp_learner_pal_check(map, c, d("2027-01-15"), &out, &err), CP_ESTATE,
                 "/year_group", &err);
    ck_assert_str_eq(err.message, "learner \"x\" has no year group");
    cp_date none = CP_DATE_NONE;
    ck_assert_cp(cp_learner_pal_check(map, c, none, &out, &err), CP_EINVAL, "", &err);
    ck_assert_ptr_null(cp_pal_state_to_string((cp_pal_state)9));
    cp_client_free(c);
    cp_provision_map_free(map);
}
END_TEST

static Suite *journeys_pal_suite(void)
{
    Suite *s = suite_create("journeys_pal");
    TCase *tc = tcase_create("pal");
    tcase_add_test(tc, phase_windows);
    tcase_add_test(tc, year_group_on_a_date);
    tcase_add_test(tc, learner_counts);
    tcase_add_test(tc, missed_and_phase_three);
    tcase_add_test(tc, bad_input);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_pal_suite)
