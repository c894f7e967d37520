/*
 * A review summary as an HTML page (cp_review_summary_html(), html.h): the
 * rendering only. What the summary holds and in which order is worked out
 * by logic/cycle_review_summary.c, as for the text and JSON summaries.
 */
#include "../core/error.h"
#include "../logic/cycle_review_summary.h"
#include "html_escape.h"

#include <careerplan/cycle.h>
#include <careerplan/html.h>
#include <stdio.h>

static const char *heading(int result)
{
    switch (result) {
    case CP_OUTCOME_RESULT_ACHIEVED:
        return "Achieved";
    case CP_OUTCOME_RESULT_PARTLY_ACHIEVED:
        return "Partly achieved";
    case CP_OUTCOME_RESULT_NOT_ACHIEVED:
        return "Not yet";
    default:
        return "No longer relevant";
    }
}

static void put_action(cp__buf *b, const char *id, const struct cp_action *a)
{
    if (a) {
        cp__html_text(b, a->description);
    } else {
        cp__html_raw(b, "(unknown action ");
        cp__html_text(b, id);
        cp__html_raw(b, ")");
    }
}

static void put_outcome(cp__buf *b, const cp__summary_outcome *item)
{
    const struct cp_outcome *o = item->outcome;
    cp__html_raw(b, "<li>");
    put_action(b, o->action, item->action);
    if (o->notes) {
        cp__html_raw(b, "<br>Notes: ");
        cp__html_text(b, o->notes);
    }
    if (o->barriers.count) {
        cp__html_raw(b, "<ul>");
        for (size_t k = 0; k < o->barriers.count; k++) {
            const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
            cp__html_raw(b, "<li>Barrier: ");
            cp__html_label(b, cp__enum_name(&cp__barrier_kind_enum, br->kind));
            if (br->detail) {
                cp__html_raw(b, " (");
                cp__html_text(b, br->detail);
                cp__html_raw(b, ")");
            }
            cp__html_raw(b, "</li>");
        }
        cp__html_raw(b, "</ul>");
    }
    if (o->helped) {
        cp__html_raw(b, "<br>What helped: ");
        cp__html_text(b, o->helped);
    }
    cp__html_raw(b, "</li>\n");
}

static void put_goal(cp__buf *b, const cp__summary_score *sc)
{
    if (sc->goal) {
        cp__html_text(b, sc->goal->statement);
    } else {
        cp__html_raw(b, "(unknown goal ");
        cp__html_text(b, sc->goal_id);
        cp__html_raw(b, ")");
    }
}

/* Scores 1-10 as bars 20 px per point: the earlier score grey, the new
 * one blue, one row of two bars per goal. */
static void put_chart(cp__buf *b, const cp__review_summary *s)
{
    char num[160];
    snprintf(num, sizeof num,
             "<svg role=\"img\" width=\"240\" height=\"%zu\" viewBox=\"0 0 240 %zu\" "
             "xmlns=\"http://www.w3.org/2000/svg\">",
             s->score_count * 40, s->score_count * 40);
    cp__html_raw(b, num);
    cp__html_raw(b, "<title>Confidence before and after the review (1-10): ");
    for (size_t i = 0; i < s->score_count; i++) {
        const cp__summary_score *sc = &s->scores[i];
        if (i)
            cp__html_raw(b, "; ");
        put_goal(b, sc);
        if (sc->before)
            snprintf(num, sizeof num, " %d then %d", sc->before, sc->after);
        else
            snprintf(num, sizeof num, " %d", sc->after);
        cp__html_raw(b, num);
    }
    cp__html_raw(b, "</title>\n");
    for (size_t i = 0; i < s->score_count; i++) {
        const cp__summary_score *sc = &s->scores[i];
        snprintf(num, sizeof num,
                 "<rect x=\"0\" y=\"%zu\" width=\"%d\" height=\"14\" fill=\"#767676\"/>"
                 "<rect x=\"0\" y=\"%zu\" width=\"%d\" height=\"14\" fill=\"#0b5cad\"/>\n",
                 i * 40 + 4, sc->before * 20, i * 40 + 20, sc->after * 20);
        cp__html_raw(b, num);
    }
    cp__html_raw(b, "</svg>\n");
}

static void put_scores(cp__buf *b, const cp__review_summary *s)
{
    char num[32];
    if (!s->score_count)
        return;
    cp__html_raw(b, "<h2>Confidence (1-10)</h2>\n<table>\n<thead><tr><th scope=\"col\">Goal"
                    "</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr>"
                    "</thead>\n<tbody>\n");
    for (size_t i = 0; i < s->score_count; i++) {
        const cp__summary_score *sc = &s->scores[i];
        cp__html_raw(b, "<tr><td>");
        put_goal(b, sc);
        if (sc->before)
            snprintf(num, sizeof num, "</td><td>%d</td>", sc->before);
        else
            snprintf(num, sizeof num, "</td><td>-</td>");
        cp__html_raw(b, num);
        snprintf(num, sizeof num, "<td>%d</td></tr>\n", sc->after);
        cp__html_raw(b, num);
    }
    cp__html_raw(b, "</tbody>\n</table>\n");
    put_chart(b, s);
}

static void put_change(cp__buf *b, const cp__summary_change *item)
{
    static const char *const words[] = {"Changed", "Added", "Revised", "Dropped",
                                        "Goal revised"};
    const struct cp_change *c = item->change;
    int kind = c->kind >= CP_CHANGE_KIND_ACTION_ADDED && c->kind <= CP_CHANGE_KIND_GOAL_REVISED
                   ? (int)c->kind
                   : 0;
    int revision = c->kind == CP_CHANGE_KIND_ACTION_REVISED ||
                   c->kind == CP_CHANGE_KIND_GOAL_REVISED;
    const char *text = revision && c->description && *c->description ? c->description
                       : c->kind == CP_CHANGE_KIND_GOAL_REVISED
                           ? (item->goal ? item->goal->statement : NULL)
                           : (item->action ? item->action->description : NULL);
    cp__html_raw(b, "<li>");
    cp__html_raw(b, words[kind]);
    cp__html_raw(b, ": ");
    if (text) {
        cp__html_text(b, text);
    } else {
        cp__html_raw(b, "(unknown ");
        cp__html_text(b, c->kind == CP_CHANGE_KIND_GOAL_REVISED ? c->goal : c->action);
        cp__html_raw(b, ")");
    }
    if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due)) {
        cp__html_raw(b, ", due ");
        cp__html_date(b, c->due);
    }
    if (!revision && c->description && *c->description) {
        cp__html_raw(b, " (");
        cp__html_text(b, c->description);
        cp__html_raw(b, ")");
    }
    cp__html_raw(b, "</li>\n");
}

cp_status cp_review_summary_html(const cp_review *review, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!review || !out)
        return cp__fail(err, CP_EINVAL, NULL, "review or output is NULL");
    cp__review_summary s;
    if (cp__review_summary_build(review, &s) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    const struct cp_review *r = s.review;
    cp__buf b = {0};
    cp__html_begin(&b, "Review summary");
    cp__html_raw(&b, "<header>\n<h1>Review summary</h1>\n<p>Review ");
    cp__html_text(&b, r->id);
    cp__html_raw(&b, " of plan ");
    cp__html_text(&b, s.plan ? s.plan->id : "?");
    cp__html_raw(&b, " on ");
    cp__html_date(&b, r->date);
    if (r->reviewer) {
        cp__html_raw(&b, ", with ");
        cp__html_text(&b, r->reviewer);
    }
    cp__html_raw(&b, "</p>\n</header>\n<main>\n");
    for (int g = 0; g < CP__SUMMARY_GROUPS; g++) {
        const cp__summary_group *group = &s.groups[g];
        if (!group->count)
            continue;
        cp__html_element(&b, "h2", heading(group->result));
        cp__html_raw(&b, "\n<ul>\n");
        for (size_t i = 0; i < group->count; i++)
            put_outcome(&b, &group->items[i]);
        cp__html_raw(&b, "</ul>\n");
    }
    put_scores(&b, &s);
    if (s.change_count)
        cp__html_raw(&b, "<h2>Changes agreed</h2>\n<ul>\n");
    for (size_t i = 0; i < s.change_count; i++)
        put_change(&b, &s.changes[i]);
    if (s.change_count)
        cp__html_raw(&b, "</ul>\n");
    if (!cp_date_is_none(s.next_review)) {
        cp__html_raw(&b, "<h2>Next review</h2>\n<p>");
        cp__html_date(&b, s.next_review);
        cp__html_raw(&b, "</p>\n");
    }
    cp__html_raw(&b, "</main>\n");
    cp__html_end(&b);
    cp__review_summary_fini(&s);
    char *page = cp__buf_take(&b, NULL);
    if (!page)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = page;
    return CP_OK;
}
