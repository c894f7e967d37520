/* The iCalendar output (<careerplan/calendar.h>, src/lib/io/ical.c and
 * ical_line.c): a small client's calendar byte for byte, folding at 75
 * octets with multi-byte characters at the boundary, TEXT escaping, stable
 * percent-encoded UIDs, the owner filter, sensitive items, a caseload, and
 * bad arguments. */
#include "testutil.h"

static const char client_text[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','support':['send'],"
    "'supporters':[{'id':'s1','role':'parent_carer','name':'Aunt Jo'}],"
    "'plans':[{'id':'p1','created':'2026-02-02','status':'agreed','next_review':'2026-04-13',"
    "'goals':["
    "{'id':'g1','statement':'Get into nursing, maybe','status':'active','actions':["
    "{'id':'a1','description':'Visit the open day','owner':'client','due':'2026-03-02',"
    "'priority':'high','status':'done','completed':'2026-03-01'},"
    "{'id':'a2','description':'Call the adviser; ask about fees','owner':'adviser',"
    "'due':'2026-03-10','status':'in_progress'},"
    "{'id':'a3','description':'Contact me again','owner':'client','due':'2026-03-20','timing':'optional'},"
    "{'id':'a4','description':'Look at vacancies','owner':'client','timing':'ongoing'},"
    "{'id':'a5','description':'Secret action','owner':'client','due':'2026-03-11','sensitive':true},"
    "{'id':'a6','description':'Drive to the fair','owner':'supporter','owner_supporter':'s1',"
    "'due':'2026-03-15','status':'dropped'}]},"
    "{'id':'g2','statement':'Secret goal','status':'active','sensitive':true,'actions':["
    "{'id':'a7','description':'Secret goal action','owner':'client','due':'2026-03-12'}]}]}]}";

#define HEAD                                                                                       \
    "BEGIN:VCALENDAR\r\n"                                                                          \
    "VERSION:2.0\r\n"                                                                              \
    "PRODID:-//libcareerplan//careerplan 0.2//EN\r\n"                                              \
    "CALSCALE:GREGORIAN\r\n"
#define A1                                                                                         \
    "BEGIN:VTODO\r\n"                                                                              \
    "UID:c1/p1/a1@careerplan\r\n"                                                                  \
    "DTSTAMP:20260301T000000Z\r\n"                                                                 \
    "DUE;VALUE=DATE:20260302\r\n"                                                                  \
    "SUMMARY:Visit the open day\r\n"                                                               \
    "DESCRIPTION:Goal: Get into nursing\\, maybe\\nOwner: client\r\n"                              \
    "STATUS:COMPLETED\r\n"                                                                         \
    "COMPLETED:20260301T000000Z\r\n"                                                               \
    "PRIORITY:1\r\n"                                                                               \
    "END:VTODO\r\n"
#define A2                                                                                         \
    "BEGIN:VTODO\r\n"                                                                              \
    "UID:c1/p1/a2@careerplan\r\n"                                                                  \
    "DTSTAMP:20260301T000000Z\r\n"                                                                 \
    "DUE;VALUE=DATE:20260310\r\n"                                                                  \
    "SUMMARY:Call the adviser\\; ask about fees\r\n"                                               \
    "DESCRIPTION:Goal: Get into nursing\\, maybe\\nOwner: adviser\r\n"                             \
    "STATUS:IN-PROCESS\r\n"                                                                        \
    "END:VTODO\r\n"
#define A5                                                                                         \
    "BEGIN:VTODO\r\n"                                                                              \
    "UID:c1/p1/a5@careerplan\r\n"                                                                  \
    "DTSTAMP:20260301T000000Z\r\n"                                                                 \
    "DUE;VALUE=DATE:20260311\r\n"                                                                  \
    "SUMMARY:Secret action\r\n"                                                                    \
    "DESCRIPTION:Goal: Get into nursing\\, maybe\\nOwner: client\r\n"                              \
    "STATUS:NEEDS-ACTION\r\n"                                                                      \
    "END:VTODO\r\n"
#define A6                                                                                         \
    "BEGIN:VTODO\r\n"                                                                              \
    "UID:c1/p1/a6@careerplan\r\n"                                                                  \
    "DTSTAMP:20260301T000000Z\r\n"                                                                 \
    "DUE;VALUE=DATE:20260315\r\n"                                                                  \
    "SUMMARY:Drive to the fair\r\n"                                                                \
    "DESCRIPTION:Goal: Get into nursing\\, maybe\\nOwner: supporter Aunt Jo\r\n"                   \
    "STATUS:CANCELLED\r\n"                                                                         \
    "END:VTODO\r\n"
#define A7                                                                                         \
    "BEGIN:VTODO\r\n"                                                                              \
    "UID:c1/p1/a7@careerplan\r\n"                                                                  \
    "DTSTAMP:20260301T000000Z\r\n"                                                                 \
    "DUE;VALUE=DATE:20260312\r\n"                                                                  \
    "SUMMARY:Secret goal action\r\n"                                                               \
    "DESCRIPTION:Goal: Secret goal\\nOwner: client\r\n"                                            \
    "STATUS:NEEDS-ACTION\r\n"                                                                      \
    "END:VTODO\r\n"
#define REVIEW                                                                                     \
    "BEGIN:VEVENT\r\n"                                                                             \
    "UID:c1/p1/review@careerplan\r\n"                                                              \
    "DTSTAMP:20260301T000000Z\r\n"                                                                 \
    "DTSTART;VALUE=DATE:20260413\r\n"                                                              \
    "DTEND;VALUE=DATE:20260414\r\n"                                                                \
    "SUMMARY:Career plan review\r\n"                                                               \
    "END:VEVENT\r\n"
#define TAIL "END:VCALENDAR\r\n"

static cp_ical_options options(void)
{
    cp_ical_options o;
    ck_assert_int_eq(cp_ical_options_init(&o, CP_ICAL_OPTIONS_VERSION), CP_OK);
    o.as_of = cpt_date("2026-03-01");
    return o;
}

static char *calendar(const cp_client *c, const cp_ical_options *o)
{
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_client_to_ical(c, o, &out, &e), &e);
    return out;
}

START_TEST(client_bytes)
{
    cp_client *c = cpt_load_client(client_text);
    cp_ical_options o = options();
    char *out = calendar(c, &o);
    ck_same_text(out, HEAD A1 A2 A6 REVIEW TAIL);
    cp_free(out);
    cp_client_free(c);
}
END_TEST

START_TEST(sensitive_included_by_flag)
{
    cp_client *c = cpt_load_client(client_text);
    cp_ical_options o = options();
    o.flags = CP_ICAL_SENSITIVE;
    char *out = calendar(c, &o);
    ck_same_text(out, HEAD A1 A2 A5 A6 A7 TAIL);
    ck_assert_ptr_null(strstr(out, "send")); /* support flags are never written */
    cp_free(out);
    cp_client_free(c);
}
END_TEST

START_TEST(owner_filter)
{
    cp_client *c = cpt_load_client(client_text);
    cp_ical_options o = options();
    o.owner = CP_OWNER_CLIENT;
    char *out = calendar(c, &o);
    ck_same_text(out, HEAD A1 REVIEW TAIL);
    cp_free(out);
    o.owner = CP_OWNER_ADVISER;
    o.flags = 0;
    out = calendar(c, &o);
    ck_same_text(out, HEAD A2 TAIL);
    cp_free(out);
    o.owner = CP_OWNER_SUPPORTER;
    out = calendar(c, &o);
    ck_same_text(out, HEAD A6 TAIL);
    cp_free(out);
    cp_client_free(c);
}
END_TEST

/* One action whose description is `desc` (JSON, single quotes allowed). */
static char *one_action(const char *desc, const char *client_id, const char *action_id)
{
    char text[2048];
    snprintf(text, sizeof text,
             "{'format':'careerplan','version':1,'kind':'client','id':'%s','plans':[{'id':'p','created':'2026-01-01',"
             "'goals':[{'id':'g','statement':'S','actions':[{'id':'%s','description':'%s','due':'2026-05-01'}]}]}]}",
             client_id, action_id, desc);
    cp_client *c = cpt_load_client(text);
    cp_ical_options o = options();
    char *out = calendar(c, &o);
    cp_client_free(c);
    return out;
}

/* The lines of the VTODO from SUMMARY to DESCRIPTION (exclusive). */
static void check_summary(const char *cal, const char *want)
{
    const char *s = strstr(cal, "SUMMARY:");
    const char *end = strstr(cal, "DESCRIPTION:");
    ck_assert_ptr_nonnull(s);
    ck_assert_ptr_nonnull(end);
    char got[2048];
    snprintf(got, sizeof got, "%.*s", (int)(end - s), s);
    ck_same_text(got, want);
}

START_TEST(escaping)
{
    char *out = one_action("a\\\\b;c,d\\ne\\r\\nf\\rg\\th\\u0001i", "c", "a");
    check_summary(out, "SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\th" "i\r\n");
    cp_free(out);
}
END_TEST

START_TEST(folding_ascii)
{
    /* "SUMMARY:" is 8 octets: 67 more make a 75-octet line, not folded; 68 fold. */
    char d[200];
    memset(d, 'x', 67);
    d[67] = '\0';
    char *out = one_action(d, "c", "a");
    char want[300];
    snprintf(want, sizeof want, "SUMMARY:%s\r\n", d);
    check_summary(out, want);
    cp_free(out);
    memset(d, 'x', 67 + 74 + 1);
    d[142] = '\0';
    out = one_action(d, "c", "a");
    /* 75, then a space and 74, then a space and the last one */
    snprintf(want, sizeof want, "SUMMARY:%.67s\r\n %.74s\r\n x\r\n", d, d);
    check_summary(out, want);
    cp_free(out);
}
END_TEST

/* n copies of c */
static const char *rep(char c, int n)
{
    static char bufs[4][200];
    static int k;
    char *b = bufs[k++ % 4];
    memset(b, c, (size_t)n);
    b[n] = '\0';
    return b;
}

START_TEST(folding_utf8)
{
    char d[400], want[600];
    /* "SUMMARY:" + 66 octets = 74; U+00E9 (2 octets) would end at 76: it
     * moves whole to the next line */
    snprintf(d, sizeof d, "%s\xC3\xA9", rep('y', 66));
    char *out = one_action(d, "c", "a");
    snprintf(want, sizeof want, "SUMMARY:%s\r\n \xC3\xA9\r\n", rep('y', 66));
    check_summary(out, want);
    cp_free(out);

    /* 8 + 65 + 2 = 75: U+00E9 ends the first line exactly */
    snprintf(d, sizeof d, "%s\xC3\xA9zz", rep('y', 65));
    out = one_action(d, "c", "a");
    snprintf(want, sizeof want, "SUMMARY:%s\xC3\xA9\r\n zz\r\n", rep('y', 65));
    check_summary(out, want);
    cp_free(out);

    /* 8 + 65 = 73, U+20AC (3 octets, 74-76) moves whole; the second line,
     * space included, holds 1 + 3 + 69 = 73 octets, then U+1F600 (4 octets,
     * 74-77) moves whole to the third */
    snprintf(d, sizeof d, "%s\xE2\x82\xAC%s\xF0\x9F\x98\x80!", rep('y', 65), rep('w', 69));
    out = one_action(d, "c", "a");
    snprintf(want, sizeof want, "SUMMARY:%s\r\n \xE2\x82\xAC%s\r\n \xF0\x9F\x98\x80!\r\n",
             rep('y', 65), rep('w', 69));
    check_summary(out, want);
    cp_free(out);

    /* the folded line is every octet of the unfolded one: 300 two-octet
     * characters give lines of at most 75 octets, each ending on a whole one */
    char big[700] = "";
    for (int i = 0; i < 300; i++)
        strcat(big, "\xC3\xA9");
    out = one_action(big, "c", "a");
    const char *s = strstr(out, "SUMMARY:");
    size_t lines = 0;
    for (const char *l = s; *l == 'S' || *l == ' ';) {
        const char *e = strstr(l, "\r\n");
        ck_assert_uint_le((size_t)(e - l), 75);
        ck_assert_int_ne(((unsigned char)e[-1]) & 0xC0, 0xC0); /* not a lead octet */
        if (l != s)
            ck_assert_int_eq(((unsigned char)l[1]) & 0xC0, 0xC0); /* starts a character */
        lines++;
        l = e + 2;
        if (strncmp(l, "DESCRIPTION", 11) == 0)
            break;
    }
    /* 8 + 600 octets: 74 on the first (8 + 33*2), 37 characters on each of the
     * next 7 (1 + 74), 300 - 33 - 259 = 8 on the last */
    ck_assert_uint_eq(lines, 9);
    cp_free(out);
}
END_TEST

START_TEST(stable_uids)
{
    char *a = one_action("x", "c/1@x y", "a%b\xC3\xA9");
    ck_assert_ptr_nonnull(strstr(a, "\r\nUID:c%2F1%40x%20y/p/a%25b%C3%A9@careerplan\r\n"));
    char *b = one_action("a different description", "c/1@x y", "a%b\xC3\xA9");
    ck_assert_ptr_nonnull(strstr(b, "\r\nUID:c%2F1%40x%20y/p/a%25b%C3%A9@careerplan\r\n"));
    cp_free(a);
    cp_free(b);
    /* "c/1" + "a" and "c" + "1/a" would both be c/1/... without encoding */
    a = one_action("x", "c/1", "a");
    b = one_action("x", "c", "1/a");
    ck_assert_ptr_nonnull(strstr(a, "UID:c%2F1/p/a@careerplan"));
    ck_assert_ptr_nonnull(strstr(b, "UID:c/p/1%2Fa@careerplan"));
    cp_free(a);
    cp_free(b);
}
END_TEST

START_TEST(caseload)
{
    char text[4096];
    /* the client inside a caseload carries no format/version/kind */
    char inner[2048];
    snprintf(inner, sizeof inner, "{%s", strstr(client_text, "'id':'c1'"));
    snprintf(text, sizeof text,
             "{'format':'careerplan','version':1,'kind':'caseload','clients':[%s,"
             "{'id':'c2','plans':[{'id':'p2','created':'2026-01-01','status':'closed','next_review':'2026-05-01'}]}]}",
             inner);
    cp_caseload *cl = cpt_load_caseload(text);
    cp_ical_options o = options();
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_to_ical(cl, &o, &out, &e), &e);
    /* the closed plan has no review */
    ck_same_text(out, HEAD A1 A2 A6 REVIEW TAIL);
    cp_free(out);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_client *c = cpt_load_client(client_text);
    cp_ical_options o = options();
    char *out = (char *)"x";
    cp_error e;
    ck_assert_cp(cp_client_to_ical(NULL, &o, &out, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(out);
    ck_assert_cp(cp_client_to_ical(c, NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_to_ical(c, &o, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_to_ical(NULL, &o, &out, &e), CP_EINVAL, "", &e);
    o.as_of = (cp_date)CP_DATE_NONE;
    ck_assert_cp(cp_client_to_ical(c, &o, &out, &e), CP_EINVAL, "", &e);
    o = options();
    o.version = 2;
    ck_assert_cp(cp_client_to_ical(c, &o, &out, &e), CP_EINVAL, "", &e);
    o = options();
    o.owner = (cp_owner)4;
    ck_assert_cp(cp_client_to_ical(c, &o, &out, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_ical_options_init(NULL, CP_ICAL_OPTIONS_VERSION), CP_EINVAL);
    ck_assert_int_eq(cp_ical_options_init(&o, 0), CP_EINVAL);
    cp_ical_options s = CP_ICAL_OPTIONS_INIT;
    ck_assert_uint_eq(s.flags, CP_ICAL_REVIEWS);
    ck_assert_int_eq(s.owner, CP_OWNER_UNSET);
    cp_client_free(c);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ical");
    TCase *tc = tcase_create("ical");
    tcase_add_test(tc, client_bytes);
    tcase_add_test(tc, sensitive_included_by_flag);
    tcase_add_test(tc, owner_filter);
    tcase_add_test(tc, escaping);
    tcase_add_test(tc, folding_ascii);
    tcase_add_test(tc, folding_utf8);
    tcase_add_test(tc, stable_uids);
    tcase_add_test(tc, caseload);
    tcase_add_test(tc, bad_arguments);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
