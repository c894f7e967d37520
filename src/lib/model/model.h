/*
 * Internal: the layout of every model object, and their type tables.
 * Public headers see these only as opaque types. 
 */
#ifndef CP_MODEL_MODEL_H
#define CP_MODEL_MODEL_H

#include <careerplan/careerplan.h>

#include "../core/hashmap.h"
#include "../core/sink.h"
#include "node.h"

/* The struct layouts, the field index enums (CP__GOAL_STATEMENT, ...), the
 * field tables (cp__goal_fields), the type descriptors (cp__goal_type) and the
 * enumeration tables (cp__skill_area_enum) are generated from the model
 * description (src/model/, one TOML file per area) into model_gen.h. */
#include "model_gen.h"

/* Ids (model/ids.c). */
/* Node with `id` in the tree under root (root's own id ignored when root is a client). */
cp__node *cp__node_find_id(const cp__node *root, const char *id);
/* Node with `id` and type `type` in the id scope of `from` (its client). */
cp__node *cp__node_resolve(const cp__node *from, const char *id, const cp__type *type);
/* Number of references (F_REF fields) to `id` under root. */
size_t cp__node_count_refs(const cp__node *root, const char *id);
/* Checks a loaded client (or caseload): unique ids, resolvable references,
 * cross-field rules. `path` points at root. With a collecting sink
 * (core/sink.h; NULL stops at the first), each error is recorded there and
 * the check goes on. */
cp_status cp__node_check(const cp__node *root, cp__path *path, cp_error *err, cp__sink *sink);

/* Provision maps (model/provision_map.c): the map's year groups as bits (bit n
 * for year n), years 7 to 13 when it lists none. */
unsigned cp__provision_map_year_mask(const struct cp_provision_map *map);

#endif
