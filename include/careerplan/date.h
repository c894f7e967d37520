/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Calendar dates (ISO 8601 YYYY-MM-DD), UK academic years and terms.
 */
#ifndef CAREERPLAN_DATE_H
#define CAREERPLAN_DATE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A proleptic Gregorian calendar date. A small value type with a frozen
 * layout: pass it by value. The all-zero date {0, 0, 0} means "no date"
 * (optional date fields use it); every other value that the library hands
 * out is valid, years 1 to 9999.
 * @since 0.1
 */
typedef struct cp_date {
    int year;   /**< 1..9999, or 0 for "no date" */
    int month;  /**< 1..12, or 0 for "no date" */
    int day;    /**< 1..days in month, or 0 for "no date" */
} cp_date;

/**
 * The "no date" value, {0, 0, 0}, as an initializer: `cp_date d =
 * CP_DATE_NONE;`, static ones included. It stays an initializer (a compound
 * literal would break static initializers under -pedantic in code that
 * compiles today); where an expression is needed, as an argument, write
 * cp_date_none().
 * @since 0.1
 */
#define CP_DATE_NONE {0, 0, 0}

/**
 * The "no date" value as an expression: cp_date_is_none(cp_date_none()).
 *
 * @return {0, 0, 0}
 * @since 0.2
 */
CP_API cp_date cp_date_none(void);

/**
 * Today's date in the local time zone of the process (localtime_r).
 *
 * @param[out] out today; not NULL
 * @return CP_OK, CP_EINVAL (out NULL), CP_ERANGE (the clock is outside
 *         years 1 to 9999 or cannot be read)
 * @since 0.2
 */
CP_API cp_status cp_date_today(cp_date *out);

/** Buffer size that cp_date_format() needs: "YYYY-MM-DD" and a NUL. @since 0.1 */
#define CP_DATE_BUFSIZE 11

/**
 * Builds a date from its parts and checks it.
 *
 * @param year  1..9999
 * @param month 1..12
 * @param day   1..days in that month (leap years counted)
 * @param[out] out the date on success; untouched on failure; not NULL
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (out is NULL), CP_ERANGE (no such day, e.g. 2026-02-30)
 * @since 0.1
 */
CP_API cp_status cp_date_make(int year, int month, int day, cp_date *out, cp_error *err);

/**
 * Parses exactly "YYYY-MM-DD" (ISO 8601 calendar date, extended format).
 *
 * @param text NUL-terminated text; nothing may follow the day
 * @param[out] out the date on success; untouched on failure; not NULL
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (not of the form
 *         YYYY-MM-DD), CP_ERANGE (well formed but no such day, e.g. 2026-02-30)
 * @since 0.1
 */
CP_API cp_status cp_date_parse(const char *text, cp_date *out, cp_error *err);

/**
 * Writes a date as "YYYY-MM-DD".
 *
 * @param date a valid date
 * @param buf  at least CP_DATE_BUFSIZE bytes; receives a NUL-terminated string
 * @param size size of buf
 * @return CP_OK, CP_EINVAL (buf NULL or too small), CP_ERANGE (date not valid,
 *         including "no date")
 * @since 0.1
 */
CP_API cp_status cp_date_format(cp_date date, char *buf, size_t size);

/**
 * Tells whether a date names a real day between 0001-01-01 and 9999-12-31.
 *
 * @param date any value
 * @return 1 if valid, 0 otherwise ("no date" is not valid)
 * @since 0.1
 */
CP_API int cp_date_is_valid(cp_date date);

/**
 * Tells whether a date is the "no date" value {0, 0, 0}.
 *
 * @param date any value
 * @return 1 for "no date", 0 otherwise
 * @since 0.1
 */
CP_API int cp_date_is_none(cp_date date);

/**
 * Compares two dates chronologically. "No date" sorts before every date.
 *
 * @param a a date, or "no date"
 * @param b a date, or "no date"
 * @return negative, zero or positive as a is before, equal to or after b
 * @since 0.1
 */
CP_API int cp_date_compare(cp_date a, cp_date b);

/**
 * Adds a number of days (negative to go back).
 *
 * @param date a valid date
 * @param days days to add
 * @param[out] out the resulting date; not NULL
 * @return CP_OK, CP_EINVAL (out NULL), CP_ERANGE (date invalid, or the result
 *         falls outside 0001-01-01..9999-12-31)
 * @since 0.1
 */
CP_API cp_status cp_date_add_days(cp_date date, long days, cp_date *out);

/**
 * Counts the days from a to b (positive when b is later).
 *
 * @param a a valid date
 * @param b a valid date
 * @return b - a in days; 0 if either date is invalid
 * @since 0.1
 */
CP_API long cp_date_diff_days(cp_date a, cp_date b);

/**
 * Day of the week, ISO 8601 numbering.
 *
 * @param date a valid date
 * @return 1 (Monday) to 7 (Sunday), or 0 if the date is invalid
 * @since 0.1
 */
CP_API int cp_date_weekday(cp_date date);

/**
 * UK academic year of a date. Academic years run 1 September to 31 August
 * and are named by the calendar year they start in: 2026-03-01 is in
 * academic year 2025 (2025/26).
 *
 * @param date a valid date
 * @return the starting calendar year, or 0 if the date is invalid
 * @since 0.1
 */
CP_API int cp_date_academic_year(cp_date date);

/**
 * School terms of the UK academic year.
 * @since 0.1
 */
typedef enum cp_term {
    CP_TERM_NONE = 0,   /**< no term (invalid date) */
    CP_TERM_AUTUMN = 1, /**< 1 September to 31 December */
    CP_TERM_SPRING = 2, /**< 1 January to 31 March */
    CP_TERM_SUMMER = 3  /**< 1 April to 31 August */
} cp_term;

/**
 * The term a date falls in. Terms are taken by calendar month, holidays
 * included, so the answer does not depend on a school's own term dates or on
 * the date of Easter: Autumn is September to December, Spring January to
 * March, Summer April to August.
 *
 * @param date a valid date
 * @return the term, or CP_TERM_NONE if the date is invalid
 * @since 0.1
 */
CP_API cp_term cp_date_term(cp_date date);

/**
 * Name of a term as used in JSON: "autumn", "spring", "summer".
 *
 * @param term a value of the enumeration
 * @return a static string, or NULL for CP_TERM_NONE and unknown values
 * @since 0.1
 */
CP_API const char *cp_term_to_string(cp_term term);

/**
 * Parses a term name ("autumn", "spring", "summer").
 *
 * @param text the name; not NULL
 * @param[out] out the term; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_term_from_string(const char *text, cp_term *out);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_DATE_H */
