/*
 * A client's plan as text for a terminal (cp_client_plan_text(), html.h):
 * the rendering only, from the same view as the HTML page
 * (logic/plan_view.c).
 */
#include "../core/error.h"
#include "../logic/plan_view.h"
#include "text_safe.h"

#include <careerplan/html.h>
#include <stdlib.h>
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
 * spaces to the width, continuation lines indented alike. */
static void para(text_out *t, int indent, const char *raw)
{
    cp__buf safe = {0};
    cp__text_safe(&safe, raw);
    char *text = cp__buf_take(&safe, NULL);
    if (!text) {
        t->b.failed = 1;
        return;
    }
    size_t room = (size_t)(t->width - indent), used = 0;
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
            for (int i = 0; i < indent; i++)
                cp__buf_putc(&t->b, ' ');
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
    free(text);
}

/* Writes the text composed in parts (emptied) as a paragraph. */
static void para_of(text_out *t, int indent, cp__buf *parts)
{
    char *s = cp__buf_take(parts, NULL);
    if (!s)
        t->b.failed = 1;
    else
        para(t, indent, s);
    free(s);
}

static void put_date(cp__buf *b, cp_date d)
{
    char date[CP_DATE_BUFSIZE] = "";
    cp_date_format(d, date, sizeof date);
    cp__buf_puts(b, date);
}

static void put_action(text_out *t, const cp__plan_view *v, const struct cp_action *a)
{
    cp__buf line = {0};
    cp__buf_puts(&line, "- ");
    cp__plan_view_owner(v, a, &line);
    cp__buf_puts(&line, ": ");
    cp__buf_puts(&line, a->description ? a->description : "");
    cp__buf_puts(&line, " (");
    if (!cp_date_is_none(a->due)) {
        cp__buf_puts(&line, "by ");
        put_date(&line, a->due);
    } else {
        cp__buf_puts(&line, cp__plan_view_no_date(a));
    }
    cp__buf_puts(&line, ")");
    para_of(t, 4, &line);
}

static void put_goals(text_out *t, const cp__plan_view *v)
{
    const struct cp_plan *plan = v->plan;
    if (!plan->goals.count)
        return;
    cp__buf_puts(&t->b, "\nGoals\n");
    for (size_t i = 0; i < plan->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)plan->goals.items[i];
        para(t, 2, g->statement);
        for (size_t k = 0; k < g->actions.count; k++)
            put_action(t, v, (const struct cp_action *)g->actions.items[k]);
    }
}

static void put_lists(text_out *t, const cp__plan_view *v)
{
    const struct cp_client *c = v->client;
    const struct cp_plan *plan = v->plan;
    if (c->supporters.count)
        cp__buf_puts(&t->b, "\nSupporters\n");
    for (size_t i = 0; i < c->supporters.count; i++) {
        cp__buf line = {0};
        cp__buf_puts(&line, "- ");
        cp__plan_view_supporter((const struct cp_supporter *)c->supporters.items[i], &line);
        para_of(t, 2, &line);
    }
    if (plan->resources.count)
        cp__buf_puts(&t->b, "\nResources\n");
    for (size_t i = 0; i < plan->resources.count; i++) {
        const struct cp_resource *r = (const struct cp_resource *)plan->resources.items[i];
        cp__buf line = {0};
        cp__buf_puts(&line, "- ");
        cp__buf_puts(&line, r->title ? r->title : "");
        cp__buf_puts(&line, r->title && r->url ? ": " : "");
        cp__buf_puts(&line, r->url ? r->url : "");
        para_of(t, 2, &line);
    }
    if (plan->artefacts.count)
        cp__buf_puts(&t->b, "\nArtefacts\n");
    for (size_t i = 0; i < plan->artefacts.count; i++) {
        const struct cp_artefact *a = (const struct cp_artefact *)plan->artefacts.items[i];
        cp__buf line = {0};
        cp__buf_puts(&line, "- ");
        cp__buf_puts(&line, a->caption ? a->caption
                                       : cp__enum_name(&cp__artefact_kind_enum, a->kind));
        para_of(t, 2, &line);
    }
}

static const char *const section_titles[3] = {"Where you are now", "Where you want to be",
                                              "How you will get there"};

cp_status cp_client_plan_text(const cp_client *client, const char *plan_id,
                              const char *recipient, cp_date as_of, int width, char **out,
                              cp_error *err)
{
    if (!out)
        return cp__fail(err, CP_EINVAL, NULL, "output is NULL");
    cp__plan_view v;
    cp_status st = cp__plan_view_open(client, plan_id, recipient, as_of, &v, err);
    if (st != CP_OK)
        return st;
    text_out t = {{0}, width < 20 ? 20 : width};
    cp__buf line = {0};
    cp__plan_view_title(&v, &line);
    para_of(&t, 0, &line);
    cp__buf_puts(&line, "Plan ");
    cp__buf_puts(&line, v.plan->id);
    if (!cp_date_is_none(v.plan->created)) {
        cp__buf_puts(&line, ", made ");
        put_date(&line, v.plan->created);
    }
    if (v.plan->practitioner) {
        cp__buf_puts(&line, ", with ");
        cp__buf_puts(&line, v.plan->practitioner);
    }
    para_of(&t, 0, &line);
    for (int i = 0; i < 3; i++) {
        const struct cp_section *s = (const struct cp_section *)v.plan->sections[i];
        if (!s || !s->text)
            continue;
        cp__buf_puts(&t.b, "\n");
        cp__buf_puts(&t.b, section_titles[i]);
        cp__buf_puts(&t.b, "\n");
        para(&t, 2, s->text);
    }
    put_goals(&t, &v);
    put_lists(&t, &v);
    cp__buf_puts(&line, "Next review: ");
    if (cp__plan_view_next_words(v.plan))
        cp__buf_puts(&line, cp__plan_view_next_words(v.plan));
    else if (!cp_date_is_none(v.plan->next_review))
        put_date(&line, v.plan->next_review);
    else
        cp__buf_puts(&line, "not arranged yet");
    cp__buf_puts(&t.b, "\n");
    para_of(&t, 0, &line);
    cp__plan_view_close(&v);
    char *text = cp__buf_take(&t.b, NULL);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}
