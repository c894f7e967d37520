/*
 * What every HTML page of the library shares: escaping, the head with its
 * stylesheet, and the end of the page.
 */
#include "html_escape.h"
#include "text_safe.h"
#include "../core/alloc.h"
#include "../core/error.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

void cp__html_raw(cp__buf *b, const char *s)
{
    cp__buf_puts(b, s ? s : "");
}

void cp__html_text(cp__buf *b, const char *s)
{
    static const char specials[] = "&<>\"'";
    static const char *const refs[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        const char *special = strchr(specials, *p);
        size_t n = *p == '\t' || special ? 0 : cp__text_control(b, p);
        if (special)
            cp__html_raw(b, refs[special - specials]);
        else if (n)
            p += n - 1;
        else
            cp__buf_putc(b, (char)*p);
    }
}

void cp__html_element(cp__buf *b, const char *tag, const char *s)
{
    cp__buf_putc(b, '<');
    cp__html_raw(b, tag);
    cp__buf_putc(b, '>');
    cp__html_text(b, s);
    cp__html_raw(b, "</");
    cp__html_raw(b, tag);
    cp__buf_putc(b, '>');
}

void cp__html_auto(cp__buf *b, const char *tag, const char *s)
{
    cp__buf_putc(b, '<');
    cp__html_raw(b, tag);
    cp__html_raw(b, " dir=\"auto\">");
    if (s && *s)
        cp__html_text(b, s);
    else
        cp__buf_putc(b, '-');
    cp__html_raw(b, "</");
    cp__html_raw(b, tag);
    cp__buf_putc(b, '>');
}

void cp__html_date(cp__buf *b, cp_date d)
{
    char date[CP_DATE_BUFSIZE] = "";
    cp_date_format(d, date, sizeof date);
    cp__html_raw(b, "<time datetime=\"");
    cp__html_raw(b, date);
    cp__html_raw(b, "\">");
    cp__html_raw(b, date);
    cp__html_raw(b, "</time>");
}

void cp__html_label(cp__buf *b, const char *name)
{
    for (const char *p = name ? name : ""; *p; p++)
        cp__buf_putc(b, *p == '_' ? ' ' : *p);
}

static int has_prefix(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (tolower((unsigned char)*s) != *prefix)
            return 0;
    return 1;
}

int cp__html_safe_href(const char *url)
{
    if (!url || !(has_prefix(url, "http://") || has_prefix(url, "https://") ||
                  has_prefix(url, "mailto:")))
        return 0;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        if (*p <= 0x20 || *p == 0x7f)
            return 0;
    return 1;
}

/* Plain colours with a contrast of at least 7:1 on white; long words wrap;
 * print drops the backgrounds and shows links' targets. In tables only the
 * cells of recorded text (those marked dir="auto") may break inside a word:
 * breaking anywhere everywhere lets a browser narrow the columns of headers
 * and dates until "Who" and "2026-03-02" break mid-word (seen in the
 * headless Chromium screenshot); dates ("when" cells) do not break at all. */
static const char style[] =
    "<style>\n"
    "body{font-family:system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;"
    "color:#1a1a1a;background:#fff;line-height:1.5;overflow-wrap:anywhere;}\n"
    "h1,h2,h3{color:#0b3d5c;}\n"
    "a{color:#0645ad;}\n"
    "table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem;}\n"
    "th,td{border:1px solid #555;padding:0.25rem 0.5rem;text-align:left;vertical-align:top;}\n"
    "th{background:#e8eef3;}\n"
    "th,td{overflow-wrap:normal;}td[dir]{overflow-wrap:anywhere;}.when,time{white-space:nowrap;}\n"
    ".ctl{color:#8b0000;}\n"
    "svg{max-width:100%;}\n"
    "@media print{body{max-width:none;margin:0;font-size:11pt;}"
    "th{background:none;}a{color:#000;}"
    "a[href]::after{content:\" (\" attr(href) \")\";}"
    "h2{break-after:avoid;}table,li{break-inside:avoid;}}\n"
    "</style>\n";

void cp__html_begin(cp__buf *b, const char *title)
{
    cp__html_raw(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    cp__html_element(b, "title", title);
    cp__html_raw(b, "\n");
    cp__html_raw(b, style);
    cp__html_raw(b, "</head>\n<body>\n");
}

void cp__html_open(cp__buf *b, cp__buf *title)
{
    char *s = cp__buf_take(title, NULL);
    if (!s)
        b->failed = 1;
    cp__html_begin(b, s);
    cp__html_raw(b, "<header>\n");
    cp__html_auto(b, "h1", s);
    cp__free(s);
}

void cp__html_words(cp__buf *b, const char *const *parts, size_t n)
{
    const char *sep = "";
    for (size_t i = 0; i < n; i++) {
        if (!parts[i])
            continue;
        cp__html_raw(b, sep);
        cp__html_text(b, parts[i]);
        sep = " ";
    }
}

cp_status cp__html_finish(cp__buf *b, char **out, cp_error *err)
{
    cp__html_raw(b, "</main>\n</body>\n</html>\n");
    char *page = cp__buf_take(b, NULL);
    if (!page)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = page;
    return CP_OK;
}
