/*
 * Applying a review to its plan (rules in cycle.h). All checks and all
 * allocations happen first; the plan is changed only once nothing can fail,
 * so a refused review leaves the plan exactly as it was.
 */
#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/error.h"
#include "logic.h"

#include <stdio.h>
#include <string.h>

int cp__action_is_sensitive(const struct cp_action *a)
{
    const struct cp_goal *g = (const struct cp_goal *)a->base.parent;
    return a->sensitive || (g && g->sensitive);
}

static struct cp_action *plan_action(const struct cp_plan *p, const char *id)
{
    for (size_t i = 0; i < p->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)p->goals.items[i];
        for (size_t j = 0; j < g->actions.count; j++) {
            struct cp_action *a = (struct cp_action *)g->actions.items[j];
            if (strcmp(a->id, id) == 0)
                return a;
        }
    }
    return NULL;
}

static struct cp_goal *plan_goal(const struct cp_plan *p, const char *id)
{
    for (size_t i = 0; i < p->goals.count; i++) {
        struct cp_goal *g = (struct cp_goal *)p->goals.items[i];
        if (strcmp(g->id, id) == 0)
            return g;
    }
    return NULL;
}

/* Two history texts: [0] for everything not sensitive, [1] for the rest. */
typedef struct history_text {
    cp__buf buf[2];
    int items[2];
} history_text;

static void note(history_text *h, int sensitive, const char *text)
{
    cp__buf *b = &h->buf[sensitive];
    cp__buf_puts(b, h->items[sensitive]++ ? "; " : ": ");
    cp__buf_puts(b, text);
}

static const char *const result_words[] = {NULL, "achieved", "partly achieved", "not achieved",
                                           "no longer relevant"};

static cp_status check_review(const struct cp_review *r, const struct cp_plan *p, cp_error *err)
{
    char path[96];
    if (cp_date_compare(r->date, p->created) < 0)
        return cp__fail(err, CP_ERANGE, "/date", "review \"%.60s\" is dated before its plan was created",
                        r->id);
    for (size_t i = 0; i < r->outcomes.count; i++) {
        const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
        if (!plan_action(p, o->action)) {
            snprintf(path, sizeof path, "/outcomes/%zu/action", i);
            return cp__fail(err, CP_ENOTFOUND, path, "action \"%.60s\" is not in plan \"%.60s\"",
                            o->action, p->id);
        }
    }
    for (size_t i = 0; i < r->goal_scores.count; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        if (!plan_goal(p, s->goal)) {
            snprintf(path, sizeof path, "/goal_scores/%zu/goal", i);
            return cp__fail(err, CP_ENOTFOUND, path, "goal \"%.60s\" is not in plan \"%.60s\"",
                            s->goal, p->id);
        }
    }
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        int goal_kind = c->kind == CP_CHANGE_KIND_GOAL_REVISED;
        const char *target = goal_kind ? c->goal : c->action;
        int found = target && (goal_kind ? plan_goal(p, target) != NULL
                                         : plan_action(p, target) != NULL);
        if (!found) {
            snprintf(path, sizeof path, "/changes/%zu/%s", i, goal_kind ? "goal" : "action");
            return cp__fail(err, CP_ENOTFOUND, path, "%s \"%.60s\" is not in plan \"%.60s\"",
                            goal_kind ? "goal" : "action", target ? target : "", p->id);
        }
        if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due) &&
            cp_date_compare(c->due, r->date) < 0) {
            snprintf(path, sizeof path, "/changes/%zu/due", i);
            return cp__fail(err, CP_ERANGE, path, "the new due date is before the review");
        }
    }
    return CP_OK;
}

static void describe(const struct cp_review *r, const struct cp_plan *p, cp_date next,
                     history_text *h)
{
    char text[256], date[CP_DATE_BUFSIZE];
    for (int res = CP_OUTCOME_RESULT_ACHIEVED; res <= CP_OUTCOME_RESULT_NO_LONGER_RELEVANT; res++) {
        for (size_t i = 0; i < r->outcomes.count; i++) {
            const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
            if (o->result != res)
                continue;
            snprintf(text, sizeof text, "%s %.100s", result_words[res], o->action);
            note(h, cp__action_is_sensitive(plan_action(p, o->action)), text);
        }
    }
    for (size_t i = 0; i < r->goal_scores.count; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        const struct cp_goal *g = plan_goal(p, s->goal);
        if (g->confidence)
            snprintf(text, sizeof text, "confidence %.100s %d -> %d", s->goal, g->confidence,
                     s->score);
        else
            snprintf(text, sizeof text, "confidence %.100s %d", s->goal, s->score);
        note(h, g->sensitive, text);
    }
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED) {
            snprintf(text, sizeof text, "goal %.100s revised", c->goal);
            note(h, plan_goal(p, c->goal)->sensitive, text);
            continue;
        }
        const struct cp_action *a = plan_action(p, c->action);
        if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due)) {
            cp_date_format(c->due, date, sizeof date);
            snprintf(text, sizeof text, "%.100s now due %s", c->action, date);
        } else {
            snprintf(text, sizeof text, "%.100s %s", c->action,
                     c->kind == CP_CHANGE_KIND_ACTION_ADDED     ? "added"
                     : c->kind == CP_CHANGE_KIND_ACTION_DROPPED ? "dropped"
                                                                : "revised");
        }
        note(h, cp__action_is_sensitive(a), text);
    }
    cp_date_format(next, date, sizeof date);
    snprintf(text, sizeof text, "next review %s", date);
    note(h, 0, text);
}

static char *history_change(const struct cp_review *r, cp__buf *b, const char *label)
{
    cp__buf out = {0};
    cp__buf_puts(&out, "Review ");
    cp__buf_puts(&out, r->id);
    cp__buf_puts(&out, label);
    cp__buf_append(&out, b->data ? b->data : "", b->len);
    return cp__buf_take(&out, NULL);
}

cp_status cp_review_apply(cp_review *review, const cp_review_policy *policy, cp_error *err)
{
    cp_error_clear(err);
    struct cp_review *r = review;
    if (!r)
        return cp__fail(err, CP_EINVAL, NULL, "review is NULL");
    struct cp_plan *p = (struct cp_plan *)r->base.parent;
    if (!p || p->base.type != &cp__plan_type)
        return cp__fail(err, CP_ESTATE, NULL, "the review belongs to no plan");
    if (r->applied)
        return cp__fail(err, CP_ESTATE, NULL, "review \"%.60s\" has already been applied", r->id);
    cp_review_policy pol;
    cp_status st = cp__policy_resolve(policy, &pol, err);
    if (st != CP_OK || (st = check_review(r, p, err)) != CP_OK)
        return st;
    cp_date next;
    if (!cp_date_is_none(r->next_review))
        next = cp__off_weekend(r->next_review);
    else if ((st = cp_plan_next_review_date(p, r->date, &pol, &next, err)) != CP_OK)
        return st;

    /* Everything that can fail: texts, new nodes, list capacity. */
    history_text h;
    memset(&h, 0, sizeof h);
    describe(r, p, next, &h);
    size_t nscores = r->goal_scores.count;
    cp__node *entries[2] = {NULL, NULL};
    cp__node **conf = cp__calloc(nscores ? nscores : 1, sizeof *conf);
    char **statements = cp__calloc(r->changes.count ? r->changes.count : 1, sizeof *statements);
    int oom = !conf || !statements || h.buf[0].failed || h.buf[1].failed;
    for (int k = 0; k < 2 && !oom; k++) {
        if (k == 1 && !h.items[1])
            break;
        struct cp_history_entry *e =
            (struct cp_history_entry *)cp__node_new(&cp__history_entry_type, &p->base);
        entries[k] = (cp__node *)e;
        if (!e || !(e->change = history_change(r, &h.buf[k], k ? " (sensitive items)" : "")) ||
            (r->reviewer && !(e->author = cp__strdup(r->reviewer))) ||
            !(e->reason = cp__strdup("review")))
            oom = 1;
        else {
            e->date = r->date;
            e->sensitive = k;
        }
    }
    for (size_t i = 0; i < nscores && !oom; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        struct cp_goal *g = plan_goal(p, s->goal);
        size_t same = 0;
        for (size_t j = 0; j < nscores; j++)
            same += strcmp(((const struct cp_goal_score *)r->goal_scores.items[j])->goal,
                           s->goal) == 0;
        if (!(conf[i] = cp__node_new(&cp__confidence_entry_type, &g->base)) ||
            cp__list_reserve(&g->confidence_history, same) != CP_OK)
            oom = 1;
    }
    for (size_t i = 0; i < r->changes.count && !oom; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED && c->description && *c->description &&
            !(statements[i] = cp__strdup(c->description)))
            oom = 1;
    }
    if (!oom && cp__list_reserve(&p->history, 2) != CP_OK)
        oom = 1;
    cp__buf_fini(&h.buf[0]);
    cp__buf_fini(&h.buf[1]);
    if (oom) {
        cp__node_free(entries[0]);
        cp__node_free(entries[1]);
        for (size_t i = 0; conf && i < nscores; i++)
            cp__node_free(conf[i]);
        for (size_t i = 0; statements && i < r->changes.count; i++)
            cp__free(statements[i]);
        cp__free(conf);
        cp__free(statements);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }

    /* Nothing below can fail. */
    static const int status_of[] = {0, CP_ACTION_STATUS_DONE, CP_ACTION_STATUS_PARTLY_DONE,
                                    CP_ACTION_STATUS_NOT_DONE, CP_ACTION_STATUS_DROPPED};
    cp_date none = CP_DATE_NONE;
    for (size_t i = 0; i < r->outcomes.count; i++) {
        const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
        struct cp_action *a = plan_action(p, o->action);
        a->status = status_of[o->result];
        a->completed = o->result == CP_OUTCOME_RESULT_ACHIEVED ? r->date : none;
    }
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED) {
            if (statements[i]) {
                struct cp_goal *g = plan_goal(p, c->goal);
                cp__free(g->statement);
                g->statement = statements[i];
            }
            continue;
        }
        struct cp_action *a = plan_action(p, c->action);
        if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && !cp_date_is_none(c->due)) {
            a->due = c->due;
            a->status = CP_ACTION_STATUS_PLANNED;
            a->completed = none;
        } else if (c->kind == CP_CHANGE_KIND_ACTION_DROPPED) {
            a->status = CP_ACTION_STATUS_DROPPED;
            a->completed = none;
        }
    }
    for (size_t i = 0; i < nscores; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        struct cp_goal *g = plan_goal(p, s->goal);
        struct cp_confidence_entry *e = (struct cp_confidence_entry *)conf[i];
        e->date = r->date;
        e->score = s->score;
        g->confidence = s->score;
        cp__list_push(&g->confidence_history, conf[i]);
    }
    for (int k = 0; k < 2; k++)
        if (entries[k])
            cp__list_push(&p->history, entries[k]);
    r->next_review = next;
    p->next_review = next;
    r->applied = 1;
    cp__free(conf);
    cp__free(statements);
    return CP_OK;
}

int cp_review_is_applied(const cp_review *review)
{
    return review ? review->applied : 0;
}
