/* Gatsby Benchmark 2-8 coverage per learner and per cohort
 * (<careerplan/journeys.h>); the CSV and JSON of the table are in
 * io/journeys_coverage.c. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "../model/model.h"
#include "journeys.h"
#include "journeys_coverage.h"

/* Benchmarks 2 to 8: benchmark 1 is institution-level. */
#define PER_LEARNER 0x1FCu

static unsigned covered(const cp__hashmap *index, const cp_client *learner)
{
    unsigned bits = 0;
    size_t n = cp_client_participation_count(learner);
    for (size_t i = 0; i < n; i++) {
        const cp_participation *p = cp_client_participation_at(learner, i);
        if (!cp_participation_is_attended(p))
            continue;
        const cp_activity *a = cp__hashmap_get(index, cp_participation_get_activity(p));
        if (a)
            bits |= cp_activity_get_benchmarks(a);
    }
    return bits & PER_LEARNER;
}

unsigned cp_learner_benchmark_coverage(const cp_provision_map *map, const cp_client *learner)
{
    if (!map || !learner)
        return 0;
    cp__hashmap index = {0};
    if (cp__journeys_index(map, &index))
        return 0;
    unsigned bits = covered(&index, learner);
    cp__hashmap_fini(&index);
    return bits;
}

cp_status cp_cohort_coverage_compute(const cp_provision_map *map, const cp_caseload *caseload,
                                     cp_cohort_coverage **out, cp_error *err)
{
    if (cp__need(err, map && caseload && out, "map, caseload or output is NULL"))
        return CP_EINVAL;
    *out = NULL;
    cp_cohort_coverage *cov = cp__calloc(1, sizeof *cov);
    cp__hashmap index = {0};
    if (!cov || cp__journeys_index(map, &index)) {
        cp__free(cov);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    cov->years = cp__provision_map_year_mask(map);
    size_t n = cp_caseload_client_count(caseload);
    for (size_t i = 0; i < n; i++) {
        const cp_client *c = cp_caseload_client_at(caseload, i);
        int y = cp_client_get_year_group(c);
        if (y < 1 || y > CP__COVERAGE_MAX_YEAR || !(cov->years & (1u << y))) {
            cov->unplaced++;
            continue;
        }
        cov->learners[y]++;
        unsigned bits = covered(&index, c);
        for (int b = 2; b <= 8; b++)
            if (bits & (1u << b))
                cov->covered[y][b]++;
    }
    cp__hashmap_fini(&index);
    *out = cov;
    return CP_OK;
}

void cp_cohort_coverage_free(cp_cohort_coverage *cov)
{
    cp__free(cov);
}

unsigned cp_cohort_coverage_year_groups(const cp_cohort_coverage *cov)
{
    return cov ? cov->years : 0;
}

static int in_table(const cp_cohort_coverage *cov, int y)
{
    return cov && y >= 1 && y <= CP__COVERAGE_MAX_YEAR && (cov->years & (1u << y));
}

size_t cp_cohort_coverage_learners(const cp_cohort_coverage *cov, int year_group)
{
    return in_table(cov, year_group) ? cov->learners[year_group] : 0;
}

size_t cp_cohort_coverage_covered(const cp_cohort_coverage *cov, int year_group, int benchmark)
{
    if (!in_table(cov, year_group) || benchmark < 2 || benchmark > 8)
        return 0;
    return cov->covered[year_group][benchmark];
}

double cp_cohort_coverage_percent(const cp_cohort_coverage *cov, int year_group, int benchmark)
{
    if (!in_table(cov, year_group) || benchmark < 2 || benchmark > 8 ||
        cov->learners[year_group] == 0)
        return -1.0;
    return 100.0 * (double)cov->covered[year_group][benchmark] / (double)cov->learners[year_group];
}

size_t cp_cohort_coverage_unplaced(const cp_cohort_coverage *cov)
{
    return cov ? cov->unplaced : 0;
}
