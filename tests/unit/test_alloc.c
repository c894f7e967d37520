/* Allocation failure: with an allocator that fails the Nth allocation (once,
 * and from then on), for N = 1, 2, ... until the operation succeeds, every
 * run must fail with CP_ENOMEM and leak nothing (the hooks:
 * tests/unit/alloc_inject.c; the other operations: test_alloc_*.c). (jansson's own allocations do not go through
 * these hooks by design, so only the library's are counted.) */
#define _POSIX_C_SOURCE 200809L

#include "alloc_inject.h"

#include <dirent.h>
#include <stdio.h>
#include <unistd.h>

static const char caseload_doc[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"Year 11\","
    "\"clients\":[{\"id\":\"c1\",\"given_name\":\"Sam\",\"x\":[1,{\"y\":2}]},{\"id\":\"c2\","
    "\"supporters\":[{\"id\":\"s1\"}],\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\","
    "\"where_you_are_now\":{\"text\":\"t\"},\"goals\":[{\"id\":\"g1\",\"statement\":\"s\","
    "\"swot\":{\"strengths\":[\"a\",\"b\"]},\"actions\":[{\"id\":\"a1\",\"description\":\"d\","
    "\"supporters\":[\"s1\"]}]}]}]},{\"id\":\"c3\",\"z\":null}],\"w\":true}";

typedef cp_status (*op_fn)(void *ctx);

/* Runs op with allocation N failing for N = 1, 2, ... until it succeeds,
 * once (only N fails) and from then on (N and every later one fail); the
 * two modes find the same number of failure points, which is returned. */
static long fail_each_allocation(const char *name, op_fn op, void *ctx)
{
    long once = cpt_alloc_fail_each(name, op, ctx, 0);
    long from_on = cpt_alloc_fail_each(name, op, ctx, 1);
    ck_assert_int_eq(once, from_on);
    printf("alloc: %s: %ld allocation-failure points (once %ld, from then on %ld)\n", name,
           once + from_on, once, from_on);
    fflush(stdout);
    return once;
}

/* ---- operations ---- */

static char untouched_storage;
#define UNTOUCHED ((void *)&untouched_storage)

static cp_status op_load_client(void *ctx)
{
    (void)ctx;
    cp_client *c = UNTOUCHED;
    cp_error e;
    cp_status st =
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(c, UNTOUCHED);
        ck_assert_int_eq(e.code, st);
        ck_assert_uint_gt(strlen(e.message), 0);
        return st;
    }
    cp_client_free(c);
    return CP_OK;
}

static cp_status op_load_caseload_with_warnings(void *ctx)
{
    (void)ctx;
    cp_diagnostics *w = cp_diagnostics_new();
    if (!w)
        return CP_ENOMEM;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = w;
    cp_document *doc = UNTOUCHED;
    cp_error e;
    cp_status st = cp_document_load_string(caseload_doc, strlen(caseload_doc), &o, &doc, &e);
    if (st == CP_OK) {
        ck_assert_uint_eq(cp_diagnostics_count(w), 3);
        cp_document_free(doc);
    } else {
        ck_assert_ptr_eq(doc, UNTOUCHED);
        ck_assert_int_eq(e.code, st);
    }
    cp_diagnostics_free(w);
    return st;
}

static cp_status op_load_stream(void *ctx)
{
    FILE *fp = ctx;
    rewind(fp);
    cp_client *c = UNTOUCHED;
    cp_status st = cp_client_load_file(fp, NULL, &c, NULL);
    if (st == CP_OK)
        cp_client_free(c);
    else
        ck_assert_ptr_eq(c, UNTOUCHED);
    return st;
}

struct save_ctx {
    const cp_client *client;
    const cp_caseload *caseload;
    const char *want;
    const char *dir;
    const char *path;
};

static cp_status op_save_string(void *ctx)
{
    struct save_ctx *s = ctx;
    char *out = UNTOUCHED;
    size_t len = 12345;
    cp_error e;
    cp_status st = s->client ? cp_client_save_string(s->client, NULL, &out, &len, &e)
                             : cp_caseload_save_string(s->caseload, NULL, &out, &len, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(out, UNTOUCHED);
        ck_assert_int_eq(e.code, st);
        return st;
    }
    ck_assert_str_eq(out, s->want);
    ck_assert_uint_eq(len, strlen(s->want));
    cp_free(out);
    return CP_OK;
}

static int dir_is_empty(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int empty = 1;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL)
        if (strcmp(ent->d_name, ".") != 0 && strcmp(ent->d_name, "..") != 0)
            empty = 0;
    closedir(d);
    return empty;
}

static cp_status op_save_path(void *ctx)
{
    struct save_ctx *s = ctx;
    cp_status st = cp_client_save_path(s->client, s->path, NULL, NULL);
    if (st != CP_OK) {
        ck_assert_msg(dir_is_empty(s->dir), "a failed save left a file behind");
        return st;
    }
    ck_assert_int_eq(unlink(s->path), 0);
    return CP_OK;
}

static cp_status op_build(void *ctx)
{
    (void)ctx;
    cp_client *c = UNTOUCHED;
    cp_error e;
    cp_status st = cp_client_new("c1", &c, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(c, UNTOUCHED);
        return st;
    }
    cp_plan *p = NULL;
    if ((st = cp_client_add_plan(c, "p1", cpt_date("2026-01-10"), &p, &e)) == CP_OK &&
        (st = cp_plan_add_goal(p, "g1", "Find a course", NULL, &e)) == CP_OK &&
        (st = cp_plan_add_goal(p, "g2", "Try a taster day", NULL, &e)) == CP_OK &&
        (st = cp_client_add_plan(c, "p2", cpt_date("2026-09-01"), &p, &e)) == CP_OK)
        st = cp_plan_add_goal(p, "g3", "Apply", NULL, &e);
    if (st != CP_OK) {
        ck_assert_int_eq(e.code, st);
        cp_client_free(c);
        return st;
    }
    /* the result is complete (checked without failures, and without counting) */
    cpt_alloc_pause();
    char *out = NULL;
    ck_assert_int_eq(cp_client_save_string(c, &(cp_save_options){1, CP_SAVE_COMPACT}, &out, NULL,
                                           NULL),
                     CP_OK);
    ck_assert_str_eq(out, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                          "\"id\":\"c1\",\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\","
                          "\"status\":\"draft\",\"goals\":[{\"id\":\"g1\",\"statement\":"
                          "\"Find a course\",\"status\":\"active\"},{\"id\":\"g2\","
                          "\"statement\":\"Try a taster day\",\"status\":\"active\"}]},"
                          "{\"id\":\"p2\",\"created\":\"2026-09-01\",\"status\":\"draft\","
                          "\"goals\":[{\"id\":\"g3\",\"statement\":\"Apply\","
                          "\"status\":\"active\"}]}]}\n");
    cp_free(out);
    cp_client_free(c);
    cpt_alloc_resume();
    return CP_OK;
}

static cp_status op_diagnostics(void *ctx)
{
    (void)ctx;
    cp_diagnostics *d = cp_diagnostics_new();
    if (!d)
        return CP_ENOMEM;
    cp_status st = CP_OK;
    char code[32];
    for (int i = 0; i < 20 && st == CP_OK; i++) {
        snprintf(code, sizeof code, "code-%d", i);
        st = cp_diagnostics_add(d, CP_SEVERITY_WARNING, code, "/a/b", "a message");
        if (st != CP_OK)
            ck_assert_uint_eq(cp_diagnostics_count(d), (size_t)i);
    }
    cp_diagnostics_free(d);
    return st;
}

static cp_status op_review_summary(void *ctx)
{
    cp_review *r = ctx;
    char *text = UNTOUCHED, *json = UNTOUCHED;
    cp_error e;
    cp_status st = cp_review_summary_text(r, &text, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(text, UNTOUCHED);
        return st;
    }
    st = cp_review_summary_json(r, &json, &e);
    if (st != CP_OK)
        ck_assert_ptr_eq(json, UNTOUCHED);
    else
        cp_free(json);
    cp_free(text);
    return st;
}

/* Caseload figures and query hits, computed and written as JSON. */
static cp_status op_query_json(void *ctx)
{
    const cp_caseload *cl = ctx;
    cp_date none = CP_DATE_NONE, as_of = {2026, 3, 2};
    cp_stats *s = UNTOUCHED;
    cp_hits *h = UNTOUCHED;
    char *text = UNTOUCHED;
    cp_status st = cp_caseload_stats(cl, as_of, none, none, &s, NULL);
    if (st != CP_OK) {
        ck_assert_ptr_eq(s, UNTOUCHED);
        return st;
    }
    st = cp_stats_to_json(s, &text, NULL);
    cp_stats_free(s);
    if (st != CP_OK) {
        ck_assert_ptr_eq(text, UNTOUCHED);
        return st;
    }
    cp_free(text);
    text = UNTOUCHED;
    if ((st = cp_caseload_clients_without_agreed_plan(cl, &h, NULL)) != CP_OK) {
        ck_assert_ptr_eq(h, UNTOUCHED);
        return st;
    }
    st = cp_hits_to_json(h, &text, NULL);
    cp_hits_free(h);
    if (st != CP_OK) {
        ck_assert_ptr_eq(text, UNTOUCHED);
        return st;
    }
    cp_free(text);
    return CP_OK;
}

/* ---- tests ---- */

START_TEST(load_client)
{
    long failures = fail_each_allocation("load client", op_load_client, NULL);
    ck_assert_int_gt(failures, 20);
}
END_TEST

START_TEST(load_caseload_with_warnings)
{
    long failures =
        fail_each_allocation("load caseload", op_load_caseload_with_warnings, NULL);
    ck_assert_int_gt(failures, 20);
}
END_TEST

START_TEST(load_stream)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    fputs(cpt_example_client, fp);
    long failures = fail_each_allocation("load stream", op_load_stream, fp);
    ck_assert_int_gt(failures, 20);
    fclose(fp);
}
END_TEST

START_TEST(save_string)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    char *want = NULL;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &want, NULL, NULL), CP_OK);
    struct save_ctx s = {c, NULL, want, NULL, NULL};
    long failures = fail_each_allocation("save client", op_save_string, &s);
    ck_assert_int_gt(failures, 0);
    cp_free(want);
    cp_client_free(c);

    cp_caseload *cl = NULL;
    ck_assert_int_eq(cp_caseload_load_string(caseload_doc, strlen(caseload_doc), NULL, &cl, NULL),
                     CP_OK);
    ck_assert_int_eq(cp_caseload_save_string(cl, NULL, &want, NULL, NULL), CP_OK);
    struct save_ctx s2 = {NULL, cl, want, NULL, NULL};
    failures = fail_each_allocation("save caseload", op_save_string, &s2);
    ck_assert_int_gt(failures, 0);
    cp_free(want);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(save_path)
{
    char dir[] = "/tmp/cp-alloc-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/client.json", dir);
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    struct save_ctx s = {c, NULL, NULL, dir, path};
    long failures = fail_each_allocation("save path", op_save_path, &s);
    ck_assert_int_gt(failures, 1);
    cp_client_free(c);
    ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

START_TEST(build_with_the_api)
{
    long failures = fail_each_allocation("build", op_build, NULL);
    ck_assert_int_gt(failures, 5);
}
END_TEST

START_TEST(diagnostics)
{
    long failures = fail_each_allocation("diagnostics", op_diagnostics, NULL);
    ck_assert_int_gt(failures, 20);
}
END_TEST

START_TEST(review_summary)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    long failures =
        fail_each_allocation("review summary", op_review_summary, cp_client_find_review(c, "r1"));
    ck_assert_int_gt(failures, 2);
    cp_client_free(c);
}
END_TEST

START_TEST(query_json)
{
    cp_caseload *cl = NULL;
    ck_assert_int_eq(cp_caseload_load_string(caseload_doc, strlen(caseload_doc), NULL, &cl, NULL),
                     CP_OK);
    long failures = fail_each_allocation("figures and hits as JSON", op_query_json, cl);
    ck_assert_int_gt(failures, 4);
    cp_caseload_free(cl);
}
END_TEST

/* CSV exchange (0.2): import into a new caseload, export both kinds. */
static const char learners_csv[] =
    "id,upn,uln,given_name,family_name,year_group\r\n"
    "c1,B801200005001,,Zo\xC3\xAB,\"O'Brien, Jr\",10\r\n"
    "c2,,1000000043,'=x,\"two\nlines\",\r\n";
static const char participation_csv[] = "upn,uln,activity,date,attended\r\n"
                                        "B801200005001,,ii-assembly,2025-10-03,true\r\n"
                                        ",1000000043,ie-fair,2026-01-20,false\r\n"
                                        "B801200005001,,ii-assembly,2025-10-03,false\r\n";

static cp_status op_csv_exchange(void *ctx)
{
    (void)ctx;
    cp_caseload *cl = NULL;
    char *a = NULL, *b = NULL;
    cp_error e;
    cp_status st = cp_caseload_new(&cl, &e);
    if (st == CP_OK)
        st = cp_caseload_import_csv(cl, learners_csv, sizeof learners_csv - 1, &e);
    if (st == CP_OK)
        st = cp_caseload_import_csv(cl, participation_csv, sizeof participation_csv - 1, &e);
    if (st == CP_OK)
        st = cp_caseload_learners_to_csv(cl, &a, &e);
    if (st == CP_OK)
        st = cp_caseload_participation_to_csv(cl, &b, &e);
    if (st != CP_OK)
        ck_assert_int_eq(e.code, st);
    cp_free(a);
    cp_free(b);
    cp_caseload_free(cl);
    return st;
}

START_TEST(csv_exchange)
{
    long failures = fail_each_allocation("CSV exchange", op_csv_exchange, NULL);
    ck_assert_int_gt(failures, 20);
}
END_TEST

typedef struct report_ctx {
    cp_client *client;
    cp_provision_map *map;
} report_ctx;

static cp_status op_learner_report(void *ctx)
{
    report_ctx *r = ctx;
    char *text = NULL, *json = NULL;
    cp_error e;
    cp_status st = cp_client_learner_report_text(r->client, r->map, &text, &e);
    if (st == CP_OK)
        st = cp_client_learner_report_json(r->client, r->map, &json, &e);
    cp_free(text);
    cp_free(json);
    return st;
}

START_TEST(learner_report)
{
    report_ctx r = {NULL, NULL};
    static const char map[] =
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"provision_map\",\"activities\":["
        "{\"id\":\"a1\",\"title\":\"Fair\",\"type\":\"fair\",\"phase\":\"apply_and_demonstrate\"},"
        "{\"id\":\"a2\",\"title\":\"Talk\",\"type\":\"assembly\"}]}";
    ck_assert_int_eq(cp_provision_map_load_string(map, strlen(map), NULL, &r.map, NULL), CP_OK);
    ck_assert_int_eq(cp_client_new("c1", &r.client, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_participation(r.client, "a2", cpt_date("2025-10-01"), NULL, NULL),
                     CP_OK);
    ck_assert_int_eq(cp_client_add_participation(r.client, "a1", cpt_date("2025-11-01"), NULL, NULL),
                     CP_OK);
    long failures = fail_each_allocation("learner report", op_learner_report, &r);
    ck_assert_int_gt(failures, 2);
    cp_client_free(r.client);
    cp_provision_map_free(r.map);
}
END_TEST

START_TEST(hooks_are_all_or_none)
{
    cp_malloc_fn t_malloc;
    cp_realloc_fn t_realloc;
    cp_free_fn t_free;
    cpt_alloc_hooks(&t_malloc, &t_realloc, &t_free);
    ck_assert_int_eq(cp_set_allocator(t_malloc, NULL, NULL), CP_EINVAL);
    ck_assert_int_eq(cp_set_allocator(NULL, t_realloc, NULL), CP_EINVAL);
    ck_assert_int_eq(cp_set_allocator(NULL, NULL, t_free), CP_EINVAL);
    ck_assert_int_eq(cp_set_allocator(t_malloc, t_realloc, NULL), CP_EINVAL);
    ck_assert_int_eq(cp_set_allocator(t_malloc, NULL, t_free), CP_EINVAL);
    ck_assert_int_eq(cp_set_allocator(NULL, t_realloc, t_free), CP_EINVAL);
    /* a refused call leaves the installed hooks in place */
    cpt_alloc_reset_calls();
    cp_diagnostics *d = cp_diagnostics_new();
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(cpt_alloc_calls(), 1);
    ck_assert_int_eq(cpt_alloc_outstanding(), 1);
    cp_diagnostics_free(d);
    ck_assert_int_eq(cpt_alloc_outstanding(), 0);
    /* restoring the defaults stops the counting */
    ck_assert_int_eq(cp_set_allocator(NULL, NULL, NULL), CP_OK);
    cpt_alloc_reset_calls();
    d = cp_diagnostics_new();
    ck_assert_ptr_nonnull(d);
    cp_diagnostics_free(d);
    ck_assert_int_eq(cpt_alloc_calls(), 0);
    ck_assert_int_eq(cp_set_allocator(t_malloc, t_realloc, t_free), CP_OK);
}
END_TEST

static Suite *alloc_suite(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("alloc");
    tcase_add_checked_fixture(tc, cpt_alloc_setup, cpt_alloc_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, load_client);
    tcase_add_test(tc, load_caseload_with_warnings);
    tcase_add_test(tc, load_stream);
    tcase_add_test(tc, save_string);
    tcase_add_test(tc, save_path);
    tcase_add_test(tc, build_with_the_api);
    tcase_add_test(tc, diagnostics);
    tcase_add_test(tc, review_summary);
    tcase_add_test(tc, query_json);
    tcase_add_test(tc, csv_exchange);
    tcase_add_test(tc, learner_report);
    tcase_add_test(tc, hooks_are_all_or_none);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(alloc_suite)
