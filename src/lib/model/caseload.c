/* Caseloads: a list of clients with an id index for O(1) lookup. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <stdio.h>
#include <string.h>

void cp__caseload_fini(cp__node *node)
{
    cp_caseload *cl = (cp_caseload *)node;
    cp__hashmap_fini(&cl->index);
}

cp__node *cp__caseload_find(const cp__node *node, const char *id)
{
    const cp_caseload *cl = (const cp_caseload *)node;
    return cp__hashmap_get(&cl->index, id);
}

cp_status cp__caseload_reindex(cp__node *node, cp_error *err)
{
    cp_caseload *cl = (cp_caseload *)node;
    cp__hashmap_fini(&cl->index);
    for (size_t i = 0; i < cl->clients.count; i++) {
        struct cp_client *c = (struct cp_client *)cl->clients.items[i];
        if (!c->id)
            continue; /* a client whose id did not load (cp_document_load_collect) */
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

cp_status cp__caseload_rename(cp__node *node, cp__node *client, const char *old_id,
                              const char *new_id)
{
    cp_caseload *cl = (cp_caseload *)node;
    if (new_id && cp__hashmap_put(&cl->index, new_id, client, NULL) < 0)
        return CP_ENOMEM;
    if (old_id)
        cp__hashmap_remove(&cl->index, old_id);
    return CP_OK;
}

/* ---- public API ----
 * The index maps each client's id to the client; its keys are borrowed
 * pointers to the clients' own id strings. So an entry is removed before its
 * client is freed or leaves the caseload, and cp__set_string moves the entry
 * (cp__caseload_rename) when a client in a caseload changes its id. */

cp_client *cp_caseload_find_client(const cp_caseload *caseload, const char *id)
{
    return caseload && id ? (cp_client *)cp__caseload_find(&caseload->base, id) : NULL;
}

cp_status cp_caseload_adopt_client(cp_caseload *caseload, cp_client *client, cp_error *err)
{
    if (!caseload || !client)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or client is NULL");
    if (client->base.parent)
        return cp__fail(err, CP_EINVAL, NULL, "client \"%.100s\" already belongs to a caseload",
                        client->id);
    int r = cp__hashmap_put(&caseload->index, client->id, client, NULL);
    if (r > 0)
        return cp__fail(err, CP_EDUPLICATE, NULL, "client id \"%.100s\" is already used",
                        client->id);
    if (r < 0)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (cp__list_push(&caseload->clients, &client->base) != CP_OK) {
        cp__hashmap_remove(&caseload->index, client->id);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    client->base.parent = &caseload->base;
    return CP_OK;
}

cp_status cp_caseload_add_client(cp_caseload *caseload, const char *id, cp_client **out,
                                 cp_error *err)
{
    CP__CHECK_OBJ(caseload, err);
    /* Built free-standing, then adopted: no index entry exists for a client
     * that might still be freed on failure. */
    cp_client *c = NULL;
    cp_status st = cp_client_new(id, &c, err);
    if (st != CP_OK)
        return st;
    if ((st = cp_caseload_adopt_client(caseload, c, err)) != CP_OK) {
        cp_client_free(c);
        return st;
    }
    if (out)
        *out = c;
    return CP_OK;
}

/* Detaches client `index` from the list and the index; NULL when out of range. */
static cp_client *detach(cp_caseload *caseload, size_t index)
{
    cp_client *c = (cp_client *)cp__list_take(&caseload->clients, index);
    if (c) {
        cp__hashmap_remove(&caseload->index, c->id);
        c->base.parent = NULL;
    }
    return c;
}

cp_status cp_caseload_remove_client(cp_caseload *caseload, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(caseload, err);
    cp_client *c = detach(caseload, index);
    if (!c)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range (%zu clients)", index,
                        caseload->clients.count);
    cp_client_free(c);
    return CP_OK;
}

cp_status cp_caseload_take_client(cp_caseload *caseload, size_t index, cp_client **out,
                                  cp_error *err)
{
    if (!caseload || !out)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or output is NULL");
    cp_client *c = detach(caseload, index);
    if (!c)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range (%zu clients)", index,
                        caseload->clients.count);
    *out = c;
    return CP_OK;
}
