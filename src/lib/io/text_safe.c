/*
 * Free text shown safely: a control character cannot start a line of a
 * report or drive a terminal.
 */
#include "text_safe.h"

#include <stdio.h>

size_t cp__text_control(cp__buf *b, const unsigned char *p)
{
    char esc[8];
    unsigned c = *p;
    if (c < 0x20 || c == 0x7f) {
        snprintf(esc, sizeof esc, "\\x%02x", c);
        cp__buf_puts(b, esc);
        return 1;
    }
    if (c == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
        snprintf(esc, sizeof esc, "\\u%04x", (unsigned)p[1]);
        cp__buf_puts(b, esc);
        return 2;
    }
    if (c == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
        snprintf(esc, sizeof esc, "\\u%04x", 0x2000u + (p[2] - 0x80u));
        cp__buf_puts(b, esc);
        return 3;
    }
    return 0;
}

void cp__text_safe(cp__buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        size_t n = cp__text_control(b, p);
        if (n) {
            p += n;
        } else {
            cp__buf_putc(b, (char)*p);
            p++;
        }
    }
}
