/*
 * The canonical writer. Objects list known members in type-table order, then
 * unknown members in their input order; absent values are omitted; strings
 * are escaped minimally (", \, control characters) and otherwise written as
 * UTF-8. Pretty output indents by two spaces and puts every member and item
 * on its own line; compact output has no whitespace. Both end with "\n".
 */
#include "json_write.h"

#include "../model/model.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

size_t cp__json_stream_size = 64 * 1024;

/* A line break and the indentation of the current depth, in one append
 * while the depth is under 32. */
static void newline(cp__wctx *w)
{
    static const char indent[] = "\n"
                                 "                                "
                                 "                                "; /* 64 spaces */
    if (w->compact)
        return;
    size_t n = 1 + 2 * (size_t)w->depth;
    const size_t max = sizeof indent - 1;
    cp__buf_append(&w->out, indent, n < max ? n : max);
    for (; n > max; n -= max - 1)
        cp__buf_append(&w->out, indent + 1, n - max < max - 1 ? n - max : max - 1);
}

void cp__jw_escaped(cp__wctx *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        cp__buf_append(&w->out, s + start, i - start);
        start = i + 1;
        switch (ch) {
        case '"':
            cp__buf_append(&w->out, "\\\"", 2);
            break;
        case '\\':
            cp__buf_append(&w->out, "\\\\", 2);
            break;
        case '\n':
            cp__buf_append(&w->out, "\\n", 2);
            break;
        case '\t':
            cp__buf_append(&w->out, "\\t", 2);
            break;
        case '\r':
            cp__buf_append(&w->out, "\\r", 2);
            break;
        case '\b':
            cp__buf_append(&w->out, "\\b", 2);
            break;
        case '\f':
            cp__buf_append(&w->out, "\\f", 2);
            break;
        default: {
            char esc[6] = {'\\', 'u', '0', '0', hex[ch >> 4], hex[ch & 15]};
            cp__buf_append(&w->out, esc, 6);
        }
        }
    }
    cp__buf_append(&w->out, s + start, n - start);
}

void cp__jw_string(cp__wctx *w, const char *s, size_t n)
{
    cp__buf_putc(&w->out, '"');
    cp__jw_escaped(w, s, n);
    cp__buf_putc(&w->out, '"');
}

/* A decimal integer, as "%lld" writes it, without snprintf. */
void cp__jw_int(cp__wctx *w, long long v)
{
    char buf[24];
    char *end = buf + sizeof buf, *p = end;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    cp__buf_append(&w->out, p, (size_t)(end - p));
}

/* A date as a JSON string, "YYYY-MM-DD" as cp_date_format() writes it,
 * without snprintf. */
void cp__jw_date(cp__wctx *w, cp_date d)
{
    if (!cp_date_is_valid(d)) { /* not in a model: the setters refuse it */
        char buf[40] = "";
        cp_date_format(d, buf, sizeof buf);
        cp__jw_string(w, buf, strlen(buf));
        return;
    }
    char q[12] = {'"',
                  (char)('0' + d.year / 1000),
                  (char)('0' + d.year / 100 % 10),
                  (char)('0' + d.year / 10 % 10),
                  (char)('0' + d.year % 10),
                  '-',
                  (char)('0' + d.month / 10),
                  (char)('0' + d.month % 10),
                  '-',
                  (char)('0' + d.day / 10),
                  (char)('0' + d.day % 10),
                  '"'};
    cp__buf_append(&w->out, q, sizeof q);
}

void cp__jw_item(cp__wctx *w, int *count)
{
    if ((*count)++)
        cp__buf_putc(&w->out, ',');
    newline(w);
}

void cp__jw_member(cp__wctx *w, int *count, const char *key)
{
    cp__jw_item(w, count);
    cp__jw_string(w, key, strlen(key));
    cp__buf_append(&w->out, w->compact ? ":" : ": ", w->compact ? 1 : 2);
}

void cp__jw_open(cp__wctx *w, char c)
{
    cp__buf_putc(&w->out, c);
    w->depth++;
}

void cp__jw_close(cp__wctx *w, char c, int count)
{
    w->depth--;
    if (count)
        newline(w);
    cp__buf_putc(&w->out, c);
}

/* Any jansson value: used for unknown members. */
static void write_json(cp__wctx *w, const json_t *v)
{
    char num[40];
    switch (json_typeof(v)) {
    case JSON_OBJECT: {
        int members = 0;
        const char *key;
        json_t *child;
        cp__jw_open(w, '{');
        json_object_foreach((json_t *)v, key, child) {
            cp__jw_member(w, &members, key);
            write_json(w, child);
        }
        cp__jw_close(w, '}', members);
        break;
    }
    case JSON_ARRAY: {
        size_t i;
        json_t *child;
        int items = 0;
        cp__jw_open(w, '[');
        json_array_foreach(v, i, child) {
            cp__jw_item(w, &items);
            write_json(w, child);
        }
        cp__jw_close(w, ']', items);
        break;
    }
    case JSON_STRING:
        cp__jw_string(w, json_string_value(v), json_string_length(v));
        break;
    case JSON_INTEGER:
        cp__jw_int(w, (long long)json_integer_value(v));
        break;
    case JSON_REAL: {
        /* Shortest form that reads back to the same double. */
        double d = json_real_value(v);
        for (int prec = 15; prec <= 17; prec++) {
            snprintf(num, sizeof num, "%.*g", prec, d);
            if (strtod(num, NULL) == d)
                break;
        }
        if (!strpbrk(num, ".eEn"))
            strcat(num, ".0");
        cp__buf_puts(&w->out, num);
        break;
    }
    case JSON_TRUE:
        cp__buf_puts(&w->out, "true");
        break;
    case JSON_FALSE:
        cp__buf_puts(&w->out, "false");
        break;
    case JSON_NULL:
        cp__buf_puts(&w->out, "null");
        break;
    }
}

static int field_present(const cp__node *n, const cp__field *f)
{
    switch (f->kind) {
    case CP__K_STRING:
        return *CP__CAT(n, f, char *) != NULL;
    case CP__K_DATE:
        return !cp_date_is_none(*CP__CAT(n, f, cp_date));
    case CP__K_BOOL:
    case CP__K_INT:
    case CP__K_ENUM:
        return *CP__CAT(n, f, int) != 0;
    case CP__K_FLAGS:
    case CP__K_INTSET:
        return *CP__CAT(n, f, unsigned) != 0;
    case CP__K_STRLIST:
        return CP__CAT(n, f, cp__strlist)->count != 0;
    case CP__K_LIST:
        return CP__CAT(n, f, cp__list)->count != 0;
    case CP__K_OBJECT:
        return *CP__CAT(n, f, cp__node *) != NULL;
    }
    return 0;
}

static void write_field(cp__wctx *w, const cp__node *n, const cp__field *f)
{
    switch (f->kind) {
    case CP__K_STRING: {
        const char *s = *CP__CAT(n, f, char *);
        cp__jw_string(w, s, strlen(s));
        break;
    }
    case CP__K_DATE:
        cp__jw_date(w, *CP__CAT(n, f, cp_date));
        break;
    case CP__K_BOOL:
        cp__buf_puts(&w->out, "true");
        break;
    case CP__K_INT:
        cp__jw_int(w, *CP__CAT(n, f, int));
        break;
    case CP__K_ENUM: {
        const char *s = cp__enum_name(f->enums, *CP__CAT(n, f, int));
        cp__jw_string(w, s, strlen(s));
        break;
    }
    case CP__K_FLAGS: {
        unsigned bits = *CP__CAT(n, f, unsigned);
        int count = 0;
        cp__jw_open(w, '[');
        for (int i = 1; i < f->enums->count; i++) {
            if (!(bits & (1u << (i - 1))))
                continue;
            if (count++)
                cp__buf_putc(&w->out, ',');
            newline(w);
            cp__jw_string(w, f->enums->names[i], strlen(f->enums->names[i]));
        }
        cp__jw_close(w, ']', count);
        break;
    }
    case CP__K_INTSET: {
        unsigned bits = *CP__CAT(n, f, unsigned);
        int count = 0;
        cp__jw_open(w, '[');
        for (int i = f->min; i <= f->max; i++) {
            if (!(bits & (1u << i)))
                continue;
            if (count++)
                cp__buf_putc(&w->out, ',');
            newline(w);
            cp__jw_int(w, i);
        }
        cp__jw_close(w, ']', count);
        break;
    }
    case CP__K_STRLIST: {
        const cp__strlist *l = CP__CAT(n, f, cp__strlist);
        int items = 0;
        cp__jw_open(w, '[');
        for (size_t i = 0; i < l->count; i++) {
            cp__jw_item(w, &items);
            cp__jw_string(w, l->items[i], strlen(l->items[i]));
        }
        cp__jw_close(w, ']', items);
        break;
    }
    case CP__K_LIST: {
        const cp__list *l = CP__CAT(n, f, cp__list);
        int items = 0;
        cp__jw_open(w, '[');
        for (size_t i = 0; i < l->count; i++) {
            cp__jw_item(w, &items);
            cp__json_write_node(w, l->items[i], NULL);
        }
        cp__jw_close(w, ']', items);
        break;
    }
    case CP__K_OBJECT:
        cp__json_write_node(w, *CP__CAT(n, f, cp__node *), NULL);
        break;
    }
}

void cp__json_write_node(cp__wctx *w, const cp__node *n, const char *kind)
{
    int members = 0;
    cp__jw_open(w, '{');
    if (kind) {
        cp__jw_member(w, &members, "format");
        cp__jw_string(w, "careerplan", 10);
        cp__jw_member(w, &members, "version");
        cp__buf_putc(&w->out, '1');
        cp__jw_member(w, &members, "kind");
        cp__jw_string(w, kind, strlen(kind));
    }
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (!field_present(n, f))
            continue;
        cp__jw_member(w, &members, f->name);
        write_field(w, n, f);
    }
    if (n->unknown) {
        const char *key;
        json_t *v;
        json_object_foreach((json_t *)n->unknown, key, v) {
            cp__jw_member(w, &members, key);
            write_json(w, v);
        }
    }
    cp__jw_close(w, '}', members);
}

/* The document: the root object and the final line break. */
static void write_document(cp__wctx *w, const cp__node *node, const char *kind)
{
    cp__json_write_node(w, node, kind);
    cp__buf_putc(&w->out, '\n');
}

char *cp__json_write_string(const cp__node *node, const char *kind, int compact, size_t *len)
{
    cp__wctx w;
    memset(&w, 0, sizeof w);
    w.compact = compact;
    write_document(&w, node, kind);
    return cp__buf_take(&w.out, len);
}

int cp__json_write_stream(const cp__node *node, const char *kind, int compact, cp__buf_sink sink,
                          void *ctx)
{
    cp__wctx w;
    memset(&w, 0, sizeof w);
    w.compact = compact;
    int rc = cp__buf_init_stream(&w.out, cp__json_stream_size, sink, ctx);
    if (rc == 0) {
        write_document(&w, node, kind);
        rc = cp__buf_flush(&w.out);
    }
    cp__buf_fini(&w.out);
    return rc;
}
