/* The learner report (<careerplan/report.h>, src/lib/io/learner_report.c):
 * grouped by phase in journey order, by date within a phase, text and JSON
 * bytes exactly, nothing the learner should not see, an activity missing
 * from the map reported with its path. */
#include "testutil.h"

static const char map_text[] =
    "{'format':'careerplan','version':1,'kind':'provision_map','academic_year':'2025-26',"
    "'activities':["
    "{'id':'ad-mock','title':'Mock interviews','type':'employer_encounter','phase':'apply_and_demonstrate'},"
    "{'id':'ii-assembly','title':'Careers assembly','type':'assembly','phase':'introduce_and_inspire'},"
    "{'id':'ie-fair','title':'Apprenticeship fair','type':'fair','phase':'investigate_and_explore'},"
    "{'id':'ii-nhs','title':'Careers in the NHS','type':'employer_encounter','phase':'introduce_and_inspire'},"
    "{'id':'club','title':'Enterprise club','type':'other'}]}";

static const char client_text[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','upn':'B801200005001',"
    "'given_name':'Zo\xC3\xAB','family_name':'Khan','year_group':9,'support':['send'],"
    "'participations':["
    "{'activity':'ad-mock','date':'2026-03-02','attended':true},"
    "{'activity':'ii-nhs','date':'2025-11-12','attended':true,'parent_attended':true},"
    "{'activity':'club','date':'2025-09-30'},"
    "{'activity':'ii-assembly','date':'2025-10-03','attended':true},"
    "{'activity':'ie-fair','date':'2026-01-20'}],"
    "'neet_scores':[{'factor':'attendance','value':2,'date':'2025-09-01'}]}";

static cp_provision_map *load_map(void)
{
    char *q = cpt_quote(map_text);
    cp_provision_map *map = NULL;
    cp_error e;
    cp_status st = cp_provision_map_load_string(q, strlen(q), NULL, &map, &e);
    ck_assert_msg(st == CP_OK, "%s at %s: %s", cp_status_name(st), e.path, e.message);
    free(q);
    return map;
}

START_TEST(text_bytes)
{
    cp_provision_map *map = load_map();
    cp_client *c = cpt_load_client(client_text);
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_client_learner_report_text(c, map, &out, &e), &e);
    ck_same_text(out, "Learner report: Zo\xC3\xAB Khan\n"
                      "Year group: 9\n"
                      "\n"
                      "Introduce and Inspire\n"
                      "  2025-10-03  Careers assembly (assembly): attended\n"
                      "  2025-11-12  Careers in the NHS (employer encounter): attended, parent or carer attended\n"
                      "\n"
                      "Investigate and Explore\n"
                      "  2026-01-20  Apprenticeship fair (fair): not attended\n"
                      "\n"
                      "Apply and Demonstrate\n"
                      "  2026-03-02  Mock interviews (employer encounter): attended\n"
                      "\n"
                      "Other activities\n"
                      "  2025-09-30  Enterprise club (other): not attended\n");
    cp_free(out);
    cp_client_free(c);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(json_bytes)
{
    cp_provision_map *map = load_map();
    cp_client *c = cpt_load_client(client_text);
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_client_learner_report_json(c, map, &out, &e), &e);
    char *want = cpt_quote(
        "{\n"
        "  'client': 'c1',\n"
        "  'given_name': 'Zo\xC3\xAB',\n"
        "  'family_name': 'Khan',\n"
        "  'year_group': 9,\n"
        "  'phases': [\n"
        "    {\n"
        "      'phase': 'introduce_and_inspire',\n"
        "      'title': 'Introduce and Inspire',\n"
        "      'activities': [\n"
        "        {\n"
        "          'activity': 'ii-assembly',\n"
        "          'title': 'Careers assembly',\n"
        "          'type': 'assembly',\n"
        "          'date': '2025-10-03',\n"
        "          'attended': true,\n"
        "          'parent_attended': false\n"
        "        },\n"
        "        {\n"
        "          'activity': 'ii-nhs',\n"
        "          'title': 'Careers in the NHS',\n"
        "          'type': 'employer_encounter',\n"
        "          'date': '2025-11-12',\n"
        "          'attended': true,\n"
        "          'parent_attended': true\n"
        "        }\n"
        "      ]\n"
        "    },\n"
        "    {\n"
        "      'phase': 'investigate_and_explore',\n"
        "      'title': 'Investigate and Explore',\n"
        "      'activities': [\n"
        "        {\n"
        "          'activity': 'ie-fair',\n"
        "          'title': 'Apprenticeship fair',\n"
        "          'type': 'fair',\n"
        "          'date': '2026-01-20',\n"
        "          'attended': false,\n"
        "          'parent_attended': false\n"
        "        }\n"
        "      ]\n"
        "    },\n"
        "    {\n"
        "      'phase': 'apply_and_demonstrate',\n"
        "      'title': 'Apply and Demonstrate',\n"
        "      'activities': [\n"
        "        {\n"
        "          'activity': 'ad-mock',\n"
        "          'title': 'Mock interviews',\n"
        "          'type': 'employer_encounter',\n"
        "          'date': '2026-03-02',\n"
        "          'attended': true,\n"
        "          'parent_attended': false\n"
        "        }\n"
        "      ]\n"
        "    },\n"
        "    {\n"
        "      'phase': null,\n"
        "      'title': 'Other activities',\n"
        "      'activities': [\n"
        "        {\n"
        "          'activity': 'club',\n"
        "          'title': 'Enterprise club',\n"
        "          'type': 'other',\n"
        "          'date': '2025-09-30',\n"
        "          'attended': false,\n"
        "          'parent_attended': false\n"
        "        }\n"
        "      ]\n"
        "    }\n"
        "  ]\n"
        "}\n");
    ck_same_text(out, want);
    /* Nothing the learner should not see. */
    ck_assert_ptr_null(strstr(out, "B801200005001"));
    ck_assert_ptr_null(strstr(out, "send"));
    ck_assert_ptr_null(strstr(out, "attendance"));
    free(want);
    cp_free(out);
    cp_client_free(c);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(same_phase_same_date_keeps_stored_order)
{
    cp_provision_map *map = load_map();
    cp_client *c = NULL;
    cp_error e;
    ck_assert_ok(cp_client_new("c9", &c, &e), &e);
    ck_assert_ok(cp_client_add_participation(c, "ii-nhs", cpt_date("2025-10-03"), NULL, &e), &e);
    ck_assert_ok(cp_client_add_participation(c, "ii-assembly", cpt_date("2025-10-03"), NULL, &e), &e);
    char *out = NULL;
    ck_assert_ok(cp_client_learner_report_text(c, map, &out, &e), &e);
    ck_same_text(out, "Learner report: c9\n"
                      "\n"
                      "Introduce and Inspire\n"
                      "  2025-10-03  Careers in the NHS (employer encounter): not attended\n"
                      "  2025-10-03  Careers assembly (assembly): not attended\n");
    cp_free(out);
    cp_client_free(c);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(no_participation)
{
    cp_provision_map *map = load_map();
    cp_client *c = cpt_load_client("{'format':'careerplan','version':1,'kind':'client','id':'c2',"
                                   "'given_name':'Ann'}");
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_client_learner_report_text(c, map, &out, &e), &e);
    ck_same_text(out, "Learner report: Ann\n\nNo activities recorded.\n");
    cp_free(out);
    ck_assert_ok(cp_client_learner_report_json(c, map, &out, &e), &e);
    char *want = cpt_quote("{\n  'client': 'c2',\n  'given_name': 'Ann',\n  'phases': []\n}\n");
    ck_same_text(out, want);
    free(want);
    cp_free(out);
    cp_client_free(c);
    cp_provision_map_free(map);
}
END_TEST

START_TEST(activity_not_in_map)
{
    cp_provision_map *map = load_map();
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c3','participations':["
        "{'activity':'ii-nhs','date':'2025-10-03'},{'activity':'gone','date':'2025-10-04'}]}");
    char *out = NULL;
    cp_error e;
    ck_assert_cp(cp_client_learner_report_text(c, map, &out, &e), CP_ENOTFOUND,
                 "/participations/1/activity", &e);
    ck_assert_str_eq(e.message, "activity \"gone\" is not in the provision map");
    ck_assert_cp(cp_client_learner_report_json(c, map, &out, &e), CP_ENOTFOUND,
                 "/participations/1/activity", &e);
    ck_assert_ptr_null(out);
    ck_assert_cp(cp_client_learner_report_text(NULL, map, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_learner_report_json(c, NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_learner_report_text(c, map, NULL, &e), CP_EINVAL, "", &e);
    cp_client_free(c);
    cp_provision_map_free(map);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("learner_report");
    TCase *tc = tcase_create("report");
    tcase_add_test(tc, text_bytes);
    tcase_add_test(tc, json_bytes);
    tcase_add_test(tc, same_phase_same_date_keeps_stored_order);
    tcase_add_test(tc, no_participation);
    tcase_add_test(tc, activity_not_in_map);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
