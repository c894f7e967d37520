/* Provision maps (source 003): the rule the description cannot state, checked
 * when a map is loaded and validated: each activity's year groups are among
 * the map's. The rest is generated. */
#include "../core/error.h"
#include "model.h"

unsigned cp__provision_map_year_mask(const struct cp_provision_map *map)
{
    /* Years 7 to 13 when the map does not say: see the "year_groups" member. */
    return map->year_groups ? map->year_groups : 0x3f80u;
}

/* The lowest and highest numbers of a non-empty bit set. */
static void bounds(unsigned mask, int *lo, int *hi)
{
    *lo = 0;
    while (!(mask & (1u << *lo)))
        (*lo)++;
    *hi = 31;
    while (!(mask & (1u << *hi)))
        (*hi)--;
}

cp_status cp__provision_map_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_provision_map *map = (const struct cp_provision_map *)node;
    unsigned years = cp__provision_map_year_mask(map);
    int lo, hi;
    bounds(years, &lo, &hi);
    for (size_t i = 0; i < map->activities.count; i++) {
        const struct cp_activity *a = (const struct cp_activity *)map->activities.items[i];
        unsigned outside = a->year_groups & ~years;
        if (!outside)
            continue;
        int bad, ignored;
        bounds(outside, &bad, &ignored);
        size_t m = cp__path_push(path, "activities");
        cp__path_push_index(path, i);
        cp__path_push(path, "year_groups");
        cp_status st = cp__fail(err, CP_ERANGE, cp__path_str(path),
                                "year %d is not one of the map's year groups (%d to %d)", bad, lo,
                                hi);
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}
