/*
 * careerplan command-line tool — output for people: columns aligned by the
 * width the text takes on a terminal, enumeration names in words.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct cli_table {
    size_t ncols;
    size_t nrows, cap;
    char **cells;    /* nrows * ncols; a line has its text in column 0 only */
    int *line;       /* per row: 1 for a line printed as it is */
    size_t *widths;  /* per column: the widest cell of the rows */
};

/* East Asian Wide and Fullwidth code points, in blocks (a simplification of
 * Unicode's EastAsianWidth.txt): each takes two columns on a terminal. */
static int is_wide(unsigned long c)
{
    static const unsigned long ranges[][2] = {
        {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},
        {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
        {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (c >= ranges[i][0] && c <= ranges[i][1])
            return 1;
    }
    return 0;
}

size_t cli_text_width(const char *text)
{
    size_t width = 0;
    const unsigned char *p = (const unsigned char *)text;
    while (*p) {
        if (*p < 0x20 || *p == 0x7f) { /* shown as \xNN by cli_put_text() */
            width += 4;
            p++;
            continue;
        }
        if (*p < 0x80 || (*p & 0xC0) == 0x80) { /* ASCII, or a stray continuation byte */
            width += 1;
            p++;
            continue;
        }
        int extra = *p >= 0xF0 ? 3 : *p >= 0xE0 ? 2 : 1;
        unsigned long c = *p & (0x3Fu >> extra);
        p++;
        for (int i = 0; i < extra && (*p & 0xC0) == 0x80; i++, p++)
            c = (c << 6) | (*p & 0x3Fu);
        width += is_wide(c) ? 2 : 1;
    }
    return width;
}

void cli_put_padded(FILE *fp, const char *text, size_t width)
{
    cli_put_text(fp, text);
    for (size_t w = cli_text_width(text); w < width; w++)
        putc(' ', fp);
}

void cli_put_words(FILE *fp, const char *name)
{
    for (const char *p = name ? name : ""; *p; p++)
        putc(*p == '_' ? ' ' : *p, fp);
}

char *cli_words(const char *name)
{
    char *copy = cli_strdupf("%s", name ? name : "");
    for (char *p = copy; p && *p; p++) {
        if (*p == '_')
            *p = ' ';
    }
    return copy;
}

char *cli_strdupf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

cli_table *cli_table_new(size_t ncols)
{
    cli_table *t = calloc(1, sizeof *t);
    if (t && ncols > 0) {
        t->ncols = ncols;
        t->widths = calloc(ncols, sizeof *t->widths);
    }
    if (!t || !t->widths) {
        free(t);
        return NULL;
    }
    return t;
}

/* A new row of empty cells; NULL when out of memory. */
static char **add_row(cli_table *t, int line)
{
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 16;
        char **cells = realloc(t->cells, cap * t->ncols * sizeof *cells);
        if (!cells)
            return NULL;
        t->cells = cells;
        int *lines = realloc(t->line, cap * sizeof *lines);
        if (!lines)
            return NULL;
        t->line = lines;
        t->cap = cap;
    }
    char **row = t->cells + t->nrows * t->ncols;
    for (size_t c = 0; c < t->ncols; c++)
        row[c] = NULL;
    t->line[t->nrows++] = line;
    return row;
}

int cli_table_add(cli_table *t, const char *const *cells)
{
    if (!t)
        return -1;
    char **row = add_row(t, 0);
    if (!row)
        return -1;
    for (size_t c = 0; c < t->ncols; c++) {
        row[c] = cli_strdupf("%s", cells[c] ? cells[c] : "");
        if (!row[c])
            return -1;
        size_t w = cli_text_width(row[c]);
        if (w > t->widths[c])
            t->widths[c] = w;
    }
    return 0;
}

int cli_table_add_line(cli_table *t, const char *text)
{
    if (!t)
        return -1;
    char **row = add_row(t, 1);
    if (!row)
        return -1;
    row[0] = cli_strdupf("%s", text);
    return row[0] ? 0 : -1;
}

void cli_table_print(const cli_table *t, FILE *fp, const char *indent)
{
    for (size_t r = 0; r < t->nrows; r++) {
        char *const *row = t->cells + r * t->ncols;
        if (t->line[r]) {
            cli_put_text(fp, row[0]);
            putc('\n', fp);
            continue;
        }
        /* The last non-empty cell of the row is not padded. */
        size_t last = t->ncols;
        while (last > 0 && row[last - 1][0] == '\0')
            last--;
        fputs(indent, fp);
        for (size_t c = 0; c < last; c++) {
            if (c + 1 < last) {
                cli_put_padded(fp, row[c], t->widths[c]);
                fputs("  ", fp);
            } else {
                cli_put_text(fp, row[c]);
            }
        }
        putc('\n', fp);
    }
}

void cli_table_free(cli_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t->line);
    free(t->widths);
    free(t);
}
