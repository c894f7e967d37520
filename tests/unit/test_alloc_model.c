/* Allocation failures in the model's setters, adders and removers: every
 * allocation k fails, once and from then on; each run returns CP_ENOMEM,
 * leaves the client as it was (its saved JSON, byte for byte) and leaks
 * nothing (tests/unit/alloc_inject.h). One row per operation. */
#include "alloc_inject.h"

#define CL(f) ((f)->client)
#define PLAN(f) cp_client_find_plan(CL(f), "p1")
#define GOAL(f) cp_client_find_goal(CL(f), "g1")
#define ACTION(f) cp_client_find_action(CL(f), "a1")
#define REVIEW(f) cp_client_find_review(CL(f), "r1")

static const char long_text[] =
    "A longer text than any small-string buffer, so that copying it allocates a block of "
    "its own: \xc3\xa9\xc3\xa8 and a few more words to make sure of it.";

static cp_status set_given_name(cpt_fixture *f, cp_error *e)
{
    return cp_client_set_given_name(CL(f), long_text, e);
}

static cp_status set_client_id(cpt_fixture *f, cp_error *e)
{
    return cp_client_set_id(CL(f), "client-renamed", e);
}

static cp_status set_statement(cpt_fixture *f, cp_error *e)
{
    return cp_goal_set_statement(GOAL(f), long_text, e);
}

static cp_status set_description(cpt_fixture *f, cp_error *e)
{
    return cp_action_set_description(ACTION(f), long_text, e);
}

static cp_status set_section(cpt_fixture *f, cp_error *e)
{
    return cp_plan_set_section(PLAN(f), CP_PLAN_SECTION_WHERE_YOU_ARE_NOW, long_text, 1, e);
}

static cp_status add_supporter_ref(cpt_fixture *f, cp_error *e)
{
    cp_status st = cp_client_add_supporter(CL(f), "s2", CP_SUPPORTER_ROLE_MENTOR, "Ann", NULL, e);
    if (st == CP_OK && (st = cp_action_add_supporter(ACTION(f), "s2", e)) != CP_OK)
        cpt_alloc_pause(), cp_client_remove_supporter(CL(f), 1, NULL), cpt_alloc_resume();
    return st;
}

static cp_status add_swot(cpt_fixture *f, cp_error *e)
{
    return cp_goal_add_swot(GOAL(f), CP_SWOT_THREATS, long_text, e);
}

static cp_status add_note(cpt_fixture *f, cp_error *e)
{
    return cp_goal_add_note(GOAL(f), cpt_date("2026-02-02"), long_text, NULL, e);
}

static cp_status add_goal(cpt_fixture *f, cp_error *e)
{
    return cp_plan_add_goal(PLAN(f), "g2", long_text, NULL, e);
}

static cp_status add_action(cpt_fixture *f, cp_error *e)
{
    return cp_goal_add_action(GOAL(f), "a2", long_text, NULL, e);
}

static cp_status add_plan(cpt_fixture *f, cp_error *e)
{
    return cp_client_add_plan(CL(f), "p2", cpt_date("2026-09-01"), NULL, e);
}

static cp_status add_review(cpt_fixture *f, cp_error *e)
{
    return cp_plan_add_review(PLAN(f), "r2", cpt_date("2026-03-01"), NULL, e);
}

static cp_status add_consent(cpt_fixture *f, cp_error *e)
{
    return cp_client_add_consent(CL(f), "k2", CP_CONSENT_SCOPE_EVERYTHING,
                                 cpt_date("2026-02-01"), NULL, e);
}

static cp_status add_disclosure(cpt_fixture *f, cp_error *e)
{
    return cp_client_add_disclosure(CL(f), cpt_date("2026-02-01"), "s1",
                                    CP_CONSENT_SCOPE_NON_SENSITIVE, "k1", NULL, e);
}

static cp_status add_history(cpt_fixture *f, cp_error *e)
{
    return cp_plan_add_history_entry(PLAN(f), cpt_date("2026-02-01"), "Adviser", long_text,
                                     "reason", 0, NULL, e);
}

static cp_status add_confidence(cpt_fixture *f, cp_error *e)
{
    return cp_goal_add_confidence_entry(GOAL(f), cpt_date("2026-02-01"), 7, e);
}

static cp_status add_participation(cpt_fixture *f, cp_error *e)
{
    return cp_client_add_participation(CL(f), "fair", cpt_date("2026-02-01"), NULL, e);
}

static cp_status remove_goal(cpt_fixture *f, cp_error *e)
{
    return cp_client_remove_consent(CL(f), 0, e);
}

static cp_status add_client(cpt_fixture *f, cp_error *e)
{
    return cp_caseload_add_client(f->caseload, "c9", NULL, e);
}

static cp_status rename_client(cpt_fixture *f, cp_error *e)
{
    return cp_client_set_id(cp_caseload_find_client(f->caseload, "c2"), "c2-renamed", e);
}

static cp_status adopt_client(cpt_fixture *f, cp_error *e)
{
    cp_client *c = NULL;
    cp_status st = cp_client_new("c9", &c, e);
    if (st != CP_OK)
        return st;
    if ((st = cp_caseload_adopt_client(f->caseload, c, e)) != CP_OK)
        cp_client_free(c);
    return st;
}

static cp_status erase_client(cpt_fixture *f, cp_error *e)
{
    return cp_caseload_erase_client(f->caseload, "c2", e);
}

static cp_status remove_client(cpt_fixture *f, cp_error *e)
{
    return cp_caseload_remove_client(f->caseload, 1, e);
}

static cp_status add_force(cpt_fixture *f, cp_error *e)
{
    return cp_goal_add_force(GOAL(f), CP_FORCES_AGAINST, long_text, e);
}

static cp_status add_outcome_change(cpt_fixture *f, cp_error *e)
{
    cp_review *r = NULL;
    cp_status st = cp_plan_add_review(PLAN(f), "r2", cpt_date("2026-03-01"), &r, e);
    if (st == CP_OK)
        st = cp_review_add_outcome(r, "a1", CP_OUTCOME_RESULT_PARTLY_ACHIEVED, NULL, e);
    if (st == CP_OK)
        st = cp_review_add_goal_score(r, "g1", 7, NULL, e);
    if (st == CP_OK)
        st = cp_review_add_change(r, CP_CHANGE_KIND_GOAL_REVISED, "g1", NULL, e);
    if (st != CP_OK) { /* the steps before are the caller's to take back */
        cpt_alloc_pause();
        if (r)
            ck_assert_int_eq(cp_plan_remove_review(PLAN(f), 1, NULL), CP_OK);
        cpt_alloc_resume();
    }
    return st;
}

static cp_status complete_action(cpt_fixture *f, cp_error *e)
{
    return cp_action_complete(ACTION(f), cpt_date("2026-02-05"), e);
}

static cp_status set_purpose(cpt_fixture *f, cp_error *e)
{
    return cp_consent_set_purpose(cp_client_find_consent(CL(f), "k1"), long_text, e);
}

static cp_status learner_records(cpt_fixture *f, cp_error *e)
{
    cp_status st = cp_client_add_fsq_result(CL(f), cpt_date("2026-02-01"), "fsq-a", "12", NULL, e);
    if (st == CP_OK)
        st = cp_client_add_neet_score(CL(f), "attendance", 3, cpt_date("2026-02-01"), NULL, e);
    if (st == CP_OK)
        st = cp_client_add_destination(CL(f), CP_DESTINATION_STAGE_INTENDED, NULL, e);
    if (st != CP_OK) {
        cpt_alloc_pause();
        while (cp_client_fsq_result_count(CL(f)))
            cp_client_remove_fsq_result(CL(f), 0, NULL);
        while (cp_client_neet_score_count(CL(f)))
            cp_client_remove_neet_score(CL(f), 0, NULL);
        cpt_alloc_resume();
    }
    return st;
}

static cp_status new_documents(cpt_fixture *f, cp_error *e)
{
    (void)f;
    cp_caseload *cl = NULL;
    cp_provision_map *m = NULL;
    cp_strategic_plan *sp = NULL;
    cp_status st = cp_caseload_new(&cl, e);
    if (st == CP_OK)
        st = cp_provision_map_new(&m, e);
    if (st == CP_OK)
        st = cp_strategic_plan_new(&sp, e);
    cp_caseload_free(cl);
    cp_provision_map_free(m);
    cp_strategic_plan_free(sp);
    return st;
}

static cp_status map_set_title(cpt_fixture *f, cp_error *e)
{
    return cp_activity_set_title(cp_provision_map_find_activity(f->map, "ii-nhs"), long_text, e);
}

static cp_status map_add_group(cpt_fixture *f, cp_error *e)
{
    return cp_activity_add_targeted_group(cp_provision_map_find_activity(f->map, "ii-nhs"),
                                          "young carers", e);
}

static cp_status map_add_activity(cpt_fixture *f, cp_error *e)
{
    return cp_provision_map_add_activity(f->map, "new-activity", long_text,
                                         CP_ACTIVITY_TYPE_WORKSHOP, NULL, e);
}

static cp_status map_add_outcome(cpt_fixture *f, cp_error *e)
{
    return cp_provision_map_add_learning_outcome(f->map, "lo-new",
                                                 CP_JOURNEY_PHASE_INVESTIGATE_AND_EXPLORE,
                                                 long_text, NULL, e);
}

static cp_status map_add_milestone(cpt_fixture *f, cp_error *e)
{
    return cp_provision_map_add_reflection_milestone(f->map, long_text, NULL, e);
}

static cp_status strategic_edits(cpt_fixture *f, cp_error *e)
{
    return cp_strategic_plan_set_careers_vision(f->plan, long_text, e);
}

static cp_status strategic_vision_point(cpt_fixture *f, cp_error *e)
{
    return cp_strategic_plan_add_careers_vision_point(f->plan, long_text, e);
}

static cp_status strategic_priority(cpt_fixture *f, cp_error *e)
{
    return cp_strategic_plan_add_strategic_priority(f->plan, "p9", long_text, NULL, e);
}

static cp_status strategic_objective(cpt_fixture *f, cp_error *e)
{
    return cp_strategic_priority_add_strategic_objective(
        cp_strategic_plan_find_strategic_priority(f->plan, "p1"), "p1-o9", long_text, NULL, e);
}

static cp_status strategic_action(cpt_fixture *f, cp_error *e)
{
    return cp_strategic_objective_add_strategic_action(
        cp_strategic_plan_find_strategic_objective(f->plan, "p1-o1"), "p1-o1-a9", long_text,
        NULL, e);
}

#define C (CPT_CLIENT | CPT_MUTATES)
#define CL_ (CPT_CASELOAD | CPT_MUTATES)
#define M (CPT_MAP | CPT_MUTATES)
#define SP (CPT_PLAN | CPT_MUTATES)
static const cpt_alloc_op ops[] = {
    {"cp_client_set_given_name", C, set_given_name},
    {"cp_client_set_id", C, set_client_id},
    {"cp_goal_set_statement", C, set_statement},
    {"cp_action_set_description", C, set_description},
    {"cp_plan_set_section", C, set_section},
    {"cp_client_add_supporter + cp_action_add_supporter", C, add_supporter_ref},
    {"cp_goal_add_swot", C, add_swot},
    {"cp_goal_add_note", C, add_note},
    {"cp_plan_add_goal", C, add_goal},
    {"cp_goal_add_action", C, add_action},
    {"cp_client_add_plan", C, add_plan},
    {"cp_plan_add_review", C, add_review},
    {"cp_client_add_consent", C, add_consent},
    {"cp_client_add_disclosure", C, add_disclosure},
    {"cp_plan_add_history_entry", C, add_history},
    {"cp_goal_add_confidence_entry", C, add_confidence},
    {"cp_client_add_participation", C, add_participation},
    {"cp_client_remove_consent", C | CPT_NO_ALLOC, remove_goal},
    {"cp_caseload_add_client", CL_, add_client},
    {"cp_client_set_id (in a caseload)", CL_, rename_client},
    {"cp_caseload_adopt_client", CL_, adopt_client},
    {"cp_caseload_erase_client", CL_ | CPT_NO_ALLOC, erase_client},
    {"cp_caseload_remove_client", CL_ | CPT_NO_ALLOC, remove_client},
    {"cp_goal_add_force", C, add_force},
    {"cp_review_add_outcome, _goal_score, _change", C, add_outcome_change},
    {"cp_action_complete", C | CPT_NO_ALLOC, complete_action},
    {"cp_consent_set_purpose", C, set_purpose},
    {"cp_client_add_fsq_result, _neet_score, _destination", C, learner_records},
    {"cp_caseload_new, cp_provision_map_new, cp_strategic_plan_new", 0, new_documents},
    {"cp_activity_set_title", M, map_set_title},
    {"cp_activity_add_targeted_group", M, map_add_group},
    {"cp_provision_map_add_activity", M, map_add_activity},
    {"cp_provision_map_add_learning_outcome", M, map_add_outcome},
    {"cp_provision_map_add_reflection_milestone", M, map_add_milestone},
    {"cp_strategic_plan_set_careers_vision", SP, strategic_edits},
    {"cp_strategic_plan_add_careers_vision_point", SP, strategic_vision_point},
    {"cp_strategic_plan_add_strategic_priority", SP, strategic_priority},
    {"cp_strategic_priority_add_strategic_objective", SP, strategic_objective},
    {"cp_strategic_objective_add_strategic_action", SP, strategic_action},
};

START_TEST(every_operation)
{
    long once = 0, from_on = 0;
    cpt_alloc_run_table(ops, sizeof ops / sizeof ops[0], &once, &from_on);
    cpt_alloc_report("alloc_model", once, from_on);
}
END_TEST

static Suite *alloc_model_suite(void)
{
    Suite *s = suite_create("alloc_model");
    TCase *tc = tcase_create("alloc_model");
    tcase_add_checked_fixture(tc, cpt_alloc_setup, cpt_alloc_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, every_operation);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(alloc_model_suite)
