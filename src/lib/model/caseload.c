/* Caseloads: a list of clients with an id index for O(1) lookup. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <stdio.h>
#include <string.h>

static const cp__field caseload_fields[] = {
    CP__STR(struct cp_caseload, name, 0),
    CP__LIST(struct cp_caseload, clients, cp__client_type),
};
const cp__type cp__caseload_type = {"caseload", sizeof(struct cp_caseload), caseload_fields,
                                    CP__NFIELDS(caseload_fields), NULL};

void cp__caseload_fini(cp_caseload *cl)
{
    cp__hashmap_fini(&cl->index);
}

cp__node *cp__caseload_find(const cp_caseload *cl, const char *id)
{
    return cp__hashmap_get(&cl->index, id);
}

cp_status cp__caseload_reindex(cp_caseload *cl, cp_error *err)
{
    cp__hashmap_fini(&cl->index);
    for (size_t i = 0; i < cl->clients.count; i++) {
        struct cp_client *c = (struct cp_client *)cl->clients.items[i];
        int r = cp__hashmap_put(&cl->index, c->id, c, NULL);
        if (r < 0)
            return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
        if (r > 0) {
            char path[64];
            snprintf(path, sizeof path, "/clients/%zu/id", i);
            return cp__fail(err, CP_EDUPLICATE, path, "client id \"%.100s\" is already used",
                            c->id);
        }
    }
    return CP_OK;
}

cp_status cp__caseload_rename(cp_caseload *cl, cp__node *client, const char *old_id,
                              const char *new_id)
{
    if (new_id && cp__hashmap_put(&cl->index, new_id, client, NULL) < 0)
        return CP_ENOMEM;
    if (old_id)
        cp__hashmap_remove(&cl->index, old_id);
    return CP_OK;
}
