/*
 * Review summaries for people (text) and scripts (JSON). Order, following
 * the practice of acknowledging achievements first: achieved, partly
 * achieved, not achieved (with barriers), no longer relevant, then the
 * change in confidence per goal, then the next review.
 */
#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/error.h"
#include "../model/model.h"

#include <careerplan/cycle.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

static const struct cp_action *find_action(const struct cp_review *r, const char *id)
{
    return (const struct cp_action *)cp__node_resolve(&r->base, id, &cp__action_type);
}

static const struct cp_goal *find_goal(const struct cp_review *r, const char *id)
{
    return (const struct cp_goal *)cp__node_resolve(&r->base, id, &cp__goal_type);
}

/* The goal's last known score before the review: its confidence history
 * dated before the review, else the latest earlier review of the plan that
 * scored it. 0 when unknown. */
static int score_before(const struct cp_review *r, const struct cp_goal *g)
{
    cp_date best = CP_DATE_NONE;
    int score = 0;
    for (size_t i = 0; i < g->confidence_history.count; i++) {
        const struct cp_confidence_entry *e =
            (const struct cp_confidence_entry *)g->confidence_history.items[i];
        if (cp_date_compare(e->date, r->date) < 0 && cp_date_compare(e->date, best) >= 0) {
            best = e->date;
            score = e->score;
        }
    }
    const struct cp_plan *p = (const struct cp_plan *)r->base.parent;
    for (size_t i = 0; p && i < p->reviews.count; i++) {
        const struct cp_review *o = (const struct cp_review *)p->reviews.items[i];
        if (o == r || cp_date_compare(o->date, r->date) >= 0 || cp_date_compare(o->date, best) < 0)
            continue;
        for (size_t k = 0; k < o->goal_scores.count; k++) {
            const struct cp_goal_score *s = (const struct cp_goal_score *)o->goal_scores.items[k];
            if (strcmp(s->goal, g->id) == 0) {
                best = o->date;
                score = s->score;
            }
        }
    }
    return score;
}

static const char *const headings[] = {NULL, "Achieved", "Partly achieved", "Not achieved",
                                       "No longer relevant"};
static const char *const keys[] = {NULL, "achieved", "partly_achieved", "not_achieved",
                                   "no_longer_relevant"};

static void put(cp__buf *b, const char *s)
{
    cp__buf_puts(b, s ? s : "");
}

cp_status cp_review_summary_text(const cp_review *review, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!review || !out)
        return cp__fail(err, CP_EINVAL, NULL, "review or output is NULL");
    const struct cp_review *r = review;
    const struct cp_plan *p = (const struct cp_plan *)r->base.parent;
    char line[160], date[CP_DATE_BUFSIZE];
    cp__buf b = {0};
    cp_date_format(r->date, date, sizeof date);
    snprintf(line, sizeof line, "Review %.60s of plan %.60s on %s", r->id, p ? p->id : "?", date);
    put(&b, line);
    if (r->mode) {
        put(&b, ", ");
        put(&b, cp__enum_name(&cp__review_mode_enum, r->mode));
    }
    if (r->reviewer) {
        put(&b, ", with ");
        put(&b, r->reviewer);
    }
    put(&b, "\n");
    for (int res = CP_OUTCOME_RESULT_ACHIEVED; res <= CP_OUTCOME_RESULT_NO_LONGER_RELEVANT; res++) {
        int any = 0;
        for (size_t i = 0; i < r->outcomes.count; i++) {
            const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
            if (o->result != res)
                continue;
            if (!any++) {
                put(&b, "\n");
                put(&b, headings[res]);
                put(&b, ":\n");
            }
            const struct cp_action *a = find_action(r, o->action);
            put(&b, "  - ");
            put(&b, o->action);
            put(&b, ": ");
            put(&b, a ? a->description : "(unknown action)");
            put(&b, "\n");
            if (o->notes) {
                put(&b, "    notes: ");
                put(&b, o->notes);
                put(&b, "\n");
            }
            for (size_t k = 0; k < o->barriers.count; k++) {
                const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
                put(&b, "    barrier: ");
                put(&b, cp__enum_name(&cp__barrier_kind_enum, br->kind));
                if (br->detail) {
                    put(&b, " (");
                    put(&b, br->detail);
                    put(&b, ")");
                }
                put(&b, "\n");
            }
            if (o->helped) {
                put(&b, "    what helped: ");
                put(&b, o->helped);
                put(&b, "\n");
            }
        }
    }
    if (r->goal_scores.count)
        put(&b, "\nConfidence (1-10):\n");
    for (size_t i = 0; i < r->goal_scores.count; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        const struct cp_goal *g = find_goal(r, s->goal);
        int before = g ? score_before(r, g) : 0;
        if (before)
            snprintf(line, sizeof line, "%d -> %d (%+d)", before, s->score, s->score - before);
        else
            snprintf(line, sizeof line, "%d (no earlier score)", s->score);
        put(&b, "  - ");
        put(&b, s->goal);
        put(&b, ": ");
        put(&b, g ? g->statement : "(unknown goal)");
        put(&b, ": ");
        put(&b, line);
        put(&b, "\n");
    }
    if (!cp_date_is_none(r->next_review)) {
        cp_date_format(r->next_review, date, sizeof date);
        put(&b, "\nNext review: ");
        put(&b, date);
        put(&b, "\n");
    }
    char *s = cp__buf_take(&b, NULL);
    if (!s)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = s;
    return CP_OK;
}

/* jansson helpers that remember a failure. */
static void set(json_t *o, const char *k, json_t *v, int *oom)
{
    if (!v || json_object_set_new(o, k, v) != 0)
        *oom = 1;
}

static json_t *date_json(cp_date d)
{
    char buf[CP_DATE_BUFSIZE];
    cp_date_format(d, buf, sizeof buf);
    return json_string(buf);
}

cp_status cp_review_summary_json(const cp_review *review, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!review || !out)
        return cp__fail(err, CP_EINVAL, NULL, "review or output is NULL");
    const struct cp_review *r = review;
    const struct cp_plan *p = (const struct cp_plan *)r->base.parent;
    int oom = 0;
    json_t *root = json_object();
    if (!root)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    set(root, "review", json_string(r->id), &oom);
    set(root, "plan", json_string(p ? p->id : ""), &oom);
    set(root, "date", date_json(r->date), &oom);
    for (int res = CP_OUTCOME_RESULT_ACHIEVED; res <= CP_OUTCOME_RESULT_NO_LONGER_RELEVANT; res++) {
        json_t *arr = json_array();
        for (size_t i = 0; arr && i < r->outcomes.count; i++) {
            const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
            if (o->result != res)
                continue;
            const struct cp_action *a = find_action(r, o->action);
            json_t *item = json_object();
            if (!item || json_array_append_new(arr, item) != 0) {
                oom = 1;
                break;
            }
            set(item, "action", json_string(o->action), &oom);
            if (a)
                set(item, "description", json_string(a->description), &oom);
            if (o->notes)
                set(item, "notes", json_string(o->notes), &oom);
            if (o->barriers.count) {
                json_t *bars = json_array();
                set(item, "barriers", bars, &oom);
                for (size_t k = 0; bars && k < o->barriers.count; k++) {
                    const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
                    json_t *bo = json_object();
                    if (!bo || json_array_append_new(bars, bo) != 0) {
                        oom = 1;
                        break;
                    }
                    set(bo, "kind", json_string(cp__enum_name(&cp__barrier_kind_enum, br->kind)),
                        &oom);
                    if (br->detail)
                        set(bo, "detail", json_string(br->detail), &oom);
                }
            }
            if (o->helped)
                set(item, "helped", json_string(o->helped), &oom);
        }
        set(root, keys[res], arr, &oom);
    }
    json_t *conf = json_array();
    set(root, "confidence", conf, &oom);
    for (size_t i = 0; conf && i < r->goal_scores.count; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        const struct cp_goal *g = find_goal(r, s->goal);
        int before = g ? score_before(r, g) : 0;
        json_t *item = json_object();
        if (!item || json_array_append_new(conf, item) != 0) {
            oom = 1;
            break;
        }
        set(item, "goal", json_string(s->goal), &oom);
        if (g)
            set(item, "statement", json_string(g->statement), &oom);
        if (before)
            set(item, "before", json_integer(before), &oom);
        set(item, "after", json_integer(s->score), &oom);
        if (before)
            set(item, "change", json_integer(s->score - before), &oom);
    }
    if (!cp_date_is_none(r->next_review))
        set(root, "next_review", date_json(r->next_review), &oom);
    char *text = oom ? NULL : json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    size_t n = strlen(text);
    char *copy = cp__malloc(n + 2);
    if (copy) {
        memcpy(copy, text, n);
        copy[n] = '\n';
        copy[n + 1] = '\0';
    }
    json_free_t jfree = NULL;
    json_get_alloc_funcs(NULL, &jfree); /* the host program may have replaced it */
    jfree(text);
    if (!copy)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = copy;
    return CP_OK;
}
