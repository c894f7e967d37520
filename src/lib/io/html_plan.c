/*
 * A client's plan as an HTML page (cp_client_plan_html(), html.h): the
 * layout only. Which plan, as whom, and all its wording come from
 * logic/plan_view.c.
 */
#include "../core/error.h"
#include "../logic/plan_view.h"
#include "html_escape.h"

#include <careerplan/html.h>
#include "../core/alloc.h"
#include <string.h>

/* Appends the plain text composed in `plain` (emptied), escaped. */
static void put_plain(cp__buf *b, cp__buf *plain)
{
    char *s = cp__buf_take(plain, NULL);
    if (!s)
        b->failed = 1;
    cp__html_text(b, s);
    cp__free(s);
}

/* Appends markup, the text compose() gives, escaped, and markup. */
static void put_line(cp__buf *b, const char *before,
                     void (*compose)(const cp__plan_view *, cp__buf *), const cp__plan_view *v,
                     const char *after)
{
    cp__buf t = {0};
    cp__html_raw(b, before);
    compose(v, &t);
    put_plain(b, &t);
    cp__html_raw(b, after);
}

static void put_action(cp__buf *b, const cp__plan_view *v, const struct cp_action *a)
{
    cp__buf t = {0};
    cp__html_raw(b, "<tr><td>");
    cp__plan_view_owner(v, a, &t);
    put_plain(b, &t);
    cp__html_raw(b, "</td>");
    cp__html_auto(b, "td", a->description);
    cp__html_raw(b, "<td class=\"when\">");
    cp__plan_view_by_when(a, &t);
    put_plain(b, &t);
    cp__html_raw(b, "</td></tr>\n");
}

static void put_goals(cp__buf *b, const cp__plan_view *v)
{
    const struct cp_plan *plan = v->plan;
    if (plan->goals.count)
        cp__html_raw(b, "<h2>Goals</h2>\n");
    for (size_t i = 0; i < plan->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)plan->goals.items[i];
        cp__html_auto(b, "h3", g->statement);
        if (!g->actions.count) {
            cp__html_raw(b, "\n<p>No actions yet.</p>\n");
            continue;
        }
        cp__html_raw(b, "\n<table>\n<thead><tr><th scope=\"col\">Who</th>"
                        "<th scope=\"col\">Does what</th><th scope=\"col\">By when</th>"
                        "</tr></thead>\n<tbody>\n");
        for (size_t k = 0; k < g->actions.count; k++)
            put_action(b, v, (const struct cp_action *)g->actions.items[k]);
        cp__html_raw(b, "</tbody>\n</table>\n");
    }
}

/* A list item; a resource with an http, https or mailto address as a link,
 * with any other address shown as text after its title. */
static void put_item(cp__buf *b, const cp__plan_view *v, int list, size_t i)
{
    cp__buf t = {0};
    const char *url = cp__plan_view_list_item(v, list, i, &t);
    cp__html_raw(b, "<li>");
    if (cp__html_safe_href(url)) {
        cp__html_raw(b, "<a href=\"");
        cp__html_text(b, url);
        cp__html_raw(b, "\">");
        put_plain(b, &t);
        cp__html_raw(b, "</a>");
    } else {
        int titled = t.data && url && strcmp(t.data, url) != 0;
        put_plain(b, &t);
        if (titled) {
            cp__html_raw(b, " (");
            cp__html_text(b, url);
            cp__html_raw(b, ")");
        }
    }
    cp__html_raw(b, "</li>\n");
}

static void put_lists(cp__buf *b, const cp__plan_view *v)
{
    for (int list = 0; list < CP__VIEW_LISTS; list++) {
        size_t n = cp__plan_view_list_count(v, list);
        if (!n)
            continue;
        cp__html_element(b, "h2", cp__plan_view_list_title(list));
        cp__html_raw(b, "\n<ul>\n");
        for (size_t i = 0; i < n; i++)
            put_item(b, v, list, i);
        cp__html_raw(b, "</ul>\n");
    }
}

cp_status cp_client_plan_html(const cp_client *client, const char *plan_id,
                              const char *recipient, cp_date as_of, char **out, cp_error *err)
{
    cp__plan_view v;
    cp_status st = cp__plan_view_open(client, plan_id, recipient, as_of, out, &v, err);
    if (st != CP_OK)
        return st;
    cp__buf b = {0}, t = {0};
    cp__plan_view_title(&v, &t);
    cp__html_open(&b, &t);
    put_line(&b, "\n<p>", cp__plan_view_byline, &v, "</p>\n</header>\n<main>\n");
    for (int i = 0; i < 3; i++) {
        const char *heading, *text = cp__plan_view_section(&v, i, &heading);
        if (!text)
            continue;
        cp__html_element(&b, "h2", heading);
        cp__html_raw(&b, "\n");
        cp__html_auto(&b, "p", text);
        cp__html_raw(&b, "\n");
    }
    put_goals(&b, &v);
    put_lists(&b, &v);
    put_line(&b, "<h2>Next review</h2>\n<p>", cp__plan_view_next, &v, "</p>\n");
    cp__plan_view_close(&v);
    return cp__html_finish(&b, out, err);
}
