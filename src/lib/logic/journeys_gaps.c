/* Gaps of a provision map: outcomes, phase × year cells and benchmarks with
 * no planned activity (<careerplan/journeys.h>). */
#include "../core/diagnostics.h"
#include "../core/error.h"
#include "../model/model.h"
#include "journeys.h"

#include <stdio.h>
#include <string.h>

static const char *phase_label(int phase)
{
    return cp_journey_phase_to_string((cp_journey_phase)phase);
}

/* Appends a warning; returns 0, or -1 when out of memory. */
static int warn(cp_diagnostics *out, const char *code, const char *path, const char *msg)
{
    return cp_diagnostics_add(out, CP_SEVERITY_WARNING, code, path, msg) == CP_OK ? 0 : -1;
}

/* Is outcome `id` served by a planned activity? */
static int served(const cp_provision_map *map, const char *id)
{
    size_t n = cp_provision_map_activity_count(map);
    for (size_t i = 0; i < n; i++) {
        const cp_activity *a = cp_provision_map_activity_at(map, i);
        if (cp_activity_get_status(a) != CP_ACTIVITY_STATUS_PLANNED)
            continue;
        for (size_t k = 0; k < cp_activity_outcome_count(a); k++)
            if (strcmp(cp_activity_outcome_at(a, k), id) == 0)
                return 1;
    }
    return 0;
}

static int outcome_gaps(const cp_provision_map *map, cp_diagnostics *out)
{
    char path[64], msg[320];
    size_t n = cp_provision_map_learning_outcome_count(map);
    for (size_t i = 0; i < n; i++) {
        const char *id = cp_learning_outcome_get_id(cp_provision_map_learning_outcome_at(map, i));
        if (served(map, id))
            continue;
        snprintf(path, sizeof path, "/outcomes/%zu", i);
        snprintf(msg, sizeof msg, "no planned activity serves learning outcome \"%.200s\"", id);
        if (warn(out, "outcome-without-activity", path, msg))
            return -1;
    }
    return 0;
}

cp_status cp_provision_map_gaps(const cp_provision_map *map, cp_diagnostics *out, cp_error *err)
{
    if (cp__need(err, map && out, "map or output is NULL"))
        return CP_EINVAL;
    size_t before = cp_diagnostics_count(out);
    /* cells[phase] has bit y when a planned activity of that phase is for year y */
    unsigned cells[4] = {0}, benchmarks = 0, years = cp__provision_map_year_mask(map);
    size_t n = cp_provision_map_activity_count(map);
    for (size_t i = 0; i < n; i++) {
        const cp_activity *a = cp_provision_map_activity_at(map, i);
        if (cp_activity_get_status(a) != CP_ACTIVITY_STATUS_PLANNED)
            continue;
        cells[cp_activity_get_phase(a)] |= cp_activity_get_year_groups(a);
        benchmarks |= cp_activity_get_benchmarks(a);
    }
    if (outcome_gaps(map, out))
        return cp__diagnostics_oom(out, before, err);
    char msg[160];
    for (int p = CP_JOURNEY_PHASE_INTRODUCE_AND_INSPIRE;
         p <= CP_JOURNEY_PHASE_APPLY_AND_DEMONSTRATE; p++)
        for (int y = 1; y <= 14; y++) {
            if (!(years & (1u << y)) || (cells[p] & (1u << y)))
                continue;
            snprintf(msg, sizeof msg, "no planned activity in phase %s, year %d", phase_label(p),
                     y);
            if (warn(out, "phase-year-without-activity", "/year_groups", msg))
                return cp__diagnostics_oom(out, before, err);
        }
    for (int b = 1; b <= 8; b++) {
        if (benchmarks & (1u << b))
            continue;
        snprintf(msg, sizeof msg, "no planned activity addresses Gatsby Benchmark %d", b);
        if (warn(out, "benchmark-without-activity", "/activities", msg))
            return cp__diagnostics_oom(out, before, err);
    }
    return CP_OK;
}
