/*
 * careerplan: JSON Lines input (FILE ending in ".jsonl", or --jsonl) for
 * validate, due and stats — a client at a time, in constant memory — and the
 * progress line for long work on a terminal.
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

/* ---- progress ---- */

int cli_progress_wanted(void)
{
    return isatty(STDERR_FILENO);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p)
{
    memset(p, 0, sizeof *p);
    p->enabled = cli_progress_wanted();
    if (p->enabled)
        p->start = p->last = now();
}

static void progress_print(cli_progress *p, double t)
{
    double elapsed = t - p->start;
    fprintf(stderr, "\r%zu clients, %.1f MB, %.0f clients/s", p->clients, (double)p->bytes / 1e6,
            elapsed > 0 ? (double)p->clients / elapsed : 0.0);
    fflush(stderr);
    p->shown = 1;
    p->last = t;
}

void cli_progress_update(cli_progress *p, size_t clients, uint64_t bytes)
{
    p->clients = clients;
    p->bytes = bytes;
    /* Only for long work (over a second, or over 1,000 clients), a few
     * times a second; the clock is read every 64 clients. */
    if (!p->enabled || (clients & 63) != 0)
        return;
    double t = now();
    if ((t - p->start > 1.0 || clients > 1000) && t - p->last >= 0.25)
        progress_print(p, t);
}

void cli_progress_finish(cli_progress *p)
{
    if (!p->enabled || !p->shown)
        return;
    progress_print(p, now());
    fputs("\n", stderr);
    fflush(stderr);
    p->shown = 0;
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
    cli_progress_start(&progress);
    size_t n = 0;
    while (rc == CLI_OK) {
        cp_client *c = NULL;
        cp_error err;
        cp_error_clear(&err);
        cp_status st = cp_jsonl_reader_next(r, &c, &err);
        cli_report_coded_diagnostics(file, warnings);
        cp_diagnostics_clear(warnings);
        if (st != CP_OK) {
            cli_progress_finish(&progress);
            cli_report_line_error(file, &err);
            rc = CLI_FAIL;
        } else if (!c) {
            break;
        } else {
            rc = fn(c, ctx);
            cli_progress_update(&progress, ++n, cp_jsonl_reader_bytes(r));
        }
    }
    cli_progress_finish(&progress);
    cp_jsonl_reader_free(r);
    cp_diagnostics_free(warnings);
    return rc;
}
