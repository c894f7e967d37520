/* The textual forms a string member can be required to have (the model
 * description's `format` key): checked by the loader and the setters alike,
 * through cp__check_string and the JSON reader. */
#include "node.h"

#include <string.h>

/* "-12.5": an optional minus, digits, optionally a point and digits. Decimal
 * values are kept as strings so that 0 is a value and the canonical form is
 * exact (a KPI's "12.5", a questionnaire score). */
static int decimal_valid(const char *s)
{
    if (*s == '-')
        s++;
    if (*s < '0' || *s > '9')
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.') {
        s++;
        if (*s < '0' || *s > '9')
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

int cp__academic_year_first(const char *s)
{
    return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

/* "2025-26": four digits, a hyphen, the last two digits of the next year.
 * "UK academic years run 1 September to 31 August" (MODEL.md, source 002). */
static int academic_year_valid(const char *s)
{
    if (strlen(s) != 7 || s[4] != '-')
        return 0;
    for (int i = 0; i < 7; i++)
        if (i != 4 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int next = (s[5] - '0') * 10 + (s[6] - '0');
    return (cp__academic_year_first(s) + 1) % 100 == next;
}

const cp__format cp__format_decimal = {"\"%.40s\" is not a decimal number", decimal_valid};
const cp__format cp__format_academic_year = {"academic year \"%.40s\" is not like \"2025-26\"",
                                             academic_year_valid};
