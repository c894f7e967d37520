/*
 * JSON Lines reader (include/careerplan/jsonl.h): one line in memory, one
 * client at a time; errors name the line.
 *
 * SPDX-License-Identifier: MIT
 */
#include "../core/alloc.h"
#include "../core/diagnostic_place.h"
#include "../core/error.h"

#include <careerplan/jsonl.h>

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

/* Bytes read from the stream at a time. */
#define READ_CHUNK 65536u

struct cp_jsonl_reader {
    FILE *fp;
    int owns_fp;
    cp_load_options opts;      /* opts.warnings: the reader's own list (see next()) */
    cp_diagnostics *warnings;  /* the caller's list, or NULL */
    char *line;                /* the current line, NUL-terminated */
    size_t len, cap;
    char *chunk;               /* bytes read and not yet consumed: chunk[pos..end) */
    size_t pos, end;
    long lineno;
    uint64_t bytes;
    int at_end;                /* the stream is exhausted (or failed) */
};

cp_status cp_jsonl_reader_open_file(FILE *fp, const cp_load_options *opts, cp_jsonl_reader **out,
                                    cp_error *err)
{
    if (cp__need(err, fp && out, "stream or output is NULL") != CP_OK)
        return CP_EINVAL;
    *out = NULL;
    if (opts && opts->version != CP_LOAD_OPTIONS_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "unknown load options version %u", opts->version);
    cp_jsonl_reader *r = cp__calloc(1, sizeof *r);
    if (!r || !(r->chunk = cp__malloc(READ_CHUNK))) {
        cp__free(r);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    cp_load_options defaults = CP_LOAD_OPTIONS_INIT;
    r->opts = opts ? *opts : defaults;
    r->warnings = r->opts.warnings;
    r->opts.warnings = NULL;
    if (r->warnings && !(r->opts.warnings = cp_diagnostics_new())) {
        cp_jsonl_reader_free(r);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    r->fp = fp;
    *out = r;
    return CP_OK;
}

cp_status cp_jsonl_reader_open_path(const char *path, const cp_load_options *opts,
                                    cp_jsonl_reader **out, cp_error *err)
{
    if (cp__need(err, path && out, "path or output is NULL") != CP_OK)
        return CP_EINVAL;
    *out = NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cp__fail(err, CP_EIO, NULL, "cannot open %s: %s", path, strerror(errno));
    cp_status st = cp_jsonl_reader_open_file(fp, opts, out, err);
    if (st != CP_OK) {
        fclose(fp);
        return st;
    }
    (*out)->owns_fp = 1;
    return CP_OK;
}

void cp_jsonl_reader_free(cp_jsonl_reader *r)
{
    if (!r)
        return;
    if (r->owns_fp)
        fclose(r->fp);
    cp_diagnostics_free(r->opts.warnings);
    cp__free(r->line);
    cp__free(r->chunk);
    cp__free(r);
}

long cp_jsonl_reader_line(const cp_jsonl_reader *r)
{
    return r ? r->lineno : 0;
}

uint64_t cp_jsonl_reader_bytes(const cp_jsonl_reader *r)
{
    return r ? r->bytes : 0;
}

/* Appends n bytes to the line, growing its buffer by doubling. */
static int append(cp_jsonl_reader *r, const char *p, size_t n)
{
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->len + n + 1)
            cap *= 2;
        char *bigger = cp__realloc(r->line, cap);
        if (!bigger)
            return -1;
        r->line = bigger;
        r->cap = cap;
    }
    memcpy(r->line + r->len, p, n);
    r->len += n;
    return 0;
}

static int is_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
            return 0;
    }
    return 1;
}

/* Reads one physical line into r->line (its LF removed): 1 when a line was
 * read, 0 at the end of the input, or -(status) on failure. *overlong is set
 * when the line (its CR excluded) is longer than max_size: its bytes past
 * the limit are read and dropped. */
static int read_line(cp_jsonl_reader *r, int *overlong, cp_error *err)
{
    size_t max = r->opts.max_size;
    int any = 0;
    r->len = 0;
    *overlong = 0;
    for (;;) {
        if (r->pos == r->end) {
            if (r->at_end)
                break;
            r->pos = 0;
            r->end = fread(r->chunk, 1, READ_CHUNK, r->fp);
            if (r->end == 0) {
                r->at_end = 1;
                if (ferror(r->fp))
                    return -(int)cp__fail(err, CP_EIO, NULL, "line %ld: read failed: %s",
                                          r->lineno + 1, strerror(errno));
                break;
            }
        }
        any = 1;
        const char *start = r->chunk + r->pos;
        size_t avail = r->end - r->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t n = nl ? (size_t)(nl - start) : avail;
        r->pos += n + (nl != NULL);
        r->bytes += n + (nl != NULL);
        /* room for max_size bytes and a CR that ends the line */
        size_t limit = max == SIZE_MAX ? max : max + 1;
        if (!*overlong && n > limit - r->len) {
            *overlong = 1;
            r->len = 0;
        }
        if (!*overlong && append(r, start, n) != 0)
            return -(int)cp__fail(err, CP_ENOMEM, NULL, "out of memory");
        if (nl)
            break;
    }
    if (!any)
        return 0;
    if (!*overlong && r->len > 0 && r->line[r->len - 1] == '\r')
        r->len--;
    if (!*overlong && r->len > max) {
        *overlong = 1;
        r->len = 0;
    }
    if (!*overlong && !r->line && append(r, "", 0) != 0)
        return -(int)cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (r->line)
        r->line[r->len] = '\0';
    r->lineno++;
    return 1;
}

cp_status cp_jsonl_reader_next_line(cp_jsonl_reader *r, const char **text, size_t *len,
                                    cp_error *err)
{
    if (cp__need(err, r && text && len, "reader or output is NULL") != CP_OK)
        return CP_EINVAL;
    *text = NULL;
    *len = 0;
    for (;;) {
        int overlong = 0;
        int got = read_line(r, &overlong, err);
        if (got < 0)
            return (cp_status)-got;
        if (got == 0)
            return CP_OK;
        if (overlong) {
            cp_status st = cp__fail(err, CP_ELIMIT, NULL,
                                    "line %ld: longer than the limit of %zu bytes", r->lineno,
                                    r->opts.max_size);
            if (err) {
                err->line = r->lineno > INT_MAX ? INT_MAX : (int)r->lineno;
                err->column = r->opts.max_size >= INT_MAX ? INT_MAX : (int)r->opts.max_size + 1;
            }
            return st;
        }
        if (!is_blank(r->line, r->len)) {
            *text = r->line;
            *len = r->len;
            return CP_OK;
        }
    }
}

/* The column (from 1) of the value at path in the line's text; 0 when it
 * cannot be placed. */
static int column_of(const char *text, size_t len, const char *path)
{
    cp_diagnostics *one = cp_diagnostics_new();
    int column = 0;
    if (one && cp_diagnostics_add(one, CP_SEVERITY_ERROR, "x", path, "x") == CP_OK &&
        cp_diagnostics_locate(one, text, len) == CP_OK)
        column = cp_diagnostic_column(cp_diagnostics_at(one, 0));
    cp_diagnostics_free(one);
    return column;
}

/* Rewrites the error of a line's load to name the line. */
static cp_status name_line(const cp_jsonl_reader *r, const cp_error *e, cp_error *err)
{
    int line = r->lineno > INT_MAX ? INT_MAX : (int)r->lineno;
    int column = e->line > 0 ? e->column : column_of(r->line, r->len, e->path);
    long position = e->position;
    cp_status st = cp__fail(err, e->code, e->path, "line %ld: %s", r->lineno,
                            e->message[0] ? e->message : cp_status_string(e->code));
    if (err) {
        err->line = line;
        err->column = column;
        err->position = position;
    }
    return st;
}

/* Moves the warnings of the line just loaded to the caller's list, placed
 * at the line's number and their column in it. */
static cp_status pass_warnings(cp_jsonl_reader *r, cp_error *err)
{
    cp_diagnostics *mine = r->opts.warnings;
    size_t n = cp_diagnostics_count(mine);
    if (n == 0)
        return CP_OK;
    cp_status st = cp_diagnostics_locate(mine, r->line, r->len);
    int line = r->lineno > INT_MAX ? INT_MAX : (int)r->lineno;
    for (size_t i = 0; i < n && st == CP_OK; i++) {
        const cp_diagnostic *d = cp_diagnostics_at(mine, i);
        st = cp_diagnostics_add(r->warnings, cp_diagnostic_severity(d), cp_diagnostic_code(d),
                                cp_diagnostic_path(d), cp_diagnostic_message(d));
        if (st == CP_OK)
            cp__diagnostic_place(r->warnings, cp_diagnostics_count(r->warnings) - 1, line,
                                 cp_diagnostic_column(d));
    }
    cp_diagnostics_clear(mine);
    return st == CP_OK ? CP_OK : cp__fail(err, CP_ENOMEM, NULL, "out of memory");
}

cp_status cp_jsonl_reader_next(cp_jsonl_reader *r, cp_client **out, cp_error *err)
{
    if (cp__need(err, r && out, "reader or output is NULL") != CP_OK)
        return CP_EINVAL;
    *out = NULL;
    const char *text = NULL;
    size_t len = 0;
    cp_status st = cp_jsonl_reader_next_line(r, &text, &len, err);
    if (st != CP_OK || !text)
        return st;
    cp_error e;
    cp_error_clear(&e);
    cp_client *c = NULL;
    st = cp_client_load_string(text, len, &r->opts, &c, &e);
    if (st != CP_OK) {
        cp_diagnostics_clear(r->opts.warnings);
        return name_line(r, &e, err);
    }
    if ((st = pass_warnings(r, err)) != CP_OK) {
        cp_client_free(c);
        return st;
    }
    *out = c;
    return CP_OK;
}

cp_status cp_jsonl_for_each(const char *path, const cp_load_options *opts, cp_jsonl_client_fn fn,
                            void *ctx, cp_error *err)
{
    if (cp__need(err, path && fn, "path or function is NULL") != CP_OK)
        return CP_EINVAL;
    cp_jsonl_reader *r = NULL;
    cp_status st = cp_jsonl_reader_open_path(path, opts, &r, err);
    while (st == CP_OK) {
        cp_client *c = NULL;
        if ((st = cp_jsonl_reader_next(r, &c, err)) != CP_OK || !c)
            break;
        st = fn(c, r->lineno, ctx);
        cp_client_free(c);
    }
    cp_jsonl_reader_free(r);
    return st;
}

cp_status cp_jsonl_read_caseload(FILE *fp, const cp_load_options *opts, cp_caseload **out,
                                 cp_error *err)
{
    if (cp__need(err, fp && out, "stream or output is NULL") != CP_OK)
        return CP_EINVAL;
    *out = NULL;
    cp_jsonl_reader *r = NULL;
    cp_caseload *cl = NULL;
    cp_status st = cp_jsonl_reader_open_file(fp, opts, &r, err);
    if (st == CP_OK)
        st = cp_caseload_new(&cl, err);
    while (st == CP_OK) {
        cp_client *c = NULL;
        if ((st = cp_jsonl_reader_next(r, &c, err)) != CP_OK || !c)
            break;
        cp_error e;
        cp_error_clear(&e);
        if ((st = cp_caseload_adopt_client(cl, c, &e)) != CP_OK) {
            cp_client_free(c);
            st = name_line(r, &e, err);
        }
    }
    cp_jsonl_reader_free(r);
    if (st != CP_OK) {
        cp_caseload_free(cl);
        return st;
    }
    *out = cl;
    return CP_OK;
}
