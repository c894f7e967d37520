/* Dates: parsing, formatting, arithmetic, weekdays, academic years and terms. */
#define _POSIX_C_SOURCE 200809L /* localtime_r */
#include "testutil.h"

#include <limits.h>
#include <stdio.h>
#include <time.h>

static cp_date mk(int y, int m, int d)
{
    cp_date r = {y, m, d};
    return r;
}

static void assert_date(cp_date got, int y, int m, int d)
{
    ck_assert_msg(got.year == y && got.month == m && got.day == d,
                  "got %04d-%02d-%02d, want %04d-%02d-%02d", got.year, got.month, got.day, y, m,
                  d);
}

/* Parses text and expects a failure with `code`; the output must stay untouched. */
static void parse_fails(const char *text, cp_status code)
{
    cp_error e;
    cp_date d = {7, 7, 7};
    ck_assert_cp(cp_date_parse(text, &d, &e), code, "", &e);
    ck_assert_msg(e.message[0] != '\0', "no message for \"%s\"", text);
    assert_date(d, 7, 7, 7);
}

START_TEST(parse_and_format_round_trip)
{
    static const char *const texts[] = {"2026-01-10", "0001-01-01", "9999-12-31", "2024-02-29",
                                        "2000-02-29", "1999-12-31", "2026-11-22", "0099-07-04"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        cp_date d = CP_DATE_NONE;
        cp_error e;
        ck_assert_ok(cp_date_parse(texts[i], &d, &e), &e);
        ck_assert(cp_date_is_valid(d));
        char buf[CP_DATE_BUFSIZE];
        ck_assert_int_eq(cp_date_format(d, buf, sizeof buf), CP_OK);
        ck_assert_str_eq(buf, texts[i]);
    }
    cp_date d = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_parse("2026-03-07", &d, NULL), CP_OK);
    assert_date(d, 2026, 3, 7);
}
END_TEST

START_TEST(leap_years)
{
    cp_date d = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_parse("2024-02-29", &d, NULL), CP_OK);
    assert_date(d, 2024, 2, 29);
    ck_assert_int_eq(cp_date_parse("2000-02-29", &d, NULL), CP_OK);
    assert_date(d, 2000, 2, 29);
    parse_fails("2026-02-29", CP_ERANGE);
    parse_fails("1900-02-29", CP_ERANGE);
    parse_fails("2100-02-29", CP_ERANGE);
    parse_fails("2024-02-30", CP_ERANGE);
    ck_assert(cp_date_is_valid(mk(2400, 2, 29)));
    ck_assert(!cp_date_is_valid(mk(2023, 2, 29)));
    ck_assert(cp_date_is_valid(mk(2023, 2, 28)));
}
END_TEST

START_TEST(malformed_text)
{
    parse_fails("2026-1-01", CP_EVALUE);
    parse_fails("2026-01-01x", CP_EVALUE);
    parse_fails("", CP_EVALUE);
    parse_fails("20260101", CP_EVALUE);
    parse_fails("2026/01/01", CP_EVALUE);
    parse_fails(" 2026-01-01", CP_EVALUE);
    parse_fails("2026-01-01 ", CP_EVALUE);
    parse_fails("2026-0a-01", CP_EVALUE);
    parse_fails("-026-01-01", CP_EVALUE);
    parse_fails("+2026-01-01", CP_EVALUE);
    parse_fails("2026-01-1", CP_EVALUE);
    parse_fails("26-01-2026", CP_EVALUE);
    parse_fails("2026-01-01T00:00:00Z", CP_EVALUE);
}
END_TEST

START_TEST(out_of_range_parts)
{
    parse_fails("2026-13-01", CP_ERANGE);
    parse_fails("2026-00-10", CP_ERANGE);
    parse_fails("2026-01-32", CP_ERANGE);
    parse_fails("2026-01-00", CP_ERANGE);
    parse_fails("2026-04-31", CP_ERANGE);
    parse_fails("0000-01-01", CP_ERANGE);
    parse_fails("2026-99-99", CP_ERANGE);
}
END_TEST

START_TEST(invalid_arguments)
{
    cp_error e;
    cp_date d = {7, 7, 7};
    ck_assert_cp(cp_date_parse(NULL, &d, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_date_parse("2026-01-01", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_int_eq(cp_date_parse(NULL, &d, NULL), CP_EINVAL);
    assert_date(d, 7, 7, 7);
    char buf[CP_DATE_BUFSIZE];
    ck_assert_int_eq(cp_date_format(mk(2026, 1, 1), NULL, sizeof buf), CP_EINVAL);
    ck_assert_int_eq(cp_date_format(mk(2026, 1, 1), buf, CP_DATE_BUFSIZE - 1), CP_EINVAL);
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_format(none, buf, sizeof buf), CP_ERANGE);
    ck_assert_int_eq(cp_date_format(mk(2026, 2, 30), buf, sizeof buf), CP_ERANGE);
    ck_assert_int_eq(cp_date_format(mk(10000, 1, 1), buf, sizeof buf), CP_ERANGE);
    ck_assert_int_eq(cp_date_format(mk(-1, 1, 1), buf, sizeof buf), CP_ERANGE);
}
END_TEST

START_TEST(make_checks_parts)
{
    cp_error e;
    cp_date d = {7, 7, 7};
    ck_assert_ok(cp_date_make(2024, 2, 29, &d, &e), &e);
    assert_date(d, 2024, 2, 29);
    d = mk(7, 7, 7);
    ck_assert_cp(cp_date_make(2026, 2, 29, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_date_make(2026, 13, 1, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_date_make(2026, 1, 32, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_date_make(0, 0, 0, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_date_make(10000, 1, 1, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_date_make(2026, -1, 1, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_date_make(INT_MIN, INT_MIN, INT_MIN, &d, &e), CP_ERANGE, "", &e);
    assert_date(d, 7, 7, 7);
    ck_assert_cp(cp_date_make(2026, 1, 1, NULL, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(valid_and_none)
{
    cp_date none = CP_DATE_NONE;
    ck_assert(cp_date_is_none(none));
    ck_assert(!cp_date_is_valid(none));
    ck_assert(!cp_date_is_none(mk(2026, 1, 1)));
    ck_assert(!cp_date_is_none(mk(0, 0, 1)));
    ck_assert(cp_date_is_valid(mk(1, 1, 1)));
    ck_assert(cp_date_is_valid(mk(9999, 12, 31)));
    ck_assert(!cp_date_is_valid(mk(0, 12, 31)));
    ck_assert(!cp_date_is_valid(mk(10000, 1, 1)));
    ck_assert(!cp_date_is_valid(mk(2026, 6, 31)));
    ck_assert(!cp_date_is_valid(mk(2026, 0, 1)));
}
END_TEST

START_TEST(compare)
{
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_compare(mk(2026, 1, 1), mk(2026, 1, 1)), 0);
    ck_assert_int_lt(cp_date_compare(mk(2026, 1, 1), mk(2026, 1, 2)), 0);
    ck_assert_int_gt(cp_date_compare(mk(2026, 1, 2), mk(2026, 1, 1)), 0);
    ck_assert_int_lt(cp_date_compare(mk(2026, 1, 31), mk(2026, 2, 1)), 0);
    ck_assert_int_lt(cp_date_compare(mk(2025, 12, 31), mk(2026, 1, 1)), 0);
    ck_assert_int_gt(cp_date_compare(mk(2026, 12, 1), mk(2026, 2, 28)), 0);
    /* "no date" sorts before every date */
    ck_assert_int_eq(cp_date_compare(none, none), 0);
    ck_assert_int_lt(cp_date_compare(none, mk(1, 1, 1)), 0);
    ck_assert_int_gt(cp_date_compare(mk(1, 1, 1), none), 0);
    ck_assert_int_lt(cp_date_compare(none, mk(9999, 12, 31)), 0);
}
END_TEST

static void add_ok(cp_date from, long days, int y, int m, int d)
{
    cp_date out = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_add_days(from, days, &out), CP_OK);
    assert_date(out, y, m, d);
}

static void add_fails(cp_date from, long days, cp_status code)
{
    cp_date out = {7, 7, 7};
    ck_assert_int_eq(cp_date_add_days(from, days, &out), code);
    assert_date(out, 7, 7, 7);
}

START_TEST(add_days_boundaries)
{
    add_ok(mk(2026, 1, 31), 1, 2026, 2, 1);
    add_ok(mk(2026, 2, 1), -1, 2026, 1, 31);
    add_ok(mk(2026, 12, 31), 1, 2027, 1, 1);
    add_ok(mk(2027, 1, 1), -1, 2026, 12, 31);
    add_ok(mk(2024, 2, 28), 1, 2024, 2, 29);
    add_ok(mk(2024, 2, 29), 1, 2024, 3, 1);
    add_ok(mk(2024, 3, 1), -1, 2024, 2, 29);
    add_ok(mk(2023, 2, 28), 1, 2023, 3, 1);
    add_ok(mk(1900, 2, 28), 1, 1900, 3, 1);
    add_ok(mk(2000, 2, 28), 1, 2000, 2, 29);
    add_ok(mk(2026, 1, 10), 0, 2026, 1, 10);
    add_ok(mk(2026, 1, 10), 365, 2027, 1, 10);
    add_ok(mk(2024, 1, 10), 365, 2025, 1, 9);
    add_ok(mk(2026, 1, 10), -3650, 2016, 1, 13);
    add_ok(mk(1969, 12, 31), 1, 1970, 1, 1);
    add_ok(mk(1970, 1, 1), -1, 1969, 12, 31);
    /* the ends of the range */
    add_ok(mk(9999, 12, 30), 1, 9999, 12, 31);
    add_ok(mk(1, 1, 2), -1, 1, 1, 1);
    add_ok(mk(1, 1, 1), 3652058, 9999, 12, 31);
    add_ok(mk(9999, 12, 31), -3652058, 1, 1, 1);
    add_fails(mk(9999, 12, 31), 1, CP_ERANGE);
    add_fails(mk(1, 1, 1), -1, CP_ERANGE);
    add_fails(mk(1, 1, 1), 3652059, CP_ERANGE);
    add_fails(mk(2026, 1, 1), LONG_MAX, CP_ERANGE);
    add_fails(mk(2026, 1, 1), LONG_MIN, CP_ERANGE);
    cp_date none = CP_DATE_NONE;
    add_fails(none, 1, CP_ERANGE);
    add_fails(mk(2026, 2, 30), 0, CP_ERANGE);
    ck_assert_int_eq(cp_date_add_days(mk(2026, 1, 1), 1, NULL), CP_EINVAL);
}
END_TEST

/* Walks 1899-12-01 .. 2101-01-31 one day at a time by hand and compares with
 * add_days, diff_days, weekday, format and parse. Mismatches are counted with
 * plain comparisons (one assertion at the end) so the walk stays quick under
 * valgrind; the first mismatching day is named in the failure. */
START_TEST(add_days_agrees_with_counting)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    cp_date start = mk(1899, 12, 1);
    cp_date cur = start;
    int weekday = 5; /* 1899-12-01 was a Friday */
    long bad = 0, days = 0;
    char first_bad[32] = "";
    for (long i = 0; cur.year < 2101 || cur.month < 2; i++, days++) {
        cp_date got = CP_DATE_NONE, back = CP_DATE_NONE;
        char buf[CP_DATE_BUFSIZE] = "";
        int ok = cp_date_add_days(start, i, &got) == CP_OK && cp_date_compare(got, cur) == 0 &&
                 cp_date_diff_days(start, cur) == i && cp_date_diff_days(cur, start) == -i &&
                 cp_date_weekday(cur) == weekday &&
                 cp_date_format(cur, buf, sizeof buf) == CP_OK &&
                 cp_date_parse(buf, &back, NULL) == CP_OK && cp_date_compare(back, cur) == 0;
        if (!ok && !bad++)
            snprintf(first_bad, sizeof first_bad, "%04d-%02d-%02d", cur.year, cur.month, cur.day);
        /* next day by hand */
        int y = cur.year;
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        int last = cur.month == 2 && leap ? 29 : dim[cur.month - 1];
        if (++cur.day > last) {
            cur.day = 1;
            if (++cur.month > 12) {
                cur.month = 1;
                cur.year++;
            }
        }
        weekday = weekday % 7 + 1;
    }
    ck_assert_msg(bad == 0, "%ld day(s) disagree, first %s", bad, first_bad);
    ck_assert_int_eq(days, 73476); /* 1899-12-01 .. 2101-01-31 inclusive */
}
END_TEST

START_TEST(diff_days)
{
    ck_assert_int_eq(cp_date_diff_days(mk(2026, 1, 1), mk(2027, 1, 1)), 365);
    ck_assert_int_eq(cp_date_diff_days(mk(2024, 1, 1), mk(2025, 1, 1)), 366);
    ck_assert_int_eq(cp_date_diff_days(mk(2027, 1, 1), mk(2026, 1, 1)), -365);
    ck_assert_int_eq(cp_date_diff_days(mk(2026, 2, 28), mk(2026, 3, 1)), 1);
    ck_assert_int_eq(cp_date_diff_days(mk(2024, 2, 28), mk(2024, 3, 1)), 2);
    ck_assert_int_eq(cp_date_diff_days(mk(2026, 5, 5), mk(2026, 5, 5)), 0);
    ck_assert_int_eq(cp_date_diff_days(mk(1, 1, 1), mk(9999, 12, 31)), 3652058);
    ck_assert_int_eq(cp_date_diff_days(mk(1970, 1, 1), mk(2000, 1, 1)), 10957);
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_diff_days(none, mk(2026, 1, 1)), 0);
    ck_assert_int_eq(cp_date_diff_days(mk(2026, 1, 1), mk(2026, 2, 30)), 0);
}
END_TEST

START_TEST(weekday)
{
    ck_assert_int_eq(cp_date_weekday(mk(2026, 11, 22)), 7); /* Sunday */
    ck_assert_int_eq(cp_date_weekday(mk(2026, 11, 23)), 1); /* Monday */
    ck_assert_int_eq(cp_date_weekday(mk(2000, 1, 1)), 6);   /* Saturday */
    ck_assert_int_eq(cp_date_weekday(mk(1970, 1, 1)), 4);   /* Thursday */
    ck_assert_int_eq(cp_date_weekday(mk(1969, 12, 31)), 3); /* Wednesday */
    ck_assert_int_eq(cp_date_weekday(mk(1, 1, 1)), 1);      /* proleptic Gregorian Monday */
    ck_assert_int_eq(cp_date_weekday(mk(9999, 12, 31)), 5); /* Friday */
    ck_assert_int_eq(cp_date_weekday(mk(2024, 2, 29)), 4);  /* Thursday */
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_weekday(none), 0);
    ck_assert_int_eq(cp_date_weekday(mk(2026, 2, 29)), 0);
}
END_TEST

START_TEST(academic_year)
{
    ck_assert_int_eq(cp_date_academic_year(mk(2026, 8, 31)), 2025);
    ck_assert_int_eq(cp_date_academic_year(mk(2026, 9, 1)), 2026);
    ck_assert_int_eq(cp_date_academic_year(mk(2026, 3, 1)), 2025);
    ck_assert_int_eq(cp_date_academic_year(mk(2026, 1, 1)), 2025);
    ck_assert_int_eq(cp_date_academic_year(mk(2025, 12, 31)), 2025);
    ck_assert_int_eq(cp_date_academic_year(mk(1, 1, 1)), 0);
    ck_assert_int_eq(cp_date_academic_year(mk(1, 9, 1)), 1);
    ck_assert_int_eq(cp_date_academic_year(mk(9999, 12, 31)), 9999);
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_academic_year(none), 0);
    ck_assert_int_eq(cp_date_academic_year(mk(2026, 9, 31)), 0);
}
END_TEST

START_TEST(terms_at_boundaries)
{
    ck_assert_int_eq(cp_date_term(mk(2026, 9, 1)), CP_TERM_AUTUMN);
    ck_assert_int_eq(cp_date_term(mk(2026, 12, 31)), CP_TERM_AUTUMN);
    ck_assert_int_eq(cp_date_term(mk(2027, 1, 1)), CP_TERM_SPRING);
    ck_assert_int_eq(cp_date_term(mk(2027, 3, 31)), CP_TERM_SPRING);
    ck_assert_int_eq(cp_date_term(mk(2027, 4, 1)), CP_TERM_SUMMER);
    ck_assert_int_eq(cp_date_term(mk(2027, 8, 31)), CP_TERM_SUMMER);
    ck_assert_int_eq(cp_date_term(mk(2024, 2, 29)), CP_TERM_SPRING);
    cp_date none = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_term(none), CP_TERM_NONE);
    ck_assert_int_eq(cp_date_term(mk(2026, 13, 1)), CP_TERM_NONE);
}
END_TEST

START_TEST(term_names)
{
    ck_assert_str_eq(cp_term_to_string(CP_TERM_AUTUMN), "autumn");
    ck_assert_str_eq(cp_term_to_string(CP_TERM_SPRING), "spring");
    ck_assert_str_eq(cp_term_to_string(CP_TERM_SUMMER), "summer");
    ck_assert_ptr_null(cp_term_to_string(CP_TERM_NONE));
    ck_assert_ptr_null(cp_term_to_string((cp_term)4));
    ck_assert_ptr_null(cp_term_to_string((cp_term)-1));
    cp_term t = CP_TERM_NONE;
    ck_assert_int_eq(cp_term_from_string("autumn", &t), CP_OK);
    ck_assert_int_eq(t, CP_TERM_AUTUMN);
    ck_assert_int_eq(cp_term_from_string("spring", &t), CP_OK);
    ck_assert_int_eq(t, CP_TERM_SPRING);
    ck_assert_int_eq(cp_term_from_string("summer", &t), CP_OK);
    ck_assert_int_eq(t, CP_TERM_SUMMER);
    ck_assert_int_eq(cp_term_from_string("Autumn", &t), CP_EVALUE);
    ck_assert_int_eq(cp_term_from_string("winter", &t), CP_EVALUE);
    ck_assert_int_eq(cp_term_from_string("", &t), CP_EVALUE);
    ck_assert_int_eq(t, CP_TERM_SUMMER);
    ck_assert_int_eq(cp_term_from_string(NULL, &t), CP_EINVAL);
    ck_assert_int_eq(cp_term_from_string("autumn", NULL), CP_EINVAL);
}
END_TEST


/* Issue 10: "no date" as an expression, and today. */
START_TEST(none_and_today)
{
    ck_assert(cp_date_is_none(cp_date_none()));
    ck_assert_int_eq(cp_date_today(NULL), CP_EINVAL);
    /* today is the local date before or after the call (midnight may pass) */
    time_t t0 = time(NULL);
    cp_date d;
    ck_assert_int_eq(cp_date_today(&d), CP_OK);
    time_t t1 = time(NULL);
    struct tm a, b;
    ck_assert_ptr_nonnull(localtime_r(&t0, &a));
    ck_assert_ptr_nonnull(localtime_r(&t1, &b));
    int before = d.year == a.tm_year + 1900 && d.month == a.tm_mon + 1 && d.day == a.tm_mday;
    int after = d.year == b.tm_year + 1900 && d.month == b.tm_mon + 1 && d.day == b.tm_mday;
    ck_assert(before || after);
    ck_assert(cp_date_is_valid(d));
}
END_TEST

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("date");
    tcase_add_test(tc, parse_and_format_round_trip);
    tcase_add_test(tc, leap_years);
    tcase_add_test(tc, malformed_text);
    tcase_add_test(tc, out_of_range_parts);
    tcase_add_test(tc, invalid_arguments);
    tcase_add_test(tc, make_checks_parts);
    tcase_add_test(tc, valid_and_none);
    tcase_add_test(tc, compare);
    tcase_add_test(tc, add_days_boundaries);
    tcase_add_test(tc, add_days_agrees_with_counting);
    tcase_add_test(tc, diff_days);
    tcase_add_test(tc, weekday);
    tcase_add_test(tc, academic_year);
    tcase_add_test(tc, terms_at_boundaries);
    tcase_add_test(tc, term_names);
    tcase_add_test(tc, none_and_today);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(date_suite)
