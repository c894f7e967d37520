/*
 * Times cohort Gatsby Benchmark coverage (cp_cohort_coverage_compute) on
 * caseloads of 10,000 and 100,000 learners generated in memory, each with
 * about eight participations in a map of 40 activities, and prints the time
 * per learner at both sizes and the ratio of the totals: the analysis makes
 * one pass over learners and participations after indexing the activities
 * once, so the time per learner should stay flat (a ratio of about 10).
 * Nothing is asserted about time; the program fails only when a call fails.
 *
 * Usage: bench_journeys [SMALL LARGE [REPETITIONS]]   (default 10000 100000 5)
 */
#define _POSIX_C_SOURCE 200809L

#include <careerplan/careerplan.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { ACTIVITIES = 40 };

typedef struct sb {
    char *s;
    size_t len, cap;
} sb;

static void die(const char *what, cp_status st, const cp_error *e)
{
    fprintf(stderr, "bench_journeys: %s: %s: %s\n", what, cp_status_name(st),
            e ? e->message : "");
    exit(EXIT_FAILURE);
}

static void put(sb *b, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n < 0)
            die("format", CP_EINVAL, NULL);
        if (b->len + (size_t)n < b->cap) {
            b->len += (size_t)n;
            return;
        }
        b->cap = (b->cap + (size_t)n) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            die("generate", CP_ENOMEM, NULL);
    }
}

/* A small deterministic generator (64-bit LCG): both sizes hold the same mix. */
static unsigned long long rng;

static unsigned rnd(unsigned n)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)((rng >> 33) % n);
}

/* A map of years 7 to 11 with ACTIVITIES activities, each addressing one
 * or two benchmarks 1 to 8. */
static cp_provision_map *make_map(void)
{
    sb b = {malloc(1 << 14), 0, 1 << 14};
    if (!b.s)
        die("generate", CP_ENOMEM, NULL);
    rng = 14u;
    put(&b, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"provision_map\","
            "\"year_groups\":[7,8,9,10,11],\"activities\":[");
    for (int i = 0; i < ACTIVITIES; i++) {
        unsigned b1 = 1 + rnd(8), b2 = 1 + rnd(8);
        if (b1 > b2) {
            unsigned t = b1;
            b1 = b2;
            b2 = t;
        }
        if (b1 == b2)
            put(&b, "%s{\"id\":\"a%d\",\"title\":\"Activity\",\"type\":\"workshop\","
                    "\"year_groups\":[%u],\"benchmarks\":[%u]}",
                i ? "," : "", i, 7 + rnd(5), b1);
        else
            put(&b, "%s{\"id\":\"a%d\",\"title\":\"Activity\",\"type\":\"workshop\","
                    "\"year_groups\":[%u],\"benchmarks\":[%u,%u]}",
                i ? "," : "", i, 7 + rnd(5), b1, b2);
    }
    put(&b, "]}");
    cp_provision_map *map = NULL;
    cp_error e;
    cp_status st = cp_provision_map_load_string(b.s, b.len, NULL, &map, &e);
    if (st != CP_OK)
        die("load map", st, &e);
    free(b.s);
    return map;
}

/* n learners in years 7 to 11 (one in 50 without a year group), each with
 * 4 to 12 participations, three in four attended. */
static cp_caseload *make_caseload(size_t n)
{
    sb b = {malloc(1 << 20), 0, 1 << 20};
    if (!b.s)
        die("generate", CP_ENOMEM, NULL);
    rng = 20260302u;
    put(&b, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"clients\":[");
    for (size_t i = 0; i < n; i++) {
        if (rnd(50) == 0)
            put(&b, "%s{\"id\":\"c%zu\",\"participations\":[", i ? "," : "", i);
        else
            put(&b, "%s{\"id\":\"c%zu\",\"year_group\":%u,\"participations\":[", i ? "," : "",
                i, 7 + rnd(5));
        unsigned np = 4 + rnd(9);
        for (unsigned p = 0; p < np; p++)
            put(&b, "%s{\"activity\":\"a%u\",\"date\":\"2025-%02u-%02u\",\"attended\":%s}",
                p ? "," : "", rnd(ACTIVITIES), 1 + rnd(12), 1 + rnd(28),
                rnd(4) ? "true" : "false");
        put(&b, "]}");
    }
    put(&b, "]}");
    cp_caseload *cl = NULL;
    cp_error e;
    cp_status st = cp_caseload_load_string(b.s, b.len, NULL, &cl, &e);
    if (st != CP_OK)
        die("load caseload", st, &e);
    free(b.s);
    return cl;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Best of `reps` runs; *covered is a checksum (learners covering BM8). */
static double measure(const cp_provision_map *map, size_t n, int reps, size_t *covered)
{
    cp_caseload *cl = make_caseload(n);
    double best = 1e300;
    for (int r = 0; r < reps; r++) {
        cp_cohort_coverage *cov = NULL;
        cp_error e;
        double t0 = now();
        cp_status st = cp_cohort_coverage_compute(map, cl, &cov, &e);
        double t = now() - t0;
        if (st != CP_OK)
            die("coverage", st, &e);
        if (t < best)
            best = t;
        *covered = 0;
        for (int y = 7; y <= 11; y++)
            *covered += cp_cohort_coverage_covered(cov, y, 8);
        cp_cohort_coverage_free(cov);
    }
    cp_caseload_free(cl);
    return best;
}

int main(int argc, char **argv)
{
    size_t small = 10000, large = 100000;
    int reps = 5;
    if (argc >= 3) {
        small = strtoul(argv[1], NULL, 10);
        large = strtoul(argv[2], NULL, 10);
    }
    if (argc >= 4)
        reps = atoi(argv[3]);
    if (!small || !large || reps < 1) {
        fprintf(stderr, "usage: bench_journeys [SMALL LARGE [REPETITIONS]]\n");
        return EXIT_FAILURE;
    }
    cp_provision_map *map = make_map();
    size_t cs = 0, cl = 0;
    double ts = measure(map, small, reps, &cs);
    double tl = measure(map, large, reps, &cl);
    cp_provision_map_free(map);
    printf("cohort coverage, best of %d runs\n\n", reps);
    printf("%10s %12s %16s %14s\n", "learners", "total (ms)", "per learner (ns)", "covering BM8");
    printf("%10zu %12.3f %16.1f %14zu\n", small, ts * 1e3, ts / (double)small * 1e9, cs);
    printf("%10zu %12.3f %16.1f %14zu\n", large, tl * 1e3, tl / (double)large * 1e9, cl);
    printf("\nratio of totals t(%zu) / t(%zu): %.2f (%.0f means linear time); per learner: %.2f\n",
           large, small, tl / ts, (double)large / (double)small,
           (tl / (double)large) / (ts / (double)small));
    return EXIT_SUCCESS;
}
