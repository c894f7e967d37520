/*
 * What a review summary holds (rules in cycle.h, layout in
 * cycle_review_summary.h): outcomes grouped by result, achievements first;
 * each goal score with the goal's last score before the review; the changes
 * agreed; the next review when known.
 */
#include "cycle_review_summary.h"

#include "../core/alloc.h"
#include "logic.h"

#include <string.h>

/* The order of the groups: achievements first. */
static const int group_results[CP__SUMMARY_GROUPS] = {
    CP_OUTCOME_RESULT_ACHIEVED, CP_OUTCOME_RESULT_PARTLY_ACHIEVED,
    CP_OUTCOME_RESULT_NOT_ACHIEVED, CP_OUTCOME_RESULT_NO_LONGER_RELEVANT};

/* Whether a later review of the plan exists: then the goal's recorded
 * confidence may come from it, and says nothing of the time before `r`. */
static int followed_by_a_review(const struct cp_review *r)
{
    const struct cp_plan *p = (const struct cp_plan *)r->base.parent;
    for (size_t i = 0; p && i < p->reviews.count; i++) {
        const struct cp_review *o = (const struct cp_review *)p->reviews.items[i];
        if (o != r && cp_date_compare(o->date, r->date) > 0)
            return 1;
    }
    return 0;
}

/* The goal's last known score before the review: its confidence history
 * dated before the review, else the latest earlier review of the plan that
 * scored it, else its recorded confidence when no later review of the plan
 * exists. 0 when unknown. Shared with cp_review_apply(), which stores it in
 * the score ("score_before") so that the summary of an applied review shows
 * what the plan's history says. */
int cp__goal_score_before(const struct cp_review *r, const struct cp_goal *g)
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
    return score ? score : followed_by_a_review(r) ? 0 : g->confidence;
}

/* An array of n items; NULL without failing for n == 0. */
static void *alloc_array(size_t n, size_t size, int *oom)
{
    if (!n)
        return NULL;
    void *p = cp__calloc(n, size);
    if (!p)
        *oom = 1;
    return p;
}

cp_status cp__review_summary_build(const struct cp_review *r, cp__review_summary *out)
{
    memset(out, 0, sizeof *out);
    int oom = 0;
    cp__summary_outcome *outcomes = alloc_array(r->outcomes.count, sizeof *outcomes, &oom);
    cp__summary_score *scores = alloc_array(r->goal_scores.count, sizeof *scores, &oom);
    cp__summary_change *changes = alloc_array(r->changes.count, sizeof *changes, &oom);
    if (oom) {
        cp__free(outcomes);
        cp__free(scores);
        cp__free(changes);
        return CP_ENOMEM;
    }
    out->change_store = changes;
    out->review = r;
    out->plan = (const struct cp_plan *)r->base.parent;
    out->outcome_store = outcomes;
    out->score_store = scores;
    /* Outcomes with a result outside the four groups are left out. */
    size_t n = 0;
    for (int g = 0; g < CP__SUMMARY_GROUPS; g++) {
        cp__summary_group *group = &out->groups[g];
        group->result = group_results[g];
        group->items = outcomes ? outcomes + n : NULL;
        for (size_t i = 0; i < r->outcomes.count; i++) {
            const struct cp_outcome *o = (const struct cp_outcome *)r->outcomes.items[i];
            if (o->result != group->result)
                continue;
            outcomes[n].outcome = o;
            outcomes[n].action = (const struct cp_action *)cp__node_resolve(
                &r->base, o->action, &cp__action_type);
            n++;
            group->count++;
        }
    }
    for (size_t i = 0; i < r->goal_scores.count; i++) {
        const struct cp_goal_score *s = (const struct cp_goal_score *)r->goal_scores.items[i];
        const struct cp_goal *g =
            (const struct cp_goal *)cp__node_resolve(&r->base, s->goal, &cp__goal_type);
        scores[i].goal_id = s->goal;
        scores[i].goal = g;
        scores[i].before = r->applied ? s->score_before : g ? cp__goal_score_before(r, g) : 0;
        scores[i].after = s->score;
    }
    out->scores = scores;
    out->score_count = r->goal_scores.count;
    for (size_t i = 0; i < r->changes.count; i++) {
        const struct cp_change *c = (const struct cp_change *)r->changes.items[i];
        changes[i].change = c;
        if (c->kind == CP_CHANGE_KIND_GOAL_REVISED)
            changes[i].goal = c->goal ? (const struct cp_goal *)cp__node_resolve(
                                            &r->base, c->goal, &cp__goal_type)
                                      : NULL;
        else
            changes[i].action = c->action ? (const struct cp_action *)cp__node_resolve(
                                                &r->base, c->action, &cp__action_type)
                                          : NULL;
    }
    out->changes = changes;
    out->change_count = r->changes.count;
    out->next_review = r->next_review;
    return CP_OK;
}

void cp__review_summary_fini(cp__review_summary *summary)
{
    cp__free(summary->outcome_store);
    cp__free(summary->score_store);
    cp__free(summary->change_store);
    memset(summary, 0, sizeof *summary);
}

const char *cp__summary_heading(int result)
{
    return result == CP_OUTCOME_RESULT_ACHIEVED           ? "Achieved"
           : result == CP_OUTCOME_RESULT_PARTLY_ACHIEVED  ? "Partly achieved"
           : result == CP_OUTCOME_RESULT_NOT_ACHIEVED     ? "Not achieved"
                                                          : "No longer relevant";
}

static int is_revision(const struct cp_change *c)
{
    return c->kind == CP_CHANGE_KIND_ACTION_REVISED || c->kind == CP_CHANGE_KIND_GOAL_REVISED;
}

const char *cp__summary_change_word(const cp__summary_change *item)
{
    static const char *const words[] = {"Changed", "Added", "Revised", "Dropped",
                                        "Goal revised"};
    const struct cp_change *c = item->change;
    return words[c->kind >= CP_CHANGE_KIND_ACTION_ADDED && c->kind <= CP_CHANGE_KIND_GOAL_REVISED
                     ? (int)c->kind
                     : 0];
}

const char *cp__summary_change_text(const cp__summary_change *item)
{
    const struct cp_change *c = item->change;
    if (is_revision(c) && c->description && *c->description)
        return c->description;
    if (c->kind == CP_CHANGE_KIND_GOAL_REVISED)
        return item->goal ? item->goal->statement : NULL;
    return item->action ? item->action->description : NULL;
}

const char *cp__summary_change_note(const cp__summary_change *item)
{
    const struct cp_change *c = item->change;
    return !is_revision(c) && c->description && *c->description ? c->description : NULL;
}
