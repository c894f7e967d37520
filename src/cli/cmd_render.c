/*
 * careerplan render: a document for people, as its kind asks: a client's
 * plan (or a review summary) as a standalone HTML page (cp_client_plan_html,
 * cp_review_summary_html) or as text for a terminal (cp_client_plan_text,
 * cp_review_summary_text); a strategic plan (cp_strategic_plan_html) or what
 * is due in a caseload (cp_caseload_due_html) as a page; a client's or a
 * caseload's actions and reviews as iCalendar (careerplan calendar's code).
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cli_render_usage[] =
    "usage: careerplan render --html|--text [--for RECIPIENT --as-of DATE] [-o FILE]\n"
    "                         DOCUMENT [PLAN_ID]\n"
    "       careerplan render --html|--text --review REVIEW_ID [-o FILE] DOCUMENT\n"
    "       careerplan render --html [--as-of DATE] [--within DAYS] [-o FILE]\n"
    "                         DOCUMENT\n"
    "       careerplan render --ics [--as-of DATE] [-o FILE] DOCUMENT [CLIENT_ID]\n"
    "\n"
    "Render DOCUMENT ('-' for standard input) for people, as its kind asks.\n"
    "\n"
    "A client: its plan PLAN_ID (without it, the newest plan, the latest made):\n"
    "where you are now, where you want to be, how you will get there, each\n"
    "goal's actions as who does what by when, supporters, resources, artefacts\n"
    "and the next review. With --review, the summary of review REVIEW_ID instead.\n"
    "\n"
    "A strategic plan (--html only): laid out like the template of a strategic\n"
    "careers plan: the careers vision, the key priorities, the plan's details,\n"
    "each priority's objectives, outcomes, actions, who is responsible and the\n"
    "milestones, then each key performance metric's progress as a bar.\n"
    "\n"
    "A caseload (--html only): what 'careerplan due' lists as\n"
    "of DATE, as tables: overdue actions, actions due within DAYS (default 14)\n"
    "and reviews due.\n"
    "\n"
    "--html writes a standalone page (no script, no external assets, a print\n"
    "stylesheet; all text escaped; only http, https and mailto links). --text\n"
    "writes a client's plan or review as text wrapped to the terminal's width\n"
    "(COLUMNS, else 80); for a strategic plan or a caseload it is a usage error.\n"
    "--ics writes what 'careerplan calendar' writes for a client or a caseload\n"
    "(CLIENT_ID: only that client), with --as-of as the date stamp (default:\n"
    "today, UTC).\n"
    "\n"
    "With --for, the plan as RECIPIENT (a supporter id or a role) may see it\n"
    "under the client's consent active on DATE: exactly what 'careerplan export'\n"
    "would give. No disclosure is logged and DOCUMENT is not changed.\n"
    "\n"
    "Options:\n"
    "  --html           write HTML\n"
    "  --text           write text (a client only)\n"
    "  --ics            write iCalendar (a client or a caseload)\n"
    "  --for RECIPIENT  redact the plan for RECIPIENT (needs --as-of: it decides\n"
    "                   which consent applies, so it is never assumed)\n"
    "  --as-of DATE     YYYY-MM-DD or 'today': the date of the consent check\n"
    "                   (with --for, required), the date a caseload is listed\n"
    "                   as of (default: today, the local date), or the date\n"
    "                   stamp (with --ics)\n"
    "  --within DAYS    a caseload: how far ahead to look, in days (default 14)\n"
    "  --review ID      render the summary of this review instead of a plan\n"
    "  -o, --output FILE  write to FILE (replaced atomically) instead of stdout\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when DOCUMENT is invalid or of a kind the\n"
    "format does not render, has no such plan, review or client, the consent\n"
    "does not cover RECIPIENT, or the output cannot be written; 2 on a usage\n"
    "error.\n";

static int width_of_terminal(void)
{
    const char *columns = getenv("COLUMNS");
    char *end = NULL;
    long w = columns ? strtol(columns, &end, 10) : 0;
    return columns && *columns && end && !*end && w > 0 && w < 10000 ? (int)w : 80;
}

/* Renders what was asked into *text; reports and returns CLI_FAIL when it cannot. */
static int render(const char *file, cp_client *client, int html, const char *review_id,
                  const char *plan_id, const char *recipient, cp_date as_of, char **text)
{
    cp_error err;
    cp_status st;
    if (review_id) {
        cp_review *review = cp_client_find_review(client, review_id);
        if (!review) {
            cli_error(file, NULL, "no review \"%s\"", review_id);
            return CLI_FAIL;
        }
        st = html ? cp_review_summary_html(review, text, &err)
                  : cp_review_summary_text(review, text, &err);
    } else if (html) {
        st = cp_client_plan_html(client, plan_id, recipient, as_of, text, &err);
    } else {
        st = cp_client_plan_text(client, plan_id, recipient, as_of, width_of_terminal(), text,
                                 &err);
    }
    if (st == CP_OK)
        return CLI_OK;
    if (st == CP_ECONSENT)
        cli_error(file, NULL, "consent refused: %s", err.message);
    else
        cli_report_error(file, &err);
    return CLI_FAIL;
}

/* The options of one run. */
typedef struct render_args {
    int html, text, ics, n;
    const char *recipient, *as_of_text, *review_id, *within_text, *output;
    cp_date as_of;
    int within;
} render_args;

/* A client: its plan or a review, as HTML or text. */
static int render_client(const cli_command *cmd, const char *file, cp_client *client,
                         const render_args *a, char **argv, char **out)
{
    if (a->within_text)
        return cli_usage_error(cmd, "--within is only for a caseload");
    if (a->n > (a->review_id ? 1 : 2))
        return cli_usage_error(cmd, "too many operands");
    if (a->review_id && a->recipient)
        return cli_usage_error(cmd, "--review cannot be redacted with --for");
    if (a->recipient && !a->as_of_text)
        return cli_missing_option(cmd, "as-of", "with --for");
    if (a->as_of_text && !a->recipient)
        return cli_usage_error(cmd, "--as-of is only for --for");
    return render(file, client, a->html, a->review_id, a->n == 2 ? argv[2] : NULL, a->recipient,
                  a->as_of, out);
}

/* A strategic plan or a caseload: an HTML page only. */
static int render_other(const cli_command *cmd, const char *file, cp_document *doc,
                        const render_args *a, char **out)
{
    cp_strategic_plan *plan = cp_document_strategic_plan(doc);
    cp_caseload *caseload = cp_document_caseload(doc);
    const char *kind = cp_document_kind_to_string(cp_document_get_kind(doc));
    if (!plan && !caseload) {
        cli_error(file, "/kind", "render cannot render a \"%s\" document", kind);
        return CLI_FAIL;
    }
    if (a->text)
        return cli_usage_error(cmd, "--text renders a client only; use --html for a \"%s\"",
                               kind);
    if (a->recipient || a->review_id || a->n > 1)
        return cli_usage_error(cmd, "%s is only for a client", a->recipient ? "--for"
                                    : a->review_id                  ? "--review"
                                                                    : "PLAN_ID");
    if (plan && (a->as_of_text || a->within_text))
        return cli_usage_error(cmd, "--%s is not for a strategic plan",
                               a->as_of_text ? "as-of" : "within");
    /* A caseload's listing is as of today unless --as-of says otherwise. */
    cp_date as_of = a->as_of;
    if (caseload && !a->as_of_text &&
        cli_parse_date(cmd, "as-of", "today", &as_of) != CLI_CONTINUE)
        return CLI_USAGE;
    cp_error err;
    cp_status st = plan ? cp_strategic_plan_html(plan, out, &err)
                        : cp_caseload_due_html(caseload, as_of, a->within, out, &err);
    if (st == CP_OK)
        return CLI_OK;
    cli_report_error(file, &err);
    return CLI_FAIL;
}

/* render --ics: careerplan calendar's output, with its defaults. */
static int render_ics(const cli_command *cmd, const render_args *a, char **argv)
{
    if (a->recipient || a->review_id || a->within_text)
        return cli_usage_error(cmd, "--%s is not for --ics", a->recipient ? "for"
                                    : a->review_id                 ? "review"
                                                                   : "within");
    if (a->n > 2)
        return cli_usage_error(cmd, "too many operands");
    cp_ical_options opts = CP_ICAL_OPTIONS_INIT;
    opts.as_of = a->as_of;
    opts.flags = CP_ICAL_REVIEWS;
    return cli_calendar_write(argv[1], a->n == 2 ? argv[2] : NULL, &opts, a->output);
}

int cli_render_main(const cli_command *cmd, int argc, char **argv)
{
    render_args a = {0};
    const cli_option options[] = {
        {"html", 0, &a.html, NULL},
        {"text", 0, &a.text, NULL},
        {"ics", 0, &a.ics, NULL},
        {"for", 0, NULL, &a.recipient},
        {"as-of", 0, NULL, &a.as_of_text},
        {"within", 0, NULL, &a.within_text},
        {"review", 0, NULL, &a.review_id},
        {"output", 'o', NULL, &a.output},
        {NULL, 0, NULL, NULL},
    };
    int rc = cli_parse_options(cmd, argc, argv, options, &a.n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (a.html + a.text + a.ics != 1)
        return cli_usage_error(cmd, "give one of --html, --text and --ics");
    if (a.n < 1)
        return cli_usage_error(cmd, "no DOCUMENT given");
    a.as_of = cp_date_none();
    a.within = 14;
    if (a.as_of_text && (rc = cli_parse_date(cmd, "as-of", a.as_of_text, &a.as_of)) != CLI_CONTINUE)
        return rc;
    if (a.within_text && (rc = cli_parse_days(cmd, "within", a.within_text, &a.within)) !=
                             CLI_CONTINUE)
        return rc;
    if (a.ics)
        return render_ics(cmd, &a, argv);

    const char *file = cli_display_name(argv[1]);
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    cp_client *client = cp_document_client(doc);
    char *out = NULL;
    rc = client ? render_client(cmd, file, client, &a, argv, &out)
                : render_other(cmd, file, doc, &a, &out);
    if (rc == CLI_OK)
        rc = a.output ? cli_write_output(a.output, out) : cli_write_stdout(out, strlen(out));
    cp_free(out);
    cp_document_free(doc);
    return rc;
}
