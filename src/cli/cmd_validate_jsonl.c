/*
 * careerplan validate over JSON Lines: every line checked as a client
 * document (load, collecting every error, then cp_client_validate), each
 * problem reported at FILE:LINE:COLUMN, and on to the next line.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

/* The diagnostics of one line, placed in it, reported at its line number. */
static void report_at_line(const char *file, long lineno, const cp_diagnostics *list)
{
    size_t n = cp_diagnostics_count(list);
    for (size_t i = 0; i < n; i++) {
        const cp_diagnostic *d = cp_diagnostics_at(list, i);
        const char *severity = cp_severity_to_string(cp_diagnostic_severity(d));
        cli_put_text(stderr, file);
        if (cp_diagnostic_line(d) > 0)
            fprintf(stderr, ":%ld:%d", lineno, cp_diagnostic_column(d));
        fprintf(stderr, ": %s: ", severity ? severity : "note");
        const char *path = cp_diagnostic_path(d);
        if (path && *path) {
            cli_put_text(stderr, path);
            fputs(": ", stderr);
        }
        cli_put_text(stderr, cp_diagnostic_message(d));
        fputs(" [", stderr);
        cli_put_text(stderr, cp_diagnostic_code(d));
        fputs("]\n", stderr);
    }
}

/* Loads and checks one line; CLI_OK when nothing in it is an error. */
static int check_line(const char *file, long lineno, const char *text, size_t len,
                      unsigned flags, cp_date as_of, cp_diagnostics *list)
{
    cp_error err;
    cp_error_clear(&err);
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    opts.flags = flags;
    opts.warnings = list;
    cp_document *doc = NULL;
    cp_status st = cp_document_load_collect(text, len, &opts, list, &doc, &err);
    if (st == CP_OK) {
        cp_client *client = cp_document_client(doc);
        cp_error_clear(&err);
        if (client) {
            st = cp_client_validate(client, as_of, list, &err);
        } else {
            st = CP_EFORMAT;
            if (cp_diagnostics_add(list, CP_SEVERITY_ERROR, cp_status_name(st), "/kind",
                                   "each line of a JSON Lines file is a client document, "
                                   "not a caseload or another kind") != CP_OK)
                st = CP_ENOMEM;
        }
        cp_document_free(doc);
    }
    /* Syntax errors and others that stopped the load whole at a position. */
    if (st != CP_OK && err.line > 0) {
        if (cp_diagnostics_locate(list, text, len) == CP_OK)
            report_at_line(file, lineno, list);
        cli_put_text(stderr, file);
        fprintf(stderr, ":%ld:%d: error: ", lineno, err.column);
        cli_put_text(stderr, err.message[0] ? err.message : cp_status_string(st));
        fputs("\n", stderr);
        return CLI_FAIL;
    }
    if (st != CP_OK && st != CP_ENOMEM &&
        cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR) == 0 &&
        cp_diagnostics_add(list, CP_SEVERITY_ERROR, cp_status_name(st), err.path,
                           err.message[0] ? err.message : cp_status_string(st)) != CP_OK)
        st = CP_ENOMEM;
    if (st == CP_ENOMEM || cp_diagnostics_locate(list, text, len) != CP_OK) {
        cli_error(file, NULL, "line %ld: out of memory", lineno);
        return CLI_FAIL;
    }
    report_at_line(file, lineno, list);
    return cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR) > 0 ? CLI_FAIL : CLI_OK;
}

int cli_validate_jsonl(const char *arg, unsigned int flags, cp_date as_of, int quiet)
{
    const char *file = cli_display_name(arg);
    cp_diagnostics *list = cp_diagnostics_new();
    cp_jsonl_reader *r = NULL;
    if (!list) {
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    if (cli_jsonl_open(arg, flags, NULL, &r) != CLI_OK) {
        cp_diagnostics_free(list);
        return CLI_FAIL;
    }
    cli_progress progress;
    cli_progress_begin(&progress, file);
    int status = CLI_OK;
    size_t clients = 0;
    for (;;) {
        const char *text = NULL;
        size_t len = 0;
        cp_error err;
        cp_error_clear(&err);
        cp_status st = cp_jsonl_reader_next_line(r, &text, &len, &err);
        if (st != CP_OK) {
            cli_progress_end(&progress);
            cli_report_line_error(file, &err);
            status = CLI_FAIL;
            if (st == CP_ELIMIT)
                continue; /* the line was skipped: on to the next */
            break;
        }
        if (!text)
            break;
        cp_diagnostics_clear(list);
        if (check_line(file, cp_jsonl_reader_line(r), text, len, flags, as_of, list) != CLI_OK)
            status = CLI_FAIL;
        cli_progress_update(&progress, ++clients, "clients", cp_jsonl_reader_bytes(r), 0);
    }
    cli_progress_end(&progress);
    cp_jsonl_reader_free(r);
    cp_diagnostics_free(list);
    if (status == CLI_OK && !quiet) {
        cli_put_text(stdout, file);
        printf(": ok (JSON Lines, %zu client%s)\n", clients, clients == 1 ? "" : "s");
    }
    return status;
}
