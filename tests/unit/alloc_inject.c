/* Allocation-failure injection for the alloc suites (see alloc_inject.h). */
#define _POSIX_C_SOURCE 200809L

#include "alloc_inject.h"

#include <stdio.h>

static long calls;       /* allocations attempted since the count was reset */
static long fail_at;     /* the first allocation that fails (1-based); 0: none */
static int from_on;      /* every allocation after fail_at fails too */
static int paused;       /* neither count nor fail */
static long failures;    /* allocations refused in this run */
static long outstanding; /* blocks allocated and not yet freed */

static int refuse(void)
{
    if (paused)
        return 0;
    ++calls;
    if (fail_at && (calls == fail_at || (from_on && calls > fail_at))) {
        failures++;
        return 1;
    }
    return 0;
}

static void *t_malloc(size_t size)
{
    if (refuse())
        return NULL;
    void *p = malloc(size);
    if (p)
        outstanding++;
    return p;
}

static void *t_realloc(void *ptr, size_t size)
{
    if (refuse())
        return NULL;
    void *p = realloc(ptr, size);
    if (p && !ptr)
        outstanding++;
    return p;
}

static void t_free(void *ptr)
{
    if (ptr)
        outstanding--;
    free(ptr);
}

void cpt_alloc_setup(void)
{
    calls = fail_at = failures = outstanding = 0;
    paused = from_on = 0;
    ck_assert_int_eq(cp_set_allocator(t_malloc, t_realloc, t_free), CP_OK);
}

void cpt_alloc_teardown(void)
{
    ck_assert_int_eq(outstanding, 0);
    ck_assert_int_eq(cp_set_allocator(NULL, NULL, NULL), CP_OK);
}

void cpt_alloc_pause(void)
{
    paused++;
}

void cpt_alloc_resume(void)
{
    paused--;
}

void cpt_alloc_hooks(cp_malloc_fn *m, cp_realloc_fn *r, cp_free_fn *f)
{
    *m = t_malloc;
    *r = t_realloc;
    *f = t_free;
}

long cpt_alloc_calls(void)
{
    return calls;
}

void cpt_alloc_reset_calls(void)
{
    calls = 0;
}

long cpt_alloc_outstanding(void)
{
    return outstanding;
}

long cpt_alloc_fail_each(const char *name, cp_status (*op)(void *ctx), void *ctx, int mode_from_on)
{
    const char *mode = mode_from_on ? "from then on" : "once";
    for (long k = 1;; k++) {
        ck_assert_msg(k < 1000000, "%s never succeeds", name);
        long before = outstanding;
        calls = failures = 0;
        fail_at = k;
        from_on = mode_from_on;
        cp_status st = op(ctx);
        fail_at = 0;
        from_on = 0;
        ck_assert_msg(outstanding == before, "%s: %ld blocks leaked when allocation %ld failed (%s)",
                      name, outstanding - before, k, mode);
        if (st == CP_OK) {
            ck_assert_msg(failures == 0, "%s succeeded although allocation %ld of %ld failed (%s)",
                          name, k, calls, mode);
            return k - 1;
        }
        ck_assert_msg(st == CP_ENOMEM, "%s: allocation %ld failed (%s), got %s", name, k, mode,
                      cp_status_name(st));
    }
}

void cpt_alloc_report(const char *suite, long once, long from)
{
    printf("%s: %ld allocation-failure points (once %ld, from then on %ld)\n", suite,
           once + from, once, from);
    fflush(stdout);
}

/* ---- the fixture ---- */

static const char small_caseload[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"Year 11\","
    "\"clients\":[{\"id\":\"c1\",\"given_name\":\"Sam\",\"upn\":\"B801200005001\","
    "\"x\":[1,{\"y\":2}]},{\"id\":\"c2\","
    "\"supporters\":[{\"id\":\"s1\"}],\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\","
    "\"where_you_are_now\":{\"text\":\"t\"},\"goals\":[{\"id\":\"g1\",\"statement\":\"s\","
    "\"swot\":{\"strengths\":[\"a\",\"b\"]},\"actions\":[{\"id\":\"a1\",\"description\":\"d\","
    "\"supporters\":[\"s1\"]}]}]}]},{\"id\":\"c3\",\"z\":null}],\"w\":true}";

static void load_example(const char *name, cp_document **doc)
{
    char *path = cpt_example_path(name);
    cp_error e;
    cp_status st = cp_document_load_path(path, NULL, doc, &e);
    ck_assert_msg(st == CP_OK, "%s: %s", path, e.message);
    free(path);
}

static void fixture_load(cpt_fixture *f, unsigned needs)
{
    cpt_alloc_pause();
    memset(f, 0, sizeof *f);
    if (needs & CPT_CLIENT)
        ck_assert_int_eq(cp_client_load_string(cpt_example_client, strlen(cpt_example_client),
                                               NULL, &f->client, NULL),
                         CP_OK);
    if (needs & CPT_CASELOAD)
        ck_assert_int_eq(cp_caseload_load_string(small_caseload, sizeof small_caseload - 1, NULL,
                                                 &f->caseload, NULL),
                         CP_OK);
    cp_document *doc = NULL;
    if (needs & CPT_COHORT) {
        load_example("caseload.json", &doc);
        f->cohort = cp_document_take_caseload(doc);
        cp_document_free(doc);
    }
    if (needs & CPT_MAP) {
        load_example("provision-map.json", &doc);
        f->map = cp_document_take_provision_map(doc);
        cp_document_free(doc);
    }
    if (needs & CPT_PLAN) {
        load_example("strategic-plan.json", &doc);
        f->plan = cp_document_take_strategic_plan(doc);
        cp_document_free(doc);
    }
    if (needs & CPT_DIAG) {
        f->diag = cp_diagnostics_new();
        ck_assert_ptr_nonnull(f->diag);
        ck_assert_int_eq(cp_diagnostics_add(f->diag, CP_SEVERITY_INFO, "before", "/", "kept"),
                         CP_OK);
    }
    cpt_alloc_resume();
}

static void fixture_free(cpt_fixture *f)
{
    cp_client_free(f->client);
    cp_caseload_free(f->caseload);
    cp_caseload_free(f->cohort);
    cp_provision_map_free(f->map);
    cp_strategic_plan_free(f->plan);
    cp_diagnostics_free(f->diag);
}

/* Everything of the fixture an operation could change, as one text (free
 * with free()): each document saved, then the diagnostics' codes. */
static char *snapshot_of(const cpt_fixture *f, int with_diag)
{
    cpt_alloc_pause();
    char *parts[5] = {NULL};
    ck_assert_int_eq(f->client ? cp_client_save_string(f->client, NULL, &parts[0], NULL, NULL)
                               : CP_OK,
                     CP_OK);
    ck_assert_int_eq(f->caseload
                         ? cp_caseload_save_string(f->caseload, NULL, &parts[1], NULL, NULL)
                         : CP_OK,
                     CP_OK);
    ck_assert_int_eq(f->cohort ? cp_caseload_save_string(f->cohort, NULL, &parts[2], NULL, NULL)
                               : CP_OK,
                     CP_OK);
    ck_assert_int_eq(f->map ? cp_provision_map_save_string(f->map, NULL, &parts[3], NULL, NULL)
                            : CP_OK,
                     CP_OK);
    ck_assert_int_eq(f->plan ? cp_strategic_plan_save_string(f->plan, NULL, &parts[4], NULL,
                                                             NULL)
                             : CP_OK,
                     CP_OK);
    size_t n = 64;
    for (int i = 0; i < 5; i++)
        n += parts[i] ? strlen(parts[i]) : 0;
    size_t nd = with_diag ? cp_diagnostics_count(f->diag) : 0;
    for (size_t i = 0; i < nd; i++)
        n += strlen(cp_diagnostic_code(cp_diagnostics_at(f->diag, i))) + 1;
    char *s = malloc(n);
    ck_assert_ptr_nonnull(s);
    s[0] = '\0';
    for (int i = 0; i < 5; i++) {
        if (parts[i])
            strcat(s, parts[i]);
        cp_free(parts[i]);
    }
    sprintf(s + strlen(s), "diagnostics %zu:", nd);
    for (size_t i = 0; i < nd; i++) {
        strcat(s, cp_diagnostic_code(cp_diagnostics_at(f->diag, i)));
        strcat(s, ",");
    }
    cpt_alloc_resume();
    return s;
}

static char *snapshot(const cpt_fixture *f)
{
    return snapshot_of(f, 1);
}

/* ---- the loop ---- */

/* Runs op with allocation k failing (once, or from k on) for k = 1, 2, ...
 * until it succeeds; returns the number of runs in which an allocation
 * failed. */
static long run_op(const cpt_alloc_op *op, int mode_from_on)
{
    const char *mode = mode_from_on ? "from then on" : "once";
    int fresh = (op->needs & CPT_MUTATES) != 0;
    cpt_fixture shared, each, *f = fresh ? &each : &shared;
    char *want = NULL;
    long base = outstanding;
    if (!fresh) {
        fixture_load(&shared, op->needs);
        want = snapshot_of(&shared, 0); /* the list is checked after each run */
    }
    for (long k = 1;; k++) {
        ck_assert_msg(k < 1000000, "%s never succeeds", op->name);
        if (fresh) {
            fixture_load(&each, op->needs);
            want = snapshot(&each);
        }
        long before = outstanding;
        cp_error e;
        memset(&e, 0, sizeof e);
        calls = failures = 0;
        fail_at = k;
        from_on = mode_from_on;
        cp_status st = op->run(f, &e);
        fail_at = 0;
        from_on = 0;
        int done = st == CP_OK;
        /* a mutating operation may keep blocks in its documents (checked
         * once they are freed); a read-only one keeps nothing */
        if (!fresh && !done)
            ck_assert_msg(cp_diagnostics_count(f->diag) == (f->diag ? 1 : 0),
                          "%s left %zu diagnostics in the caller's list (allocation %ld, %s)",
                          op->name, cp_diagnostics_count(f->diag), k, mode);
        ck_assert_msg(fresh || (done && f->diag) || outstanding == before,
                      "%s: %ld blocks leaked when allocation %ld failed (%s)", op->name,
                      outstanding - before, k, mode);
        if (done) {
            /* success is only allowed once no allocation failed */
            ck_assert_msg(failures == 0, "%s succeeded although allocation %ld of %ld failed (%s)",
                          op->name, k, calls, mode);
        } else {
            ck_assert_msg(st == CP_ENOMEM, "%s: allocation %ld failed (%s), got %s: %s", op->name,
                          k, mode, cp_status_name(st), e.message);
            if (!(op->needs & CPT_NO_ERROR)) {
                ck_assert_msg(e.code == st, "%s: the error's code is %s", op->name,
                              cp_status_name(e.code));
                ck_assert_msg(e.message[0] != '\0', "%s: empty message (allocation %ld, %s)",
                              op->name, k, mode);
            }
        }
        if (fresh) {
            if (!done) {
                char *got = snapshot(&each);
                if (strcmp(got, want) != 0) {
                    fprintf(stderr, "%s changed its input when allocation %ld failed (%s)\n",
                            op->name, k, mode);
                    ck_same_text(got, want);
                }
                free(got);
            }
            free(want);
            fixture_free(&each);
            ck_assert_msg(outstanding == base, "%s: %ld blocks leaked when allocation %ld failed (%s)",
                          op->name, outstanding - base, k, mode);
        }
        if (done) {
            if (!fresh) {
                char *got = snapshot_of(&shared, 0);
                ck_same_text(got, want);
                free(got);
                free(want);
                fixture_free(&shared);
            }
            return k - 1;
        }
    }
}

long cpt_alloc_run_table(const cpt_alloc_op *ops, size_t count, long *once, long *from)
{
    long total = 0;
    for (size_t i = 0; i < count; i++) {
        long a = run_op(&ops[i], 0);
        long b = run_op(&ops[i], 1);
        if (ops[i].needs & CPT_NO_ALLOC)
            ck_assert_msg(a == 0, "%s allocates (%ld allocations)", ops[i].name, a);
        else
            ck_assert_msg(a > 0, "%s allocates nothing: no failure point", ops[i].name);
        ck_assert_int_eq(a, b);
        if (once)
            *once += a;
        if (from)
            *from += b;
        total += a + b;
    }
    return total;
}
