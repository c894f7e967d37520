/*
 * careerplan stats: summary figures of a caseload as of a date
 * (cp_caseload_stats and the caseload queries), for people or scripts.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <string.h>

const char cli_stats_usage[] =
    "usage: careerplan stats [--as-of DATE] [--from DATE] [--to DATE] [--json] FILE\n"
    "\n"
    "Print summary figures of FILE ('-' for standard input), a caseload or a single\n"
    "client, as of DATE: clients, plans, agreed plans, actions by status, overdue\n"
    "actions (open actions of plans not closed, due before DATE), reviews held in\n"
    "the period, goals by skill area, the mean change in confidence between\n"
    "successive reviews that scored the same goal ('n/a' when there is none),\n"
    "clients without an agreed plan and plans that are not closed with an open\n"
    "action failing SMART.\n"
    "\n"
    "The period runs from --from (default: 1 September of the academic year of\n"
    "DATE) to --to (default: DATE), both days included.\n"
    "\n"
    "Options:\n"
    "  --as-of DATE    the date to report as of, YYYY-MM-DD or 'today'\n"
    "                  (default: today, the local date)\n"
    "  --from DATE     first day of the period for reviews held\n"
    "  --to DATE       last day of the period for reviews held\n"
    "  --json          print the figures as a JSON object with snake_case keys:\n"
    "                  name (the caseload's, when recorded), as_of,\n"
    "                  period {from, to}, clients, plans, agreed_plans,\n"
    "                  actions {planned, in_progress, done, partly_done,\n"
    "                  not_done, dropped}, overdue_actions, reviews_held,\n"
    "                  goals {one key per skill area, and unset},\n"
    "                  confidence_changes, mean_confidence_change (null when\n"
    "                  n/a), clients_without_agreed_plan, plans_failing_smart\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid or the output cannot be\n"
    "written, 2 on a usage error.\n";

static void print_text(const char *name, const cp_stats *s, cp_date as_of, cp_date from,
                       cp_date to)
{
    char d1[CP_DATE_BUFSIZE], d2[CP_DATE_BUFSIZE];
    if (name) {
        fputs("Caseload: ", stdout);
        cli_put_text(stdout, name);
        fputs("\n", stdout);
    }
    cli_format_date(as_of, d1);
    printf("As of: %s\n", d1);
    printf("Clients: %zu\n", cp_stats_clients(s));
    printf("Plans: %zu\n", cp_stats_plans(s));
    printf("Agreed plans: %zu\n", cp_stats_agreed_plans(s));
    fputs("Actions by status:\n", stdout);
    for (int st = CP_ACTION_STATUS_PLANNED; st <= CP_ACTION_STATUS_DROPPED; st++)
        printf("  %s: %zu\n", cp_action_status_to_string((cp_action_status)st),
               cp_stats_actions(s, (cp_action_status)st));
    printf("Overdue actions: %zu\n", cp_stats_overdue_actions(s));
    cli_format_date(from, d1);
    cli_format_date(to, d2);
    printf("Reviews held (%s to %s): %zu\n", d1, d2, cp_stats_reviews_held(s));
    fputs("Goals by skill area:\n", stdout);
    for (int a = CP_SKILL_AREA_SELF_AWARENESS; a <= CP_SKILL_AREA_OTHER; a++)
        printf("  %s: %zu\n", cp_skill_area_to_string((cp_skill_area)a),
               cp_stats_goals(s, (cp_skill_area)a));
    printf("  (no skill area): %zu\n", cp_stats_goals(s, CP_SKILL_AREA_UNSET));
    double mean = 0.0;
    size_t changes = cp_stats_confidence_changes(s);
    if (cp_stats_mean_confidence_change(s, &mean) == CP_OK)
        printf("Mean confidence change: %+.2f (%zu change%s)\n", mean, changes,
               changes == 1 ? "" : "s");
    else
        fputs("Mean confidence change: n/a\n", stdout);
    printf("Clients without an agreed plan: %zu\n", cp_stats_clients_without_agreed_plan(s));
    printf("Plans failing SMART: %zu\n", cp_stats_plans_failing_smart(s));
}

int cli_stats_main(const cli_command *cmd, int argc, char **argv)
{
    const char *as_of_text = NULL;
    const char *from_text = NULL;
    const char *to_text = NULL;
    int json = 0;
    const cli_option options[] = {
        {"as-of", 0, NULL, &as_of_text},
        {"from", 0, NULL, &from_text},
        {"to", 0, NULL, &to_text},
        {"json", 0, &json, NULL},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    /* Only the reference date of the report: today unless given. */
    cp_date as_of;
    if ((rc = cli_parse_date(cmd, "as-of", as_of_text ? as_of_text : "today", &as_of)) !=
        CLI_CONTINUE)
        return rc;
    /* The library's defaults, worked out here too so that the period can be printed. */
    cp_date from = {cp_date_academic_year(as_of), 9, 1};
    cp_date to = as_of;
    if (from_text && (rc = cli_parse_date(cmd, "from", from_text, &from)) != CLI_CONTINUE)
        return rc;
    if (to_text && (rc = cli_parse_date(cmd, "to", to_text, &to)) != CLI_CONTINUE)
        return rc;
    if (cp_date_compare(to, from) < 0) {
        char d1[CP_DATE_BUFSIZE], d2[CP_DATE_BUFSIZE];
        cli_format_date(from, d1);
        cli_format_date(to, d2);
        return cli_usage_error(cmd, "the period ends (%s) before it starts (%s)", d2, d1);
    }
    if (n != 1)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected exactly one FILE");

    const char *file = cli_display_name(argv[1]);
    cp_caseload *caseload = NULL;
    if (cli_load_caseload(argv[1], &caseload) != CLI_OK)
        return CLI_FAIL;
    const char *name = cp_caseload_get_name(caseload);
    cp_stats *stats = NULL;
    char *text = NULL;
    cp_error err;
    cp_error_clear(&err);
    if (cp_caseload_stats(caseload, as_of, from, to, &stats, &err) != CP_OK ||
        (json && cp_stats_to_json(stats, &text, &err) != CP_OK)) {
        cli_report_error(file, &err);
        rc = CLI_FAIL;
    } else if (json) {
        rc = cli_write_stdout(text, strlen(text));
    } else {
        print_text(name, stats, as_of, from, to);
        rc = CLI_OK;
    }
    cp_free(text);
    cp_stats_free(stats);
    cp_caseload_free(caseload);
    return rc;
}
