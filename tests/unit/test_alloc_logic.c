/* Allocation failures in the logic: the review cycle, sharing, validation,
 * queries and figures, strategic checks and the Careers Learning Journeys
 * analyses. Every allocation k fails, once and from then on; each run
 * returns CP_ENOMEM, leaves its inputs as they were (the documents' saved
 * JSON byte for byte, a diagnostics list's entries) and leaks nothing
 * (tests/unit/alloc_inject.h). One row per operation. */
#include "alloc_inject.h"

static const cp_date as_of = {2026, 3, 2};

static cp_status review_apply(cpt_fixture *f, cp_error *e)
{
    return cp_review_apply(cp_client_find_review(f->client, "r1"), NULL, e);
}

static cp_status export_for(cpt_fixture *f, cp_error *e)
{
    cp_client *copy = NULL;
    cp_status st = cp_client_export_for(f->client, "s1", as_of, &copy, e);
    cp_client_free(copy);
    return st;
}

static cp_status export_for_role(cpt_fixture *f, cp_error *e)
{
    /* a role without consent: refused, and nothing is logged */
    cp_client *copy = NULL;
    cp_status st = cp_client_export_for(f->client, "school", as_of, &copy, e);
    cp_client_free(copy);
    return st == CP_ECONSENT ? CP_OK : st;
}

static cp_status consent_for(cpt_fixture *f, cp_error *e)
{
    const cp_consent *k = NULL;
    return cp_client_consent_for(f->client, "s1", as_of, &k, e);
}

static cp_status validate_client(cpt_fixture *f, cp_error *e)
{
    return cp_client_validate(f->client, as_of, f->diag, e);
}

static cp_status validate_caseload(cpt_fixture *f, cp_error *e)
{
    cp_validate_options o = CP_VALIDATE_OPTIONS_INIT;
    return cp_caseload_validate_with(f->cohort, as_of, &o, f->diag, e);
}

static cp_status validate_strategic(cpt_fixture *f, cp_error *e)
{
    return cp_strategic_plan_validate(f->plan, as_of, f->diag, e);
}

static cp_status strategic_period(cpt_fixture *f, cp_error *e)
{
    cp_date a, b;
    cp_status st = cp_strategic_plan_period(f->plan, &a, &b, e);
    return st == CP_ESTATE ? CP_OK : st;
}

static cp_status next_review(cpt_fixture *f, cp_error *e)
{
    cp_date d;
    cp_status st = cp_plan_next_review_date_with(cp_client_find_plan(f->client, "p1"), as_of,
                                                 NULL, NULL, &d, e);
    return st == CP_ESTATE ? CP_OK : st;
}

static cp_status hits(cpt_fixture *f, cp_error *e, int which)
{
    cp_hits *h = NULL;
    cp_status st;
    switch (which) {
    case 0:
        st = cp_caseload_actions_due(f->cohort, as_of, 60, &h, e);
        break;
    case 1:
        st = cp_caseload_actions_overdue(f->cohort, as_of, &h, e);
        break;
    case 2:
        st = cp_caseload_reviews_due(f->cohort, as_of, 365, &h, e);
        break;
    case 3:
        st = cp_caseload_clients_without_agreed_plan(f->cohort, &h, e);
        break;
    default:
        st = cp_caseload_plans_failing_smart(f->cohort, &h, e);
        break;
    }
    if (st == CP_OK)
        cp_hits_sort_by_date(h);
    cp_hits_free(h);
    return st;
}

static cp_status actions_due(cpt_fixture *f, cp_error *e)
{
    return hits(f, e, 0);
}
static cp_status actions_overdue(cpt_fixture *f, cp_error *e)
{
    return hits(f, e, 1);
}
static cp_status reviews_due(cpt_fixture *f, cp_error *e)
{
    return hits(f, e, 2);
}
static cp_status without_agreed(cpt_fixture *f, cp_error *e)
{
    return hits(f, e, 3);
}
static cp_status failing_smart(cpt_fixture *f, cp_error *e)
{
    return hits(f, e, 4);
}

static cp_status stats(cpt_fixture *f, cp_error *e)
{
    cp_stats *s = NULL;
    cp_status st = cp_caseload_stats(f->cohort, as_of, cp_date_none(), cp_date_none(), &s, e);
    cp_stats_free(s);
    return st;
}

static cp_status map_gaps(cpt_fixture *f, cp_error *e)
{
    return cp_provision_map_gaps(f->map, f->diag, e);
}

static cp_status map_validate_caseload(cpt_fixture *f, cp_error *e)
{
    return cp_provision_map_validate_caseload(f->map, f->cohort, f->diag, e);
}

static cp_status coverage(cpt_fixture *f, cp_error *e)
{
    cp_cohort_coverage *c = NULL;
    cp_status st = cp_cohort_coverage_compute(f->map, f->cohort, &c, e);
    cp_cohort_coverage_free(c);
    return st;
}

static cp_status pal_check(cpt_fixture *f, cp_error *e)
{
    cp_pal_check c;
    return cp_learner_pal_check(f->map, cp_caseload_find_client(f->cohort, "c-year11"), as_of, &c,
                                e);
}

static cp_status guidance_check(cpt_fixture *f, cp_error *e)
{
    cp_guidance_check c;
    return cp_learner_guidance_check(f->map, cp_caseload_find_client(f->cohort, "c-year11"),
                                     as_of, &c, e);
}

static cp_status neet_risk(cpt_fixture *f, cp_error *e)
{
    cp_neet_report *r = NULL;
    cp_status st = cp_caseload_neet_risk(f->cohort, NULL, as_of, &r, f->diag, e);
    cp_neet_report_free(r);
    return st;
}

static cp_status neet_score(cpt_fixture *f, cp_error *e)
{
    double score;
    return cp_learner_neet_score(cp_caseload_find_client(f->cohort, "c-year11"), NULL, as_of,
                                 &score, f->diag, e);
}

static cp_status validate_small_caseload(cpt_fixture *f, cp_error *e)
{
    return cp_caseload_validate(f->caseload, as_of, f->diag, e);
}

static cp_status leaving_date(cpt_fixture *f, cp_error *e)
{
    cp_date d;
    cp_status st = cp_client_leaving_date(cp_caseload_find_client(f->cohort, "c-year11"), as_of,
                                          NULL, &d, e);
    return st;
}

static cp_status smart_check(cpt_fixture *f, cp_error *e)
{
    (void)e;
    const cp_action *a = cp_client_find_action(f->client, "a1");
    unsigned failed = cp_action_smart_check(a);
    ck_assert_ptr_nonnull(cp_action_smart_reason(a, CP_SMART_MEASURABLE));
    (void)failed;
    return CP_OK;
}

#define CLIENT_RW (CPT_CLIENT | CPT_MUTATES)
#define COHORT (CPT_COHORT)
static const cpt_alloc_op ops[] = {
    {"cp_review_apply", CLIENT_RW, review_apply},
    {"cp_client_export_for (the disclosure log)", CLIENT_RW, export_for},
    {"cp_client_export_for (refused)", CLIENT_RW | CPT_NO_ALLOC, export_for_role},
    {"cp_client_consent_for", CPT_CLIENT | CPT_NO_ALLOC, consent_for},
    {"cp_plan_next_review_date_with", CPT_CLIENT | CPT_NO_ALLOC, next_review},
    {"cp_client_validate", CPT_CLIENT | CPT_DIAG, validate_client},
    {"cp_caseload_validate", CPT_CASELOAD | CPT_DIAG, validate_small_caseload},
    {"cp_client_leaving_date", COHORT | CPT_NO_ALLOC, leaving_date},
    {"cp_action_smart_check, cp_action_smart_reason", CPT_CLIENT | CPT_NO_ALLOC | CPT_NO_ERROR,
     smart_check},
    {"cp_caseload_validate_with", COHORT | CPT_DIAG, validate_caseload},
    {"cp_strategic_plan_validate", CPT_PLAN | CPT_DIAG, validate_strategic},
    {"cp_strategic_plan_period", CPT_PLAN | CPT_NO_ALLOC, strategic_period},
    {"cp_caseload_actions_due", COHORT, actions_due},
    {"cp_caseload_actions_overdue", COHORT, actions_overdue},
    {"cp_caseload_reviews_due", COHORT, reviews_due},
    {"cp_caseload_clients_without_agreed_plan", COHORT, without_agreed},
    {"cp_caseload_plans_failing_smart", COHORT, failing_smart},
    {"cp_caseload_stats", COHORT, stats},
    {"cp_provision_map_gaps", CPT_MAP | CPT_DIAG, map_gaps},
    {"cp_provision_map_validate_caseload", CPT_MAP | COHORT | CPT_DIAG, map_validate_caseload},
    {"cp_cohort_coverage_compute", CPT_MAP | COHORT, coverage},
    {"cp_learner_pal_check", CPT_MAP | COHORT, pal_check},
    {"cp_learner_guidance_check", CPT_MAP | COHORT, guidance_check},
    {"cp_caseload_neet_risk", COHORT | CPT_DIAG, neet_risk},
    {"cp_learner_neet_score", COHORT | CPT_DIAG | CPT_NO_ALLOC, neet_score},
};

START_TEST(every_operation)
{
    long once = 0, from_on = 0;
    cpt_alloc_run_table(ops, sizeof ops / sizeof ops[0], &once, &from_on);
    cpt_alloc_report("alloc_logic", once, from_on);
}
END_TEST

static Suite *alloc_logic_suite(void)
{
    Suite *s = suite_create("alloc_logic");
    TCase *tc = tcase_create("alloc_logic");
    tcase_add_checked_fixture(tc, cpt_alloc_setup, cpt_alloc_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, every_operation);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(alloc_logic_suite)
