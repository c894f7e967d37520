/* The Provider Access Legislation check: phases from year group and date,
 * encounters counted per phase (<careerplan/journeys.h>). */
#include "../core/alloc.h"
#include "../core/error.h"
#include "journeys.h"

/* 1 September to 28 February: the first part of an academic year in which
 * the phase window of the second year of a phase lies. 29 February is out. */
static int before_march(cp_date d)
{
    return d.month >= 9 || d.month == 1 || (d.month == 2 && d.day <= 28);
}

int cp_pal_phase(int year_group, cp_date date)
{
    if (!cp_date_is_valid(date))
        return 0;
    switch (year_group) {
    case 8:
    case 10:
    case 12:
        return (year_group - 6) / 2;
    case 9:
    case 11:
    case 13:
        return before_march(date) ? (year_group - 7) / 2 : 0;
    default:
        return 0;
    }
}

static const char *const state_names[] = {"upcoming", "open", "met", "missed"};

const char *cp_pal_state_to_string(cp_pal_state state)
{
    return (unsigned)state < sizeof state_names / sizeof state_names[0] ? state_names[state] : NULL;
}

/* Where the learner stands in phase p (1..3) on as_of. */
static cp_pal_state state_of(int p, size_t encounters, int year_group, cp_date as_of)
{
    if (encounters >= 2)
        return CP_PAL_MET;
    int first_year = 6 + 2 * p; /* 8, 10, 12 */
    int start_ay = cp_date_academic_year(as_of) - (year_group - first_year);
    cp_date start = {start_ay, 9, 1}, end = {start_ay + 2, 2, 28};
    if (cp_date_compare(as_of, start) < 0)
        return CP_PAL_UPCOMING;
    return cp_date_compare(as_of, end) > 0 ? CP_PAL_MISSED : CP_PAL_OPEN;
}

/* Counts the encounters, in date order; -1 when out of memory. */
static int count(const cp__attended *v, size_t n, int year_group, cp_date as_of, cp_pal_check *out)
{
    cp__hashmap seen = {0}; /* providers counted in phases 1 and 2 */
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        int p = cp_pal_phase(cp_year_group_at(year_group, as_of, v[i].date), v[i].date);
        if (p == 0)
            continue;
        const char *provider = cp_activity_get_provider(v[i].activity);
        if (p < 3 && provider) {
            int r = cp__hashmap_put(&seen, provider, (void *)provider, NULL);
            if (r < 0)
                rc = -1;
            if (r != 0) {
                out->repeated[p - 1] += r > 0;
                continue;
            }
        }
        out->encounters[p - 1]++;
    }
    cp__hashmap_fini(&seen);
    return rc;
}

cp_status cp_learner_pal_check(const cp_provision_map *map, const cp_client *learner,
                               cp_date as_of, cp_pal_check *out, cp_error *err)
{
    if (cp__journeys_need(err, map, learner, out, as_of))
        return CP_EINVAL;
    int y = cp_client_get_year_group(learner);
    if (y == 0)
        return cp__fail(err, CP_ESTATE, "/year_group", "learner \"%.100s\" has no year group",
                        cp_client_get_id(learner));
    *out = (cp_pal_check){.year_group = y};
    cp__hashmap index = {0};
    cp__attended *v = NULL;
    size_t n = 0;
    int failed = cp__journeys_index(map, &index) ||
                 cp__journeys_attended(&index, learner, CP_ACTIVITY_TYPE_PROVIDER_ACCESS, as_of, &v,
                                       &n) ||
                 count(v, n, y, as_of, out);
    cp__free(v);
    cp__hashmap_fini(&index);
    if (failed)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    for (int p = 1; p <= 3; p++)
        out->state[p - 1] = state_of(p, out->encounters[p - 1], y, as_of);
    return CP_OK;
}
