/*
 * One step of the load benchmarks (issue 13), run as a whole process by
 * bench_ratios.py, which times it, reads its peak RSS (ru_maxrss of the
 * child) and compares it with a baseline run in the same session.
 *
 * Usage: bench_load MODE FILE
 *   cp-load        cp_document_load_path() + cp_document_free()
 *   cp-load-2      the same on two threads: cp_document_load_path_with(), jobs 2
 *   jansson-load   json_load_file() + json_decref(): the baseline of a load
 *   cp-save        load + cp_document_save_string() (pretty) + free
 *   cp-save-path   load + cp_caseload_save_path() (pretty, streamed) to FILE.saved,
 *                  which is then removed, + free: its peak RSS against cp-load's
 *                  is what a save adds to a load's peak. Prints, as JSON, the
 *                  bytes saved, the load's peak RSS, the RSS once loaded and the
 *                  peak RSS during the save alone (the high-water mark, and with
 *                  it ru_maxrss, is reset after the load, /proc/self/clear_refs;
 *                  0 where that is not possible), in KiB
 *   jansson-save   json_load_file() + json_dumps(JSON_INDENT(2)) + free: its baseline
 *   model-bytes    load with a counting allocator; prints, as JSON, the bytes
 *                  the library holds live once the load is done (the model's
 *                  size), its peak during the load, and jansson's peak
 *   query          load, then times each caseload query in this process (the
 *                  median of 7, each from cold caches) and prints the CPU
 *                  seconds and the hits as JSON (queries are too quick to
 *                  time as processes)
 *
 * Exit status 0, or 1 with a message when a call fails. Nothing is asserted
 * about time.
 */
#define _POSIX_C_SOURCE 200809L

#include <careerplan/careerplan.h>
#include <jansson.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef CP_HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#endif

static int fail(const char *what, const cp_error *e)
{
    fprintf(stderr, "bench_load: %s: %s %s\n", what, e ? e->path : "", e ? e->message : "");
    return 1;
}

/* ---- counting allocators: a size header before each block ---- */

typedef struct counter {
    size_t live, peak;
} counter;

static counter lib_count, jansson_count;

#define HDR 16 /* keeps max_align_t alignment */

static void *count_alloc(counter *c, void *old, size_t size)
{
    size_t before = 0;
    char *p = old ? (char *)old - HDR : NULL;
    if (p)
        memcpy(&before, p, sizeof before);
    char *q = realloc(p, size + HDR);
    if (!q)
        return NULL;
    memcpy(q, &size, sizeof size);
    c->live = c->live - before + size;
    if (c->live > c->peak)
        c->peak = c->live;
    return q + HDR;
}

static void count_free(counter *c, void *ptr)
{
    if (!ptr)
        return;
    char *p = (char *)ptr - HDR;
    size_t size;
    memcpy(&size, p, sizeof size);
    c->live -= size;
    free(p);
}

static void *lib_malloc(size_t n) { return count_alloc(&lib_count, NULL, n); }
static void *lib_realloc(void *p, size_t n) { return count_alloc(&lib_count, p, n); }
static void lib_free(void *p) { count_free(&lib_count, p); }
static void *js_malloc(size_t n) { return count_alloc(&jansson_count, NULL, n); }
static void js_free(void *p) { count_free(&jansson_count, p); }

/* ---- modes ---- */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); /* CPU time: the neighbours do not count */
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cp_load(const char *path, cp_document **doc)
{
    cp_error e;
    if (cp_document_load_path(path, NULL, doc, &e) != CP_OK)
        return fail("load", &e);
    return 0;
}

static int mode_save(const char *path)
{
    cp_document *doc;
    if (cp_load(path, &doc))
        return 1;
    char *s;
    size_t len;
    cp_error e;
    if (cp_document_save_string(doc, NULL, &s, &len, &e) != CP_OK)
        return fail("save", &e);
    printf("%zu\n", len);
    cp_free(s);
    cp_document_free(doc);
    return 0;
}

/* VmRSS or VmHWM of /proc/self/status in KiB; 0 when unknown. */
static long status_kib(const char *field)
{
    FILE *fp = fopen("/proc/self/status", "r");
    char line[256];
    long v = 0;
    size_t n = strlen(field);
    while (fp && fgets(line, sizeof line, fp))
        if (strncmp(line, field, n) == 0 && line[n] == ':')
            v = strtol(line + n + 1, NULL, 10);
    if (fp)
        fclose(fp);
    return v;
}

/* Resets the peak RSS to the current RSS (Linux 4.0 and later); 0 or -1. */
static int reset_peak(void)
{
    FILE *fp = fopen("/proc/self/clear_refs", "w");
    if (!fp)
        return -1;
    int ok = fputs("5", fp) >= 0;
    return fclose(fp) == 0 && ok ? 0 : -1;
}

static int mode_save_path(const char *path)
{
    cp_document *doc;
    if (cp_load(path, &doc))
        return 1;
    long loaded = status_kib("VmRSS"), load_peak = status_kib("VmHWM");
    int reset = reset_peak() == 0; /* ru_maxrss is reset too: load_peak keeps it */
    size_t n = strlen(path);
    char *out = malloc(n + sizeof ".saved");
    if (!out)
        return fail("malloc", NULL);
    memcpy(out, path, n);
    memcpy(out + n, ".saved", sizeof ".saved");
    cp_error e;
    if (cp_caseload_save_path(cp_document_caseload(doc), out, NULL, &e) != CP_OK)
        return fail("save_path", &e);
    long save_peak = reset ? status_kib("VmHWM") : 0;
    FILE *fp = fopen(out, "rb");
    if (!fp || fseek(fp, 0, SEEK_END) != 0)
        return fail("the saved file", NULL);
    printf("{\"bytes\": %ld, \"load_peak_kib\": %ld, \"loaded_kib\": %ld, \"save_peak_kib\": %ld}\n",
           ftell(fp), load_peak, loaded, save_peak);
    fclose(fp);
    remove(out);
    free(out);
    cp_document_free(doc);
    return 0;
}

static int mode_jansson(const char *path, int dump)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) {
        fprintf(stderr, "bench_load: jansson: %s\n", je.text);
        return 1;
    }
    if (dump) {
        char *s = json_dumps(root, JSON_INDENT(2));
        if (!s)
            return fail("json_dumps", NULL);
        printf("%zu\n", strlen(s));
        free(s);
    }
    json_decref(root);
    return 0;
}

static int mode_model_bytes(const char *path)
{
    cp_set_allocator(lib_malloc, lib_realloc, lib_free);
    json_set_alloc_funcs(js_malloc, js_free);
    cp_document *doc;
    if (cp_load(path, &doc))
        return 1;
    printf("{\"model_bytes\": %zu, \"library_peak\": %zu, \"jansson_peak\": %zu}\n",
           lib_count.live, lib_count.peak, jansson_count.peak);
    cp_document_free(doc);
    return 0;
}

/* Evicts the caches before a timed query: writes and reads a buffer of
 * twice the last-level cache (sysconf, else 32 MiB: this machine's L3), so
 * that every query, on 1,000 clients as on 10,000, starts from memory the
 * way the first query after a load of a large caseload does. Timed hot
 * (the best of 5 in a row), a 1,000-client caseload's few hundred KB the
 * query touches stayed in the 2 MiB L2 while 10,000 clients' did not, and
 * the ratio measured the cache, not the query (tests/bench/README.md). */
static unsigned char *evict_buf;
static size_t evict_len;

static unsigned evict(void)
{
    if (!evict_buf) {
        long llc = sysconf(_SC_LEVEL3_CACHE_SIZE);
        evict_len = 2 * (llc > 0 ? (size_t)llc : (size_t)32 << 20);
        evict_buf = malloc(evict_len);
        if (!evict_buf)
            return 0;
    }
    unsigned sum = 0;
    for (size_t i = 0; i < evict_len; i += 64)
        evict_buf[i] = (unsigned char)(evict_buf[i] + i);
    for (size_t i = 0; i < evict_len; i += 64)
        sum += evict_buf[i];
    return sum;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define QUERY_REPS 7

static int mode_query(const char *path)
{
    cp_document *doc;
    if (cp_load(path, &doc))
        return 1;
#ifdef CP_HAVE_CALLGRIND_H
    /* under valgrind --tool=callgrind --instr-atstart=no only the queries
     * (and the evictions) are instrumented: the load runs at full speed */
    CALLGRIND_START_INSTRUMENTATION;
#endif
    const cp_caseload *cl = cp_document_caseload(doc);
    cp_date as_of = {2026, 3, 2};
    cp_error e;
    const char *names[] = {"actions_due", "actions_overdue", "reviews_due",
                           "clients_without_agreed_plan", "plans_failing_smart"};
    volatile unsigned sink = 0;
    printf("{");
    for (int q = 0; q < 5; q++) {
        /* the median of 7, each from cold caches (evict()) */
        double t[QUERY_REPS];
        size_t count = 0;
        for (int rep = 0; rep < QUERY_REPS; rep++) {
            cp_hits *h = NULL;
            sink += evict();
            double t0 = now();
            cp_status st = q == 0   ? cp_caseload_actions_due(cl, as_of, 14, &h, &e)
                           : q == 1 ? cp_caseload_actions_overdue(cl, as_of, &h, &e)
                           : q == 2 ? cp_caseload_reviews_due(cl, as_of, 14, &h, &e)
                           : q == 3 ? cp_caseload_clients_without_agreed_plan(cl, &h, &e)
                                    : cp_caseload_plans_failing_smart(cl, &h, &e);
            t[rep] = now() - t0;
            if (st != CP_OK)
                return fail(names[q], &e);
            count = cp_hits_count(h);
            cp_hits_free(h);
        }
        qsort(t, QUERY_REPS, sizeof *t, cmp_double);
        printf("%s\"%s\": [%.6f, %zu]", q ? ", " : "", names[q], t[QUERY_REPS / 2], count);
    }
    printf("}\n");
    free(evict_buf);
    cp_document_free(doc);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: bench_load MODE FILE\n");
        return 2;
    }
    const char *m = argv[1], *path = argv[2];
    if (strcmp(m, "cp-load") == 0) {
        cp_document *doc;
        if (cp_load(path, &doc))
            return 1;
        cp_document_free(doc);
        return 0;
    }
    if (strcmp(m, "cp-load-2") == 0) {
        cp_document *doc;
        cp_error e;
        cp_load_tuning t = CP_LOAD_TUNING_INIT;
        t.jobs = 2;
        if (cp_document_load_path_with(path, NULL, &t, &doc, &e) != CP_OK)
            return fail("load", &e);
        cp_document_free(doc);
        return 0;
    }
    if (strcmp(m, "jansson-load") == 0)
        return mode_jansson(path, 0);
    if (strcmp(m, "cp-save") == 0)
        return mode_save(path);
    if (strcmp(m, "cp-save-path") == 0)
        return mode_save_path(path);
    if (strcmp(m, "jansson-save") == 0)
        return mode_jansson(path, 1);
    if (strcmp(m, "model-bytes") == 0)
        return mode_model_bytes(path);
    if (strcmp(m, "query") == 0)
        return mode_query(path);
    fprintf(stderr, "bench_load: unknown mode %s\n", m);
    return 2;
}
