/*
 * Internal: an arena, the memory a loaded client is built in (issue 13).
 *
 * The per-client loader (io/caseload_load.c) builds each client's nodes
 * and strings here instead of one malloc() apiece: a client of the
 * benchmark caseloads is some 120 strings and dozens of nodes, each with
 * malloc's header and rounding. With arenas a load of 10,000 such clients
 * peaks at 124-127 MiB instead of 145 MiB, in 3.5 % fewer instructions
 * (tests/bench/README.md). The client keeps its arena (the `arena` member
 * of struct cp_client) and frees it in one go when the client is freed.
 *
 * The model stays mutable: a setter that replaces a string, or a removal
 * that frees a node, frees what it replaces only when that was not built in
 * the arena (cp__node_release() asks cp__arena_owns()); arena memory stays
 * until its client is freed. So a client loaded and then edited many times
 * holds its loaded texts until it is freed, never more than its JSON's size.
 *
 * Blocks come from cp__malloc() (the cp_set_allocator() hooks). Not
 * thread-safe: one arena belongs to one client, built on one thread.
 */
#ifndef CP_CORE_ARENA_H
#define CP_CORE_ARENA_H

#include <stddef.h>

typedef struct cp__arena cp__arena;

/* A new arena whose first block holds about `first` bytes (later blocks are
 * as large as a request needs, and at least CP__ARENA_MIN_BLOCK); NULL when
 * out of memory. */
cp__arena *cp__arena_new(size_t first);

/* The smallest block after the first, usable bytes: at most that much of a
 * client's arena stands unused at the end of its load. 960, so that a
 * block with its header (976 bytes) stays below glibc malloc's "large"
 * requests (1,008 bytes and up), the first of which after frees merges
 * every small chunk freed (malloc_consolidate): the parse of the client
 * being read has just freed thousands. */
#define CP__ARENA_MIN_BLOCK 960u

/* size bytes aligned for a model node (pointers, long long, double), zeroed;
 * NULL when out of memory. */
void *cp__arena_calloc(cp__arena *a, size_t size);

/* A copy of len bytes of s and a NUL (no alignment); NULL when out of
 * memory. */
char *cp__arena_strndup(cp__arena *a, const char *s, size_t len);

/* Whether p points into one of a's blocks (a NULL: never). */
int cp__arena_owns(const cp__arena *a, const void *p);

/* The bytes of a's blocks, headers included (for tests and figures). */
size_t cp__arena_size(const cp__arena *a);

/* Frees every block; NULL is a no-op. */
void cp__arena_free(cp__arena *a);

#endif
