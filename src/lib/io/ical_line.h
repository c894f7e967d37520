/* Internal: RFC 5545 content lines - escaping and folding (io/ical_line.c). */
#ifndef CP_IO_ICAL_LINE_H
#define CP_IO_ICAL_LINE_H

#include "../core/buf.h"

#include <careerplan/date.h>

/* A content line under construction: append its parts to `line`, then end it. */
typedef struct cp__ical {
    cp__buf out;  /* the calendar so far */
    cp__buf line; /* the current content line, unfolded, without CRLF */
} cp__ical;

/* Appends `text` as an RFC 5545 TEXT value: \ ; , escaped, line breaks as
 * \n, other control characters left out. */
void cp__ical_text(cp__ical *c, const char *text);
/* Appends `s` percent-encoded: every octet but A-Z a-z 0-9 - . _ ~ as %XX. */
void cp__ical_pct(cp__ical *c, const char *s);
/* Appends a date as YYYYMMDD. */
void cp__ical_date(cp__ical *c, cp_date d);
/* Folds the current line at 75 octets (never inside a UTF-8 sequence),
 * appends it with CRLF to `out` and empties it. */
void cp__ical_end(cp__ical *c);
/* A whole line NAME:VALUE with VALUE as is, or NAME:TEXT escaped. */
void cp__ical_prop(cp__ical *c, const char *name, const char *value);
void cp__ical_prop_text(cp__ical *c, const char *name, const char *text);

#endif
