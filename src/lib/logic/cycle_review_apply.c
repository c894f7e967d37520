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

/* What a revision changes: NULL / 0 when it leaves that part as it is. */
static const char *new_statement(const struct cp_change *c, const struct cp_goal *g)
{
    const char *d = c->description;
    return d && *d && (!g->statement || strcmp(d, g->statement) != 0) ? d : NULL;
}

static const char *new_description(const struct cp_change *c, const struct cp_action *a)
{
    const char *d = c->description;
    return d && *d && (!a->description || strcmp(d, a->description) != 0) ? d : NULL;
}

static int new_due(const struct cp_change *c, const struct cp_action *a)
{
    return !cp_date_is_none(c->due) && cp_date_compare(c->due, a->due) != 0;
}

/* Whether a change of the review drops or revises the action: then that
 * change, not a "not yet" outcome, decides what becomes of it. */
static int changed_by_review(const struct cp_review *r, const char *action)
{
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        if ((c->kind == CP_CHANGE_KIND_ACTION_DROPPED || c->kind == CP_CHANGE_KIND_ACTION_REVISED) &&
            c->action && strcmp(c->action, action) == 0)
            return 1;
    }
    return 0;
}

/* An action kept or put back open: in progress stays so, anything else is planned. */
static void reopen(struct cp_action *a)
{
    cp_date none = CP_DATE_NONE;
    if (a->status != CP_ACTION_STATUS_IN_PROGRESS)
        a->status = CP_ACTION_STATUS_PLANNED;
    a->completed = none;
}

static void strlist_free(cp__strlist *l)
{
    for (size_t i = 0; i < l->count; i++)
        cp__free(l->items[i]);
    cp__free(l->items);
    memset(l, 0, sizeof *l);
}

/* The barriers of a "not yet" outcome as the action records them: "kind"
 * or "kind: detail". CP_ENOMEM leaves `out` to be freed by the caller. */
static cp_status barrier_texts(const struct cp_outcome *o, cp__strlist *out)
{
    for (size_t k = 0; k < o->barriers.count; k++) {
        const struct cp_barrier *br = (const struct cp_barrier *)o->barriers.items[k];
        cp__buf b = {0};
        cp__buf_puts(&b, cp__enum_name(&cp__barrier_kind_enum, br->kind));
        if (br->detail && *br->detail) {
            cp__buf_puts(&b, ": ");
            cp__buf_puts(&b, br->detail);
        }
        char *text = cp__buf_take(&b, NULL);
        cp_status st = text ? cp__strlist_push(out, text) : CP_ENOMEM;
        cp__free(text);
        if (st != CP_OK)
            return st;
    }
    return CP_OK;
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
        if (c->kind == CP_CHANGE_KIND_ACTION_REVISED && new_due(c, plan_action(p, target)) &&
            cp_date_compare(c->due, r->date) < 0) {
            snprintf(path, sizeof path, "/changes/%zu/due", i);
            return cp__fail(err, CP_ERANGE, path, "the new due date is before the review");
        }
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED && !new_statement(c, plan_goal(p, target))) {
            snprintf(path, sizeof path, "/changes/%zu", i);
            return cp__fail(err, CP_EINVAL, path,
                            "change %zu (goal_revised of \"%.60s\") changes nothing: give a new "
                            "statement in \"description\"",
                            i, target);
        }
        if (c->kind == CP_CHANGE_KIND_ACTION_REVISED) {
            const struct cp_action *a = plan_action(p, target);
            if (!new_description(c, a) && !new_due(c, a)) {
                snprintf(path, sizeof path, "/changes/%zu", i);
                return cp__fail(err, CP_EINVAL, path,
                                "change %zu (action_revised of \"%.60s\") changes nothing: give a "
                                "new \"description\" or a new \"due\" date",
                                i, target);
            }
        }
    }
    return CP_OK;
}

/* `: "old" -> "new"` after a revision's note. */
static void quote_change(cp__buf *b, const char *old, const char *new_text)
{
    cp__buf_puts(b, ": \"");
    cp__buf_puts(b, old ? old : "");
    cp__buf_puts(b, "\" -> \"");
    cp__buf_puts(b, new_text);
    cp__buf_puts(b, "\"");
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
        int before = cp__goal_score_before(r, g);
        if (before)
            snprintf(text, sizeof text, "confidence %.100s %d -> %d", s->goal, before, s->score);
        else
            snprintf(text, sizeof text, "confidence %.100s %d", s->goal, s->score);
        note(h, g->sensitive, text);
    }
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED) {
            const struct cp_goal *g = plan_goal(p, c->goal);
            snprintf(text, sizeof text, "goal %.100s revised", c->goal);
            note(h, g->sensitive, text);
            quote_change(&h->buf[g->sensitive], g->statement, new_statement(c, g));
            continue;
        }
        const struct cp_action *a = plan_action(p, c->action);
        int sensitive = cp__action_is_sensitive(a);
        if (c->kind != CP_CHANGE_KIND_ACTION_REVISED) {
            snprintf(text, sizeof text, "%.100s %s", c->action,
                     c->kind == CP_CHANGE_KIND_ACTION_ADDED ? "added" : "dropped");
            note(h, sensitive, text);
            continue;
        }
        const char *desc = new_description(c, a);
        if (desc) {
            snprintf(text, sizeof text, "%.100s revised", c->action);
            note(h, sensitive, text);
            quote_change(&h->buf[sensitive], a->description, desc);
        }
        if (new_due(c, a)) {
            cp_date_format(c->due, date, sizeof date);
            if (desc) {
                cp__buf_puts(&h->buf[sensitive], ", now due ");
                cp__buf_puts(&h->buf[sensitive], date);
            } else {
                snprintf(text, sizeof text, "%.100s now due %s", c->action, date);
                note(h, sensitive, text);
            }
        }
    }
    if (cp_date_is_none(next)) {
        note(h, 0, "no next school review: the client's intended leaving date has passed");
        return;
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
    else if ((st = cp_plan_next_review_date(p, r->date, &pol, &next, err)) == CP_ENOTFOUND) {
        /* A school client on or after their intended leaving date: no
         * school review is scheduled after it (cycle.h). */
        next = cp__no_date;
        if (err)
            cp_error_clear(err);
    } else if (st != CP_OK) {
        return st;
    }

    /* Everything that can fail: texts, new nodes, list capacity. */
    history_text h;
    memset(&h, 0, sizeof h);
    describe(r, p, next, &h);
    size_t nscores = r->goal_scores.count;
    cp__node *entries[2] = {NULL, NULL};
    cp__node **conf = cp__calloc(nscores ? nscores : 1, sizeof *conf);
    char **statements = cp__calloc(r->changes.count ? r->changes.count : 1, sizeof *statements);
    char **notes = cp__calloc(nscores ? nscores : 1, sizeof *notes);
    cp__strlist *barriers = cp__calloc(r->outcomes.count ? r->outcomes.count : 1, sizeof *barriers);
    int oom = !conf || !statements || !notes || !barriers || h.buf[0].failed || h.buf[1].failed;
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
    for (size_t i = 0; i < nscores && !oom; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        if (s->one_point_stronger && !(notes[i] = cp__strdup(s->one_point_stronger)))
            oom = 1;
    }
    for (size_t i = 0; i < r->outcomes.count && !oom; i++) {
        const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
        if (o->result == CP_OUTCOME_RESULT_NOT_ACHIEVED && !changed_by_review(r, o->action) &&
            barrier_texts(o, &barriers[i]) != CP_OK)
            oom = 1;
    }
    /* the new texts of revisions: statements[i] for change i */
    for (size_t i = 0; i < r->changes.count && !oom; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        const char *text = c->kind == CP_CHANGE_KIND_GOAL_REVISED
                               ? new_statement(c, plan_goal(p, c->goal))
                           : c->kind == CP_CHANGE_KIND_ACTION_REVISED
                               ? new_description(c, plan_action(p, c->action))
                               : NULL;
        if (text && !(statements[i] = cp__strdup(text)))
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
        for (size_t i = 0; notes && i < nscores; i++)
            cp__free(notes[i]);
        for (size_t i = 0; barriers && i < r->outcomes.count; i++)
            strlist_free(&barriers[i]);
        cp__free(conf);
        cp__free(statements);
        cp__free(notes);
        cp__free(barriers);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }

    /* Nothing below can fail. The "before" scores are read first, from
     * the plan as it was. */
    for (size_t i = 0; i < nscores; i++) {
        struct cp_goal_score *s = (struct cp_goal_score *)r->goal_scores.items[i];
        s->score_before = cp__goal_score_before(r, plan_goal(p, s->goal));
    }
    static const int status_of[] = {0, CP_ACTION_STATUS_DONE, CP_ACTION_STATUS_PARTLY_DONE,
                                    CP_ACTION_STATUS_NOT_DONE, CP_ACTION_STATUS_DROPPED};
    cp_date none = CP_DATE_NONE;
    for (size_t i = 0; i < r->outcomes.count; i++) {
        const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
        struct cp_action *a = plan_action(p, o->action);
        cp__field_reset(&a->base, &cp__action_fields[CP__ACTION_BARRIERS]);
        if (o->result == CP_OUTCOME_RESULT_NOT_ACHIEVED) {
            /* "not yet": open, with its barriers (none when a change of this
             * review drops or revises it: the change decides) */
            reopen(a);
            a->barriers = barriers[i];
            continue;
        }
        a->status = status_of[o->result];
        a->completed = o->result == CP_OUTCOME_RESULT_ACHIEVED ? r->date : none;
    }
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED) {
            if (statements[i]) {
                struct cp_goal *g = plan_goal(p, c->goal);
                cp__node_release(&g->base, g->statement);
                g->statement = statements[i];
            }
            continue;
        }
        struct cp_action *a = plan_action(p, c->action);
        if (c->kind == CP_CHANGE_KIND_ACTION_REVISED) {
            if (statements[i]) {
                cp__node_release(&a->base, a->description);
                a->description = statements[i];
            }
            if (!cp_date_is_none(c->due))
                a->due = c->due;
            reopen(a);
            cp__field_reset(&a->base, &cp__action_fields[CP__ACTION_BARRIERS]);
        } else if (c->kind == CP_CHANGE_KIND_ACTION_DROPPED) {
            a->status = CP_ACTION_STATUS_DROPPED;
            a->completed = none;
            cp__field_reset(&a->base, &cp__action_fields[CP__ACTION_BARRIERS]);
        }
    }
    for (size_t i = 0; i < nscores; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        struct cp_goal *g = plan_goal(p, s->goal);
        struct cp_confidence_entry *e = (struct cp_confidence_entry *)conf[i];
        e->date = r->date;
        e->score = s->score;
        e->one_point_stronger = notes[i];
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
    cp__free(notes);
    cp__free(barriers);
    return CP_OK;
}

int cp_review_is_applied(const cp_review *review)
{
    return review ? review->applied : 0;
}
