/*
 * careerplan stats: summary figures of a caseload as of a date
 * (cp_caseload_stats and the caseload queries), for people or scripts.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char cli_stats_usage[] =
    "usage: careerplan stats [--as-of DATE] [--from DATE] [--to DATE] [--json|--csv]\n"
    "                        FILE\n"
    "\n"
    "Print summary figures of FILE ('-' for standard input), a caseload or a single\n"
    "client, as of DATE: clients, plans, agreed plans, actions by status, overdue\n"
    "actions (open actions of plans not closed, due before DATE), reviews held in\n"
    "the period, goals by skill area, the mean change in confidence between\n"
    "successive reviews that scored the same goal ('n/a' when there is none),\n"
    "clients without an agreed plan and plans that are not closed with an open\n"
    "action failing SMART. Statuses and skill areas are in words (\"in progress\"),\n"
    "the figures lined up in a column.\n"
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
    "  --csv           print CSV instead (RFC 4180, CRLF): a header record of the\n"
    "                  JSON's names, nested ones as period.from, actions.planned,\n"
    "                  goals.unset..., name always first, then one record of the\n"
    "                  values (empty for no name and for null)\n"
    "  -h, --help      show this help\n"
    "\n"
    "A FILE whose name ends in '.jsonl' is read as JSON Lines, a client at a\n"
    "time in constant memory (see 'careerplan help validate'); the figures are\n"
    "those of the same clients as one caseload, without a name. On a terminal,\n"
    "long work shows a progress line on stderr.\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid or the output cannot be\n"
    "written, 2 on a usage error.\n";

/* Adds the row "LABEL:  VALUE", the value formatted with printf rules. */
static int add(cli_table *t, const char *label, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int add(cli_table *t, const char *label, const char *fmt, ...)
{
    char value[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(value, sizeof value, fmt, ap);
    va_end(ap);
    const char *cells[] = {label, value};
    return cli_table_add(t, cells);
}

/* "  in progress:" for an enumeration value's name. */
static int add_enum(cli_table *t, const char *name, size_t n)
{
    char *words = cli_words(name);
    char *label = words ? cli_strdupf("  %s:", words) : NULL;
    int rc = label ? add(t, label, "%zu", n) : -1;
    free(label);
    free(words);
    return rc;
}

/* The figures as a table of labels and values, lined up. */
static int fill(cli_table *t, const cp_stats *s, cp_date as_of, cp_date from, cp_date to)
{
    char d1[CP_DATE_BUFSIZE], d2[CP_DATE_BUFSIZE];
    cli_format_date(as_of, d1);
    /* One statement a row: the operands of | are not evaluated in order. */
    int bad = add(t, "As of:", "%s", d1);
    bad |= add(t, "Clients:", "%zu", cp_stats_clients(s));
    bad |= add(t, "Plans:", "%zu", cp_stats_plans(s));
    bad |= add(t, "Agreed plans:", "%zu", cp_stats_agreed_plans(s));
    bad |= cli_table_add_line(t, "Actions by status:");
    for (int st = CP_ACTION_STATUS_PLANNED; st <= CP_ACTION_STATUS_DROPPED; st++)
        bad |= add_enum(t, cp_action_status_to_string((cp_action_status)st),
                        cp_stats_actions(s, (cp_action_status)st));
    bad |= add(t, "Overdue actions:", "%zu", cp_stats_overdue_actions(s));
    cli_format_date(from, d1);
    cli_format_date(to, d2);
    char *held = cli_strdupf("Reviews held (%s to %s):", d1, d2);
    bad |= held ? add(t, held, "%zu", cp_stats_reviews_held(s)) : -1;
    free(held);
    bad |= cli_table_add_line(t, "Goals by skill area:");
    for (int a = CP_SKILL_AREA_SELF_AWARENESS; a <= CP_SKILL_AREA_OTHER; a++)
        bad |= add_enum(t, cp_skill_area_to_string((cp_skill_area)a),
                        cp_stats_goals(s, (cp_skill_area)a));
    bad |= add(t, "  (no skill area):", "%zu", cp_stats_goals(s, CP_SKILL_AREA_UNSET));
    double mean = 0.0;
    size_t changes = cp_stats_confidence_changes(s);
    if (cp_stats_mean_confidence_change(s, &mean) == CP_OK)
        bad |= add(t, "Mean confidence change:", "%+.2f (%zu change%s)", mean, changes,
                   changes == 1 ? "" : "s");
    else
        bad |= add(t, "Mean confidence change:", "n/a");
    bad |= add(t, "Clients without an agreed plan:", "%zu",
               cp_stats_clients_without_agreed_plan(s));
    bad |= add(t, "Plans failing SMART:", "%zu", cp_stats_plans_failing_smart(s));
    return bad ? -1 : 0;
}

/* Prints the figures for people; -1 when out of memory. */
static int print_text(const char *name, const cp_stats *s, cp_date as_of, cp_date from,
                      cp_date to)
{
    cli_table *t = cli_table_new(2);
    int rc = t && fill(t, s, as_of, from, to) == 0 ? 0 : -1;
    if (rc == 0) {
        if (name) {
            fputs("Caseload: ", stdout);
            cli_put_text(stdout, name);
            fputs("\n", stdout);
        }
        cli_table_print(t, stdout, "");
    }
    cli_table_free(t);
    return rc;
}

/* The figures as CSV: the JSON's leaves, "name" first even when there is
 * none, so that every file has the same columns. */
static int write_csv(const char *file, const char *json_text)
{
    json_t *figures = json_loads(json_text, 0, NULL);
    json_t *row = json_object();
    int bad = !figures || !row;
    if (!bad) {
        json_t *name = json_object_get(figures, "name");
        bad = json_object_set(row, "name", name ? name : json_null()) != 0;
        if (!bad && name)
            json_object_del(figures, "name");
        bad = bad || json_object_update(row, figures) != 0 ||
              cli_csv_put_object(stdout, row) != 0;
    }
    json_decref(figures);
    json_decref(row);
    if (bad) {
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    return CLI_OK;
}

int cli_stats_main(const cli_command *cmd, int argc, char **argv)
{
    const char *as_of_text = NULL;
    const char *from_text = NULL;
    const char *to_text = NULL;
    int json = 0, csv = 0;
    const cli_option options[] = {
        {"as-of", 0, NULL, &as_of_text},
        {"from", 0, NULL, &from_text},
        {"to", 0, NULL, &to_text},
        {"json", 0, &json, NULL},
        {"csv", 0, &csv, NULL},
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
    if (json && csv)
        return cli_usage_error(cmd, "--json and --csv exclude each other");
    if (n != 1)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected exactly one FILE");

    const char *file = cli_display_name(argv[1]);
    cp_caseload *caseload = NULL;
    const char *name = NULL;
    cp_stats *stats = NULL;
    char *text = NULL;
    cp_error err;
    cp_error_clear(&err);
    if (cli_is_jsonl(argv[1])) {
        /* A client at a time; a JSON Lines file carries no caseload name. */
        if (cli_stats_jsonl(argv[1], as_of, from, to, &stats) != CLI_OK)
            return CLI_FAIL;
    } else {
        if (cli_load_caseload(argv[1], &caseload) != CLI_OK)
            return CLI_FAIL;
        name = cp_caseload_get_name(caseload);
    }
    if ((!stats && cp_caseload_stats(caseload, as_of, from, to, &stats, &err) != CP_OK) ||
        ((json || csv) && cp_stats_to_json(stats, &text, &err) != CP_OK)) {
        cli_report_error(file, &err);
        rc = CLI_FAIL;
    } else if (json) {
        rc = cli_write_stdout(text, strlen(text));
    } else if (csv) {
        rc = write_csv(file, text);
    } else if (print_text(name, stats, as_of, from, to) != 0) {
        cli_error(file, NULL, "out of memory");
        rc = CLI_FAIL;
    } else {
        rc = CLI_OK;
    }
    cp_free(text);
    cp_stats_free(stats);
    cp_caseload_free(caseload);
    return rc;
}
