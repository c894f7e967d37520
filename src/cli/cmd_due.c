/*
 * careerplan due: what falls due in a caseload as of a date — overdue
 * actions, actions due soon and reviews due — for people or for scripts.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdlib.h>

const char cli_due_usage[] =
    "usage: careerplan due [--as-of DATE] [--within DAYS] [--json|--csv] FILE\n"
    "\n"
    "List what falls due in FILE ('-' for standard input), a caseload or a single\n"
    "client, as of DATE: open actions (planned, in progress, partly done) of plans\n"
    "that are not closed whose due date is before DATE ('Overdue actions') or from\n"
    "DATE to DATE + DAYS ('Actions due by ...'), and plans that are not closed\n"
    "whose next review is on or before DATE + DAYS ('Reviews due', overdue ones\n"
    "included; not a plan that leaves the next meeting to the client). Each list\n"
    "is sorted by date, then in caseload order. Lines read, their columns lined\n"
    "up across the lists:\n"
    "\n"
    "  2026-03-01  (3 days overdue)  client c1 (Sam)  plan p1  action a1: Open day\n"
    "  2026-03-10  (in 6 days)       client c1 (Sam)  plan p1\n"
    "\n"
    "Options:\n"
    "  --as-of DATE    the date to report as of, YYYY-MM-DD or 'today'\n"
    "                  (default: today, the local date)\n"
    "  --within DAYS   how far ahead to look, in days (default 14; 0: today only)\n"
    "  --json          print a JSON object instead: {\"as_of\", \"within\", \"until\",\n"
    "                  \"overdue\", \"due\", \"reviews\"}; each item has \"date\", \"days\"\n"
    "                  (negative when overdue), \"client\", \"name\" (when recorded),\n"
    "                  \"plan\" and, for actions, \"goal\", \"action\", \"description\"\n"
    "  --csv           print CSV instead (RFC 4180, CRLF): a header record, then\n"
    "                  one record per item: list (overdue, due or reviews), date,\n"
    "                  days, client, name, plan, goal, action, description, as\n"
    "                  in the JSON (empty when absent)\n"
    "  -h, --help      show this help\n"
    "\n"
    "A FILE whose name ends in '.jsonl' is read as JSON Lines, a client at a\n"
    "time in constant memory (see 'careerplan help validate'); the lists are\n"
    "those of the same clients as one caseload. On a terminal, long work shows\n"
    "a progress line on stderr.\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid or the output cannot be\n"
    "written, 2 on a usage error.\n";

/* "(3 days overdue)", "(today)", "(in 1 day)": a day, days. */
static void format_days(long days, char *buf, size_t size)
{
    if (days < 0)
        snprintf(buf, size, "(%ld day%s overdue)", -days, days == -1 ? "" : "s");
    else if (days == 0)
        snprintf(buf, size, "(today)");
    else
        snprintf(buf, size, "(in %ld day%s)", days, days == 1 ? "" : "s");
}

/* The string member key of a JSON item, or "" when absent. */
static const char *member(const json_t *item, const char *key)
{
    const char *v = json_string_value(json_object_get(item, key));
    return v ? v : "";
}

/* One hit (an item of cp_hits_to_json()) as a row: date, days, client, plan
 * and, for an action, the action. */
static int add_hit(cli_table *t, const json_t *h)
{
    char days[64];
    const char *date = json_object_get(h, "date") ? member(h, "date") : "-";
    format_days((long)json_integer_value(json_object_get(h, "days")), days, sizeof days);
    const json_t *name = json_object_get(h, "name");
    char *client = name ? cli_strdupf("client %s (%s)", member(h, "client"), member(h, "name"))
                        : cli_strdupf("client %s", member(h, "client"));
    char *plan = cli_strdupf("plan %s", member(h, "plan"));
    char *action = json_object_get(h, "action")
                       ? cli_strdupf("action %s: %s", member(h, "action"), member(h, "description"))
                       : cli_strdupf("%s", "");
    int rc = -1;
    if (client && plan && action) {
        const char *cells[] = {date, days, client, plan, action};
        rc = cli_table_add(t, cells);
    }
    free(client);
    free(plan);
    free(action);
    return rc;
}

/* A section of the report: its heading, then its hits or "none". */
static int add_section(cli_table *t, const char *heading, const json_t *hits, int first)
{
    size_t n = json_array_size(hits);
    char line[80];
    snprintf(line, sizeof line, "%s:", heading);
    if ((!first && cli_table_add_line(t, "") != 0) || cli_table_add_line(t, line) != 0 ||
        (n == 0 && cli_table_add_line(t, "  none") != 0))
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (add_hit(t, json_array_get(hits, i)) != 0)
            return -1;
    }
    return 0;
}

/* A list in the library's JSON form of hits (cp_hits_to_json()), as a value
 * to put in the report. */
static json_t *json_section(const cp_hits *hits, int *bad)
{
    char *text = NULL;
    if (cp_hits_to_json(hits, &text, NULL) != CP_OK) {
        *bad = 1;
        return NULL;
    }
    json_t *list = json_loads(text, 0, NULL);
    cp_free(text);
    if (!list)
        *bad = 1;
    return list;
}

/* The report as CSV: a header, then one record per item of each list, the
 * list named in the first field; releases root. */
static int write_csv(const char *file, json_t *root, int bad)
{
    static const char *const lists[] = {"overdue", "due", "reviews"};
    static const char *const columns[] = {"list",  "date", "days",   "client",     "name",
                                          "plan",  "goal", "action", "description"};
    const size_t ncolumns = sizeof columns / sizeof columns[0];
    if (!root || bad) {
        json_decref(root);
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    cli_csv_put_header(stdout, columns, ncolumns);
    for (size_t l = 0; l < sizeof lists / sizeof lists[0] && !bad; l++) {
        const json_t *items = json_object_get(root, lists[l]);
        for (size_t i = 0; i < json_array_size(items) && !bad; i++) {
            const json_t *item = json_array_get(items, i);
            cli_csv_put_field(stdout, lists[l]);
            for (size_t c = 1; c < ncolumns && !bad; c++) {
                putc(',', stdout);
                bad = cli_csv_put_value(stdout, json_object_get(item, columns[c])) != 0;
            }
            fputs("\r\n", stdout);
        }
    }
    json_decref(root);
    if (bad) {
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    return CLI_OK;
}

/* The three lists of a caseload (or a client) document, sorted by date. */
static int caseload_lists(const char *arg, cp_date as_of, int within, json_t *lists[3])
{
    const char *file = cli_display_name(arg);
    cp_caseload *caseload = NULL;
    if (cli_load_caseload(arg, &caseload) != CLI_OK)
        return CLI_FAIL;
    cp_hits *hits[3] = {NULL, NULL, NULL};
    cp_error err;
    cp_error_clear(&err);
    int rc = CLI_OK;
    if (cp_caseload_actions_overdue(caseload, as_of, &hits[0], &err) != CP_OK ||
        cp_caseload_actions_due(caseload, as_of, within, &hits[1], &err) != CP_OK ||
        cp_caseload_reviews_due(caseload, as_of, within, &hits[2], &err) != CP_OK) {
        cli_report_error(file, &err);
        rc = CLI_FAIL;
    }
    int bad = 0;
    for (int k = 0; k < 3; k++) {
        if (rc == CLI_OK) {
            cp_hits_sort_by_date(hits[k]);
            json_t *items = json_section(hits[k], &bad);
            bad |= items && json_array_extend(lists[k], items) != 0;
            json_decref(items);
        }
        cp_hits_free(hits[k]);
    }
    cp_caseload_free(caseload);
    if (rc == CLI_OK && bad) {
        cli_error(file, NULL, "out of memory");
        rc = CLI_FAIL;
    }
    return rc;
}

int cli_due_main(const cli_command *cmd, int argc, char **argv)
{
    cli_window w = {.allow_csv = 1};
    int rc = cli_parse_window(cmd, argc, argv, &w);
    if (rc != CLI_CONTINUE)
        return rc;
    cp_date as_of = w.as_of, until = w.until;
    int within = w.within, json = w.json, csv = w.csv;

    const char *file = cli_display_name(argv[1]);
    /* The three lists as cp_hits_to_json() writes them: from a caseload, or
     * a client at a time from JSON Lines. */
    json_t *lists[3] = {json_array(), json_array(), json_array()};
    if (!lists[0] || !lists[1] || !lists[2]) {
        cli_error(file, NULL, "out of memory");
        rc = CLI_FAIL;
    } else if (cli_is_jsonl(argv[1])) {
        rc = cli_due_jsonl(argv[1], as_of, within, lists);
    } else {
        rc = caseload_lists(argv[1], as_of, within, lists);
    }
    if (rc != CLI_OK)
        goto done;
    if (json || csv) {
        int bad = 0;
        json_t *root = json_object();
        if (root) {
            cli_json_set(root, "as_of", cli_json_date(as_of), &bad);
            cli_json_set(root, "within", json_integer(within), &bad);
            cli_json_set(root, "until", cli_json_date(until), &bad);
            cli_json_set(root, "overdue", json_incref(lists[0]), &bad);
            cli_json_set(root, "due", json_incref(lists[1]), &bad);
            cli_json_set(root, "reviews", json_incref(lists[2]), &bad);
        }
        rc = json ? cli_write_json(file, root, bad) : write_csv(file, root, bad);
    } else {
        /* One table, so that the columns line up across the sections. */
        char heading[64], date[CP_DATE_BUFSIZE];
        cli_format_date(until, date);
        snprintf(heading, sizeof heading, "Actions due by %s", date);
        cli_table *t = cli_table_new(5);
        if (!t || add_section(t, "Overdue actions", lists[0], 1) != 0 ||
            add_section(t, heading, lists[1], 0) != 0 ||
            add_section(t, "Reviews due", lists[2], 0) != 0) {
            cli_error(file, NULL, "out of memory");
            rc = CLI_FAIL;
        } else {
            cli_table_print(t, stdout, "  ");
            rc = CLI_OK;
        }
        cli_table_free(t);
    }
done:
    for (int k = 0; k < 3; k++)
        json_decref(lists[k]);
    return rc;
}
