/*
 * careerplan command-line tool — CSV output of reports (RFC 4180): fields
 * quoted when they hold a comma, a quote, CR or LF, records ending in CRLF.
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

int cli_csv_put_value(FILE *fp, const json_t *value)
{
    if (!value || json_is_null(value))
        return 0;
    if (json_is_string(value)) {
        cli_csv_put_field(fp, json_string_value(value));
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
