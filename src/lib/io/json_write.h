/* Internal: the canonical JSON writer (model nodes -> text). */
#ifndef CP_IO_JSON_WRITE_H
#define CP_IO_JSON_WRITE_H

#include "../core/buf.h"
#include "../model/node.h"

typedef struct cp__wctx {
    cp__buf out;
    int compact;
    int depth;
} cp__wctx;

/* Opens "{", writes the envelope members when kind is not NULL, then the
 * node's fields and unknown members, then "}". */
void cp__json_write_node(cp__wctx *w, const cp__node *node, const char *kind);

#endif
