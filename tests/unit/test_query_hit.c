/* The objects of a hit without const, for the holder of the caseload
 * (cp_caseload_hit_client() ... cp_caseload_hit_action(), query.h): the same
 * objects as cp_hit_get_*(), changeable with no cast, and NULL for a hit of
 * another caseload, a client taken out, or NULL arguments. */
#include "testutil.h"

static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'caseload','clients':["
    "{'id':'c0','plans':[{'id':'p1','created':'2026-01-05','status':'agreed','goals':["
    "{'id':'g1','statement':'One','actions':["
    "{'id':'a1','description':'overdue','due':'2026-02-01','owner':'client'},"
    "{'id':'a2','description':'later','due':'2026-04-01','owner':'client'}]}]}]},"
    "{'id':'c1'}]}";

static cp_caseload *cl;
static cp_hits *overdue;
static cp_date as_of;

static void setup(void)
{
    cp_error e;
    cl = cpt_load_caseload(doc);
    as_of = cpt_date("2026-03-02");
    ck_assert_ok(cp_caseload_actions_overdue(cl, as_of, &overdue, &e), &e);
    ck_assert_uint_eq(cp_hits_count(overdue), 1);
}

static void teardown(void)
{
    cp_hits_free(overdue);
    cp_caseload_free(cl);
}

START_TEST(same_objects_as_the_const_getters)
{
    const cp_hit *h = cp_hits_at(overdue, 0);
    cp_client *c = cp_caseload_hit_client(cl, h);
    cp_plan *p = cp_caseload_hit_plan(cl, h);
    cp_goal *g = cp_caseload_hit_goal(cl, h);
    cp_action *a = cp_caseload_hit_action(cl, h);
    ck_assert_ptr_eq(c, cp_hit_get_client(h));
    ck_assert_ptr_eq(p, cp_hit_get_plan(h));
    ck_assert_ptr_eq(g, cp_hit_get_goal(h));
    ck_assert_ptr_eq(a, cp_hit_get_action(h));
    ck_assert_ptr_eq(c, cp_caseload_find_client(cl, "c0"));
    ck_assert_ptr_eq(a, cp_client_find_action(c, "a1"));
    ck_assert_str_eq(cp_action_get_id(a), "a1");
    ck_assert_str_eq(cp_goal_get_id(g), "g1");
    ck_assert_str_eq(cp_plan_get_id(p), "p1");
}
END_TEST

START_TEST(change_what_the_query_found)
{
    cp_error e;
    const cp_hit *h = cp_hits_at(overdue, 0);
    cp_action *a = cp_caseload_hit_action(cl, h);
    ck_assert_ok(cp_action_set_status(a, CP_ACTION_STATUS_DONE, &e), &e);
    ck_assert_ok(cp_action_set_completed(a, cpt_date("2026-03-01"), &e), &e);
    cp_hits *again = NULL;
    ck_assert_ok(cp_caseload_actions_overdue(cl, as_of, &again, &e), &e);
    ck_assert_uint_eq(cp_hits_count(again), 0);
    cp_hits_free(again);
    /* through the client too */
    ck_assert_ok(cp_client_set_given_name(cp_caseload_hit_client(cl, h), "Sam", &e), &e);
    ck_assert_str_eq(cp_client_get_given_name(cp_caseload_find_client(cl, "c0")), "Sam");
}
END_TEST

START_TEST(client_level_hits)
{
    cp_error e;
    cp_hits *without = NULL;
    ck_assert_ok(cp_caseload_clients_without_agreed_plan(cl, &without, &e), &e);
    ck_assert_uint_eq(cp_hits_count(without), 1);
    const cp_hit *h = cp_hits_at(without, 0);
    ck_assert_ptr_eq(cp_caseload_hit_client(cl, h), cp_caseload_find_client(cl, "c1"));
    ck_assert_ptr_null(cp_caseload_hit_plan(cl, h));
    ck_assert_ptr_null(cp_caseload_hit_goal(cl, h));
    ck_assert_ptr_null(cp_caseload_hit_action(cl, h));
    cp_hits_free(without);
}
END_TEST

START_TEST(another_caseload_or_null)
{
    const cp_hit *h = cp_hits_at(overdue, 0);
    cp_caseload *other = cpt_load_caseload(doc);
    ck_assert_ptr_null(cp_caseload_hit_client(other, h));
    ck_assert_ptr_null(cp_caseload_hit_plan(other, h));
    ck_assert_ptr_null(cp_caseload_hit_goal(other, h));
    ck_assert_ptr_null(cp_caseload_hit_action(other, h));
    cp_caseload_free(other);
    ck_assert_ptr_null(cp_caseload_hit_client(NULL, h));
    ck_assert_ptr_null(cp_caseload_hit_action(NULL, h));
    ck_assert_ptr_null(cp_caseload_hit_client(cl, NULL));
    ck_assert_ptr_null(cp_caseload_hit_plan(cl, NULL));
    ck_assert_ptr_null(cp_caseload_hit_goal(cl, NULL));
    ck_assert_ptr_null(cp_caseload_hit_action(cl, NULL));
}
END_TEST

START_TEST(client_taken_out)
{
    cp_error e;
    const cp_hit *h = cp_hits_at(overdue, 0);
    cp_client *taken = NULL;
    ck_assert_ok(cp_caseload_take_client(cl, 0, &taken, &e), &e);
    /* the hit's objects are still alive (the client is the caller's now),
     * but no longer the caseload's: nothing is handed out through it */
    ck_assert_ptr_null(cp_caseload_hit_client(cl, h));
    ck_assert_ptr_null(cp_caseload_hit_action(cl, h));
    cp_client_free(taken);
}
END_TEST

static Suite *query_hit_suite(void)
{
    Suite *s = suite_create("query_hit");
    TCase *t = tcase_create("hits");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, same_objects_as_the_const_getters);
    tcase_add_test(t, change_what_the_query_found);
    tcase_add_test(t, client_level_hits);
    tcase_add_test(t, another_caseload_or_null);
    tcase_add_test(t, client_taken_out);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(query_hit_suite)
