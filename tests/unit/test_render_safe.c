/* Hostile text rendered safely in all three formats: markup, quotes,
 * control characters (\x01, an ANSI escape, a lone CR, U+2028), a
 * right-to-left word in Hebrew and in Arabic, an emoji (4-byte UTF-8) and a
 * 500-character word, in the HTML pages (a client's plan, a strategic plan,
 * a caseload's due page), the plan as text, and iCalendar (escaped, folded
 * only at character boundaries). */
#include "testutil.h"

#include <stdio.h>

#define W10 "wwwwwwwwww"
#define W50 W10 W10 W10 W10 W10
#define W500 W50 W50 W50 W50 W50 W50 W50 W50 W50 W50
#define HEB "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"
#define AR "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7"
#define ROCKET "\xf0\x9f\x9a\x80"

/* The hostile text as a JSON string body (cpt_quote() form). */
#define HOSTILE_JSON                                                                               \
    "<script>alert(1)</script> \\u0022&\\u0027 \\u0001 \\u001b[31m red \\r \\u2028 "              \
    "\\u05e9\\u05dc\\u05d5\\u05dd \\u0645\\u0631\\u062d\\u0628\\u0627 \\ud83d\\ude80 " W500
/* The same text as every HTML page writes it. */
#define HOSTILE_HTML                                                                               \
    "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39; \\x01 \\x1b[31m red \\x0d "          \
    "\\u2028 " HEB " " AR " " ROCKET " " W500

static const char client_doc[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','given_name':'" HEB "',"
    "'plans':[{'id':'p1','created':'2026-01-10','goals':[{'id':'g1','statement':'" HOSTILE_JSON
    "','actions':[{'id':'a1','description':'" HOSTILE_JSON "','owner':'client',"
    "'due':'2026-02-01'}]}]}]}";

static const char strategic_doc[] =
    "{'format':'careerplan','version':1,'kind':'strategic_plan','priorities':[{'id':'p1',"
    "'statement':'" HOSTILE_JSON "'}],'kpis':[{'id':'k1','name':'" HOSTILE_JSON "'}]}";

#define ck_has(page, s) ck_assert_msg(strstr(page, s) != NULL, "missing: %s", s)

/* No control byte but newline (and CR before LF when crlf). */
static void ck_no_controls(const char *s, int crlf)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int ok = *p >= 0x20 ? *p != 0x7f : *p == '\n' || (crlf && *p == '\r' && p[1] == '\n');
        ck_assert_msg(ok, "control byte 0x%02x at %zu", *p, (size_t)(p - (const unsigned char *)s));
    }
}

static void ck_html_safe(const char *p)
{
    ck_assert_ptr_null(strstr(p, "<script"));
    ck_assert_ptr_null(strstr(p, "\xe2\x80\xa8")); /* U+2028 shown as \u2028 */
    ck_has(p, "overflow-wrap:anywhere;");
    ck_has(p, "<html lang=\"en\">");
    ck_no_controls(p, 0);
}

START_TEST(html_client_plan)
{
    cp_client *c = cpt_load_client(client_doc);
    char *p = NULL;
    cp_error e;
    ck_assert_ok(cp_client_plan_html(c, NULL, NULL, cp_date_none(), &p, &e), &e);
    ck_html_safe(p);
    ck_has(p, "<h1 dir=\"auto\">Career action plan: " HEB "</h1>");
    ck_has(p, ">" HOSTILE_HTML "</h3>\n");
    ck_has(p, ">" HOSTILE_HTML "</td>");
    cp_free(p);
    cp_client_free(c);
}
END_TEST

START_TEST(html_strategic_plan)
{
    char *json = cpt_quote(strategic_doc);
    cp_strategic_plan *plan = NULL;
    cp_error e;
    ck_assert_ok(cp_strategic_plan_load_string(json, strlen(json), NULL, &plan, &e), &e);
    free(json);
    char *p = NULL;
    ck_assert_ok(cp_strategic_plan_html(plan, &p, &e), &e);
    ck_html_safe(p);
    ck_has(p, "<li dir=\"auto\">" HOSTILE_HTML "</li>\n");
    ck_has(p, "<h2>Priority 1: <bdi>" HOSTILE_HTML "</bdi></h2>\n");
    ck_has(p, "<th scope=\"row\" dir=\"auto\">" HOSTILE_HTML "</th>");
    cp_free(p);
    cp_strategic_plan_free(plan);
}
END_TEST

START_TEST(html_due_page)
{
    char *json = cpt_quote(client_doc);
    size_t n = strlen(json);
    char *doc = malloc(n + 128);
    ck_assert_ptr_nonnull(doc);
    snprintf(doc, n + 128, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\","
                           "\"clients\":[%s]}", json);
    free(json);
    /* the client document's header inside a caseload: drop it */
    static const char client_header[] =
        "\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",";
    char *header = strstr(doc, client_header);
    ck_assert_ptr_nonnull(header);
    size_t len = sizeof client_header - 1;
    memmove(header, header + len, strlen(header + len) + 1);
    cp_caseload *cl = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_load_string(doc, strlen(doc), NULL, &cl, &e), &e);
    free(doc);
    char *p = NULL;
    ck_assert_ok(cp_caseload_due_html(cl, cpt_date("2026-03-01"), 14, &p, &e), &e);
    ck_html_safe(p);
    ck_has(p, "<tr><td><bdi>" HEB "</bdi> (<bdi dir=\"auto\">c1</bdi>)</td>");
    ck_has(p, "<td dir=\"auto\">" HOSTILE_HTML "</td><td dir=\"auto\">" HOSTILE_HTML
              "</td><td>client</td>");
    ck_has(p, "<td>28 days</td>");
    cp_free(p);
    cp_caseload_free(cl);
}
END_TEST

/* The number of UTF-8 characters of a line (continuation bytes not counted). */
static size_t chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

START_TEST(text_wrapped_and_shown)
{
    cp_client *c = cpt_load_client(client_doc);
    char *t = NULL;
    cp_error e;
    ck_assert_ok(cp_client_plan_text(c, NULL, NULL, cp_date_none(), 40, &t, &e), &e);
    ck_no_controls(t, 0);
    for (const char *line = t; *line;) {
        const char *end = strchr(line, '\n');
        ck_assert_ptr_nonnull(end);
        ck_assert_msg(chars(line, (size_t)(end - line)) <= 40, "too wide: %.*s",
                      (int)(end - line), line);
        line = end + 1;
    }
    /* the long word is all there, cut over lines: without blanks it is whole, twice */
    char *flat = malloc(strlen(t) + 1), *q = flat;
    ck_assert_ptr_nonnull(flat);
    for (const char *p = t; *p; p++)
        if (*p != ' ' && *p != '\n')
            *q++ = *p;
    *q = '\0';
    const char *first = strstr(flat, "<script>alert(1)</script>\"&'\\x01\\x1b[31mred\\x0d"
                                      "\\u2028" HEB AR ROCKET W500);
    ck_assert_ptr_nonnull(first);
    ck_assert_ptr_nonnull(strstr(first + 500, "<script>alert(1)</script>"));
    ck_assert_ptr_nonnull(strstr(first + 500, W500));
    free(flat);
    cp_free(t);
    cp_client_free(c);
}
END_TEST

/* The calendar unfolded (RFC 5545 3.1: CRLF followed by one space removed). */
static char *unfold(const char *ics)
{
    char *out = malloc(strlen(ics) + 1), *q = out;
    ck_assert_ptr_nonnull(out);
    for (const char *p = ics; *p; p++) {
        if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ')
            p += 2;
        else
            *q++ = *p;
    }
    *q = '\0';
    return out;
}

static char *calendar_of(const char *doc)
{
    cp_client *c = cpt_load_client(doc);
    cp_ical_options opts = CP_ICAL_OPTIONS_INIT;
    opts.as_of = cpt_date("2026-03-01");
    char *ics = NULL;
    cp_error e;
    ck_assert_ok(cp_client_to_ical(c, &opts, &ics, &e), &e);
    cp_client_free(c);
    return ics;
}

START_TEST(ics_escaped_and_folded)
{
    char *ics = calendar_of(client_doc);
    ck_no_controls(ics, 1);
    for (const char *line = ics; *line;) {
        const char *end = strstr(line, "\r\n");
        ck_assert_ptr_nonnull(end);
        ck_assert_msg(end - line <= 75, "over 75 octets: %.*s", (int)(end - line), line);
        if (*line == ' ') /* a continuation never starts inside a character */
            ck_assert_msg(((unsigned char)line[1] & 0xC0) != 0x80, "split character: %.8s",
                          line);
        line = end + 2;
    }
    char *flat = unfold(ics);
    ck_has(flat, "\r\nSUMMARY:<script>alert(1)</script> \"&'  [31m red \\n \xe2\x80\xa8 " HEB
                 " " AR " " ROCKET " " W500 "\r\n");
    ck_has(flat, "\r\nDESCRIPTION:Goal: <script>alert(1)</script> \"&'  [31m red \\n "
                 "\xe2\x80\xa8 " HEB " " AR " " ROCKET " " W500 "\\nOwner: client\r\n");
    free(flat);
    cp_free(ics);
}
END_TEST

#define X10 "xxxxxxxxxx"
#define X60 X10 X10 X10 X10 X10 X10

/* An action whose description is PAD, the emoji and "end". */
#define EMOJI_DOC(pad)                                                                             \
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','plans':[{'id':'p1',"          \
    "'created':'2026-01-10','goals':[{'id':'g1','statement':'G','actions':[{'id':'a1',"           \
    "'description':'" pad "\\ud83d\\ude80end','owner':'client','due':'2026-02-01'}]}]}]}"

START_TEST(ics_emoji_at_the_fold)
{
    /* "SUMMARY:" and 63 x: 71 octets; the emoji ends at the 75th */
    char *ics = calendar_of(EMOJI_DOC(X60 "xxx"));
    ck_has(ics, "\r\nSUMMARY:" X60 "xxx" ROCKET "\r\n end\r\n");
    cp_free(ics);
    /* 64 x: the emoji would end at the 76th octet: the line folds before it */
    ics = calendar_of(EMOJI_DOC(X60 "xxxx"));
    ck_has(ics, "\r\nSUMMARY:" X60 "xxxx\r\n " ROCKET "end\r\n");
    cp_free(ics);
    /* 66 x: 74 octets, then the emoji whole on the next line */
    ics = calendar_of(EMOJI_DOC(X60 "xxxxxx"));
    ck_has(ics, "\r\nSUMMARY:" X60 "xxxxxx\r\n " ROCKET "end\r\n");
    cp_free(ics);
}
END_TEST

static Suite *render_safe_suite(void)
{
    Suite *s = suite_create("render_safe");
    TCase *t = tcase_create("safe");
    tcase_add_test(t, html_client_plan);
    tcase_add_test(t, html_strategic_plan);
    tcase_add_test(t, html_due_page);
    tcase_add_test(t, text_wrapped_and_shown);
    tcase_add_test(t, ics_escaped_and_folded);
    tcase_add_test(t, ics_emoji_at_the_fold);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(render_safe_suite)
