/*
 * The example plans in $CP_EXAMPLES_DATA: each is in canonical form (loading
 * and saving gives the file back byte for byte), the caseload holds the same
 * three clients as the single-client files, and a few values from the source
 * plans read back through the API.
 */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <dirent.h>
#include <stdio.h>

static const char *const client_files[] = {"year11.json", "year11-additional-support.json",
                                           "young-graduate.json"};
#define NCLIENT_FILES (sizeof client_files / sizeof client_files[0])

static char *example_path(const char *name)
{
    const char *dir = getenv("CP_EXAMPLES_DATA");
    ck_assert_msg(dir && *dir, "CP_EXAMPLES_DATA is not set");
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static char *read_example(const char *name, size_t *len)
{
    char *path = example_path(name);
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    ck_assert_int_eq(fseek(fp, 0, SEEK_END), 0);
    long size = ftell(fp);
    ck_assert_int_gt(size, 0);
    rewind(fp);
    char *buf = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_eq(fread(buf, 1, (size_t)size, fp), (size_t)size);
    fclose(fp);
    buf[size] = '\0';
    *len = (size_t)size;
    free(path);
    return buf;
}

static void assert_same_bytes(const char *what, const char *want, size_t want_len,
                              const char *got, size_t got_len)
{
    size_t i = 0;
    while (i < want_len && i < got_len && want[i] == got[i])
        i++;
    ck_assert_msg(want_len == got_len && i == want_len,
                  "%s: output differs from the file at byte %zu (file %zu bytes, output %zu)",
                  what, i, want_len, got_len);
}

/* Every .json in the directory is canonical: save(load(file)) == file. */
START_TEST(every_file_is_canonical)
{
    const char *dir = getenv("CP_EXAMPLES_DATA");
    ck_assert_msg(dir && *dir, "CP_EXAMPLES_DATA is not set");
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "cannot open %s", dir);
    size_t files = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n < 5 || strcmp(e->d_name + n - 5, ".json") != 0)
            continue;
        files++;
        size_t len = 0, out_len = 0;
        char *text = read_example(e->d_name, &len);
        cp_document *doc = NULL;
        cp_error err;
        cp_status st = cp_document_load_string(text, len, NULL, &doc, &err);
        ck_assert_msg(st == CP_OK, "%s: %s at \"%s\": %s", e->d_name, cp_status_name(st),
                      err.path, err.message);
        char *out = NULL;
        ck_assert_ok(cp_document_save_string(doc, NULL, &out, &out_len, &err), &err);
        assert_same_bytes(e->d_name, text, len, out, out_len);
        cp_free(out);
        cp_document_free(doc);
        free(text);
    }
    closedir(d);
    /* + caseload, strategic plan, provision map, and young-graduate-review.json
     * (the graduate with a review still to apply, for the demo) */
    ck_assert_uint_eq(files, NCLIENT_FILES + 4);
}
END_TEST

/* The single-client files load as clients and save back through the client API. */
START_TEST(client_files_round_trip)
{
    size_t len = 0, out_len = 0;
    char *text = read_example(client_files[_i], &len);
    cp_client *client = NULL;
    cp_error err;
    ck_assert_ok(cp_client_load_string(text, len, NULL, &client, &err), &err);
    char *out = NULL;
    ck_assert_ok(cp_client_save_string(client, NULL, &out, &out_len, &err), &err);
    assert_same_bytes(client_files[_i], text, len, out, out_len);
    /* A client file is not a caseload. */
    cp_caseload *cl = NULL;
    ck_assert_cp(cp_caseload_load_string(text, len, NULL, &cl, &err), CP_EFORMAT, "/kind", &err);
    ck_assert_ptr_null(cl);
    cp_free(out);
    cp_client_free(client);
    free(text);
}
END_TEST

/* caseload.json holds the three clients, each identical to its own file. */
START_TEST(caseload_holds_the_three_clients)
{
    size_t len = 0;
    char *text = read_example("caseload.json", &len);
    cp_caseload *cl = NULL;
    cp_error err;
    ck_assert_ok(cp_caseload_load_string(text, len, NULL, &cl, &err), &err);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 3);
    ck_assert_ptr_null(cp_caseload_client_at(cl, 3));
    ck_assert_str_eq(cp_caseload_get_name(cl), "Example caseload: three career action plans");
    for (size_t i = 0; i < NCLIENT_FILES; i++) {
        size_t want_len = 0, got_len = 0;
        char *want = read_example(client_files[i], &want_len);
        char *got = NULL;
        ck_assert_ok(cp_client_save_string(cp_caseload_client_at(cl, i), NULL, &got, &got_len,
                                           &err),
                     &err);
        assert_same_bytes(client_files[i], want, want_len, got, got_len);
        cp_free(got);
        free(want);
    }
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "c-graduate"), cp_caseload_client_at(cl, 2));
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "c-year11"), cp_caseload_client_at(cl, 0));
    ck_assert_ptr_null(cp_caseload_find_client(cl, "nobody"));
    cp_caseload_free(cl);
    free(text);
}
END_TEST

static cp_client *load_client(const char *name)
{
    size_t len = 0;
    char *text = read_example(name, &len);
    cp_client *client = NULL;
    cp_error err;
    ck_assert_ok(cp_client_load_string(text, len, NULL, &client, &err), &err);
    free(text);
    return client;
}

static void assert_date(cp_date got, const char *want)
{
    char buf[CP_DATE_BUFSIZE];
    ck_assert_int_eq(cp_date_format(got, buf, sizeof buf), CP_OK);
    ck_assert_str_eq(buf, want);
}

START_TEST(year11_values)
{
    cp_client *c = load_client("year11.json");
    ck_assert_str_eq(cp_client_get_id(c), "c-year11");
    ck_assert_int_eq(cp_client_get_setting(c), CP_SETTING_SCHOOL);
    ck_assert_int_eq(cp_client_get_year_group(c), 11);
    ck_assert_uint_eq(cp_client_plan_count(c), 1);
    cp_plan *p = cp_client_plan_at(c, 0);
    ck_assert_int_eq(cp_plan_get_status(p), CP_PLAN_STATUS_AGREED);
    /* the source's own words, sections as in "Your current situation", "Your
     * future ideas", "Your plans" */
    ck_assert_ptr_nonnull(strstr(cp_plan_get_section(p, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW),
                                 "A Levels in maths, physics and chemistry and your predicted "
                                 "grades suggest that these are realistic options"));
    ck_assert_ptr_nonnull(strstr(cp_plan_get_section(p, CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE),
                                 "3. You have asked to come and discuss your progress before the "
                                 "end of year 11. I look forward to seeing you again."));
    /* the client comes back when they choose: not "review due" */
    ck_assert_int_eq(cp_plan_is_next_meeting_left_to_client(p), 1);
    ck_assert_uint_eq(cp_plan_goal_count(p), 3);
    ck_assert_uint_eq(cp_plan_resource_count(p), 3);
    ck_assert_str_eq(cp_resource_get_url(cp_plan_resource_at(p, 0)),
                     "https://www.careerpilot.org.uk/job-sectors/subjects");
    cp_action *maths = cp_client_find_action(c, "y11-a-maths");
    ck_assert_ptr_nonnull(maths);
    ck_assert_ptr_nonnull(strstr(cp_action_get_description(maths), "GCSE maths classes"));
    ck_assert_int_eq(cp_action_get_owner(maths), CP_OWNER_CLIENT);
    assert_date(cp_action_get_due(maths), "2026-05-15");
    ck_assert_int_eq(cp_action_is_agreed(maths), 1);
    /* Review the websites within a month of the plan. */
    cp_action *web = cp_client_find_action(c, "y11-a-websites");
    ck_assert_ptr_nonnull(web);
    ck_assert_int_eq(cp_date_diff_days(cp_plan_get_created(p), cp_action_get_due(web)), 31);
    ck_assert_uint_eq(cp_action_resource_count(web), 3);
    cp_client_free(c);
}
END_TEST

START_TEST(additional_support_values)
{
    cp_client *c = load_client("year11-additional-support.json");
    ck_assert_int_eq(cp_client_get_need_level(c), CP_NEED_LEVEL_INTENSIVE);
    ck_assert_int_eq(cp_client_has_support(c, CP_SUPPORT_SEND), 1);
    ck_assert_int_eq(cp_client_has_support(c, CP_SUPPORT_EHC_PLAN), 0);
    ck_assert_uint_eq(cp_client_supporter_count(c), 2);
    ck_assert_int_eq(cp_supporter_get_role(cp_client_find_supporter(c, "s-mother")),
                     CP_SUPPORTER_ROLE_PARENT_CARER);
    ck_assert_int_eq(cp_supporter_get_role(cp_client_find_supporter(c, "s-tutor")),
                     CP_SUPPORTER_ROLE_TUTOR);
    /* Consent to share with the tutor covers non-sensitive items only. */
    ck_assert_uint_eq(cp_client_consent_count(c), 1);
    cp_consent *k = cp_client_consent_at(c, 0);
    ck_assert_str_eq(cp_consent_get_supporter(k), "s-tutor");
    ck_assert_int_eq(cp_consent_get_scope(k), CP_CONSENT_SCOPE_NON_SENSITIVE);
    ck_assert_int_eq(cp_consent_is_active(k, cpt_date("2026-03-10")), 1);
    cp_plan *p = cp_client_plan_at(c, 0);
    /* "You have said that I can talk to your tutor about your plans so he
     * will be able to follow up": the options are not hidden from the tutor */
    ck_assert_int_eq(cp_plan_section_is_sensitive(p, CP_PLAN_SECTION_WHERE_YOU_WANT_TO_BE), 0);
    ck_assert_int_eq(cp_plan_section_is_sensitive(p, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW), 0);
    cp_action *tour = cp_client_find_action(c, "y11s-a-tour");
    ck_assert_int_eq(cp_action_is_sensitive(tour), 1);
    ck_assert_str_eq(cp_action_supporter_at(tour, 0), "s-mother");
    assert_date(cp_action_get_due(tour), "2026-03-09");
    assert_date(cp_action_get_due(cp_client_find_action(c, "y11s-a-open-day")), "2026-03-18");
    cp_action *tutor = cp_client_find_action(c, "y11s-a-tutor");
    ck_assert_int_eq(cp_action_get_owner(tutor), CP_OWNER_ADVISER);
    assert_date(cp_action_get_due(tutor), "2026-03-06");
    cp_action *follow = cp_client_find_action(c, "y11s-a-follow-up");
    ck_assert_int_eq(cp_action_get_owner(follow), CP_OWNER_SUPPORTER);
    ck_assert_str_eq(cp_action_get_owner_supporter(follow), "s-tutor");
    /* "If you need to see me again then you will ask him to arrange it" */
    ck_assert_int_eq(cp_action_get_timing(follow), CP_ACTION_TIMING_OPTIONAL);
    ck_assert_int_eq(cp_plan_is_next_meeting_left_to_client(p), 1);
    cp_client_free(c);
}
END_TEST

/* The young graduate's review: later than the plan, two actions achieved and
 * one not achieved for lack of time, with a revised due date. The review is
 * applied: the achieved actions are done on the review date, the revised one
 * planned again with its new date and description, the scores in the goals'
 * histories, an entry in the plan's history. */
START_TEST(young_graduate_review)
{
    cp_client *c = load_client("young-graduate.json");
    ck_assert_int_eq(cp_client_get_setting(c), CP_SETTING_ADULT);
    ck_assert_int_eq(cp_client_is_flexible_timing(c), 1);
    cp_plan *p = cp_client_plan_at(c, 0);
    ck_assert_uint_eq(cp_plan_review_count(p), 1);
    cp_review *r = cp_plan_review_at(p, 0);
    ck_assert_str_eq(cp_review_get_id(r), "grad-review-1");
    assert_date(cp_review_get_date(r), "2026-03-09");
    ck_assert_int_gt(cp_date_compare(cp_review_get_date(r), cp_plan_get_created(p)), 0);
    assert_date(cp_review_get_next_review(r), "2026-04-13");
    ck_assert_uint_eq(cp_review_outcome_count(r), 3);
    size_t achieved = 0, not_achieved = 0;
    for (size_t i = 0; i < cp_review_outcome_count(r); i++) {
        cp_outcome *o = cp_review_outcome_at(r, i);
        cp_action *a = cp_client_find_action(c, cp_outcome_get_action(o));
        ck_assert_ptr_nonnull(a);
        if (cp_outcome_get_result(o) == CP_OUTCOME_RESULT_ACHIEVED) {
            achieved++;
            ck_assert_int_eq(cp_action_get_status(a), CP_ACTION_STATUS_DONE);
            assert_date(cp_action_get_completed(a), "2026-03-09");
            ck_assert_uint_eq(cp_outcome_barrier_count(o), 0);
        } else if (cp_outcome_get_result(o) == CP_OUTCOME_RESULT_NOT_ACHIEVED) {
            not_achieved++;
            ck_assert_str_eq(cp_outcome_get_action(o), "grad-a-vacancies");
            ck_assert_uint_eq(cp_outcome_barrier_count(o), 1);
            ck_assert_int_eq(cp_barrier_get_kind(cp_outcome_barrier_at(o, 0)),
                             CP_BARRIER_KIND_TIME);
            ck_assert_ptr_nonnull(cp_barrier_get_detail(cp_outcome_barrier_at(o, 0)));
        }
    }
    ck_assert_uint_eq(achieved, 2);
    ck_assert_uint_eq(not_achieved, 1);
    ck_assert_uint_eq(cp_review_goal_score_count(r), 2);
    ck_assert_str_eq(cp_goal_score_get_goal(cp_review_goal_score_at(r, 0)), "grad-g-options");
    ck_assert_int_eq(cp_goal_score_get_score(cp_review_goal_score_at(r, 0)), 7);
    ck_assert_int_eq(cp_review_is_applied(r), 1);
    ck_assert_int_eq(cp_goal_get_confidence(cp_client_find_goal(c, "grad-g-options")), 7);
    assert_date(cp_plan_get_next_review(p), "2026-04-13");
    ck_assert_uint_eq(cp_plan_history_entry_count(p), 2);
    assert_date(cp_history_entry_get_date(cp_plan_history_entry_at(p, 1)), "2026-03-09");
    ck_assert_uint_eq(cp_review_change_count(r), 1);
    cp_change *ch = cp_review_change_at(r, 0);
    ck_assert_int_eq(cp_change_get_kind(ch), CP_CHANGE_KIND_ACTION_REVISED);
    ck_assert_str_eq(cp_change_get_action(ch), "grad-a-vacancies");
    assert_date(cp_change_get_due(ch), "2026-04-06");
    /* The revision: planned again, with its new date and description;
     * "This may be ongoing". */
    cp_action *vac = cp_client_find_action(c, "grad-a-vacancies");
    ck_assert_int_eq(cp_action_get_status(vac), CP_ACTION_STATUS_PLANNED);
    assert_date(cp_action_get_due(vac), "2026-04-06");
    ck_assert_str_eq(cp_action_get_description(vac), cp_change_get_description(ch));
    ck_assert_int_eq(cp_action_get_timing(vac), CP_ACTION_TIMING_ONGOING);
    /* "Contact me again if you'd like to discuss any further" */
    cp_action *contact = cp_client_find_action(c, "grad-a-contact");
    ck_assert_str_eq(cp_action_get_description(contact),
                     "Contact me again if you\u2019d like to discuss any further");
    ck_assert_int_eq(cp_action_get_timing(contact), CP_ACTION_TIMING_OPTIONAL);
    ck_assert_int_eq(cp_plan_is_next_meeting_left_to_client(p), 1);
    /* Applications have no due date: timing is flexible for this client. */
    cp_action *apply = cp_client_find_action(c, "grad-a-applications");
    ck_assert_int_eq(cp_date_is_none(cp_action_get_due(apply)), 1);
    cp_client_free(c);
}
END_TEST

/*
 * The three source plans validate with only the diagnostics a careers adviser
 * would expect, with the default options: the year 11 plan's goal of testing
 * ideas in year 12 has no action yet ("You might then want to test your
 * ideas ... in year 12"), and the plan for additional support holds five
 * open actions, over the rule of three ("keep lists of actions manageable").
 * Nothing is overdue, whatever the date: the next meeting is the client's to
 * arrange.
 */
static void ck_example_diagnostics(const char *file, const char *as_of, const char *want)
{
    cp_client *c = load_client(file);
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ptr_nonnull(d);
    cp_date day = CP_DATE_NONE;
    if (as_of)
        day = cpt_date(as_of);
    ck_assert_ok(cp_client_validate(c, day, d, NULL), NULL);
    char got[512] = "";
    for (size_t i = 0; i < cp_diagnostics_count(d); i++) {
        const cp_diagnostic *x = cp_diagnostics_at(d, i);
        size_t n = strlen(got);
        snprintf(got + n, sizeof got - n, "%s%s %s %s", i ? "; " : "",
                 cp_severity_to_string(cp_diagnostic_severity(x)), cp_diagnostic_code(x),
                 cp_diagnostic_path(x));
    }
    ck_assert_str_eq(got, want);
    cp_diagnostics_free(d);
    cp_client_free(c);
}

START_TEST(source_plans_diagnostics)
{
    const char *const dates[] = {NULL, "2026-03-09", "2026-07-31", "2027-01-01"};
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        ck_example_diagnostics("year11.json", dates[i],
                               "warning goal-without-action /plans/0/goals/2");
        ck_example_diagnostics("year11-additional-support.json", dates[i],
                               "warning rule-of-three /plans/0");
        ck_example_diagnostics("young-graduate.json", dates[i], "");
    }
}
END_TEST

/* young-graduate-review.json: the graduate's file with a second review,
 * recorded and not applied yet (the demo applies it); applying it marks
 * the vacancies done and revises the applications action. */
START_TEST(young_graduate_second_review_applies)
{
    cp_client *c = load_client("young-graduate-review.json");
    cp_plan *p = cp_client_plan_at(c, 0);
    ck_assert_uint_eq(cp_plan_review_count(p), 2);
    cp_review *r = cp_client_find_review(c, "grad-review-2");
    ck_assert_ptr_eq(r, cp_plan_review_at(p, 1));
    ck_assert_int_eq(cp_review_is_applied(r), 0);
    ck_assert_int_eq(cp_review_is_applied(cp_plan_review_at(p, 0)), 1);
    assert_date(cp_review_get_date(r), "2026-04-13");
    cp_error err;
    ck_assert_ok(cp_review_apply(r, NULL, &err), &err);
    ck_assert_int_eq(cp_review_is_applied(r), 1);
    cp_action *vac = cp_client_find_action(c, "grad-a-vacancies");
    ck_assert_int_eq(cp_action_get_status(vac), CP_ACTION_STATUS_DONE);
    assert_date(cp_action_get_completed(vac), "2026-04-13");
    cp_action *apps = cp_client_find_action(c, "grad-a-applications");
    ck_assert_int_eq(cp_action_get_status(apps), CP_ACTION_STATUS_PLANNED);
    assert_date(cp_action_get_due(apps), "2026-05-11");
    assert_date(cp_plan_get_next_review(p), "2026-05-11");
    ck_assert_int_eq(cp_goal_get_confidence(cp_client_find_goal(c, "grad-g-workplaces")), 6);
    ck_assert_uint_eq(cp_plan_history_entry_count(p), 3);
    ck_assert_cp(cp_review_apply(r, NULL, &err), CP_ESTATE, "", &err);
    cp_client_free(c);
}
END_TEST

static Suite *examples_suite(void)
{
    Suite *s = suite_create("examples");
    TCase *tc = tcase_create("canonical");
    tcase_add_test(tc, every_file_is_canonical);
    tcase_add_loop_test(tc, client_files_round_trip, 0, (int)NCLIENT_FILES);
    tcase_add_test(tc, caseload_holds_the_three_clients);
    suite_add_tcase(s, tc);
    tc = tcase_create("values");
    tcase_add_test(tc, year11_values);
    tcase_add_test(tc, additional_support_values);
    tcase_add_test(tc, young_graduate_review);
    tcase_add_test(tc, young_graduate_second_review_applies);
    tcase_add_test(tc, source_plans_diagnostics);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(examples_suite)
