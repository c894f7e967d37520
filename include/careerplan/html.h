/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Pages people can read: a client's plan, a review summary, a strategic
 * careers plan and what is due in a caseload as standalone HTML.
 *
 * Source 000: the plan is "a summative record ... which enables the client
 * and practitioner to refer back to it", it "belongs to the client", and it
 * may be recorded in the format that suits the client.
 *
 * Every page is one UTF-8 document with no external assets and no script:
 * `<!DOCTYPE html>`, `<html lang="en">`, `<meta charset="utf-8">`, an inline
 * `<style>` with print rules (`@media print`) and long words wrapping
 * (overflow-wrap:anywhere); headings in order (one h1, then h2, h3); every
 * table has header cells (`<th>`). All text from the document is escaped
 * (ampersand, angle brackets and quotes as character references; a goal
 * named "&lt;script&gt;" renders as text); control characters show visibly
 * as a backslash, x and two hex digits (C0 but tab, and DEL) or a backslash,
 * u and four hex digits (C1, U+2028, U+2029); other UTF-8 (right-to-left scripts, emoji)
 * passes through. Names, statements and descriptions from the document
 * stand in an element with dir="auto" (or a `<bdi>`), so that right-to-left
 * text keeps its direction without reordering what is around it. Colours keep a contrast of at least 7:1 — a configurable
 * default the sources do not fix.
 */
#ifndef CAREERPLAN_HTML_H
#define CAREERPLAN_HTML_H

#include "caseload.h"
#include "client.h"
#include "common.h"
#include "date.h"
#include "review.h"
#include "strategic_plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A client's plan as a standalone HTML page, optionally as a recipient may
 * see it.
 *
 * The page: an h1 "Career action plan" with the client's name and the
 * plan's id; h2 sections "Where you are now", "Where you want to be", "How
 * you will get there" (source 000's three questions; a section not
 * recorded, or removed for the recipient, is left out); "Goals": each goal
 * as an h3 with its statement and its actions as a table headed "Who",
 * "Does what", "By when" — who is the owner ("You", "Your adviser", or the
 * supporter's role and name as far as the page may show them), does what
 * is the description, by when is the due date, "when ready" for a
 * flexible or optional action without a date, "ongoing" for an ongoing
 * one, "-" otherwise; "Supporters" (role, name and contact, as far as the page may show
 * them); "Resources" as links — only an http, https or mailto address becomes
 * an `<a href>`; any other (e.g. "javascript:") is shown as text; "Artefacts"
 * by caption (their kind when there is no caption); "Next review": the
 * date, or "Contact me again when you are ready" when the plan leaves the
 * next meeting to the client (source 000: "Contact me again if you'd
 * like").
 *
 * With a recipient, the page shows exactly what cp_client_export_for()
 * would give that recipient on @p as_of: the client is copied, the copy
 * exported, and the page drawn from the export; @p client is not changed
 * (no disclosure is logged on it: logging is for the caller who sends the
 * export itself).
 *
 * @param client    the client; not NULL
 * @param plan_id   the plan's id; NULL for the newest plan (the latest
 *                  "created" date, the last listed among equals)
 * @param recipient NULL for everything; else a supporter id or role name as
 *                  for cp_client_export_for()
 * @param as_of     the date of the consent check; ignored when @p recipient
 *                  is NULL
 * @param[out] out  new: the page, NUL-terminated, freed with cp_free(); not
 *                  NULL; untouched on failure
 * @param err       optional; filled on failure
 * @return CP_OK; CP_EINVAL (NULL argument); CP_ENOTFOUND (no plan by that
 *         id, the client has no plan, or the recipient is unknown — for a
 *         plan id, also when the plan is removed for the recipient);
 *         CP_ECONSENT (no consent covers the recipient); CP_ERANGE (invalid
 *         date); CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_client_plan_html(const cp_client *client, const char *plan_id,
                                     const char *recipient, cp_date as_of, char **out,
                                     cp_error *err);

/**
 * A client's plan as plain text for a terminal, with the content and the
 * rules of cp_client_plan_html() (the same plan, the same redaction for a
 * recipient, the same words for owners and timings):
 *
 *     Career action plan: GIVEN FAMILY
 *     Plan ID, made DATE, with PRACTITIONER
 *
 *     Where you are now
 *       TEXT
 *     ...
 *     Goals
 *       STATEMENT
 *         - WHO: DOES WHAT (by DATE | when ready | ongoing)
 *     Supporters / Resources / Artefacts
 *       - ...
 *     Next review: DATE | Contact me again when you are ready
 *
 * Lines are wrapped at spaces to at most @p width characters (UTF-8
 * characters counted; a word longer than a line is cut), continuation
 * lines indented as their first; control characters are shown as a
 * backslash, x and two hex digits, or u and four (they cannot drive the
 * terminal). A resource shows its address
 * as text whatever its scheme.
 *
 * @param client    the client; not NULL
 * @param plan_id   as for cp_client_plan_html()
 * @param recipient as for cp_client_plan_html()
 * @param as_of     as for cp_client_plan_html()
 * @param width     the line width, 20 or more (smaller values count as 20)
 * @param[out] out  new: the text, freed with cp_free(); not NULL; untouched on
 *                  failure
 * @param err       optional; filled on failure
 * @return as cp_client_plan_html()
 * @since 0.2
 */
CP_API cp_status cp_client_plan_text(const cp_client *client, const char *plan_id,
                                     const char *recipient, cp_date as_of, int width, char **out,
                                     cp_error *err);

/**
 * A review summary as a standalone HTML page: the content of
 * cp_review_summary_text() (cycle.h) in the same order — achievements
 * first ("Achieved", "Partly achieved", "Not yet" with each outcome's
 * barriers, "No longer relevant"; source 004: "acknowledge client
 * achievements first"; source 000: "Use the word 'yet.'"), then
 * "Confidence" as a table and a small inline SVG bar chart (role="img",
 * a `<title>` naming each goal's score before and after), then "Changes
 * agreed" and "Next review".
 *
 * @param review    the review; not NULL
 * @param[out] out  new: the page, freed with cp_free(); not NULL; untouched on
 *                  failure
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_review_summary_html(const cp_review *review, char **out, cp_error *err);

/**
 * A strategic careers plan as a standalone HTML page, laid out like the
 * template of source 001 ("(School, Special School or College Name)
 * Strategic Careers Plan"), its sections in its order:
 *
 * - the h1 "NAME Strategic Careers Plan" ("Strategic Careers Plan" without
 *   a name);
 * - "Vision" (the institution's), "Careers vision statement" with its
 *   points, "Key strategic priorities" as a numbered list — each only
 *   when recorded;
 * - "About this plan": a table of the template's details (name, date
 *   created, approval, date approved by SLT, by governors, proposed review
 *   date, careers leader, academic year with the plan's length), "-" for
 *   what is not recorded;
 * - per priority an h2 "Priority N: STATEMENT", "What is the problem you
 *   are trying to solve?" with the priority's problem, and a table with
 *   the template's columns "Strategic objective" (statement, target, by
 *   when), "Outcomes", "Actions, including CPD/resourcing", "Responsible",
 *   "Time/milestones" (each milestone with its due and done dates): one
 *   row per action, the objective and its outcomes spanning its actions'
 *   rows;
 * - "Key performance metrics": a table of each KPI's baseline, target and
 *   actual (with the unit), the date measured, and its progress
 *   (cp_kpi_progress(), strategic.h) as a bar — an inline SVG filled to
 *   the progress, clamped to 0-100 %, hidden from screen readers — with
 *   its text equivalent "N % of target" (N rounded; negative when the
 *   metric went the wrong way, over 100 past the target), or "not
 *   measured yet";
 * - "Appendix 1: strength of careers provision (SOAR)" and "Appendix 2:
 *   learners as leavers profile" (source 001's appendices), each list only
 *   when recorded.
 *
 * Text of the document is escaped as on every page of this file and
 * wrapped in an element with dir="auto" or a `<bdi>`, so that right-to-left
 * text keeps its direction without reordering what is around it.
 *
 * @param plan     the plan; not NULL
 * @param[out] out new: the page, freed with cp_free(); not NULL; untouched on
 *                 failure
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_html(const cp_strategic_plan *plan, char **out,
                                        cp_error *err);

/**
 * What is overdue and due in a caseload as a standalone HTML page: the
 * results `careerplan due` prints, from cp_caseload_actions_overdue(),
 * cp_caseload_actions_due() and cp_caseload_reviews_due() (query.h), each
 * sorted by date (cp_hits_sort_by_date()).
 *
 * The h1 "Overdue and due on DATE", then three h2 sections, each a table
 * (or "None."): "Overdue actions" and "Actions due by DATE + DAYS" with
 * the columns "Client" ("GIVEN FAMILY (ID)" as far as the names are
 * recorded), "Plan", "Goal", "Action", "Owner" ("client", "adviser", a
 * supporter as "NAME (ROLE)" when the client records the name),
 * "Due date" and "Overdue by" ("1 day", "26 days") or "Due" ("today",
 * "in 3 days"); "Reviews due" with "Client", "Plan", "Review date" and
 * "Due" ("today", "in 3 days", "2 days overdue"). Text is escaped and
 * marked dir="auto" as on the strategic plan page.
 *
 * @param caseload    the caseload; not NULL
 * @param as_of       today's date; a valid date
 * @param within_days how far ahead to look, in days; 0 or more (0: today
 *                    only). `careerplan render` defaults to 14, as
 *                    `careerplan due` — a default the sources do not fix
 * @param[out] out    new: the page, freed with cp_free(); not NULL;
 *                    untouched on failure
 * @param err         optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, negative @p within_days),
 *         CP_ERANGE (invalid date), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_caseload_due_html(const cp_caseload *caseload, cp_date as_of,
                                      int within_days, char **out, cp_error *err);

#ifdef __cplusplus
}
#endif

#endif
