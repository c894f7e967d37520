/*
 * Internal: an RFC 4180 CSV reader and writer (@since 0.2).
 *
 * Reading: records end in CRLF, LF or a lone CR; a field is either bare (no
 * quote in it) or quoted, in which case it may hold commas, line ends and
 * doubled quotes (""), which read as one quote. A UTF-8 byte order mark at
 * the start is skipped; the text must be UTF-8 (any other byte sequence is
 * CP_EVALUE at its line and column). Blank lines (nothing on them, outside
 * quotes) hold no record and are skipped. Rows may have different field
 * counts: the caller decides whether that is an error (it knows the header).
 *
 * Lines and columns are 1-based; a column counts characters (UTF-8 code
 * points), not bytes, like cp_error::column. A field's line and column are
 * those of its first character (the opening quote of a quoted field); a
 * field with line ends in it moves the lines of what follows.
 *
 * Writing: fields are quoted when they hold a comma, a quote, CR or LF, or
 * start or end with a space; records end in CRLF, as RFC 4180 writes them.
 * Formula-injection guard (OWASP "CSV injection"): a spreadsheet runs a cell
 * that starts with = + - @ (or TAB or CR) as a formula, so the writer puts an
 * apostrophe before a value that matches ^'*[=+\-@\t\r] (any apostrophes
 * already there, then one of those characters), and cp__csv_unguard() takes
 * exactly one apostrophe off a value read back that matches ^'+[=+\-@\t\r].
 * The two are inverse: every value survives a round trip, and a value that
 * starts with an apostrophe for its own reasons is guarded too when it could
 * be mistaken for a guarded one.
 */
#ifndef CP_CORE_CSV_H
#define CP_CORE_CSV_H

#include "buf.h"
#include "error.h"

#include <careerplan/common.h>
#include <stddef.h>

/* One field: its text (NUL-terminated, owned by the table) and position. */
typedef struct cp__csv_field {
    char *text;
    int line, column;
} cp__csv_field;

/* One record: its fields and the line it starts on. */
typedef struct cp__csv_row {
    cp__csv_field *fields;
    size_t count;
    int line;
} cp__csv_row;

/* A parsed text: every record, the header row (if any) first. */
typedef struct cp__csv {
    cp__csv_row *rows;
    size_t count;
} cp__csv;

/*
 * Parses text (len bytes; NUL bytes are not allowed in it) into *out, which
 * the caller zero-initialises and frees with cp__csv_fini() whatever the
 * result. Errors fill err with line, column and position (byte offset):
 * CP_ESYNTAX (a quote inside a bare field, a character after a closing
 * quote, a quoted field never closed: at its opening quote), CP_EVALUE (not
 * UTF-8, or a NUL byte), CP_ENOMEM.
 */
cp_status cp__csv_parse(const char *text, size_t len, cp__csv *out, cp_error *err);
void cp__csv_fini(cp__csv *csv);

/* Fills err with code, message and the field's line and column. */
cp_status cp__csv_fail_at(cp_error *err, cp_status code, const cp__csv_field *f, const char *fmt,
                          ...) CP__PRINTF(4, 5);

/* Appends one field (NULL writes an empty field), quoted and guarded as
 * described above, preceded by a comma unless first is set. */
void cp__csv_put(cp__buf *b, const char *value, int first);
/* Ends a record: CRLF. */
void cp__csv_end_row(cp__buf *b);
/* The value of a field read back: text, or text + 1 when it carries the guard. */
const char *cp__csv_unguard(const char *text);

#endif
