/*
 * Internal: the plan a page shows and every piece of its wording, as plain
 * text (the rules of cp_client_plan_html() and cp_client_plan_text(),
 * html.h). The renderers in io/html_plan.c and io/text_plan.c only lay it
 * out as HTML or text.
 */
#ifndef CP_LOGIC_PLAN_VIEW_H
#define CP_LOGIC_PLAN_VIEW_H

#include "../core/buf.h"
#include "../model/model.h"

typedef struct cp__plan_view {
    const struct cp_client *client; /* the client as the page may show it */
    const struct cp_plan *plan;     /* the plan shown */
    cp_client *owned;               /* the recipient's copy, freed by _close */
} cp__plan_view;

/* Finds the plan (NULL id: the newest) of the client, or of the copy
 * cp_client_export_for() gives the recipient (a copy of the client is
 * exported, so the client's own disclosure log is untouched); `out` is
 * the caller's output, checked for NULL (CP_EINVAL). On CP_OK
 * close it with cp__plan_view_close(). */
cp_status cp__plan_view_open(const cp_client *client, const char *plan_id,
                             const char *recipient, cp_date as_of, char **out,
                             cp__plan_view *view, cp_error *err);
void cp__plan_view_close(cp__plan_view *view);

/* "Career action plan: GIVEN FAMILY" (names recorded), else
 * "Career action plan: CLIENT-ID". */
void cp__plan_view_title(const cp__plan_view *view, cp__buf *b);

/* "Plan ID[, made DATE][, with PRACTITIONER]". */
void cp__plan_view_byline(const cp__plan_view *view, cp__buf *b);

/* Section i (0 to 2) of the plan: its text, NULL when not recorded; *title
 * is set to its heading ("Where you are now", ...). */
const char *cp__plan_view_section(const cp__plan_view *view, int i, const char **title);

/* Who carries out an action: "You", "Your adviser", "NAME (ROLE)" or
 * "Your ROLE" for a supporter ("Supporter" when the client has none by
 * that id), "-" when not recorded. */
void cp__plan_view_owner(const cp__plan_view *view, const struct cp_action *a, cp__buf *b);

/* By when: the due date; without one "when ready" (flexible, optional),
 * "ongoing", else "-". */
void cp__plan_view_by_when(const struct cp_action *a, cp__buf *b);

/* The lists shown after the goals, in this order. */
enum { CP__VIEW_SUPPORTERS, CP__VIEW_RESOURCES, CP__VIEW_ARTEFACTS, CP__VIEW_LISTS };

/* The list's heading and number of items. */
const char *cp__plan_view_list_title(int list);
size_t cp__plan_view_list_count(const cp__plan_view *view, int list);

/* Appends item i of a list: a supporter as "ROLE: NAME, CONTACT" (leaving
 * out what the page may not show), a resource by its title (its address
 * when untitled), an artefact by its caption (its kind when uncaptioned).
 * Returns a resource's address, NULL for other items. */
const char *cp__plan_view_list_item(const cp__plan_view *view, int list, size_t i, cp__buf *b);

/* "Contact me again when you are ready" when the plan leaves the next
 * meeting to the client (source 000: "Contact me again if you'd like"),
 * else the next review date, else "Not arranged yet". */
void cp__plan_view_next(const cp__plan_view *view, cp__buf *b);

#endif
