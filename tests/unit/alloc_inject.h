/* Allocation-failure injection for the alloc suites (test_alloc_*.c).
 *
 * cp_set_allocator() hooks count the library's allocations and fail the k-th
 * one, either ONCE (only k fails) or FROM k ON (k and every later one fail).
 * An operation is one row of a table (cpt_alloc_op): a name, what it needs
 * (a fresh fixture of documents), and a function running it. For every k
 * until the operation succeeds without a failure, and in both modes, the
 * harness checks that the run
 *   - returns CP_ENOMEM with a non-empty message (ops with a cp_error),
 *   - leaves the fixture's documents unchanged (their saved JSON, byte for
 *     byte) and a diagnostics list it was given unchanged (its count),
 *   - leaks nothing (blocks allocated through the hooks all freed).
 * Mutating operations get a fresh fixture for every run; read-only ones
 * (taking const documents) share one, compared after the loop. */
#ifndef CP_ALLOC_INJECT_H
#define CP_ALLOC_INJECT_H

#include "testutil.h"

/* The documents an operation works on (only those it asks for are loaded). */
typedef struct cpt_fixture {
    cp_client *client;       /* cpt_example_client */
    cp_caseload *caseload;   /* a small caseload: clients c1..c3 */
    cp_caseload *cohort;     /* examples/data/caseload.json */
    cp_provision_map *map;   /* examples/data/provision-map.json */
    cp_strategic_plan *plan; /* examples/data/strategic-plan.json */
    cp_diagnostics *diag;    /* holds one diagnostic before the run */
} cpt_fixture;

enum {
    CPT_CLIENT = 1,
    CPT_CASELOAD = 2,
    CPT_COHORT = 4,
    CPT_MAP = 8,
    CPT_PLAN = 16,
    CPT_DIAG = 32,
    CPT_MUTATES = 64, /* a fresh fixture for every run */
    CPT_NO_ERROR = 128, /* the function has no cp_error: the status is checked */
    CPT_NO_ALLOC = 256, /* allocates nothing: the row asserts so */
};

typedef struct cpt_alloc_op {
    const char *name;
    unsigned needs; /* CPT_* */
    cp_status (*run)(cpt_fixture *f, cp_error *err);
} cpt_alloc_op;

/* Runs every operation of the table in both modes; returns the number of
 * allocation-failure points run (the runs in which an allocation failed)
 * and adds the two modes' counts to *once and *from_on when not NULL. */
long cpt_alloc_run_table(const cpt_alloc_op *ops, size_t count, long *once, long *from_on);

/* Installs the counting hooks (a Check fixture's setup) and removes them,
 * asserting that nothing allocated through them is left (teardown). */
void cpt_alloc_setup(void);
void cpt_alloc_teardown(void);

/* Runs code without counting or failing allocations (building a result's
 * expected value inside an operation). */
void cpt_alloc_pause(void);
void cpt_alloc_resume(void);

/* The single-operation form, for operations that check their own results:
 * runs op(ctx) with allocation k failing (once, or from k on when from_on)
 * for k = 1, 2, ... until it succeeds; each failed run must return
 * CP_ENOMEM and leave as many blocks allocated as before it. Returns the
 * number of runs in which an allocation failed. */
long cpt_alloc_fail_each(const char *name, cp_status (*op)(void *ctx), void *ctx, int from_on);

/* The counting hooks themselves and their counters (for a test of
 * cp_set_allocator()). */
void cpt_alloc_hooks(cp_malloc_fn *m, cp_realloc_fn *r, cp_free_fn *f);
long cpt_alloc_calls(void);       /* allocations since cpt_alloc_reset_calls() */
void cpt_alloc_reset_calls(void);
long cpt_alloc_outstanding(void); /* blocks allocated and not yet freed */

/* Prints "SUITE: N allocation-failure points (once O, from then on F)". */
void cpt_alloc_report(const char *suite, long once, long from_on);

#endif
