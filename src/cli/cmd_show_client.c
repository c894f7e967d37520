/*
 * careerplan show FILE [ID] for a client document: the client's plan as
 * text wrapped to the terminal (cp_client_plan_text). cmd_strategic.c
 * dispatches here on the document's kind.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* A width of COLUMNS: digits only, 1 to 9999; 0 when it is not one. */
static int parse_columns(const char *text)
{
    long w = 0;
    if (!text || !*text || strlen(text) > 4)
        return 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        w = w * 10 + (*p - '0');
    }
    return (int)w;
}

int cli_parse_width(const cli_command *cmd, const char *text, int *out)
{
    int w = 0;
    if (text) {
        w = parse_columns(text);
        if (w == 0)
            return cli_usage_error(cmd, "--width: '%s' is not a number of columns (1 to 9999)",
                                   text);
        *out = w;
        return CLI_CONTINUE;
    }
    w = parse_columns(getenv("COLUMNS"));
    struct winsize ws;
    if (w == 0 && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
        w = ws.ws_col;
    *out = w > 0 ? w : 80;
    return CLI_CONTINUE;
}

int cli_show_client(const char *file, const cp_client *client, const char *plan_id, int width)
{
    cp_error err;
    cp_error_clear(&err);
    char *text = NULL;
    cp_date none = CP_DATE_NONE; /* no recipient: the consent date is not used */
    if (cp_client_plan_text(client, plan_id, NULL, none, width, &text, &err) != CP_OK) {
        cli_report_error(file, &err);
        return CLI_FAIL;
    }
    int rc = cli_write_stdout(text, strlen(text));
    cp_free(text);
    return rc;
}
