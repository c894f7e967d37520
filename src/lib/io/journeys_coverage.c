/* The cohort coverage table as CSV (RFC 4180) and JSON: the rendering only;
 * logic/journeys_coverage.c works the table out. */
#include "../core/buf.h"
#include "../core/error.h"
#include "../logic/journeys_coverage.h"
#include "json_report.h"

#include <stdio.h>

/* The percentage in tenths, rounded half up, in integers so that 2/3 gives
 * exactly 667; the year group has learners. */
static size_t tenths(const cp_cohort_coverage *cov, int y, int bm)
{
    size_t n = cov->learners[y];
    return (cov->covered[y][bm] * 1000 + n / 2) / n;
}

cp_status cp_cohort_coverage_to_csv(const cp_cohort_coverage *cov, char **out, cp_error *err)
{
    if (cp__need(err, cov && out, "coverage or output is NULL"))
        return CP_EINVAL;
    cp__buf b = {0};
    cp__buf_puts(&b, "year_group,benchmark,learners,covered,percent\r\n");
    for (int y = 1; y <= CP__COVERAGE_MAX_YEAR; y++) {
        if (!(cov->years & (1u << y)))
            continue;
        for (int bm = 2; bm <= 8; bm++) {
            char line[128];
            int n = snprintf(line, sizeof line, "%d,%d,%zu,%zu,", y, bm, cov->learners[y],
                             cov->covered[y][bm]);
            if (cov->learners[y])
                snprintf(line + n, sizeof line - (size_t)n, "%zu.%zu", tenths(cov, y, bm) / 10,
                         tenths(cov, y, bm) % 10);
            cp__buf_puts(&b, line);
            cp__buf_puts(&b, "\r\n");
        }
    }
    *out = cp__buf_take(&b, NULL);
    return *out ? CP_OK : cp__fail(err, CP_ENOMEM, NULL, "out of memory");
}

cp_status cp_cohort_coverage_to_json(const cp_cohort_coverage *cov, char **out, cp_error *err)
{
    if (cp__need(err, cov && out, "coverage or output is NULL"))
        return CP_EINVAL;
    int oom = 0;
    json_t *root = json_object();
    cp__report_set(root, "unplaced", cp__report_size(cov->unplaced), &oom);
    json_t *rows = json_array();
    for (int y = 1; y <= CP__COVERAGE_MAX_YEAR && !oom; y++) {
        if (!(cov->years & (1u << y)))
            continue;
        for (int bm = 2; bm <= 8; bm++) {
            json_t *row = cp__report_append_object(rows, &oom);
            cp__report_set(row, "year_group", json_integer(y), &oom);
            cp__report_set(row, "benchmark", json_integer(bm), &oom);
            cp__report_set(row, "learners", cp__report_size(cov->learners[y]), &oom);
            cp__report_set(row, "covered", cp__report_size(cov->covered[y][bm]), &oom);
            cp__report_set(row, "percent",
                           cov->learners[y]
                               ? json_real((double)tenths(cov, y, bm) / 10.0)
                               : json_null(),
                           &oom);
        }
    }
    cp__report_set(root, "rows", rows, &oom);
    return cp__report_take_text(root, oom, out, err);
}
