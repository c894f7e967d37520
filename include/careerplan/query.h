/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Caseload queries and summary figures, as of a date.
 *
 * Every query makes one pass over the caseload (time linear in the number
 * of clients and their items) and returns its hits in caseload order: by
 * client as stored, then plan, goal and action as stored. That order is
 * stable: the same caseload gives the same list every time.
 */
#ifndef CAREERPLAN_QUERY_H
#define CAREERPLAN_QUERY_H

#include "action.h"
#include "caseload.h"
#include "client.h"
#include "common.h"
#include "date.h"
#include "goal.h"
#include "plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A list of query hits; opaque; free with cp_hits_free(). @since 0.1 */
typedef struct cp_hits cp_hits;
/** One hit: a client, and where relevant a plan, goal and action; opaque, owned by its list. @since 0.1 */
typedef struct cp_hit cp_hit;

/**
 * Open actions (planned, in progress, partly done) of non-closed plans that
 * fall due from @p as_of to @p as_of + @p within_days, both included. An
 * optional or ongoing action (its "timing", since 0.2) is never listed.
 *
 * @param caseload    the caseload; not NULL
 * @param as_of       a valid date
 * @param within_days 0 or more (0: due today)
 * @param[out] out    new: the hits, freed with cp_hits_free(); not NULL
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL, negative days), CP_ERANGE (invalid date), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_actions_due(const cp_caseload *caseload, cp_date as_of,
                                         int within_days, cp_hits **out, cp_error *err);

/**
 * Open actions of non-closed plans whose due date is before @p as_of. An
 * optional or ongoing action (its "timing", since 0.2) is never overdue.
 *
 * @param caseload    the caseload; not NULL
 * @param as_of       a valid date
 * @param[out] out    new: the hits, freed with cp_hits_free(); not NULL
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ERANGE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_actions_overdue(const cp_caseload *caseload, cp_date as_of,
                                             cp_hits **out, cp_error *err);

/**
 * Non-closed plans whose next review date is on or before @p as_of +
 * @p within_days: due soon or overdue (cp_hit_get_days() is negative for
 * overdue ones). Plans with no next review date are not listed, nor (since
 * 0.2) plans that leave the next meeting to the client
 * ("next_meeting_left_to_client": "Contact me again if you'd like to discuss any
 * further", source 000).
 *
 * @param caseload    the caseload; not NULL
 * @param as_of       a valid date
 * @param within_days 0 or more (0: due today or overdue)
 * @param[out] out    new: the hits, freed with cp_hits_free(); not NULL
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ERANGE, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_reviews_due(const cp_caseload *caseload, cp_date as_of,
                                         int within_days, cp_hits **out, cp_error *err);

/**
 * Clients with no plan whose status is "agreed" (hits carry only the client).
 *
 * @param caseload    the caseload; not NULL
 * @param[out] out    new: the hits, freed with cp_hits_free(); not NULL
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_clients_without_agreed_plan(const cp_caseload *caseload,
                                                         cp_hits **out, cp_error *err);

/**
 * Non-closed plans with at least one open action that fails a SMART letter
 * (cp_action_smart_check()); cp_hit_get_count() gives how many actions fail.
 *
 * @param caseload    the caseload; not NULL
 * @param[out] out    new: the hits, freed with cp_hits_free(); not NULL
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_plans_failing_smart(const cp_caseload *caseload, cp_hits **out,
                                                 cp_error *err);

/**
 * Frees a list of hits (not the caseload items they point to).
 *
 * @param hits the list; NULL is a no-op
 * @since 0.1
 */
CP_API void cp_hits_free(cp_hits *hits);

/**
 * Number of hits.
 *
 * @param hits the list; NULL counts as empty
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_hits_count(const cp_hits *hits);

/**
 * The hit at an index.
 *
 * @param hits  the list; NULL counts as empty
 * @param index 0-based, below cp_hits_count()
 * @return borrowed, owned by the list; NULL when out of range
 * @since 0.1
 */
CP_API const cp_hit *cp_hits_at(const cp_hits *hits, size_t index);

/**
 * The client of a hit.
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return borrowed: owned by the caseload, valid while the caseload is
 *         unchanged; never NULL for a valid hit
 * @since 0.1
 */
CP_API const cp_client *cp_hit_get_client(const cp_hit *hit);

/**
 * The plan of a hit, for action, review and SMART queries.
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return borrowed (as cp_hit_get_client()); NULL for client-level hits
 * @since 0.1
 */
CP_API const cp_plan *cp_hit_get_plan(const cp_hit *hit);

/**
 * The goal of an action hit.
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return borrowed; NULL for other hits
 * @since 0.1
 */
CP_API const cp_goal *cp_hit_get_goal(const cp_hit *hit);

/**
 * The action of an action hit.
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return borrowed; NULL for other hits
 * @since 0.1
 */
CP_API const cp_action *cp_hit_get_action(const cp_hit *hit);

/**
 * The date of a hit: the action's due date or the plan's next review date.
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return the date; CP_DATE_NONE for hits without one
 * @since 0.1
 */
CP_API cp_date cp_hit_get_date(const cp_hit *hit);

/**
 * Days from the query's as-of date to the hit's date: negative when overdue.
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return the days; 0 for hits without a date
 * @since 0.1
 */
CP_API long cp_hit_get_days(const cp_hit *hit);

/**
 * A count carried by the hit: failing actions for cp_caseload_plans_failing_smart().
 *
 * @param hit a hit of a list that is not freed; not NULL
 * @return the count; 0 for other queries
 * @since 0.1
 */
CP_API size_t cp_hit_get_count(const cp_hit *hit);

/*
 * const in the queries. A query takes a const caseload (it changes nothing)
 * and its hits give const objects (cp_hit_get_client() ... above): through a
 * hit alone nobody may change the caseload. The accessors of the model
 * (cp_caseload_find_client(), cp_client_find_action(), the `_at` functions)
 * take a const object and give a mutable one, as strchr() does, because the
 * owner of a document may change what it finds. To change what a query found
 * (mark an overdue action done), give the caseload itself, not const, to the
 * functions below: const in, const out for the reader; mutable only for the
 * one who holds the caseload mutable.
 */

/**
 * The client of a hit, for changing it: the object cp_hit_get_client() gives,
 * not const, when the hit is of this caseload.
 *
 * @param caseload the caseload the query ran on (not const: the caller may
 *                 change it); NULL finds nothing
 * @param hit      a hit of a list that is not freed, of a query on @p caseload;
 *                 NULL finds nothing
 * @return borrowed (as cp_hit_get_client()); NULL when @p caseload or @p hit
 *         is NULL or the hit's client is not in @p caseload
 * @since 0.2
 */
CP_API cp_client *cp_caseload_hit_client(cp_caseload *caseload, const cp_hit *hit);

/**
 * The plan of a hit, for changing it (see cp_caseload_hit_client()).
 *
 * @param caseload the caseload the query ran on; NULL finds nothing
 * @param hit      a hit of a query on @p caseload; NULL finds nothing
 * @return borrowed; NULL for client-level hits, or as cp_caseload_hit_client()
 * @since 0.2
 */
CP_API cp_plan *cp_caseload_hit_plan(cp_caseload *caseload, const cp_hit *hit);

/**
 * The goal of an action hit, for changing it (see cp_caseload_hit_client()).
 *
 * @param caseload the caseload the query ran on; NULL finds nothing
 * @param hit      a hit of a query on @p caseload; NULL finds nothing
 * @return borrowed; NULL for other hits, or as cp_caseload_hit_client()
 * @since 0.2
 */
CP_API cp_goal *cp_caseload_hit_goal(cp_caseload *caseload, const cp_hit *hit);

/**
 * The action of an action hit, for changing it (see cp_caseload_hit_client()):
 * `cp_action_set_status(cp_caseload_hit_action(caseload, hit), ...)` with no
 * cast.
 *
 * @param caseload the caseload the query ran on; NULL finds nothing
 * @param hit      a hit of a query on @p caseload; NULL finds nothing
 * @return borrowed; NULL for other hits, or as cp_caseload_hit_client()
 * @since 0.2
 */
CP_API cp_action *cp_caseload_hit_action(cp_caseload *caseload, const cp_hit *hit);

/**
 * Sorts a list of hits by date, earliest first, as the careerplan tool lists
 * what falls due. Hits with the same date keep the order they had (caseload
 * order, as the query gave it); hits without a date (client and SMART hits)
 * come first, in their order. A hit pointer taken from cp_hits_at() before
 * the sort then points at whichever hit the sort put at that index.
 *
 * @param hits the list; NULL is a no-op
 * @since 0.2
 */
CP_API void cp_hits_sort_by_date(cp_hits *hits);

/**
 * The hits as a JSON array, in the list's order: the one JSON form of query
 * hits, printed by `careerplan due --json` and returned by the Python
 * bindings' Hit.to_dict(). Each item is an object with, in this order:
 *
 * - "date" ("YYYY-MM-DD") and "days" (cp_hit_get_days(): negative when
 *   overdue), for hits with a date (action and review hits);
 * - "client": the client's id;
 * - "name": the client's given and family names joined by a space, or the
 *   one recorded; omitted when neither is;
 * - "plan": the plan's id, for hits with a plan;
 * - "goal", "action" and "description" (the action's), for action hits;
 * - "count" (cp_hit_get_count()), when not 0: failing actions for
 *   cp_caseload_plans_failing_smart().
 *
 * The text is two-space indented and ends in a newline; an empty list is
 * "[]" and a newline.
 *
 * @param hits the list; not NULL
 * @param[out] out new: NUL-terminated UTF-8 JSON text, freed with cp_free(); not NULL;
 *             left untouched on failure
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_hits_to_json(const cp_hits *hits, char **out, cp_error *err);

/** Summary figures of a caseload; opaque; free with cp_stats_free(). @since 0.1 */
typedef struct cp_stats cp_stats;

/**
 * Computes summary figures of a caseload as of a date, in one pass. The
 * figures keep a copy of the caseload's name, the as-of date and the period
 * (defaults filled in) for cp_stats_to_json().
 *
 * @param caseload     the caseload; not NULL
 * @param as_of        a valid date
 * @param period_start first day of the period for "reviews held"; CP_DATE_NONE
 *                     means 1 September of the academic year of @p as_of
 * @param period_end   last day of the period; CP_DATE_NONE means @p as_of
 * @param[out] out     new: the figures, freed with cp_stats_free(); not NULL
 * @param err          optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ERANGE (invalid date, or the period ends before it starts), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_stats(const cp_caseload *caseload, cp_date as_of,
                                   cp_date period_start, cp_date period_end, cp_stats **out,
                                   cp_error *err);

/**
 * Frees summary figures.
 *
 * @param stats NULL is a no-op
 * @since 0.1
 */
CP_API void cp_stats_free(cp_stats *stats);

/**
 * Number of clients.
 *
 * @param stats not NULL
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_stats_clients(const cp_stats *stats);

/**
 * Number of plans, of any status.
 *
 * @param stats not NULL
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_stats_plans(const cp_stats *stats);

/**
 * Number of plans with status "agreed".
 *
 * @param stats not NULL
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_stats_agreed_plans(const cp_stats *stats);

/**
 * Number of actions with a given status.
 *
 * @param stats  not NULL
 * @param status a cp_action_status value
 * @return the count (0 for values out of range)
 * @since 0.1
 */
CP_API size_t cp_stats_actions(const cp_stats *stats, cp_action_status status);

/**
 * Number of open actions (planned, in progress, partly done) of plans that are
 * not closed, due before the as-of date, neither optional nor ongoing: the count of
 * cp_caseload_actions_overdue().
 *
 * @param stats not NULL
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_stats_overdue_actions(const cp_stats *stats);

/**
 * Number of reviews dated within the period.
 *
 * @param stats not NULL
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_stats_reviews_held(const cp_stats *stats);

/**
 * Number of goals in a skill area (CP_SKILL_AREA_UNSET counts goals without one).
 *
 * @param stats not NULL
 * @param area  a cp_skill_area value
 * @return the count (0 for values out of range)
 * @since 0.1
 */
CP_API size_t cp_stats_goals(const cp_stats *stats, cp_skill_area area);

/**
 * Number of confidence changes measured: each score a review gives a goal,
 * paired with the score the same goal had at the latest earlier review of the
 * plan that scored it (reviews taken in date order; a review that did not
 * score the goal is skipped over, not a break).
 *
 * @param stats not NULL
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_stats_confidence_changes(const cp_stats *stats);

/**
 * Mean confidence change between successive reviews (later score minus
 * earlier score, averaged over every pair counted by cp_stats_confidence_changes()).
 *
 * @param stats not NULL
 * @param[out] out the mean; not NULL
 * @return CP_OK, CP_EINVAL (NULL), CP_ENOTFOUND (no pair to measure)
 * @since 0.1
 */
CP_API cp_status cp_stats_mean_confidence_change(const cp_stats *stats, double *out);

/**
 * Number of clients with no plan whose status is "agreed": the count of
 * cp_caseload_clients_without_agreed_plan().
 *
 * @param stats not NULL
 * @return the count
 * @since 0.2
 */
CP_API size_t cp_stats_clients_without_agreed_plan(const cp_stats *stats);

/**
 * Number of plans, not closed, with at least one open action that fails a
 * SMART letter: the count of cp_caseload_plans_failing_smart().
 *
 * @param stats not NULL
 * @return the count
 * @since 0.2
 */
CP_API size_t cp_stats_plans_failing_smart(const cp_stats *stats);

/**
 * The figures as a JSON object: the one JSON form of caseload figures,
 * printed by `careerplan stats --json` and returned by the Python bindings'
 * Stats.to_dict(). Members, in this order:
 *
 * - "name": the caseload's name, when it has one;
 * - "as_of" ("YYYY-MM-DD") and "period" {"from", "to"}, as used;
 * - "clients", "plans", "agreed_plans";
 * - "actions": one member per action status, "planned" to "dropped"
 *   (cp_stats_actions());
 * - "overdue_actions", "reviews_held";
 * - "goals": one member per skill area, "self_awareness" to "other", then
 *   "unset" for goals without one (cp_stats_goals());
 * - "confidence_changes", "mean_confidence_change" (a number with up to 15
 *   significant digits, or null when there is no change to measure);
 * - "clients_without_agreed_plan", "plans_failing_smart".
 *
 * The text is two-space indented and ends in a newline.
 *
 * @param stats the figures; not NULL
 * @param[out] out new: NUL-terminated UTF-8 JSON text, freed with cp_free(); not NULL;
 *             left untouched on failure
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_stats_to_json(const cp_stats *stats, char **out, cp_error *err);

/**
 * Adds the figures of part to those of total, as if total's caseload also
 * held part's clients: every count is summed, and the mean confidence change
 * becomes that of both (sums and counts added). Figures of a caseload
 * computed a client at a time (each client a caseload of one, e.g. while
 * reading JSON Lines) add up to the figures of the whole caseload. total
 * keeps its name.
 *
 * @param total the figures added to; not NULL
 * @param part  the figures to add; not NULL; not changed
 * @param err   optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, or the two were computed for a
 *         different as-of date or period; total is then unchanged)
 * @since 0.2
 */
CP_API cp_status cp_stats_add(cp_stats *total, const cp_stats *part, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_QUERY_H */
