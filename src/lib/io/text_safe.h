/*
 * Internal: free text shown safely in the library's text and HTML output.
 */
#ifndef CP_IO_TEXT_SAFE_H
#define CP_IO_TEXT_SAFE_H

#include "../core/buf.h"

#include <stddef.h>

/* When the UTF-8 character at p is a control character (C0, DEL, C1) or a
 * line or paragraph separator, appends it visibly — C0 and DEL as \xhh (a
 * newline as \x0a, as the careerplan tool shows them), C1 and U+2028,
 * U+2029 as \uhhhh — and returns the number of bytes it takes; else
 * appends nothing and returns 0. */
size_t cp__text_control(cp__buf *b, const unsigned char *p);

/* Appends free text with every control character shown as
 * cp__text_control() does; everything else (valid UTF-8) passes through. */
void cp__text_safe(cp__buf *b, const char *s);

#endif
