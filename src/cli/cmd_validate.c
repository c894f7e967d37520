/*
 * careerplan validate: check that documents load, then check their plans
 * against the practice rules (cp_client_validate, cp_strategic_plan_validate),
 * reporting every problem
 * found in every file.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdlib.h>

const char cli_validate_usage[] =
    "usage: careerplan validate [--strict] [--as-of DATE] [-q] FILE...\n"
    "\n"
    "Check that each FILE ('-' for standard input) is a valid careerplan document,\n"
    "then check its plans against the practice rules: SMART actions, the rule of\n"
    "three, goals without actions, dates before the plan was created, duplicate\n"
    "ids and dangling references. Every problem in a file is reported, not only\n"
    "the first. Prints 'FILE: ok (KIND)' on stdout for each file without errors,\n"
    "and errors and warnings on stderr, each at the line and column of the value\n"
    "it is about (for a missing member, of its object):\n"
    "\n"
    "  FILE:LINE:COLUMN: error: MESSAGE                    JSON syntax error\n"
    "  FILE:LINE:COLUMN: error: /json/pointer: MESSAGE [CODE]\n"
    "  FILE:LINE:COLUMN: warning: /json/pointer: MESSAGE [CODE]\n"
    "\n"
    "For a value the document cannot hold (it does not load), CODE is the\n"
    "library's status name: CP_ETYPE (wrong type or missing member), CP_ERANGE,\n"
    "CP_EVALUE (a bad name or date), CP_EDUPLICATE, CP_ENOTFOUND (a dangling\n"
    "reference), CP_EUNKNOWN (--strict), CP_EFORMAT (not a careerplan document).\n"
    "An unknown member kept is the warning unknown-member. For a practice rule,\n"
    "CODE is one of upn-check-letter, uln-check-digit, smart-specific,\n"
    "smart-measurable, smart-agreed, smart-relevant, smart-time-bound,\n"
    "rule-of-three, goal-without-action, due-before-plan, review-before-plan,\n"
    "next-review-overdue, duplicate-id and dangling-reference for a client or\n"
    "caseload; for a strategic careers plan (cp_strategic_plan_validate), one of\n"
    "priority-count, objective-without-target, objective-without-due,\n"
    "objective-without-outcome, objective-without-action, due-outside-period,\n"
    "action-without-responsible, action-without-milestone, plan-not-approved,\n"
    "approval-date-missing, review-overdue and milestone-overdue; for a provision\n"
    "map (cp_provision_map_gaps), the warnings outcome-without-activity,\n"
    "phase-year-without-activity and benchmark-without-activity. The pointer is\n"
    "omitted for the document as a whole. Rules that depend on today's date\n"
    "(next-review-overdue, review-overdue, milestone-overdue) run only with\n"
    "--as-of; the others always run.\n"
    "\n"
    "A FILE whose name ends in '.jsonl' (or any FILE, '-' included, with --jsonl)\n"
    "is read as JSON Lines: one client document per line, a line at a time in\n"
    "constant memory. Each line is checked as a client document, its problems\n"
    "reported at FILE:LINE:COLUMN with the file's line number and the JSON\n"
    "Pointer inside that line's document, and checking goes on with the next\n"
    "line; blank lines are skipped, CRLF line ends accepted, a line of another\n"
    "kind is CP_EFORMAT at /kind, a line over the size limit is CP_ELIMIT. A\n"
    "valid file prints 'FILE: ok (JSON Lines, N clients)'. When stderr is a\n"
    "terminal and the work is long, a progress line 'N clients, X MB, R\n"
    "clients/s' is rewritten on stderr; nothing otherwise.\n"
    "\n"
    "Options:\n"
    "  --strict        treat unknown members as errors instead of keeping them\n"
    "  --as-of DATE    the date to check against, YYYY-MM-DD\n"
    "  -q, --quiet     do not print a line for each valid file\n"
    "  --jsonl         read every FILE as JSON Lines, whatever its name\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 when every FILE is valid (warnings allowed), 1 when any FILE\n"
    "does not load or breaks a rule with severity error, 2 on a usage error.\n";

/* The domain checks of a loaded document, added to list; CP_OK or the
 * error that stopped them (err filled). */
static cp_status check_rules(cp_document *doc, cp_date as_of, cp_diagnostics *list, cp_error *err)
{
    cp_caseload *caseload = cp_document_caseload(doc);
    cp_strategic_plan *splan = cp_document_strategic_plan(doc);
    cp_client *client = cp_document_client(doc);
    /* A provision map's own rules are checked when it loads; its gaps are
     * warnings. */
    cp_provision_map *map = cp_document_provision_map(doc);
    return caseload ? cp_caseload_validate(caseload, as_of, list, err)
           : splan  ? cp_strategic_plan_validate(splan, as_of, list, err)
           : client ? cp_client_validate(client, as_of, list, err)
           : map    ? cp_provision_map_gaps(map, list, err)
                    : CP_OK;
}

int cli_validate_text(const char *file, long lineno, const char *text, size_t len,
                      unsigned flags, cp_date as_of, cp_diagnostics *list, cp_document_kind *kind)
{
    cp_error err;
    cp_error_clear(&err);
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    opts.flags = flags;
    opts.warnings = list;
    cp_document *doc = NULL;
    /* The plain load first (a caseload on --jobs threads, one client at a
     * time); it takes back its warnings when it fails, and only then is the
     * text loaded again collecting every error. Both accept the same
     * documents and build the same one (tests/fuzz/fuzz_load.c checks). */
    cli_progress progress;
    cli_progress_begin(&progress, file);
    cp_load_tuning tuning = CP_LOAD_TUNING_INIT;
    tuning.jobs = cli_jobs();
    /* A line of JSON Lines: the caller shows the file's progress. */
    tuning.progress = lineno > 0 ? NULL : cli_load_progress;
    tuning.progress_user = &progress;
    cp_status st = cp_document_load_string_with(text, len, &opts, &tuning, &doc, &err);
    cli_progress_end(&progress);
    if (st != CP_OK && st != CP_ENOMEM) {
        cp_error_clear(&err);
        st = cp_document_load_collect(text, len, &opts, list, &doc, &err);
    }
    if (st == CP_OK) {
        *kind = cp_document_get_kind(doc);
        cp_error_clear(&err);
        if (lineno > 0 && *kind != CP_DOCUMENT_KIND_CLIENT) {
            st = CP_EFORMAT;
            if (cp_diagnostics_add(list, CP_SEVERITY_ERROR, cp_status_name(st), "/kind",
                                   "each line of a JSON Lines file is a client document, "
                                   "not a caseload or another kind") != CP_OK)
                st = CP_ENOMEM;
        } else {
            st = check_rules(doc, as_of, list, &err);
        }
        cp_document_free(doc);
    }
    int rc = st == CP_OK ? CLI_OK : CLI_FAIL;
    long first_line = lineno > 0 ? lineno : 1;
    /* An error that stopped the load whole (syntax, envelope, limits) is
     * not in the list: a syntax error has its own position, the others are
     * placed like the diagnostics. */
    if (st != CP_OK && err.line > 0) {
        if (lineno == 0 || cp_diagnostics_locate(list, text, len) == CP_OK)
            cli_put_coded_diagnostics_from(stderr, file, list, first_line);
        err.line += (int)(first_line - 1);
        cli_report_error(file, &err);
        return CLI_FAIL;
    }
    if (st != CP_OK && st != CP_ENOMEM &&
        cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR) == 0 &&
        cp_diagnostics_add(list, CP_SEVERITY_ERROR, cp_status_name(st), err.path,
                           err.message[0] ? err.message : cp_status_string(st)) != CP_OK)
        st = CP_ENOMEM;
    if (st == CP_ENOMEM || cp_diagnostics_locate(list, text, len) != CP_OK) {
        if (lineno > 0)
            cli_error(file, NULL, "line %ld: out of memory", lineno);
        else
            cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    cli_put_coded_diagnostics_from(stderr, file, list, first_line);
    if (cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR) > 0)
        rc = CLI_FAIL;
    return rc;
}

int cli_validate_main(const cli_command *cmd, int argc, char **argv)
{
    int strict = 0;
    int quiet = 0;
    int jsonl = 0;
    const char *as_of_text = NULL;
    const cli_option options[] = {
        {"strict", 0, &strict, NULL},
        {"quiet", 'q', &quiet, NULL},
        {"as-of", 0, NULL, &as_of_text},
        {"jsonl", 0, &jsonl, NULL},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    cp_date as_of = CP_DATE_NONE;
    if (as_of_text && (rc = cli_parse_date(cmd, "as-of", as_of_text, &as_of)) != CLI_CONTINUE)
        return rc;
    if (n == 0)
        return cli_usage_error(cmd, "no FILE given");
    if ((rc = cli_check_stdin_once(cmd, n, argv + 1)) != CLI_CONTINUE)
        return rc;

    int status = CLI_OK;
    cp_diagnostics *list = cp_diagnostics_new();
    if (!list) {
        cli_error(CLI_PROGRAM, NULL, "out of memory");
        return CLI_FAIL;
    }
    for (int i = 1; i <= n; i++) {
        const char *file = cli_display_name(argv[i]);
        if (jsonl || cli_is_jsonl(argv[i])) {
            if (cli_validate_jsonl(argv[i], strict ? CP_LOAD_STRICT : 0u, as_of, quiet) != CLI_OK)
                status = CLI_FAIL;
            continue;
        }
        size_t len = 0;
        char *text = cli_read_input(argv[i], &len);
        cp_document_kind kind = CP_DOCUMENT_KIND_UNSET;
        cp_diagnostics_clear(list);
        if (!text || cli_validate_text(file, 0, text, len, strict ? CP_LOAD_STRICT : 0u, as_of, list,
                                &kind) != CLI_OK) {
            status = CLI_FAIL;
        } else if (!quiet) {
            cli_put_text(stdout, file);
            printf(": ok (%s)\n", cp_document_kind_to_string(kind));
        }
        free(text);
    }
    cp_diagnostics_free(list);
    return status;
}
