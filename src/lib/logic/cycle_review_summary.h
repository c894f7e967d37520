/*
 * Internal: what a review summary holds and in which order (the rules of
 * cp_review_summary_text() and cp_review_summary_json(), cycle.h). The
 * renderers in io/cycle_review_summary.c only turn it into text or JSON.
 */
#ifndef CP_LOGIC_CYCLE_REVIEW_SUMMARY_H
#define CP_LOGIC_CYCLE_REVIEW_SUMMARY_H

#include "../model/model.h"

/* The outcome groups, in the order a summary shows them. */
#define CP__SUMMARY_GROUPS 4

/* One outcome of the review. */
typedef struct cp__summary_outcome {
    const struct cp_outcome *outcome;  /* its action id, notes, barriers, what helped */
    const struct cp_action *action;    /* the plan's action; NULL when it has none by that id */
} cp__summary_outcome;

/* The outcomes with one result, in the order the review lists them. */
typedef struct cp__summary_group {
    int result;                        /* a cp_outcome_result */
    const cp__summary_outcome *items;
    size_t count;
} cp__summary_group;

/* One goal score given at the review, with the score the goal had before. */
typedef struct cp__summary_score {
    const char *goal_id;
    const struct cp_goal *goal;        /* the plan's goal; NULL when it has none by that id */
    int before;                        /* the last earlier score; 0 when there is none */
    int after;                         /* the score given at the review */
} cp__summary_score;

/* One change agreed at the review, with what it is about. */
typedef struct cp__summary_change {
    const struct cp_change *change;
    const struct cp_action *action;    /* action_* kinds: the plan's action, or NULL */
    const struct cp_goal *goal;        /* goal_revised: the plan's goal, or NULL */
} cp__summary_change;

typedef struct cp__review_summary {
    const struct cp_review *review;
    const struct cp_plan *plan;        /* NULL for a review outside a plan */
    /* Achievements first, following the practice of acknowledging them
     * before anything else: achieved, partly achieved, not achieved (with
     * barriers), no longer relevant. */
    cp__summary_group groups[CP__SUMMARY_GROUPS];
    const cp__summary_score *scores;   /* in the order the review gives them */
    size_t score_count;
    const cp__summary_change *changes; /* in the order the review gives them */
    size_t change_count;
    cp_date next_review;               /* CP_DATE_NONE when not known */
    /* storage behind items and scores */
    cp__summary_outcome *outcome_store;
    cp__summary_score *score_store;
    cp__summary_change *change_store;
} cp__review_summary;

/* Works out the summary of a review. On CP_OK free it with
 * cp__review_summary_fini(); CP_ENOMEM leaves nothing to free. */
cp_status cp__review_summary_build(const struct cp_review *review, cp__review_summary *out);
void cp__review_summary_fini(cp__review_summary *summary);

/* A group's heading: "Achieved", "Partly achieved", "Not achieved", "No
 * longer relevant". */
const char *cp__summary_heading(int result);

/* A change in words: "Added", "Revised", "Dropped", "Goal revised"
 * ("Changed" for any other kind). */
const char *cp__summary_change_word(const cp__summary_change *item);

/* What a change is about: the description agreed for a revision, else the
 * plan's own description or statement; NULL when the plan has no such
 * action or goal. */
const char *cp__summary_change_text(const cp__summary_change *item);

/* A change's note: the description given with an added or dropped action;
 * else NULL. */
const char *cp__summary_change_note(const cp__summary_change *item);

#endif
