/* The JSON of caseload figures and of query hits (cp_stats_to_json,
 * cp_hits_to_json), byte for byte, and sorting hits by date. */
#include "testutil.h"

#define SMART "'owner':'client','measure':'m','agreed':true"

/*
 * As of Monday 2 March 2026. c1 (Sam Smith) has an agreed plan: a1 due in
 * 4 days, a2 overdue by 3, a3 done; three reviews score g1 4, 7, 5 (changes
 * +3 and -2: mean 0.5). c2 (given name only) has a draft plan whose two
 * actions fail SMART (no owner): b1 due today, b2 due the same day as a1.
 * c3 (family name only) has no plan.
 */
static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'caseload','name':'Ms Reed \\'Y11\\'',"
    "'clients':["
    "{'id':'c1','given_name':'Sam','family_name':'Smith','plans':[{'id':'p1',"
    "'created':'2026-01-05','status':'agreed','next_review':'2026-03-09','goals':["
    "{'id':'g1','statement':'Find a course','skill_area':'exploring_options','actions':["
    "{'id':'a1','description':'Visit the open day','due':'2026-03-06'," SMART "},"
    "{'id':'a2','description':'Ring the college','due':'2026-02-27'," SMART "},"
    "{'id':'a3','description':'Read the prospectus','status':'done','due':'2026-01-30'," SMART
    "}]}],"
    "'reviews':[{'id':'r1','date':'2026-01-20','goal_scores':[{'goal':'g1','score':4}]},"
    "{'id':'r3','date':'2026-02-20','goal_scores':[{'goal':'g1','score':5}]},"
    "{'id':'r2','date':'2026-02-10','goal_scores':[{'goal':'g1','score':7}]}]}]},"
    "{'id':'c2','given_name':'Jo','plans':[{'id':'p1','created':'2026-02-01','goals':["
    "{'id':'g2','statement':'Get a job','actions':["
    "{'id':'b1','description':'Look around','due':'2026-03-02'},"
    "{'id':'b2','description':'Ask about','due':'2026-03-06'}]}]}]},"
    "{'id':'c3','family_name':'Khan'}"
    "]}";

static const char want_stats[] =
    "{\n"
    "  \"name\": \"Ms Reed \\\"Y11\\\"\",\n"
    "  \"as_of\": \"2026-03-02\",\n"
    "  \"period\": {\n"
    "    \"from\": \"2025-09-01\",\n"
    "    \"to\": \"2026-03-02\"\n"
    "  },\n"
    "  \"clients\": 3,\n"
    "  \"plans\": 2,\n"
    "  \"agreed_plans\": 1,\n"
    "  \"actions\": {\n"
    "    \"planned\": 4,\n"
    "    \"in_progress\": 0,\n"
    "    \"done\": 1,\n"
    "    \"partly_done\": 0,\n"
    "    \"not_done\": 0,\n"
    "    \"dropped\": 0\n"
    "  },\n"
    "  \"overdue_actions\": 1,\n"
    "  \"reviews_held\": 3,\n"
    "  \"goals\": {\n"
    "    \"self_awareness\": 0,\n"
    "    \"exploring_options\": 1,\n"
    "    \"making_a_decision\": 0,\n"
    "    \"preparing_an_application\": 0,\n"
    "    \"interview_and_transition\": 0,\n"
    "    \"other\": 0,\n"
    "    \"unset\": 1\n"
    "  },\n"
    "  \"confidence_changes\": 2,\n"
    "  \"mean_confidence_change\": 0.5,\n"
    "  \"clients_without_agreed_plan\": 2,\n"
    "  \"plans_failing_smart\": 1\n"
    "}\n";

static cp_caseload *cl;
static cp_date as_of;

static void setup(void)
{
    cl = cpt_load_caseload(doc);
    as_of = cpt_date("2026-03-02");
}

static void teardown(void)
{
    cp_caseload_free(cl);
}

static char *hits_json(const cp_hits *hits)
{
    char *text = NULL;
    cp_error e;
    ck_assert_ok(cp_hits_to_json(hits, &text, &e), &e);
    ck_assert_ptr_nonnull(text);
    return text;
}

START_TEST(stats_json)
{
    cp_date none = CP_DATE_NONE;
    cp_stats *s = NULL;
    char *text = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_stats(cl, as_of, none, none, &s, &e), &e);
    ck_assert_uint_eq(cp_stats_clients_without_agreed_plan(s), 2);
    ck_assert_uint_eq(cp_stats_plans_failing_smart(s), 1);
    ck_assert_ok(cp_stats_to_json(s, &text, &e), &e);
    ck_same_text(text, want_stats);
    cp_free(text);
    cp_stats_free(s);
}
END_TEST

START_TEST(stats_json_without_name_or_mean)
{
    /* the period as given; no name member; a null mean */
    cp_caseload *one = cpt_load_caseload("{'format':'careerplan','version':1,'kind':'caseload',"
                            "'clients':[{'id':'c1'}]}");
    cp_stats *s = NULL;
    char *text = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_stats(one, as_of, cpt_date("2026-01-01"), cpt_date("2026-12-31"),
                                   &s, &e),
                 &e);
    ck_assert_ok(cp_stats_to_json(s, &text, &e), &e);
    ck_assert_ptr_nonnull(strstr(text, "{\n  \"as_of\": \"2026-03-02\",\n  \"period\": {\n"
                                       "    \"from\": \"2026-01-01\",\n"
                                       "    \"to\": \"2026-12-31\"\n  },\n"));
    ck_assert_ptr_nonnull(strstr(text, "  \"mean_confidence_change\": null,\n"
                                       "  \"clients_without_agreed_plan\": 1,\n"
                                       "  \"plans_failing_smart\": 0\n}\n"));
    ck_assert_ptr_null(strstr(text, "\"name\""));
    cp_free(text);
    cp_stats_free(s);
    cp_caseload_free(one);
}
END_TEST

/* Asserts the JSON of a list, then frees the list. */
#define ck_hits_json(h, want) ck_hits_json_at(h, want, __LINE__)
static void ck_hits_json_at(cp_hits *h, const char *want, int line)
{
    char *text = hits_json(h);
    cpt_same_text_at(text, want, line);
    cp_free(text);
    cp_hits_free(h);
}

START_TEST(action_hits_json)
{
    cp_hits *h = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_actions_overdue(cl, as_of, &h, &e), &e);
    ck_hits_json(h, "[\n"
                    "  {\n"
                    "    \"date\": \"2026-02-27\",\n"
                    "    \"days\": -3,\n"
                    "    \"client\": \"c1\",\n"
                    "    \"name\": \"Sam Smith\",\n"
                    "    \"plan\": \"p1\",\n"
                    "    \"goal\": \"g1\",\n"
                    "    \"action\": \"a2\",\n"
                    "    \"description\": \"Ring the college\"\n"
                    "  }\n"
                    "]\n");
}
END_TEST

START_TEST(review_smart_and_client_hits_json)
{
    cp_hits *h = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_reviews_due(cl, as_of, 7, &h, &e), &e);
    ck_hits_json(h, "[\n  {\n    \"date\": \"2026-03-09\",\n    \"days\": 7,\n"
                    "    \"client\": \"c1\",\n    \"name\": \"Sam Smith\",\n"
                    "    \"plan\": \"p1\"\n  }\n]\n");
    ck_assert_ok(cp_caseload_plans_failing_smart(cl, &h, &e), &e);
    ck_hits_json(h, "[\n  {\n    \"client\": \"c2\",\n    \"name\": \"Jo\",\n"
                    "    \"plan\": \"p1\",\n    \"count\": 2\n  }\n]\n");
    ck_assert_ok(cp_caseload_clients_without_agreed_plan(cl, &h, &e), &e);
    ck_hits_json(h, "[\n  {\n    \"client\": \"c2\",\n    \"name\": \"Jo\"\n  },\n"
                    "  {\n    \"client\": \"c3\",\n    \"name\": \"Khan\"\n  }\n]\n");
    ck_assert_ok(cp_caseload_reviews_due(cl, as_of, 0, &h, &e), &e);
    ck_assert_uint_eq(cp_hits_count(h), 0);
    ck_hits_json(h, "[]\n");
}
END_TEST

START_TEST(hits_json_escapes_texts)
{
    /* Names and texts escaped as the library's documents escape them: the
     * joined name is one string, a control character is \u00XX (lower
     * case), non-ASCII text is written as it is. */
    cp_client *c1 = cp_caseload_find_client(cl, "c1");
    cp_error e;
    ck_assert_ok(cp_client_set_given_name(c1, "Zo\xc3\xab \"Z\"", &e), &e);
    ck_assert_ok(cp_client_set_family_name(c1, "O\\Brien\t", &e), &e);
    ck_assert_ok(
        cp_action_set_description(cp_client_find_action(c1, "a2"), "Ring\x01 \"the\"\ncollege", &e),
        &e);
    cp_hits *h = NULL;
    ck_assert_ok(cp_caseload_actions_overdue(cl, as_of, &h, &e), &e);
    ck_hits_json(h, "[\n"
                    "  {\n"
                    "    \"date\": \"2026-02-27\",\n"
                    "    \"days\": -3,\n"
                    "    \"client\": \"c1\",\n"
                    "    \"name\": \"Zo\xc3\xab \\\"Z\\\" O\\\\Brien\\t\",\n"
                    "    \"plan\": \"p1\",\n"
                    "    \"goal\": \"g1\",\n"
                    "    \"action\": \"a2\",\n"
                    "    \"description\": \"Ring\\u0001 \\\"the\\\"\\ncollege\"\n"
                    "  }\n"
                    "]\n");
}
END_TEST

/* The action ids of a list, in order, joined by spaces. */
static void action_ids(const cp_hits *h, char *out, size_t size)
{
    out[0] = '\0';
    for (size_t i = 0; i < cp_hits_count(h); i++) {
        const cp_action *a = cp_hit_get_action(cp_hits_at(h, i));
        if (i)
            strncat(out, " ", size - strlen(out) - 1);
        strncat(out, cp_action_get_id(a), size - strlen(out) - 1);
    }
}

START_TEST(sort_by_date)
{
    /* caseload order a1 (03-06), b1 (03-02), b2 (03-06); by date b1 first,
     * and a1 stays before b2, which has the same date */
    cp_hits *h = NULL;
    cp_error e;
    char ids[64];
    ck_assert_ok(cp_caseload_actions_due(cl, as_of, 7, &h, &e), &e);
    action_ids(h, ids, sizeof ids);
    ck_assert_str_eq(ids, "a1 b1 b2");
    cp_hits_sort_by_date(h);
    action_ids(h, ids, sizeof ids);
    ck_assert_str_eq(ids, "b1 a1 b2");
    ck_assert_int_eq(cp_hit_get_days(cp_hits_at(h, 0)), 0);
    cp_hits_sort_by_date(h); /* sorting again changes nothing */
    action_ids(h, ids, sizeof ids);
    ck_assert_str_eq(ids, "b1 a1 b2");
    char *text = hits_json(h);
    const char *b1 = strstr(text, "\"action\": \"b1\"");
    const char *a1 = strstr(text, "\"action\": \"a1\"");
    ck_assert_ptr_nonnull(b1);
    ck_assert_ptr_nonnull(a1);
    ck_assert_msg(b1 < a1, "the JSON follows the sorted order");
    cp_free(text);
    cp_hits_free(h);
    /* hits without a date keep their order */
    ck_assert_ok(cp_caseload_clients_without_agreed_plan(cl, &h, &e), &e);
    cp_hits_sort_by_date(h);
    ck_assert_str_eq(cp_client_get_id(cp_hit_get_client(cp_hits_at(h, 0))), "c2");
    ck_assert_str_eq(cp_client_get_id(cp_hit_get_client(cp_hits_at(h, 1))), "c3");
    cp_hits_free(h);
    cp_hits_sort_by_date(NULL);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_hits *h = NULL;
    cp_stats *s = NULL;
    cp_date none = CP_DATE_NONE;
    cp_error e;
    ck_assert_ok(cp_caseload_actions_overdue(cl, as_of, &h, &e), &e);
    ck_assert_ok(cp_caseload_stats(cl, as_of, none, none, &s, &e), &e);
    char *out = (char *)"untouched";
    ck_assert_cp(cp_hits_to_json(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_hits_to_json(h, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_stats_to_json(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_stats_to_json(s, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(out, "untouched");
    ck_assert_int_eq(cp_hits_to_json(NULL, &out, NULL), CP_EINVAL); /* err is optional */
    cp_stats_free(s);
    cp_hits_free(h);
}
END_TEST

static Suite *query_json_suite(void)
{
    Suite *s = suite_create("query_json");
    TCase *t = tcase_create("json");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, stats_json);
    tcase_add_test(t, stats_json_without_name_or_mean);
    tcase_add_test(t, action_hits_json);
    tcase_add_test(t, review_smart_and_client_hits_json);
    tcase_add_test(t, hits_json_escapes_texts);
    tcase_add_test(t, sort_by_date);
    tcase_add_test(t, bad_arguments);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(query_json_suite)
