/*
 * careerplan review-summary: a review of a plan summarised for people
 * (cp_review_summary_text) or scripts (cp_review_summary_json).
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <string.h>

const char cli_review_summary_usage[] =
    "usage: careerplan review-summary [--json] [--client ID] FILE PLAN_ID [REVIEW_ID]\n"
    "\n"
    "Summarise review REVIEW_ID of plan PLAN_ID in FILE ('-' for standard input),\n"
    "a client or a caseload: what was achieved, partly achieved, not achieved\n"
    "(with its barriers) and no longer relevant, the change in confidence per\n"
    "goal, the changes agreed and the next review date. Actions and goals are\n"
    "named by their description; control characters in free text are shown\n"
    "escaped (\\x0a, \\u0085). Without REVIEW_ID, the plan's latest review\n"
    "by date (of two on the same day, the one stored last).\n"
    "\n"
    "In a caseload the plan is looked for in every client; plan ids need only be\n"
    "unique within a client, so when several clients have PLAN_ID, name the\n"
    "client with --client.\n"
    "\n"
    "Options:\n"
    "  --client ID     look for the plan in this client only\n"
    "  --json          print the summary as a JSON object: \"review\", \"plan\",\n"
    "                  \"date\", \"achieved\", \"partly_achieved\", \"not_achieved\",\n"
    "                  \"no_longer_relevant\", \"confidence\", \"changes\",\n"
    "                  \"next_review\"\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when FILE is invalid, has no such client, plan\n"
    "or review, or the output cannot be written; 2 on a usage error.\n";

/* The plan's latest review by date; of equal dates the one stored last. */
static cp_review *latest_review(const cp_plan *plan)
{
    cp_review *best = NULL;
    for (size_t i = 0; i < cp_plan_review_count(plan); i++) {
        cp_review *r = cp_plan_review_at(plan, i);
        if (!best || cp_date_compare(cp_review_get_date(r), cp_review_get_date(best)) >= 0)
            best = r;
    }
    return best;
}

/* Finds the plan among the document's clients; reports and returns NULL when it cannot. */
static cp_plan *find_plan(const char *file, cp_document *doc, const char *client_id,
                          const char *plan_id)
{
    cp_caseload *caseload = cp_document_caseload(doc);
    cp_client *only = cp_document_client(doc);
    size_t nclients = caseload ? cp_caseload_client_count(caseload) : 1;
    cp_plan *found = NULL;
    int clients_seen = 0;
    size_t matches = 0;
    for (size_t i = 0; i < nclients; i++) {
        cp_client *c = caseload ? cp_caseload_client_at(caseload, i) : only;
        if (client_id && strcmp(cp_client_get_id(c), client_id) != 0)
            continue;
        clients_seen++;
        cp_plan *p = cp_client_find_plan(c, plan_id);
        if (p) {
            matches++;
            found = found ? found : p;
        }
    }
    if (client_id && !clients_seen) {
        cli_error(file, NULL, "no client \"%s\"", client_id);
        return NULL;
    }
    if (matches == 0) {
        if (client_id)
            cli_error(file, NULL, "no plan \"%s\" in client \"%s\"", plan_id, client_id);
        else
            cli_error(file, NULL, "no plan \"%s\"", plan_id);
        return NULL;
    }
    if (matches > 1) {
        cli_error(file, NULL, "%zu clients have a plan \"%s\": name one with --client", matches,
                  plan_id);
        return NULL;
    }
    return found;
}

int cli_review_summary_main(const cli_command *cmd, int argc, char **argv)
{
    int json = 0;
    const char *client_id = NULL;
    const cli_option options[] = {
        {"json", 0, &json, NULL},
        {"client", 0, NULL, &client_id},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n < 2 || n > 3)
        return cli_usage_error(cmd, n == 0   ? "no FILE given"
                                    : n == 1 ? "no PLAN_ID given"
                                             : "too many operands");

    const char *file = cli_display_name(argv[1]);
    const char *plan_id = argv[2];
    const char *review_id = n == 3 ? argv[3] : NULL;
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    rc = CLI_FAIL;
    cp_plan *plan =
        cli_require_clients(file, doc) == CLI_OK ? find_plan(file, doc, client_id, plan_id) : NULL;
    cp_review *review = NULL;
    if (plan && review_id) {
        review = cp_client_find_review(cp_plan_get_client(plan), review_id);
        if (review && cp_review_get_plan(review) != plan)
            review = NULL;
        if (!review)
            cli_error(file, NULL, "no review \"%s\" in plan \"%s\"", review_id, plan_id);
    } else if (plan) {
        review = latest_review(plan);
        if (!review)
            cli_error(file, NULL, "plan \"%s\" has no review", plan_id);
    }
    if (review) {
        char *text = NULL;
        cp_error err;
        cp_error_clear(&err);
        cp_status st = json ? cp_review_summary_json(review, &text, &err)
                            : cp_review_summary_text(review, &text, &err);
        if (st != CP_OK) {
            cli_report_error(file, &err);
        } else if (json) {
            /* JSON text: control characters are already escaped. */
            rc = cli_write_stdout(text, strlen(text));
        } else {
            cli_put_lines(stdout, text);
            rc = CLI_OK;
        }
        cp_free(text);
    }
    cp_document_free(doc);
    return rc;
}
