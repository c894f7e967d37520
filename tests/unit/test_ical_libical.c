/* The iCalendar output read back by libical (Debian's libical-dev, a
 * test-only dependency): every VTODO's UID, DUE, SUMMARY, DESCRIPTION,
 * STATUS, COMPLETED and PRIORITY, and the review VEVENT, compared with the
 * client they came from. Text with , ; \ and line breaks, multi-byte
 * characters folded, and ids that need percent-encoding. */
#include "testutil.h"

#include <libical/ical.h>

static const char client_text[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c/1 \xC3\xA9',"
    "'plans':[{'id':'p;1','created':'2026-02-02','status':'agreed','next_review':'2026-04-13',"
    "'goals':[{'id':'g1','statement':'Nursing, maybe\\nor midwifery','actions':["
    "{'id':'a,1','description':'Compar\xC3\xA9 five careers, \xE2\x82\xAC costs; notes\\\\paths "
    "\xF0\x9F\x98\x80 and so on and so forth until the line is long enough to fold twice over "
    "the seventy-five octet limit','owner':'client','due':'2026-03-02','priority':'high',"
    "'status':'done','completed':'2026-03-01'},"
    "{'id':'a2','description':'Call; ask','owner':'adviser','due':'2026-03-10','status':'in_progress'},"
    "{'id':'a3','description':'Drop','owner':'client','due':'2026-03-15','status':'dropped'},"
    "{'id':'a4','description':'Plan','owner':'client','due':'2026-03-16'}]}]}]}";

static void check_date(struct icaltimetype t, int y, int m, int d, int is_date)
{
    ck_assert_int_eq(t.year, y);
    ck_assert_int_eq(t.month, m);
    ck_assert_int_eq(t.day, d);
    ck_assert_int_eq(t.is_date, is_date);
    if (!is_date) {
        ck_assert_int_eq(t.hour + t.minute + t.second, 0);
        ck_assert(icaltime_is_utc(t));
    }
}

static icalcomponent *parse(void)
{
    cp_client *c = cpt_load_client(client_text);
    cp_ical_options o = CP_ICAL_OPTIONS_INIT;
    o.as_of = cpt_date("2026-03-01");
    char *out = NULL;
    cp_error e;
    ck_assert_ok(cp_client_to_ical(c, &o, &out, &e), &e);
    cp_client_free(c);
    icalcomponent *cal = icalparser_parse_string(out);
    cp_free(out);
    ck_assert_ptr_nonnull(cal);
    ck_assert_int_eq(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
    ck_assert_int_eq(icalcomponent_count_errors(cal), 0);
    return cal;
}

START_TEST(todos)
{
    static const struct {
        const char *uid, *summary, *owner;
        int due_day;
        icalproperty_status status;
        int priority;
    } want[] = {
        {"c%2F1%20%C3%A9/p%3B1/a%2C1@careerplan",
         "Compar\xC3\xA9 five careers, \xE2\x82\xAC costs; notes\\paths \xF0\x9F\x98\x80 and so on "
         "and so forth until the line is long enough to fold twice over the seventy-five octet "
         "limit",
         "client", 2, ICAL_STATUS_COMPLETED, 1},
        {"c%2F1%20%C3%A9/p%3B1/a2@careerplan", "Call; ask", "adviser", 10, ICAL_STATUS_INPROCESS, 0},
        {"c%2F1%20%C3%A9/p%3B1/a3@careerplan", "Drop", "client", 15, ICAL_STATUS_CANCELLED, 0},
        {"c%2F1%20%C3%A9/p%3B1/a4@careerplan", "Plan", "client", 16, ICAL_STATUS_NEEDSACTION, 0},
    };
    icalcomponent *cal = parse();
    ck_assert_int_eq(icalcomponent_count_components(cal, ICAL_VTODO_COMPONENT), 4);
    icalproperty *p = icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY);
    ck_assert_str_eq(icalproperty_get_prodid(p), "-//libcareerplan//careerplan 0.2//EN");
    size_t i = 0;
    for (icalcomponent *t = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT); t;
         t = icalcomponent_get_next_component(cal, ICAL_VTODO_COMPONENT), i++) {
        ck_assert_str_eq(icalcomponent_get_uid(t), want[i].uid);
        ck_assert_str_eq(icalcomponent_get_summary(t), want[i].summary);
        char desc[200];
        snprintf(desc, sizeof desc, "Goal: Nursing, maybe\nor midwifery\nOwner: %s", want[i].owner);
        ck_assert_str_eq(icalcomponent_get_description(t), desc);
        check_date(icalcomponent_get_due(t), 2026, 3, want[i].due_day, 1);
        check_date(icalcomponent_get_dtstamp(t), 2026, 3, 1, 0);
        ck_assert_int_eq(icalcomponent_get_status(t), want[i].status);
        p = icalcomponent_get_first_property(t, ICAL_COMPLETED_PROPERTY);
        if (want[i].status == ICAL_STATUS_COMPLETED)
            check_date(icalproperty_get_completed(p), 2026, 3, 1, 0);
        else
            ck_assert_ptr_null(p);
        p = icalcomponent_get_first_property(t, ICAL_PRIORITY_PROPERTY);
        if (want[i].priority)
            ck_assert_int_eq(icalproperty_get_priority(p), want[i].priority);
        else
            ck_assert_ptr_null(p);
    }
    icalcomponent_free(cal);
}
END_TEST

START_TEST(review)
{
    icalcomponent *cal = parse();
    ck_assert_int_eq(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 1);
    icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
    ck_assert_str_eq(icalcomponent_get_uid(ev), "c%2F1%20%C3%A9/p%3B1/review@careerplan");
    ck_assert_str_eq(icalcomponent_get_summary(ev), "Career plan review");
    check_date(icalcomponent_get_dtstart(ev), 2026, 4, 13, 1);
    check_date(icalcomponent_get_dtend(ev), 2026, 4, 14, 1);
    check_date(icalcomponent_get_dtstamp(ev), 2026, 3, 1, 0);
    icalcomponent_free(cal);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ical_libical");
    TCase *tc = tcase_create("libical");
    tcase_add_test(tc, todos);
    tcase_add_test(tc, review);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
