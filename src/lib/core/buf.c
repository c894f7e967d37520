/* Growable byte buffer. */
#include "buf.h"

#include "alloc.h"

#include <string.h>

void cp__buf_append(cp__buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = cp__realloc(b->data, cap);
        if (!d) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void cp__buf_puts(cp__buf *b, const char *s)
{
    cp__buf_append(b, s, strlen(s));
}

void cp__buf_putc(cp__buf *b, char c)
{
    cp__buf_append(b, &c, 1);
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
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
