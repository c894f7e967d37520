/* The learner report, text and JSON: see <careerplan/report.h>. */
#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/error.h"
#include "../model/model.h"
#include "json_report.h"

#include <careerplan/report.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Group titles by phase (0: no phase, shown last). */
static const char *const phase_titles[] = {"Other activities", "Introduce and Inspire",
                                           "Investigate and Explore", "Apply and Demonstrate"};

typedef struct entry {
    const struct cp_participation *p;
    const struct cp_activity *a;
    size_t index;
} entry;

typedef struct report {
    const struct cp_client *c;
    entry *entries;
    size_t count;
} report;

static int rank(const entry *e)
{
    return e->a->phase ? e->a->phase : 99;
}

static int by_phase_then_date(const void *x, const void *y)
{
    const entry *a = x, *b = y;
    if (rank(a) != rank(b))
        return rank(a) < rank(b) ? -1 : 1;
    int d = cp_date_compare(a->p->date, b->p->date);
    if (d)
        return d;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Looks every participation's activity up in the map and sorts them; the
 * caller frees r->entries whatever the result. */
static cp_status build(const cp_client *client, const cp_provision_map *map, report *r,
                       cp_error *err)
{
    size_t n = client->participations.count;
    r->entries = cp__calloc(n ? n : 1, sizeof *r->entries);
    if (!r->entries)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const struct cp_participation *p = (const void *)client->participations.items[i];
        const struct cp_activity *a = cp_provision_map_find_activity(map, p->activity);
        if (!a) {
            char path[64];
            snprintf(path, sizeof path, "/participations/%zu/activity", i);
            return cp__fail(err, CP_ENOTFOUND, path,
                            "activity \"%.60s\" is not in the provision map", p->activity);
        }
        r->entries[r->count++] = (entry){p, a, i};
    }
    qsort(r->entries, r->count, sizeof *r->entries, by_phase_then_date);
    return CP_OK;
}

/* ---- text ---- */

static void put_entry(cp__buf *b, const entry *e)
{
    char date[CP_DATE_BUFSIZE] = "";
    cp_date_format(e->p->date, date, sizeof date);
    cp__buf_puts(b, "  ");
    cp__buf_puts(b, date);
    cp__buf_puts(b, "  ");
    cp__buf_puts(b, e->a->title);
    cp__buf_puts(b, " (");
    for (const char *t = cp__enum_name(&cp__activity_type_enum, e->a->type); *t; t++)
        cp__buf_putc(b, *t == '_' ? ' ' : *t);
    cp__buf_puts(b, ")");
    cp__buf_puts(b, e->p->attended ? ": attended" : ": not attended");
    if (e->p->parent_attended)
        cp__buf_puts(b, ", parent or carer attended");
    cp__buf_puts(b, "\n");
}

static void put_heading(cp__buf *b, const struct cp_client *c)
{
    cp__buf_puts(b, "Learner report: ");
    if (c->given_name)
        cp__buf_puts(b, c->given_name);
    if (c->given_name && c->family_name)
        cp__buf_puts(b, " ");
    if (c->family_name)
        cp__buf_puts(b, c->family_name);
    if (!c->given_name && !c->family_name)
        cp__buf_puts(b, c->id);
    cp__buf_puts(b, "\n");
    if (c->year_group) {
        char line[32];
        snprintf(line, sizeof line, "Year group: %d\n", c->year_group);
        cp__buf_puts(b, line);
    }
}

/* Does entry i start a phase's group? */
static int starts_group(const report *r, size_t i)
{
    return i == 0 || r->entries[i].a->phase != r->entries[i - 1].a->phase;
}

static cp_status render_text(const report *r, char **out, cp_error *err)
{
    cp__buf b = {0};
    put_heading(&b, r->c);
    if (!r->count)
        cp__buf_puts(&b, "\nNo activities recorded.\n");
    for (size_t i = 0; i < r->count; i++) {
        if (starts_group(r, i)) {
            cp__buf_puts(&b, "\n");
            cp__buf_puts(&b, phase_titles[r->entries[i].a->phase]);
            cp__buf_puts(&b, "\n");
        }
        put_entry(&b, &r->entries[i]);
    }
    char *text = cp__buf_take(&b, NULL);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}

/* ---- JSON ---- */

static void json_entry(json_t *arr, const entry *e, int *oom)
{
    json_t *o = cp__report_append_object(arr, oom);
    if (!o)
        return;
    cp__report_set(o, "activity", json_string(e->a->id), oom);
    cp__report_set(o, "title", json_string(e->a->title), oom);
    cp__report_set(o, "type", json_string(cp__enum_name(&cp__activity_type_enum, e->a->type)),
                   oom);
    cp__report_set(o, "date", cp__report_date(e->p->date), oom);
    cp__report_set(o, "attended", json_boolean(e->p->attended), oom);
    cp__report_set(o, "parent_attended", json_boolean(e->p->parent_attended), oom);
}

static json_t *json_phase(json_t *phases, int phase, int *oom)
{
    json_t *o = cp__report_append_object(phases, oom);
    if (!o)
        return NULL;
    cp__report_set(o, "phase",
                   phase ? json_string(cp__enum_name(&cp__journey_phase_enum, phase)) : json_null(),
                   oom);
    cp__report_set(o, "title", json_string(phase_titles[phase]), oom);
    json_t *list = json_array();
    cp__report_set(o, "activities", list, oom);
    return list;
}

static cp_status render_json(const report *r, char **out, cp_error *err)
{
    const struct cp_client *client = r->c;
    int oom = 0;
    json_t *root = json_object(), *phases = json_array(), *list = NULL;
    if (!root)
        oom = 1;
    cp__report_set(root, "client", json_string(client->id), &oom);
    if (client->given_name)
        cp__report_set(root, "given_name", json_string(client->given_name), &oom);
    if (client->family_name)
        cp__report_set(root, "family_name", json_string(client->family_name), &oom);
    if (client->year_group)
        cp__report_set(root, "year_group", json_integer(client->year_group), &oom);
    cp__report_set(root, "phases", phases, &oom);
    for (size_t i = 0; phases && !oom && i < r->count; i++) {
        if (starts_group(r, i))
            list = json_phase(phases, r->entries[i].a->phase, &oom);
        if (list)
            json_entry(list, &r->entries[i], &oom);
    }
    return cp__report_take_text(root, oom, out, err);
}

/* Checks the arguments, builds the report and renders it. */
static cp_status run(const cp_client *client, const cp_provision_map *map, char **out,
                     cp_error *err, cp_status (*render)(const report *, char **, cp_error *))
{
    cp_error_clear(err);
    if (!client || !map || !out)
        return cp__fail(err, CP_EINVAL, NULL, "client, map or output is NULL");
    report r = {.c = client};
    cp_status st = build(client, map, &r, err);
    if (st == CP_OK)
        st = render(&r, out, err);
    cp__free(r.entries);
    return st;
}

cp_status cp_client_learner_report_text(const cp_client *client, const cp_provision_map *map,
                                        char **out, cp_error *err)
{
    return run(client, map, out, err, render_text);
}

cp_status cp_client_learner_report_json(const cp_client *client, const cp_provision_map *map,
                                        char **out, cp_error *err)
{
    return run(client, map, out, err, render_json);
}
