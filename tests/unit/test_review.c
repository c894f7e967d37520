/* Reviews: accessors, outcomes and barriers, goal scores, changes. */
#include "testutil.h"

static cp_client *client;
static cp_plan *plan;
static cp_goal *goal;
static cp_review *review;

static void setup(void)
{
    ck_assert_int_eq(cp_client_new("c1", &client, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_plan(client, "p1", cpt_date("2026-01-10"), &plan, NULL), CP_OK);
    ck_assert_int_eq(cp_plan_add_goal(plan, "g1", "Find an apprenticeship", &goal, NULL), CP_OK);
    ck_assert_int_eq(cp_goal_add_action(goal, "a1", "Research employers", NULL, NULL), CP_OK);
    ck_assert_int_eq(cp_goal_add_action(goal, "a2", "Write a CV", NULL, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_supporter(client, "s1", CP_SUPPORTER_ROLE_MENTOR, NULL, NULL,
                                             NULL),
                     CP_OK);
    ck_assert_int_eq(cp_plan_add_review(plan, "r1", cpt_date("2026-03-01"), &review, NULL), CP_OK);
}

static void teardown(void)
{
    cp_client_free(client);
}

START_TEST(new_review_defaults)
{
    ck_assert_ptr_eq(cp_review_get_plan(review), plan);
    ck_assert_str_eq(cp_review_get_id(review), "r1");
    ck_assert(cpt_same_date(cp_review_get_date(review), "2026-03-01"));
    ck_assert_ptr_null(cp_review_get_reviewer(review));
    ck_assert_int_eq(cp_review_get_mode(review), CP_REVIEW_MODE_UNSET);
    ck_assert_ptr_null(cp_review_get_reflection(review));
    ck_assert_ptr_null(cp_review_get_feedback(review));
    ck_assert(cp_date_is_none(cp_review_get_next_review(review)));
    ck_assert_uint_eq(cp_review_outcome_count(review), 0);
    ck_assert_uint_eq(cp_review_goal_score_count(review), 0);
    ck_assert_uint_eq(cp_review_change_count(review), 0);
    ck_assert_uint_eq(cp_review_outcome_count(NULL), 0);
    ck_assert_ptr_null(cp_review_outcome_at(NULL, 0));
}
END_TEST

START_TEST(id_and_date)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    ck_assert_cp(cp_review_set_id(review, "a1", &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_review_set_id(review, "", &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_review_set_id(review, "r9", &e), &e);
    ck_assert_str_eq(cp_review_get_id(review), "r9");
    ck_assert_cp(cp_review_set_date(review, none, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_set_date(review, feb30, &e), CP_ERANGE, "", &e);
    ck_assert(cpt_same_date(cp_review_get_date(review), "2026-03-01"));
    ck_assert_ok(cp_review_set_date(review, cpt_date("2026-03-02"), &e), &e);
    ck_assert(cpt_same_date(cp_review_get_date(review), "2026-03-02"));
    ck_assert_cp(cp_review_set_date(NULL, cpt_date("2026-03-02"), &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(other_fields)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    ck_assert_ok(cp_review_set_reviewer(review, "A. Adviser", &e), &e);
    ck_assert_str_eq(cp_review_get_reviewer(review), "A. Adviser");
    ck_assert_ok(cp_review_set_reviewer(review, NULL, &e), &e);
    ck_assert_ptr_null(cp_review_get_reviewer(review));
    ck_assert_ok(cp_review_set_mode(review, CP_REVIEW_MODE_TELEPHONE, &e), &e);
    ck_assert_int_eq(cp_review_get_mode(review), CP_REVIEW_MODE_TELEPHONE);
    ck_assert_cp(cp_review_set_mode(review, (cp_review_mode)5, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_review_get_mode(review), CP_REVIEW_MODE_TELEPHONE);
    ck_assert_ok(cp_review_set_reflection(review, "Went better than I thought.\nMore next time.",
                                          &e),
                 &e);
    ck_assert_str_eq(cp_review_get_reflection(review),
                     "Went better than I thought.\nMore next time.");
    ck_assert_ok(cp_review_set_feedback(review, "Helpful", &e), &e);
    ck_assert_str_eq(cp_review_get_feedback(review), "Helpful");
    ck_assert_cp(cp_review_set_feedback(review, "bad \xff", &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_review_get_feedback(review), "Helpful");
    ck_assert_ok(cp_review_set_next_review(review, cpt_date("2026-06-01"), &e), &e);
    ck_assert(cpt_same_date(cp_review_get_next_review(review), "2026-06-01"));
    ck_assert_cp(cp_review_set_next_review(review, feb30, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_review_set_next_review(review, none, &e), &e);
    ck_assert(cp_date_is_none(cp_review_get_next_review(review)));
}
END_TEST

START_TEST(outcomes)
{
    cp_error e;
    cp_outcome *o = NULL;
    ck_assert_ok(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_PARTLY_ACHIEVED, &o, &e),
                 &e);
    ck_assert_ok(cp_review_add_outcome(review, "a2", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e), &e);
    ck_assert_uint_eq(cp_review_outcome_count(review), 2);
    ck_assert_ptr_eq(cp_review_outcome_at(review, 0), o);
    ck_assert_ptr_null(cp_review_outcome_at(review, 2));
    ck_assert_str_eq(cp_outcome_get_action(o), "a1");
    ck_assert_int_eq(cp_outcome_get_result(o), CP_OUTCOME_RESULT_PARTLY_ACHIEVED);
    ck_assert_ptr_null(cp_outcome_get_notes(o));
    ck_assert_ptr_null(cp_outcome_get_helped(o));

    ck_assert_cp(cp_outcome_set_result(o, CP_OUTCOME_RESULT_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_outcome_set_result(o, (cp_outcome_result)5, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_outcome_set_result(o, CP_OUTCOME_RESULT_NOT_ACHIEVED, &e), &e);
    ck_assert_int_eq(cp_outcome_get_result(o), CP_OUTCOME_RESULT_NOT_ACHIEVED);
    ck_assert_ok(cp_outcome_set_notes(o, "Ran out of time", &e), &e);
    ck_assert_str_eq(cp_outcome_get_notes(o), "Ran out of time");
    ck_assert_ok(cp_outcome_set_helped(o, "Her tutor", &e), &e);
    ck_assert_str_eq(cp_outcome_get_helped(o), "Her tutor");
    ck_assert_ok(cp_outcome_set_helped(o, NULL, &e), &e);
    ck_assert_ptr_null(cp_outcome_get_helped(o));

    ck_assert_cp(cp_review_remove_outcome(review, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_review_remove_outcome(review, 0, &e), &e);
    ck_assert_uint_eq(cp_review_outcome_count(review), 1);
    ck_assert_str_eq(cp_outcome_get_action(cp_review_outcome_at(review, 0)), "a2");
}
END_TEST

START_TEST(outcome_unknown_action)
{
    cp_error e;
    ck_assert_cp(cp_review_add_outcome(review, "a9", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e),
                 CP_ENOTFOUND, "", &e);
    /* ids of other kinds are not actions */
    ck_assert_cp(cp_review_add_outcome(review, "g1", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_review_add_outcome(review, "s1", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_uint_eq(cp_review_outcome_count(review), 0);
}
END_TEST

START_TEST(outcome_bad_arguments)
{
    cp_error e;
    ck_assert_cp(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_UNSET, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_add_outcome(review, "a1", (cp_outcome_result)5, NULL, &e), CP_ERANGE,
                 "", &e);
    ck_assert_cp(cp_review_add_outcome(review, NULL, CP_OUTCOME_RESULT_ACHIEVED, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_add_outcome(review, "", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_add_outcome(NULL, "a1", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_review_outcome_count(review), 0);
}
END_TEST

START_TEST(outcome_one_per_action)
{
    cp_error e;
    cp_review *r2 = NULL;
    ck_assert_ok(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e), &e);
    ck_assert_cp(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_NOT_ACHIEVED, NULL, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_uint_eq(cp_review_outcome_count(review), 1);
    ck_assert_int_eq(cp_outcome_get_result(cp_review_outcome_at(review, 0)),
                     CP_OUTCOME_RESULT_ACHIEVED);
    /* another review may record the same action again */
    ck_assert_ok(cp_plan_add_review(plan, "r2", cpt_date("2026-04-01"), &r2, &e), &e);
    ck_assert_ok(cp_review_add_outcome(r2, "a1", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e), &e);
    /* once removed, the action can be recorded again in the same review */
    ck_assert_ok(cp_review_remove_outcome(review, 0, &e), &e);
    ck_assert_ok(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_PARTLY_ACHIEVED, NULL, &e),
                 &e);
}
END_TEST

START_TEST(barriers)
{
    cp_error e;
    cp_outcome *o = NULL;
    cp_barrier *b = NULL;
    ck_assert_ok(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_NOT_ACHIEVED, &o, &e), &e);
    ck_assert_ok(cp_outcome_add_barrier(o, CP_BARRIER_KIND_TRANSPORT, "No bus on Sundays", &b, &e),
                 &e);
    ck_assert_ok(cp_outcome_add_barrier(o, CP_BARRIER_KIND_TIME, NULL, NULL, &e), &e);
    ck_assert_cp(cp_outcome_add_barrier(o, CP_BARRIER_KIND_UNSET, "x", NULL, &e), CP_EINVAL, "",
                 &e);
    ck_assert_cp(cp_outcome_add_barrier(o, (cp_barrier_kind)9, "x", NULL, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_outcome_add_barrier(o, CP_BARRIER_KIND_OTHER, "bad \xff", NULL, &e),
                 CP_EVALUE, "", &e);
    ck_assert_cp(cp_outcome_add_barrier(NULL, CP_BARRIER_KIND_TIME, NULL, NULL, &e), CP_EINVAL,
                 "", &e);
    ck_assert_uint_eq(cp_outcome_barrier_count(o), 2);
    ck_assert_ptr_eq(cp_outcome_barrier_at(o, 0), b);
    ck_assert_ptr_null(cp_outcome_barrier_at(o, 2));
    ck_assert_int_eq(cp_barrier_get_kind(b), CP_BARRIER_KIND_TRANSPORT);
    ck_assert_str_eq(cp_barrier_get_detail(b), "No bus on Sundays");
    ck_assert_ptr_null(cp_barrier_get_detail(cp_outcome_barrier_at(o, 1)));
    ck_assert_ok(cp_barrier_set_detail(b, "Bus fares", &e), &e);
    ck_assert_str_eq(cp_barrier_get_detail(b), "Bus fares");
    ck_assert_ok(cp_barrier_set_detail(b, NULL, &e), &e);
    ck_assert_ptr_null(cp_barrier_get_detail(b));
    ck_assert_cp(cp_outcome_remove_barrier(o, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_outcome_remove_barrier(o, 0, &e), &e);
    ck_assert_uint_eq(cp_outcome_barrier_count(o), 1);
    ck_assert_int_eq(cp_barrier_get_kind(cp_outcome_barrier_at(o, 0)), CP_BARRIER_KIND_TIME);
    ck_assert_uint_eq(cp_outcome_barrier_count(NULL), 0);
}
END_TEST

START_TEST(goal_scores)
{
    cp_error e;
    cp_goal_score *s = NULL;
    ck_assert_ok(cp_review_add_goal_score(review, "g1", 7, &s, &e), &e);
    ck_assert_uint_eq(cp_review_goal_score_count(review), 1);
    ck_assert_ptr_eq(cp_review_goal_score_at(review, 0), s);
    ck_assert_ptr_null(cp_review_goal_score_at(review, 1));
    ck_assert_str_eq(cp_goal_score_get_goal(s), "g1");
    ck_assert_int_eq(cp_goal_score_get_score(s), 7);
    ck_assert_cp(cp_review_remove_goal_score(review, 1, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_review_remove_goal_score(review, 0, &e), &e);
    ck_assert_uint_eq(cp_review_goal_score_count(review), 0);
}
END_TEST

START_TEST(goal_score_range)
{
    cp_error e;
    ck_assert_cp(cp_review_add_goal_score(review, "g1", 11, NULL, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_review_add_goal_score(review, "g1", 0, NULL, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_review_add_goal_score(review, "g1", -3, NULL, &e), CP_ERANGE, "", &e);
    ck_assert_uint_eq(cp_review_goal_score_count(review), 0);
    ck_assert_ok(cp_review_add_goal_score(review, "g1", 1, NULL, &e), &e);
    ck_assert_ok(cp_review_remove_goal_score(review, 0, &e), &e);
    ck_assert_ok(cp_review_add_goal_score(review, "g1", 10, NULL, &e), &e);
    ck_assert_int_eq(cp_goal_score_get_score(cp_review_goal_score_at(review, 0)), 10);
}
END_TEST

START_TEST(goal_score_unknown_goal_and_duplicate)
{
    cp_error e;
    ck_assert_cp(cp_review_add_goal_score(review, "g9", 5, NULL, &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_review_add_goal_score(review, "a1", 5, NULL, &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_review_add_goal_score(review, NULL, 5, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_add_goal_score(review, "", 5, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_review_add_goal_score(review, "g1", 5, NULL, &e), &e);
    ck_assert_cp(cp_review_add_goal_score(review, "g1", 6, NULL, &e), CP_EDUPLICATE, "", &e);
    ck_assert_uint_eq(cp_review_goal_score_count(review), 1);
    ck_assert_int_eq(cp_goal_score_get_score(cp_review_goal_score_at(review, 0)), 5);
}
END_TEST

START_TEST(changes)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    cp_change *c = NULL;
    cp_action *a3 = NULL;
    ck_assert_ok(cp_review_add_change(review, CP_CHANGE_KIND_ACTION_REVISED, "a1", &c, &e), &e);
    ck_assert_ok(cp_review_add_change(review, CP_CHANGE_KIND_GOAL_REVISED, "g1", NULL, &e), &e);
    /* an added action exists before the change that records it */
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_ACTION_ADDED, "a3", NULL, &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_ok(cp_goal_add_action(goal, "a3", "Visit a careers fair", &a3, &e), &e);
    ck_assert_ok(cp_review_add_change(review, CP_CHANGE_KIND_ACTION_ADDED, "a3", NULL, &e), &e);
    ck_assert_uint_eq(cp_review_change_count(review), 3);
    ck_assert_ptr_eq(cp_review_change_at(review, 0), c);
    ck_assert_ptr_null(cp_review_change_at(review, 3));

    ck_assert_int_eq(cp_change_get_kind(c), CP_CHANGE_KIND_ACTION_REVISED);
    ck_assert_str_eq(cp_change_get_action(c), "a1");
    ck_assert_ptr_null(cp_change_get_goal(c));
    const cp_change *g = cp_review_change_at(review, 1);
    ck_assert_int_eq(cp_change_get_kind(g), CP_CHANGE_KIND_GOAL_REVISED);
    ck_assert_str_eq(cp_change_get_goal(g), "g1");
    ck_assert_ptr_null(cp_change_get_action(g));

    ck_assert(cp_date_is_none(cp_change_get_due(c)));
    ck_assert_ok(cp_change_set_due(c, cpt_date("2026-04-15"), &e), &e);
    ck_assert(cpt_same_date(cp_change_get_due(c), "2026-04-15"));
    ck_assert_cp(cp_change_set_due(c, feb30, &e), CP_ERANGE, "", &e);
    ck_assert(cpt_same_date(cp_change_get_due(c), "2026-04-15"));
    ck_assert_ok(cp_change_set_due(c, none, &e), &e);
    ck_assert(cp_date_is_none(cp_change_get_due(c)));
    ck_assert_ptr_null(cp_change_get_description(c));
    ck_assert_ok(cp_change_set_description(c, "New date after half term", &e), &e);
    ck_assert_str_eq(cp_change_get_description(c), "New date after half term");
    ck_assert_ok(cp_change_set_description(c, NULL, &e), &e);
    ck_assert_ptr_null(cp_change_get_description(c));

    /* the change keeps its action alive until the change is removed */
    ck_assert_cp(cp_goal_remove_action(goal, 2, &e), CP_ESTATE, "", &e);
    ck_assert_cp(cp_review_remove_change(review, 3, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_review_remove_change(review, 2, &e), &e);
    ck_assert_ok(cp_goal_remove_action(goal, 2, &e), &e);
    ck_assert_uint_eq(cp_review_change_count(review), 2);
}
END_TEST

START_TEST(change_target_must_match_kind)
{
    cp_error e;
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_GOAL_REVISED, "a1", NULL, &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_ACTION_DROPPED, "g1", NULL, &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_ACTION_REVISED, "zz", NULL, &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_UNSET, "a1", NULL, &e), CP_EINVAL,
                 "", &e);
    ck_assert_cp(cp_review_add_change(review, (cp_change_kind)5, "a1", NULL, &e), CP_ERANGE, "",
                 &e);
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_ACTION_DROPPED, NULL, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_add_change(review, CP_CHANGE_KIND_GOAL_REVISED, "", NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_review_change_count(review), 0);
}
END_TEST

START_TEST(remove_goal_refused_while_scored)
{
    cp_error e;
    ck_assert_ok(cp_review_add_goal_score(review, "g1", 4, NULL, &e), &e);
    ck_assert_cp(cp_plan_remove_goal(plan, 0, &e), CP_ESTATE, "", &e);
    ck_assert_ok(cp_review_remove_goal_score(review, 0, &e), &e);
    ck_assert_ok(cp_plan_remove_goal(plan, 0, &e), &e);
    ck_assert_uint_eq(cp_plan_goal_count(plan), 0);
}
END_TEST

START_TEST(children_know_their_parent)
{
    cp_error e;
    cp_review *r2 = NULL;
    cp_outcome *o1 = NULL, *o2 = NULL;
    cp_barrier *b1 = NULL, *b2 = NULL;
    cp_goal_score *s1 = NULL, *s2 = NULL;
    cp_change *c1 = NULL, *c2 = NULL;
    ck_assert_ok(cp_plan_add_review(plan, "r2", cpt_date("2026-04-01"), &r2, &e), &e);
    ck_assert_ok(cp_review_add_outcome(review, "a1", CP_OUTCOME_RESULT_ACHIEVED, &o1, &e), &e);
    ck_assert_ok(cp_review_add_outcome(r2, "a1", CP_OUTCOME_RESULT_NOT_ACHIEVED, &o2, &e), &e);
    ck_assert_ok(cp_outcome_add_barrier(o1, CP_BARRIER_KIND_TIME, NULL, &b1, &e), &e);
    ck_assert_ok(cp_outcome_add_barrier(o2, CP_BARRIER_KIND_TRANSPORT, NULL, &b2, &e), &e);
    ck_assert_ok(cp_review_add_goal_score(review, "g1", 4, &s1, &e), &e);
    ck_assert_ok(cp_review_add_goal_score(r2, "g1", 6, &s2, &e), &e);
    ck_assert_ok(cp_review_add_change(review, CP_CHANGE_KIND_GOAL_REVISED, "g1", &c1, &e), &e);
    ck_assert_ok(cp_review_add_change(r2, CP_CHANGE_KIND_ACTION_REVISED, "a2", &c2, &e), &e);
    ck_assert_ptr_eq(cp_outcome_get_review(o1), review);
    ck_assert_ptr_eq(cp_outcome_get_review(o2), r2);
    ck_assert_ptr_eq(cp_barrier_get_outcome(b1), o1);
    ck_assert_ptr_eq(cp_barrier_get_outcome(b2), o2);
    ck_assert_ptr_eq(cp_goal_score_get_review(s1), review);
    ck_assert_ptr_eq(cp_goal_score_get_review(s2), r2);
    ck_assert_ptr_eq(cp_change_get_review(c1), review);
    ck_assert_ptr_eq(cp_change_get_review(c2), r2);
    /* up the whole way */
    ck_assert_ptr_eq(cp_review_get_plan(cp_outcome_get_review(cp_barrier_get_outcome(b2))), plan);
}
END_TEST

static Suite *review_suite(void)
{
    Suite *s = suite_create("review");
    TCase *tc = tcase_create("review");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, new_review_defaults);
    tcase_add_test(tc, id_and_date);
    tcase_add_test(tc, other_fields);
    tcase_add_test(tc, outcomes);
    tcase_add_test(tc, outcome_unknown_action);
    tcase_add_test(tc, outcome_bad_arguments);
    tcase_add_test(tc, outcome_one_per_action);
    tcase_add_test(tc, barriers);
    tcase_add_test(tc, goal_scores);
    tcase_add_test(tc, goal_score_range);
    tcase_add_test(tc, goal_score_unknown_goal_and_duplicate);
    tcase_add_test(tc, changes);
    tcase_add_test(tc, change_target_must_match_kind);
    tcase_add_test(tc, remove_goal_refused_while_scored);
    tcase_add_test(tc, children_know_their_parent);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(review_suite)
