/*
 * careerplan: JSON Lines input (FILE ending in ".jsonl", or --jsonl) for
 * validate, due and stats — a client at a time, in constant memory.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int cli_is_jsonl(const char *arg)
{
    size_t n = strlen(arg);
    return n > 6 && strcmp(arg + n - 6, ".jsonl") == 0;
}

/* ---- reading ---- */

int cli_jsonl_open(const char *arg, unsigned int flags, cp_diagnostics *warnings,
                   cp_jsonl_reader **out)
{
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    opts.flags = flags;
    opts.warnings = warnings;
    cp_error err;
    cp_error_clear(&err);
    cp_status st = cli_is_stdin(arg) ? cp_jsonl_reader_open_file(stdin, &opts, out, &err)
                                     : cp_jsonl_reader_open_path(arg, &opts, out, &err);
    if (st != CP_OK) {
        cli_error(cli_display_name(arg), NULL, "%s", err.message);
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* A reader's message without its "line N: " (the report names the line). */
static const char *without_line(const char *message)
{
    if (strncmp(message, "line ", 5) == 0) {
        const char *p = message + 5;
        while (*p >= '0' && *p <= '9')
            p++;
        if (p[0] == ':' && p[1] == ' ')
            return p + 2;
    }
    return message;
}

void cli_report_line_error(const char *file, const cp_error *err)
{
    const char *message = err->message[0] ? without_line(err->message)
                                          : cp_status_string(err->code);
    cli_put_text(stderr, file);
    fprintf(stderr, ":%d:%d: error: ", err->line, err->column);
    if (err->path[0] && err->code != CP_ESYNTAX) {
        cli_put_text(stderr, err->path);
        fputs(": ", stderr);
    }
    cli_put_text(stderr, message);
    if (err->code != CP_ESYNTAX)
        fprintf(stderr, " [%s]", cp_status_name(err->code));
    fputs("\n", stderr);
}

int cli_jsonl_each(const char *arg, cli_client_fn fn, void *ctx)
{
    const char *file = cli_display_name(arg);
    cp_diagnostics *warnings = cp_diagnostics_new();
    cp_jsonl_reader *r = NULL;
    if (!warnings) {
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    int rc = cli_jsonl_open(arg, 0u, warnings, &r);
    cli_progress progress;
    cli_progress_begin(&progress, file);
    size_t n = 0;
    while (rc == CLI_OK) {
        cp_client *c = NULL;
        cp_error err;
        cp_error_clear(&err);
        cp_status st = cp_jsonl_reader_next(r, &c, &err);
        cli_report_coded_diagnostics(file, warnings);
        cp_diagnostics_clear(warnings);
        if (st != CP_OK) {
            cli_progress_end(&progress);
            cli_report_line_error(file, &err);
            rc = CLI_FAIL;
        } else if (!c) {
            break;
        } else {
            rc = fn(c, ctx);
            cli_progress_update(&progress, ++n, "clients", cp_jsonl_reader_bytes(r), 0);
        }
    }
    cli_progress_end(&progress);
    cp_jsonl_reader_free(r);
    cp_diagnostics_free(warnings);
    return rc;
}
