/* Internal: the layout of a cohort coverage result (logic/journeys_coverage.c),
 * shared with its CSV and JSON (io/journeys_coverage.c). */
#ifndef CP_LOGIC_JOURNEYS_COVERAGE_H
#define CP_LOGIC_JOURNEYS_COVERAGE_H

#include <careerplan/journeys.h>

#define CP__COVERAGE_MAX_YEAR 14

struct cp_cohort_coverage {
    unsigned years;                                 /* bit y: year group y is a row */
    size_t learners[CP__COVERAGE_MAX_YEAR + 1];     /* by year group */
    size_t covered[CP__COVERAGE_MAX_YEAR + 1][9];   /* by year group and benchmark */
    size_t unplaced;
};

#endif
