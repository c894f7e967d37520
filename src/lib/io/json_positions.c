/*
 * cp_diagnostics_locate: the line and column of each diagnostic's JSON
 * Pointer in the text, with one scan for the whole list (json_locate.c).
 */
#include "../core/alloc.h"
#include "../core/diagnostic_place.h"
#include "json_locate.h"

#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A diagnostic's index and the offset it is placed at. */
typedef struct placed {
    size_t at;
    size_t index;
} placed;

static int cmp_placed(const void *a, const void *b)
{
    size_t x = ((const placed *)a)->at, y = ((const placed *)b)->at;
    return x < y ? -1 : x > y;
}

/* Every prefix of every path ("/a/b" gives "", "/a", "/a/b"), sorted,
 * without repeats; their count in *n. NULL when out of memory. */
static char **prefixes(const cp_diagnostics *list, size_t *n)
{
    size_t cap = 0, count = cp_diagnostics_count(list);
    for (size_t i = 0; i < count; i++) {
        const char *p = cp_diagnostic_path(cp_diagnostics_at(list, i));
        cap++;
        for (; *p; p++)
            cap += *p == '/';
    }
    char **out = cp__calloc(cap ? cap : 1, sizeof *out);
    size_t k = 0;
    for (size_t i = 0; out && i < count; i++) {
        const char *p = cp_diagnostic_path(cp_diagnostics_at(list, i));
        size_t len = strlen(p);
        for (size_t j = 0; j <= len; j++) {
            if (j < len && p[j] != '/')
                continue;
            if (!(out[k] = cp__strndup(p, j)))
                goto fail;
            k++;
        }
    }
    if (!out)
        return NULL;
    qsort(out, k, sizeof *out, cmp_str);
    size_t m = 0;
    for (size_t i = 0; i < k; i++) {
        if (m > 0 && strcmp(out[m - 1], out[i]) == 0)
            cp__free(out[i]);
        else
            out[m++] = out[i];
    }
    *n = m;
    return out;
fail:
    for (size_t i = 0; i < k; i++)
        cp__free(out[i]);
    cp__free(out);
    return NULL;
}

/* The offset of the longest prefix of path that the text holds. */
static size_t nearest(const char *path, char **keys, size_t n, const size_t *offsets)
{
    size_t len = strlen(path);
    char *p = cp__strndup(path, len);
    size_t at = CP__NO_OFFSET;
    while (p && at == CP__NO_OFFSET) {
        char **hit = bsearch(&p, keys, n, sizeof *keys, cmp_str);
        if (hit)
            at = offsets[hit - keys];
        char *slash = strrchr(p, '/');
        if (!slash)
            break;
        *slash = '\0';
    }
    cp__free(p);
    return at;
}

cp_status cp_diagnostics_locate(cp_diagnostics *list, const char *json, size_t len)
{
    size_t count = cp_diagnostics_count(list);
    if (!json && len)
        return CP_EINVAL;
    if (count == 0 || !json)
        return CP_OK;
    size_t n = 0;
    char **keys = prefixes(list, &n);
    size_t *offsets = cp__calloc(n ? n : 1, sizeof *offsets);
    placed *order = cp__calloc(count, sizeof *order);
    cp_status st = keys && offsets && order ? CP_OK : CP_ENOMEM;
    if (st == CP_OK) {
        cp__json_offsets(json, len, (const char *const *)keys, n, offsets);
        for (size_t i = 0; i < count; i++) {
            order[i].at = nearest(cp_diagnostic_path(cp_diagnostics_at(list, i)), keys, n,
                                  offsets);
            order[i].index = i;
        }
        /* Lines and columns in one pass over the text, in offset order. */
        qsort(order, count, sizeof *order, cmp_placed);
        /* Everything before pos is counted: its line, and the characters
         * since that line's start. The offsets only grow, so each byte is
         * looked at once: whole lines are passed with memchr, and only the
         * line a diagnostic is on is counted (in characters, not bytes:
         * UTF-8 continuation bytes are not counted), from where the last
         * count on it stopped, so that a one-line document with many
         * diagnostics is not counted again for each. */
        int line = 1, before = 0;
        size_t pos = 0;
        for (size_t k = 0; k < count && order[k].at != CP__NO_OFFSET; k++) {
            size_t at = order[k].at < len ? order[k].at : len;
            const char *nl;
            while (pos < at && (nl = memchr(json + pos, '\n', at - pos)) != NULL) {
                line++;
                before = 0;
                pos = (size_t)(nl - json) + 1;
            }
            for (; pos < at; pos++)
                before += ((unsigned char)json[pos] & 0xC0) != 0x80;
            cp__diagnostic_place(list, order[k].index, line, before + 1);
        }
    }
    for (size_t i = 0; keys && i < n; i++)
        cp__free(keys[i]);
    cp__free(keys);
    cp__free(offsets);
    cp__free(order);
    return st;
}
