/* A client's plan as an HTML page: exact fragments, escaping, links, and
 * the page a recipient is sent holding only what the export allows. */
#include "testutil.h"

#include <stdio.h>

/*
 * Client c1 with tutor s1 (covered by a non_sensitive consent) and mentor
 * s2. Every protected place holds a canary: a sensitive section, a
 * sensitive goal, a sensitive action, and s2's name and contact (the tutor
 * may see only its own). Goal g1 is named like a script; resources include
 * a javascript: link.
 */
static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','given_name':'Sam',"
    "'family_name':'Lee','date_of_birth':'2009-05-04','setting':'school','year_group':11,"
    "'support':['send'],"
    "'supporters':[{'id':'s1','role':'tutor','name':'Tina Tutor','contact':'tina@example.org'},"
    "{'id':'s2','role':'mentor','name':'CANARY-NAME-2','contact':'CANARY-CONTACT-2'}],"
    "'consents':[{'id':'k1','supporter':'s1','scope':'non_sensitive','purpose':'Tutoring',"
    "'granted':'2026-01-12'}],"
    "'plans':[{'id':'p0','created':'2025-06-01','goals':[{'id':'g0','statement':'Old goal'}]},"
    "{'id':'p1','created':'2026-01-12','practitioner':'Jo Adviser',"
    "'where_you_are_now':{'text':'Year 11, likes art & design'},"
    "'where_you_want_to_be':{'text':'CANARY-SENSITIVE-SECTION','sensitive':true},"
    "'how_you_will_get_there':{'text':'Step by step'},"
    "'resources':[{'title':'Prospects','url':'https://www.prospects.ac.uk/'},"
    "{'title':'Bad link','url':'javascript:alert(1)'},"
    "{'title':'Mail me','url':'mailto:jo@example.org'}],"
    "'artefacts':[{'kind':'photo','uri':'file:cards.jpg','caption':'Card sort'},"
    "{'kind':'drawing','uri':'file:map.png'}],"
    "'next_review':'2026-03-01',"
    "'goals':[{'id':'g1','statement':'<script>alert(1)</script>','actions':["
    "{'id':'a1','description':'Research five careers','owner':'client','due':'2026-02-01'},"
    "{'id':'a2','description':'Book a taster day','owner':'adviser','timing':'flexible'},"
    "{'id':'a3','description':'Check in weekly','owner':'supporter','owner_supporter':'s1',"
    "'timing':'ongoing'},"
    "{'id':'a4','description':'CANARY-SENSITIVE-ACTION','owner':'client','sensitive':true}]},"
    "{'id':'g2','statement':'CANARY-SENSITIVE-1','sensitive':true,'actions':["
    "{'id':'a5','description':'Talk to the counsellor','owner':'client'}]}]}]}";

static char *page_for(cp_client *c, const char *plan, const char *recipient)
{
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_client_plan_html(c, plan, recipient, cpt_date("2026-02-01"), &out, &e), &e);
    ck_assert_ptr_nonnull(out);
    return out;
}

#define ck_has(page, s) ck_assert_msg(strstr(page, s) != NULL, "missing: %s", s)
#define ck_lacks(page, s) ck_assert_msg(strstr(page, s) == NULL, "present: %s", s)

START_TEST(page_structure)
{
    cp_client *c = cpt_load_client(doc);
    char *p = page_for(c, NULL, NULL);
    ck_assert_msg(strncmp(p, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                             "<meta charset=\"utf-8\">\n", 62) == 0, "%.80s", p);
    ck_has(p, "<title>Career action plan: Sam Lee</title>\n<style>\n");
    ck_has(p, "@media print{");
    ck_has(p, "overflow-wrap:anywhere;");
    ck_has(p, "<h1 dir=\"auto\">Career action plan: Sam Lee</h1>\n<p>Plan p1, made "
              "2026-01-12, with Jo Adviser</p>");
    ck_has(p, "<h2>Where you are now</h2>\n<p dir=\"auto\">Year 11, likes art &amp; design</p>\n"
              "<h2>Where you want to be</h2>\n<p dir=\"auto\">CANARY-SENSITIVE-SECTION</p>\n"
              "<h2>How you will get there</h2>\n<p dir=\"auto\">Step by step</p>\n<h2>Goals</h2>\n");
    ck_has(p, "<table>\n<thead><tr><th scope=\"col\">Who</th><th scope=\"col\">Does what</th>"
              "<th scope=\"col\">By when</th></tr></thead>\n<tbody>\n"
              "<tr><td>You</td><td dir=\"auto\">Research five careers</td>"
              "<td class=\"when\">2026-02-01</td></tr>\n"
              "<tr><td>Your adviser</td><td dir=\"auto\">Book a taster day</td>"
              "<td class=\"when\">when ready</td></tr>\n"
              "<tr><td>Tina Tutor (tutor)</td><td dir=\"auto\">Check in weekly</td>"
              "<td class=\"when\">ongoing</td></tr>\n");
    /* only recorded text breaks inside a word; dates not at all */
    ck_has(p, "th,td{overflow-wrap:normal;}td[dir]{overflow-wrap:anywhere;}"
              ".when,time{white-space:nowrap;}");
    ck_has(p, "<h2>Supporters</h2>\n<ul>\n<li>tutor: Tina Tutor, tina@example.org</li>\n"
              "<li>mentor: CANARY-NAME-2, CANARY-CONTACT-2</li>\n</ul>\n");
    ck_has(p, "<h2>Artefacts</h2>\n<ul>\n<li>Card sort</li>\n<li>drawing</li>\n</ul>\n");
    ck_has(p, "<h2>Next review</h2>\n<p>2026-03-01</p>\n"
              "</main>\n</body>\n</html>\n");
    ck_lacks(p, "Old goal");
    ck_lacks(p, "<script");
    cp_free(p);
    p = page_for(c, "p0", NULL);
    ck_has(p, "<h3 dir=\"auto\">Old goal</h3>\n<p>No actions yet.</p>\n");
    ck_has(p, "<h2>Next review</h2>\n<p>Not arranged yet</p>\n");
    cp_free(p);
    cp_client_free(c);
}
END_TEST

START_TEST(hostile_text_is_escaped)
{
    cp_client *c = cpt_load_client(doc);
    char *p = page_for(c, NULL, NULL);
    ck_has(p, "<h3 dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt;</h3>\n");
    ck_has(p, "<li><a href=\"https://www.prospects.ac.uk/\">Prospects</a></li>\n"
              "<li>Bad link (javascript:alert(1))</li>\n"
              "<li><a href=\"mailto:jo@example.org\">Mail me</a></li>\n");
    ck_lacks(p, "href=\"javascript");
    cp_free(p);
    /* An address with a space or a control character is no link either. */
    cp_error e;
    cp_plan *plan = cp_client_plan_at(c, 1); /* p1, the newest, is the one shown */
    ck_assert_str_eq(cp_plan_get_id(plan), "p1");
    ck_assert_ok(cp_plan_add_resource(plan, "Spaced", "https://example.org/a b", NULL, &e), &e);
    ck_assert_ok(cp_plan_add_resource(plan, "Tabbed", "https://example.org/\tx", NULL, &e), &e);
    p = page_for(c, NULL, NULL);
    ck_has(p, "<li><a href=\"mailto:jo@example.org\">Mail me</a></li>\n"
              "<li>Spaced (https://example.org/a b)</li>\n"
              "<li>Tabbed (https://example.org/\tx)</li>\n");
    ck_lacks(p, "href=\"https://example.org/");
    cp_free(p);
    cp_client_free(c);
}
END_TEST

/* Quotes, controls, right-to-left text, emoji and a very long word. */
START_TEST(text_shown_safely)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c2','plans':[{'id':'p1',"
        "'created':'2026-01-12','next_meeting_left_to_client':true,"
        "'goals':[{'id':'g1','statement':'A \\u0022quoted\\u0022 \\u0027goal\\u0027\\u0007"
        "\\n\\u0085\\u2028 \\u05e9\\u05dc\\u05d5\\u05dd \\ud83d\\ude80 "
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}]}]}");
    char *p = page_for(c, NULL, NULL);
    ck_has(p, "<h3 dir=\"auto\">A &quot;quoted&quot; &#39;goal&#39;\\x07\\x0a\\u0085\\u2028 "
              "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xf0\x9f\x9a\x80 Aaaaaaaa");
    ck_has(p, "<h2>Next review</h2>\n<p>Contact me again when you are ready</p>\n");
    cp_free(p);
    cp_client_free(c);
}
END_TEST

START_TEST(redacted_for_the_tutor)
{
    cp_client *c = cpt_load_client(doc);
    size_t before = cp_client_disclosure_count(c);
    char *p = page_for(c, NULL, "s1");
    static const char *const canaries[] = {"CANARY-SENSITIVE-1", "CANARY-SENSITIVE-SECTION",
                                           "CANARY-SENSITIVE-ACTION", "CANARY-NAME-2",
                                           "CANARY-CONTACT-2", "Talk to the counsellor"};
    for (size_t i = 0; i < sizeof canaries / sizeof *canaries; i++)
        ck_lacks(p, canaries[i]);
    ck_has(p, "<li>tutor: Tina Tutor, tina@example.org</li>\n<li>mentor</li>\n");
    ck_has(p, "<tr><td>Tina Tutor (tutor)</td><td dir=\"auto\">Check in weekly</td><td class=\"when\">ongoing</td></tr>\n"
              "</tbody>\n");
    ck_has(p, "<h2>Where you are now</h2>\n<p dir=\"auto\">Year 11, likes art &amp; design</p>\n"
              "<h2>How you will get there</h2>");
    cp_free(p);
    /* the client's own log is untouched: the page is not the disclosure */
    ck_assert_uint_eq(cp_client_disclosure_count(c), before);
    p = page_for(c, NULL, NULL);
    for (size_t i = 0; i < sizeof canaries / sizeof *canaries; i++)
        ck_has(p, canaries[i]);
    cp_free(p);
    cp_client_free(c);
}
END_TEST

START_TEST(errors)
{
    cp_client *c = cpt_load_client(doc);
    char *out = (char *)"untouched";
    cp_error e;
    cp_date d = cpt_date("2026-02-01");
    ck_assert_cp(cp_client_plan_html(c, "p9", NULL, d, &out, &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_client_plan_html(c, NULL, "nobody", d, &out, &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_client_plan_html(c, NULL, "s2", d, &out, &e), CP_ECONSENT, "", &e);
    ck_assert_cp(cp_client_plan_html(c, NULL, "s1", cpt_date("2025-01-01"), &out, &e),
                 CP_ECONSENT, "", &e);
    ck_assert_cp(cp_client_plan_html(NULL, NULL, NULL, d, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_plan_html(c, NULL, NULL, d, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(out, "untouched");
    cp_client_free(c);
    c = cpt_load_client("{'format':'careerplan','version':1,'kind':'client','id':'c3'}");
    ck_assert_cp(cp_client_plan_html(c, NULL, NULL, d, &out, &e), CP_ENOTFOUND, "", &e);
    ck_assert_str_eq(out, "untouched");
    cp_client_free(c);
}
END_TEST

/* The text page: wrapped to the width with hanging indents, a word longer
 * than a line cut at a character boundary, controls shown escaped. */
START_TEST(plan_as_text)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c2','plans':[{'id':'p1',"
        "'created':'2026-01-12','goals':[{'id':'g1','statement':'Go\\u0007on \\u00e9"
        "\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9"
        "\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9"
        "\\u00e9\\u00e9','actions':[{'id':'a1','description':'Ask the careers adviser',"
        "'owner':'client','timing':'optional'}]}]}]}");
    char *out = NULL;
    cp_error e;
    cp_date none = CP_DATE_NONE;
    ck_assert_ok(cp_client_plan_text(c, NULL, NULL, none, 10, &out, &e), &e);
    /* a width under 20 counts as 20 */
    ck_assert_str_eq(out, "Career action plan:\n"
                          "c2\n"
                          "Plan p1, made\n"
                          "2026-01-12\n"
                          "\n"
                          "Goals\n"
                          "  Go\\x07on\n"
                          "  \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                          "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                          "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\n"
                          "  \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\n"
                          "    - You: Ask the\n"
                          "      careers\n"
                          "      adviser (when\n"
                          "      ready)\n"
                          "\n"
                          "Next review: Not\n"
                          "arranged yet\n");
    cp_free(out);
    /* Spaces that end a paragraph end no line. */
    ck_assert_ok(cp_plan_set_section(cp_client_plan_at(c, 0), CP_PLAN_SECTION_WHERE_YOU_ARE_NOW,
                                     "Ends here   ", 0, &e),
                 &e);
    ck_assert_ok(cp_client_plan_text(c, NULL, NULL, none, 80, &out, &e), &e);
    ck_assert_ptr_nonnull(strstr(out, "\nWhere you are now\n  Ends here\n"));
    ck_assert_ptr_null(strstr(out, "Ends here "));
    cp_free(out);
    out = (char *)"untouched";
    ck_assert_cp(cp_client_plan_text(c, "p9", NULL, none, 80, &out, &e), CP_ENOTFOUND,
                 "", &e);
    ck_assert_cp(cp_client_plan_text(c, NULL, NULL, none, 80, NULL, &e), CP_EINVAL, "",
                 &e);
    ck_assert_str_eq(out, "untouched");
    cp_client_free(c);
}
END_TEST

static Suite *html_plan_suite(void)
{
    Suite *s = suite_create("html_plan");
    TCase *t = tcase_create("plan");
    tcase_add_test(t, page_structure);
    tcase_add_test(t, hostile_text_is_escaped);
    tcase_add_test(t, text_shown_safely);
    tcase_add_test(t, redacted_for_the_tutor);
    tcase_add_test(t, errors);
    tcase_add_test(t, plan_as_text);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(html_plan_suite)
