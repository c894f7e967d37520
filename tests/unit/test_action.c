/* Actions: adding and removing, accessors and the rules that tie fields together. */
#include "testutil.h"

static cp_client *client;
static cp_plan *plan;
static cp_goal *goal;
static cp_action *action;

static void setup(void)
{
    ck_assert_int_eq(cp_client_new("c1", &client, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_plan(client, "p1", cpt_date("2026-01-10"), &plan, NULL), CP_OK);
    ck_assert_int_eq(cp_plan_add_goal(plan, "g1", "Find an apprenticeship", &goal, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_supporter(client, "s1", CP_SUPPORTER_ROLE_PARENT_CARER,
                                             "Sam Parent", NULL, NULL),
                     CP_OK);
    ck_assert_int_eq(cp_client_add_supporter(client, "s2", CP_SUPPORTER_ROLE_TUTOR, "Kim Tutor",
                                             NULL, NULL),
                     CP_OK);
    ck_assert_int_eq(cp_goal_add_action(goal, "a1", "Research three local employers", &action,
                                        NULL),
                     CP_OK);
}

static void teardown(void)
{
    cp_client_free(client);
}

START_TEST(add_and_read)
{
    ck_assert_uint_eq(cp_goal_action_count(goal), 1);
    ck_assert_ptr_eq(cp_goal_action_at(goal, 0), action);
    ck_assert_ptr_null(cp_goal_action_at(goal, 1));
    ck_assert_ptr_eq(cp_action_get_goal(action), goal);
    ck_assert_str_eq(cp_action_get_id(action), "a1");
    ck_assert_str_eq(cp_action_get_description(action), "Research three local employers");
    ck_assert_int_eq(cp_action_get_owner(action), CP_OWNER_UNSET);
    ck_assert_ptr_null(cp_action_get_owner_supporter(action));
    ck_assert(cp_date_is_none(cp_action_get_due(action)));
    ck_assert_ptr_null(cp_action_get_measure(action));
    ck_assert_int_eq(cp_action_is_agreed(action), 0);
    ck_assert_uint_eq(cp_action_supporter_count(action), 0);
    ck_assert_uint_eq(cp_action_resource_count(action), 0);
    ck_assert_int_eq(cp_action_get_priority(action), CP_PRIORITY_UNSET);
    ck_assert_int_eq(cp_action_get_status(action), CP_ACTION_STATUS_PLANNED);
    ck_assert(cp_date_is_none(cp_action_get_completed(action)));
    ck_assert_int_eq(cp_action_is_sensitive(action), 0);
    ck_assert_uint_eq(cp_goal_action_count(NULL), 0);
    ck_assert_ptr_null(cp_goal_action_at(NULL, 0));
}
END_TEST

START_TEST(add_refused)
{
    cp_error e;
    ck_assert_cp(cp_goal_add_action(goal, "a1", "Again", NULL, &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_goal_add_action(goal, "s1", "Clashes with a supporter", NULL, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_goal_add_action(goal, "", "Empty id", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_add_action(goal, "a2", "", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_add_action(goal, "a2", NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_add_action(goal, "a2", "bad \xff", NULL, &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_goal_add_action(NULL, "a2", "x", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_goal_action_count(goal), 1);
}
END_TEST

START_TEST(id_and_description)
{
    cp_error e;
    ck_assert_cp(cp_action_set_id(action, "g1", &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_action_set_id(action, "", &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_action_set_id(action, "a9", &e), &e);
    ck_assert_str_eq(cp_action_get_id(action), "a9");
    ck_assert_cp(cp_action_set_description(action, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_set_description(action, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_action_set_description(action, "Phone two employers", &e), &e);
    ck_assert_str_eq(cp_action_get_description(action), "Phone two employers");
    ck_assert_cp(cp_action_set_description(NULL, "x", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(owner_supporter_unknown_id)
{
    cp_error e;
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_SUPPORTER, &e), &e);
    ck_assert_cp(cp_action_set_owner_supporter(action, "nobody", &e), CP_ENOTFOUND, "", &e);
    /* an id of something that is not a supporter is not found either */
    ck_assert_cp(cp_action_set_owner_supporter(action, "g1", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_action_set_owner_supporter(action, "", &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(cp_action_get_owner_supporter(action));
    ck_assert_ok(cp_action_set_owner_supporter(action, "s2", &e), &e);
    ck_assert_str_eq(cp_action_get_owner_supporter(action), "s2");
}
END_TEST

START_TEST(owner_supporter_needs_supporter_owner)
{
    cp_error e;
    ck_assert_cp(cp_action_set_owner_supporter(action, "s1", &e), CP_ESTATE, "", &e);
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_CLIENT, &e), &e);
    ck_assert_cp(cp_action_set_owner_supporter(action, "s1", &e), CP_ESTATE, "", &e);
    ck_assert_ptr_null(cp_action_get_owner_supporter(action));
    /* clearing is allowed whatever the owner */
    ck_assert_ok(cp_action_set_owner_supporter(action, NULL, &e), &e);
}
END_TEST

START_TEST(owner_change_clears_owner_supporter)
{
    cp_error e;
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_SUPPORTER, &e), &e);
    ck_assert_ok(cp_action_set_owner_supporter(action, "s1", &e), &e);
    /* a refused owner changes nothing */
    ck_assert_cp(cp_action_set_owner(action, (cp_owner)4, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_action_get_owner(action), CP_OWNER_SUPPORTER);
    ck_assert_str_eq(cp_action_get_owner_supporter(action), "s1");
    /* setting "supporter" again keeps the supporter */
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_SUPPORTER, &e), &e);
    ck_assert_str_eq(cp_action_get_owner_supporter(action), "s1");
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_ADVISER, &e), &e);
    ck_assert_int_eq(cp_action_get_owner(action), CP_OWNER_ADVISER);
    ck_assert_ptr_null(cp_action_get_owner_supporter(action));
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_SUPPORTER, &e), &e);
    ck_assert_ok(cp_action_set_owner_supporter(action, "s2", &e), &e);
    ck_assert_ok(cp_action_set_owner(action, CP_OWNER_UNSET, &e), &e);
    ck_assert_int_eq(cp_action_get_owner(action), CP_OWNER_UNSET);
    ck_assert_ptr_null(cp_action_get_owner_supporter(action));
}
END_TEST

START_TEST(due_date)
{
    cp_error e;
    cp_date feb30 = {2026, 2, 30};
    cp_date none = CP_DATE_NONE;
    ck_assert_cp(cp_action_set_due(action, feb30, &e), CP_ERANGE, "", &e);
    ck_assert(cp_date_is_none(cp_action_get_due(action)));
    ck_assert_ok(cp_action_set_due(action, cpt_date("2026-02-28"), &e), &e);
    ck_assert(cpt_same_date(cp_action_get_due(action), "2026-02-28"));
    ck_assert_cp(cp_action_set_due(action, feb30, &e), CP_ERANGE, "", &e);
    ck_assert(cpt_same_date(cp_action_get_due(action), "2026-02-28"));
    ck_assert_ok(cp_action_set_due(action, none, &e), &e);
    ck_assert(cp_date_is_none(cp_action_get_due(action)));
}
END_TEST

START_TEST(measure_agreed_priority_sensitive)
{
    cp_error e;
    ck_assert_ok(cp_action_set_measure(action, "Three names written down", &e), &e);
    ck_assert_str_eq(cp_action_get_measure(action), "Three names written down");
    ck_assert_ok(cp_action_set_measure(action, NULL, &e), &e);
    ck_assert_ptr_null(cp_action_get_measure(action));
    ck_assert_ok(cp_action_set_agreed(action, 2, &e), &e);
    ck_assert_int_eq(cp_action_is_agreed(action), 1);
    ck_assert_ok(cp_action_set_agreed(action, 0, &e), &e);
    ck_assert_int_eq(cp_action_is_agreed(action), 0);
    ck_assert_ok(cp_action_set_priority(action, CP_PRIORITY_HIGH, &e), &e);
    ck_assert_int_eq(cp_action_get_priority(action), CP_PRIORITY_HIGH);
    ck_assert_cp(cp_action_set_priority(action, (cp_priority)4, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_action_get_priority(action), CP_PRIORITY_HIGH);
    ck_assert_ok(cp_action_set_sensitive(action, 1, &e), &e);
    ck_assert_int_eq(cp_action_is_sensitive(action), 1);
    ck_assert_cp(cp_action_set_sensitive(NULL, 1, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_set_agreed(NULL, 1, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(supporters_list)
{
    cp_error e;
    ck_assert_ok(cp_action_add_supporter(action, "s1", &e), &e);
    ck_assert_ok(cp_action_add_supporter(action, "s2", &e), &e);
    ck_assert_cp(cp_action_add_supporter(action, "s1", &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_action_add_supporter(action, "s3", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_action_add_supporter(action, "a1", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_action_add_supporter(action, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_add_supporter(action, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_action_supporter_count(action), 2);
    ck_assert_str_eq(cp_action_supporter_at(action, 0), "s1");
    ck_assert_str_eq(cp_action_supporter_at(action, 1), "s2");
    ck_assert_ptr_null(cp_action_supporter_at(action, 2));
    ck_assert_cp(cp_action_remove_supporter(action, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_action_remove_supporter(action, 0, &e), &e);
    ck_assert_uint_eq(cp_action_supporter_count(action), 1);
    ck_assert_str_eq(cp_action_supporter_at(action, 0), "s2");
    /* removed from the action, the supporter can be listed again */
    ck_assert_ok(cp_action_add_supporter(action, "s1", &e), &e);
    ck_assert_uint_eq(cp_action_supporter_count(NULL), 0);
    ck_assert_ptr_null(cp_action_supporter_at(NULL, 0));
}
END_TEST

START_TEST(resources_list)
{
    cp_error e;
    ck_assert_ok(cp_action_add_resource(action, "Apprenticeship search site", &e), &e);
    ck_assert_ok(cp_action_add_resource(action, "CV template", &e), &e);
    ck_assert_cp(cp_action_add_resource(action, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_add_resource(action, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_add_resource(action, "bad \xff", &e), CP_EVALUE, "", &e);
    ck_assert_uint_eq(cp_action_resource_count(action), 2);
    ck_assert_str_eq(cp_action_resource_at(action, 1), "CV template");
    ck_assert_ptr_null(cp_action_resource_at(action, 2));
    ck_assert_cp(cp_action_remove_resource(action, 5, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_action_remove_resource(action, 0, &e), &e);
    ck_assert_uint_eq(cp_action_resource_count(action), 1);
    ck_assert_str_eq(cp_action_resource_at(action, 0), "CV template");
}
END_TEST

START_TEST(status_not_unset)
{
    cp_error e;
    ck_assert_cp(cp_action_set_status(action, CP_ACTION_STATUS_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_set_status(action, (cp_action_status)7, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_action_get_status(action), CP_ACTION_STATUS_PLANNED);
    ck_assert_ok(cp_action_set_status(action, CP_ACTION_STATUS_IN_PROGRESS, &e), &e);
    ck_assert_int_eq(cp_action_get_status(action), CP_ACTION_STATUS_IN_PROGRESS);
}
END_TEST

START_TEST(completed_needs_done_status)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    ck_assert_cp(cp_action_set_completed(action, cpt_date("2026-02-01"), &e), CP_ESTATE, "", &e);
    ck_assert(cp_date_is_none(cp_action_get_completed(action)));
    ck_assert_ok(cp_action_set_completed(action, none, &e), &e);
    ck_assert_ok(cp_action_set_status(action, CP_ACTION_STATUS_PARTLY_DONE, &e), &e);
    ck_assert_cp(cp_action_set_completed(action, feb30, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_action_set_completed(action, cpt_date("2026-02-01"), &e), &e);
    ck_assert(cpt_same_date(cp_action_get_completed(action), "2026-02-01"));
    /* done keeps the date */
    ck_assert_ok(cp_action_set_status(action, CP_ACTION_STATUS_DONE, &e), &e);
    ck_assert(cpt_same_date(cp_action_get_completed(action), "2026-02-01"));
    ck_assert_ok(cp_action_set_completed(action, none, &e), &e);
    ck_assert(cp_date_is_none(cp_action_get_completed(action)));
}
END_TEST

START_TEST(other_status_clears_completed)
{
    cp_error e;
    ck_assert_ok(cp_action_set_status(action, CP_ACTION_STATUS_DONE, &e), &e);
    ck_assert_ok(cp_action_set_completed(action, cpt_date("2026-02-01"), &e), &e);
    /* a refused status keeps the date */
    ck_assert_cp(cp_action_set_status(action, CP_ACTION_STATUS_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert(cpt_same_date(cp_action_get_completed(action), "2026-02-01"));
    ck_assert_ok(cp_action_set_status(action, CP_ACTION_STATUS_NOT_DONE, &e), &e);
    ck_assert(cp_date_is_none(cp_action_get_completed(action)));
    ck_assert_cp(cp_action_set_completed(action, cpt_date("2026-02-01"), &e), CP_ESTATE, "", &e);
}
END_TEST

START_TEST(complete_on_a_date)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    ck_assert_cp(cp_action_complete(action, none, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_action_complete(action, feb30, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_action_complete(NULL, cpt_date("2026-03-03"), &e), CP_EINVAL, "", &e);
    /* nothing changes on failure */
    ck_assert_int_eq(cp_action_get_status(action), CP_ACTION_STATUS_PLANNED);
    ck_assert(cp_date_is_none(cp_action_get_completed(action)));
    ck_assert_ok(cp_action_complete(action, cpt_date("2026-03-03"), &e), &e);
    ck_assert_int_eq(cp_action_get_status(action), CP_ACTION_STATUS_DONE);
    ck_assert(cpt_same_date(cp_action_get_completed(action), "2026-03-03"));
}
END_TEST

START_TEST(remove_refused_while_outcome_refers)
{
    cp_error e;
    cp_review *r = NULL;
    ck_assert_ok(cp_goal_add_action(goal, "a2", "Update CV", NULL, &e), &e);
    ck_assert_ok(cp_plan_add_review(plan, "r1", cpt_date("2026-03-01"), &r, &e), &e);
    ck_assert_ok(cp_review_add_outcome(r, "a1", CP_OUTCOME_RESULT_ACHIEVED, NULL, &e), &e);
    ck_assert_cp(cp_goal_remove_action(goal, 0, &e), CP_ESTATE, "", &e);
    ck_assert_uint_eq(cp_goal_action_count(goal), 2);
    ck_assert_ok(cp_review_remove_outcome(r, 0, &e), &e);
    ck_assert_ok(cp_goal_remove_action(goal, 0, &e), &e);
    ck_assert_uint_eq(cp_goal_action_count(goal), 1);
    ck_assert_str_eq(cp_action_get_id(cp_goal_action_at(goal, 0)), "a2");
}
END_TEST

START_TEST(remove_refused_while_change_refers)
{
    cp_error e;
    cp_review *r = NULL;
    ck_assert_ok(cp_plan_add_review(plan, "r1", cpt_date("2026-03-01"), &r, &e), &e);
    ck_assert_ok(cp_review_add_change(r, CP_CHANGE_KIND_ACTION_DROPPED, "a1", NULL, &e), &e);
    ck_assert_cp(cp_goal_remove_action(goal, 0, &e), CP_ESTATE, "", &e);
    ck_assert_ok(cp_review_remove_change(r, 0, &e), &e);
    ck_assert_ok(cp_goal_remove_action(goal, 0, &e), &e);
    ck_assert_uint_eq(cp_goal_action_count(goal), 0);
}
END_TEST

START_TEST(remove_index_and_null)
{
    cp_error e;
    ck_assert_cp(cp_goal_remove_action(goal, 1, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_goal_remove_action(NULL, 0, &e), CP_EINVAL, "", &e);
    /* an action's own supporters do not keep it alive */
    ck_assert_ok(cp_action_add_supporter(action, "s1", &e), &e);
    ck_assert_ok(cp_goal_remove_action(goal, 0, &e), &e);
    /* and the removed id is free again */
    ck_assert_ok(cp_goal_add_action(goal, "a1", "Again", NULL, &e), &e);
}
END_TEST

static Suite *action_suite(void)
{
    Suite *s = suite_create("action");
    TCase *tc = tcase_create("action");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, add_and_read);
    tcase_add_test(tc, add_refused);
    tcase_add_test(tc, id_and_description);
    tcase_add_test(tc, owner_supporter_unknown_id);
    tcase_add_test(tc, owner_supporter_needs_supporter_owner);
    tcase_add_test(tc, owner_change_clears_owner_supporter);
    tcase_add_test(tc, due_date);
    tcase_add_test(tc, measure_agreed_priority_sensitive);
    tcase_add_test(tc, supporters_list);
    tcase_add_test(tc, resources_list);
    tcase_add_test(tc, status_not_unset);
    tcase_add_test(tc, completed_needs_done_status);
    tcase_add_test(tc, other_status_clears_completed);
    tcase_add_test(tc, complete_on_a_date);
    tcase_add_test(tc, remove_refused_while_outcome_refers);
    tcase_add_test(tc, remove_refused_while_change_refers);
    tcase_add_test(tc, remove_index_and_null);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(action_suite)
