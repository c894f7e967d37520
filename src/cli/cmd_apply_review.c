/*
 * careerplan apply-review: carries out a review recorded in a client's plan
 * (cp_review_apply with the default policy), prints its summary and the
 * plan's new history, and saves the document atomically.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

const char cli_apply_review_usage[] =
    "usage: careerplan apply-review [--as-of DATE] [-o FILE] DOCUMENT REVIEW_ID\n"
    "\n"
    "Apply review REVIEW_ID recorded in DOCUMENT ('-' for standard input, then\n"
    "with -o), a client document, to its plan, all or nothing, with the default\n"
    "review policy: each outcome sets its action's status (achieved: done;\n"
    "partly achieved: partly done; no longer relevant: dropped; not achieved:\n"
    "open, with its barriers), each goal score becomes the goal's confidence,\n"
    "each change agreed is carried out and the next review date is set. The\n"
    "review is then marked applied.\n"
    "\n"
    "Prints the review's summary, then each history entry the review added to\n"
    "the plan as 'History DATE: CHANGE' ('(sensitive)' after the date for an\n"
    "entry marked sensitive). The document is saved in canonical form to\n"
    "DOCUMENT, or to FILE with -o (DOCUMENT then stays as it was), atomically: a\n"
    "failed write leaves the file as it was. Nothing is saved when the review is\n"
    "refused.\n"
    "\n"
    "Options:\n"
    "  --as-of DATE    today's date, YYYY-MM-DD (default: today): a review dated\n"
    "                  after DATE has not been held yet and is refused\n"
    "  -o, --output FILE  save the document to FILE instead of DOCUMENT\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when DOCUMENT is invalid or not a client, has\n"
    "no such review, the review is refused (already applied, dated after DATE,\n"
    "or a change the plan cannot take), or the document cannot be saved; 2 on a\n"
    "usage error.\n";

/* Prints the summary and the history entries from index first on. */
static int print_result(const char *file, const cp_review *review, size_t first)
{
    cp_error err;
    char *summary = NULL;
    if (cp_review_summary_text(review, &summary, &err) != CP_OK) {
        cli_report_error(file, &err);
        return CLI_FAIL;
    }
    cli_put_lines(stdout, summary);
    cp_free(summary);
    const cp_plan *plan = cp_review_get_plan(review);
    for (size_t i = first; i < cp_plan_history_entry_count(plan); i++) {
        const cp_history_entry *h = cp_plan_history_entry_at(plan, i);
        char date[CP_DATE_BUFSIZE];
        cli_format_date(cp_history_entry_get_date(h), date);
        printf("History %s%s: ", date, cp_history_entry_is_sensitive(h) ? " (sensitive)" : "");
        cli_put_text(stdout, cp_history_entry_get_change(h));
        fputs("\n", stdout);
    }
    return fflush(stdout) == 0 && !ferror(stdout) ? CLI_OK : CLI_FAIL;
}

/* The JSON Pointer of the review in its client document, then rest. */
static void review_pointer(const cp_client *client, const cp_review *review, const char *rest,
                           char *buf, size_t size)
{
    const cp_plan *plan = cp_review_get_plan(review);
    size_t p = 0, r = 0;
    while (p < cp_client_plan_count(client) && cp_client_plan_at(client, p) != plan)
        p++;
    while (r < cp_plan_review_count(plan) && cp_plan_review_at(plan, r) != review)
        r++;
    snprintf(buf, size, "/plans/%zu/reviews/%zu%s", p, r, rest);
}

/* Applies the review; reports a refusal against the review's path. */
static int apply(const char *file, const cp_client *client, cp_review *review, cp_date as_of)
{
    cp_error err;
    cp_error_clear(&err);
    char path[CP_ERROR_PATH_SIZE + 64];
    char date[CP_DATE_BUFSIZE];
    cli_format_date(cp_review_get_date(review), date);
    if (!cp_review_is_applied(review) && cp_date_compare(cp_review_get_date(review), as_of) > 0) {
        review_pointer(client, review, "/date", path, sizeof path);
        cli_error(file, path, "review \"%s\" is dated %s, after --as-of: it has not been held "
                  "yet", cp_review_get_id(review), date);
        return CLI_FAIL;
    }
    if (cp_review_apply(review, NULL, &err) == CP_OK)
        return CLI_OK;
    review_pointer(client, review, err.path, path, sizeof path);
    cli_error(file, path, "%s", err.message[0] ? err.message : cp_status_string(err.code));
    return CLI_FAIL;
}

int cli_apply_review_main(const cli_command *cmd, int argc, char **argv)
{
    const char *as_of_text = NULL, *output = NULL;
    const cli_option options[] = {
        {"as-of", 0, NULL, &as_of_text},
        {"output", 'o', NULL, &output},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n != 2)
        return cli_usage_error(cmd, n < 2 ? "give DOCUMENT and REVIEW_ID" : "too many operands");
    if (output && !*output)
        return cli_usage_error(cmd, "--output: the file name is empty");
    if (!output && cli_is_stdin(argv[1]))
        return cli_usage_error(cmd, "standard input cannot be saved back: give -o FILE");
    cp_date as_of;
    if ((rc = cli_parse_date(cmd, "as-of", as_of_text ? as_of_text : "today", &as_of)) !=
        CLI_CONTINUE)
        return rc;

    const char *file = cli_display_name(argv[1]);
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    cp_client *client = cp_document_client(doc);
    cp_review *review = client ? cp_client_find_review(client, argv[2]) : NULL;
    rc = CLI_FAIL;
    if (!client) {
        cli_error(file, "/kind", "apply-review needs a client document");
    } else if (!review) {
        cli_error(file, NULL, "no review \"%s\"", argv[2]);
    } else {
        size_t first = cp_plan_history_entry_count(cp_review_get_plan(review));
        cp_error err;
        cp_error_clear(&err);
        const char *target = output ? output : argv[1];
        if (apply(file, client, review, as_of) != CLI_OK) {
            /* refused: reported, nothing saved */
        } else if (cp_client_save_path(client, target, NULL, &err) != CP_OK) {
            cli_report_error(cli_display_name(target), &err);
        } else {
            rc = print_result(file, review, first);
        }
    }
    cp_document_free(doc);
    return rc;
}
