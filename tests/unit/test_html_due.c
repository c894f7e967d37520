/* What is overdue and due in a caseload as an HTML page
 * (cp_caseload_due_html()): the three tables with exact rows, days in
 * words, empty sections, and bad arguments. */
#include "testutil.h"

/* As of 2026-03-01: a1 is 26 days overdue, a2 1 day overdue, a3 due today,
 * a4 in 1 day, a5 in 20 days (outside 14, inside 30), a6 done (never
 * listed); c1's review in 3 days, c2's 2 days ago. */
static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'caseload','clients':["
    "{'id':'c1','given_name':'Sam','family_name':'Lee',"
    "'supporters':[{'id':'s1','role':'parent_carer','name':'Aunt Jo'}],"
    "'plans':[{'id':'p1','created':'2026-01-10','next_review':'2026-03-04','goals':["
    "{'id':'g1','statement':'Find a <course>','actions':["
    "{'id':'a1','description':'Research','owner':'client','due':'2026-02-03'},"
    "{'id':'a3','description':'Call the college','owner':'adviser','due':'2026-03-01'},"
    "{'id':'a4','description':'Drive to the fair','owner':'supporter','owner_supporter':'s1',"
    "'due':'2026-03-02'},"
    "{'id':'a6','description':'Done already','owner':'client','due':'2026-02-01',"
    "'status':'done','completed':'2026-01-30'}]}]}]},"
    "{'id':'c2','plans':[{'id':'p2','created':'2026-01-10','next_review':'2026-02-27','goals':["
    "{'id':'g2','statement':'Apprenticeship','actions':["
    "{'id':'a2','description':'Write a CV','owner':'client','due':'2026-02-28'},"
    "{'id':'a5','description':'Apply','due':'2026-03-21'}]}]}]}]}";

static char *page_of(const cp_caseload *cl, int within)
{
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_due_html(cl, cpt_date("2026-03-01"), within, &out, &e), &e);
    ck_assert_ptr_nonnull(out);
    return out;
}

#define ck_has(page, s) ck_assert_msg(strstr(page, s) != NULL, "missing: %s", s)

#define ACTION_HEAD(when)                                                                          \
    "<table>\n<thead><tr><th scope=\"col\">Client</th><th scope=\"col\">Plan</th>"                 \
    "<th scope=\"col\">Goal</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th>"         \
    "<th scope=\"col\">Due date</th><th scope=\"col\">" when "</th></tr></thead>\n<tbody>\n"
#define SAM "<td><bdi>Sam Lee</bdi> (<bdi dir=\"auto\">c1</bdi>)</td><td dir=\"auto\">p1</td>"
#define C2 "<td><bdi dir=\"auto\">c2</bdi></td><td dir=\"auto\">p2</td>"
#define T(d) "<td><time datetime=\"" d "\">" d "</time></td>"

START_TEST(three_tables)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    char *p = page_of(cl, 14);
    ck_assert_msg(strncmp(p, "<!DOCTYPE html>\n<html lang=\"en\">\n", 33) == 0, "%.40s", p);
    ck_has(p, "<title>Overdue and due on 2026-03-01</title>");
    ck_has(p, "<header>\n<h1 dir=\"auto\">Overdue and due on 2026-03-01</h1>\n"
              "<p>Open actions of plans that are not closed, and the plans' next reviews, as of "
              "<time datetime=\"2026-03-01\">2026-03-01</time>, looking 14 days ahead.</p>\n"
              "</header>\n<main>\n");
    ck_has(p, "<h2>Overdue actions</h2>\n" ACTION_HEAD("Overdue by")
              "<tr>" SAM "<td dir=\"auto\">Find a &lt;course&gt;</td><td dir=\"auto\">Research"
              "</td><td>client</td>" T("2026-02-03") "<td>26 days</td></tr>\n"
              "<tr>" C2 "<td dir=\"auto\">Apprenticeship</td><td dir=\"auto\">Write a CV</td>"
              "<td>client</td>" T("2026-02-28") "<td>1 day</td></tr>\n</tbody>\n</table>\n");
    ck_has(p, "<h2>Actions due by 2026-03-15</h2>\n" ACTION_HEAD("Due")
              "<tr>" SAM "<td dir=\"auto\">Find a &lt;course&gt;</td><td dir=\"auto\">Call the "
              "college</td><td>adviser</td>" T("2026-03-01") "<td>today</td></tr>\n"
              "<tr>" SAM "<td dir=\"auto\">Find a &lt;course&gt;</td><td dir=\"auto\">Drive to "
              "the fair</td><td><bdi dir=\"auto\">Aunt Jo</bdi> (parent carer)</td>"
              T("2026-03-02") "<td>in 1 day</td></tr>\n</tbody>\n</table>\n");
    ck_has(p, "<h2>Reviews due</h2>\n<table>\n<thead><tr><th scope=\"col\">Client</th>"
              "<th scope=\"col\">Plan</th><th scope=\"col\">Review date</th>"
              "<th scope=\"col\">Due</th></tr></thead>\n<tbody>\n"
              "<tr>" C2 T("2026-02-27") "<td>2 days overdue</td></tr>\n"
              "<tr>" SAM T("2026-03-04") "<td>in 3 days</td></tr>\n</tbody>\n</table>\n"
              "</main>\n</body>\n</html>\n");
    ck_assert_ptr_null(strstr(p, "Done already"));
    ck_assert_ptr_null(strstr(p, "Apply"));
    cp_free(p);
    p = page_of(cl, 30);
    ck_has(p, "<h2>Actions due by 2026-03-31</h2>\n");
    ck_has(p, "<tr>" C2 "<td dir=\"auto\">Apprenticeship</td><td dir=\"auto\">Apply</td>"
              "<td>-</td>" T("2026-03-21") "<td>in 20 days</td></tr>\n");
    cp_free(p);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(nothing_due)
{
    cp_caseload *cl = cpt_load_caseload("{'format':'careerplan','version':1,'kind':'caseload',"
                                        "'clients':[{'id':'c1'}]}");
    char *p = page_of(cl, 0);
    ck_has(p, "looking 0 days ahead.</p>");
    ck_has(p, "<main>\n<h2>Overdue actions</h2>\n<p>None.</p>\n"
              "<h2>Actions due by 2026-03-01</h2>\n<p>None.</p>\n"
              "<h2>Reviews due</h2>\n<p>None.</p>\n</main>\n");
    cp_free(p);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(errors)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_error e;
    char *out = (char *)"untouched";
    cp_date bad = {2026, 2, 30};
    ck_assert_cp(cp_caseload_due_html(NULL, cpt_date("2026-03-01"), 14, &out, &e), CP_EINVAL,
                 "", &e);
    ck_assert_cp(cp_caseload_due_html(cl, cpt_date("2026-03-01"), 14, NULL, &e), CP_EINVAL,
                 "", &e);
    ck_assert_int_eq(cp_caseload_due_html(cl, cpt_date("2026-03-01"), -1, &out, &e), CP_EINVAL);
    ck_assert_int_eq(cp_caseload_due_html(cl, bad, 14, &out, &e), CP_ERANGE);
    ck_assert_int_eq(cp_caseload_due_html(cl, cp_date_none(), 14, &out, NULL), CP_ERANGE);
    ck_assert_str_eq(out, "untouched");
    cp_caseload_free(cl);
}
END_TEST

static Suite *html_due_suite(void)
{
    Suite *s = suite_create("html_due");
    TCase *t = tcase_create("due");
    tcase_add_test(t, three_tables);
    tcase_add_test(t, nothing_due);
    tcase_add_test(t, errors);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(html_due_suite)
