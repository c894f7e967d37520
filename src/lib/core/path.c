/* JSON Pointer building. */
#include "path.h"

#include <stdio.h>

size_t cp__path_push(cp__path *p, const char *token)
{
    size_t old = p->len, cap = sizeof p->buf - 1;
    if (p->len >= cap)
        return old; /* full: the pointer already ends at its last whole token */
    p->buf[p->len++] = '/';
    const char *s = token;
    for (; *s && p->len < cap; s++) {
        if (*s == '~' || *s == '/') {
            if (p->len + 2 > cap)
                break;
            p->buf[p->len++] = '~';
            p->buf[p->len++] = *s == '~' ? '0' : '1';
        } else {
            p->buf[p->len++] = *s;
        }
    }
    if (*s) {
        /* The token does not fit: leave it out, and nothing after it. */
        p->buf[old] = '\0';
        p->len = cap;
        return old;
    }
    p->buf[p->len] = '\0';
    return old;
}

size_t cp__path_push_index(cp__path *p, size_t index)
{
    char tok[24];
    snprintf(tok, sizeof tok, "%zu", index);
    return cp__path_push(p, tok);
}

void cp__path_pop(cp__path *p, size_t len)
{
    p->len = len;
    p->buf[len] = '\0';
}
