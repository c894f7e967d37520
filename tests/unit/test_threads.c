/* Threads, as common.h allows them: independent documents used from several
 * threads at once (load, query, validate, export, render, save), and one
 * shared document read by several threads at once through const calls.
 * Every thread's output must equal the output of the same work done on one
 * thread. Run under ThreadSanitizer by .ci/tsan (build-tsan/), where a data
 * race fails the test; elsewhere it checks the results only. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define THREADS 4
#define ROUNDS 3

/* A growing text: the transcript of one thread's work. */
typedef struct text {
    char *s;
    size_t len;
    int failed; /* an allocation failed, or a call returned an error */
} text;

static void put(text *t, const char *s)
{
    size_t n = strlen(s);
    char *grown = realloc(t->s, t->len + n + 2);
    if (!grown) {
        t->failed = 1;
        return;
    }
    t->s = grown;
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len++] = '\n';
    t->s[t->len] = '\0';
}

/* Appends a result: the output on success, else the status name. */
static void put_result(text *t, const char *what, cp_status st, char *out)
{
    put(t, what);
    if (st == CP_OK && out) {
        put(t, out);
    } else {
        put(t, cp_status_name(st));
        t->failed = 1;
    }
    cp_free(out);
}

static void put_hits(text *t, const char *what, cp_status st, cp_hits *hits)
{
    char *json = NULL;
    if (st == CP_OK)
        st = cp_hits_to_json(hits, &json, NULL);
    cp_hits_free(hits);
    put_result(t, what, st, json);
}

static cp_date day(const char *s)
{
    cp_date d = CP_DATE_NONE;
    if (cp_date_parse(s, &d, NULL) != CP_OK)
        abort();
    return d;
}

/* The read-only work on a caseload: const calls only, as a shared document
 * allows (common.h). */
static void read_caseload(const cp_caseload *cl, text *t)
{
    cp_date as_of = day("2026-03-01");
    char *out = NULL;
    cp_hits *hits = NULL;

    cp_status st = cp_caseload_save_string(cl, NULL, &out, NULL, NULL);
    put_result(t, "save", st, st == CP_OK ? out : NULL);

    cp_diagnostics *diags = cp_diagnostics_new();
    if (!diags) {
        t->failed = 1;
        return;
    }
    st = cp_caseload_validate(cl, as_of, diags, NULL);
    put(t, st == CP_OK ? "validate" : cp_status_name(st));
    for (size_t i = 0; i < cp_diagnostics_count(diags); i++) {
        const cp_diagnostic *d = cp_diagnostics_at(diags, i);
        put(t, cp_diagnostic_code(d));
        put(t, cp_diagnostic_path(d));
        put(t, cp_diagnostic_message(d));
    }
    cp_diagnostics_free(diags);

    st = cp_caseload_actions_due(cl, as_of, 30, &hits, NULL);
    put_hits(t, "due", st, hits);
    hits = NULL;
    st = cp_caseload_reviews_due(cl, as_of, 30, &hits, NULL);
    put_hits(t, "reviews", st, hits);

    out = NULL;
    st = cp_caseload_due_html(cl, as_of, 30, &out, NULL);
    put_result(t, "due html", st, out);
    out = NULL;
    cp_ical_options ical = CP_ICAL_OPTIONS_INIT;
    ical.as_of = as_of;
    st = cp_caseload_to_ical(cl, &ical, &out, NULL);
    put_result(t, "ical", st, out);
    for (size_t i = 0; i < cp_caseload_client_count(cl); i++) {
        const cp_client *c = cp_caseload_client_at(cl, i);
        out = NULL;
        st = cp_client_plan_html(c, NULL, NULL, as_of, &out, NULL);
        put_result(t, "plan html", st, out);
        out = NULL;
        st = cp_client_plan_text(c, NULL, NULL, as_of, 72, &out, NULL);
        put_result(t, "plan text", st, out);
    }
}

/* The whole work on a document of one's own: load it, read it, export a
 * client for a recipient (which changes the client: it logs the
 * disclosure), save it to a file of one's own and read the file back. */
static void own_work(const char *path, const char *dir, int n, text *t)
{
    cp_caseload *cl = NULL;
    cp_status st = cp_caseload_load_path(path, NULL, &cl, NULL);
    put(t, cp_status_name(st));
    if (st != CP_OK) {
        t->failed = 1;
        return;
    }
    read_caseload(cl, t);

    cp_client *sam = NULL;
    st = cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &sam, NULL);
    put(t, cp_status_name(st));
    if (st == CP_OK) {
        cp_client *copy = NULL;
        st = cp_client_export_for(sam, "s1", day("2026-03-01"), &copy, NULL);
        char *out = NULL;
        if (st == CP_OK)
            st = cp_client_save_string(copy, NULL, &out, NULL, NULL);
        put_result(t, "export", st, out);
        cp_client_free(copy);
        out = NULL;
        st = cp_client_save_string(sam, NULL, &out, NULL, NULL);
        put_result(t, "after export", st, out);
        cp_client_free(sam);
    } else {
        t->failed = 1;
    }

    char file[4200];
    snprintf(file, sizeof file, "%s/caseload-%d.json", dir, n);
    st = cp_caseload_save_path(cl, file, NULL, NULL);
    put(t, cp_status_name(st));
    cp_caseload_free(cl);
    cl = NULL;
    st = cp_caseload_load_path(file, NULL, &cl, NULL);
    put(t, cp_status_name(st));
    if (st == CP_OK) {
        char *out = NULL;
        st = cp_caseload_save_string(cl, NULL, &out, NULL, NULL);
        put_result(t, "reloaded", st, out);
        cp_caseload_free(cl);
    } else {
        t->failed = 1;
    }
    if (unlink(file) != 0)
        t->failed = 1;
}

typedef struct job {
    const char *path;         /* independent: the file each thread loads */
    const char *dir;          /* independent: where each thread saves */
    const cp_caseload *shared; /* shared: the one document all threads read */
    int n;
    text out;
} job;

static void *own_thread(void *arg)
{
    job *j = arg;
    for (int r = 0; r < ROUNDS && !j->out.failed; r++) {
        text t = {0};
        own_work(j->path, j->dir, j->n, &t);
        free(j->out.s);
        j->out = t;
    }
    return NULL;
}

static void *shared_thread(void *arg)
{
    job *j = arg;
    for (int r = 0; r < ROUNDS && !j->out.failed; r++) {
        text t = {0};
        read_caseload(j->shared, &t);
        free(j->out.s);
        j->out = t;
    }
    return NULL;
}

static char *example_path(void)
{
    return cpt_example_path("caseload.json");
}

/* Runs fn on THREADS jobs at once; asserts each output equals want. */
static void run_threads(void *(*fn)(void *), job *jobs, const text *want)
{
    pthread_t tid[THREADS];
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&tid[i], NULL, fn, &jobs[i]), 0);
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_join(tid[i], NULL), 0);
    for (int i = 0; i < THREADS; i++) {
        ck_assert_msg(!jobs[i].out.failed, "thread %d: a call failed:\n%.2000s", i,
                      jobs[i].out.s ? jobs[i].out.s : "");
        ck_assert_uint_eq(jobs[i].out.len, want->len);
        ck_same_text(jobs[i].out.s, want->s);
        free(jobs[i].out.s);
    }
}

START_TEST(independent_documents)
{
    char *path = example_path();
    char dir[] = "/tmp/cp-threads-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));

    text want = {0};
    own_work(path, dir, 99, &want);
    ck_assert_msg(!want.failed, "single thread: a call failed:\n%.2000s", want.s);
    /* the transcript holds every part of the work */
    ck_assert_ptr_nonnull(strstr(want.s, "\"kind\": \"caseload\""));
    ck_assert_ptr_nonnull(strstr(want.s, "BEGIN:VCALENDAR"));
    ck_assert_ptr_nonnull(strstr(want.s, "<!DOCTYPE html>"));
    ck_assert_ptr_nonnull(strstr(want.s, "\"recipient\": \"s1\""));

    job jobs[THREADS];
    for (int i = 0; i < THREADS; i++)
        jobs[i] = (job){path, dir, NULL, i, {0}};
    run_threads(own_thread, jobs, &want);

    free(want.s);
    ck_assert_int_eq(rmdir(dir), 0);
    free(path);
}
END_TEST

START_TEST(one_shared_document_read)
{
    char *path = example_path();
    cp_caseload *cl = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_load_path(path, NULL, &cl, &e), &e);

    text want = {0};
    read_caseload(cl, &want);
    ck_assert_msg(!want.failed, "single thread: a call failed:\n%.2000s", want.s);

    job jobs[THREADS];
    for (int i = 0; i < THREADS; i++)
        jobs[i] = (job){NULL, NULL, cl, i, {0}};
    run_threads(shared_thread, jobs, &want);

    /* reading changed nothing */
    text after = {0};
    read_caseload(cl, &after);
    ck_same_text(after.s, want.s);
    free(after.s);
    free(want.s);
    cp_caseload_free(cl);
    free(path);
}
END_TEST

static Suite *threads_suite(void)
{
    Suite *s = suite_create("threads");
    TCase *t = tcase_create("threads");
    tcase_set_timeout(t, 300);
    tcase_add_test(t, independent_documents);
    tcase_add_test(t, one_shared_document_read);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(threads_suite)
