/*
 * careerplan calendar: a client's (or a caseload's) actions and reviews as
 * an iCalendar file (<careerplan/calendar.h>).
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <errno.h>
#include <string.h>
#include <time.h>

const char cli_calendar_usage[] =
    "usage: careerplan calendar [--owner OWNER] [--as-of DATE] [--no-reviews]\n"
    "                           [--sensitive] [-o FILE] FILE [CLIENT_ID]\n"
    "\n"
    "Write the actions of FILE (a client, or a caseload) that have a due date as\n"
    "iCalendar (RFC 5545) to-dos, and each open plan's next review as an all-day\n"
    "event, for the plan's own people to import into their calendars. With\n"
    "CLIENT_ID, only that client's. Each action keeps its UID from one calendar\n"
    "to the next, so importing again updates it. Optional and ongoing actions\n"
    "have no due date and are left out; so are sensitive goals and actions,\n"
    "unless --sensitive. Support flags and other special-category data are\n"
    "never written.\n"
    "\n"
    "Options:\n"
    "  --owner OWNER    only the actions of OWNER: client, adviser (or\n"
    "                   practitioner) or supporter\n"
    "  --as-of DATE     the DTSTAMP of every entry, YYYY-MM-DD (default: today, UTC)\n"
    "  --no-reviews     leave the plans' next reviews out\n"
    "  --sensitive      include sensitive goals and actions\n"
    "  -o, --output FILE  write the calendar to FILE instead of standard output\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when FILE is invalid, there is no such client,\n"
    "or the output cannot be written; 2 on a usage error.\n";

static int parse_owner(const cli_command *cmd, const char *text, cp_owner *out)
{
    if (!text) {
        *out = CP_OWNER_UNSET;
        return CLI_CONTINUE;
    }
    if (strcmp(text, "practitioner") == 0)
        text = "adviser";
    if (cp_owner_from_string(text, out) != CP_OK)
        return cli_usage_error(cmd, "--owner: \"%s\" is not client, adviser, practitioner or "
                                    "supporter", text);
    return CLI_CONTINUE;
}

static cp_date today(void)
{
    time_t now = time(NULL);
    const struct tm *tm = gmtime(&now); /* the tool is single-threaded */
    cp_date d = CP_DATE_NONE;
    if (tm)
        d = (cp_date){tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday};
    return d;
}

static int calendar(const char *file, const cp_caseload *caseload, const char *client_id,
                    const cp_ical_options *opts, const char *output)
{
    cp_error err;
    char *text = NULL;
    cp_status st;
    if (client_id) {
        const cp_client *client = cp_caseload_find_client(caseload, client_id);
        if (!client) {
            cli_error(file, NULL, "no client \"%s\"", client_id);
            return CLI_FAIL;
        }
        st = cp_client_to_ical(client, opts, &text, &err);
    } else {
        st = cp_caseload_to_ical(caseload, opts, &text, &err);
    }
    if (st != CP_OK) {
        cli_report_error(file, &err);
        return CLI_FAIL;
    }
    int rc = output ? cli_write_output(output, text) : cli_write_stdout(text, strlen(text));
    cp_free(text);
    return rc;
}

int cli_calendar_write(const char *arg, const char *client_id, const cp_ical_options *opts,
                       const char *output)
{
    cp_ical_options dated = *opts;
    if (!cp_date_is_valid(dated.as_of))
        dated.as_of = today();
    cp_caseload *caseload = NULL;
    if (cli_load_caseload(arg, &caseload) != CLI_OK)
        return CLI_FAIL;
    int rc = calendar(cli_display_name(arg), caseload, client_id, &dated, output);
    cp_caseload_free(caseload);
    return rc;
}

int cli_calendar_main(const cli_command *cmd, int argc, char **argv)
{
    const char *owner_text = NULL, *as_of_text = NULL, *output = NULL;
    int no_reviews = 0, sensitive = 0;
    const cli_option options[] = {
        {"owner", 0, NULL, &owner_text},
        {"as-of", 0, NULL, &as_of_text},
        {"no-reviews", 0, &no_reviews, NULL},
        {"sensitive", 0, &sensitive, NULL},
        {"output", 'o', NULL, &output},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    cp_ical_options opts = CP_ICAL_OPTIONS_INIT;
    if ((rc = parse_owner(cmd, owner_text, &opts.owner)) != CLI_CONTINUE)
        return rc;
    opts.as_of = cp_date_none();
    if (as_of_text && (rc = cli_parse_date(cmd, "as-of", as_of_text, &opts.as_of)) != CLI_CONTINUE)
        return rc;
    opts.flags = (no_reviews ? 0u : CP_ICAL_REVIEWS) | (sensitive ? CP_ICAL_SENSITIVE : 0u);
    if (output && !*output)
        return cli_usage_error(cmd, "--output: the file name is empty");
    if (n < 1 || n > 2)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected FILE and at most one "
                                                               "CLIENT_ID");
    return cli_calendar_write(argv[1], n == 2 ? argv[2] : NULL, &opts, output);
}
