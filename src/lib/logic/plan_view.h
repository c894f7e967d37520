/*
 * Internal: the plan a page shows and the words it uses for an action's
 * owner and timing (the rules of cp_client_plan_html() and
 * cp_client_plan_text(), html.h). The renderers in io/html_plan.c and
 * io/text_plan.c only turn it into HTML or text.
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
 * exported, so the client's own disclosure log is untouched). On CP_OK
 * close it with cp__plan_view_close(). */
cp_status cp__plan_view_open(const cp_client *client, const char *plan_id,
                             const char *recipient, cp_date as_of, cp__plan_view *view,
                             cp_error *err);
void cp__plan_view_close(cp__plan_view *view);

/* Appends, as plain text, who carries out an action: "You", "Your adviser",
 * "NAME (ROLE)" or "Your ROLE" for a supporter ("Supporter" when the
 * client has none by that id). */
void cp__plan_view_owner(const cp__plan_view *view, const struct cp_action *a, cp__buf *b);

/* Appends a supporter as plain text: "ROLE: NAME, CONTACT", leaving out
 * what the page may not show ("ROLE" alone; "supporter" for no role). */
void cp__plan_view_supporter(const struct cp_supporter *s, cp__buf *b);

/* The words for by when an action is due when it has no due date: "when
 * ready" (flexible, optional), "ongoing", else "-". */
const char *cp__plan_view_no_date(const struct cp_action *a);

/* The page's title: "Career action plan: GIVEN FAMILY" (names recorded),
 * else "Career action plan: CLIENT-ID". */
void cp__plan_view_title(const cp__plan_view *view, cp__buf *b);

/* Text shown for the next review when there is no date: "Contact me again
 * when you are ready" when the plan leaves the next meeting to the client,
 * else NULL. */
const char *cp__plan_view_next_words(const struct cp_plan *plan);

#endif
