/* Goals: accessors, validation, analyses, removal. */
#include "testutil.h"

static cp_client *client;
static cp_plan *plan;

static void setup(void)
{
    ck_assert_int_eq(cp_client_new("c1", &client, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_plan(client, "p1", cpt_date("2026-01-10"), &plan, NULL), CP_OK);
}

static void teardown(void)
{
    cp_client_free(client);
}

START_TEST(add_and_read)
{
    cp_error e;
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find a course I enjoy", &g, &e), &e);
    ck_assert_ptr_nonnull(g);
    ck_assert_uint_eq(cp_plan_goal_count(plan), 1);
    ck_assert_ptr_eq(cp_plan_goal_at(plan, 0), g);
    ck_assert_ptr_null(cp_plan_goal_at(plan, 1));
    ck_assert_ptr_eq(cp_goal_get_plan(g), plan);
    ck_assert_str_eq(cp_goal_get_id(g), "g1");
    ck_assert_str_eq(cp_goal_get_statement(g), "Find a course I enjoy");
    ck_assert_int_eq(cp_goal_get_status(g), CP_GOAL_STATUS_ACTIVE);
    ck_assert_int_eq(cp_goal_get_confidence(g), 0);
    ck_assert_int_eq(cp_goal_is_sensitive(g), 0);
}
END_TEST

START_TEST(setters_validate)
{
    cp_error e;
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find work", &g, &e), &e);
    ck_assert_cp(cp_goal_set_confidence(g, 11, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_goal_set_confidence(g, -1, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_goal_get_confidence(g), 0);
    ck_assert_ok(cp_goal_set_confidence(g, 10, &e), &e);
    ck_assert_int_eq(cp_goal_get_confidence(g), 10);
    ck_assert_cp(cp_goal_set_statement(g, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_set_statement(g, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(cp_goal_get_statement(g), "Find work");
    ck_assert_cp(cp_goal_set_statement(g, "bad \xff utf8", &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_goal_set_skill_area(g, (cp_skill_area)99, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_goal_set_skill_area(g, CP_SKILL_AREA_MAKING_A_DECISION, &e), &e);
    ck_assert_int_eq(cp_goal_get_skill_area(g), CP_SKILL_AREA_MAKING_A_DECISION);
    ck_assert_cp(cp_goal_set_status(g, CP_GOAL_STATUS_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_goal_set_status(g, CP_GOAL_STATUS_ACHIEVED, &e), &e);
    ck_assert_int_eq(cp_goal_get_status(g), CP_GOAL_STATUS_ACHIEVED);
    ck_assert_ok(cp_goal_set_horizon(g, CP_HORIZON_LONG_TERM, &e), &e);
    ck_assert_int_eq(cp_goal_get_horizon(g), CP_HORIZON_LONG_TERM);
    ck_assert_ok(cp_goal_set_sensitive(g, 5, &e), &e);
    ck_assert_int_eq(cp_goal_is_sensitive(g), 1);
    ck_assert_cp(cp_goal_set_confidence(NULL, 5, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(ids_are_unique_in_the_client)
{
    cp_error e;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "One", NULL, &e), &e);
    ck_assert_cp(cp_plan_add_goal(plan, "g1", "Two", NULL, &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_plan_add_goal(plan, "p1", "Clashes with the plan id", NULL, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_plan_add_goal(plan, "", "Empty id", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_goal(plan, "g2", "", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_plan_goal_count(plan), 1);
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g2", "Two", &g, &e), &e);
    ck_assert_cp(cp_goal_set_id(g, "g1", &e), CP_EDUPLICATE, "", &e);
    ck_assert_ok(cp_goal_set_id(g, "g2", &e), &e);
    ck_assert_ok(cp_goal_set_id(g, "g3", &e), &e);
    ck_assert_str_eq(cp_goal_get_id(g), "g3");
}
END_TEST

START_TEST(confidence_history)
{
    cp_error e;
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find work", &g, &e), &e);
    ck_assert_ok(cp_goal_add_confidence_entry(g, cpt_date("2026-01-10"), 4, &e), &e);
    ck_assert_ok(cp_goal_add_confidence_entry(g, cpt_date("2026-03-01"), 7, &e), &e);
    ck_assert_cp(cp_goal_add_confidence_entry(g, cpt_date("2026-03-02"), 0, &e), CP_ERANGE, "",
                 &e);
    cp_date none = CP_DATE_NONE;
    ck_assert_cp(cp_goal_add_confidence_entry(g, none, 5, &e), CP_EINVAL, "", &e);
    cp_date feb30 = {2026, 2, 30};
    ck_assert_cp(cp_goal_add_confidence_entry(g, feb30, 5, &e), CP_ERANGE, "", &e);
    ck_assert_str_eq(e.message, "not a calendar date");
    ck_assert_uint_eq(cp_goal_confidence_entry_count(g), 2);
    const cp_confidence_entry *c = cp_goal_confidence_entry_at(g, 1);
    ck_assert_int_eq(cp_confidence_entry_get_score(c), 7);
    ck_assert_int_eq(cp_date_compare(cp_confidence_entry_get_date(c), cpt_date("2026-03-01")), 0);
    ck_assert_ptr_null(cp_goal_confidence_entry_at(g, 2));
}
END_TEST

START_TEST(swot_and_force_field)
{
    cp_error e;
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find work", &g, &e), &e);
    ck_assert_uint_eq(cp_goal_swot_count(g, CP_SWOT_STRENGTHS), 0);
    ck_assert_ok(cp_goal_add_swot(g, CP_SWOT_STRENGTHS, "Good listener", &e), &e);
    ck_assert_ok(cp_goal_add_swot(g, CP_SWOT_THREATS, "Few local jobs", &e), &e);
    ck_assert_ok(cp_goal_add_swot(g, CP_SWOT_STRENGTHS, "Numerate", &e), &e);
    ck_assert_uint_eq(cp_goal_swot_count(g, CP_SWOT_STRENGTHS), 2);
    ck_assert_str_eq(cp_goal_swot_at(g, CP_SWOT_STRENGTHS, 1), "Numerate");
    ck_assert_cp(cp_goal_add_swot(g, (cp_swot_list)4, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_remove_swot(g, CP_SWOT_STRENGTHS, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_goal_remove_swot(g, CP_SWOT_STRENGTHS, 0, &e), &e);
    ck_assert_str_eq(cp_goal_swot_at(g, CP_SWOT_STRENGTHS, 0), "Numerate");
    ck_assert_ok(cp_goal_add_force(g, CP_FORCES_AGAINST, "Travel costs", &e), &e);
    ck_assert_uint_eq(cp_goal_force_count(g, CP_FORCES_AGAINST), 1);
    ck_assert_uint_eq(cp_goal_force_count(g, CP_FORCES_FOR), 0);
    ck_assert_str_eq(cp_goal_force_at(g, CP_FORCES_AGAINST, 0), "Travel costs");
    ck_assert_cp(cp_goal_add_force(g, CP_FORCES_FOR, "", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(remove_goal)
{
    cp_error e;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "One", NULL, &e), &e);
    ck_assert_ok(cp_plan_add_goal(plan, "g2", "Two", NULL, &e), &e);
    ck_assert_cp(cp_plan_remove_goal(plan, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_plan_remove_goal(plan, 0, &e), &e);
    ck_assert_uint_eq(cp_plan_goal_count(plan), 1);
    ck_assert_str_eq(cp_goal_get_id(cp_plan_goal_at(plan, 0)), "g2");
    /* the removed id is free again */
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "One again", NULL, &e), &e);
}
END_TEST

START_TEST(confidence_entry_parent)
{
    cp_error e;
    cp_goal *g1 = NULL, *g2 = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find work", &g1, &e), &e);
    ck_assert_ok(cp_plan_add_goal(plan, "g2", "Learn to drive", &g2, &e), &e);
    ck_assert_ok(cp_goal_add_confidence_entry(g1, cpt_date("2026-01-10"), 4, &e), &e);
    ck_assert_ok(cp_goal_add_confidence_entry(g2, cpt_date("2026-01-11"), 6, &e), &e);
    ck_assert_ptr_eq(cp_confidence_entry_get_goal(cp_goal_confidence_entry_at(g1, 0)), g1);
    ck_assert_ptr_eq(cp_confidence_entry_get_goal(cp_goal_confidence_entry_at(g2, 0)), g2);
}
END_TEST

START_TEST(has_swot_and_force_field)
{
    cp_error e;
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find work", &g, &e), &e);
    ck_assert_int_eq(cp_goal_has_swot(NULL), 0);
    ck_assert_int_eq(cp_goal_has_force_field(NULL), 0);
    ck_assert_int_eq(cp_goal_has_swot(g), 0);
    ck_assert_int_eq(cp_goal_has_force_field(g), 0);
    ck_assert_ok(cp_goal_add_swot(g, CP_SWOT_OPPORTUNITIES, "Open day", &e), &e);
    ck_assert_int_eq(cp_goal_has_swot(g), 1);
    ck_assert_int_eq(cp_goal_has_force_field(g), 0);
    /* a failed add creates nothing */
    ck_assert_cp(cp_goal_add_force(g, CP_FORCES_FOR, "", &e), CP_EINVAL, "", &e);
    ck_assert_int_eq(cp_goal_has_force_field(g), 0);
    ck_assert_ok(cp_goal_add_force(g, CP_FORCES_FOR, "Support at home", &e), &e);
    ck_assert_int_eq(cp_goal_has_force_field(g), 1);
    /* emptied objects stay (and are saved as {}) */
    ck_assert_ok(cp_goal_remove_swot(g, CP_SWOT_OPPORTUNITIES, 0, &e), &e);
    ck_assert_ok(cp_goal_remove_force(g, CP_FORCES_FOR, 0, &e), &e);
    ck_assert_int_eq(cp_goal_has_swot(g), 1);
    ck_assert_int_eq(cp_goal_has_force_field(g), 1);
    ck_assert_uint_eq(cp_goal_swot_count(g, CP_SWOT_OPPORTUNITIES), 0);
    ck_assert_uint_eq(cp_goal_force_count(g, CP_FORCES_FOR), 0);
}
END_TEST

START_TEST(empty_analyses_from_json)
{
    static const char json[] =
        "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"client\", \"id\": \"c\",\n"
        " \"plans\": [{\"id\": \"p\", \"created\": \"2026-01-10\", \"goals\": [\n"
        "   {\"id\": \"g1\", \"statement\": \"Both empty\", \"swot\": {}, \"force_field\": {}},\n"
        "   {\"id\": \"g2\", \"statement\": \"Neither\"},\n"
        "   {\"id\": \"g3\", \"statement\": \"One\", \"swot\": {\"threats\": [\"Cuts\"]}}]}]}\n";
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &c, &e), &e);
    cp_plan *p = cp_client_plan_at(c, 0);
    const cp_goal *g1 = cp_plan_goal_at(p, 0);
    const cp_goal *g2 = cp_plan_goal_at(p, 1);
    const cp_goal *g3 = cp_plan_goal_at(p, 2);
    ck_assert_int_eq(cp_goal_has_swot(g1), 1);
    ck_assert_int_eq(cp_goal_has_force_field(g1), 1);
    ck_assert_uint_eq(cp_goal_swot_count(g1, CP_SWOT_STRENGTHS), 0);
    ck_assert_uint_eq(cp_goal_swot_count(g1, CP_SWOT_WEAKNESSES), 0);
    ck_assert_uint_eq(cp_goal_swot_count(g1, CP_SWOT_OPPORTUNITIES), 0);
    ck_assert_uint_eq(cp_goal_swot_count(g1, CP_SWOT_THREATS), 0);
    ck_assert_uint_eq(cp_goal_force_count(g1, CP_FORCES_FOR), 0);
    ck_assert_uint_eq(cp_goal_force_count(g1, CP_FORCES_AGAINST), 0);
    ck_assert_int_eq(cp_goal_has_swot(g2), 0);
    ck_assert_int_eq(cp_goal_has_force_field(g2), 0);
    ck_assert_int_eq(cp_goal_has_swot(g3), 1);
    ck_assert_int_eq(cp_goal_has_force_field(g3), 0);
    ck_assert_uint_eq(cp_goal_swot_count(g3, CP_SWOT_THREATS), 1);
    cp_client_free(c);
}
END_TEST

/* Notes (0.2): the member added through the model description alone. */
START_TEST(notes)
{
    cp_error e;
    cp_goal *g = NULL;
    ck_assert_ok(cp_plan_add_goal(plan, "g1", "Find work", &g, &e), &e);
    ck_assert_uint_eq(cp_goal_note_count(g), 0);
    cp_note *n = NULL;
    ck_assert_ok(cp_goal_add_note(g, cpt_date("2026-02-03"), "Talked about\ncolleges", &n, &e), &e);
    ck_assert_ptr_nonnull(n);
    ck_assert_uint_eq(cp_goal_note_count(g), 1);
    ck_assert_ptr_eq(cp_goal_note_at(g, 0), n);
    ck_assert_ptr_null(cp_goal_note_at(g, 1));
    ck_assert_ptr_eq(cp_note_get_goal(n), g);
    ck_assert(cpt_same_date(cp_note_get_date(n), "2026-02-03"));
    ck_assert_str_eq(cp_note_get_text(n), "Talked about\ncolleges");
    ck_assert_ptr_null(cp_note_get_author(n));
    ck_assert_int_eq(cp_note_is_sensitive(n), 0);
    ck_assert_ok(cp_note_set_author(n, "adviser", &e), &e);
    ck_assert_str_eq(cp_note_get_author(n), "adviser");
    ck_assert_ok(cp_note_set_sensitive(n, 1, &e), &e);
    ck_assert_int_eq(cp_note_is_sensitive(n), 1);

    /* The rules of the description: text and date are required. */
    ck_assert_cp(cp_goal_add_note(g, cpt_date("2026-02-04"), "", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_add_note(g, cpt_date("2026-02-04"), NULL, NULL, &e), CP_EINVAL, "", &e);
    cp_date none = CP_DATE_NONE;
    ck_assert_cp(cp_goal_add_note(g, none, "x", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_note_set_text(n, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_goal_add_note(NULL, cpt_date("2026-02-04"), "x", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_goal_note_count(g), 1);

    /* NULL reads as absent. */
    ck_assert_uint_eq(cp_goal_note_count(NULL), 0);
    ck_assert_ptr_null(cp_note_get_text(NULL));
    ck_assert_ptr_null(cp_note_get_goal(NULL));

    /* Saved in the member order of the description, and loaded back. */
    char *json = NULL;
    size_t len = 0;
    ck_assert_ok(cp_client_save_string(client, NULL, &json, &len, &e), &e);
    ck_assert_ptr_nonnull(strstr(json, "\"notes\": [\n"
                                       "            {\n"
                                       "              \"date\": \"2026-02-03\",\n"
                                       "              \"author\": \"adviser\",\n"
                                       "              \"text\": \"Talked about\\ncolleges\",\n"
                                       "              \"sensitive\": true\n"));
    cp_client *back = NULL;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &back, &e), &e);
    const cp_goal *g2 = cp_plan_goal_at(cp_client_plan_at(back, 0), 0);
    ck_assert_uint_eq(cp_goal_note_count(g2), 1);
    ck_assert_str_eq(cp_note_get_author(cp_goal_note_at(g2, 0)), "adviser");
    cp_client_free(back);
    cp_free(json);

    ck_assert_ok(cp_goal_remove_note(g, 0, &e), &e);
    ck_assert_uint_eq(cp_goal_note_count(g), 0);
    ck_assert_cp(cp_goal_remove_note(g, 0, &e), CP_ERANGE, "", &e);
}
END_TEST

static Suite *goal_suite(void)
{
    Suite *s = suite_create("goal");
    TCase *tc = tcase_create("goal");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, add_and_read);
    tcase_add_test(tc, setters_validate);
    tcase_add_test(tc, ids_are_unique_in_the_client);
    tcase_add_test(tc, confidence_history);
    tcase_add_test(tc, swot_and_force_field);
    tcase_add_test(tc, remove_goal);
    tcase_add_test(tc, confidence_entry_parent);
    tcase_add_test(tc, has_swot_and_force_field);
    tcase_add_test(tc, empty_analyses_from_json);
    tcase_add_test(tc, notes);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(goal_suite)
