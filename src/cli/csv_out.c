/*
 * careerplan command-line tool — CSV output of reports (RFC 4180): fields
 * quoted when they hold a comma, a quote, CR or LF, records ending in CRLF.
 * A text a spreadsheet would run as a formula gets an apostrophe first, by
 * the rule of the library's CSV exchange (exchange.h, "Formula injection").
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

void cli_csv_put_field(FILE *fp, const char *text)
{
    if (!text)
        return;
    if (strpbrk(text, ",\"\r\n") == NULL) {
        fputs(text, fp);
        return;
    }
    putc('"', fp);
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            putc('"', fp);
        putc(*p, fp);
    }
    putc('"', fp);
}

/* Does the text match ^'*[=+\-@\t\r]: would a spreadsheet run it, or its
 * unguarded form? (exchange.h) */
static int needs_guard(const char *s)
{
    while (*s == '\'')
        s++;
    return *s && strchr("=+-@\t\r", *s) != NULL;
}

int cli_csv_put_value(FILE *fp, const json_t *value)
{
    if (!value || json_is_null(value))
        return 0;
    if (json_is_string(value)) {
        const char *text = json_string_value(value);
        if (!needs_guard(text)) {
            cli_csv_put_field(fp, text);
            return 0;
        }
        size_t n = strlen(text);
        char *guarded = malloc(n + 2);
        if (!guarded)
            return -1;
        guarded[0] = '\'';
        memcpy(guarded + 1, text, n + 1);
        cli_csv_put_field(fp, guarded);
        free(guarded);
        return 0;
    }
    /* A number or a boolean as JSON writes it. */
    char *text = json_dumps(value, JSON_ENCODE_ANY);
    if (!text)
        return -1;
    cli_csv_put_field(fp, text);
    free(text);
    return 0;
}

void cli_csv_put_header(FILE *fp, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            putc(',', fp);
        cli_csv_put_field(fp, names[i]);
    }
    fputs("\r\n", fp);
}

/* The leaves of obj under prefix: their names ("period.from") when names is
 * set, else their values, each after a comma but the very first. */
static int put_leaves(FILE *fp, const json_t *obj, const char *prefix, int names, int *first)
{
    const char *key;
    const json_t *value;
    json_object_foreach((json_t *)obj, key, value) {
        char *name = prefix ? cli_strdupf("%s.%s", prefix, key) : cli_strdupf("%s", key);
        if (!name)
            return -1;
        int rc = 0;
        if (json_is_object(value)) {
            rc = put_leaves(fp, value, name, names, first);
        } else {
            if (!*first)
                putc(',', fp);
            *first = 0;
            if (names)
                cli_csv_put_field(fp, name);
            else
                rc = cli_csv_put_value(fp, value);
        }
        free(name);
        if (rc != 0)
            return -1;
    }
    return 0;
}

int cli_csv_put_object(FILE *fp, const json_t *obj)
{
    for (int names = 1; names >= 0; names--) {
        int first = 1;
        if (put_leaves(fp, obj, NULL, names, &first) != 0)
            return -1;
        fputs("\r\n", fp);
    }
    return 0;
}
