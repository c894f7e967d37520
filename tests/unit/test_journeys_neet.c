/* Risk of NEET (src/lib/logic/journeys_neet.c, its JSON in
 * src/lib/io/journeys_neet.c): the latest score of each factor on or before
 * the date, two weight configurations with exact scores, unknown factors
 * warned about. */
#include "testutil.h"

#include <stdio.h>

static const char caseload_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'caseload', 'clients': ["
    "{'id': 'a', 'neet_scores': ["
    "{'factor': 'attendance', 'value': 1, 'date': '2025-09-01'}, "
    "{'factor': 'attendance', 'value': 2, 'date': '2025-12-01'}, "
    "{'factor': 'young_carer', 'value': 1, 'date': '2025-10-01'}, "
    "{'factor': 'exclusion', 'value': 2, 'date': '2026-05-01'}, "
    "{'factor': 'bullying', 'value': 1, 'date': '2025-10-01'}]}, "
    "{'id': 'b', 'neet_scores': [{'factor': 'eal', 'value': 1, 'date': '2025-10-01'}]}, "
    "{'id': 'c'}]}";

static void assert_warning(const cp_diagnostics *d, size_t i, const char *path, const char *factor)
{
    const cp_diagnostic *x = cp_diagnostics_at(d, i);
    char msg[200];
    snprintf(msg, sizeof msg, "risk-of-NEET factor \"%s\" is not configured; its score is not counted",
             factor);
    ck_assert_int_eq(cp_diagnostic_severity(x), CP_SEVERITY_WARNING);
    ck_assert_str_eq(cp_diagnostic_code(x), "unknown-neet-factor");
    ck_assert_str_eq(cp_diagnostic_path(x), path);
    ck_assert_str_eq(cp_diagnostic_message(x), msg);
}

/* Every default factor weighs 1; the threshold is 3. */
START_TEST(default_weights)
{
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    size_t n = 0;
    const cp_neet_factor *f = cp_neet_default_factors(&n);
    ck_assert_uint_eq(n, 10);
    ck_assert_str_eq(f[0].name, "eal");
    ck_assert_str_eq(f[9].name, "custody_youth_justice");
    cp_neet_report *r = NULL;
    cp_diagnostics *w = cp_diagnostics_new();
    cp_error err;
    ck_assert_ok(cp_caseload_neet_risk(cl, NULL, cpt_date("2026-01-15"), &r, w, &err), &err);
    ck_assert_uint_eq(cp_diagnostics_count(w), 1);
    assert_warning(w, 0, "/clients/0/neet_scores/4/factor", "bullying");
    /* a: attendance 2 (the latest), young carer 1; exclusion is later */
    ck_assert_uint_eq(cp_neet_report_count(r), 1);
    ck_assert_str_eq(cp_client_get_id(cp_neet_report_client(r, 0)), "a");
    ck_assert_double_eq(cp_neet_report_score(r, 0), 3.0);
    ck_assert_uint_eq(cp_neet_report_factor_count(r, 0), 2);
    int value = 0;
    double contribution = 0;
    ck_assert_str_eq(cp_neet_report_factor(r, 0, 0, &value, &contribution), "attendance");
    ck_assert_int_eq(value, 2);
    ck_assert_double_eq(contribution, 2.0);
    ck_assert_str_eq(cp_neet_report_factor(r, 0, 1, &value, &contribution), "young_carer");
    ck_assert_ptr_null(cp_neet_report_factor(r, 0, 2, NULL, NULL));
    ck_assert_ptr_null(cp_neet_report_client(r, 1));
    char *json = NULL;
    ck_assert_ok(cp_neet_report_to_json(r, &json, &err), &err);
    ck_assert_str_eq(json, "{\n  \"threshold\": 3.0,\n  \"at_risk\": [\n    {\n"
                           "      \"client\": \"a\",\n      \"score\": 3.0,\n      \"factors\": [\n"
                           "        {\n          \"name\": \"attendance\",\n          \"value\": 2,\n"
                           "          \"contribution\": 2.0\n        },\n"
                           "        {\n          \"name\": \"young_carer\",\n          \"value\": 1,\n"
                           "          \"contribution\": 1.0\n        }\n      ]\n    }\n  ]\n}\n");
    cp_free(json);
    cp_neet_report_free(r);
    /* later, exclusion counts too */
    double score = 0;
    ck_assert_ok(cp_learner_neet_score(cp_caseload_client_at(cl, 0), NULL, cpt_date("2026-05-01"),
                                       &score, NULL, &err),
                 &err);
    ck_assert_double_eq(score, 5.0);
    cp_diagnostics_free(w);
    cp_caseload_free(cl);
}
END_TEST

/* A local authority's own factors and weights: attendance 1.5, young carer
 * 0.5, EAL 4, threshold 4. */
START_TEST(configured_weights)
{
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    const cp_neet_factor factors[] = {{"attendance", 1.5}, {"young_carer", 0.5}, {"eal", 4.0}};
    cp_neet_options o;
    ck_assert_int_eq(cp_neet_options_init(&o, CP_NEET_OPTIONS_VERSION), CP_OK);
    ck_assert_double_eq(o.threshold, 3.0);
    o.factors = factors;
    o.factor_count = 3;
    o.threshold = 4.0;
    double score = 0;
    cp_diagnostics *w = cp_diagnostics_new();
    cp_error err;
    ck_assert_ok(cp_learner_neet_score(cp_caseload_client_at(cl, 0), &o, cpt_date("2026-01-15"),
                                       &score, w, &err),
                 &err);
    ck_assert_double_eq(score, 3.5);
    ck_assert_uint_eq(cp_diagnostics_count(w), 2);
    assert_warning(w, 0, "/neet_scores/3/factor", "exclusion");
    assert_warning(w, 1, "/neet_scores/4/factor", "bullying");
    cp_diagnostics_clear(w);
    cp_neet_report *r = NULL;
    ck_assert_ok(cp_caseload_neet_risk(cl, &o, cpt_date("2026-01-15"), &r, w, &err), &err);
    ck_assert_uint_eq(cp_neet_report_count(r), 1);
    ck_assert_str_eq(cp_client_get_id(cp_neet_report_client(r, 0)), "b");
    ck_assert_double_eq(cp_neet_report_score(r, 0), 4.0);
    ck_assert_uint_eq(cp_diagnostics_count(w), 2);
    assert_warning(w, 1, "/clients/0/neet_scores/4/factor", "bullying");
    cp_neet_report_free(r);
    cp_diagnostics_free(w);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(bad_options)
{
    cp_caseload *cl = cpt_load_caseload(caseload_doc);
    cp_neet_options o = CP_NEET_OPTIONS_INIT;
    cp_neet_report *r = NULL;
    cp_error err;
    o.version = 99;
    ck_assert_cp(cp_caseload_neet_risk(cl, &o, cpt_date("2026-01-15"), &r, NULL, &err), CP_EINVAL,
                 "", &err);
    ck_assert_str_eq(err.message, "NEET options of unknown version 99");
    const cp_neet_factor bad[] = {{"attendance", 1.0}, {"", 2.0}};
    o.version = CP_NEET_OPTIONS_VERSION;
    o.factors = bad;
    o.factor_count = 2;
    ck_assert_cp(cp_caseload_neet_risk(cl, &o, cpt_date("2026-01-15"), &r, NULL, &err), CP_EINVAL,
                 "", &err);
    ck_assert_str_eq(err.message, "NEET factor 1 has no name");
    ck_assert_ptr_null(r);
    cp_date none = CP_DATE_NONE;
    ck_assert_cp(cp_caseload_neet_risk(cl, NULL, none, &r, NULL, &err), CP_EINVAL, "", &err);
    ck_assert_int_eq(cp_neet_options_init(&o, 2), CP_EINVAL);
    ck_assert_int_eq(cp_neet_options_init(NULL, CP_NEET_OPTIONS_VERSION), CP_EINVAL);
    cp_neet_report_free(NULL);
    ck_assert_uint_eq(cp_neet_report_count(NULL), 0);
    cp_caseload_free(cl);
}
END_TEST

static Suite *journeys_neet_suite(void)
{
    Suite *s = suite_create("journeys_neet");
    TCase *tc = tcase_create("neet");
    tcase_add_test(tc, default_weights);
    tcase_add_test(tc, configured_weights);
    tcase_add_test(tc, bad_options);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_neet_suite)
