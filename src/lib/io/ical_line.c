/* RFC 5545 content lines: see ical_line.h. */
#include "ical_line.h"

#include <stdio.h>
#include <string.h>

/* RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding
 * the line break." */
#define FOLD_AT 75

void cp__ical_text(cp__ical *c, const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        switch (*p) {
        case '\\': cp__buf_puts(&c->line, "\\\\"); break;
        case ';': cp__buf_puts(&c->line, "\\;"); break;
        case ',': cp__buf_puts(&c->line, "\\,"); break;
        case '\r':
            if (p[1] == '\n')
                p++;
            /* fall through */
        case '\n': cp__buf_puts(&c->line, "\\n"); break;
        default:
            if (*p >= 0x20 && *p != 0x7f)
                cp__buf_putc(&c->line, (char)*p);
            else if (*p == '\t')
                cp__buf_putc(&c->line, '\t');
        }
    }
}

void cp__ical_pct(cp__ical *c, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~", *p)) {
            cp__buf_putc(&c->line, (char)*p);
        } else {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            cp__buf_append(&c->line, e, 3);
        }
    }
}

void cp__ical_date(cp__ical *c, cp_date d)
{
    char s[16];
    snprintf(s, sizeof s, "%04d%02d%02d", d.year % 10000, d.month % 100, d.day % 100);
    cp__buf_puts(&c->line, s);
}

void cp__ical_end(cp__ical *c)
{
    const char *s = c->line.data ? c->line.data : "";
    size_t len = c->line.failed ? 0 : c->line.len, at = 0, room = FOLD_AT;
    if (c->line.failed)
        c->out.failed = 1;
    while (len - at > room) {
        size_t n = room;
        /* back up to the start of a UTF-8 sequence (never below one octet) */
        while (n > 1 && ((unsigned char)s[at + n] & 0xC0) == 0x80)
            n--;
        cp__buf_append(&c->out, s + at, n);
        cp__buf_puts(&c->out, "\r\n ");
        at += n;
        room = FOLD_AT - 1; /* the leading space counts */
    }
    cp__buf_append(&c->out, s + at, len - at);
    cp__buf_puts(&c->out, "\r\n");
    c->line.len = 0;
}

void cp__ical_prop(cp__ical *c, const char *name, const char *value)
{
    cp__buf_puts(&c->line, name);
    cp__buf_putc(&c->line, ':');
    cp__buf_puts(&c->line, value);
    cp__ical_end(c);
}

void cp__ical_prop_text(cp__ical *c, const char *name, const char *text)
{
    cp__buf_puts(&c->line, name);
    cp__buf_putc(&c->line, ':');
    cp__ical_text(c, text);
    cp__ical_end(c);
}
