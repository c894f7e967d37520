/* Calendar dates: validation, ISO 8601 text, arithmetic, academic years and terms. */
#define _POSIX_C_SOURCE 200809L /* localtime_r */
#include <careerplan/date.h>

#include "date_month.h"
#include "error.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

cp_date cp__date_add_month(cp_date d)
{
    cp_date r = d;
    if (++r.month > 12) {
        r.month = 1;
        r.year++;
    }
    int last = days_in_month(r.year, r.month);
    if (r.day > last)
        r.day = last;
    return r;
}

int cp_date_is_valid(cp_date d)
{
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

int cp_date_is_none(cp_date d)
{
    return d.year == 0 && d.month == 0 && d.day == 0;
}

cp_status cp_date_make(int year, int month, int day, cp_date *out, cp_error *err)
{
    if (!out)
        return cp__fail(err, CP_EINVAL, NULL, "output date is NULL");
    cp_date d = {year, month, day};
    if (!cp_date_is_valid(d))
        return cp__fail(err, CP_ERANGE, NULL, "%04d-%02d-%02d is not a calendar date", year, month,
                        day);
    *out = d;
    return CP_OK;
}

static int digits(const char *s, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 1;
}

cp_status cp_date_parse(const char *text, cp_date *out, cp_error *err)
{
    if (!text || !out)
        return cp__fail(err, CP_EINVAL, NULL, "date text or output is NULL");
    int y, m, d;
    if (strlen(text) != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 4, &y) ||
        !digits(text + 5, 2, &m) || !digits(text + 8, 2, &d))
        return cp__fail(err, CP_EVALUE, NULL, "\"%.40s\" is not a date of the form YYYY-MM-DD",
                        text);
    cp_date r = {y, m, d};
    if (!cp_date_is_valid(r))
        return cp__fail(err, CP_ERANGE, NULL, "%s is not a calendar date", text);
    *out = r;
    return CP_OK;
}

cp_status cp_date_format(cp_date d, char *buf, size_t size)
{
    if (!buf || size < CP_DATE_BUFSIZE)
        return CP_EINVAL;
    if (!cp_date_is_valid(d))
        return CP_ERANGE;
    snprintf(buf, size, "%04d-%02d-%02d", d.year, d.month, d.day);
    return CP_OK;
}

int cp_date_compare(cp_date a, cp_date b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    if (a.day != b.day)
        return a.day < b.day ? -1 : 1;
    return 0;
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long to_days(cp_date d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static cp_date from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    cp_date r;
    r.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.year = (int)(yoe + era * 400 + (r.month <= 2));
    return r;
}

/* Bounds of the supported range, as day numbers. */
#define DAYS_MIN (-719162L) /* 0001-01-01 */
#define DAYS_MAX 2932896L   /* 9999-12-31 */

cp_status cp_date_add_days(cp_date date, long days, cp_date *out)
{
    if (!out)
        return CP_EINVAL;
    if (!cp_date_is_valid(date))
        return CP_ERANGE;
    long n = to_days(date);
    if (days > DAYS_MAX - n || days < DAYS_MIN - n)
        return CP_ERANGE;
    *out = from_days(n + days);
    return CP_OK;
}

long cp_date_diff_days(cp_date a, cp_date b)
{
    if (!cp_date_is_valid(a) || !cp_date_is_valid(b))
        return 0;
    return to_days(b) - to_days(a);
}

int cp_date_weekday(cp_date date)
{
    if (!cp_date_is_valid(date))
        return 0;
    long n = to_days(date); /* 1970-01-01 was a Thursday (4) */
    long w = (n % 7 + 7 + 3) % 7; /* 0 = Monday */
    return (int)w + 1;
}

int cp_date_academic_year(cp_date date)
{
    if (!cp_date_is_valid(date))
        return 0;
    return date.month >= 9 ? date.year : date.year - 1;
}

cp_term cp_date_term(cp_date date)
{
    if (!cp_date_is_valid(date))
        return CP_TERM_NONE;
    if (date.month >= 9)
        return CP_TERM_AUTUMN;
    if (date.month <= 3)
        return CP_TERM_SPRING;
    return CP_TERM_SUMMER;
}

static const char *const term_names[] = {NULL, "autumn", "spring", "summer"};

const char *cp_term_to_string(cp_term term)
{
    if ((unsigned)term >= sizeof term_names / sizeof term_names[0])
        return NULL;
    return term_names[term];
}

cp_status cp_term_from_string(const char *text, cp_term *out)
{
    if (!text || !out)
        return CP_EINVAL;
    for (int i = 1; i < 4; i++) {
        if (strcmp(text, term_names[i]) == 0) {
            *out = (cp_term)i;
            return CP_OK;
        }
    }
    return CP_EVALUE;
}

cp_date cp_date_none(void)
{
    cp_date none = CP_DATE_NONE;
    return none;
}

cp_status cp_date_today(cp_date *out)
{
    if (!out)
        return CP_EINVAL;
    time_t now = time(NULL);
    struct tm tm;
    if (now == (time_t)-1 || !localtime_r(&now, &tm))
        return CP_ERANGE;
    return cp_date_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, out, NULL);
}
