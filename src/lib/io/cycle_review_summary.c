/*
 * Review summaries for people (text) and scripts (JSON): the rendering
 * only. What a summary holds and in which order is worked out by
 * logic/cycle_review_summary.c.
 */
#include "../core/buf.h"
#include "../core/error.h"
#include "../logic/cycle_review_summary.h"
#include "json_report.h"
#include "text_safe.h"

#include <careerplan/cycle.h>
#include <stdio.h>

/* The JSON key of a group: the result's own name. */
static const char *key(int result)
{
    return cp__enum_name(&cp__outcome_result_enum, result);
}

/* Starts a summary; CP_EINVAL or CP_ENOMEM already reported in err. */
static cp_status start(const cp_review *review, char **out, cp__review_summary *s, cp_error *err)
{
    cp_error_clear(err);
    if (!review || !out)
        return cp__fail(err, CP_EINVAL, NULL, "review or output is NULL");
    if (cp__review_summary_build(review, s) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

/* ---- text ---- */

static void put(cp__buf *b, const char *s)
{
    cp__buf_puts(b, s ? s : "");
}

/* Free text, shown safely (io/text_safe.c). */
static void put_safe(cp__buf *b, const char *s)
{
    cp__text_safe(b, s);
}

/* An enumeration value for people: its name with '_' read as a space
 * ("face_to_face" -> "face to face"). */
static void put_label(cp__buf *b, const cp__enum *e, int value)
{
    for (const char *p = cp__enum_name(e, value); p && *p; p++)
        cp__buf_putc(b, *p == '_' ? ' ' : *p);
}

static void put_date(cp__buf *b, cp_date d)
{
    char date[CP_DATE_BUFSIZE] = "";
    cp_date_format(d, date, sizeof date);
    put(b, date);
}

/* An action by its description; by id only when the plan has no such action. */
static void put_action(cp__buf *b, const char *id, const struct cp_action *a)
{
    if (a) {
        put_safe(b, a->description);
    } else {
        put(b, "(unknown action ");
        put_safe(b, id);
        put(b, ")");
    }
}

static void put_outcome(cp__buf *b, const cp__summary_outcome *item)
{
    const struct cp_outcome *o = item->outcome;
    put(b, "  - ");
    put_action(b, o->action, item->action);
    put(b, "\n");
    if (o->notes) {
        put(b, "    notes: ");
        put_safe(b, o->notes);
        put(b, "\n");
    }
    for (size_t k = 0; k < o->barriers.count; k++) {
        const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
        put(b, "    barrier: ");
        put_label(b, &cp__barrier_kind_enum, br->kind);
        if (br->detail) {
            put(b, " (");
            put_safe(b, br->detail);
            put(b, ")");
        }
        put(b, "\n");
    }
    if (o->helped) {
        put(b, "    what helped: ");
        put_safe(b, o->helped);
        put(b, "\n");
    }
}

static void put_score(cp__buf *b, const cp__summary_score *sc)
{
    char line[64];
    if (sc->before)
        snprintf(line, sizeof line, "%d -> %d (%+d)", sc->before, sc->after,
                 sc->after - sc->before);
    else
        snprintf(line, sizeof line, "%d (no earlier score)", sc->after);
    put(b, "  - ");
    if (sc->goal) {
        put_safe(b, sc->goal->statement);
    } else {
        put(b, "(unknown goal ");
        put_safe(b, sc->goal_id);
        put(b, ")");
    }
    put(b, ": ");
    put(b, line);
    put(b, "\n");
}

static void put_change(cp__buf *b, const cp__summary_change *item)
{
    const struct cp_change *c = item->change;
    put(b, "  - ");
    put(b, cp__summary_change_word(item));
    put(b, ": ");
    const char *text = cp__summary_change_text(item);
    if (text) {
        put_safe(b, text);
    } else {
        put(b, c->kind == CP_CHANGE_KIND_GOAL_REVISED ? "(unknown goal " : "(unknown action ");
        put_safe(b, c->kind == CP_CHANGE_KIND_GOAL_REVISED ? c->goal : c->action);
        put(b, ")");
    }
    if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due)) {
        put(b, ": due ");
        put_date(b, c->due);
    }
    if (cp__summary_change_note(item)) {
        put(b, " (");
        put_safe(b, cp__summary_change_note(item));
        put(b, ")");
    }
    put(b, "\n");
}

cp_status cp_review_summary_text(const cp_review *review, char **out, cp_error *err)
{
    cp__review_summary s;
    cp_status st = start(review, out, &s, err);
    if (st != CP_OK)
        return st;
    const struct cp_review *r = s.review;
    cp__buf b = {0};
    put(&b, "Review ");
    put_safe(&b, r->id);
    put(&b, " of plan ");
    put_safe(&b, s.plan ? s.plan->id : "?");
    put(&b, " on ");
    put_date(&b, r->date);
    if (r->mode) {
        put(&b, ", ");
        put_label(&b, &cp__review_mode_enum, r->mode);
    }
    if (r->reviewer) {
        put(&b, ", with ");
        put_safe(&b, r->reviewer);
    }
    put(&b, "\n");
    for (int g = 0; g < CP__SUMMARY_GROUPS; g++) {
        const cp__summary_group *group = &s.groups[g];
        if (!group->count)
            continue;
        put(&b, "\n");
        put(&b, cp__summary_heading(group->result));
        put(&b, ":\n");
        for (size_t i = 0; i < group->count; i++)
            put_outcome(&b, &group->items[i]);
    }
    if (s.score_count)
        put(&b, "\nConfidence (1-10):\n");
    for (size_t i = 0; i < s.score_count; i++)
        put_score(&b, &s.scores[i]);
    if (s.change_count)
        put(&b, "\nChanges agreed:\n");
    for (size_t i = 0; i < s.change_count; i++)
        put_change(&b, &s.changes[i]);
    if (!cp_date_is_none(s.next_review)) {
        put(&b, "\nNext review: ");
        put_date(&b, s.next_review);
        put(&b, "\n");
    }
    cp__review_summary_fini(&s);
    char *text = cp__buf_take(&b, NULL);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}

/* ---- JSON ---- */

static void json_outcome(json_t *arr, const cp__summary_outcome *item, int *oom)
{
    const struct cp_outcome *o = item->outcome;
    json_t *obj = cp__report_append_object(arr, oom);
    if (!obj)
        return;
    cp__report_set(obj, "action", json_string(o->action), oom);
    if (item->action)
        cp__report_set(obj, "description", json_string(item->action->description), oom);
    if (o->notes)
        cp__report_set(obj, "notes", json_string(o->notes), oom);
    if (o->barriers.count) {
        json_t *bars = json_array();
        cp__report_set(obj, "barriers", bars, oom);
        for (size_t k = 0; bars && k < o->barriers.count; k++) {
            const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
            json_t *bo = cp__report_append_object(bars, oom);
            if (!bo)
                break;
            cp__report_set(bo, "kind",
                           json_string(cp__enum_name(&cp__barrier_kind_enum, br->kind)), oom);
            if (br->detail)
                cp__report_set(bo, "detail", json_string(br->detail), oom);
        }
    }
    if (o->helped)
        cp__report_set(obj, "helped", json_string(o->helped), oom);
}

static void json_score(json_t *arr, const cp__summary_score *sc, int *oom)
{
    json_t *obj = cp__report_append_object(arr, oom);
    if (!obj)
        return;
    cp__report_set(obj, "goal", json_string(sc->goal_id), oom);
    if (sc->goal)
        cp__report_set(obj, "statement", json_string(sc->goal->statement), oom);
    if (sc->before)
        cp__report_set(obj, "before", json_integer(sc->before), oom);
    cp__report_set(obj, "after", json_integer(sc->after), oom);
    if (sc->before)
        cp__report_set(obj, "change", json_integer(sc->after - sc->before), oom);
}

static void json_change(json_t *arr, const cp__summary_change *item, int *oom)
{
    const struct cp_change *c = item->change;
    json_t *obj = cp__report_append_object(arr, oom);
    if (!obj)
        return;
    cp__report_set(obj, "kind", json_string(cp__enum_name(&cp__change_kind_enum, c->kind)), oom);
    if (c->kind == CP_CHANGE_KIND_GOAL_REVISED)
        cp__report_set(obj, "goal", json_string(c->goal), oom);
    else
        cp__report_set(obj, "action", json_string(c->action), oom);
    if (cp__summary_change_text(item))
        cp__report_set(obj, "description", json_string(cp__summary_change_text(item)), oom);
    if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due))
        cp__report_set(obj, "due", cp__report_date(c->due), oom);
    if (cp__summary_change_note(item))
        cp__report_set(obj, "note", json_string(cp__summary_change_note(item)), oom);
}

cp_status cp_review_summary_json(const cp_review *review, char **out, cp_error *err)
{
    cp__review_summary s;
    cp_status st = start(review, out, &s, err);
    if (st != CP_OK)
        return st;
    int oom = 0;
    json_t *root = json_object();
    if (root) {
        cp__report_set(root, "review", json_string(s.review->id), &oom);
        cp__report_set(root, "plan", json_string(s.plan ? s.plan->id : ""), &oom);
        cp__report_set(root, "date", cp__report_date(s.review->date), &oom);
        for (int g = 0; g < CP__SUMMARY_GROUPS; g++) {
            const cp__summary_group *group = &s.groups[g];
            json_t *arr = json_array();
            cp__report_set(root, key(group->result), arr, &oom);
            for (size_t i = 0; arr && i < group->count; i++)
                json_outcome(arr, &group->items[i], &oom);
        }
        json_t *conf = json_array();
        cp__report_set(root, "confidence", conf, &oom);
        for (size_t i = 0; conf && i < s.score_count; i++)
            json_score(conf, &s.scores[i], &oom);
        json_t *changes = json_array();
        cp__report_set(root, "changes", changes, &oom);
        for (size_t i = 0; changes && i < s.change_count; i++)
            json_change(changes, &s.changes[i], &oom);
        if (!cp_date_is_none(s.next_review))
            cp__report_set(root, "next_review", cp__report_date(s.next_review), &oom);
    }
    cp__review_summary_fini(&s);
    return cp__report_take_text(root, oom, out, err);
}
