/*
 * A JSON scanner that tracks the JSON Pointer of the value it is in. The
 * loader uses it where jansson reports an error by position only: nesting
 * deeper than jansson's own limit, and a \u0000 in a string or key.
 */
#include "json_locate.h"

#include "../core/alloc.h"
#include "../core/error.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct frame {
    int object;     /* 1 object, 0 array */
    size_t index;   /* next array index */
    size_t mark;    /* path mark before this container's member token */
    size_t kept;    /* keys' length before it */
    int has_member; /* a member token is pushed */
} frame;

/* Appends the UTF-8 encoding of code point cp to out (room checked). */
static size_t put_utf8(char *out, size_t n, size_t cap, unsigned long cp)
{
    unsigned char b[4];
    size_t k;
    if (cp < 0x80) {
        b[0] = (unsigned char)cp;
        k = 1;
    } else if (cp < 0x800) {
        b[0] = (unsigned char)(0xC0 | (cp >> 6));
        b[1] = (unsigned char)(0x80 | (cp & 0x3F));
        k = 2;
    } else if (cp < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (cp >> 12));
        b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (cp & 0x3F));
        k = 3;
    } else {
        b[0] = (unsigned char)(0xF0 | (cp >> 18));
        b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (unsigned char)(0x80 | (cp & 0x3F));
        k = 4;
    }
    for (size_t i = 0; i < k && n < cap; i++)
        out[n++] = (char)b[i];
    return n;
}

static unsigned long hex4(const char *s, size_t i, size_t len)
{
    unsigned long v = 0;
    for (size_t k = 0; k < 4; k++) {
        if (i + k >= len)
            return 0;
        char c = s[i + k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned long)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned long)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned long)(c - 'A' + 10);
    }
    return v;
}

/* Skips the string starting at text[i] == '"'; returns the offset of its
 * closing quote (or len). With out, decodes it there (NUL-terminated,
 * truncated to cap - 1 bytes; a \u0000 ends it). */
static size_t scan_string(const char *text, size_t len, size_t i, char *out, size_t cap)
{
    if (!out) { /* skipped: the next quote not escaped by an odd run of backslashes */
        for (size_t from = i + 1; from < len;) {
            const char *q = memchr(text + from, '"', len - from);
            if (!q)
                break;
            size_t at = (size_t)(q - text), run = 0;
            while (at - run - 1 > i && text[at - run - 1] == '\\')
                run++;
            if (run % 2 == 0)
                return at;
            from = at + 1;
        }
        return len;
    }
    size_t n = 0;
    for (i++; i < len && text[i] != '"'; i++) {
        if (text[i] != '\\') {
            if (out && n < cap - 1)
                out[n++] = text[i];
            continue;
        }
        if (++i >= len)
            break;
        char e = text[i];
        unsigned long cp = (unsigned char)e;
        if (e == 'u') {
            cp = hex4(text, i + 1, len);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < len && text[i + 1] == '\\' &&
                text[i + 2] == 'u') {
                unsigned long lo = hex4(text, i + 3, len);
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
        } else {
            const char *from = "bfnrt", *to = "\b\f\n\r\t";
            const char *p = strchr(from, e);
            if (p && e)
                cp = (unsigned char)to[p - from];
        }
        if (out)
            n = put_utf8(out, n, cap - 1, cp);
    }
    if (out)
        out[n] = '\0';
    return i;
}

static int is_delimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Inside a value that starts at `from` and ends at `to` (inclusive)? */
static int holds(size_t from, size_t to, size_t stop)
{
    return stop >= from && stop <= to;
}

/* Called at the first byte `at` of every value, its pointer in path:
 * returns VISIT_ON, VISIT_STOP (the scan stops) or VISIT_SKIP (the value's
 * members and items, if any, are not visited). */
typedef int (*visit_fn)(void *ctx, cp__path *path, size_t at);
enum { VISIT_ON, VISIT_STOP, VISIT_SKIP };

static cp__locate_result scan(const char *text, size_t len, size_t max_depth, size_t stop,
                              cp__path *path, size_t *at, visit_fn visit, void *ctx)
{
    size_t cap = (max_depth < JSON_PARSER_MAX_DEPTH ? max_depth : JSON_PARSER_MAX_DEPTH) + 1;
    frame *frames = cp__calloc(cap, sizeof *frames);
    size_t depth = 0;
    int want_key = 0;
    char key[CP_ERROR_PATH_SIZE];
    /* The member keys on the path (a frame points into it until popped),
     * each with its NUL. A key takes at least its length + 1 characters of
     * the pointer ("/" and the key), so one that does not fit here does not
     * fit in the pointer either. */
    char keys[CP_ERROR_PATH_SIZE];
    size_t kept = 0;
    size_t quiet = 0; /* not 0: no visits at this depth and deeper (VISIT_SKIP) */
    int skip = 0;
    cp__locate_result result = CP__LOCATE_NONE;
    cp__path_init(path);
    for (size_t i = 0; frames && i < len && result == CP__LOCATE_NONE; i++) {
        char c = text[i];
        frame *top = depth > 0 ? &frames[depth - 1] : NULL;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':')
            continue;
        if (c == ',' || c == '}' || c == ']') {
            if (!top)
                break;
            cp__path_pop(path, top->mark);
            kept = top->kept;
            top->has_member = 0;
            top->index++;
            want_key = c == ',' && top->object;
            if (c != ',')
                depth--;
            if (depth < quiet)
                quiet = 0;
            continue;
        }
        if (top && top->object && want_key) {
            /* Where nothing is visited (quiet) no pointer is needed: the
             * key is skipped, not decoded, and nothing is pushed. */
            size_t end = scan_string(text, len, i, quiet ? NULL : key, quiet ? 0 : sizeof key);
            if (holds(i, end, stop)) {
                *at = i;
                result = CP__LOCATE_STOP;
                break;
            }
            size_t n = quiet ? 0 : strlen(key) + 1;
            if (!quiet && n <= sizeof keys - kept) {
                memcpy(keys + kept, key, n);
                cp__path_push(path, keys + kept);
                kept += n;
            } else if (!quiet) {
                cp__path_push_cut(path);
            }
            top->has_member = 1;
            want_key = 0;
            i = end;
            continue;
        }
        /* A value starts at i. */
        if (top && !top->object && !top->has_member) {
            if (!quiet)
                cp__path_push_index(path, top->index);
            top->has_member = 1;
        }
        if (visit && !quiet && (skip = visit(ctx, path, i)) == VISIT_STOP)
            break;
        size_t end = i;
        if (c == '{' || c == '[') {
            if (depth + 1 > max_depth || i == stop) {
                *at = i;
                result = depth + 1 > max_depth ? CP__LOCATE_DEEP : CP__LOCATE_STOP;
                break;
            }
            if (depth + 1 >= cap)
                break;
            frame *f = &frames[depth++];
            f->object = c == '{';
            f->index = 0;
            f->mark = cp__path_mark(path);
            f->kept = kept;
            f->has_member = 0;
            want_key = f->object;
            if (skip == VISIT_SKIP && !quiet)
                quiet = depth;
            skip = VISIT_ON;
            continue;
        }
        if (c == '"') {
            end = scan_string(text, len, i, NULL, 0);
        } else {
            while (end + 1 < len && !is_delimiter(text[end + 1]))
                end++;
        }
        if (holds(i, end, stop)) {
            *at = i;
            result = CP__LOCATE_STOP;
        }
        i = end;
    }
    cp__free(frames);
    /* The key frames point into `keys`: build the string while it lives (the
     * caller only reads it). */
    cp__path_str(path);
    return result;
}

cp__locate_result cp__json_locate(const char *text, size_t len, size_t max_depth, size_t stop,
                                  cp__path *path, size_t *at)
{
    return scan(text, len, max_depth, stop, path, at, NULL, NULL);
}

struct offsets_ctx {
    const char *const *pointers; /* sorted by strcmp */
    size_t n;
    size_t *offsets;
    size_t left; /* pointers not yet found */
};

static int cmp_pointer(const void *key, const void *item)
{
    return strcmp((const char *)key, *(const char *const *)item);
}

/* The pointers include every prefix of each one (json_positions.c), so a
 * value whose pointer is not among them holds none of them: its members and
 * items are not visited (most of a caseload, where a few of its objects
 * have a diagnostic). */
static int offsets_visit(void *p, cp__path *path, size_t at)
{
    struct offsets_ctx *c = p;
    const char *const *hit = bsearch(cp__path_str(path), c->pointers, c->n, sizeof *c->pointers,
                                     cmp_pointer);
    if (!hit)
        return VISIT_SKIP;
    if (c->offsets[hit - c->pointers] == CP__NO_OFFSET) {
        c->offsets[hit - c->pointers] = at;
        c->left--;
    }
    return c->left == 0 ? VISIT_STOP : VISIT_ON;
}

void cp__json_offsets(const char *text, size_t len, const char *const *pointers, size_t n,
                      size_t *offsets)
{
    for (size_t i = 0; i < n; i++)
        offsets[i] = CP__NO_OFFSET;
    if (n == 0)
        return;
    struct offsets_ctx c = {pointers, n, offsets, n};
    cp__path path;
    size_t at = 0;
    scan(text, len, (size_t)-1, (size_t)-1, &path, &at, offsets_visit, &c);
}

void cp__text_line_column(const char *text, size_t at, int *line, int *before)
{
    int l = 1, b = 0;
    for (size_t i = 0; i < at; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n') {
            l++;
            b = 0;
        } else if ((ch & 0xC0) != 0x80) {
            b++;
        }
    }
    *line = l;
    *before = b;
}

/* Sets the line, column (1-based, of the value's first character) and
 * offset of the value at `at`. */
static void place(cp_error *err, const char *text, size_t at)
{
    if (!err)
        return;
    int line, before;
    cp__text_line_column(text, at, &line, &before);
    err->line = line;
    err->column = before + 1;
    err->position = (long)at;
}

cp_status cp__json_depth_error(const char *text, size_t len, size_t max_depth, cp_error *err)
{
    cp__path path;
    size_t at = 0;
    if (cp__json_locate(text, len, max_depth, (size_t)-1, &path, &at) != CP__LOCATE_DEEP)
        return CP_OK;
    cp__fail(err, CP_ELIMIT, cp__path_str(&path), "nesting deeper than the limit of %zu", max_depth);
    place(err, text, at);
    return CP_ELIMIT;
}

cp_status cp__json_nul_error(const char *text, size_t len, size_t stop, int in_key, cp_error *err)
{
    cp__path path;
    size_t at = 0;
    if (cp__json_locate(text, len, (size_t)-1, stop, &path, &at) != CP__LOCATE_STOP)
        return CP_OK;
    cp__fail(err, CP_EVALUE, cp__path_str(&path), "%s contains the NUL character \\u0000, which is not allowed",
             in_key ? "a key" : "a string");
    place(err, text, at);
    return CP_EVALUE;
}

/* Whether jansson stopped because an allocation failed. It says so itself
 * only sometimes (json_error_out_of_memory). Otherwise: jansson sets a
 * message for every fault it finds in the text (the first one set wins), so
 * a failure with no message is an allocation that failed; and a string
 * token is refused where a string is welcome — as a value ("invalid token")
 * or as a key ("string or '}' expected") — only when the copy of its value
 * could not be allocated, since every malformed string has been reported by
 * then in its own words. jansson adds "near '<the token>'" when the token
 * is at most 20 bytes; a longer one gets no context, its position then
 * just after the closing quote. */
int cp__jansson_out_of_memory(const char *json, size_t len, const json_error_t *je)
{
    enum json_error_code code = json_error_code(je);
    if (code == json_error_out_of_memory || je->text[0] == '\0')
        return 1;
    if (code != json_error_invalid_syntax)
        return 0;
    /* The two places a string token is welcome: a value, and a key. */
    const char *rest;
    if (strncmp(je->text, "invalid token", 13) == 0)
        rest = je->text + 13;
    else if (strncmp(je->text, "string or '}' expected", 22) == 0)
        rest = je->text + 22;
    else
        return 0;
    if (strncmp(rest, " near '\"", 8) == 0)
        return 1;
    size_t at = je->position > 0 ? (size_t)je->position : 0;
    return rest[0] == '\0' && at > 0 && at <= len && json[at - 1] == '"';
}
