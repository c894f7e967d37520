/* What the journeys analyses share: the activity index, a learner's attended
 * encounters of a type in date order, and the year group on a date. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "journeys.h"

#include <stdlib.h>

int cp__journeys_index(const cp_provision_map *map, cp__hashmap *index)
{
    size_t n = cp_provision_map_activity_count(map);
    for (size_t i = 0; i < n; i++) {
        const cp_activity *a = cp_provision_map_activity_at(map, i);
        if (cp__hashmap_put(index, cp_activity_get_id(a), (void *)a, NULL) < 0) {
            cp__hashmap_fini(index);
            return -1;
        }
    }
    return 0;
}

static int by_date(const void *a, const void *b)
{
    return cp_date_compare(((const cp__attended *)a)->date, ((const cp__attended *)b)->date);
}

int cp__journeys_attended(const cp__hashmap *index, const cp_client *learner,
                          cp_activity_type type, cp_date as_of, cp__attended **out, size_t *n)
{
    size_t count = cp_client_participation_count(learner), k = 0;
    *out = NULL;
    *n = 0;
    if (count == 0)
        return 0;
    cp__attended *v = cp__calloc(count, sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < count; i++) {
        const cp_participation *p = cp_client_participation_at(learner, i);
        const cp_activity *a = cp__hashmap_get(index, cp_participation_get_activity(p));
        cp_date d = cp_participation_get_date(p);
        if (!a || !cp_participation_is_attended(p) || cp_activity_get_type(a) != type ||
            cp_date_compare(d, as_of) > 0)
            continue;
        v[k].date = d;
        v[k].activity = a;
        k++;
    }
    /* Encounters on the same date fall in the same phase: their order among
     * themselves changes no count. */
    qsort(v, k, sizeof *v, by_date);
    *out = v;
    *n = k;
    return 0;
}

int cp_year_group_at(int year_group, cp_date as_of, cp_date date)
{
    if (year_group == 0 || !cp_date_is_valid(as_of) || !cp_date_is_valid(date))
        return 0;
    return year_group - (cp_date_academic_year(as_of) - cp_date_academic_year(date));
}

cp_status cp__journeys_need(cp_error *err, const cp_provision_map *map, const cp_client *learner,
                            const void *out, cp_date as_of)
{
    return cp__need(err, map && learner && out && cp_date_is_valid(as_of),
                    "map, learner or output is NULL, or the date is not valid");
}
