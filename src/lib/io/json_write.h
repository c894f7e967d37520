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

/* The pieces the writer is made of, for other emitters of the same JSON (the
 * query hits of query_json.c): the text of a string, escaped (", \ and
 * control characters), without its quotes; a string, quoted and escaped; a
 * decimal integer; a date as a "YYYY-MM-DD" string; "{" or "[" (one level
 * deeper); "}" or "]" after count members or items (a line break before it
 * when count is not 0); before each array item, "," after the first and a
 * line break; before each object member the same, then the key and ":". */
void cp__jw_escaped(cp__wctx *w, const char *s, size_t n);
void cp__jw_string(cp__wctx *w, const char *s, size_t n);
void cp__jw_int(cp__wctx *w, long long v);
void cp__jw_date(cp__wctx *w, cp_date d);
void cp__jw_open(cp__wctx *w, char c);
void cp__jw_close(cp__wctx *w, char c, int count);
void cp__jw_item(cp__wctx *w, int *count);
void cp__jw_member(cp__wctx *w, int *count, const char *key);

/* Opens "{", writes the envelope members when kind is not NULL, then the
 * node's fields and unknown members, then "}". */
void cp__json_write_node(cp__wctx *w, const cp__node *node, const char *kind);

/* The size of the buffer cp__json_write_stream() writes through: 64 KiB.
 * A test sets it smaller (down to 1) so that a run crosses many buffers. */
extern size_t cp__json_stream_size;

/* The document whose root is node, of kind (its envelope), then "\n", as a
 * new NUL-terminated string (free with cp__free), its length in *len; NULL
 * when out of memory. compact: no whitespace. */
char *cp__json_write_string(const cp__node *node, const char *kind, int compact, size_t *len);

/* The same bytes passed to sink(ctx, ...) through a buffer of
 * cp__json_stream_size bytes, in calls of exactly that size and the rest at
 * the end: the whole text is never held. Returns 0, ENOMEM, or the errno the
 * sink returned, after which it was not called again. */
int cp__json_write_stream(const cp__node *node, const char *kind, int compact, cp__buf_sink sink,
                          void *ctx);

#endif
