/*
 * Internal: what every HTML page of the library shares — escaped text, the
 * page's head with its stylesheet, and its end. Used by io/html_plan.c and
 * io/html_review.c.
 */
#ifndef CP_IO_HTML_ESCAPE_H
#define CP_IO_HTML_ESCAPE_H

#include "../core/buf.h"

#include <careerplan/common.h>
#include <careerplan/date.h>

/* Appends text as HTML text or attribute value: & < > " ' become
 * character references; a control character (C0 but tab, DEL, C1) or
 * U+2028/U+2029 shows visibly as \xhh or \uhhhh, as the text summaries show
 * them; everything else (UTF-8, right-to-left scripts, emoji) passes
 * through. NULL appends nothing. */
void cp__html_text(cp__buf *b, const char *s);

/* Appends raw markup (a literal of the library, never data). */
void cp__html_raw(cp__buf *b, const char *s);

/* Appends "<TAG>escaped text</TAG>". */
void cp__html_element(cp__buf *b, const char *tag, const char *s);

/* Appends "<TAG dir="auto">escaped text</TAG>" for text of the document
 * (dir="auto": a right-to-left name or statement keeps its direction and
 * does not reorder what is around it); "-" as the content when s is NULL
 * or empty. */
void cp__html_auto(cp__buf *b, const char *tag, const char *s);

/* Appends a date as YYYY-MM-DD inside <time datetime="...">. */
void cp__html_date(cp__buf *b, cp_date d);

/* Appends an enumeration value for people: '_' read as a space. */
void cp__html_label(cp__buf *b, const char *name);

/* True when a link target may become an href: it starts (case-insensitively)
 * with "http://", "https://" or "mailto:" and holds no control character
 * or space. Anything else ("javascript:", relative paths) is shown as text. */
int cp__html_safe_href(const char *url);

/* Appends the page's start up to and including <body>: the doctype,
 * <html lang="en">, <meta charset="utf-8">, the viewport, the escaped
 * title and the inline stylesheet (with its print rules). */
void cp__html_begin(cp__buf *b, const char *title);

/* Appends the page's start (cp__html_begin()) with the title composed in
 * `title` (emptied), then "<header>" and the title as an h1 with
 * dir="auto". */
void cp__html_open(cp__buf *b, cp__buf *title);

/* Appends the parts that are not NULL, escaped, separated by spaces. */
void cp__html_words(cp__buf *b, const char *const *parts, size_t n);

/* Ends the page ("</main>", "</body>", "</html>" and a newline) and hands
 * it to *out; CP_ENOMEM (reported in err) when an append failed. */
cp_status cp__html_finish(cp__buf *b, char **out, cp_error *err);

#endif
