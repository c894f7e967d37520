/*
 * A strategic careers plan as an HTML page (cp_strategic_plan_html(),
 * html.h), laid out like the template of source 001: the careers vision and
 * the key priorities, the plan's details, then each priority with its
 * objectives, outcomes, actions, who is responsible and the milestones;
 * then the key performance metrics with their progress as bars, and the
 * SOAR and learners-as-leavers appendices.
 */
#include "../core/error.h"
#include "../model/model.h"
#include "html_escape.h"

#include <careerplan/html.h>
#include <careerplan/strategic.h>
#include <stdio.h>
#include <string.h>

/* "<ul>" of the list's items, each with dir="auto"; nothing when empty. */
static void put_list(cp__buf *b, const cp__strlist *list)
{
    if (!list->count)
        return;
    cp__html_raw(b, "<ul>\n");
    for (size_t i = 0; i < list->count; i++) {
        cp__html_auto(b, "li", list->items[i]);
        cp__html_raw(b, "\n");
    }
    cp__html_raw(b, "</ul>\n");
}

/* A row of the details table: a header cell and a value (text or date). */
static void put_detail(cp__buf *b, const char *label, const char *text, cp_date date)
{
    cp__html_raw(b, "<tr><th scope=\"row\">");
    cp__html_raw(b, label);
    cp__html_raw(b, "</th>");
    if (cp_date_is_valid(date)) {
        cp__html_raw(b, "<td>");
        cp__html_date(b, date);
        cp__html_raw(b, "</td>");
    } else {
        cp__html_auto(b, "td", text);
    }
    cp__html_raw(b, "</tr>\n");
}

static void put_details(cp__buf *b, const struct cp_strategic_plan *p)
{
    char years[32] = "";
    if (p->academic_year && p->length_years)
        snprintf(years, sizeof years, " (%d year%s)", p->length_years,
                 p->length_years == 1 ? "" : "s");
    cp__html_raw(b, "<h2>About this plan</h2>\n<table>\n<tbody>\n");
    put_detail(b, "School, special school or college name", p->institution_name, cp_date_none());
    put_detail(b, "Date strategic careers plan created", NULL, p->created);
    cp__html_raw(b, "<tr><th scope=\"row\">Approval</th><td>");
    cp__html_label(b, p->approval ? cp_approval_state_to_string(p->approval) : "-");
    cp__html_raw(b, "</td></tr>\n");
    put_detail(b, "Date approved by SLT", NULL, p->approved_by_senior_leaders);
    put_detail(b, "Date approved by governors", NULL, p->approved_by_governors);
    put_detail(b, "Proposed review date", NULL, p->review_date);
    put_detail(b, "Careers leader name", p->careers_leader, cp_date_none());
    cp__html_raw(b, "<tr><th scope=\"row\">Strategic careers plan - academic year</th><td>");
    cp__html_auto(b, "bdi", p->academic_year);
    cp__html_raw(b, years);
    cp__html_raw(b, "</td></tr>\n</tbody>\n</table>\n");
}

/* The objective's cell: its statement, its target and by when. */
static void put_objective_cell(cp__buf *b, const struct cp_strategic_objective *o, size_t rows)
{
    char span[64];
    snprintf(span, sizeof span, "<th scope=\"rowgroup\" rowspan=\"%zu\">", rows);
    cp__html_raw(b, span);
    cp__html_auto(b, "p", o->statement);
    if (o->target_value || o->target_metric) {
        const char *const target[] = {o->target_value, o->target_unit, o->target_metric};
        cp__html_raw(b, "\n<p>Target: <bdi>");
        cp__html_words(b, target, 3);
        cp__html_raw(b, "</bdi></p>");
    }
    if (cp_date_is_valid(o->due)) {
        cp__html_raw(b, "\n<p>By ");
        cp__html_date(b, o->due);
        cp__html_raw(b, "</p>");
    }
    cp__html_raw(b, "</th>");
}

/* Each milestone: "DESCRIPTION (by DATE, done DATE)". */
static void put_milestones(cp__buf *b, const cp__list *milestones)
{
    cp__html_raw(b, "<td>");
    if (!milestones->count)
        cp__html_raw(b, "-");
    else
        cp__html_raw(b, "<ul>");
    for (size_t i = 0; i < milestones->count; i++) {
        const struct cp_milestone *m = (const struct cp_milestone *)milestones->items[i];
        cp__html_raw(b, "<li>");
        cp__html_auto(b, "bdi", m->description);
        if (cp_date_is_valid(m->due)) {
            cp__html_raw(b, " by ");
            cp__html_date(b, m->due);
        }
        if (cp_date_is_valid(m->done)) {
            cp__html_raw(b, ", done ");
            cp__html_date(b, m->done);
        }
        cp__html_raw(b, "</li>");
    }
    cp__html_raw(b, milestones->count ? "</ul></td>" : "</td>");
}

static void put_action(cp__buf *b, const struct cp_strategic_action *a)
{
    cp__html_raw(b, "<td>");
    cp__html_auto(b, "p", a->description);
    if (a->cpd_resourcing) {
        cp__html_raw(b, "\n<p>CPD/resourcing: ");
        cp__html_auto(b, "span", a->cpd_resourcing);
        cp__html_raw(b, "</p>");
    }
    cp__html_raw(b, "</td>");
    cp__html_auto(b, "td", a->responsible);
    put_milestones(b, &a->milestones);
}

/* One objective as a row group: the objective and its outcomes span the
 * rows of its actions (one row of "-" when it has none). */
static void put_objective(cp__buf *b, const struct cp_strategic_objective *o)
{
    size_t rows = o->actions.count ? o->actions.count : 1;
    cp__html_raw(b, "<tbody>\n<tr>");
    put_objective_cell(b, o, rows);
    char span[64];
    snprintf(span, sizeof span, "<td rowspan=\"%zu\">", rows);
    cp__html_raw(b, span);
    if (o->outcomes.count)
        put_list(b, &o->outcomes);
    else
        cp__html_raw(b, "-");
    cp__html_raw(b, "</td>");
    if (!o->actions.count)
        cp__html_raw(b, "<td>-</td><td>-</td><td>-</td>");
    for (size_t i = 0; i < o->actions.count; i++) {
        if (i)
            cp__html_raw(b, "</tr>\n<tr>");
        put_action(b, (const struct cp_strategic_action *)o->actions.items[i]);
    }
    cp__html_raw(b, "</tr>\n</tbody>\n");
}

static void put_priority(cp__buf *b, size_t n, const struct cp_strategic_priority *p)
{
    char heading[48];
    snprintf(heading, sizeof heading, "<h2>Priority %zu: <bdi>", n);
    cp__html_raw(b, heading);
    cp__html_text(b, p->statement);
    cp__html_raw(b, "</bdi></h2>\n");
    if (p->problem) {
        cp__html_raw(b, "<p>What is the problem you are trying to solve? ");
        cp__html_auto(b, "span", p->problem);
        cp__html_raw(b, "</p>\n");
    }
    if (!p->objectives.count) {
        cp__html_raw(b, "<p>No strategic objectives yet.</p>\n");
        return;
    }
    cp__html_raw(b, "<table>\n<thead><tr><th scope=\"col\">Strategic objective</th>"
                    "<th scope=\"col\">Outcomes</th>"
                    "<th scope=\"col\">Actions, including CPD/resourcing</th>"
                    "<th scope=\"col\">Responsible</th>"
                    "<th scope=\"col\">Time/milestones</th></tr></thead>\n");
    for (size_t i = 0; i < p->objectives.count; i++)
        put_objective(b, (const struct cp_strategic_objective *)p->objectives.items[i]);
    cp__html_raw(b, "</table>\n");
}

/* A KPI value with its unit, "-" when not recorded. */
static void put_value(cp__buf *b, const char *value, const char *unit)
{
    const char *const parts[] = {value, value ? unit : NULL};
    cp__html_raw(b, "<td>");
    cp__html_words(b, parts, 2);
    cp__html_raw(b, value ? "</td>" : "-</td>");
}

/* The progress of a KPI as a bar (an inline SVG hidden from screen
 * readers, filled to the progress clamped to 0-100 %) and its text
 * equivalent "N % of target"; "not measured yet" without a value. */
static void put_progress(cp__buf *b, const struct cp_kpi *k)
{
    double f = 0;
    if (cp_kpi_progress((const cp_kpi *)k, &f, NULL) != CP_OK) {
        cp__html_raw(b, "<td>not measured yet</td>");
        return;
    }
    double percent = f * 100;
    if (percent > -0.5 && percent < 0.5)
        percent = 0; /* no "-0" */
    double fill = percent < 0 ? 0 : percent > 100 ? 100 : percent;
    char text[64];
    cp__html_raw(b, "<td><svg class=\"bar\" width=\"100\" height=\"12\" viewBox=\"0 0 100 12\" "
                    "aria-hidden=\"true\"><rect width=\"100\" height=\"12\" fill=\"#e8eef3\"/>"
                    "<rect width=\"");
    snprintf(text, sizeof text, "%.0f", fill);
    cp__html_raw(b, text);
    cp__html_raw(b, "\" height=\"12\" fill=\"#0b3d5c\"/></svg> ");
    snprintf(text, sizeof text, "%.0f %% of target",
             percent < -1e9 ? -1e9 : percent > 1e9 ? 1e9 : percent);
    cp__html_raw(b, text);
    cp__html_raw(b, "</td>");
}

static void put_kpis(cp__buf *b, const cp__list *kpis)
{
    if (!kpis->count)
        return;
    cp__html_raw(b, "<h2>Key performance metrics</h2>\n<table>\n<thead><tr>"
                    "<th scope=\"col\">Metric</th><th scope=\"col\">Baseline</th>"
                    "<th scope=\"col\">Target</th><th scope=\"col\">Actual</th>"
                    "<th scope=\"col\">Measured</th><th scope=\"col\">Progress</th>"
                    "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < kpis->count; i++) {
        const struct cp_kpi *k = (const struct cp_kpi *)kpis->items[i];
        cp__html_raw(b, "<tr>");
        cp__html_raw(b, "<th scope=\"row\" dir=\"auto\">");
        cp__html_text(b, k->name);
        cp__html_raw(b, "</th>");
        put_value(b, k->baseline, k->unit);
        put_value(b, k->target, k->unit);
        put_value(b, k->actual, k->unit);
        cp__html_raw(b, "<td>");
        if (cp_date_is_valid(k->measured))
            cp__html_date(b, k->measured);
        else
            cp__html_raw(b, "-");
        cp__html_raw(b, "</td>");
        put_progress(b, k);
        cp__html_raw(b, "</tr>\n");
    }
    cp__html_raw(b, "</tbody>\n</table>\n");
}

/* An appendix: its heading, then each list that is recorded under an h3. */
static void put_appendix(cp__buf *b, const char *heading, const char *const *titles,
                         const cp__strlist *const *lists, size_t n)
{
    size_t any = 0;
    for (size_t i = 0; i < n; i++)
        any += lists[i]->count;
    if (!any)
        return;
    cp__html_element(b, "h2", heading);
    cp__html_raw(b, "\n");
    for (size_t i = 0; i < n; i++) {
        if (!lists[i]->count)
            continue;
        cp__html_element(b, "h3", titles[i]);
        cp__html_raw(b, "\n");
        put_list(b, lists[i]);
    }
}

static void put_appendices(cp__buf *b, const struct cp_strategic_plan *p)
{
    static const char *const soar[] = {"Strengths", "Opportunities", "Aspirations", "Results",
                                       "Key priority/action areas from SOAR"};
    const cp__strlist *const soar_lists[] = {&p->soar_strengths, &p->soar_opportunities,
                                             &p->soar_aspirations, &p->soar_results,
                                             &p->soar_key_priority_areas};
    put_appendix(b, "Appendix 1: strength of careers provision (SOAR)", soar, soar_lists, 5);
    static const char *const leavers[] = {"Knowledge", "Skills", "Behaviours"};
    const cp__strlist *const leaver_lists[] = {&p->leavers_knowledge, &p->leavers_skills,
                                               &p->leavers_behaviours};
    put_appendix(b, "Appendix 2: learners as leavers profile", leavers, leaver_lists, 3);
}

cp_status cp_strategic_plan_html(const cp_strategic_plan *plan, char **out, cp_error *err)
{
    if (!plan || !out)
        return cp__fail(err, CP_EINVAL, NULL, "%s is NULL", plan ? "out" : "plan");
    const struct cp_strategic_plan *p = (const struct cp_strategic_plan *)plan;
    cp__buf b = {0}, t = {0};
    if (p->institution_name) {
        cp__buf_puts(&t, p->institution_name);
        cp__buf_puts(&t, " ");
    }
    cp__buf_puts(&t, "Strategic Careers Plan");
    cp__html_open(&b, &t);
    cp__html_raw(&b, "\n</header>\n<main>\n");
    if (p->institution_vision) {
        cp__html_raw(&b, "<h2>Vision</h2>\n");
        cp__html_auto(&b, "p", p->institution_vision);
        cp__html_raw(&b, "\n");
    }
    if (p->careers_vision || p->careers_vision_points.count) {
        cp__html_raw(&b, "<h2>Careers vision statement</h2>\n");
        if (p->careers_vision) {
            cp__html_auto(&b, "p", p->careers_vision);
            cp__html_raw(&b, "\n");
        }
        put_list(&b, &p->careers_vision_points);
    }
    if (p->priorities.count) {
        cp__html_raw(&b, "<h2>Key strategic priorities</h2>\n<ol>\n");
        for (size_t i = 0; i < p->priorities.count; i++) {
            const struct cp_strategic_priority *pr =
                (const struct cp_strategic_priority *)p->priorities.items[i];
            cp__html_auto(&b, "li", pr->statement);
            cp__html_raw(&b, "\n");
        }
        cp__html_raw(&b, "</ol>\n");
    }
    put_details(&b, p);
    for (size_t i = 0; i < p->priorities.count; i++)
        put_priority(&b, i + 1, (const struct cp_strategic_priority *)p->priorities.items[i]);
    put_kpis(&b, &p->kpis);
    put_appendices(&b, p);
    return cp__html_finish(&b, out, err);
}
