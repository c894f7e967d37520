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

/* The group's heading, with "Not yet" for what is not achieved (source
 * 000: "Use the word 'yet.'"). */
static const char *heading(int result)
{
    return result == CP_OUTCOME_RESULT_NOT_ACHIEVED ? "Not yet" : cp__summary_heading(result);
}

/* A cell of recorded text, "-" when there is none. Recorded text is
 * marked dir="auto", as on the other pages: a client's words in Arabic or
 * Urdu read right to left in a left-to-right page. */
static void put_cell(cp__buf *b, const char *text)
{
    cp__html_auto(b, "td", text);
}

/* One outcome as a row: the action, notes, barriers ("KIND (DETAIL)",
 * separated by "; "), what helped. */
static void put_outcome(cp__buf *b, const cp__summary_outcome *item)
{
    const struct cp_outcome *o = item->outcome;
    cp__html_raw(b, "<tr><td dir=\"auto\">");
    if (!item->action)
        cp__html_raw(b, "(unknown action ");
    cp__html_text(b, item->action ? item->action->description : o->action);
    cp__html_raw(b, item->action ? "</td>" : ")</td>");
    put_cell(b, o->notes);
    cp__html_raw(b, "<td dir=\"auto\">");
    for (size_t k = 0; k < o->barriers.count; k++) {
        const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
        cp__html_raw(b, k ? "; " : "");
        cp__html_label(b, cp__enum_name(&cp__barrier_kind_enum, br->kind));
        if (br->detail) {
            cp__html_raw(b, " (");
            cp__html_text(b, br->detail);
            cp__html_raw(b, ")");
        }
    }
    cp__html_raw(b, o->barriers.count ? "</td>" : "-</td>");
    put_cell(b, o->helped);
    cp__html_raw(b, "</tr>\n");
}

/* The outcomes of one result under its heading, as a table; nothing when
 * there are none. */
static void put_group(cp__buf *b, const cp__summary_group *group)
{
    if (!group->count)
        return;
    cp__html_element(b, "h2", heading(group->result));
    cp__html_raw(b, "\n<table>\n<thead><tr><th scope=\"col\">Action</th>"
                    "<th scope=\"col\">Notes</th><th scope=\"col\">Barriers</th>"
                    "<th scope=\"col\">What helped</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < group->count; i++)
        put_outcome(b, &group->items[i]);
    cp__html_raw(b, "</tbody>\n</table>\n");
}

/* A goal by its statement; "(unknown goal ID)" when the plan has none. */
static void put_goal(cp__buf *b, const cp__summary_score *sc)
{
    cp__html_raw(b, sc->goal ? "" : "(unknown goal ");
    cp__html_text(b, sc->goal ? sc->goal->statement : sc->goal_id);
    cp__html_raw(b, sc->goal ? "" : ")");
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
        cp__html_raw(b, "<tr><td dir=\"auto\">");
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

/* One change as a row: what kind, what it is about, the new due date of a
 * revised action, the note given with it. */
static void put_change(cp__buf *b, const cp__summary_change *item)
{
    const struct cp_change *c = item->change;
    const char *text = cp__summary_change_text(item);
    cp__html_raw(b, "<tr><td>");
    cp__html_raw(b, cp__summary_change_word(item));
    cp__html_raw(b, text ? "</td><td dir=\"auto\">" : "</td><td dir=\"auto\">(unknown ");
    cp__html_text(b, text                                     ? text
                     : c->kind == CP_CHANGE_KIND_GOAL_REVISED ? c->goal
                                                              : c->action);
    cp__html_raw(b, text ? "</td><td>" : ")</td><td>");
    if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due))
        cp__html_date(b, c->due);
    else
        cp__html_raw(b, "-");
    cp__html_raw(b, "</td>");
    put_cell(b, cp__summary_change_note(item));
    cp__html_raw(b, "</tr>\n");
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
    cp__html_raw(&b, "<header>\n<h1>Review summary</h1>\n<p>");
    cp__html_date(&b, r->date);
    const char *words[] = {": review ", r->id, " of plan ", s.plan ? s.plan->id : "?",
                           r->reviewer ? ", with " : NULL, r->reviewer};
    for (size_t i = 0; i < sizeof words / sizeof *words && words[i]; i++)
        (i % 2 ? cp__html_text : cp__html_raw)(&b, words[i]);
    cp__html_raw(&b, "</p>\n</header>\n<main>\n");
    for (int g = 0; g < CP__SUMMARY_GROUPS; g++)
        put_group(&b, &s.groups[g]);
    put_scores(&b, &s);
    if (s.change_count)
        cp__html_raw(&b, "<h2>Changes agreed</h2>\n<table>\n<thead><tr><th scope=\"col\">"
                         "Change</th><th scope=\"col\">About</th><th scope=\"col\">Due</th>"
                         "<th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < s.change_count; i++)
        put_change(&b, &s.changes[i]);
    if (s.change_count)
        cp__html_raw(&b, "</tbody>\n</table>\n");
    if (!cp_date_is_none(s.next_review)) {
        cp__html_raw(&b, "<h2>Next review</h2>\n<p>");
        cp__html_date(&b, s.next_review);
        cp__html_raw(&b, "</p>\n");
    }
    cp__review_summary_fini(&s);
    return cp__html_finish(&b, out, err);
}
