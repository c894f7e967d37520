/* Caseload summary figures, and erasing a client from a caseload. */
#include "testutil.h"

#include <stdio.h>

/*
 * As of Monday 2 March 2026 (academic year from 1 September 2025).
 * c0/p1 (agreed): reviews stored out of date order; g1 is scored at each,
 * g2 at the first and last only. c0/p2 (closed) holds an open overdue
 * action. c1/p1 (draft) has two reviews scoring g3. c2 has nothing.
 */
static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'caseload','clients':["
    "{'id':'c0','given_name':'Robin','plans':["
    "{'id':'p1','created':'2025-06-02','status':'agreed','goals':["
    "{'id':'g1','statement':'One','skill_area':'exploring_options','actions':["
    "{'id':'a1','description':'x','status':'planned','due':'2026-03-01'},"
    "{'id':'a2','description':'x','status':'in_progress','due':'2026-03-02'},"
    "{'id':'a3','description':'x','status':'done','due':'2026-01-01'},"
    "{'id':'a4','description':'x','status':'partly_done','due':'2025-12-01'}]},"
    "{'id':'g2','statement':'Two','skill_area':'exploring_options','actions':["
    "{'id':'a5','description':'x','status':'not_done','due':'2025-12-01'},"
    "{'id':'a6','description':'x','status':'dropped','due':'2025-12-01'},"
    "{'id':'a7','description':'x'}]},"
    "{'id':'g3b','statement':'Three','skill_area':'making_a_decision'}],"
    "'reviews':["
    "{'id':'r3','date':'2026-03-02','goal_scores':[{'goal':'g1','score':5},{'goal':'g2',"
    "'score':9}]},"
    "{'id':'r1','date':'2025-09-01','goal_scores':[{'goal':'g1','score':4},{'goal':'g2',"
    "'score':6}]},"
    "{'id':'r2','date':'2026-01-10','goal_scores':[{'goal':'g1','score':6}]},"
    "{'id':'r0','date':'2025-08-31'}]},"
    "{'id':'p2','created':'2025-01-06','status':'closed','goals':["
    "{'id':'g9','statement':'Old','actions':["
    "{'id':'a8','description':'x','status':'planned','due':'2025-02-01'}]}],"
    "'reviews':[{'id':'r9','date':'2026-03-03'}]}]},"
    "{'id':'c1','plans':[{'id':'p1','created':'2026-01-05','goals':["
    "{'id':'g3','statement':'Three','skill_area':'preparing_an_application','actions':["
    "{'id':'b1','description':'x','status':'planned','due':'2026-02-01'}]},"
    "{'id':'g4','statement':'Four','skill_area':'other'}],"
    "'reviews':[{'id':'s1','date':'2026-01-20','goal_scores':[{'goal':'g3','score':3}]},"
    "{'id':'s2','date':'2026-02-20','goal_scores':[{'goal':'g3','score':8}]}]}]},"
    "{'id':'c2'}"
    "]}";

static cp_stats *stats_of(const cp_caseload *cl, const char *as_of, const char *from,
                          const char *to)
{
    cp_date none = CP_DATE_NONE;
    cp_stats *s = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_stats(cl, cpt_date(as_of), from ? cpt_date(from) : none,
                                   to ? cpt_date(to) : none, &s, &e),
                 &e);
    ck_assert_ptr_nonnull(s);
    return s;
}

START_TEST(counts)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_stats *s = stats_of(cl, "2026-03-02", NULL, NULL);
    ck_assert_uint_eq(cp_stats_clients(s), 3);
    ck_assert_uint_eq(cp_stats_plans(s), 3);
    ck_assert_uint_eq(cp_stats_agreed_plans(s), 1);
    /* actions by status, closed plans included */
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_PLANNED), 4); /* a1 a7 a8 b1 */
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_IN_PROGRESS), 1);
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_DONE), 1);
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_PARTLY_DONE), 1);
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_NOT_DONE), 1);
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_DROPPED), 1);
    ck_assert_uint_eq(cp_stats_actions(s, CP_ACTION_STATUS_UNSET), 0);
    ck_assert_uint_eq(cp_stats_actions(s, (cp_action_status)7), 0);
    ck_assert_uint_eq(cp_stats_actions(s, (cp_action_status)-1), 0);
    /* goals by skill area */
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_EXPLORING_OPTIONS), 2);
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_MAKING_A_DECISION), 1);
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_PREPARING_AN_APPLICATION), 1);
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_OTHER), 1);
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_SELF_AWARENESS), 0);
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_INTERVIEW_AND_TRANSITION), 0);
    ck_assert_uint_eq(cp_stats_goals(s, CP_SKILL_AREA_UNSET), 1); /* g9 */
    ck_assert_uint_eq(cp_stats_goals(s, (cp_skill_area)7), 0);
    cp_stats_free(s);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(overdue_actions_agree_with_the_query)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    /* open and due before 2 March, in plans not closed: a1 (1 March), a4,
     * b1; not a2 (due that day), a5 (not done), a6 (dropped), a8 (closed plan) */
    cp_stats *s = stats_of(cl, "2026-03-02", NULL, NULL);
    ck_assert_uint_eq(cp_stats_overdue_actions(s), 3);
    cp_hits *h = NULL;
    ck_assert_ok(cp_caseload_actions_overdue(cl, cpt_date("2026-03-02"), &h, NULL), NULL);
    ck_assert_uint_eq(cp_hits_count(h), cp_stats_overdue_actions(s));
    cp_hits_free(h);
    cp_stats_free(s);
    s = stats_of(cl, "2026-03-03", NULL, NULL);
    ck_assert_uint_eq(cp_stats_overdue_actions(s), 4);
    cp_stats_free(s);
    s = stats_of(cl, "2025-06-01", NULL, NULL);
    ck_assert_uint_eq(cp_stats_overdue_actions(s), 0);
    cp_stats_free(s);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(reviews_held)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    /* default: 1 September 2025 to 2 March 2026, both included: r1, r2, r3,
     * s1, s2; not r0 (31 August), not r9 (3 March) */
    cp_stats *s = stats_of(cl, "2026-03-02", NULL, NULL);
    ck_assert_uint_eq(cp_stats_reviews_held(s), 5);
    cp_stats_free(s);
    /* the day before: r3 falls out */
    s = stats_of(cl, "2026-03-01", NULL, NULL);
    ck_assert_uint_eq(cp_stats_reviews_held(s), 4);
    cp_stats_free(s);
    /* 31 August is still the old academic year: 1 September 2024 onwards */
    s = stats_of(cl, "2025-08-31", NULL, NULL);
    ck_assert_uint_eq(cp_stats_reviews_held(s), 1);
    cp_stats_free(s);
    /* 1 September starts a new one */
    s = stats_of(cl, "2025-09-01", NULL, NULL);
    ck_assert_uint_eq(cp_stats_reviews_held(s), 1);
    cp_stats_free(s);
    /* explicit periods */
    s = stats_of(cl, "2026-03-02", "2025-08-31", "2026-03-03");
    ck_assert_uint_eq(cp_stats_reviews_held(s), 7);
    cp_stats_free(s);
    s = stats_of(cl, "2026-03-02", "2026-01-10", "2026-01-20");
    ck_assert_uint_eq(cp_stats_reviews_held(s), 2);
    cp_stats_free(s);
    s = stats_of(cl, "2026-03-02", "2026-01-11", NULL); /* to as_of */
    ck_assert_uint_eq(cp_stats_reviews_held(s), 3);
    cp_stats_free(s);
    s = stats_of(cl, "2026-03-02", NULL, "2026-03-03"); /* from 1 September */
    ck_assert_uint_eq(cp_stats_reviews_held(s), 6);
    cp_stats_free(s);
    s = stats_of(cl, "2026-03-02", "2026-03-03", "2026-03-03"); /* one day */
    ck_assert_uint_eq(cp_stats_reviews_held(s), 1);
    cp_stats_free(s);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(mean_confidence_change)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_stats *s = stats_of(cl, "2026-03-02", NULL, NULL);
    /*
     * In date order c0/p1 has r1 (g1 4, g2 6), r2 (g1 6), r3 (g1 5, g2 9):
     * g1 +2 and -1; g2 is paired with its previous score, at r1: +3. c1/p1:
     * g3 3 -> 8, +5. Four changes summing 9: mean 2.25.
     */
    ck_assert_uint_eq(cp_stats_confidence_changes(s), 4);
    double mean = 0;
    ck_assert_int_eq(cp_stats_mean_confidence_change(s, &mean), CP_OK);
    ck_assert_double_eq(mean, 2.25);
    ck_assert_int_eq(cp_stats_mean_confidence_change(s, NULL), CP_EINVAL);
    ck_assert_int_eq(cp_stats_mean_confidence_change(NULL, &mean), CP_EINVAL);
    cp_stats_free(s);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(mean_confidence_change_without_pairs)
{
    cp_caseload *cl = cpt_load_caseload(
        "{'format':'careerplan','version':1,'kind':'caseload','clients':["
        "{'id':'c0','plans':[{'id':'p1','created':'2026-01-05','goals':[{'id':'g1',"
        "'statement':'One'},{'id':'g2','statement':'Two'}],'reviews':["
        "{'id':'r1','date':'2026-01-10','goal_scores':[{'goal':'g1','score':4}]},"
        "{'id':'r2','date':'2026-02-10','goal_scores':[{'goal':'g2','score':4}]},"
        "{'id':'r3','date':'2026-02-11'}]},"
        "{'id':'p2','created':'2026-01-05','goals':[{'id':'g3','statement':'Three'}],"
        "'reviews':[{'id':'r4','date':'2026-01-10','goal_scores':[{'goal':'g3','score':4}]}]}]},"
        "{'id':'c1','plans':[{'id':'p1','created':'2026-01-05','goals':[{'id':'g1',"
        "'statement':'One'}],'reviews':[{'id':'r1','date':'2026-01-10','goal_scores':[{'goal':"
        "'g1','score':9}]}]}]}]}");
    /* the same goal id in two clients' plans is not a pair either */
    cp_stats *s = stats_of(cl, "2026-03-02", NULL, NULL);
    ck_assert_uint_eq(cp_stats_confidence_changes(s), 0);
    double mean = 42;
    ck_assert_int_eq(cp_stats_mean_confidence_change(s, &mean), CP_ENOTFOUND);
    ck_assert_double_eq(mean, 42);
    cp_stats_free(s);
    cp_caseload_free(cl);

    cp_caseload *empty = NULL;
    ck_assert_ok(cp_caseload_new(&empty, NULL), NULL);
    s = stats_of(empty, "2026-03-02", NULL, NULL);
    ck_assert_uint_eq(cp_stats_clients(s), 0);
    ck_assert_uint_eq(cp_stats_plans(s), 0);
    ck_assert_uint_eq(cp_stats_reviews_held(s), 0);
    ck_assert_int_eq(cp_stats_mean_confidence_change(s, &mean), CP_ENOTFOUND);
    cp_stats_free(s);
    cp_caseload_free(empty);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_stats *s = (cp_stats *)cl; /* a marker that must stay untouched */
    cp_stats *const marker = s;
    cp_error e;
    cp_date d = cpt_date("2026-03-02");
    cp_date none = CP_DATE_NONE;
    cp_date bad = {2026, 2, 30};
    ck_assert_cp(cp_caseload_stats(NULL, d, none, none, &s, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_stats(cl, d, none, none, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_stats(cl, none, none, none, &s, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_caseload_stats(cl, bad, none, none, &s, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_caseload_stats(cl, d, bad, none, &s, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_caseload_stats(cl, d, none, bad, &s, &e), CP_ERANGE, "", &e);
    /* a period that ends before it starts */
    ck_assert_cp(cp_caseload_stats(cl, d, cpt_date("2026-03-02"), cpt_date("2026-03-01"), &s, &e),
                 CP_ERANGE, "", &e);
    /* default start (1 September 2025) after an explicit end */
    ck_assert_cp(cp_caseload_stats(cl, d, none, cpt_date("2025-08-31"), &s, &e), CP_ERANGE, "", &e);
    ck_assert_ptr_eq(s, marker);
    cp_stats_free(NULL);
    cp_caseload_free(cl);
}
END_TEST

/* ---- erasing a client ---- */

static const char erase_doc[] =
    "{'format':'careerplan','version':1,'kind':'caseload','name':'Group','clients':["
    "{'id':'c0','given_name':'Keep-Zero'},"
    "{'id':'gone','given_name':'Erase-Given','family_name':'Erase-Family',"
    "'date_of_birth':'2009-09-09','x_private':'Erase-Unknown',"
    "'supporters':[{'id':'s1','name':'Erase-Supporter'}],"
    "'plans':[{'id':'p1','created':'2026-01-05','where_you_are_now':{'text':'Erase-Section'},"
    "'goals':[{'id':'g1','statement':'Erase-Goal','actions':[{'id':'a1',"
    "'description':'Erase-Action'}]}],'reviews':[{'id':'r1','date':'2026-02-01',"
    "'reflection':'Erase-Reflection','outcomes':[{'action':'a1','result':'achieved',"
    "'notes':'Erase-Notes'}]}]}],"
    "'consents':[{'id':'k1','supporter':'s1','scope':'everything','granted':'2026-01-05',"
    "'purpose':'Erase-Purpose'}],"
    "'disclosures':[{'date':'2026-01-06','recipient':'s1','scope':'everything',"
    "'consent':'k1'}]},"
    "{'id':'c2','given_name':'Keep-Two'}]}";

START_TEST(erase_client)
{
    cp_caseload *cl = cpt_load_caseload(erase_doc);
    cp_error e;
    ck_assert_ok(cp_caseload_erase_client(cl, "gone", &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 2);
    ck_assert_ptr_null(cp_caseload_find_client(cl, "gone"));
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 0)), "c0");
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 1)), "c2");
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "c2"), cp_caseload_client_at(cl, 1));
    char *json = NULL;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &json, NULL, &e), &e);
    ck_assert_ptr_null(strstr(json, "Erase"));
    ck_assert_ptr_null(strstr(json, "gone"));
    ck_assert_ptr_null(strstr(json, "2009-09-09"));
    ck_assert_ptr_nonnull(strstr(json, "Keep-Zero"));
    ck_assert_ptr_nonnull(strstr(json, "Keep-Two"));
    cp_free(json);
    /* gone means gone: a second erase finds nothing; the id is free again */
    ck_assert_cp(cp_caseload_erase_client(cl, "gone", &e), CP_ENOTFOUND, "", &e);
    ck_assert_ok(cp_caseload_add_client(cl, "gone", NULL, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 3);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(erase_refusals)
{
    cp_caseload *cl = cpt_load_caseload(erase_doc);
    char *before = NULL, *after = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &before, NULL, &e), &e);
    ck_assert_cp(cp_caseload_erase_client(cl, "nobody", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_caseload_erase_client(cl, "s1", &e), CP_ENOTFOUND, "", &e); /* not a client */
    ck_assert_cp(cp_caseload_erase_client(cl, "", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_caseload_erase_client(cl, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_erase_client(NULL, "gone", &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &after, NULL, &e), &e);
    ck_assert_str_eq(after, before);
    cp_free(before);
    cp_free(after);
    /* the first and the last client, then the empty caseload */
    ck_assert_ok(cp_caseload_erase_client(cl, "c0", &e), &e);
    ck_assert_ok(cp_caseload_erase_client(cl, "c2", &e), &e);
    ck_assert_ok(cp_caseload_erase_client(cl, "gone", &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 0);
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &after, NULL, &e), &e);
    ck_assert_str_eq(after, "{\n"
                            "  \"format\": \"careerplan\",\n"
                            "  \"version\": 1,\n"
                            "  \"kind\": \"caseload\",\n"
                            "  \"name\": \"Group\"\n"
                            "}\n");
    cp_free(after);
    cp_caseload_free(cl);
}
END_TEST

static Suite *stats_suite(void)
{
    Suite *s = suite_create("stats");
    TCase *t = tcase_create("stats");
    tcase_add_test(t, counts);
    tcase_add_test(t, overdue_actions_agree_with_the_query);
    tcase_add_test(t, reviews_held);
    tcase_add_test(t, mean_confidence_change);
    tcase_add_test(t, mean_confidence_change_without_pairs);
    tcase_add_test(t, bad_arguments);
    suite_add_tcase(s, t);
    t = tcase_create("erase");
    tcase_add_test(t, erase_client);
    tcase_add_test(t, erase_refusals);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(stats_suite)
