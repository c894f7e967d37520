/* JSON Pointers built lazily from a stack of frames. */
#include "path.h"

#include <stdint.h>
#include <stdio.h>

/* The frame of cp__path_push_cut: its address, never its text, is used. */
static const char cut_token[] = "";

void cp__path_init(cp__path *p)
{
    p->depth = p->built = p->len = p->cut = 0;
    p->str[0] = '\0';
}

static size_t push(cp__path *p, const char *key, size_t index)
{
    size_t mark = p->depth;
    if (p->depth < CP__PATH_FRAMES)
        p->frames[p->depth] = (cp__path_frame){key, index};
    p->depth++;
    return mark;
}

size_t cp__path_push(cp__path *p, const char *key)
{
    return push(p, key, 0);
}

size_t cp__path_push_index(cp__path *p, size_t index)
{
    return push(p, NULL, index);
}

size_t cp__path_push_cut(cp__path *p)
{
    return push(p, cut_token, 0);
}

void cp__path_pop(cp__path *p, size_t mark)
{
    p->depth = mark;
    if (p->built > mark) {
        p->built = mark;
        p->len = p->at[mark];
        p->str[p->len] = '\0';
        if (p->cut > mark)
            p->cut = 0;
    }
}

/* Appends "/token" escaped, if it fits whole; returns 0 if it does not. */
static int append(cp__path *p, const char *token)
{
    size_t cap = sizeof p->str - 1, n = p->len;
    if (n >= cap)
        return 0;
    p->str[n++] = '/';
    for (const char *s = token; *s; s++) {
        int esc = *s == '~' || *s == '/';
        if (n + 1 + (size_t)esc > cap)
            return 0;
        if (esc) {
            p->str[n++] = '~';
            p->str[n++] = *s == '~' ? '0' : '1';
        } else {
            p->str[n++] = *s;
        }
    }
    p->len = n;
    return 1;
}

const char *cp__path_str(cp__path *p)
{
    size_t n = p->depth < CP__PATH_FRAMES ? p->depth : CP__PATH_FRAMES;
    for (size_t i = p->built; i < n; i++) {
        p->at[i] = (unsigned short)p->len;
        if (p->cut)
            continue;
        const cp__path_frame *f = &p->frames[i];
        char digits[24];
        if (!f->key)
            snprintf(digits, sizeof digits, "%zu", f->index);
        if (f->key == cut_token || !append(p, f->key ? f->key : digits))
            p->cut = i + 1;
    }
    p->built = n;
    p->str[p->len] = '\0';
    return p->str;
}
