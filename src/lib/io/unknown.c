/* Unknown members: kept as a jansson object per node, in their input order.
 * The model frees and copies them through the hooks it declares (node.h). */
#include "../model/node.h"

#include <jansson.h>

static void unknown_free(void *unknown)
{
    json_decref((json_t *)unknown);
}

static void *unknown_clone(const void *unknown)
{
    return json_deep_copy((const json_t *)unknown);
}

const cp__unknown_hooks cp__unknown = {unknown_free, unknown_clone};
