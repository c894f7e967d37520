/*
 * Applying a review to its plan: the young graduate's example from the
 * source documents worked by hand, then every refusal, each of which must
 * leave the client byte-for-byte as it was (all or nothing), including when
 * memory runs out at any allocation.
 */
#include "testutil.h"

#include <stdio.h>

/* ---- a counting allocator that can fail one allocation ---- */

static long alloc_calls;    /* allocations (malloc, realloc) since arming */
static long alloc_fail_at;  /* index of the allocation to fail; -1: none */
static int alloc_fail_rest; /* also fail every later one */

static int should_fail(void)
{
    long n = alloc_calls++;
    return alloc_fail_at >= 0 && (n == alloc_fail_at || (alloc_fail_rest && n > alloc_fail_at));
}

static void *t_malloc(size_t n)
{
    return should_fail() ? NULL : malloc(n);
}

static void *t_realloc(void *p, size_t n)
{
    return should_fail() ? NULL : realloc(p, n);
}

static void arm(long fail_at, int rest)
{
    alloc_calls = 0;
    alloc_fail_at = fail_at;
    alloc_fail_rest = rest;
    ck_assert_int_eq(cp_set_allocator(t_malloc, t_realloc, free), CP_OK);
}

static void disarm(void)
{
    ck_assert_int_eq(cp_set_allocator(NULL, NULL, NULL), CP_OK);
}

/* ---- documents ---- */

/*
 * The young graduate (source document 000, "Career Action Plan For A Young
 * Graduate"): an adult with a targeted need level, plan p1 created Monday
 * 12 January 2026 with one goal and the three actions of "How you will get
 * there". Plan p0 is an older plan of the same client, used to check that a
 * review cannot touch another plan. `goals_extra` adds members to p1's goal
 * list, `actions_extra` to g1's actions, `review` is p1's review list.
 */
static cp_client *graduate(const char *actions_extra, const char *goals_extra, const char *review)
{
    static const char fmt[] =
        "{'format':'careerplan','version':1,'kind':'client','id':'yg1','given_name':'Alex',"
        "'setting':'adult','need_level':'targeted',"
        "'supporters':[{'id':'s1','role':'mentor','name':'Chris'}],"
        "'plans':[{'id':'p0','created':'2025-06-02','status':'closed','goals':[{'id':'g0',"
        "'statement':'Try a job in insurance','status':'achieved','actions':[{'id':'b1',"
        "'description':'Apply to two insurers','status':'done','completed':'2025-07-01'}]}]},"
        "{'id':'p1','created':'2026-01-12','status':'agreed','practitioner':'Jo Adviser',"
        "'where_you_are_now':{'text':'Graduated 7 months ago in business and finance; "
        "still confused about what to do.'},"
        "'goals':[{'id':'g1','statement':'Find work that suits you well',"
        "'skill_area':'exploring_options','confidence':4,"
        "'confidence_history':[{'date':'2026-01-12','score':4}],'actions':["
        "{'id':'a1','description':'Research at least 5 careers on the Prospects pages and "
        "compare them','owner':'client','due':'2026-02-09','measure':'5 careers compared',"
        "'agreed':true},"
        "{'id':'a2','description':'Look at vacancies for the careers of most interest',"
        "'owner':'client','measure':'vacancies read','agreed':true,'status':'in_progress'},"
        "{'id':'a3','description':'Write applications that refer to the skills listed on "
        "Prospects','owner':'client','due':'2026-03-09','measure':'applications sent',"
        "'agreed':true}%s]}%s],"
        "'reviews':[%s],"
        "'history':[{'date':'2026-01-12','author':'Jo Adviser','change':'Plan agreed'}]}]}";
    size_t n = sizeof fmt + strlen(actions_extra) + strlen(goals_extra) + strlen(review);
    char *raw = malloc(n);
    ck_assert_ptr_nonnull(raw);
    snprintf(raw, n, fmt, actions_extra, goals_extra, review);
    cp_client *c = cpt_load_client(raw);
    free(raw);
    return c;
}

/* The review held on Saturday 7 February 2026 (online): research achieved,
 * vacancies partly, applications not achieved (confidence: unsure how to
 * describe skills), confidence 4 -> 7, applications now due 20 March. */
#define REVIEW_R1                                                                                  \
    "{'id':'r1','date':'2026-02-07','reviewer':'Jo Adviser','mode':'online',"                      \
    "'outcomes':[{'action':'a1','result':'achieved','notes':'Compared six careers'},"              \
    "{'action':'a2','result':'partly_achieved'},"                                                  \
    "{'action':'a3','result':'not_achieved','barriers':[{'kind':'confidence',"                     \
    "'detail':'unsure how to describe skills'}]}],"                                                \
    "'goal_scores':[{'goal':'g1','score':7}],"                                                     \
    "'changes':[{'kind':'action_revised','action':'a3','due':'2026-03-20',"                        \
    "'description':'Draft one application with the adviser first'}]}"

static char *save(const cp_client *c)
{
    char *s = NULL;
    cp_error e;
    ck_assert_ok(cp_client_save_string(c, NULL, &s, NULL, &e), &e);
    return s;
}

/* Saves the client, checks that it reads back to the same bytes and
 * returns the saved text (freed with cp_free()). */
static char *save_and_reload(const cp_client *c)
{
    char *json = save(c);
    cp_client *again = NULL;
    cp_error e;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &again, &e), &e);
    char *json2 = save(again);
    ck_same_text(json2, json);
    cp_free(json2);
    cp_client_free(again);
    return json;
}

static void ck_date(cp_date got, const char *want)
{
    char buf[CP_DATE_BUFSIZE] = "none";
    if (!cp_date_is_none(got))
        cp_date_format(got, buf, sizeof buf);
    ck_assert_str_eq(buf, want);
}

static const cp_history_entry *history(const cp_client *c, const char *plan, size_t i)
{
    return cp_plan_history_entry_at(cp_client_find_plan(c, plan), i);
}

/* ---- the worked example ---- */

START_TEST(young_graduate)
{
    cp_client *c = graduate("", "", REVIEW_R1);
    cp_review *r = cp_client_find_review(c, "r1");
    cp_plan *p = cp_client_find_plan(c, "p1");
    cp_error e;
    ck_assert_int_eq(cp_review_is_applied(r), 0);
    ck_assert_ok(cp_review_apply(r, NULL, &e), &e);
    ck_assert_int_eq(cp_review_is_applied(r), 1);

    const cp_action *a1 = cp_client_find_action(c, "a1");
    const cp_action *a2 = cp_client_find_action(c, "a2");
    const cp_action *a3 = cp_client_find_action(c, "a3");
    ck_assert_int_eq(cp_action_get_status(a1), CP_ACTION_STATUS_DONE);
    ck_date(cp_action_get_completed(a1), "2026-02-07");
    ck_date(cp_action_get_due(a1), "2026-02-09");
    ck_assert_int_eq(cp_action_get_status(a2), CP_ACTION_STATUS_PARTLY_DONE);
    ck_date(cp_action_get_completed(a2), "none");
    ck_date(cp_action_get_due(a2), "none");
    /* not achieved, then revised: open (planned) with the new date and the
     * new description; the revision, not the barrier, says what comes next */
    ck_assert_int_eq(cp_action_get_status(a3), CP_ACTION_STATUS_PLANNED);
    ck_date(cp_action_get_completed(a3), "none");
    ck_date(cp_action_get_due(a3), "2026-03-20");
    ck_assert_str_eq(cp_action_get_description(a3), "Draft one application with the adviser first");
    ck_assert_uint_eq(cp_action_barrier_count(a3), 0);

    const cp_goal *g1 = cp_client_find_goal(c, "g1");
    ck_assert_int_eq(cp_goal_get_confidence(g1), 7);
    ck_assert_uint_eq(cp_goal_confidence_entry_count(g1), 2);
    ck_date(cp_confidence_entry_get_date(cp_goal_confidence_entry_at(g1, 0)), "2026-01-12");
    ck_assert_int_eq(cp_confidence_entry_get_score(cp_goal_confidence_entry_at(g1, 0)), 4);
    ck_date(cp_confidence_entry_get_date(cp_goal_confidence_entry_at(g1, 1)), "2026-02-07");
    ck_assert_int_eq(cp_confidence_entry_get_score(cp_goal_confidence_entry_at(g1, 1)), 7);
    ck_assert_str_eq(cp_goal_get_statement(g1), "Find work that suits you well");

    /* targeted, beyond school: fortnightly; Saturday 21 February -> Monday 23 */
    ck_date(cp_plan_get_next_review(p), "2026-02-23");
    ck_date(cp_review_get_next_review(r), "2026-02-23");

    ck_assert_uint_eq(cp_plan_history_entry_count(p), 2);
    const cp_history_entry *h = history(c, "p1", 1);
    ck_date(cp_history_entry_get_date(h), "2026-02-07");
    ck_assert_str_eq(cp_history_entry_get_author(h), "Jo Adviser");
    ck_assert_str_eq(cp_history_entry_get_reason(h), "review");
    ck_assert_str_eq(cp_history_entry_get_change(h),
                     "Review r1: achieved a1; partly achieved a2; not achieved a3; "
                     "confidence g1 4 -> 7; a3 revised: \"Write applications that refer to the "
                     "skills listed on Prospects\" -> \"Draft one application with the adviser "
                     "first\", now due 2026-03-20; next review 2026-02-23");
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 0)), "Plan agreed");

    /* the other plan is untouched */
    const cp_action *b1 = cp_client_find_action(c, "b1");
    ck_assert_int_eq(cp_action_get_status(b1), CP_ACTION_STATUS_DONE);
    ck_date(cp_action_get_completed(b1), "2025-07-01");
    ck_assert_uint_eq(cp_plan_history_entry_count(cp_client_find_plan(c, "p0")), 0);
    ck_date(cp_plan_get_next_review(cp_client_find_plan(c, "p0")), "none");
    cp_client_free(c);
}
END_TEST

START_TEST(applied_state_is_saved)
{
    cp_client *c = graduate("", "", REVIEW_R1);
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    char *json = save(c);
    ck_assert_ptr_nonnull(strstr(json, "\"applied\": true"));
    cp_client *again = NULL;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &again, &e), &e);
    cp_review *r = cp_client_find_review(again, "r1");
    ck_assert_int_eq(cp_review_is_applied(r), 1);
    ck_assert_cp(cp_review_apply(r, NULL, &e), CP_ESTATE, "", &e);
    char *json2 = save(again);
    ck_same_text(json2, json);
    cp_free(json);
    cp_free(json2);
    cp_client_free(again);
    cp_client_free(c);
}
END_TEST

START_TEST(explicit_next_review)
{
    /* the review's own date wins, moved off the weekend: Saturday 7 March -> Monday 9 */
    cp_client *c = graduate("", "",
                            "{'id':'r1','date':'2026-02-09','next_review':'2026-03-07',"
                            "'outcomes':[{'action':'a1','result':'achieved'}]}");
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    ck_assert_ok(cp_review_apply(r, NULL, &e), &e);
    ck_date(cp_review_get_next_review(r), "2026-03-09");
    ck_date(cp_plan_get_next_review(cp_client_find_plan(c, "p1")), "2026-03-09");
    const cp_history_entry *h = history(c, "p1", 1);
    ck_assert_str_eq(cp_history_entry_get_change(h),
                     "Review r1: achieved a1; next review 2026-03-09");
    ck_assert_ptr_null(cp_history_entry_get_author(h));
    ck_date(cp_action_get_completed(cp_client_find_action(c, "a1")), "2026-02-09");
    cp_client_free(c);

    /* a weekday is kept as it is */
    c = graduate("", "", "{'id':'r1','date':'2026-02-09','next_review':'2026-03-04'}");
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_date(cp_plan_get_next_review(cp_client_find_plan(c, "p1")), "2026-03-04");
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r1: next review 2026-03-04");
    cp_client_free(c);
}
END_TEST

/* "1-5 times each school year (depending on their level of need and intended
 * leaving date)" (source 000): a review held on the leaving date of a year 11
 * pupil schedules no school review after it. */
START_TEST(no_review_after_leaving)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c1','given_name':'Jo',"
        "'setting':'school','year_group':11,'need_level':'intensive',"
        "'plans':[{'id':'p1','created':'2026-01-12','status':'agreed','goals':[{'id':'g1',"
        "'statement':'Find a college course','actions':[{'id':'a1','description':'Visit the "
        "college','owner':'client','due':'2026-03-01'}]}],"
        "'reviews':[{'id':'r1','date':'2026-07-31',"
        "'outcomes':[{'action':'a1','result':'achieved'}]}]}]}");
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    ck_assert_ok(cp_review_apply(r, NULL, &e), &e);
    ck_assert(cp_date_is_none(cp_review_get_next_review(r)));
    ck_assert(cp_date_is_none(cp_plan_get_next_review(cp_client_find_plan(c, "p1"))));
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 0)),
                     "Review r1: achieved a1; no next school review: the client's intended "
                     "leaving date has passed");
    cp_client_free(c);

    /* A day earlier, the last school review falls on the leaving date. */
    c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c1','given_name':'Jo',"
        "'setting':'school','year_group':11,'need_level':'intensive',"
        "'plans':[{'id':'p1','created':'2026-01-12','reviews':[{'id':'r1',"
        "'date':'2026-07-01'}]}]}");
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_date(cp_plan_get_next_review(cp_client_find_plan(c, "p1")), "2026-07-31");
    cp_client_free(c);
}
END_TEST

START_TEST(policy_is_used)
{
    cp_review_policy pol = CP_REVIEW_POLICY_INIT;
    pol.beyond_school[CP_NEED_LEVEL_TARGETED] = CP_REVIEW_FREQUENCY_MONTHLY;
    cp_client *c = graduate("", "", "{'id':'r1','date':'2026-02-09'}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), &pol, &e), &e);
    ck_date(cp_plan_get_next_review(cp_client_find_plan(c, "p1")), "2026-03-09");
    cp_client_free(c);

    c = graduate("", "", "{'id':'r1','date':'2026-02-09'}");
    char *before = save(c);
    pol.version = 7;
    ck_assert_cp(cp_review_apply(cp_client_find_review(c, "r1"), &pol, &e), CP_EINVAL, "", &e);
    char *after = save(c);
    ck_same_text(after, before);
    ck_assert_int_eq(cp_review_is_applied(cp_client_find_review(c, "r1")), 0);
    cp_free(before);
    cp_free(after);
    cp_client_free(c);
}
END_TEST

START_TEST(every_kind_of_change)
{
    cp_client *c = graduate(
        ",{'id':'a6','description':'Ask the mentor to read a draft','owner':'supporter',"
        "'owner_supporter':'s1','measure':'draft read','agreed':true,'due':'2026-03-02'}",
        "",
        "{'id':'r2','date':'2026-02-16','reviewer':'Jo Adviser',"
        "'outcomes':[{'action':'a2','result':'no_longer_relevant'},"
        "{'action':'a1','result':'partly_achieved'}],"
        "'changes':[{'kind':'goal_revised','goal':'g1','description':'Find work in training "
        "and development'},"
        "{'kind':'action_added','action':'a6'},"
        "{'kind':'action_dropped','action':'a3'},"
        "{'kind':'action_revised','action':'a6','due':'2026-02-16'}]}");
    cp_error e;
    /* a1 was done earlier: partly achieved now clears the completion date */
    ck_assert_ok(cp_action_complete(cp_client_find_action(c, "a1"), cpt_date("2026-02-01"), &e),
                 &e);
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r2"), NULL, &e), &e);
    ck_assert_int_eq(cp_action_get_status(cp_client_find_action(c, "a2")),
                     CP_ACTION_STATUS_DROPPED);
    ck_assert_int_eq(cp_action_get_status(cp_client_find_action(c, "a1")),
                     CP_ACTION_STATUS_PARTLY_DONE);
    ck_date(cp_action_get_completed(cp_client_find_action(c, "a1")), "none");
    ck_date(cp_action_get_due(cp_client_find_action(c, "a1")), "2026-02-09");
    ck_assert_int_eq(cp_action_get_status(cp_client_find_action(c, "a3")),
                     CP_ACTION_STATUS_DROPPED);
    ck_date(cp_action_get_due(cp_client_find_action(c, "a3")), "2026-03-09");
    /* a new due date on the review day itself is allowed */
    ck_date(cp_action_get_due(cp_client_find_action(c, "a6")), "2026-02-16");
    ck_assert_int_eq(cp_action_get_status(cp_client_find_action(c, "a6")),
                     CP_ACTION_STATUS_PLANNED);
    ck_assert_str_eq(cp_goal_get_statement(cp_client_find_goal(c, "g1")),
                     "Find work in training and development");
    ck_assert_int_eq(cp_goal_get_confidence(cp_client_find_goal(c, "g1")), 4);
    ck_assert_uint_eq(cp_goal_confidence_entry_count(cp_client_find_goal(c, "g1")), 1);
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r2: partly achieved a1; no longer relevant a2; goal g1 revised: "
                     "\"Find work that suits you well\" -> \"Find work in training and "
                     "development\"; a6 added; a3 dropped; a6 now due 2026-02-16; "
                     "next review 2026-03-02");
    ck_date(cp_plan_get_next_review(cp_client_find_plan(c, "p1")), "2026-03-02");
    cp_client_free(c);
}
END_TEST

START_TEST(first_score_of_a_goal)
{
    cp_client *c = graduate("",
                            ",{'id':'g2','statement':'Build a network','actions':[{'id':'a7',"
                            "'description':'Join a professional body','owner':'client'}]}",
                            "{'id':'r1','date':'2026-02-09','goal_scores':[{'goal':'g2',"
                            "'score':3},{'goal':'g1','score':4}]}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    const cp_goal *g2 = cp_client_find_goal(c, "g2");
    ck_assert_int_eq(cp_goal_get_confidence(g2), 3);
    ck_assert_uint_eq(cp_goal_confidence_entry_count(g2), 1);
    ck_date(cp_confidence_entry_get_date(cp_goal_confidence_entry_at(g2, 0)), "2026-02-09");
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r1: confidence g2 3; confidence g1 4 -> 4; next review 2026-02-23");
    cp_client_free(c);
}
END_TEST

START_TEST(sensitive_items_have_their_own_entry)
{
    cp_client *c = graduate(
        ",{'id':'a5','description':'Talk about anxiety before interviews','owner':'client',"
        "'measure':'talked','agreed':true,'due':'2026-02-20','sensitive':true}",
        ",{'id':'g2','statement':'Manage my health condition at work','sensitive':true,"
        "'confidence':3,'actions':[{'id':'a4','description':'See the GP about adjustments',"
        "'owner':'client','due':'2026-02-27'}]}",
        "{'id':'r1','date':'2026-02-07','reviewer':'Jo Adviser',"
        "'outcomes':[{'action':'a1','result':'achieved'},{'action':'a5','result':'achieved'},"
        "{'action':'a2','result':'partly_achieved'},{'action':'a3','result':'not_achieved'},"
        "{'action':'a4','result':'not_achieved'}],"
        "'goal_scores':[{'goal':'g2','score':5},{'goal':'g1','score':7}],"
        "'changes':[{'kind':'action_dropped','action':'a4'},"
        "{'kind':'action_revised','action':'a3','due':'2026-03-20'}]}");
    cp_error e;
    cp_plan *p = cp_client_find_plan(c, "p1");
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_assert_uint_eq(cp_plan_history_entry_count(p), 3);
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r1: achieved a1; partly achieved a2; not achieved a3; "
                     "confidence g1 4 -> 7; a3 now due 2026-03-20; next review 2026-02-23");
    const cp_history_entry *s = history(c, "p1", 2);
    ck_assert_str_eq(cp_history_entry_get_change(s),
                     "Review r1 (sensitive items): achieved a5; not achieved a4; "
                     "confidence g2 3 -> 5; a4 dropped");
    ck_date(cp_history_entry_get_date(s), "2026-02-07");
    ck_assert_str_eq(cp_history_entry_get_author(s), "Jo Adviser");
    ck_assert_str_eq(cp_history_entry_get_reason(s), "review");
    ck_assert_int_eq(cp_action_get_status(cp_client_find_action(c, "a4")),
                     CP_ACTION_STATUS_DROPPED);
    ck_assert_int_eq(cp_action_get_status(cp_client_find_action(c, "a5")), CP_ACTION_STATUS_DONE);
    ck_assert_int_eq(cp_goal_get_confidence(cp_client_find_goal(c, "g2")), 5);

    /* The second entry is marked sensitive: a non-sensitive export keeps the
     * first and drops it. */
    cp_consent *k = NULL;
    ck_assert_ok(cp_client_add_consent(c, "k1", CP_CONSENT_SCOPE_NON_SENSITIVE,
                                       cpt_date("2026-01-12"), &k, &e),
                 &e);
    ck_assert_ok(cp_consent_set_supporter(k, "s1", &e), &e);
    cp_client *copy = NULL;
    ck_assert_ok(cp_client_export_for(c, "s1", cpt_date("2026-02-10"), &copy, &e), &e);
    const cp_plan *cp1 = cp_client_find_plan(copy, "p1");
    ck_assert_uint_eq(cp_plan_history_entry_count(cp1), 2);
    ck_assert_str_eq(cp_history_entry_get_change(cp_plan_history_entry_at(cp1, 1)),
                     cp_history_entry_get_change(history(c, "p1", 1)));
    char *json = save(copy);
    ck_assert_ptr_null(strstr(json, "sensitive items"));
    ck_assert_ptr_null(strstr(json, "a5"));
    ck_assert_ptr_null(strstr(json, "g2"));
    cp_free(json);
    cp_client_free(copy);
    cp_client_free(c);
}
END_TEST

START_TEST(no_sensitive_entry_without_sensitive_items)
{
    cp_client *c = graduate(
        ",{'id':'a5','description':'Talk about anxiety','owner':'client','sensitive':true}", "",
        "{'id':'r1','date':'2026-02-09','outcomes':[{'action':'a1','result':'achieved'}]}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_assert_uint_eq(cp_plan_history_entry_count(cp_client_find_plan(c, "p1")), 2);
    cp_client_free(c);
}
END_TEST

/* ---- outcomes and changes (source 000: "Use the word 'yet.'") ---- */

static const cp_action *action(const cp_client *c, const char *id)
{
    return cp_client_find_action(c, id);
}

/* Every outcome kind with no change about its action: achieved is done,
 * partly achieved partly done, no longer relevant dropped; not achieved
 * stays open ("not yet": in progress stays so, anything else is planned
 * again) with the outcome's barriers recorded on the action. Any other
 * outcome clears barriers recorded before. */
START_TEST(outcomes_without_changes)
{
    cp_client *c = graduate(
        ",{'id':'a4','description':'Visit a careers fair','owner':'client','barriers':['time']},"
        "{'id':'a5','description':'Ask the mentor about CIPD','owner':'client',"
        "'status':'not_done','barriers':['money']},"
        "{'id':'a6','description':'Read a CIPD guide','owner':'client','status':'done',"
        "'completed':'2026-02-01'}",
        "",
        "{'id':'r1','date':'2026-02-09','outcomes':[{'action':'a1','result':'achieved'},"
        "{'action':'a2','result':'not_achieved','barriers':[{'kind':'time','detail':"
        "'Temporary shifts took up most weekdays'},{'kind':'money'}]},"
        "{'action':'a3','result':'not_achieved'},"
        "{'action':'a4','result':'no_longer_relevant'},"
        "{'action':'a5','result':'partly_achieved'},"
        "{'action':'a6','result':'not_achieved','barriers':[{'kind':'other','detail':''}]}]}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_assert_int_eq(cp_action_get_status(action(c, "a1")), CP_ACTION_STATUS_DONE);
    ck_date(cp_action_get_completed(action(c, "a1")), "2026-02-09");
    ck_assert_int_eq(cp_action_get_status(action(c, "a2")), CP_ACTION_STATUS_IN_PROGRESS);
    ck_assert_uint_eq(cp_action_barrier_count(action(c, "a2")), 2);
    ck_assert_str_eq(cp_action_barrier_at(action(c, "a2"), 0),
                     "time: Temporary shifts took up most weekdays");
    ck_assert_str_eq(cp_action_barrier_at(action(c, "a2"), 1), "money");
    ck_assert_int_eq(cp_action_get_status(action(c, "a3")), CP_ACTION_STATUS_PLANNED);
    ck_assert_uint_eq(cp_action_barrier_count(action(c, "a3")), 0);
    ck_assert_int_eq(cp_action_get_status(action(c, "a4")), CP_ACTION_STATUS_DROPPED);
    ck_assert_uint_eq(cp_action_barrier_count(action(c, "a4")), 0);
    ck_assert_int_eq(cp_action_get_status(action(c, "a5")), CP_ACTION_STATUS_PARTLY_DONE);
    ck_assert_uint_eq(cp_action_barrier_count(action(c, "a5")), 0);
    /* done before, not achieved now: open again, the completion date gone */
    ck_assert_int_eq(cp_action_get_status(action(c, "a6")), CP_ACTION_STATUS_PLANNED);
    ck_date(cp_action_get_completed(action(c, "a6")), "none");
    ck_assert_uint_eq(cp_action_barrier_count(action(c, "a6")), 1);
    ck_assert_str_eq(cp_action_barrier_at(action(c, "a6"), 0), "other");
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r1: achieved a1; partly achieved a5; not achieved a2; "
                     "not achieved a3; not achieved a6; no longer relevant a4; "
                     "next review 2026-02-23");
    /* the barriers are saved and read back */
    char *json = save_and_reload(c);
    ck_assert_ptr_nonnull(strstr(json, "\"barriers\": [\n                \"time: Temporary"));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

/* Every outcome kind with a change that drops or revises its action in the
 * same review: the change decides, and no barrier is kept on the action. */
START_TEST(outcomes_with_a_drop_or_a_revision)
{
    static const char *const results[] = {"achieved", "partly_achieved", "not_achieved",
                                          "no_longer_relevant"};
    static const char *const changes[] = {
        "{'kind':'action_dropped','action':'a4'}",
        "{'kind':'action_revised','action':'a4','due':'2026-04-01'}"};
    for (int ch = 0; ch < 2; ch++) {
        for (int res = 0; res < 4; res++) {
            char review[512];
            snprintf(review, sizeof review,
                     "{'id':'r1','date':'2026-02-09','outcomes':[{'action':'a4','result':'%s',"
                     "'barriers':[{'kind':'time'}]}],'changes':[%s]}",
                     results[res], changes[ch]);
            cp_client *c = graduate(",{'id':'a4','description':'Visit a careers fair',"
                                    "'owner':'client','due':'2026-03-02','barriers':['money']}",
                                    "", review);
            cp_error e;
            ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
            const cp_action *a4 = action(c, "a4");
            ck_assert_msg(cp_action_get_status(a4) ==
                              (ch ? CP_ACTION_STATUS_PLANNED : CP_ACTION_STATUS_DROPPED),
                          "%s with change %d: status %s", results[res], ch,
                          cp_action_status_to_string(cp_action_get_status(a4)));
            ck_date(cp_action_get_due(a4), ch ? "2026-04-01" : "2026-03-02");
            ck_date(cp_action_get_completed(a4), "none");
            ck_assert_uint_eq(cp_action_barrier_count(a4), 0);
            ck_assert_str_eq(cp_action_get_description(a4), "Visit a careers fair");
            cp_client_free(c);
        }
    }
}
END_TEST

/* action_revised applies its new description as well as its due date. */
START_TEST(revision_of_the_description)
{
    cp_client *c = graduate("", "",
                            "{'id':'r1','date':'2026-02-09','changes':[{'kind':'action_revised',"
                            "'action':'a1','description':'Research three careers'},"
                            "{'kind':'action_revised','action':'a2','due':'2026-03-02',"
                            "'description':'Look at vacancies for the careers of most interest'},"
                            "{'kind':'action_revised','action':'a3','due':'2026-03-09',"
                            "'description':'Write one application'}]}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_assert_str_eq(cp_action_get_description(action(c, "a1")), "Research three careers");
    ck_date(cp_action_get_due(action(c, "a1")), "2026-02-09");
    ck_assert_int_eq(cp_action_get_status(action(c, "a1")), CP_ACTION_STATUS_PLANNED);
    ck_date(cp_action_get_due(action(c, "a2")), "2026-03-02");
    /* in progress stays in progress */
    ck_assert_int_eq(cp_action_get_status(action(c, "a2")), CP_ACTION_STATUS_IN_PROGRESS);
    ck_assert_str_eq(cp_action_get_description(action(c, "a3")), "Write one application");
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r1: a1 revised: \"Research at least 5 careers on the Prospects pages "
                     "and compare them\" -> \"Research three careers\"; a2 now due 2026-03-02; "
                     "a3 revised: \"Write applications that refer to the skills listed on "
                     "Prospects\" -> \"Write one application\"; next review 2026-02-23");
    cp_client_free(c);
}
END_TEST

/* Source 000: "Ask what would make it one point stronger": the answer goes
 * with the score into the goal's confidence history. */
START_TEST(one_point_stronger)
{
    cp_client *c = graduate("", "",
                            "{'id':'r1','date':'2026-02-09','goal_scores':[{'goal':'g1','score':6,"
                            "'one_point_stronger':'Talking to someone who works in training'}]}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    const cp_goal *g1 = cp_client_find_goal(c, "g1");
    ck_assert_uint_eq(cp_goal_confidence_entry_count(g1), 2);
    ck_assert_ptr_null(cp_confidence_entry_get_one_point_stronger(cp_goal_confidence_entry_at(g1, 0)));
    ck_assert_str_eq(cp_confidence_entry_get_one_point_stronger(cp_goal_confidence_entry_at(g1, 1)),
                     "Talking to someone who works in training");
    ck_assert_int_eq(cp_goal_score_get_score_before(
                         cp_review_goal_score_at(cp_client_find_review(c, "r1"), 0)),
                     4);
    char *json = save_and_reload(c);
    ck_assert_ptr_nonnull(strstr(json, "\"date\": \"2026-02-09\",\n              \"score\": 6,\n"
                                       "              \"one_point_stronger\": \"Talking to "
                                       "someone who works in training\""));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

/* The case: a goal created with confidence 4 and no history, scored
 * 6 at the review: the "before" is its recorded confidence. */
START_TEST(before_from_the_recorded_confidence)
{
    cp_client *c = graduate("", ",{'id':'g2','statement':'Build a network','confidence':4}",
                            "{'id':'r1','date':'2026-02-09','goal_scores':[{'goal':'g2',"
                            "'score':6}]}");
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_assert_str_eq(cp_history_entry_get_change(history(c, "p1", 1)),
                     "Review r1: confidence g2 4 -> 6; next review 2026-02-23");
    ck_assert_int_eq(cp_goal_score_get_score_before(
                         cp_review_goal_score_at(cp_client_find_review(c, "r1"), 0)),
                     4);
    ck_assert_int_eq(cp_goal_get_confidence(cp_client_find_goal(c, "g2")), 6);
    cp_client_free(c);
}
END_TEST

/* ---- refusals: nothing changes ---- */

/* Applies review `rid` expecting a refusal with code and path; the saved
 * client must not change by a single byte. */
static void ck_refused(cp_client *c, const char *rid, cp_status code, const char *path)
{
    cp_review *r = cp_client_find_review(c, rid);
    ck_assert_ptr_nonnull(r);
    int applied = cp_review_is_applied(r);
    char *before = save(c);
    cp_error e;
    ck_assert_cp(cp_review_apply(r, NULL, &e), code, path, &e);
    ck_assert_int_gt((int)strlen(e.message), 0);
    char *after = save(c);
    ck_same_text(after, before);
    ck_assert_int_eq(cp_review_is_applied(r), applied);
    cp_free(before);
    cp_free(after);
}

START_TEST(applying_twice)
{
    cp_client *c = graduate("", "", REVIEW_R1);
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_refused(c, "r1", CP_ESTATE, "");
    ck_assert_uint_eq(cp_plan_history_entry_count(cp_client_find_plan(c, "p1")), 2);
    ck_assert_uint_eq(cp_goal_confidence_entry_count(cp_client_find_goal(c, "g1")), 2);
    cp_client_free(c);
}
END_TEST

START_TEST(review_before_the_plan)
{
    cp_client *c = graduate("", "",
                            "{'id':'r1','date':'2026-01-11','outcomes':[{'action':'a1',"
                            "'result':'achieved'}],'goal_scores':[{'goal':'g1','score':7}]}");
    ck_refused(c, "r1", CP_ERANGE, "/date");
    cp_client_free(c);
    /* the day the plan was created is fine */
    c = graduate("", "", "{'id':'r1','date':'2026-01-12'}");
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, NULL), NULL);
    cp_client_free(c);
}
END_TEST

START_TEST(items_of_another_plan)
{
    cp_client *c = graduate("", "",
                            "{'id':'r1','date':'2026-02-09','outcomes':[{'action':'a1',"
                            "'result':'achieved'},{'action':'b1','result':'achieved'}]},"
                            "{'id':'r2','date':'2026-02-09','outcomes':[{'action':'a1',"
                            "'result':'achieved'}],'goal_scores':[{'goal':'g1','score':6},"
                            "{'goal':'g0','score':6}]},"
                            "{'id':'r3','date':'2026-02-09','outcomes':[{'action':'a1',"
                            "'result':'achieved'}],'changes':[{'kind':'action_revised',"
                            "'action':'b1','due':'2026-03-01'}]},"
                            "{'id':'r4','date':'2026-02-09','changes':[{'kind':'action_dropped',"
                            "'action':'a2'},{'kind':'goal_revised','goal':'g0',"
                            "'description':'x'}]},"
                            "{'id':'r5','date':'2026-02-09','changes':[{'kind':'action_added',"
                            "'action':'b1'}]}");
    ck_refused(c, "r1", CP_ENOTFOUND, "/outcomes/1/action");
    ck_refused(c, "r2", CP_ENOTFOUND, "/goal_scores/1/goal");
    ck_refused(c, "r3", CP_ENOTFOUND, "/changes/0/action");
    ck_refused(c, "r4", CP_ENOTFOUND, "/changes/1/goal");
    ck_refused(c, "r5", CP_ENOTFOUND, "/changes/0/action");
    cp_client_free(c);
}
END_TEST

START_TEST(new_due_before_the_review)
{
    cp_client *c = graduate("", "",
                            "{'id':'r1','date':'2026-02-09','outcomes':[{'action':'a3',"
                            "'result':'not_achieved'}],'changes':[{'kind':'action_revised',"
                            "'action':'a1','due':'2026-03-01'},{'kind':'action_revised',"
                            "'action':'a3','due':'2026-02-08'}]}");
    ck_refused(c, "r1", CP_ERANGE, "/changes/1/due");
    cp_client_free(c);
}
END_TEST

/* A revision that changes nothing is refused, naming the change and its path. */
START_TEST(revision_that_changes_nothing)
{
    cp_client *c = graduate(
        "", "",
        "{'id':'r1','date':'2026-02-09','changes':[{'kind':'action_revised','action':'a1'}]},"
        "{'id':'r2','date':'2026-02-09','outcomes':[{'action':'a1','result':'achieved'}],"
        "'changes':[{'kind':'action_dropped','action':'a2'},{'kind':'action_revised',"
        "'action':'a1','due':'2026-02-09','description':'Research at least 5 careers on the "
        "Prospects pages and compare them'}]},"
        "{'id':'r3','date':'2026-02-09','changes':[{'kind':'goal_revised','goal':'g1',"
        "'description':'Find work that suits you well'}]},"
        "{'id':'r4','date':'2026-02-09','changes':[{'kind':'goal_revised','goal':'g1'}]},"
        "{'id':'r5','date':'2026-02-09','changes':[{'kind':'action_revised','action':'a2',"
        "'description':''}]}");
    ck_refused(c, "r1", CP_EINVAL, "/changes/0");
    ck_refused(c, "r2", CP_EINVAL, "/changes/1");
    ck_refused(c, "r3", CP_EINVAL, "/changes/0");
    ck_refused(c, "r4", CP_EINVAL, "/changes/0");
    ck_refused(c, "r5", CP_EINVAL, "/changes/0");
    cp_error e;
    ck_assert_cp(cp_review_apply(cp_client_find_review(c, "r2"), NULL, &e), CP_EINVAL,
                 "/changes/1", &e);
    ck_assert_str_eq(e.message, "change 1 (action_revised of \"a1\") changes nothing: give a new "
                                "\"description\" or a new \"due\" date");
    ck_assert_cp(cp_review_apply(cp_client_find_review(c, "r3"), NULL, &e), CP_EINVAL,
                 "/changes/0", &e);
    ck_assert_str_eq(e.message, "change 0 (goal_revised of \"g1\") changes nothing: give a new "
                                "statement in \"description\"");
    cp_client_free(c);
}
END_TEST

START_TEST(null_review)
{
    cp_error e;
    ck_assert_cp(cp_review_apply(NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_int_eq(cp_review_is_applied(NULL), 0);
}
END_TEST

/* ---- out of memory at every allocation ---- */

static void oom_sweep(const char *review, const char *actions_extra, const char *goals_extra,
                      const char *rid, int rest)
{
    /* the reference result, with memory to spare */
    cp_client *ref = graduate(actions_extra, goals_extra, review);
    ck_assert_ok(cp_review_apply(cp_client_find_review(ref, rid), NULL, NULL), NULL);
    char *want = save(ref);
    cp_client_free(ref);

    int refused = 0;
    for (long n = 0;; n++) {
        ck_assert_int_lt(n, 100000);
        cp_client *c = graduate(actions_extra, goals_extra, review);
        char *before = save(c);
        cp_error e;
        arm(n, rest);
        cp_status st = cp_review_apply(cp_client_find_review(c, rid), NULL, &e);
        long calls = alloc_calls;
        disarm();
        char *after = save(c);
        if (st == CP_OK) {
            /* a success must be the full result, however memory went */
            ck_same_text(after, want);
        } else {
            ck_assert_msg(st == CP_ENOMEM, "allocation %ld: %s", n, cp_status_name(st));
            ck_assert_int_eq(e.code, CP_ENOMEM);
            ck_same_text(after, before);
            ck_assert_int_eq(cp_review_is_applied(cp_client_find_review(c, rid)), 0);
            refused++;
        }
        cp_free(before);
        cp_free(after);
        cp_client_free(c);
        if (calls <= n) {
            /* allocation n was never made: every allocation has been failed once */
            ck_assert_int_eq(st, CP_OK);
            break;
        }
    }
    ck_assert_int_gt(refused, 0);
    cp_free(want);
}

START_TEST(out_of_memory_once)
{
    oom_sweep(REVIEW_R1, "", "", "r1", 0);
}
END_TEST

START_TEST(out_of_memory_from_then_on)
{
    oom_sweep(REVIEW_R1, "", "", "r1", 1);
}
END_TEST

START_TEST(out_of_memory_with_sensitive_items)
{
    oom_sweep("{'id':'r1','date':'2026-02-07','reviewer':'Jo Adviser',"
              "'outcomes':[{'action':'a1','result':'achieved'},{'action':'a5','result':"
              "'partly_achieved'}],'goal_scores':[{'goal':'g1','score':7},{'goal':'g1',"
              "'score':8}],'changes':[{'kind':'goal_revised','goal':'g1','description':'New'},"
              "{'kind':'action_revised','action':'a5','due':'2026-03-02'}]}",
              ",{'id':'a5','description':'Private','owner':'client','sensitive':true}", "", "r1",
              0);
}
END_TEST

/* What 0.2 allocates: the barriers of a "not yet" action, what would make a
 * score one point stronger, a revised description, a goal's old statement. */
START_TEST(out_of_memory_not_yet)
{
    oom_sweep("{'id':'r1','date':'2026-02-07','reviewer':'Jo Adviser',"
              "'outcomes':[{'action':'a3','result':'not_achieved','barriers':[{'kind':'time',"
              "'detail':'shifts'},{'kind':'money'}]}],'goal_scores':[{'goal':'g1','score':6,"
              "'one_point_stronger':'A mentor'}],'changes':[{'kind':'action_revised',"
              "'action':'a1','description':'Research three careers'},"
              "{'kind':'goal_revised','goal':'g1','description':'New'}]}",
              "", "", "r1", 0);
}
END_TEST

static Suite *review_apply_suite(void)
{
    Suite *s = suite_create("review_apply");
    TCase *t = tcase_create("apply");
    tcase_add_test(t, young_graduate);
    tcase_add_test(t, applied_state_is_saved);
    tcase_add_test(t, explicit_next_review);
    tcase_add_test(t, no_review_after_leaving);
    tcase_add_test(t, policy_is_used);
    tcase_add_test(t, every_kind_of_change);
    tcase_add_test(t, first_score_of_a_goal);
    tcase_add_test(t, sensitive_items_have_their_own_entry);
    tcase_add_test(t, no_sensitive_entry_without_sensitive_items);
    tcase_add_test(t, outcomes_without_changes);
    tcase_add_test(t, outcomes_with_a_drop_or_a_revision);
    tcase_add_test(t, revision_of_the_description);
    tcase_add_test(t, one_point_stronger);
    tcase_add_test(t, before_from_the_recorded_confidence);
    suite_add_tcase(s, t);
    t = tcase_create("refused");
    tcase_add_test(t, applying_twice);
    tcase_add_test(t, review_before_the_plan);
    tcase_add_test(t, items_of_another_plan);
    tcase_add_test(t, new_due_before_the_review);
    tcase_add_test(t, revision_that_changes_nothing);
    tcase_add_test(t, null_review);
    suite_add_tcase(s, t);
    t = tcase_create("oom");
    tcase_add_test(t, out_of_memory_once);
    tcase_add_test(t, out_of_memory_from_then_on);
    tcase_add_test(t, out_of_memory_with_sensitive_items);
    tcase_add_test(t, out_of_memory_not_yet);
    tcase_set_timeout(t, 60);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(review_apply_suite)
