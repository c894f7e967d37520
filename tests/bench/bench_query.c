/*
 * Times the caseload queries and summary figures on generated caseloads of
 * 10,000 and 100,000 clients, and prints for each the time at both sizes and
 * their ratio: every query makes one pass, so about 10 is expected. Nothing
 * is asserted about time (machines differ); the program fails only when a
 * call fails.
 *
 * Usage: bench_query [SMALL LARGE [REPETITIONS]]   (default 10000 100000 5)
 */
#define _POSIX_C_SOURCE 200809L

#include <careerplan/careerplan.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct sb {
    char *s;
    size_t len, cap;
} sb;

static void die(const char *what, cp_status st, const cp_error *e)
{
    fprintf(stderr, "bench_query: %s: %s: %s\n", what, cp_status_name(st), e ? e->message : "");
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

/* A small deterministic generator (64-bit LCG), so both sizes hold the same mix. */
static unsigned long long rng = 20260302u;

static unsigned rnd(unsigned n)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)((rng >> 33) % n);
}

/* A date d days from 2 March 2026 (the benchmark's "today"). */
static void day(char *buf, long d)
{
    cp_date t = {2026, 3, 2};
    cp_date r;
    if (cp_date_add_days(t, d, &r) != CP_OK || cp_date_format(r, buf, CP_DATE_BUFSIZE) != CP_OK)
        die("date", CP_ERANGE, NULL);
}

static const char *const statuses[] = {"planned", "planned",  "in_progress", "partly_done",
                                       "done",    "not_done", "dropped"};
static const char *const areas[] = {"self_awareness", "exploring_options", "making_a_decision",
                                    "preparing_an_application", "interview_and_transition"};

/* A caseload of n clients, each with one or two plans of two goals and
 * three actions, a review or two, and a consent: about 2 KB of JSON each. */
static char *generate(size_t n)
{
    sb b = {malloc(1 << 20), 0, 1 << 20};
    if (!b.s)
        die("generate", CP_ENOMEM, NULL);
    rng = 20260302u;
    put(&b, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"bench\","
            "\"clients\":[");
    char d1[CP_DATE_BUFSIZE], d2[CP_DATE_BUFSIZE];
    for (size_t i = 0; i < n; i++) {
        int school = rnd(2);
        put(&b,
            "%s{\"id\":\"c%zu\",\"given_name\":\"Client %zu\",\"setting\":\"%s\","
            "\"need_level\":\"%s\",\"supporters\":[{\"id\":\"s1\",\"role\":\"tutor\"}],"
            "\"plans\":[",
            i ? "," : "", i, i, school ? "school" : "adult",
            rnd(3) == 0 ? "intensive"
            : rnd(2)    ? "targeted"
                        : "universal");
        unsigned nplans = 1 + rnd(2);
        for (unsigned p = 0; p < nplans; p++) {
            unsigned st = rnd(10);
            day(d1, -120 + (long)rnd(60));
            day(d2, -30 + (long)rnd(60));
            put(&b,
                "%s{\"id\":\"p%u\",\"created\":\"%s\",\"status\":\"%s\",\"next_review\":\"%s\","
                "\"where_you_are_now\":{\"text\":\"Some words about now\"},\"goals\":[",
                p ? "," : "", p, d1,
                st < 7   ? "agreed"
                : st < 9 ? "draft"
                         : "closed",
                d2);
            for (unsigned g = 0; g < 2; g++) {
                put(&b,
                    "%s{\"id\":\"p%ug%u\",\"statement\":\"A goal\",\"skill_area\":\"%s\","
                    "\"actions\":[",
                    g ? "," : "", p, g, areas[rnd(5)]);
                for (unsigned a = 0; a < 3; a++) {
                    day(d2, -40 + (long)rnd(80));
                    int smart = rnd(4) != 0;
                    put(&b,
                        "%s{\"id\":\"p%ug%ua%u\",\"description\":\"An action\","
                        "\"owner\":\"client\",\"due\":\"%s\",\"measure\":\"done\","
                        "\"agreed\":%s,\"status\":\"%s\"}",
                        a ? "," : "", p, g, a, d2, smart ? "true" : "false", statuses[rnd(7)]);
                }
                put(&b, "]}");
            }
            put(&b, "],\"reviews\":[");
            unsigned nr = 1 + rnd(2);
            for (unsigned r = 0; r < nr; r++) {
                day(d2, -60 + 20 * (long)r + (long)rnd(10));
                put(&b,
                    "%s{\"id\":\"p%ur%u\",\"date\":\"%s\",\"goal_scores\":["
                    "{\"goal\":\"p%ug0\",\"score\":%u},{\"goal\":\"p%ug1\",\"score\":%u}]}",
                    r ? "," : "", p, r, d2, p, 1 + rnd(10), p, 1 + rnd(10));
            }
            put(&b, "]}");
        }
        put(&b, "],\"consents\":[{\"id\":\"k1\",\"supporter\":\"s1\",\"scope\":\"non_sensitive\","
                "\"granted\":\"2025-09-01\"}]}");
    }
    put(&b, "]}");
    return b.s;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

enum { Q_LOAD, Q_DUE, Q_OVERDUE, Q_REVIEWS, Q_NO_AGREED, Q_SMART, Q_STATS, NQ };
static const char *const names[NQ] = {"load (JSON)",
                                      "actions due (14 days)",
                                      "actions overdue",
                                      "reviews due (14 days)",
                                      "without agreed plan",
                                      "plans failing SMART",
                                      "stats"};

/* Runs query q once; returns the number of hits (clients for stats). */
static size_t run(int q, const cp_caseload *cl)
{
    cp_date as_of = {2026, 3, 2};
    cp_date none = CP_DATE_NONE;
    cp_hits *h = NULL;
    cp_stats *s = NULL;
    cp_error e;
    cp_status st = CP_OK;
    switch (q) {
    case Q_DUE:
        st = cp_caseload_actions_due(cl, as_of, 14, &h, &e);
        break;
    case Q_OVERDUE:
        st = cp_caseload_actions_overdue(cl, as_of, &h, &e);
        break;
    case Q_REVIEWS:
        st = cp_caseload_reviews_due(cl, as_of, 14, &h, &e);
        break;
    case Q_NO_AGREED:
        st = cp_caseload_clients_without_agreed_plan(cl, &h, &e);
        break;
    case Q_SMART:
        st = cp_caseload_plans_failing_smart(cl, &h, &e);
        break;
    default:
        st = cp_caseload_stats(cl, as_of, none, none, &s, &e);
        break;
    }
    if (st != CP_OK)
        die(names[q], st, &e);
    size_t n = s ? cp_stats_clients(s) : cp_hits_count(h);
    cp_hits_free(h);
    cp_stats_free(s);
    return n;
}

/* Best of `reps` runs of every query on a caseload of n clients. */
static void measure(size_t n, int reps, double best[NQ], size_t hits[NQ])
{
    char *json = generate(n);
    size_t len = strlen(json);
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    cp_caseload *cl = NULL;
    best[Q_LOAD] = 1e300;
    /* loading 100,000 clients takes seconds: three tries are enough */
    for (int r = 0; r < (reps < 3 ? reps : 3); r++) {
        cp_caseload *tmp = NULL;
        cp_error e;
        double t0 = now();
        cp_status st = cp_caseload_load_string(json, len, &opts, &tmp, &e);
        double t = now() - t0;
        if (st != CP_OK)
            die("load", st, &e);
        if (t < best[Q_LOAD])
            best[Q_LOAD] = t;
        if (cl)
            cp_caseload_free(tmp);
        else
            cl = tmp;
    }
    hits[Q_LOAD] = cp_caseload_client_count(cl);
    printf("%zu clients: %.1f MB of JSON\n", n, (double)len / 1e6);
    free(json);
    for (int q = Q_DUE; q < NQ; q++) {
        best[q] = 1e300;
        for (int r = 0; r < reps; r++) {
            double t0 = now();
            hits[q] = run(q, cl);
            double t = now() - t0;
            if (t < best[q])
                best[q] = t;
        }
    }
    cp_caseload_free(cl);
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
        fprintf(stderr, "usage: bench_query [SMALL LARGE [REPETITIONS]]\n");
        return EXIT_FAILURE;
    }
    double ts[NQ], tl[NQ];
    size_t hs[NQ], hl[NQ];
    measure(small, reps, ts, hs);
    measure(large, reps, tl, hl);
    printf("\nbest of %d runs (loads: %d); ratio = t(%zu) / t(%zu): %.0f means linear time\n\n",
           reps, reps < 3 ? reps : 3, large, small, (double)large / (double)small);
    printf("%-24s %12s %12s %8s %10s %10s\n", "query", "small (ms)", "large (ms)", "ratio",
           "hits S", "hits L");
    for (int q = 0; q < NQ; q++)
        printf("%-24s %12.3f %12.3f %8.2f %10zu %10zu\n", names[q], ts[q] * 1e3, tl[q] * 1e3,
               tl[q] / ts[q], hs[q], hl[q]);
    return EXIT_SUCCESS;
}
