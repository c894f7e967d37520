/*
 * Loading a caseload one client at a time (io/caseload_load.c): the same
 * document whatever the number of threads, from memory or read a window at
 * a time from a file, as the whole-document loader builds; every error and
 * warning exactly as that loader reports it; progress as clients are read.
 */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <stdio.h>

/* ---- building caseloads ---- */

typedef struct text {
    char *s;
    size_t len, cap;
} text;

static void put(text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        ck_assert_ptr_nonnull(t->s);
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static void puts_(text *t, const char *s)
{
    put(t, s, strlen(s));
}

/* The example client as a member of a caseload, with id cN, and a given
 * name of `pad` bytes when pad > 0. */
static void put_client(text *t, size_t n, size_t pad)
{
    static const char head[] = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",";
    const char *body = cpt_example_client + strlen(head); /* "\"id\":\"c1\",\"given_name\":\"Sam\",..." */
    ck_assert_int_eq(strncmp(cpt_example_client, head, strlen(head)), 0);
    const char *after_name = strstr(body, "\"Sam\",") + 6;
    char id[64];
    snprintf(id, sizeof id, "{\"id\":\"c%zu\",\"given_name\":\"", n);
    puts_(t, id);
    if (pad) {
        /* Escaped quotes and backslashes and brackets, so that the window's
         * edges fall among them too. */
        for (size_t i = 0; i < pad; i++) {
            const char *piece = i % 13 == 12 ? "\\\\"  /* \\ */
                                : i % 11 == 10 ? "\\\"" /* \" */
                                : i % 7 == 6   ? " {["
                                               : "x";
            puts_(t, piece);
        }
    } else {
        puts_(t, "Sam");
    }
    puts_(t, "\",");
    puts_(t, after_name);
}

/* A caseload of n example clients, pretty enough to have lines. */
static char *caseload_text(size_t n, size_t pad, size_t *len)
{
    text t = {0};
    puts_(&t, "{\n  \"format\": \"careerplan\",\n  \"version\": 1,\n  \"kind\": \"caseload\",\n"
              "  \"name\": \"Year 11\",\n  \"clients\": [\n");
    for (size_t i = 1; i <= n; i++) {
        puts_(&t, "    ");
        put_client(&t, i, pad);
        puts_(&t, i < n ? ",\n" : "\n");
    }
    puts_(&t, "  ]\n}\n");
    *len = t.len;
    return t.s;
}

static char *save(const cp_document *doc)
{
    cp_save_options so = CP_SAVE_OPTIONS_INIT;
    so.flags = CP_SAVE_COMPACT;
    char *out = NULL;
    size_t n;
    cp_error e;
    ck_assert_ok(cp_document_save_string(doc, &so, &out, &n, &e), &e);
    return out;
}

/* The whole-document loader's result: cp_document_load_collect() never
 * splits (it collects errors across the whole tree). */
static char *whole_load_saved(const char *json, size_t len)
{
    cp_diagnostics *list = cp_diagnostics_new();
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_ok(cp_document_load_collect(json, len, NULL, list, &doc, &e), &e);
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
    char *s = save(doc);
    cp_document_free(doc);
    cp_diagnostics_free(list);
    return s;
}

static char *load_saved(const char *json, size_t len, unsigned jobs)
{
    cp_load_tuning t;
    ck_assert_int_eq(cp_load_tuning_init(&t, CP_LOAD_TUNING_VERSION), CP_OK);
    t.jobs = jobs;
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_ok(cp_document_load_string_with(json, len, NULL, &t, &doc, &e), &e);
    ck_assert_int_eq(cp_document_get_kind(doc), CP_DOCUMENT_KIND_CASELOAD);
    char *s = save(doc);
    cp_document_free(doc);
    return s;
}

/* 600 clients: three batches of up to 256. */
START_TEST(same_document_any_jobs)
{
    size_t len;
    char *json = caseload_text(600, 0, &len);
    char *want = whole_load_saved(json, len);
    static const unsigned jobs[] = {0, 1, 2, 3, 8, 1000};
    for (size_t i = 0; i < sizeof jobs / sizeof *jobs; i++) {
        char *got = load_saved(json, len, jobs[i]);
        ck_same_text(got, want);
        free(got);
    }
    /* And the plain loader, which splits too. */
    cp_caseload *cl = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_load_string(json, len, NULL, &cl, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 600);
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 599)), "c600");
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "c257"), cp_caseload_client_at(cl, 256));
    cp_caseload_free(cl);
    free(want);
    free(json);
}
END_TEST

/* ---- progress ---- */

typedef struct seen {
    int calls;
    cp_load_progress last;
    int monotonic;
} seen;

static void on_progress(const cp_load_progress *p, void *user)
{
    seen *s = user;
    if (s->calls && (p->clients < s->last.clients || p->bytes < s->last.bytes))
        s->monotonic = 0;
    s->last = *p;
    s->calls++;
}

/* A file over 4 MiB is read a window at a time, from the stream's position. */
START_TEST(file_read_a_window_at_a_time)
{
    size_t len;
    char *json = caseload_text(2200, 2000, &len);
    ck_assert_uint_gt(len, (size_t)4 << 20);
    char *want = whole_load_saved(json, len);
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    fputs("skip", fp);
    ck_assert_uint_eq(fwrite(json, 1, len, fp), len);
    for (unsigned jobs = 1; jobs <= 2; jobs++) {
        ck_assert_int_eq(fseek(fp, 4, SEEK_SET), 0);
        cp_load_tuning t = CP_LOAD_TUNING_INIT;
        t.jobs = jobs;
        /* Split all the way (the whole loader reports no progress). */
        seen s = {0, {0, 0, 0}, 1};
        t.progress = on_progress;
        t.progress_user = &s;
        cp_document *doc = NULL;
        cp_error e;
        ck_assert_ok(cp_document_load_file_with(fp, NULL, &t, &doc, &e), &e);
        ck_assert_uint_eq(s.last.clients, 2200);
        ck_assert_uint_eq(s.last.total_bytes, len);
        ck_assert(s.monotonic);
        char *got = save(doc);
        ck_same_text(got, want);
        free(got);
        cp_document_free(doc);
    }
    /* A syntax error in the last client: the whole loader reads the file
     * again from the same position and reports it where it is. */
    char *bad = strdup(json);
    char *last = NULL;
    for (char *p = strstr(bad, "\"agreed\":true"); p; p = strstr(p + 1, "\"agreed\":true"))
        last = p;
    ck_assert_ptr_nonnull(last);
    memcpy(last, "\"agreed\":tru ", 13);
    cp_document *doc = NULL;
    cp_error want_err, got_err;
    ck_assert_int_eq(cp_document_load_string(bad, len, NULL, &doc, &want_err), CP_ESYNTAX);
    ck_assert_int_eq(fseek(fp, 0, SEEK_SET), 0);
    fputs("skip", fp);
    ck_assert_uint_eq(fwrite(bad, 1, len, fp), len);
    ck_assert_int_eq(fseek(fp, 4, SEEK_SET), 0);
    cp_load_tuning t = CP_LOAD_TUNING_INIT;
    t.jobs = 2;
    ck_assert_int_eq(cp_document_load_file_with(fp, NULL, &t, &doc, &got_err), CP_ESYNTAX);
    ck_assert_ptr_null(doc);
    ck_assert_str_eq(got_err.message, want_err.message);
    ck_assert_int_eq(got_err.line, want_err.line);
    ck_assert_int_eq(got_err.column, want_err.column);
    ck_assert_int_eq(got_err.line, 2200 + 6);
    fclose(fp);
    free(bad);
    free(want);
    free(json);
}
END_TEST

/* ---- errors and warnings: those of the whole-document loader ---- */

typedef struct bad_case {
    const char *name;
    const char *text; /* single quotes for double */
    cp_status code;
    const char *path;
    int line, column; /* 0: not checked */
} bad_case;

static const bad_case bad_cases[] = {
    {"syntax in the second client",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[\n{'id':'c1'},\n"
     "{'id':'c2',},\n{'id':'c3'}]}",
     CP_ESYNTAX, "", 3, 12},
    {"a bad value in the third client (the first error wins)",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'},{'id':'c2'},"
     "{'id':'c3','plans':[{'id':'p1','status':'agreeed'}]},{'id':'c4','plans':5}]}",
     CP_EVALUE, "/clients/2/plans/0/status", 0, 0},
    {"a client id twice",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'},{'id':'c1'}]}",
     CP_EDUPLICATE, "/clients/1/id", 0, 0},
    {"a client that is not an object",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'},[]]}",
     CP_ETYPE, "/clients/1", 0, 0},
    {"the envelope after the clients, and a bad client",
     "{'clients':[{'id':'c1','given_name':5}],'format':'careerplan','version':1,'kind':'caseload'}",
     CP_ETYPE, "/clients/0/given_name", 0, 0},
    {"a bad format after the clients",
     "{'kind':'caseload','clients':[{'id':'c1'}],'format':'careerplan','version':2}",
     CP_EFORMAT, "/version", 0, 0},
    {"clients twice",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[],'clients':[]}",
     CP_EDUPLICATE, "", 1, 0},
    {"text after the document",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'}]} x",
     CP_ESYNTAX, "", 1, 0},
    {"a missing comma between clients",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'} {'id':'c2'}]}",
     CP_ESYNTAX, "", 1, 0},
    {"an unfinished document",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'},{'id':",
     CP_ESYNTAX, "", 1, 0},
    {"a dangling reference",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1','plans':[{'id':"
     "'p1','created':'2026-01-10','reviews':[{'id':'r1','date':'2026-02-01','outcomes':[{"
     "'action':'a9','result':'achieved'}]}]}]}]}",
     CP_ENOTFOUND, "/clients/0/plans/0/reviews/0/outcomes/0/action", 0, 0},
    {"a caseload member of the wrong type",
     "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'}],'name':7}",
     CP_ETYPE, "/name", 0, 0},
};

static void same_error(const bad_case *c, const cp_load_options *o)
{
    char *json = cpt_quote(c->text);
    size_t len = strlen(json);
    for (unsigned jobs = 1; jobs <= 4; jobs += 3) {
        cp_load_tuning t = CP_LOAD_TUNING_INIT;
        t.jobs = jobs;
        cp_document *doc = NULL;
        cp_error e;
        cp_status st = cp_document_load_string_with(json, len, o, &t, &doc, &e);
        ck_assert_msg(st == c->code, "%s (jobs %u): got %s %s: %s", c->name, jobs,
                      cp_status_name(st), e.path, e.message);
        ck_assert_ptr_null(doc);
        ck_assert_msg(strcmp(e.path, c->path) == 0, "%s: path %s, want %s", c->name, e.path,
                      c->path);
        if (c->line)
            ck_assert_int_eq(e.line, c->line);
        if (c->column)
            ck_assert_int_eq(e.column, c->column);
        /* And the loader without tuning agrees to the byte. */
        cp_error plain;
        ck_assert_int_eq(cp_document_load_string(json, len, o, &doc, &plain), c->code);
        ck_assert_str_eq(plain.message, e.message);
        ck_assert_int_eq(plain.line, e.line);
        ck_assert_int_eq(plain.column, e.column);
        ck_assert_int_eq(plain.position, e.position);
    }
    free(json);
}

START_TEST(errors_as_the_whole_loader)
{
    same_error(&bad_cases[_i], NULL);
}
END_TEST

START_TEST(limits_as_the_whole_loader)
{
    static const char doc[] = "{'format':'careerplan','version':1,'kind':'caseload','clients':["
                              "{'id':'c1'},{'id':'c2','tags':[]},{'id':'c3'}]}";
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_items = 4;
    bad_case items = {"five clients over max_items 4",
                      "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1'},"
                      "{'id':'c2'},{'id':'c3'},{'id':'c4'},{'id':'c5'}]}",
                      CP_ELIMIT, "/clients", 0, 0};
    same_error(&items, &o);
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.max_depth = 3;
    bad_case depth = {"an array in a client over max_depth 3", doc, CP_ELIMIT, "/clients/1/tags",
                      1, 0};
    same_error(&depth, &o);
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.max_string_length = 2;
    bad_case string = {"an id over max_string_length 2", doc, CP_ELIMIT, "/format", 0, 0};
    same_error(&string, &o);
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.max_string_length = 6;
    bad_case key = {"the key \"clients\" over max_string_length 6",
                    "{'kind':'caseload','format':'careerplan','version':1,'clients':[]}", CP_ELIMIT,
                    "/kind", 0, 0};
    same_error(&key, &o);
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.max_depth = 1;
    bad_case empty = {"an empty clients array over max_depth 1",
                      "{'format':'careerplan','version':1,'kind':'caseload','clients':[]}",
                      CP_ELIMIT, "/clients", 0, 0};
    same_error(&empty, &o);
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.flags = CP_LOAD_STRICT;
    bad_case strict = {"an unknown member, strict", doc, CP_EUNKNOWN, "/clients/1/tags", 0, 0};
    same_error(&strict, &o);
}
END_TEST

START_TEST(nul_byte_as_the_whole_loader)
{
    char *json = cpt_quote("{'format':'careerplan','version':1,'kind':'caseload','clients':["
                           "{'id':'c1','confidence':5 }]}");
    size_t len = strlen(json);
    char *sp = strstr(json, "5 }");
    sp[1] = '\0'; /* a NUL right after a number, which jansson itself skips */
    cp_document *doc = NULL;
    cp_error e;
    cp_load_tuning t = CP_LOAD_TUNING_INIT;
    t.jobs = 2;
    ck_assert_int_eq(cp_document_load_string_with(json, len, NULL, &t, &doc, &e), CP_ESYNTAX);
    ck_assert_int_eq(e.position, sp + 1 - json);
    free(json);
}
END_TEST

/* Unknown members kept: reported as the whole loader reports them, in order. */
START_TEST(warnings_as_the_whole_loader)
{
    char *json = cpt_quote("{'format':'careerplan','version':1,'kind':'caseload','clients':["
                           "{'id':'c1'},{'id':'c2','colour':'blue','plans':[{'id':'p1',"
                           "'created':'2026-01-10','mood':1}]}],'owner':'Ana'}");
    size_t len = strlen(json);
    for (unsigned jobs = 1; jobs <= 2; jobs++) {
        cp_load_options o = CP_LOAD_OPTIONS_INIT;
        o.warnings = cp_diagnostics_new();
        cp_load_tuning t = CP_LOAD_TUNING_INIT;
        t.jobs = jobs;
        cp_document *doc = NULL;
        cp_error e;
        ck_assert_ok(cp_document_load_string_with(json, len, &o, &t, &doc, &e), &e);
        ck_assert_uint_eq(cp_diagnostics_count(o.warnings), 3);
        ck_assert_str_eq(cp_diagnostic_path(cp_diagnostics_at(o.warnings, 0)), "/clients/1/colour");
        ck_assert_str_eq(cp_diagnostic_path(cp_diagnostics_at(o.warnings, 1)),
                         "/clients/1/plans/0/mood");
        ck_assert_str_eq(cp_diagnostic_path(cp_diagnostics_at(o.warnings, 2)), "/owner");
        char *s = save(doc);
        ck_assert_ptr_nonnull(strstr(s, "\"colour\":\"blue\""));
        ck_assert_ptr_nonnull(strstr(s, "\"owner\":\"Ana\""));
        free(s);
        cp_document_free(doc);
        cp_diagnostics_free(o.warnings);
    }
    /* Without a list to report to, kept all the same. */
    char *got = load_saved(json, len, 2);
    char *want = whole_load_saved(json, len);
    ck_same_text(got, want);
    free(got);
    free(want);
    free(json);
}
END_TEST

START_TEST(progress_as_clients_load)
{
    size_t len;
    char *json = caseload_text(600, 0, &len);
    seen s = {0, {0, 0, 0}, 1};
    cp_load_tuning t = CP_LOAD_TUNING_INIT;
    t.jobs = 2;
    t.progress = on_progress;
    t.progress_user = &s;
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_ok(cp_document_load_string_with(json, len, NULL, &t, &doc, &e), &e);
    ck_assert_int_eq(s.calls, 3); /* 256, 512, 600 */
    ck_assert(s.monotonic);
    ck_assert_uint_eq(s.last.clients, 600);
    ck_assert_uint_eq(s.last.total_bytes, len);
    ck_assert_uint_gt(s.last.bytes, len - 2000);
    ck_assert_uint_le(s.last.bytes, len);
    cp_document_free(doc);
    /* Not a caseload: no progress, and the document loads as before. */
    s.calls = 0;
    ck_assert_ok(cp_document_load_string_with(cpt_example_client, strlen(cpt_example_client), NULL,
                                              &t, &doc, &e),
                 &e);
    ck_assert_int_eq(cp_document_get_kind(doc), CP_DOCUMENT_KIND_CLIENT);
    ck_assert_int_eq(s.calls, 0);
    cp_document_free(doc);
    free(json);
}
END_TEST

START_TEST(tuning_checked)
{
    cp_load_tuning t;
    ck_assert_int_eq(cp_load_tuning_init(NULL, CP_LOAD_TUNING_VERSION), CP_EINVAL);
    ck_assert_int_eq(cp_load_tuning_init(&t, 99), CP_EINVAL);
    ck_assert_int_eq(cp_load_tuning_init(&t, CP_LOAD_TUNING_VERSION), CP_OK);
    ck_assert_uint_eq(t.jobs, 1);
    ck_assert(t.progress == NULL);
    t.version = 2;
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_cp(cp_document_load_string_with(cpt_example_client, strlen(cpt_example_client),
                                              NULL, &t, &doc, &e),
                 CP_EINVAL, (const char *)NULL, &e);
    ck_assert_str_eq(e.message, "load tuning version 2 is not supported");
    ck_assert_cp(cp_document_load_path_with("/nonexistent/x.json", NULL, NULL, &doc, &e), CP_EIO,
                 "", &e);
    ck_assert_cp(cp_document_load_file_with(NULL, NULL, NULL, &doc, &e), CP_EINVAL,
                 (const char *)NULL, &e);
    ck_assert_cp(cp_document_load_string_with(NULL, 0, NULL, NULL, &doc, &e), CP_EINVAL,
                 (const char *)NULL, &e);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("caseload_load");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, same_document_any_jobs);
    tcase_add_test(tc, file_read_a_window_at_a_time);
    tcase_add_loop_test(tc, errors_as_the_whole_loader, 0,
                        (int)(sizeof bad_cases / sizeof *bad_cases));
    tcase_add_test(tc, limits_as_the_whole_loader);
    tcase_add_test(tc, nul_byte_as_the_whole_loader);
    tcase_add_test(tc, warnings_as_the_whole_loader);
    tcase_add_test(tc, progress_as_clients_load);
    tcase_add_test(tc, tuning_checked);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
