/* Internal: the generic JSON reader (jansson tree -> model nodes). */
#ifndef CP_IO_JSON_READ_H
#define CP_IO_JSON_READ_H

#include <careerplan/json.h>
#include <jansson.h>

#include "../core/sink.h"
#include "../model/node.h"

typedef struct cp__rctx {
    const cp_load_options *opts;
    cp__path path;
    cp_error *err;
    const char *text; /* the JSON text the tree was parsed from, or NULL */
    size_t text_len;
    cp__sink *sink; /* where member errors go: NULL or a sink without a list stops at the first */
    /* Where the nodes and strings read are built: a client's arena (the
     * per-client loader's, core/arena.h), or NULL for cp__malloc(). */
    struct cp__arena *arena;
} cp__rctx;

/* Checks depth, string, item limits over a whole tree. */
cp_status cp__json_check_limits(cp__rctx *c, json_t *root);
/* The same over a value at `depth` of its document (the root is at 1). */
cp_status cp__json_check_limits_at(cp__rctx *c, json_t *value, size_t depth);
/* Fills node from obj. Members named in `skip` (NULL-terminated, may be
 * NULL) are ignored: the document envelope. obj is jansson's decoding of a
 * text without JSON_ALLOW_NUL, as every caller's is (json_doc.c,
 * caseload_load.c): its strings are valid UTF-8 without NUL already
 * (jansson's decoder checks every byte, refuses "\u0000" and lone
 * surrogates), and the reader does not check them again. With a collecting sink, an
 * error in a member or item is recorded there and that member or item
 * skipped; only CP_ENOMEM stops. */
cp_status cp__json_read_node(cp__rctx *c, json_t *obj, cp__node *node, const char *const *skip);

#endif
