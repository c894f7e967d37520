/* Byte buffer: growing, or streaming to a sink. */
#include "buf.h"

#include "alloc.h"

#include <errno.h>

/* Stops the buffer: the fast path of an append finds no room, the slow path
 * sees `failed`. */
static void fail(cp__buf *b, int sink_errno)
{
    b->failed = 1;
    b->sink_errno = sink_errno;
    b->cap = b->len;
}

int cp__buf_flush(cp__buf *b)
{
    if (b->failed)
        return b->sink_errno ? b->sink_errno : ENOMEM;
    if (!b->sink || b->len == 0)
        return 0;
    int rc = b->sink(b->sink_ctx, b->data, b->len);
    if (rc != 0) {
        fail(b, rc);
        return rc;
    }
    b->len = 0;
    b->data[0] = '\0';
    return 0;
}

/* Fills the buffer, passing it to the sink each time it is full. */
static void stream_append(cp__buf *b, const char *s, size_t n)
{
    size_t size = b->cap - 1;
    while (n > 0) {
        if (b->len == size && cp__buf_flush(b) != 0)
            return;
        size_t k = size - b->len < n ? size - b->len : n;
        memcpy(b->data + b->len, s, k);
        b->len += k;
        s += k;
        n -= k;
    }
    b->data[b->len] = '\0';
}

void cp__buf_append_slow(cp__buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->sink) {
        stream_append(b, s, n);
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = cp__realloc(b->data, cap);
        if (!d) {
            fail(b, 0);
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

int cp__buf_init_stream(cp__buf *b, size_t size, cp__buf_sink sink, void *ctx)
{
    memset(b, 0, sizeof *b);
    b->sink = sink;
    b->sink_ctx = ctx;
    b->data = cp__malloc((size ? size : 1) + 1);
    if (!b->data) {
        fail(b, 0);
        return ENOMEM;
    }
    b->cap = (size ? size : 1) + 1;
    b->data[0] = '\0';
    return 0;
}

char *cp__buf_take(cp__buf *b, size_t *len)
{
    if (b->failed || !b->data) {
        if (!b->failed)
            cp__buf_append(b, "", 0);
        if (b->failed) {
            cp__buf_fini(b);
            return NULL;
        }
    }
    char *d = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void cp__buf_fini(cp__buf *b)
{
    cp__free(b->data);
    memset(b, 0, sizeof *b);
}
