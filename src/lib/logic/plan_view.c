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
                             const char *recipient, cp_date as_of, cp__plan_view *view,
                             cp_error *err)
{
    cp_error_clear(err);
    if (!client || !view)
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

void cp__plan_view_supporter(const struct cp_supporter *s, cp__buf *b)
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

const char *cp__plan_view_no_date(const struct cp_action *a)
{
    switch (a->timing) {
    case CP_ACTION_TIMING_FLEXIBLE:
    case CP_ACTION_TIMING_OPTIONAL:
        return "when ready";
    case CP_ACTION_TIMING_ONGOING:
        return "ongoing";
    default:
        return "-";
    }
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

const char *cp__plan_view_next_words(const struct cp_plan *plan)
{
    return plan->next_meeting_left_to_client ? "Contact me again when you are ready" : NULL;
}
