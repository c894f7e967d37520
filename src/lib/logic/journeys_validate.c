/* Learners checked against a provision map: participation naming unknown
 * activities, year groups outside the map's (<careerplan/journeys.h>). */
#include "../core/diagnostics.h"
#include "../core/error.h"
#include "../model/model.h"
#include "journeys.h"

#include <stdio.h>

static int error(cp_diagnostics *out, const char *code, const char *path, const char *msg)
{
    return cp_diagnostics_add(out, CP_SEVERITY_ERROR, code, path, msg) == CP_OK ? 0 : -1;
}

static int check_client(const cp__hashmap *index, unsigned years, const cp_client *c, size_t ci,
                        cp_diagnostics *out)
{
    char path[96], msg[360];
    int y = cp_client_get_year_group(c);
    if (y && !(years & (1u << y))) {
        snprintf(path, sizeof path, "/clients/%zu/year_group", ci);
        snprintf(msg, sizeof msg,
                 "learner \"%.100s\" is in year %d, not one of the map's year groups",
                 cp_client_get_id(c), y);
        if (error(out, "year-group-outside-map", path, msg))
            return -1;
    }
    size_t n = cp_client_participation_count(c);
    for (size_t i = 0; i < n; i++) {
        const char *id = cp_participation_get_activity(cp_client_participation_at(c, i));
        if (cp__hashmap_get(index, id))
            continue;
        snprintf(path, sizeof path, "/clients/%zu/participations/%zu/activity", ci, i);
        snprintf(msg, sizeof msg,
                 "learner \"%.100s\" took part in activity \"%.100s\", which the map does not have",
                 cp_client_get_id(c), id);
        if (error(out, "unknown-activity", path, msg))
            return -1;
    }
    return 0;
}

cp_status cp_provision_map_validate_caseload(const cp_provision_map *map,
                                             const cp_caseload *caseload, cp_diagnostics *out,
                                             cp_error *err)
{
    if (cp__need(err, map && caseload && out, "map, caseload or output is NULL"))
        return CP_EINVAL;
    cp__hashmap index = {0};
    if (cp__journeys_index(map, &index))
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    size_t before = cp_diagnostics_count(out);
    unsigned years = cp__provision_map_year_mask(map);
    size_t n = cp_caseload_client_count(caseload);
    int failed = 0;
    for (size_t i = 0; i < n && !failed; i++)
        failed = check_client(&index, years, cp_caseload_client_at(caseload, i), i, out);
    cp__hashmap_fini(&index);
    return failed ? cp__diagnostics_oom(out, before, err) : CP_OK;
}
