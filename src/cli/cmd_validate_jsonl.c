/*
 * careerplan validate over JSON Lines: every line checked as a client
 * document by validate's own check (cli_validate_text, cmd_validate.c), each
 * problem reported at FILE:LINE:COLUMN, and on to the next line.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

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
        cp_document_kind kind = CP_DOCUMENT_KIND_UNSET;
        if (cli_validate_text(file, cp_jsonl_reader_line(r), text, len, flags, as_of, list,
                              &kind) != CLI_OK)
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
