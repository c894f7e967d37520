/*
 * careerplan show and careerplan milestones: a strategic careers plan
 * (source 001) as readable text laid out like the source's template, and its
 * milestones overdue and due as of a date. show of a client document is in
 * cmd_show_client.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char cli_show_usage[] =
    "usage: careerplan show [--width N] FILE [PLAN_ID]\n"
    "       careerplan show [--json] FILE\n"
    "\n"
    "Print FILE ('-' for standard input) as text for people, by its kind.\n"
    "\n"
    "A client document: the client's plan PLAN_ID (without PLAN_ID, the newest\n"
    "plan, the latest made) as 'careerplan render --text' writes it: where you\n"
    "are now, where you want to be, how you will get there, each goal with its\n"
    "actions as who does what by when, supporters, resources, artefacts and the\n"
    "next review. Lines are wrapped at spaces to the width (a word longer than a\n"
    "line is cut): --width N, else COLUMNS, else the terminal's width when the\n"
    "output is a terminal, else 80; fewer than 20 columns count as 20.\n"
    "\n"
    "A strategic careers plan: the plan laid out like the template of source\n"
    "001: the careers vision and the key strategic priorities, the plan's dates\n"
    "and careers leader, then each priority with its objectives, outcomes,\n"
    "actions (with CPD/resourcing and who is responsible) and milestones, and\n"
    "the key performance metrics with their progress from baseline towards\n"
    "target.\n"
    "\n"
    "Options:\n"
    "  --width N       wrap a client's plan to N columns (1 to 9999)\n"
    "  --json          a strategic plan only: print a JSON object instead:\n"
    "                  {\"plan\" (the document), \"period\" ({\"start\", \"end\"} or\n"
    "                  null), \"kpis\" (each {\"id\", \"progress\"}, progress null\n"
    "                  when it cannot be told)}\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid, is neither a client nor\n"
    "a strategic plan, has no plan PLAN_ID, or the output cannot be written, 2\n"
    "on a usage error.\n";

const char cli_milestones_usage[] =
    "usage: careerplan milestones [--as-of DATE] [--within DAYS] [--json] FILE\n"
    "\n"
    "List the milestones of FILE ('-' for standard input), a strategic careers\n"
    "plan, that are not done: those due before DATE ('Overdue milestones') and\n"
    "those due from DATE to DATE + DAYS ('Milestones due by ...'), sorted by\n"
    "date, then in plan order. Lines read:\n"
    "\n"
    "  2026-03-01  (3 days overdue)  priority p1  objective o1  action a1: Survey done\n"
    "\n"
    "Options:\n"
    "  --as-of DATE    the date to report as of, YYYY-MM-DD or 'today'\n"
    "                  (default: today, the local date)\n"
    "  --within DAYS   how far ahead to look, in days (default 14; 0: today only)\n"
    "  --json          print a JSON object instead: {\"as_of\", \"within\", \"until\",\n"
    "                  \"overdue\", \"due\"}; each item has \"date\", \"days\" (negative\n"
    "                  when overdue), \"priority\", \"objective\", \"action\", \"path\"\n"
    "                  and \"description\"\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid or not a strategic plan,\n"
    "or the output cannot be written, 2 on a usage error.\n";

static int load_plan(const char *arg, cp_strategic_plan **out)
{
    cp_document *doc = NULL;
    if (cli_load_document(arg, 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    *out = cp_document_take_strategic_plan(doc);
    cp_document_free(doc);
    if (!*out) {
        cli_error(cli_display_name(arg), "/kind", "not a strategic_plan document");
        return CLI_FAIL;
    }
    return CLI_OK;
}

static void put_opt(const char *label, const char *text)
{
    fputs(label, stdout);
    cli_put_text(stdout, text && *text ? text : "-");
    fputs("\n", stdout);
}

static void put_date(const char *label, cp_date d)
{
    char buf[CP_DATE_BUFSIZE];
    cli_format_date(d, buf);
    put_opt(label, buf);
}

/* "  - TEXT" lines of a string list, or "  - none". */
#define PUT_LIST(indent, obj, count_fn, at_fn)                                                     \
    do {                                                                                           \
        size_t n_ = count_fn(obj);                                                                 \
        if (n_ == 0)                                                                               \
            printf("%s- none\n", indent);                                                          \
        for (size_t i_ = 0; i_ < n_; i_++) {                                                       \
            printf("%s- ", indent);                                                                \
            cli_put_text(stdout, at_fn(obj, i_));                                                  \
            fputs("\n", stdout);                                                                   \
        }                                                                                          \
    } while (0)

static void show_action(const cp_strategic_action *a)
{
    fputs("    Action ", stdout);
    cli_put_text(stdout, cp_strategic_action_get_id(a));
    fputs(": ", stdout);
    cli_put_text(stdout, cp_strategic_action_get_description(a));
    fputs("\n", stdout);
    if (cp_strategic_action_get_cpd_resourcing(a))
        put_opt("      CPD/resourcing: ", cp_strategic_action_get_cpd_resourcing(a));
    put_opt("      Responsible: ", cp_strategic_action_get_responsible(a));
    fputs("      Time/Milestones:\n", stdout);
    size_t n = cp_strategic_action_milestone_count(a);
    if (n == 0)
        fputs("        - none\n", stdout);
    for (size_t i = 0; i < n; i++) {
        const cp_milestone *m = cp_strategic_action_milestone_at(a, i);
        char due[CP_DATE_BUFSIZE], done[CP_DATE_BUFSIZE];
        cli_format_date(cp_milestone_get_due(m), due);
        cli_format_date(cp_milestone_get_done(m), done);
        fputs("        - ", stdout);
        cli_put_text(stdout, cp_milestone_get_description(m));
        printf("  [due %s, done %s]\n", due, done);
    }
}

static void show_objective(const cp_strategic_objective *o)
{
    fputs("  Objective ", stdout);
    cli_put_text(stdout, cp_strategic_objective_get_id(o));
    fputs(": ", stdout);
    cli_put_text(stdout, cp_strategic_objective_get_statement(o));
    fputs("\n    Target: ", stdout);
    if (cp_strategic_objective_get_target_value(o)) {
        cli_put_text(stdout, cp_strategic_objective_get_target_value(o));
        if (cp_strategic_objective_get_target_unit(o)) {
            fputs(" ", stdout);
            cli_put_text(stdout, cp_strategic_objective_get_target_unit(o));
        }
        if (cp_strategic_objective_get_target_metric(o)) {
            fputs(" (", stdout);
            cli_put_text(stdout, cp_strategic_objective_get_target_metric(o));
            fputs(")", stdout);
        }
    } else {
        fputs("-", stdout);
    }
    fputs("\n", stdout);
    put_date("    Due: ", cp_strategic_objective_get_due(o));
    fputs("    Outcomes (\"What would success look like?\"):\n", stdout);
    PUT_LIST("      ", o, cp_strategic_objective_outcome_count, cp_strategic_objective_outcome_at);
    size_t n = cp_strategic_objective_strategic_action_count(o);
    if (n == 0)
        fputs("    Actions: none\n", stdout);
    for (size_t i = 0; i < n; i++)
        show_action(cp_strategic_objective_strategic_action_at(o, i));
}

static void show_text(const cp_strategic_plan *p)
{
    const char *name = cp_strategic_plan_get_institution_name(p);
    cli_put_text(stdout, name ? name : "(School, Special School or College Name)");
    fputs(" Strategic Careers Plan\n\n", stdout);
    if (cp_strategic_plan_get_institution_vision(p))
        put_opt("Institution Vision Statement: ", cp_strategic_plan_get_institution_vision(p));
    put_opt("Careers Vision Statement: ", cp_strategic_plan_get_careers_vision(p));
    for (size_t i = 0; i < cp_strategic_plan_careers_vision_point_count(p); i++) {
        fputs("  - ", stdout);
        cli_put_text(stdout, cp_strategic_plan_careers_vision_point_at(p, i));
        fputs("\n", stdout);
    }
    fputs("\nKey Strategic Priorities\n", stdout);
    size_t np = cp_strategic_plan_strategic_priority_count(p);
    if (np == 0)
        fputs("  none\n", stdout);
    for (size_t i = 0; i < np; i++) {
        printf("  %zu  ", i + 1);
        cli_put_text(stdout,
                     cp_strategic_priority_get_statement(cp_strategic_plan_strategic_priority_at(p, i)));
        fputs("\n", stdout);
    }
    fputs("\n", stdout);
    put_opt("School, Special School or College Name: ", name);
    cp_institution_type t = cp_strategic_plan_get_institution_type(p);
    put_opt("Institution type: ", t ? cp_institution_type_to_string(t) : NULL);
    put_date("Date Strategic Careers Plan Created: ", cp_strategic_plan_get_created(p));
    put_date("Date approved by SLT: ", cp_strategic_plan_get_approved_by_senior_leaders(p));
    put_date("Date approved by Governors: ", cp_strategic_plan_get_approved_by_governors(p));
    put_date("Proposed Review Date: ", cp_strategic_plan_get_review_date(p));
    put_opt("Careers Leader Name: ", cp_strategic_plan_get_careers_leader(p));
    put_opt("Strategic Careers Plan - Academic Year: ", cp_strategic_plan_get_academic_year(p));
    int years = cp_strategic_plan_get_length_years(p);
    if (years)
        printf("Length: %d year%s\n", years, years == 1 ? "" : "s");
    else
        fputs("Length: -\n", stdout);
    cp_approval_state st = cp_strategic_plan_get_approval(p);
    put_opt("Approval: ", st ? cp_approval_state_to_string(st) : NULL);
    for (size_t i = 0; i < np; i++) {
        const cp_strategic_priority *pr = cp_strategic_plan_strategic_priority_at(p, i);
        printf("\nPriority %zu: ", i + 1);
        cli_put_text(stdout, cp_strategic_priority_get_statement(pr));
        fputs("\n", stdout);
        put_opt("\"What is the problem you are trying to solve?\" ",
                cp_strategic_priority_get_problem(pr));
        for (size_t j = 0; j < cp_strategic_priority_strategic_objective_count(pr); j++) {
            fputs("\n", stdout);
            show_objective(cp_strategic_priority_strategic_objective_at(pr, j));
        }
    }
    fputs("\nKey performance metrics\n", stdout);
    size_t nk = cp_strategic_plan_kpi_count(p);
    if (nk == 0)
        fputs("  none\n", stdout);
    for (size_t i = 0; i < nk; i++) {
        const cp_kpi *k = cp_strategic_plan_kpi_at(p, i);
        fputs("  ", stdout);
        cli_put_text(stdout, cp_kpi_get_id(k));
        fputs(": ", stdout);
        cli_put_text(stdout, cp_kpi_get_name(k));
        const char *unit = cp_kpi_get_unit(k);
        const char *vals[] = {cp_kpi_get_baseline(k), cp_kpi_get_target(k), cp_kpi_get_actual(k)};
        const char *labels[] = {"baseline", "target", "actual"};
        for (int v = 0; v < 3; v++) {
            printf("%s%s ", v ? ", " : ": ", labels[v]);
            cli_put_text(stdout, vals[v] ? vals[v] : "-");
            if (vals[v] && unit) {
                fputs(" ", stdout);
                cli_put_text(stdout, unit);
            }
        }
        double progress;
        if (cp_kpi_progress(k, &progress, NULL) == CP_OK)
            printf("; progress %.0f%%", progress * 100.0);
        else
            fputs("; progress -", stdout);
        fputs("\n", stdout);
    }
}

static int show_json(const char *file, const cp_strategic_plan *p)
{
    int bad = 0;
    char *text = NULL;
    json_t *root = json_object();
    json_t *doc = NULL;
    if (cp_strategic_plan_save_string(p, NULL, &text, NULL, NULL) == CP_OK) {
        doc = json_loads(text, 0, NULL);
        cp_free(text);
    }
    if (root) {
        cli_json_set(root, "plan", doc, &bad);
        cp_date start, end;
        if (cp_strategic_plan_period(p, &start, &end, NULL) == CP_OK) {
            json_t *period = json_object();
            if (period) {
                cli_json_set(period, "start", cli_json_date(start), &bad);
                cli_json_set(period, "end", cli_json_date(end), &bad);
            }
            cli_json_set(root, "period", period, &bad);
        } else {
            cli_json_set(root, "period", json_null(), &bad);
        }
        json_t *kpis = json_array();
        for (size_t i = 0; kpis && i < cp_strategic_plan_kpi_count(p); i++) {
            const cp_kpi *k = cp_strategic_plan_kpi_at(p, i);
            json_t *item = json_object();
            double progress;
            if (item) {
                cli_json_set(item, "id", json_string(cp_kpi_get_id(k)), &bad);
                cli_json_set(item, "progress",
                             cp_kpi_progress(k, &progress, NULL) == CP_OK ? json_real(progress)
                                                                          : json_null(),
                             &bad);
            }
            cli_json_append(kpis, item, &bad);
        }
        cli_json_set(root, "kpis", kpis, &bad);
    } else {
        json_decref(doc);
    }
    return cli_write_json(file, root, bad);
}

/* show of a strategic plan, taken from doc; --json as asked. */
static int show_strategic(const char *file, cp_document *doc, int json)
{
    cp_strategic_plan *p = cp_document_take_strategic_plan(doc);
    int rc;
    if (json) {
        rc = show_json(file, p);
    } else {
        show_text(p);
        rc = fflush(stdout) == 0 && !ferror(stdout) ? CLI_OK : CLI_FAIL;
    }
    cp_strategic_plan_free(p);
    return rc;
}

int cli_show_main(const cli_command *cmd, int argc, char **argv)
{
    int json = 0;
    const char *width_text = NULL;
    const cli_option options[] = {
        {"json", 0, &json, NULL},
        {"width", 0, NULL, &width_text},
        {NULL, 0, NULL, NULL},
    };
    int n = 0, width = 80;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n < 1 || n > 2)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected FILE and at most one "
                                                               "PLAN_ID");
    if (json && width_text)
        return cli_usage_error(cmd, "--json and --width do not go together");
    if ((rc = cli_parse_width(cmd, width_text, &width)) != CLI_CONTINUE)
        return rc;
    const char *file = cli_display_name(argv[1]);
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    const cp_client *client = cp_document_client(doc);
    rc = CLI_FAIL;
    if (client && json)
        cli_error(file, "/kind", "--json is for a strategic_plan; this is a client document");
    else if (client)
        rc = cli_show_client(file, client, n == 2 ? argv[2] : NULL, width);
    else if (cp_document_get_kind(doc) != CP_DOCUMENT_KIND_STRATEGIC_PLAN)
        cli_error(file, "/kind", "a \"%s\" document: show reads a client or a strategic_plan",
                  cp_document_kind_to_string(cp_document_get_kind(doc)));
    else if (n == 2 || width_text)
        cli_error(file, NULL, "a strategic_plan document: show takes no PLAN_ID or --width");
    else
        rc = show_strategic(file, doc, json);
    cp_document_free(doc);
    return rc;
}

/* ---- milestones ---- */

typedef struct ms_hit {
    cp_date date;
    long days;
    size_t order;
    const cp_strategic_priority *priority;
    const cp_strategic_objective *objective;
    const cp_strategic_action *action;
    const cp_milestone *milestone;
    char path[160];
} ms_hit;

static int by_date(const void *a, const void *b)
{
    const ms_hit *x = a, *y = b;
    int c = cp_date_compare(x->date, y->date);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Every milestone not done with a due date on or before until. */
static size_t collect(const cp_strategic_plan *p, cp_date as_of, cp_date until, ms_hit **out)
{
    size_t n = 0, cap = 0, order = 0;
    ms_hit *hits = NULL;
    for (size_t i = 0; i < cp_strategic_plan_strategic_priority_count(p); i++) {
        const cp_strategic_priority *pr = cp_strategic_plan_strategic_priority_at(p, i);
        for (size_t j = 0; j < cp_strategic_priority_strategic_objective_count(pr); j++) {
            const cp_strategic_objective *o = cp_strategic_priority_strategic_objective_at(pr, j);
            for (size_t k = 0; k < cp_strategic_objective_strategic_action_count(o); k++) {
                const cp_strategic_action *a = cp_strategic_objective_strategic_action_at(o, k);
                for (size_t m = 0; m < cp_strategic_action_milestone_count(a); m++) {
                    const cp_milestone *ms = cp_strategic_action_milestone_at(a, m);
                    cp_date due = cp_milestone_get_due(ms);
                    order++;
                    if (cp_date_is_none(due) || !cp_date_is_none(cp_milestone_get_done(ms)) ||
                        cp_date_compare(due, until) > 0)
                        continue;
                    if (n == cap) {
                        cap = cap ? 2 * cap : 8;
                        ms_hit *grown = realloc(hits, cap * sizeof *hits);
                        if (!grown) {
                            free(hits);
                            *out = NULL;
                            return (size_t)-1;
                        }
                        hits = grown;
                    }
                    ms_hit *h = &hits[n++];
                    h->date = due;
                    h->days = cp_date_diff_days(as_of, due);
                    h->order = order;
                    h->priority = pr;
                    h->objective = o;
                    h->action = a;
                    h->milestone = ms;
                    snprintf(h->path, sizeof h->path,
                             "/priorities/%zu/objectives/%zu/actions/%zu/milestones/%zu", i, j, k,
                             m);
                }
            }
        }
    }
    if (n)
        qsort(hits, n, sizeof *hits, by_date);
    *out = hits;
    return n;
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

static void print_hits(const char *heading, const ms_hit *hits, size_t n, int overdue)
{
    size_t shown = 0;
    printf("%s:\n", heading);
    for (size_t i = 0; i < n; i++) {
        if ((hits[i].days < 0) != overdue)
            continue;
        char date[CP_DATE_BUFSIZE];
        cli_format_date(hits[i].date, date);
        printf("  %s  ", date);
        put_days(hits[i].days);
        fputs("  priority ", stdout);
        cli_put_text(stdout, cp_strategic_priority_get_id(hits[i].priority));
        fputs("  objective ", stdout);
        cli_put_text(stdout, cp_strategic_objective_get_id(hits[i].objective));
        fputs("  action ", stdout);
        cli_put_text(stdout, cp_strategic_action_get_id(hits[i].action));
        fputs(": ", stdout);
        cli_put_text(stdout, cp_milestone_get_description(hits[i].milestone));
        fputs("\n", stdout);
        shown++;
    }
    if (!shown)
        fputs("  none\n", stdout);
}

static json_t *json_hits(const ms_hit *hits, size_t n, int overdue, int *bad)
{
    json_t *list = json_array();
    for (size_t i = 0; list && i < n; i++) {
        if ((hits[i].days < 0) != overdue)
            continue;
        json_t *o = json_object();
        if (o) {
            cli_json_set(o, "date", cli_json_date(hits[i].date), bad);
            cli_json_set(o, "days", json_integer(hits[i].days), bad);
            cli_json_set(o, "priority", json_string(cp_strategic_priority_get_id(hits[i].priority)), bad);
            cli_json_set(o, "objective", json_string(cp_strategic_objective_get_id(hits[i].objective)), bad);
            cli_json_set(o, "action", json_string(cp_strategic_action_get_id(hits[i].action)), bad);
            cli_json_set(o, "path", json_string(hits[i].path), bad);
            cli_json_set(o, "description", json_string(cp_milestone_get_description(hits[i].milestone)), bad);
        }
        cli_json_append(list, o, bad);
    }
    if (!list)
        *bad = 1;
    return list;
}

int cli_milestones_main(const cli_command *cmd, int argc, char **argv)
{
    cli_window w = {.allow_csv = 0};
    int rc = cli_parse_window(cmd, argc, argv, &w);
    if (rc != CLI_CONTINUE)
        return rc;
    cp_date as_of = w.as_of, until = w.until;
    int within = w.within, json = w.json;
    const char *file = cli_display_name(argv[1]);
    cp_strategic_plan *p = NULL;
    if (load_plan(argv[1], &p) != CLI_OK)
        return CLI_FAIL;
    ms_hit *hits = NULL;
    size_t nh = collect(p, as_of, until, &hits);
    if (nh == (size_t)-1) {
        cli_error(file, "", "out of memory");
        cp_strategic_plan_free(p);
        return CLI_FAIL;
    }
    if (json) {
        int bad = 0;
        json_t *root = json_object();
        if (root) {
            cli_json_set(root, "as_of", cli_json_date(as_of), &bad);
            cli_json_set(root, "within", json_integer(within), &bad);
            cli_json_set(root, "until", cli_json_date(until), &bad);
            cli_json_set(root, "overdue", json_hits(hits, nh, 1, &bad), &bad);
            cli_json_set(root, "due", json_hits(hits, nh, 0, &bad), &bad);
        }
        rc = cli_write_json(file, root, bad);
    } else {
        char heading[64], date[CP_DATE_BUFSIZE];
        print_hits("Overdue milestones", hits, nh, 1);
        cli_format_date(until, date);
        snprintf(heading, sizeof heading, "Milestones due by %s", date);
        print_hits(heading, hits, nh, 0);
        rc = fflush(stdout) == 0 && !ferror(stdout) ? CLI_OK : CLI_FAIL;
    }
    free(hits);
    cp_strategic_plan_free(p);
    return rc;
}
