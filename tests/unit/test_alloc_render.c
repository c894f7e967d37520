/* Allocation failures in what the library writes and reads as text: the
 * JSON documents, HTML, plain text, iCalendar, CSV (import and export), the
 * reports and summaries. Every allocation k fails, once and from then on;
 * each run returns CP_ENOMEM, leaves its inputs as they were (the documents'
 * saved JSON byte for byte: a CSV import into a caseload is all or nothing)
 * and leaks nothing (tests/unit/alloc_inject.h). One row per operation. */
#define _POSIX_C_SOURCE 200809L

#include "alloc_inject.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const cp_date as_of = {2026, 3, 2};

/* Runs a renderer that returns a new text, and frees it. */
#define TEXT_OP(fn, call)                                                                          \
    static cp_status fn(cpt_fixture *f, cp_error *e)                                               \
    {                                                                                              \
        char *out = NULL;                                                                          \
        cp_status st = call;                                                                       \
        if (st == CP_OK)                                                                           \
            ck_assert_ptr_nonnull(out);                                                            \
        else                                                                                       \
            ck_assert_ptr_null(out);                                                               \
        cp_free(out);                                                                              \
        return st;                                                                                 \
    }

#define REVIEW(f) cp_client_find_review((f)->client, "r1")
#define YEAR11(f) cp_caseload_find_client((f)->cohort, "c-year11")

TEXT_OP(plan_html, cp_client_plan_html(f->client, "p1", NULL, as_of, &out, e))
TEXT_OP(plan_html_for, cp_client_plan_html(f->client, NULL, "s1", as_of, &out, e))
TEXT_OP(plan_text, cp_client_plan_text(f->client, "p1", NULL, as_of, 60, &out, e))
TEXT_OP(summary_text, cp_review_summary_text(REVIEW(f), &out, e))
TEXT_OP(summary_json, cp_review_summary_json(REVIEW(f), &out, e))
TEXT_OP(summary_html, cp_review_summary_html(REVIEW(f), &out, e))
TEXT_OP(strategic_html, cp_strategic_plan_html(f->plan, &out, e))
TEXT_OP(due_html, cp_caseload_due_html(f->cohort, as_of, 60, &out, e))
TEXT_OP(learners_csv, cp_caseload_learners_to_csv(f->cohort, &out, e))
TEXT_OP(participation_csv, cp_caseload_participation_to_csv(f->cohort, &out, e))
TEXT_OP(checklist_text,
        cp_activity_checklist_text(cp_provision_map_find_activity(f->map, "ii-nhs"), &out, e))
TEXT_OP(checklist_json,
        cp_activity_checklist_json(cp_provision_map_find_activity(f->map, "ii-nhs"), &out, e))
TEXT_OP(learner_text, cp_client_learner_report_text(YEAR11(f), f->map, &out, e))
TEXT_OP(learner_json, cp_client_learner_report_json(YEAR11(f), f->map, &out, e))

static cp_status client_ical(cpt_fixture *f, cp_error *e)
{
    cp_ical_options o = CP_ICAL_OPTIONS_INIT;
    o.as_of = as_of;
    char *out = NULL;
    cp_status st = cp_client_to_ical(f->client, &o, &out, e);
    cp_free(out);
    return st;
}

static cp_status caseload_ical(cpt_fixture *f, cp_error *e)
{
    cp_ical_options o = CP_ICAL_OPTIONS_INIT;
    o.as_of = as_of;
    char *out = NULL;
    cp_status st = cp_caseload_to_ical(f->cohort, &o, &out, e);
    cp_free(out);
    return st;
}

static cp_status coverage_out(cpt_fixture *f, cp_error *e)
{
    cp_cohort_coverage *c = NULL;
    char *a = NULL, *b = NULL;
    cp_status st = cp_cohort_coverage_compute(f->map, f->cohort, &c, e);
    if (st == CP_OK)
        st = cp_cohort_coverage_to_csv(c, &a, e);
    if (st == CP_OK)
        st = cp_cohort_coverage_to_json(c, &b, e);
    cp_free(a);
    cp_free(b);
    cp_cohort_coverage_free(c);
    return st;
}

static cp_status neet_json(cpt_fixture *f, cp_error *e)
{
    cp_neet_report *r = NULL;
    char *out = NULL;
    cp_status st = cp_caseload_neet_risk(f->cohort, NULL, as_of, &r, NULL, e);
    if (st == CP_OK)
        st = cp_neet_report_to_json(r, &out, e);
    cp_free(out);
    cp_neet_report_free(r);
    return st;
}

static cp_status figures_json(cpt_fixture *f, cp_error *e)
{
    cp_stats *s = NULL;
    cp_hits *h = NULL;
    char *a = NULL, *b = NULL;
    cp_status st = cp_caseload_stats(f->cohort, as_of, cp_date_none(), cp_date_none(), &s, e);
    if (st == CP_OK)
        st = cp_stats_to_json(s, &a, e);
    if (st == CP_OK)
        st = cp_caseload_actions_due(f->cohort, as_of, 365, &h, e);
    if (st == CP_OK)
        st = cp_hits_to_json(h, &b, e);
    cp_free(a);
    cp_free(b);
    cp_stats_free(s);
    cp_hits_free(h);
    return st;
}

/* ---- JSON documents ---- */

TEXT_OP(save_client, cp_client_save_string(f->client, NULL, &out, NULL, e))
TEXT_OP(save_caseload, cp_caseload_save_string(f->cohort, NULL, &out, NULL, e))
TEXT_OP(save_map, cp_provision_map_save_string(f->map, NULL, &out, NULL, e))
TEXT_OP(save_plan, cp_strategic_plan_save_string(f->plan, NULL, &out, NULL, e))

static cp_status save_stream(cpt_fixture *f, cp_error *e)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    cp_status st = cp_client_save_file(f->client, fp, NULL, e);
    fclose(fp);
    return st;
}

/* Loads each kind of document from its own saved text. */
static cp_status reload(cpt_fixture *f, cp_error *e)
{
    char *text = NULL;
    cpt_alloc_pause();
    ck_assert_int_eq(cp_strategic_plan_save_string(f->plan, NULL, &text, NULL, NULL), CP_OK);
    cpt_alloc_resume();
    cp_document *doc = NULL;
    cp_status st = cp_document_load_string(text, strlen(text), NULL, &doc, e);
    cp_document_free(doc);
    cpt_alloc_pause();
    cp_free(text);
    if (st == CP_OK)
        ck_assert_int_eq(cp_provision_map_save_string(f->map, NULL, &text, NULL, NULL), CP_OK);
    cpt_alloc_resume();
    if (st == CP_OK) {
        cp_provision_map *m = NULL;
        st = cp_provision_map_load_string(text, strlen(text), NULL, &m, e);
        cp_provision_map_free(m);
        cpt_alloc_pause();
        cp_free(text);
        cpt_alloc_resume();
    }
    return st;
}

/* Loads with a warnings list: a failed load takes back the warnings it added. */
static const char unknown_members[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"Year 11\","
    "\"clients\":[{\"id\":\"c1\",\"x\":[1,{\"y\":2}]},{\"id\":\"c3\",\"z\":null}],\"w\":true}";

static cp_status load_with_warnings(cpt_fixture *f, cp_error *e)
{
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = f->diag;
    cp_caseload *cl = NULL;
    cp_status st = cp_caseload_load_string(unknown_members, sizeof unknown_members - 1, &o, &cl, e);
    if (st == CP_OK)
        ck_assert_uint_eq(cp_diagnostics_count(f->diag), 4);
    else
        ck_assert_ptr_null(cl);
    cp_caseload_free(cl);
    return st;
}

static cp_status load_stream(cpt_fixture *f, cp_error *e)
{
    (void)f;
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    fputs(cpt_example_client, fp);
    rewind(fp);
    cp_client *c = NULL;
    cp_status st = cp_client_load_file(fp, NULL, &c, e);
    fclose(fp);
    cp_client_free(c);
    return st;
}

static cp_status load_path(cpt_fixture *f, cp_error *e)
{
    (void)f;
    char *p = NULL;
    cpt_alloc_pause();
    p = cpt_example_path("year11.json");
    cpt_alloc_resume();
    cp_document *doc = NULL;
    cp_status st = cp_document_load_path(p, NULL, &doc, e);
    cp_document_free(doc);
    cpt_alloc_pause();
    free(p);
    cpt_alloc_resume();
    return st;
}

/* A save to a path: a failed one leaves the old file and nothing else. */
static cp_status save_path(cpt_fixture *f, cp_error *e)
{
    static const char old[] = "old\n";
    char dir[] = "/tmp/cp-alloc-save-XXXXXX", path[64], buf[16] = "";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/client.json", dir);
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(old, fp);
    fclose(fp);
    cp_status st = cp_client_save_path(f->client, path, NULL, e);
    fp = fopen(path, "r");
    ck_assert_ptr_nonnull(fp);
    ck_assert_ptr_nonnull(fgets(buf, sizeof buf, fp));
    fclose(fp);
    if (st != CP_OK)
        ck_assert_str_eq(buf, old);
    else
        ck_assert_str_eq(buf, "{\n");
    ck_assert_int_eq(unlink(path), 0);
    ck_assert_int_eq(rmdir(dir), 0); /* no temporary file is left */
    return st;
}

/* ---- CSV import into an existing caseload: all or nothing ---- */

static const char learners[] =
    "id,upn,uln,given_name,family_name,year_group,setting\r\n"
    "c1,B801200005001,,Zo\xC3\xAB,\"O'Brien, Jr\",10,school\r\n"
    "c4,,1000000043,'=x,\"two\nlines\",,\r\n"
    "c5,,,New,Learner,11,\r\n";
static const char participation[] = "upn,uln,client_id,activity,date,attended\r\n"
                                    "B801200005001,,,ii-assembly,2025-10-03,true\r\n"
                                    ",,c2,ie-fair,2026-01-20,false\r\n"
                                    "B801200005001,,,ii-assembly,2025-10-03,false\r\n"
                                    ",,c3,ii-nhs,2025-11-03,yes\r\n";

static cp_status import_learners(cpt_fixture *f, cp_error *e)
{
    return cp_caseload_import_csv(f->caseload, learners, sizeof learners - 1, e);
}

static cp_status import_participation(cpt_fixture *f, cp_error *e)
{
    return cp_caseload_import_csv(f->caseload, participation, sizeof participation - 1, e);
}

#define CLIENT CPT_CLIENT
#define COHORT CPT_COHORT
static const cpt_alloc_op ops[] = {
    {"cp_client_plan_html", CLIENT, plan_html},
    {"cp_client_plan_html (for a recipient)", CLIENT, plan_html_for},
    {"cp_client_plan_text", CLIENT, plan_text},
    {"cp_review_summary_text", CLIENT, summary_text},
    {"cp_review_summary_json", CLIENT, summary_json},
    {"cp_review_summary_html", CLIENT, summary_html},
    {"cp_strategic_plan_html", CPT_PLAN, strategic_html},
    {"cp_caseload_due_html", COHORT, due_html},
    {"cp_client_to_ical", CLIENT, client_ical},
    {"cp_caseload_to_ical", COHORT, caseload_ical},
    {"cp_caseload_learners_to_csv", COHORT, learners_csv},
    {"cp_caseload_participation_to_csv", COHORT, participation_csv},
    {"cp_cohort_coverage_to_csv/json", COHORT | CPT_MAP, coverage_out},
    {"cp_neet_report_to_json", COHORT, neet_json},
    {"cp_stats_to_json, cp_hits_to_json", COHORT, figures_json},
    {"cp_activity_checklist_text", CPT_MAP, checklist_text},
    {"cp_activity_checklist_json", CPT_MAP, checklist_json},
    {"cp_client_learner_report_text", COHORT | CPT_MAP, learner_text},
    {"cp_client_learner_report_json", COHORT | CPT_MAP, learner_json},
    {"cp_client_save_string", CLIENT, save_client},
    {"cp_caseload_save_string", COHORT, save_caseload},
    {"cp_provision_map_save_string", CPT_MAP, save_map},
    {"cp_strategic_plan_save_string", CPT_PLAN, save_plan},
    {"cp_client_save_file", CLIENT, save_stream},
    {"cp_document_load_string, cp_provision_map_load_string", CPT_PLAN | CPT_MAP, reload},
    {"cp_caseload_load_string (warnings)", CPT_DIAG, load_with_warnings},
    {"cp_client_load_file", 0, load_stream},
    {"cp_document_load_path", 0, load_path},
    {"cp_client_save_path", CLIENT, save_path},
    {"cp_caseload_import_csv (learners)", CPT_CASELOAD | CPT_MUTATES, import_learners},
    {"cp_caseload_import_csv (participation)", CPT_CASELOAD | CPT_MUTATES, import_participation},
};

START_TEST(every_operation)
{
    long once = 0, from_on = 0;
    cpt_alloc_run_table(ops, sizeof ops / sizeof ops[0], &once, &from_on);
    cpt_alloc_report("alloc_render", once, from_on);
}
END_TEST

static Suite *alloc_render_suite(void)
{
    Suite *s = suite_create("alloc_render");
    TCase *tc = tcase_create("alloc_render");
    tcase_add_checked_fixture(tc, cpt_alloc_setup, cpt_alloc_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, every_operation);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(alloc_render_suite)
