/*
 * What is overdue and due in a caseload as an HTML page
 * (cp_caseload_due_html(), html.h): the results of the queries of query.h
 * that `careerplan due` prints, laid out as three tables.
 */
#include "../core/error.h"
#include "html_escape.h"

#include <careerplan/html.h>
#include <careerplan/query.h>
#include <stdio.h>

/* "1 day", "26 days". */
static void put_days(cp__buf *b, long days)
{
    char text[48];
    snprintf(text, sizeof text, "%ld day%s", days, days == 1 ? "" : "s");
    cp__html_raw(b, text);
}

/* How far a date is from as of: "3 days overdue", "today", "in 1 day". */
static void put_when(cp__buf *b, long days)
{
    if (days == 0) {
        cp__html_raw(b, "today");
        return;
    }
    if (days > 0)
        cp__html_raw(b, "in ");
    put_days(b, days < 0 ? -days : days);
    if (days < 0)
        cp__html_raw(b, " overdue");
}

/* The client as "GIVEN FAMILY (ID)" (names as far as recorded), else "ID". */
static void put_client(cp__buf *b, const cp_client *c)
{
    const char *given = cp_client_get_given_name(c), *family = cp_client_get_family_name(c);
    cp__html_raw(b, "<td>");
    if (given || family) {
        const char *const names[] = {given, family};
        cp__html_raw(b, "<bdi>");
        cp__html_words(b, names, 2);
        cp__html_raw(b, "</bdi> (");
    }
    cp__html_auto(b, "bdi", cp_client_get_id(c));
    cp__html_raw(b, given || family ? ")</td>" : "</td>");
}

/* Who does the action: "client", "adviser", a supporter as "NAME (ROLE)"
 * as far as the client records them, "-" when not recorded. */
static void put_owner(cp__buf *b, const cp_client *c, const cp_action *a)
{
    cp_owner owner = cp_action_get_owner(a);
    const char *sid = cp_action_get_owner_supporter(a);
    const cp_supporter *s = sid ? cp_client_find_supporter(c, sid) : NULL;
    cp__html_raw(b, "<td>");
    if (owner == CP_OWNER_SUPPORTER && s && cp_supporter_get_name(s)) {
        cp__html_auto(b, "bdi", cp_supporter_get_name(s));
        cp__html_raw(b, " (");
        cp__html_label(b, cp_supporter_role_to_string(cp_supporter_get_role(s)));
        cp__html_raw(b, ")");
    } else {
        cp__html_raw(b, owner ? cp_owner_to_string(owner) : "-");
    }
    cp__html_raw(b, "</td>");
}

static void put_date_cell(cp__buf *b, cp_date d)
{
    cp__html_raw(b, "<td>");
    cp__html_date(b, d);
    cp__html_raw(b, "</td>");
}

/* A section: its heading, then "None." or a table of the hits — actions
 * with their goal, owner, due date and how far overdue or ahead (the
 * column `when`), or plans with their review date. */
static void put_section(cp__buf *b, const char *heading, const cp_hits *hits, int actions,
                        const char *when)
{
    size_t n = cp_hits_count(hits);
    cp__html_element(b, "h2", heading);
    if (!n) {
        cp__html_raw(b, "\n<p>None.</p>\n");
        return;
    }
    cp__html_raw(b, "\n<table>\n<thead><tr><th scope=\"col\">Client</th>"
                    "<th scope=\"col\">Plan</th>");
    cp__html_raw(b, actions ? "<th scope=\"col\">Goal</th><th scope=\"col\">Action</th>"
                              "<th scope=\"col\">Owner</th><th scope=\"col\">Due date</th>"
                            : "<th scope=\"col\">Review date</th>");
    cp__html_raw(b, "<th scope=\"col\">");
    cp__html_raw(b, when);
    cp__html_raw(b, "</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const cp_hit *h = cp_hits_at(hits, i);
        long days = cp_hit_get_days(h);
        cp__html_raw(b, "<tr>");
        put_client(b, cp_hit_get_client(h));
        cp__html_auto(b, "td", cp_plan_get_id(cp_hit_get_plan(h)));
        if (actions) {
            const cp_action *a = cp_hit_get_action(h);
            cp__html_auto(b, "td", cp_goal_get_statement(cp_hit_get_goal(h)));
            cp__html_auto(b, "td", cp_action_get_description(a));
            put_owner(b, cp_hit_get_client(h), a);
        }
        put_date_cell(b, cp_hit_get_date(h));
        cp__html_raw(b, "<td>");
        if (actions && days < 0)
            put_days(b, -days);
        else
            put_when(b, days);
        cp__html_raw(b, "</td></tr>\n");
    }
    cp__html_raw(b, "</tbody>\n</table>\n");
}

/* Runs the three queries, each sorted by date; *hits[0..2] are NULL on failure. */
static cp_status query(const cp_caseload *caseload, cp_date as_of, int within, cp_hits *hits[3],
                       cp_error *err)
{
    cp_status st = cp_caseload_actions_overdue(caseload, as_of, &hits[0], err);
    if (st == CP_OK)
        st = cp_caseload_actions_due(caseload, as_of, within, &hits[1], err);
    if (st == CP_OK)
        st = cp_caseload_reviews_due(caseload, as_of, within, &hits[2], err);
    for (int i = 0; i < 3; i++) {
        if (st != CP_OK) {
            cp_hits_free(hits[i]);
            hits[i] = NULL;
        }
        cp_hits_sort_by_date(hits[i]);
    }
    return st;
}

cp_status cp_caseload_due_html(const cp_caseload *caseload, cp_date as_of, int within_days,
                               char **out, cp_error *err)
{
    if (!caseload || !out)
        return cp__fail(err, CP_EINVAL, NULL, "%s is NULL", caseload ? "out" : "caseload");
    cp_hits *hits[3] = {NULL, NULL, NULL};
    cp_status st = query(caseload, as_of, within_days, hits, err);
    if (st != CP_OK)
        return st;
    cp_date until = as_of;
    cp_date_add_days(as_of, within_days, &until);
    char date[CP_DATE_BUFSIZE] = "", due_by[64];
    cp_date_format(as_of, date, sizeof date);
    char title[64];
    snprintf(title, sizeof title, "Overdue and due on %s", date);
    cp__buf b = {0}, t = {0};
    cp__buf_puts(&t, title);
    cp__html_open(&b, &t);
    cp__html_raw(&b, "\n<p>Open actions of plans that are not closed, and the plans' next "
                     "reviews, as of ");
    cp__html_date(&b, as_of);
    cp__html_raw(&b, ", looking ");
    put_days(&b, within_days);
    cp__html_raw(&b, " ahead.</p>\n</header>\n<main>\n");
    cp_date_format(until, date, sizeof date);
    snprintf(due_by, sizeof due_by, "Actions due by %s", date);
    put_section(&b, "Overdue actions", hits[0], 1, "Overdue by");
    put_section(&b, due_by, hits[1], 1, "Due");
    put_section(&b, "Reviews due", hits[2], 0, "Due");
    for (int i = 0; i < 3; i++)
        cp_hits_free(hits[i]);
    return cp__html_finish(&b, out, err);
}
