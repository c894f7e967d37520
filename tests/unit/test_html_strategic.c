/* A strategic careers plan as an HTML page (cp_strategic_plan_html()):
 * source 001's template sections in order, exact fragments, the KPI
 * progress bars with their text, escaping, and bad arguments. */
#include "testutil.h"

#include <stdio.h>

static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'strategic_plan',"
    "'institution_name':'Hill <School>','careers_vision':'Every learner thrives',"
    "'careers_vision_points':['Make informed decisions'],"
    "'academic_year':'2025-26','length_years':3,'created':'2025-09-01',"
    "'approval':'approved_by_senior_leaders','approved_by_senior_leaders':'2025-09-15',"
    "'review_date':'2026-07-01','careers_leader':'Kim Lead',"
    "'soar_strengths':['Strong employer links'],'leavers_skills':['Teamwork'],"
    "'priorities':[{'id':'p1','statement':'Tackle stereotypes','problem':'Narrow choices',"
    "'objectives':[{'id':'o1','statement':'Survey 40% of learners','target_metric':'surveyed',"
    "'target_value':'40','target_unit':'%','due':'2026-06-30',"
    "'outcomes':['Data used'],'actions':["
    "{'id':'a1','description':'Run the FSQ','cpd_resourcing':'Staff time',"
    "'responsible':'Careers Leader','milestones':[{'description':'FSQ collected',"
    "'due':'2026-01-31','done':'2026-01-20'}]},"
    "{'id':'a2','description':'Report to SLT','responsible':'Head'}]},"
    "{'id':'o2','statement':'No actions yet'}]},"
    "{'id':'p2','statement':'Second priority'}],"
    "'kpis':[{'id':'k1','name':'Encounters','unit':'per learner','baseline':'10','target':'20',"
    "'actual':'15','measured':'2026-03-01'},"
    "{'id':'k2','name':'NEET leavers','baseline':'12','target':'4','actual':'10'},"
    "{'id':'k3','name':'Past target','baseline':'0','target':'10','actual':'15'},"
    "{'id':'k4','name':'Wrong way','baseline':'10','target':'20','actual':'5'},"
    "{'id':'k5','name':'Not measured','baseline':'1','target':'2'}]}";

static cp_strategic_plan *load(const char *text)
{
    char *json = cpt_quote(text);
    cp_strategic_plan *plan = NULL;
    cp_error e;
    ck_assert_ok(cp_strategic_plan_load_string(json, strlen(json), NULL, &plan, &e), &e);
    free(json);
    return plan;
}

static char *page_of(const cp_strategic_plan *plan)
{
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_strategic_plan_html(plan, &out, &e), &e);
    ck_assert_ptr_nonnull(out);
    return out;
}

#define ck_has(page, s) ck_assert_msg(strstr(page, s) != NULL, "missing: %s", s)

/* Each string comes after the one before it. */
static void ck_in_order(const char *page, const char *const *parts, size_t n)
{
    const char *at = page;
    for (size_t i = 0; i < n; i++) {
        const char *next = strstr(at, parts[i]);
        ck_assert_msg(next != NULL, "missing or out of order: %s", parts[i]);
        at = next + strlen(parts[i]);
    }
}

START_TEST(template_sections_in_order)
{
    cp_strategic_plan *plan = load(doc);
    char *p = page_of(plan);
    ck_assert_msg(strncmp(p, "<!DOCTYPE html>\n<html lang=\"en\">\n", 33) == 0, "%.40s", p);
    static const char *const order[] = {
        "<title>Hill &lt;School&gt; Strategic Careers Plan</title>",
        "@media print{",
        "<h1 dir=\"auto\">Hill &lt;School&gt; Strategic Careers Plan</h1>",
        "<h2>Careers vision statement</h2>",
        "<h2>Key strategic priorities</h2>",
        "<h2>About this plan</h2>",
        "<h2>Priority 1: <bdi>Tackle stereotypes</bdi></h2>",
        "<h2>Priority 2: <bdi>Second priority</bdi></h2>",
        "<h2>Key performance metrics</h2>",
        "<h2>Appendix 1: strength of careers provision (SOAR)</h2>",
        "<h2>Appendix 2: learners as leavers profile</h2>",
        "</main>\n</body>\n</html>\n",
    };
    ck_in_order(p, order, sizeof order / sizeof *order);
    ck_has(p, "<h2>Careers vision statement</h2>\n<p dir=\"auto\">Every learner thrives</p>\n"
              "<ul>\n<li dir=\"auto\">Make informed decisions</li>\n</ul>\n"
              "<h2>Key strategic priorities</h2>\n<ol>\n<li dir=\"auto\">Tackle stereotypes</li>\n"
              "<li dir=\"auto\">Second priority</li>\n</ol>\n");
    ck_has(p, "<tr><th scope=\"row\">School, special school or college name</th>"
              "<td dir=\"auto\">Hill &lt;School&gt;</td></tr>\n"
              "<tr><th scope=\"row\">Date strategic careers plan created</th>"
              "<td><time datetime=\"2025-09-01\">2025-09-01</time></td></tr>\n"
              "<tr><th scope=\"row\">Approval</th><td>approved by senior leaders</td></tr>\n"
              "<tr><th scope=\"row\">Date approved by SLT</th>"
              "<td><time datetime=\"2025-09-15\">2025-09-15</time></td></tr>\n"
              "<tr><th scope=\"row\">Date approved by governors</th><td dir=\"auto\">-</td></tr>\n"
              "<tr><th scope=\"row\">Proposed review date</th>"
              "<td><time datetime=\"2026-07-01\">2026-07-01</time></td></tr>\n"
              "<tr><th scope=\"row\">Careers leader name</th><td dir=\"auto\">Kim Lead</td></tr>\n"
              "<tr><th scope=\"row\">Strategic careers plan - academic year</th>"
              "<td><bdi dir=\"auto\">2025-26</bdi> (3 years)</td></tr>\n");
    ck_has(p, "<p>What is the problem you are trying to solve? "
              "<span dir=\"auto\">Narrow choices</span></p>\n");
    ck_has(p, "<h3>Strengths</h3>\n<ul>\n<li dir=\"auto\">Strong employer links</li>\n</ul>\n");
    ck_has(p, "<h3>Skills</h3>\n<ul>\n<li dir=\"auto\">Teamwork</li>\n</ul>\n");
    ck_assert_ptr_null(strstr(p, "<h3>Knowledge</h3>"));
    ck_assert_ptr_null(strstr(p, "<script"));
    cp_free(p);
    cp_strategic_plan_free(plan);
}
END_TEST

START_TEST(objectives_actions_milestones)
{
    cp_strategic_plan *plan = load(doc);
    char *p = page_of(plan);
    ck_has(p, "<thead><tr><th scope=\"col\">Strategic objective</th><th scope=\"col\">Outcomes"
              "</th><th scope=\"col\">Actions, including CPD/resourcing</th>"
              "<th scope=\"col\">Responsible</th><th scope=\"col\">Time/milestones</th>"
              "</tr></thead>\n");
    ck_has(p, "<tbody>\n<tr><th scope=\"rowgroup\" rowspan=\"2\">"
              "<p dir=\"auto\">Survey 40% of learners</p>\n"
              "<p>Target: <bdi>40 % surveyed</bdi></p>\n"
              "<p>By <time datetime=\"2026-06-30\">2026-06-30</time></p></th>"
              "<td rowspan=\"2\"><ul>\n<li dir=\"auto\">Data used</li>\n</ul>\n</td>"
              "<td><p dir=\"auto\">Run the FSQ</p>\n"
              "<p>CPD/resourcing: <span dir=\"auto\">Staff time</span></p></td>"
              "<td dir=\"auto\">Careers Leader</td>"
              "<td><ul><li><bdi dir=\"auto\">FSQ collected</bdi> by "
              "<time datetime=\"2026-01-31\">2026-01-31</time>, done "
              "<time datetime=\"2026-01-20\">2026-01-20</time></li></ul></td></tr>\n"
              "<tr><td><p dir=\"auto\">Report to SLT</p></td><td dir=\"auto\">Head</td>"
              "<td>-</td></tr>\n</tbody>\n");
    ck_has(p, "<tbody>\n<tr><th scope=\"rowgroup\" rowspan=\"1\">"
              "<p dir=\"auto\">No actions yet</p></th><td rowspan=\"1\">-</td>"
              "<td>-</td><td>-</td><td>-</td></tr>\n</tbody>\n</table>\n");
    ck_has(p, "<h2>Priority 2: <bdi>Second priority</bdi></h2>\n"
              "<p>No strategic objectives yet.</p>\n");
    cp_free(p);
    cp_strategic_plan_free(plan);
}
END_TEST

#define BAR(fill)                                                                                  \
    "<td><svg class=\"bar\" width=\"100\" height=\"12\" viewBox=\"0 0 100 12\" "                  \
    "aria-hidden=\"true\"><rect width=\"100\" height=\"12\" fill=\"#e8eef3\"/>"                    \
    "<rect width=\"" fill "\" height=\"12\" fill=\"#0b3d5c\"/></svg> "

START_TEST(kpi_progress_bars)
{
    cp_strategic_plan *plan = load(doc);
    char *p = page_of(plan);
    ck_has(p, "<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Baseline</th>"
              "<th scope=\"col\">Target</th><th scope=\"col\">Actual</th>"
              "<th scope=\"col\">Measured</th><th scope=\"col\">Progress</th></tr></thead>\n");
    ck_has(p, "<tr><th scope=\"row\" dir=\"auto\">Encounters</th><td>10 per learner</td>"
              "<td>20 per learner</td><td>15 per learner</td>"
              "<td><time datetime=\"2026-03-01\">2026-03-01</time></td>" BAR("50")
              "50 % of target</td></tr>\n");
    ck_has(p, "<tr><th scope=\"row\" dir=\"auto\">NEET leavers</th><td>12</td><td>4</td>"
              "<td>10</td><td>-</td>" BAR("25") "25 % of target</td></tr>\n");
    ck_has(p, "Past target</th><td>0</td><td>10</td><td>15</td><td>-</td>" BAR("100")
              "150 % of target</td></tr>\n");
    ck_has(p, "Wrong way</th><td>10</td><td>20</td><td>5</td><td>-</td>" BAR("0")
              "-50 % of target</td></tr>\n");
    ck_has(p, "Not measured</th><td>1</td><td>2</td><td>-</td><td>-</td>"
              "<td>not measured yet</td></tr>\n");
    cp_free(p);
    cp_strategic_plan_free(plan);
}
END_TEST

START_TEST(bare_plan)
{
    cp_strategic_plan *plan = load("{'format':'careerplan','version':1,'kind':'strategic_plan'}");
    char *p = page_of(plan);
    ck_has(p, "<title>Strategic Careers Plan</title>");
    ck_has(p, "<main>\n<h2>About this plan</h2>\n");
    ck_has(p, "<tr><th scope=\"row\">Approval</th><td>draft</td></tr>\n");
    ck_has(p, "<td><bdi dir=\"auto\">-</bdi></td></tr>\n</tbody>\n</table>\n</main>\n");
    cp_free(p);
    cp_strategic_plan_free(plan);
}
END_TEST

START_TEST(errors)
{
    cp_strategic_plan *plan = load(doc);
    cp_error e;
    char *out = (char *)"untouched";
    ck_assert_cp(cp_strategic_plan_html(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_strategic_plan_html(plan, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(out, "untouched");
    ck_assert_int_eq(cp_strategic_plan_html(NULL, NULL, NULL), CP_EINVAL);
    cp_strategic_plan_free(plan);
}
END_TEST

static Suite *html_strategic_suite(void)
{
    Suite *s = suite_create("html_strategic");
    TCase *t = tcase_create("strategic");
    tcase_add_test(t, template_sections_in_order);
    tcase_add_test(t, objectives_actions_milestones);
    tcase_add_test(t, kpi_progress_bars);
    tcase_add_test(t, bare_plan);
    tcase_add_test(t, errors);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(html_strategic_suite)
