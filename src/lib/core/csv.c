/* An RFC 4180 CSV reader and writer: see csv.h. */
#include "csv.h"

#include "../model/node.h"
#include "alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- reading ---- */

typedef struct reader {
    const char *p, *end, *start;
    int line, column; /* of the character at p */
    cp__csv *out;
    cp__buf field;
    cp__csv_row row;
    size_t row_cap;
    cp_error *err;
} reader;

static cp_status fail_here(reader *r, cp_status code, int line, int column, const char *what)
{
    cp__fail(r->err, code, NULL, "CSV line %d, column %d: %s", line, column, what);
    if (r->err) {
        r->err->line = line;
        r->err->column = column;
        r->err->position = (long)(r->p - r->start);
    }
    return code;
}

/* Length of the UTF-8 sequence at p, or 0 when it is not valid (or a NUL). */
static size_t char_len(const reader *r)
{
    unsigned char c = (unsigned char)*r->p;
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (c == 0 || n == 0 || n > (size_t)(r->end - r->p))
        return 0;
    return cp__utf8_valid(r->p, n) ? n : 0;
}

/* Moves past one character, copying it into the field when keep is set. */
static cp_status advance(reader *r, int keep)
{
    size_t n = char_len(r);
    if (!n)
        return fail_here(r, CP_EVALUE, r->line, r->column, "not valid UTF-8 text");
    if (keep)
        cp__buf_append(&r->field, r->p, n);
    if (*r->p == '\n' || (*r->p == '\r' && (r->p + 1 == r->end || r->p[1] != '\n'))) {
        r->line++;
        r->column = 1;
    } else if (*r->p != '\r') {
        r->column++;
    }
    r->p += n;
    return CP_OK;
}

static int at(const reader *r, char c)
{
    return r->p < r->end && *r->p == c;
}

static int at_record_end(const reader *r)
{
    return r->p == r->end || *r->p == '\n' || *r->p == '\r';
}

static cp_status end_field(reader *r, int line, int column)
{
    if (r->row.count == r->row_cap) {
        size_t cap = r->row_cap ? r->row_cap * 2 : 8;
        cp__csv_field *f = cp__realloc(r->row.fields, cap * sizeof *f);
        if (!f)
            return CP_ENOMEM;
        r->row.fields = f;
        r->row_cap = cap;
    }
    if (r->field.failed)
        return CP_ENOMEM;
    char *text = r->field.len ? cp__buf_take(&r->field, NULL) : cp__strdup("");
    if (!text)
        return CP_ENOMEM;
    r->row.fields[r->row.count++] = (cp__csv_field){text, line, column};
    return CP_OK;
}

static cp_status end_row(reader *r)
{
    cp__csv *t = r->out;
    if ((t->count & (t->count - 1)) == 0) { /* 0, 1, 2, 4...: grow to the next power of two */
        cp__csv_row *rows = cp__realloc(t->rows, (t->count ? t->count * 2 : 1) * sizeof *rows);
        if (!rows)
            return CP_ENOMEM;
        t->rows = rows;
    }
    t->rows[t->count++] = r->row;
    r->row = (cp__csv_row){0};
    r->row_cap = 0;
    return CP_OK;
}

static cp_status quoted_field(reader *r)
{
    int line = r->line, column = r->column;
    cp_status st = advance(r, 0); /* the opening quote */
    for (;;) {
        if (st != CP_OK)
            return st;
        if (r->p == r->end)
            return fail_here(r, CP_ESYNTAX, line, column, "a quoted field is never closed");
        if (at(r, '"')) {
            st = advance(r, 0);
            if (st != CP_OK || !at(r, '"'))
                break;
        }
        st = advance(r, 1);
    }
    if (st == CP_OK && !at_record_end(r) && !at(r, ','))
        return fail_here(r, CP_ESYNTAX, r->line, r->column,
                         "a closing quote must end its field (write a quote as \"\")");
    return st != CP_OK ? st : end_field(r, line, column);
}

static cp_status bare_field(reader *r)
{
    int line = r->line, column = r->column;
    while (!at_record_end(r) && !at(r, ',')) {
        if (at(r, '"'))
            return fail_here(r, CP_ESYNTAX, r->line, r->column,
                             "a quote inside a field that does not start with one");
        cp_status st = advance(r, 1);
        if (st != CP_OK)
            return st;
    }
    return end_field(r, line, column);
}

static cp_status record(reader *r)
{
    const char *begin = r->p;
    r->row.line = r->line;
    for (;;) {
        cp_status st = at(r, '"') ? quoted_field(r) : bare_field(r);
        if (st != CP_OK)
            return st;
        if (!at(r, ','))
            break;
        if ((st = advance(r, 0)) != CP_OK)
            return st;
    }
    int blank = r->p == begin;
    if (blank) { /* an empty line: no record */
        cp__free(r->row.fields[0].text);
        r->row.count = 0;
    }
    if (at(r, '\r')) /* CR, LF or CRLF: advance() counts the line once */
        advance(r, 0);
    if (at(r, '\n'))
        advance(r, 0);
    return blank ? CP_OK : end_row(r);
}

cp_status cp__csv_parse(const char *text, size_t len, cp__csv *out, cp_error *err)
{
    cp_error_clear(err);
    if (!text || !out)
        return cp__fail(err, CP_EINVAL, NULL, "text or output is NULL");
    reader r = {.p = text, .end = text + len, .start = text, .line = 1, .column = 1,
                .out = out, .err = err};
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        r.p += 3;
    cp_status st = CP_OK;
    while (st == CP_OK && r.p < r.end)
        st = record(&r);
    for (size_t i = 0; i < r.row.count; i++)
        cp__free(r.row.fields[i].text);
    cp__free(r.row.fields);
    cp__buf_fini(&r.field);
    if (st == CP_ENOMEM || r.field.failed)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return st;
}

void cp__csv_fini(cp__csv *csv)
{
    if (!csv)
        return;
    for (size_t i = 0; i < csv->count; i++) {
        for (size_t k = 0; k < csv->rows[i].count; k++)
            cp__free(csv->rows[i].fields[k].text);
        cp__free(csv->rows[i].fields);
    }
    cp__free(csv->rows);
    *csv = (cp__csv){0};
}

cp_status cp__csv_fail_at(cp_error *err, cp_status code, const cp__csv_field *f, const char *fmt,
                          ...)
{
    char what[CP_ERROR_MESSAGE_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    cp__fail(err, code, NULL, "CSV line %d, column %d: %s", f->line, f->column, what);
    if (err) {
        err->line = f->line;
        err->column = f->column;
    }
    return code;
}

/* ---- writing ---- */

/* Does the value match ^'*[=+\-@\t\r]: would a spreadsheet run it, or its unguarded form? */
static int needs_guard(const char *s)
{
    while (*s == '\'')
        s++;
    return *s && strchr("=+-@\t\r", *s) != NULL;
}

const char *cp__csv_unguard(const char *text)
{
    return text[0] == '\'' && needs_guard(text + 1) ? text + 1 : text;
}

void cp__csv_put(cp__buf *b, const char *value, int first)
{
    const char *v = value ? value : "";
    size_t n = strlen(v);
    int quote = strpbrk(v, ",\"\r\n") != NULL || (n && (v[0] == ' ' || v[n - 1] == ' '));
    if (!first)
        cp__buf_putc(b, ',');
    if (quote)
        cp__buf_putc(b, '"');
    if (needs_guard(v))
        cp__buf_putc(b, '\'');
    for (const char *q; (q = strchr(v, '"')) != NULL; v = q + 1) {
        cp__buf_append(b, v, (size_t)(q - v) + 1);
        cp__buf_putc(b, '"');
    }
    cp__buf_puts(b, v);
    if (quote)
        cp__buf_putc(b, '"');
}

void cp__csv_end_row(cp__buf *b)
{
    cp__buf_puts(b, "\r\n");
}
