/*
 * libcareerplan — caseloads: a practitioner's or service's set of clients.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_CASELOAD_H
#define CAREERPLAN_CASELOAD_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif
#include "client.h"

/** A set of clients with constant-time lookup by id. Opaque. @since 0.1 */
typedef struct cp_caseload cp_caseload;

/**
 * Creates an empty caseload.
 *
 * @param[out] out on success the new caseload, freed with cp_caseload_free(); not NULL
 * @param err     optional; filled on failure
 * @return CP_OK, CP_EINVAL (out NULL), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_new(cp_caseload **out, cp_error *err);

/**
 * Frees a caseload and every client it owns. Pointers to those clients (and
 * to anything inside them) become invalid.
 *
 * @param caseload the caseload; NULL is a no-op. A caseload still held by a
 *                 document (cp_document_caseload()) is freed with the document
 *                 instead; take it with cp_document_take_caseload() to own it.
 * @since 0.1
 */
CP_API void cp_caseload_free(cp_caseload *caseload);

/**
 * Name of a caseload (a practitioner's or a service's).
 *
 * @param caseload the caseload; not NULL
 * @return borrowed: valid until changed or the caseload freed; NULL when not recorded
 * @since 0.1
 */
CP_API const char *cp_caseload_get_name(const cp_caseload *caseload);

/**
 * Sets the name of a caseload.
 *
 * @param caseload the caseload; not NULL
 * @param name     copied; NULL clears it
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (caseload NULL), CP_EVALUE (not UTF-8), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_set_name(cp_caseload *caseload, const char *name, cp_error *err);

/**
 * Number of clients in a caseload.
 *
 * @param caseload the caseload; NULL counts as none
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_caseload_client_count(const cp_caseload *caseload);

/**
 * The client at an index. Clients keep the order they were added in;
 * removing or taking one moves those after it down by one.
 *
 * @param caseload the caseload
 * @param index    0..count-1
 * @return borrowed: owned by @p caseload, valid until the client is removed or
 *         taken or the caseload freed; NULL when caseload is NULL or index out of range
 * @since 0.1
 */
CP_API cp_client *cp_caseload_client_at(const cp_caseload *caseload, size_t index);

/**
 * Finds a client of a caseload by id, in constant time (a hash index that
 * follows every change: adding, renaming with cp_client_set_id(), removing).
 *
 * @param caseload the caseload; NULL finds nothing
 * @param id       the client id; NULL finds nothing
 * @return borrowed (see cp_caseload_client_at()); NULL when no client has the id
 * @since 0.1
 */
CP_API cp_client *cp_caseload_find_client(const cp_caseload *caseload, const char *id);

/**
 * Creates a client in a caseload.
 *
 * @param caseload the caseload that will own the client; not NULL
 * @param id       the client's id; copied; not empty; unique among the caseload's clients
 * @param[out] out optional: the new client, borrowed (see cp_caseload_client_at())
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL or empty argument), CP_EVALUE (not UTF-8),
 *         CP_EDUPLICATE (a client has the id), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_add_client(cp_caseload *caseload, const char *id, cp_client **out,
                                        cp_error *err);

/**
 * Moves a free-standing client into a caseload, which then owns it: from then
 * on cp_client_free() on it is a no-op, and it is freed with the caseload.
 * The client must come from cp_client_new(), cp_client_load_string() and the
 * like, cp_document_take_client() or cp_caseload_take_client(); a client
 * still owned by a document (cp_document_client()) must not be passed.
 *
 * @param caseload the caseload; not NULL
 * @param client   the client; not NULL; appended after the existing clients
 * @param err      optional; filled on failure
 * @return CP_OK (the caseload owns the client), CP_EINVAL (NULL argument, or
 *         the client already belongs to a caseload), CP_EDUPLICATE (a client
 *         of the caseload has the same id), CP_ENOMEM; on failure the caller
 *         keeps ownership of the client
 * @since 0.1
 */
CP_API cp_status cp_caseload_adopt_client(cp_caseload *caseload, cp_client *client,
                                          cp_error *err);

/**
 * Removes a client from a caseload and frees it, with everything it holds.
 *
 * @param caseload the caseload; not NULL
 * @param index    0..count-1
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (caseload NULL), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_caseload_remove_client(cp_caseload *caseload, size_t index, cp_error *err);

/**
 * Detaches a client from a caseload without freeing it.
 *
 * @param caseload the caseload; not NULL
 * @param index    0..count-1
 * @param[out] out on success the client, new: the caller owns it and frees it
 *                 with cp_client_free() (or adopts it into a caseload); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ERANGE (index)
 * @since 0.1
 */
CP_API cp_status cp_caseload_take_client(cp_caseload *caseload, size_t index, cp_client **out,
                                         cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CASELOAD_H */
