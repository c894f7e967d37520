/*
 * careerplan validate: check that documents load, then check their plans
 * against the practice rules (cp_client_validate, cp_strategic_plan_validate),
 * reporting every problem
 * found in every file.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

const char cli_validate_usage[] =
    "usage: careerplan validate [--strict] [--as-of DATE] [-q] FILE...\n"
    "\n"
    "Check that each FILE ('-' for standard input) is a valid careerplan document,\n"
    "then check its plans against the practice rules: SMART actions, the rule of\n"
    "three, goals without actions, dates before the plan was created, duplicate\n"
    "ids and dangling references. Prints 'FILE: ok (KIND)' on stdout for each\n"
    "file without errors, and errors and warnings on stderr:\n"
    "\n"
    "  FILE:LINE:COLUMN: error: MESSAGE              JSON syntax error\n"
    "  FILE: error: /json/pointer: MESSAGE           the document does not load\n"
    "  FILE: warning: /json/pointer: MESSAGE         an unknown member, kept\n"
    "  FILE: error: /json/pointer: MESSAGE [CODE]    a practice rule is broken\n"
    "  FILE: warning: /json/pointer: MESSAGE [CODE]  a practice rule, worth a look\n"
    "\n"
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
    "Options:\n"
    "  --strict        treat unknown members as errors instead of keeping them\n"
    "  --as-of DATE    the date to check against, YYYY-MM-DD\n"
    "  -q, --quiet     do not print a line for each valid file\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 when every FILE is valid (warnings allowed), 1 when any FILE\n"
    "does not load or breaks a rule with severity error, 2 on a usage error.\n";

/* The domain checks of a loaded document; CLI_FAIL when any finding is an error. */
static int check_rules(const char *file, cp_document *doc, cp_date as_of)
{
    cp_diagnostics *list = cp_diagnostics_new();
    if (!list) {
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    cp_error err;
    cp_error_clear(&err);
    cp_caseload *caseload = cp_document_caseload(doc);
    cp_strategic_plan *splan = cp_document_strategic_plan(doc);
    cp_client *client = cp_document_client(doc);
    /* A provision map's own rules are checked when it loads; its gaps are
     * warnings. */
    cp_provision_map *map = cp_document_provision_map(doc);
    cp_status st = caseload ? cp_caseload_validate(caseload, as_of, list, &err)
                   : splan  ? cp_strategic_plan_validate(splan, as_of, list, &err)
                   : client ? cp_client_validate(client, as_of, list, &err)
                   : map    ? cp_provision_map_gaps(map, list, &err)
                            : CP_OK;
    int rc = CLI_OK;
    if (st != CP_OK) {
        cli_report_error(file, &err);
        rc = CLI_FAIL;
    }
    cli_report_coded_diagnostics(file, list);
    if (cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR) > 0)
        rc = CLI_FAIL;
    cp_diagnostics_free(list);
    return rc;
}

int cli_validate_main(const cli_command *cmd, int argc, char **argv)
{
    int strict = 0;
    int quiet = 0;
    const char *as_of_text = NULL;
    const cli_option options[] = {
        {"strict", 0, &strict, NULL},
        {"quiet", 'q', &quiet, NULL},
        {"as-of", 0, NULL, &as_of_text},
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
    for (int i = 1; i <= n; i++) {
        const char *file = cli_display_name(argv[i]);
        cp_document *doc = NULL;
        if (cli_load_document(argv[i], strict ? CP_LOAD_STRICT : 0u, &doc) != CLI_OK) {
            status = CLI_FAIL;
            continue;
        }
        if (check_rules(file, doc, as_of) != CLI_OK) {
            status = CLI_FAIL;
        } else if (!quiet) {
            cli_put_text(stdout, file);
            printf(": ok (%s)\n", cp_document_kind_to_string(cp_document_get_kind(doc)));
        }
        cp_document_free(doc);
    }
    return status;
}
