/* Internal: what the journeys analyses (logic/journeys_*.c) share. The rules
 * and the sentences they implement are in <careerplan/journeys.h>. */
#ifndef CP_LOGIC_JOURNEYS_H
#define CP_LOGIC_JOURNEYS_H

#include "../core/hashmap.h"

#include <careerplan/journeys.h>

/* The activities of a map indexed by id (ids borrowed from the map). Returns
 * 0, or -1 when out of memory (the index is then empty). */
int cp__journeys_index(const cp_provision_map *map, cp__hashmap *index);

/* The dates of a learner's attended participations, on or before as_of, in
 * activities of `type` (looked up in index), sorted ascending, with their
 * activities. *n is their number; the arrays are freed by the caller with
 * cp__free. Returns 0, or -1 when out of memory. */
typedef struct cp__attended {
    cp_date date;
    const cp_activity *activity;
} cp__attended;
int cp__journeys_attended(const cp__hashmap *index, const cp_client *learner,
                          cp_activity_type type, cp_date as_of, cp__attended **out, size_t *n);

/* The argument check of the per-learner analyses (cp__need). */
cp_status cp__journeys_need(cp_error *err, const cp_provision_map *map, const cp_client *learner,
                            const void *out, cp_date as_of);

#endif
