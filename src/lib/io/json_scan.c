/* The scanning window (json_scan.h). */
#include "json_scan.h"

#include "../core/alloc.h"

#include <stddef.h>
#include <string.h>

/* The first block read from a stream; the window doubles when one value
 * does not fit (a client larger than the window). */
#define CP__WINDOW_BLOCK ((size_t)1 << 20)

void cp__window_text(cp__window *w, const char *text, size_t len)
{
    memset(w, 0, sizeof *w);
    w->buf = (char *)text;
    w->len = len;
    w->cap = len;
    w->max = len;
    w->eof = 1;
}

void cp__window_stream(cp__window *w, FILE *fp, size_t max)
{
    memset(w, 0, sizeof *w);
    w->fp = fp;
    w->max = max;
}

void cp__window_fini(cp__window *w)
{
    if (w->fp)
        cp__free(w->buf);
    memset(w, 0, sizeof *w);
}

/* Drops the bytes before `keep`, makes room and reads one more block. */
static int refill(cp__window *w)
{
    if (w->eof || w->failed)
        return 0;
    size_t drop = w->keep - w->base;
    if (drop) {
        memmove(w->buf, w->buf + drop, w->len - drop);
        w->base += drop;
        w->len -= drop;
    }
    if (w->cap - w->len < CP__WINDOW_BLOCK / 2) {
        size_t cap = w->cap ? w->cap * 2 : CP__WINDOW_BLOCK;
        char *b = cp__realloc(w->buf, cap);
        if (!b) {
            w->failed = w->oom = 1;
            return 0;
        }
        w->buf = b;
        w->cap = cap;
    }
    size_t n = fread(w->buf + w->len, 1, w->cap - w->len, w->fp);
    w->len += n;
    if (n == 0) {
        if (ferror(w->fp))
            w->failed = 1;
        w->eof = 1;
        return 0;
    }
    if (w->base + w->len > w->max) {
        w->failed = 1;
        return 0;
    }
    return 1;
}

int cp__window_byte(cp__window *w, size_t at)
{
    while (at >= w->base + w->len)
        if (!refill(w))
            return -1;
    return (unsigned char)w->buf[at - w->base];
}

const char *cp__window_at(const cp__window *w, size_t from)
{
    return w->buf + (from - w->base);
}

static int is_space(int ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

size_t cp__scan_space(cp__window *w, size_t at)
{
    while (is_space(cp__window_byte(w, at)))
        at++;
    return at;
}

/* The string whose opening quote is at `open`: sets *end just after its
 * closing quote. Most of a document's bytes are in strings, so the quotes
 * are found with memchr(), and a quote is the closing one when an even
 * number of backslashes precedes it (all of the string is in the window:
 * the caller's keep mark is at or before `open`). */
static int scan_string(cp__window *w, size_t open, size_t *end)
{
    size_t at = open + 1;
    for (;;) {
        if (cp__window_byte(w, at) < 0)
            return CP__SCAN_BAD;
        const char *p = w->buf + (at - w->base), *stop = w->buf + w->len;
        const char *q = memchr(p, '"', (size_t)(stop - p));
        if (!q) {
            at = w->base + w->len; /* read on */
            continue;
        }
        const char *first = w->buf + (open + 1 - w->base);
        size_t slashes = 0;
        while (q - slashes > first && q[-(ptrdiff_t)slashes - 1] == '\\')
            slashes++;
        at = (size_t)(q - w->buf) + w->base + 1;
        if (slashes % 2 == 0) {
            *end = at;
            return CP__SCAN_OK;
        }
    }
}

/* Bytes that matter between strings inside an object or array. */
static const unsigned char structural[256] = {
    ['"'] = 1, ['{'] = 2, ['['] = 2, ['}'] = 3, [']'] = 3,
};

int cp__scan_value(cp__window *w, size_t at, size_t *end)
{
    int ch = cp__window_byte(w, at);
    if (ch < 0)
        return CP__SCAN_BAD;
    if (ch == '"')
        return scan_string(w, at, end);
    if (ch == '{' || ch == '[') {
        size_t depth = 0;
        for (;;) {
            if (cp__window_byte(w, at) < 0)
                return CP__SCAN_BAD;
            /* Brackets outside strings, through the bytes in the window. */
            const unsigned char *p = (const unsigned char *)w->buf + (at - w->base),
                                *stop = (const unsigned char *)w->buf + w->len;
            for (; p < stop; p++) {
                unsigned char k = structural[*p];
                if (!k)
                    continue;
                if (k == 1)
                    break;
                if (k == 2) {
                    depth++;
                } else if (--depth == 0) {
                    *end = (size_t)(p - (const unsigned char *)w->buf) + w->base + 1;
                    return CP__SCAN_OK;
                }
            }
            at = (size_t)(p - (const unsigned char *)w->buf) + w->base;
            if (p < stop && scan_string(w, at, &at) != CP__SCAN_OK)
                return CP__SCAN_BAD;
        }
    }
    if (ch == '}' || ch == ']' || ch == ',' || ch == ':' || is_space(ch))
        return CP__SCAN_BAD;
    /* A number or a literal: up to the next delimiter or the end. */
    while ((ch = cp__window_byte(w, at)) >= 0 && !is_space(ch) && !strchr(",:]}[{\"", ch) && ch)
        at++;
    *end = at;
    return w->failed ? CP__SCAN_BAD : CP__SCAN_OK;
}
