/* A review summary as an HTML page: the order of the summary (achievements
 * first), barriers, the confidence chart, changes, and escaping. */
#include "testutil.h"

static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','plans':[{'id':'p1',"
    "'created':'2026-01-12','goals':["
    "{'id':'g1','statement':'Find work & <b>grow</b>','confidence':4,'actions':["
    "{'id':'a1','description':'Research five careers','owner':'client'},"
    "{'id':'a2','description':'Look at vacancies','owner':'client'},"
    "{'id':'a3','description':'Write two applications','owner':'client'}]},"
    "{'id':'g2','statement':'Volunteer'}],"
    "'reviews':[{'id':'r1','date':'2026-02-07','reviewer':'Jo Adviser','outcomes':["
    "{'action':'a3','result':'not_achieved','notes':'<script>alert(1)</script>',"
    "'barriers':[{'kind':'confidence','detail':'unsure'},{'kind':'time'}]},"
    "{'action':'a1','result':'achieved','helped':'The quiz'},"
    "{'action':'a2','result':'partly_achieved'}],"
    "'goal_scores':[{'goal':'g1','score':7},{'goal':'g2','score':5}],"
    "'changes':[{'kind':'action_revised','action':'a3','due':'2026-03-02'}],"
    "'next_review':'2026-03-09'}]}]}";

#define ck_has(page, s) ck_assert_msg(strstr(page, s) != NULL, "missing: %s", s)

START_TEST(summary_page)
{
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r1");
    char *p = NULL;
    cp_error e;
    ck_assert_ok(cp_review_summary_html(r, &p, &e), &e);
    ck_assert_msg(strncmp(p, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0, "%.40s", p);
    ck_has(p, "<h1>Review summary</h1>\n<p>"
              "<time datetime=\"2026-02-07\">2026-02-07</time>: review r1 of plan p1, with "
              "Jo Adviser</p>\n"
              "</header>\n<main>\n"
              "<h2>Achieved</h2>\n<table>\n<thead><tr><th scope=\"col\">Action</th>"
              "<th scope=\"col\">Notes</th><th scope=\"col\">Barriers</th>"
              "<th scope=\"col\">What helped</th></tr></thead>\n<tbody>\n"
              "<tr><td dir=\"auto\">Research five careers</td><td dir=\"auto\">-</td><td dir=\"auto\">-</td><td dir=\"auto\">The quiz</td></tr>\n"
              "</tbody>\n</table>\n<h2>Partly achieved</h2>\n");
    ck_has(p, "<tr><td dir=\"auto\">Look at vacancies</td><td dir=\"auto\">-</td><td dir=\"auto\">-</td><td dir=\"auto\">-</td></tr>\n"
              "</tbody>\n</table>\n<h2>Not yet</h2>\n");
    ck_has(p, "<tr><td dir=\"auto\">Write two applications</td><td dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt;"
              "</td><td dir=\"auto\">confidence (unsure); time</td><td dir=\"auto\">-</td></tr>\n");
    ck_has(p, "<h2>Confidence (1-10)</h2>\n<table>\n<thead><tr><th scope=\"col\">Goal</th>"
              "<th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n"
              "<tr><td dir=\"auto\">Find work &amp; &lt;b&gt;grow&lt;/b&gt;</td><td>4</td><td>7</td></tr>\n"
              "<tr><td dir=\"auto\">Volunteer</td><td>-</td><td>5</td></tr>\n</tbody>\n</table>\n");
    ck_has(p, "<svg role=\"img\" width=\"240\" height=\"80\" viewBox=\"0 0 240 80\" "
              "xmlns=\"http://www.w3.org/2000/svg\"><title>Confidence before and after the "
              "review (1-10): Find work &amp; &lt;b&gt;grow&lt;/b&gt; 4 then 7; Volunteer 5"
              "</title>\n"
              "<rect x=\"0\" y=\"4\" width=\"80\" height=\"14\" fill=\"#767676\"/>"
              "<rect x=\"0\" y=\"20\" width=\"140\" height=\"14\" fill=\"#0b5cad\"/>\n"
              "<rect x=\"0\" y=\"44\" width=\"0\" height=\"14\" fill=\"#767676\"/>"
              "<rect x=\"0\" y=\"60\" width=\"100\" height=\"14\" fill=\"#0b5cad\"/>\n</svg>\n");
    ck_has(p, "<h2>Changes agreed</h2>\n<table>\n<thead><tr><th scope=\"col\">Change</th>"
              "<th scope=\"col\">About</th><th scope=\"col\">Due</th><th scope=\"col\">Note"
              "</th></tr></thead>\n<tbody>\n<tr><td>Revised</td><td dir=\"auto\">Write two applications</td>"
              "<td><time datetime=\"2026-03-02\">2026-03-02</time></td><td dir=\"auto\">-</td></tr>\n"
              "</tbody>\n</table>\n"
              "<h2>Next review</h2>\n<p><time datetime=\"2026-03-09\">2026-03-09</time></p>\n"
              "</main>\n</body>\n</html>\n");
    ck_assert_ptr_null(strstr(p, "<script"));
    ck_assert_ptr_null(strstr(p, "<b>"));
    cp_free(p);
    cp_client_free(c);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r1");
    char *out = (char *)"untouched";
    cp_error e;
    ck_assert_cp(cp_review_summary_html(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_summary_html(r, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(out, "untouched");
    cp_client_free(c);
}
END_TEST

static Suite *html_review_suite(void)
{
    Suite *s = suite_create("html_review");
    TCase *t = tcase_create("review");
    tcase_add_test(t, summary_page);
    tcase_add_test(t, bad_arguments);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(html_review_suite)
