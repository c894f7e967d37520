/*
 * careerplan due: what falls due in a caseload as of a date — overdue
 * actions, actions due soon and reviews due — for people or for scripts.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdlib.h>

const char cli_due_usage[] =
    "usage: careerplan due --as-of DATE [--within DAYS] [--json] FILE\n"
    "\n"
    "List what falls due in FILE ('-' for standard input), a caseload or a single\n"
    "client, as of DATE: open actions (planned, in progress, partly done) of plans\n"
    "that are not closed whose due date is before DATE ('Overdue actions') or from\n"
    "DATE to DATE + DAYS ('Actions due by ...'), and plans that are not closed\n"
    "whose next review is on or before DATE + DAYS ('Reviews due', overdue ones\n"
    "included). Each list is sorted by date, then in caseload order. Lines read:\n"
    "\n"
    "  2026-03-01  (3 days overdue)  client c1 (Sam)  plan p1  action a1: Open day\n"
    "  2026-03-10  (in 6 days)  client c1 (Sam)  plan p1\n"
    "\n"
    "Options:\n"
    "  --as-of DATE    today's date, YYYY-MM-DD (required)\n"
    "  --within DAYS   how far ahead to look, in days (default 14; 0: today only)\n"
    "  --json          print a JSON object instead: {\"as_of\", \"within\", \"until\",\n"
    "                  \"overdue\", \"due\", \"reviews\"}; each item has \"date\", \"days\"\n"
    "                  (negative when overdue), \"client\", \"name\" (when recorded),\n"
    "                  \"plan\" and, for actions, \"goal\", \"action\", \"description\"\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid or the output cannot be\n"
    "written, 2 on a usage error.\n";

/* Hits sorted by date, ties kept in caseload order (the order the query gave). */
typedef struct sorted_hit {
    const cp_hit *hit;
    size_t index;
} sorted_hit;

static int by_date(const void *a, const void *b)
{
    const sorted_hit *x = a;
    const sorted_hit *y = b;
    int c = cp_date_compare(cp_hit_get_date(x->hit), cp_hit_get_date(y->hit));
    if (c)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

static sorted_hit *sort_hits(const cp_hits *hits)
{
    size_t n = cp_hits_count(hits);
    sorted_hit *s = malloc((n ? n : 1) * sizeof *s);
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        s[i].hit = cp_hits_at(hits, i);
        s[i].index = i;
    }
    qsort(s, n, sizeof *s, by_date);
    return s;
}

static void put_days(long days)
{
    if (days < 0)
        printf("(%ld day%s overdue)", -days, days == -1 ? "" : "s");
    else if (days == 0)
        fputs("(today)", stdout);
    else
        printf("(in %ld day%s)", days, days == 1 ? "" : "s");
}

static void print_section(const char *heading, const sorted_hit *s, size_t n)
{
    fputs(heading, stdout);
    fputs(":\n", stdout);
    if (n == 0)
        fputs("  none\n", stdout);
    for (size_t i = 0; i < n; i++) {
        const cp_hit *h = s[i].hit;
        char date[CP_DATE_BUFSIZE];
        cli_format_date(cp_hit_get_date(h), date);
        printf("  %s  ", date);
        put_days(cp_hit_get_days(h));
        fputs("  ", stdout);
        cli_put_client(stdout, cp_hit_get_client(h));
        fputs("  plan ", stdout);
        cli_put_text(stdout, cp_plan_get_id(cp_hit_get_plan(h)));
        const cp_action *a = cp_hit_get_action(h);
        if (a) {
            fputs("  action ", stdout);
            cli_put_text(stdout, cp_action_get_id(a));
            fputs(": ", stdout);
            cli_put_text(stdout, cp_action_get_description(a));
        }
        fputs("\n", stdout);
    }
}

static json_t *json_section(const sorted_hit *s, size_t n, int *bad)
{
    json_t *arr = json_array();
    if (!arr) {
        *bad = 1;
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        const cp_hit *h = s[i].hit;
        const cp_client *c = cp_hit_get_client(h);
        json_t *item = json_object();
        if (!item) {
            *bad = 1;
            break;
        }
        cli_json_set(item, "date", cli_json_date(cp_hit_get_date(h)), bad);
        cli_json_set(item, "days", json_integer(cp_hit_get_days(h)), bad);
        cli_json_set(item, "client", json_string(cp_client_get_id(c)), bad);
        const char *given = cp_client_get_given_name(c);
        const char *family = cp_client_get_family_name(c);
        if (given || family) {
            json_t *name = given && family ? json_sprintf("%s %s", given, family)
                                           : json_string(given ? given : family);
            cli_json_set(item, "name", name, bad);
        }
        cli_json_set(item, "plan", json_string(cp_plan_get_id(cp_hit_get_plan(h))), bad);
        const cp_action *a = cp_hit_get_action(h);
        if (a) {
            cli_json_set(item, "goal", json_string(cp_goal_get_id(cp_hit_get_goal(h))), bad);
            cli_json_set(item, "action", json_string(cp_action_get_id(a)), bad);
            cli_json_set(item, "description", json_string(cp_action_get_description(a)), bad);
        }
        cli_json_append(arr, item, bad);
    }
    return arr;
}

int cli_due_main(const cli_command *cmd, int argc, char **argv)
{
    const char *as_of_text = NULL;
    const char *within_text = NULL;
    int json = 0;
    const cli_option options[] = {
        {"as-of", 0, NULL, &as_of_text},
        {"within", 0, NULL, &within_text},
        {"json", 0, &json, NULL},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (!as_of_text)
        return cli_missing_option(cmd, "as-of", "DATE");
    cp_date as_of;
    if ((rc = cli_parse_date(cmd, "as-of", as_of_text, &as_of)) != CLI_CONTINUE)
        return rc;
    int within = 14;
    if (within_text && (rc = cli_parse_days(cmd, "within", within_text, &within)) != CLI_CONTINUE)
        return rc;
    if (n != 1)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected exactly one FILE");

    const char *file = cli_display_name(argv[1]);
    cp_caseload *caseload = NULL;
    if (cli_load_caseload(argv[1], &caseload) != CLI_OK)
        return CLI_FAIL;
    /* The last day looked at; the queries stop at the end of the calendar too. */
    cp_date until;
    if (cp_date_add_days(as_of, within, &until) != CP_OK)
        cp_date_parse("9999-12-31", &until, NULL);
    cp_hits *overdue = NULL, *due = NULL, *reviews = NULL;
    sorted_hit *s_overdue = NULL, *s_due = NULL, *s_reviews = NULL;
    cp_error err;
    cp_error_clear(&err);
    if (cp_caseload_actions_overdue(caseload, as_of, &overdue, &err) != CP_OK ||
        cp_caseload_actions_due(caseload, as_of, within, &due, &err) != CP_OK ||
        cp_caseload_reviews_due(caseload, as_of, within, &reviews, &err) != CP_OK) {
        cli_report_error(file, &err);
        rc = CLI_FAIL;
        goto done;
    }
    s_overdue = sort_hits(overdue);
    s_due = sort_hits(due);
    s_reviews = sort_hits(reviews);
    if (!s_overdue || !s_due || !s_reviews) {
        cli_error(file, NULL, "out of memory");
        rc = CLI_FAIL;
        goto done;
    }
    if (json) {
        int bad = 0;
        json_t *root = json_object();
        if (root) {
            cli_json_set(root, "as_of", cli_json_date(as_of), &bad);
            cli_json_set(root, "within", json_integer(within), &bad);
            cli_json_set(root, "until", cli_json_date(until), &bad);
            cli_json_set(root, "overdue", json_section(s_overdue, cp_hits_count(overdue), &bad),
                         &bad);
            cli_json_set(root, "due", json_section(s_due, cp_hits_count(due), &bad), &bad);
            cli_json_set(root, "reviews", json_section(s_reviews, cp_hits_count(reviews), &bad),
                         &bad);
        }
        rc = cli_write_json(file, root, bad);
    } else {
        char heading[64], date[CP_DATE_BUFSIZE];
        cli_format_date(until, date);
        snprintf(heading, sizeof heading, "Actions due by %s", date);
        print_section("Overdue actions", s_overdue, cp_hits_count(overdue));
        fputs("\n", stdout);
        print_section(heading, s_due, cp_hits_count(due));
        fputs("\n", stdout);
        print_section("Reviews due", s_reviews, cp_hits_count(reviews));
        rc = CLI_OK;
    }
done:
    free(s_overdue);
    free(s_due);
    free(s_reviews);
    cp_hits_free(overdue);
    cp_hits_free(due);
    cp_hits_free(reviews);
    cp_caseload_free(caseload);
    return rc;
}
