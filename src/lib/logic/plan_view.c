/*
 * The plan a page shows, and the words for an action's owner and timing:
 * shared by the HTML and text pages of a plan.
 */
#include "plan_view.h"

#include "../core/error.h"

#include <careerplan/sharing.h>
#include <string.h>

static const struct cp_plan *find_plan(const struct cp_client *c, const char *id)
{
    const struct cp_plan *found = NULL;
    for (size_t i = 0; i < c->plans.count; i++) {
        const struct cp_plan *p = (const struct cp_plan *)c->plans.items[i];
        if (id) {
            if (p->id && strcmp(p->id, id) == 0)
                return p;
        } else if (!found || cp_date_compare(p->created, found->created) >= 0) {
            found = p;
        }
    }
    return found;
}

cp_status cp__plan_view_open(const cp_client *client, const char *plan_id,
                             const char *recipient, cp_date as_of, char **out,
                             cp__plan_view *view, cp_error *err)
{
    cp_error_clear(err);
    if (!client || !out || !view)
        return cp__fail(err, CP_EINVAL, NULL, "client or output is NULL");
    memset(view, 0, sizeof *view);
    view->client = client;
    if (recipient) {
        cp__node *copy = cp__node_clone(&client->base, NULL);
        if (!copy)
            return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
        cp_status st = cp_client_export_for((cp_client *)copy, recipient, as_of, &view->owned,
                                            err);
        cp__node_free(copy);
        if (st != CP_OK)
            return st;
        view->client = view->owned;
    }
    view->plan = find_plan(view->client, plan_id);
    if (!view->plan) {
        cp__plan_view_close(view);
        if (plan_id)
            return cp__fail(err, CP_ENOTFOUND, NULL, "no plan with id \"%s\"", plan_id);
        return cp__fail(err, CP_ENOTFOUND, NULL, "the client has no plan");
    }
    return CP_OK;
}

void cp__plan_view_close(cp__plan_view *view)
{
    if (view && view->owned)
        cp_client_free(view->owned);
    if (view)
        memset(view, 0, sizeof *view);
}

static const struct cp_supporter *find_supporter(const struct cp_client *c, const char *id)
{
    for (size_t i = 0; id && i < c->supporters.count; i++) {
        const struct cp_supporter *s = (const struct cp_supporter *)c->supporters.items[i];
        if (s->id && strcmp(s->id, id) == 0)
            return s;
    }
    return NULL;
}

static void put_role(cp__buf *b, int role)
{
    const char *name = role ? cp__enum_name(&cp__supporter_role_enum, role) : NULL;
    for (const char *p = name ? name : "supporter"; *p; p++)
        cp__buf_putc(b, *p == '_' ? ' ' : *p);
}

void cp__plan_view_owner(const cp__plan_view *view, const struct cp_action *a, cp__buf *b)
{
    switch (a->owner) {
    case CP_OWNER_CLIENT:
        cp__buf_puts(b, "You");
        return;
    case CP_OWNER_ADVISER:
        cp__buf_puts(b, "Your adviser");
        return;
    case CP_OWNER_SUPPORTER: {
        const struct cp_supporter *s = find_supporter(view->client, a->owner_supporter);
        if (!s) {
            cp__buf_puts(b, "Supporter");
        } else if (s->name) {
            cp__buf_puts(b, s->name);
            cp__buf_puts(b, " (");
            put_role(b, s->role);
            cp__buf_puts(b, ")");
        } else {
            cp__buf_puts(b, "Your ");
            put_role(b, s->role);
        }
        return;
    }
    default:
        cp__buf_puts(b, "-");
    }
}

static void put_date(cp__buf *b, cp_date d)
{
    char date[CP_DATE_BUFSIZE] = "";
    cp_date_format(d, date, sizeof date);
    cp__buf_puts(b, date);
}

void cp__plan_view_by_when(const struct cp_action *a, cp__buf *b)
{
    if (!cp_date_is_none(a->due))
        put_date(b, a->due);
    else if (a->timing == CP_ACTION_TIMING_FLEXIBLE || a->timing == CP_ACTION_TIMING_OPTIONAL)
        cp__buf_puts(b, "when ready");
    else
        cp__buf_puts(b, a->timing == CP_ACTION_TIMING_ONGOING ? "ongoing" : "-");
}

void cp__plan_view_title(const cp__plan_view *view, cp__buf *b)
{
    const struct cp_client *c = view->client;
    cp__buf_puts(b, "Career action plan: ");
    if (c->given_name || c->family_name) {
        cp__buf_puts(b, c->given_name ? c->given_name : "");
        if (c->given_name && c->family_name)
            cp__buf_putc(b, ' ');
        cp__buf_puts(b, c->family_name ? c->family_name : "");
    } else {
        cp__buf_puts(b, c->id ? c->id : "");
    }
}

void cp__plan_view_byline(const cp__plan_view *view, cp__buf *b)
{
    const struct cp_plan *p = view->plan;
    cp__buf_puts(b, "Plan ");
    cp__buf_puts(b, p->id ? p->id : "");
    if (!cp_date_is_none(p->created)) {
        cp__buf_puts(b, ", made ");
        put_date(b, p->created);
    }
    if (p->practitioner) {
        cp__buf_puts(b, ", with ");
        cp__buf_puts(b, p->practitioner);
    }
}

const char *cp__plan_view_section(const cp__plan_view *view, int i, const char **title)
{
    static const char *const titles[3] = {"Where you are now", "Where you want to be",
                                          "How you will get there"};
    const struct cp_section *s = (const struct cp_section *)view->plan->sections[i];
    *title = titles[i];
    return s ? s->text : NULL;
}

const char *cp__plan_view_list_title(int list)
{
    static const char *const titles[CP__VIEW_LISTS] = {"Supporters", "Resources", "Artefacts"};
    return titles[list];
}

static const cp__list *list_of(const cp__plan_view *view, int list)
{
    return list == CP__VIEW_SUPPORTERS  ? &view->client->supporters
           : list == CP__VIEW_RESOURCES ? &view->plan->resources
                                        : &view->plan->artefacts;
}

size_t cp__plan_view_list_count(const cp__plan_view *view, int list)
{
    return list_of(view, list)->count;
}

static void put_supporter(const struct cp_supporter *s, cp__buf *b)
{
    put_role(b, s->role);
    if (s->name) {
        cp__buf_puts(b, ": ");
        cp__buf_puts(b, s->name);
    }
    if (s->contact) {
        cp__buf_puts(b, s->name ? ", " : ": ");
        cp__buf_puts(b, s->contact);
    }
}

const char *cp__plan_view_list_item(const cp__plan_view *view, int list, size_t i, cp__buf *b)
{
    const cp__node *item = list_of(view, list)->items[i];
    if (list == CP__VIEW_SUPPORTERS) {
        put_supporter((const struct cp_supporter *)item, b);
        return NULL;
    }
    if (list == CP__VIEW_RESOURCES) {
        const struct cp_resource *r = (const struct cp_resource *)item;
        cp__buf_puts(b, r->title ? r->title : r->url ? r->url : "");
        return r->url;
    }
    const struct cp_artefact *a = (const struct cp_artefact *)item;
    cp__buf_puts(b, a->caption ? a->caption : cp__enum_name(&cp__artefact_kind_enum, a->kind));
    return NULL;
}

void cp__plan_view_next(const cp__plan_view *view, cp__buf *b)
{
    if (view->plan->next_meeting_left_to_client)
        cp__buf_puts(b, "Contact me again when you are ready");
    else if (!cp_date_is_none(view->plan->next_review))
        put_date(b, view->plan->next_review);
    else
        cp__buf_puts(b, "Not arranged yet");
}
