/*
 * A client's plan as text for a terminal (cp_client_plan_text(), html.h):
 * the rendering only, from the same view as the HTML page
 * (logic/plan_view.c).
 */
#include "../core/error.h"
#include "../logic/plan_view.h"
#include "text_safe.h"

#include <careerplan/html.h>
#include "../core/alloc.h"
#include <string.h>

typedef struct text_out {
    cp__buf b;
    int width;
} text_out;

static size_t length_of(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xc0u) != 0x80u;
    return count;
}

/* Writes one paragraph: `indent` spaces then the text made safe, wrapped at
 * spaces to the width; continuation lines are indented alike, and for a
 * list item ("- ...") two more, under its text. */
static void para(text_out *t, int indent, const char *raw)
{
    cp__buf safe = {0};
    cp__text_safe(&safe, raw);
    char *text = cp__buf_take(&safe, NULL);
    if (!text) {
        t->b.failed = 1;
        return;
    }
    int first = indent;
    if (text[0] == '-' && text[1] == ' ')
        indent += 2;
    size_t room = (size_t)(t->width - first), used = 0;
    int line_open = 0;
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t n = strcspn(p, " "), len = length_of(p, n);
        if (line_open && used + 1 + len > room) {
            cp__buf_putc(&t->b, '\n');
            line_open = 0;
        }
        if (!line_open) {
            int lead = p == text ? first : indent;
            for (int i = 0; i < lead; i++)
                cp__buf_putc(&t->b, ' ');
            room = (size_t)(t->width - lead);
            line_open = 1;
            used = 0;
        } else {
            cp__buf_putc(&t->b, ' ');
            used++;
        }
        while (len > room - used) { /* a word longer than the line: cut it */
            size_t take = 0, chars = 0;
            while (chars < room - used) {
                take++; /* one character: a byte and its continuation bytes */
                while (((unsigned char)p[take] & 0xc0u) == 0x80u)
                    take++;
                chars++;
            }
            cp__buf_append(&t->b, p, take);
            cp__buf_putc(&t->b, '\n');
            for (int i = 0; i < indent; i++)
                cp__buf_putc(&t->b, ' ');
            room = (size_t)(t->width - indent);
            p += take;
            n -= take;
            len -= chars;
            used = 0;
        }
        cp__buf_append(&t->b, p, n);
        used += len;
        p += n;
    }
    if (line_open)
        cp__buf_putc(&t->b, '\n');
    cp__free(text);
}

/* Writes the text composed in parts (emptied) as a paragraph. */
static void para_of(text_out *t, int indent, cp__buf *parts)
{
    char *s = cp__buf_take(parts, NULL);
    if (!s)
        t->b.failed = 1;
    else
        para(t, indent, s);
    cp__free(s);
}

/* A section of the plan under its heading, when recorded. */
static void put_section(text_out *t, const cp__plan_view *v, int i)
{
    const char *heading;
    const char *text = cp__plan_view_section(v, i, &heading);
    if (text) {
        cp__buf_puts(&t->b, "\n");
        cp__buf_puts(&t->b, heading);
        cp__buf_puts(&t->b, "\n");
        para(t, 2, text);
    }
}

static void put_action(text_out *t, const cp__plan_view *v, const struct cp_action *a)
{
    cp__buf line = {0};
    cp__buf_puts(&line, "- ");
    cp__plan_view_owner(v, a, &line);
    cp__buf_puts(&line, ": ");
    cp__buf_puts(&line, a->description ? a->description : "");
    cp__buf_puts(&line, !cp_date_is_none(a->due) ? " (by " : " (");
    cp__plan_view_by_when(a, &line);
    cp__buf_puts(&line, ")");
    para_of(t, 4, &line);
}

static void put_goals(text_out *t, const cp__plan_view *v)
{
    const struct cp_plan *plan = v->plan;
    if (plan->goals.count)
        cp__buf_puts(&t->b, "\nGoals\n");
    for (size_t i = 0; i < plan->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)plan->goals.items[i];
        para(t, 2, g->statement);
        for (size_t k = 0; k < g->actions.count; k++)
            put_action(t, v, (const struct cp_action *)g->actions.items[k]);
    }
}

/* Lists as "- ITEM"; a resource's address follows its title whatever its
 * scheme (a terminal follows no link). */
static void put_lists(text_out *t, const cp__plan_view *v)
{
    for (int list = 0; list < CP__VIEW_LISTS; list++) {
        size_t n = cp__plan_view_list_count(v, list);
        if (n) {
            cp__buf_puts(&t->b, "\n");
            cp__buf_puts(&t->b, cp__plan_view_list_title(list));
            cp__buf_puts(&t->b, "\n");
        }
        for (size_t i = 0; i < n; i++) {
            cp__buf line = {0};
            cp__buf_puts(&line, "- ");
            size_t before = line.len;
            const char *url = cp__plan_view_list_item(v, list, i, &line);
            if (url && line.data && strcmp(line.data + before, url) != 0) {
                cp__buf_puts(&line, ": ");
                cp__buf_puts(&line, url);
            }
            para_of(t, 2, &line);
        }
    }
}

cp_status cp_client_plan_text(const cp_client *client, const char *plan_id,
                              const char *recipient, cp_date as_of, int width, char **out,
                              cp_error *err)
{
    cp__plan_view v;
    cp_status st = cp__plan_view_open(client, plan_id, recipient, as_of, out, &v, err);
    if (st != CP_OK)
        return st;
    text_out t = {{0}, width < 20 ? 20 : width};
    cp__buf line = {0};
    cp__plan_view_title(&v, &line);
    para_of(&t, 0, &line);
    cp__plan_view_byline(&v, &line);
    para_of(&t, 0, &line);
    for (int i = 0; i < 3; i++)
        put_section(&t, &v, i);
    put_goals(&t, &v);
    put_lists(&t, &v);
    cp__buf_puts(&t.b, "\n");
    cp__buf_puts(&line, "Next review: ");
    cp__plan_view_next(&v, &line);
    para_of(&t, 0, &line);
    cp__plan_view_close(&v);
    char *text = cp__buf_take(&t.b, NULL);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}
