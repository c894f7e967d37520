/* Personal guidance by 16 and 18 (src/lib/logic/journeys_guidance.c): by
 * age from a date of birth (a 29 February birthday), else by year group. */
#include "testutil.h"

static const char map_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map', 'activities': ["
    "{'id': 'pg', 'title': 'Guidance 1:1', 'type': 'personal_guidance', 'benchmarks': [8]}, "
    "{'id': 'fair', 'title': 'Fair', 'type': 'fair'}]}";

static const char caseload_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'caseload', 'clients': ["
    "{'id': 'leap', 'date_of_birth': '2012-02-29', 'year_group': 9, 'participations': ["
    "{'activity': 'pg', 'date': '2030-03-01', 'attended': true}, "
    "{'activity': 'fair', 'date': '2026-01-01', 'attended': true}, "
    "{'activity': 'pg', 'date': '2027-06-01', 'attended': true}, "
    "{'activity': 'pg', 'date': '2027-07-01'}]}, "
    "{'id': 'year', 'year_group': 12, 'participations': ["
    "{'activity': 'pg', 'date': '2025-09-10', 'attended': true}, "
    "{'activity': 'pg', 'date': '2026-02-10', 'attended': true}]}, "
    "{'id': 'none'}]}";

START_TEST(by_age)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    cp_guidance_check g;
    cp_error err;
    ck_assert_ok(cp_learner_guidance_check(map, cp_caseload_client_at(cl, 0), cpt_date("2030-06-01"),
                                           &g, &err),
                 &err);
    ck_assert_int_eq(g.by_age, 1);
    /* 2028 is a leap year: the 16th birthday is 29 February; 2030 is not:
     * the 18th falls on 1 March */
    ck_assert(cpt_same_date(g.first_due, "2028-02-29"));
    ck_assert(cpt_same_date(g.second_due, "2030-03-01"));
    ck_assert_uint_eq(g.interviews, 2);
    ck_assert(cpt_same_date(g.first, "2027-06-01"));
    ck_assert(cpt_same_date(g.second, "2030-03-01"));
    ck_assert_int_eq(g.first_met, 1);
    ck_assert_int_eq(g.second_met, 1);
    /* earlier: the second interview has not happened yet */
    ck_assert_ok(cp_learner_guidance_check(map, cp_caseload_client_at(cl, 0), cpt_date("2029-01-01"),
                                           &g, &err),
                 &err);
    ck_assert_uint_eq(g.interviews, 1);
    ck_assert(cp_date_is_none(g.second));
    ck_assert_int_eq(g.first_met, 1);
    ck_assert_int_eq(g.second_met, 0);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

/* Year 12 on 2026-02-15: year 11 ended on 2025-08-31, year 13 ends on
 * 2027-08-31; the first interview came in year 12. */
START_TEST(by_year_group)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    cp_guidance_check g;
    ck_assert_ok(cp_learner_guidance_check(map, cp_caseload_client_at(cl, 1), cpt_date("2026-02-15"),
                                           &g, NULL),
                 NULL);
    ck_assert_int_eq(g.by_age, 0);
    ck_assert(cpt_same_date(g.first_due, "2025-08-31"));
    ck_assert(cpt_same_date(g.second_due, "2027-08-31"));
    ck_assert_uint_eq(g.interviews, 2);
    ck_assert_int_eq(g.first_met, 0);
    ck_assert_int_eq(g.second_met, 1);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(bad_input)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    cp_guidance_check g;
    cp_error err;
    ck_assert_cp(cp_learner_guidance_check(map, cp_caseload_client_at(cl, 2), cpt_date("2026-02-15"),
                                           &g, &err),
                 CP_ESTATE, "", &err);
    ck_assert_str_eq(err.message, "learner \"none\" has neither a date of birth nor a year group");
    ck_assert_cp(cp_learner_guidance_check(NULL, cp_caseload_client_at(cl, 1), cpt_date("2026-02-15"),
                                           &g, &err),
                 CP_EINVAL, "", &err);
    cp_caseload_free(cl);
    cp_provision_map_free(map);
}
END_TEST

static Suite *journeys_guidance_suite(void)
{
    Suite *s = suite_create("journeys_guidance");
    TCase *tc = tcase_create("guidance");
    tcase_add_test(tc, by_age);
    tcase_add_test(tc, by_year_group);
    tcase_add_test(tc, bad_input);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_guidance_suite)
