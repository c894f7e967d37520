/* Internal: a byte buffer that remembers failure. It grows to hold a whole
 * text, or, given a sink (cp__buf_init_stream), it is a fixed-size buffer
 * passed to the sink each time it fills. */
#ifndef CP_CORE_BUF_H
#define CP_CORE_BUF_H

#include <stddef.h>
#include <string.h>

/* Takes the len bytes at data (len >= 1): 0, or an errno value, after which
 * the buffer calls it no more. */
typedef int (*cp__buf_sink)(void *ctx, const char *data, size_t len);

typedef struct cp__buf {
    char *data; /* NUL-terminated after every append */
    size_t len, cap;
    int failed; /* an append ran out of memory or the sink failed; further appends are ignored */
    cp__buf_sink sink; /* NULL: the buffer grows */
    void *sink_ctx;
    int sink_errno; /* the sink's failure; 0 */
} cp__buf;

/* The slow path of cp__buf_append: grows, or fills and flushes. */
void cp__buf_append_slow(cp__buf *b, const char *s, size_t n);

/* Appends n bytes. A run is copied with one memcpy while it fits. */
static inline void cp__buf_append(cp__buf *b, const char *s, size_t n)
{
    if (b->cap - b->len > n) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        cp__buf_append_slow(b, s, n);
    }
}

static inline void cp__buf_puts(cp__buf *b, const char *s)
{
    cp__buf_append(b, s, strlen(s));
}

static inline void cp__buf_putc(cp__buf *b, char c)
{
    if (b->cap - b->len > 1) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
    } else {
        cp__buf_append_slow(b, &c, 1);
    }
}

/* Makes b an empty buffer of size bytes (at least 1) whose content goes to
 * sink(ctx, ...) in calls of exactly size bytes as it fills, and the rest at
 * cp__buf_flush(). 0, or ENOMEM (b->failed set). */
int cp__buf_init_stream(cp__buf *b, size_t size, cp__buf_sink sink, void *ctx);
/* Passes what a streaming buffer holds to its sink. 0, ENOMEM (the buffer
 * could not be made) or the errno the sink returned, now or before. */
int cp__buf_flush(cp__buf *b);
/* Returns the NUL-terminated data and leaves the buffer empty; NULL if failed. */
char *cp__buf_take(cp__buf *b, size_t *len);
void cp__buf_fini(cp__buf *b);

#endif
