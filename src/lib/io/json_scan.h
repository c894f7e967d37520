/*
 * Internal: a window over a JSON text and a scanner that finds where a
 * value ends without parsing it — what lets the loader hand jansson one
 * client of a caseload at a time (io/caseload_load.c).
 *
 * The window is either the whole text (a caller's buffer: nothing is
 * copied) or a stretch of a stream read in blocks: offsets are absolute
 * (from the start of the text); the bytes before the window's `keep` mark
 * may be dropped when more is read.
 */
#ifndef CP_IO_JSON_SCAN_H
#define CP_IO_JSON_SCAN_H

#include <stddef.h>
#include <stdio.h>

typedef struct cp__window {
    FILE *fp;          /* NULL: buf is the whole text, borrowed */
    char *buf;         /* the bytes [base, base + len) of the text */
    size_t base, len, cap;
    size_t keep;       /* absolute offset of the first byte still needed */
    size_t max;        /* refuse to read past this many bytes of text */
    size_t total;      /* the text's length when known (for progress), else 0 */
    int eof, failed;   /* the stream ended; reading stopped (error, too long, no memory) */
    int oom;           /* reading stopped because the window could not grow */
} cp__window;

/* A window over text[0..len), borrowed. */
void cp__window_text(cp__window *w, const char *text, size_t len);
/* A window over what is left of fp; reading at most max bytes. */
void cp__window_stream(cp__window *w, FILE *fp, size_t max);
void cp__window_fini(cp__window *w);

/* The byte at absolute offset `at` (reading more when needed), or -1 at the
 * end of the text or when reading failed (w->failed). `at` must not be
 * before w->keep. */
int cp__window_byte(cp__window *w, size_t at);
/* A pointer to the bytes [from, to), which must be in the window (all
 * read, none dropped). */
const char *cp__window_at(const cp__window *w, size_t from);

/* Scanning results. */
#define CP__SCAN_OK 0
#define CP__SCAN_BAD (-1) /* not what a well-formed text has here (or the text ended) */

/* Skips JSON whitespace from `at`; returns the offset of the next byte. */
size_t cp__scan_space(cp__window *w, size_t at);
/* The value starting at `at` (not whitespace): sets *end to the offset just
 * after it. Strings are skipped with their escapes, objects and arrays by
 * counting brackets outside strings, other values up to the next delimiter.
 * Only the structure is checked; the parser checks the rest. */
int cp__scan_value(cp__window *w, size_t at, size_t *end);

#endif
