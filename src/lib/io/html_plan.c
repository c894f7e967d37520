/*
 * A client's plan as an HTML page (cp_client_plan_html(), html.h): the
 * rendering only. Which plan, as whom, and the words for owners and
 * timings come from logic/plan_view.c.
 */
#include "../core/error.h"
#include "../logic/plan_view.h"
#include "html_escape.h"

#include <careerplan/html.h>
#include <stdlib.h>

static const char *const section_titles[3] = {"Where you are now", "Where you want to be",
                                              "How you will get there"};

static void put_sections(cp__buf *b, const struct cp_plan *plan)
{
    for (int i = 0; i < 3; i++) {
        const struct cp_section *s = (const struct cp_section *)plan->sections[i];
        if (!s || !s->text)
            continue;
        cp__html_element(b, "h2", section_titles[i]);
        cp__html_raw(b, "\n");
        cp__html_element(b, "p", s->text);
        cp__html_raw(b, "\n");
    }
}

/* Appends plain text a helper composed, escaped. */
static void put_composed(cp__buf *b, void (*compose)(const cp__plan_view *,
                                                      const struct cp_action *, cp__buf *),
                         const cp__plan_view *v, const struct cp_action *a)
{
    cp__buf t = {0};
    compose(v, a, &t);
    char *s = cp__buf_take(&t, NULL);
    if (!s)
        b->failed = 1;
    cp__html_text(b, s);
    free(s);
}

static void put_action(cp__buf *b, const cp__plan_view *v, const struct cp_action *a)
{
    cp__html_raw(b, "<tr><td>");
    put_composed(b, cp__plan_view_owner, v, a);
    cp__html_raw(b, "</td><td>");
    cp__html_text(b, a->description);
    cp__html_raw(b, "</td><td>");
    if (!cp_date_is_none(a->due))
        cp__html_date(b, a->due);
    else
        cp__html_text(b, cp__plan_view_no_date(a));
    cp__html_raw(b, "</td></tr>\n");
}

static void put_goals(cp__buf *b, const cp__plan_view *v)
{
    const struct cp_plan *plan = v->plan;
    if (!plan->goals.count)
        return;
    cp__html_raw(b, "<h2>Goals</h2>\n");
    for (size_t i = 0; i < plan->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)plan->goals.items[i];
        cp__html_element(b, "h3", g->statement);
        cp__html_raw(b, "\n");
        if (!g->actions.count) {
            cp__html_raw(b, "<p>No actions yet.</p>\n");
            continue;
        }
        cp__html_raw(b, "<table>\n<thead><tr><th scope=\"col\">Who</th>"
                        "<th scope=\"col\">Does what</th><th scope=\"col\">By when</th>"
                        "</tr></thead>\n<tbody>\n");
        for (size_t k = 0; k < g->actions.count; k++)
            put_action(b, v, (const struct cp_action *)g->actions.items[k]);
        cp__html_raw(b, "</tbody>\n</table>\n");
    }
}

static void put_supporters(cp__buf *b, const struct cp_client *c)
{
    if (!c->supporters.count)
        return;
    cp__html_raw(b, "<h2>Supporters</h2>\n<ul>\n");
    for (size_t i = 0; i < c->supporters.count; i++) {
        cp__buf t = {0};
        cp__plan_view_supporter((const struct cp_supporter *)c->supporters.items[i], &t);
        char *s = cp__buf_take(&t, NULL);
        if (!s)
            b->failed = 1;
        cp__html_element(b, "li", s);
        free(s);
        cp__html_raw(b, "\n");
    }
    cp__html_raw(b, "</ul>\n");
}

static void put_resources(cp__buf *b, const struct cp_plan *plan)
{
    if (!plan->resources.count)
        return;
    cp__html_raw(b, "<h2>Resources</h2>\n<ul>\n");
    for (size_t i = 0; i < plan->resources.count; i++) {
        const struct cp_resource *r = (const struct cp_resource *)plan->resources.items[i];
        const char *title = r->title ? r->title : r->url;
        cp__html_raw(b, "<li>");
        if (cp__html_safe_href(r->url)) {
            cp__html_raw(b, "<a href=\"");
            cp__html_text(b, r->url);
            cp__html_raw(b, "\">");
            cp__html_text(b, title);
            cp__html_raw(b, "</a>");
        } else {
            cp__html_text(b, title);
            if (r->url && r->title) {
                cp__html_raw(b, " (");
                cp__html_text(b, r->url);
                cp__html_raw(b, ")");
            }
        }
        cp__html_raw(b, "</li>\n");
    }
    cp__html_raw(b, "</ul>\n");
}

static void put_artefacts(cp__buf *b, const struct cp_plan *plan)
{
    if (!plan->artefacts.count)
        return;
    cp__html_raw(b, "<h2>Artefacts</h2>\n<ul>\n");
    for (size_t i = 0; i < plan->artefacts.count; i++) {
        const struct cp_artefact *a = (const struct cp_artefact *)plan->artefacts.items[i];
        cp__html_raw(b, "<li>");
        if (a->caption)
            cp__html_text(b, a->caption);
        else
            cp__html_label(b, cp__enum_name(&cp__artefact_kind_enum, a->kind));
        cp__html_raw(b, "</li>\n");
    }
    cp__html_raw(b, "</ul>\n");
}

static void put_next(cp__buf *b, const struct cp_plan *plan)
{
    cp__html_raw(b, "<h2>Next review</h2>\n<p>");
    if (cp__plan_view_next_words(plan))
        cp__html_text(b, cp__plan_view_next_words(plan));
    else if (!cp_date_is_none(plan->next_review))
        cp__html_date(b, plan->next_review);
    else
        cp__html_raw(b, "Not arranged yet");
    cp__html_raw(b, "</p>\n");
}

cp_status cp_client_plan_html(const cp_client *client, const char *plan_id,
                              const char *recipient, cp_date as_of, char **out, cp_error *err)
{
    if (!out)
        return cp__fail(err, CP_EINVAL, NULL, "output is NULL");
    cp__plan_view v;
    cp_status st = cp__plan_view_open(client, plan_id, recipient, as_of, &v, err);
    if (st != CP_OK)
        return st;
    cp__buf title = {0};
    cp__plan_view_title(&v, &title);
    char *t = cp__buf_take(&title, NULL);
    cp__buf b = {0};
    if (!t)
        b.failed = 1;
    cp__html_begin(&b, t);
    cp__html_raw(&b, "<header>\n");
    cp__html_element(&b, "h1", t);
    cp__html_raw(&b, "\n<p>Plan ");
    cp__html_text(&b, v.plan->id);
    if (!cp_date_is_none(v.plan->created)) {
        cp__html_raw(&b, ", made ");
        cp__html_date(&b, v.plan->created);
    }
    if (v.plan->practitioner) {
        cp__html_raw(&b, ", with ");
        cp__html_text(&b, v.plan->practitioner);
    }
    cp__html_raw(&b, "</p>\n</header>\n<main>\n");
    free(t);
    put_sections(&b, v.plan);
    put_goals(&b, &v);
    put_supporters(&b, v.client);
    put_resources(&b, v.plan);
    put_artefacts(&b, v.plan);
    put_next(&b, v.plan);
    cp__html_raw(&b, "</main>\n");
    cp__html_end(&b);
    cp__plan_view_close(&v);
    char *page = cp__buf_take(&b, NULL);
    if (!page)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = page;
    return CP_OK;
}
