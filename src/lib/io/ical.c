/* Actions and reviews as iCalendar (RFC 5545): see <careerplan/calendar.h>. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "../model/model.h"
#include "ical_line.h"

#include <careerplan/calendar.h>
#include <string.h>

cp_status cp_ical_options_init(cp_ical_options *opts, unsigned int version)
{
    if (!opts || version != CP_ICAL_OPTIONS_VERSION)
        return CP_EINVAL;
    *opts = (cp_ical_options)CP_ICAL_OPTIONS_INIT;
    return CP_OK;
}

typedef struct ctx {
    cp__ical c;
    const cp_ical_options *o;
    const struct cp_client *client;
    const struct cp_plan *plan;
} ctx;

/* UID:CLIENT/PLAN/TAIL@careerplan */
static void uid(ctx *x, const char *tail)
{
    cp__buf_puts(&x->c.line, "UID:");
    cp__ical_pct(&x->c, x->client->id ? x->client->id : "");
    cp__buf_putc(&x->c.line, '/');
    cp__ical_pct(&x->c, x->plan->id ? x->plan->id : "");
    cp__buf_putc(&x->c.line, '/');
    cp__ical_pct(&x->c, tail);
    cp__buf_puts(&x->c.line, "@careerplan");
    cp__ical_end(&x->c);
}

/* NAME[;VALUE=DATE]:YYYYMMDD, or with T000000Z when `stamp`. */
static void date_prop(ctx *x, const char *name, cp_date d, int stamp)
{
    cp__buf_puts(&x->c.line, name);
    cp__buf_puts(&x->c.line, stamp ? ":" : ";VALUE=DATE:");
    cp__ical_date(&x->c, d);
    if (stamp)
        cp__buf_puts(&x->c.line, "T000000Z");
    cp__ical_end(&x->c);
}

static const char *supporter_name(const struct cp_client *c, const char *id)
{
    for (size_t i = 0; id && i < c->supporters.count; i++) {
        const struct cp_supporter *s = (const void *)c->supporters.items[i];
        if (s->id && !strcmp(s->id, id))
            return s->name && *s->name ? s->name : id;
    }
    return id ? id : "";
}

static const char *status_name(int status)
{
    switch (status) {
    case CP_ACTION_STATUS_IN_PROGRESS:
    case CP_ACTION_STATUS_PARTLY_DONE: return "IN-PROCESS";
    case CP_ACTION_STATUS_DONE: return "COMPLETED";
    case CP_ACTION_STATUS_DROPPED: return "CANCELLED";
    default: return "NEEDS-ACTION";
    }
}

static void description(ctx *x, const struct cp_goal *g, const struct cp_action *a)
{
    static const char *const owners[] = {NULL, "client", "adviser", "supporter "};
    int has_goal = g->statement && *g->statement;
    if (!has_goal && a->owner == CP_OWNER_UNSET)
        return;
    cp__buf_puts(&x->c.line, "DESCRIPTION:");
    if (has_goal) {
        cp__ical_text(&x->c, "Goal: ");
        cp__ical_text(&x->c, g->statement);
    }
    if (a->owner != CP_OWNER_UNSET) {
        cp__ical_text(&x->c, has_goal ? "\nOwner: " : "Owner: ");
        cp__ical_text(&x->c, owners[a->owner]);
        if (a->owner == CP_OWNER_SUPPORTER)
            cp__ical_text(&x->c, supporter_name(x->client, a->owner_supporter));
    }
    cp__ical_end(&x->c);
}

static void todo(ctx *x, const struct cp_goal *g, const struct cp_action *a)
{
    static const char *const priorities[] = {NULL, "9", "5", "1"};
    if (cp_date_is_none(a->due) || a->timing == CP_ACTION_TIMING_OPTIONAL ||
        a->timing == CP_ACTION_TIMING_ONGOING)
        return;
    if (x->o->owner != CP_OWNER_UNSET && (int)x->o->owner != a->owner)
        return;
    if (a->sensitive && !(x->o->flags & CP_ICAL_SENSITIVE))
        return;
    cp__ical_prop(&x->c, "BEGIN", "VTODO");
    uid(x, a->id ? a->id : "");
    date_prop(x, "DTSTAMP", x->o->as_of, 1);
    date_prop(x, "DUE", a->due, 0);
    cp__ical_prop_text(&x->c, "SUMMARY", a->description ? a->description : "");
    description(x, g, a);
    cp__ical_prop(&x->c, "STATUS", status_name(a->status));
    if (a->status == CP_ACTION_STATUS_DONE && !cp_date_is_none(a->completed))
        date_prop(x, "COMPLETED", a->completed, 1);
    if (a->priority > 0 && a->priority <= CP_PRIORITY_HIGH)
        cp__ical_prop(&x->c, "PRIORITY", priorities[a->priority]);
    cp__ical_prop(&x->c, "END", "VTODO");
}

static void review(ctx *x)
{
    const struct cp_plan *p = x->plan;
    cp_date end;
    if (!(x->o->flags & CP_ICAL_REVIEWS) || p->status == CP_PLAN_STATUS_CLOSED ||
        cp_date_is_none(p->next_review) || cp_date_add_days(p->next_review, 1, &end) != CP_OK)
        return;
    cp__ical_prop(&x->c, "BEGIN", "VEVENT");
    uid(x, "review");
    date_prop(x, "DTSTAMP", x->o->as_of, 1);
    date_prop(x, "DTSTART", p->next_review, 0);
    date_prop(x, "DTEND", end, 0);
    cp__ical_prop(&x->c, "SUMMARY", "Career plan review");
    cp__ical_prop(&x->c, "END", "VEVENT");
}

static void client(ctx *x, const struct cp_client *c)
{
    x->client = c;
    for (size_t i = 0; i < c->plans.count; i++) {
        x->plan = (const void *)c->plans.items[i];
        for (size_t j = 0; j < x->plan->goals.count; j++) {
            const struct cp_goal *g = (const void *)x->plan->goals.items[j];
            if (g->sensitive && !(x->o->flags & CP_ICAL_SENSITIVE))
                continue;
            for (size_t k = 0; k < g->actions.count; k++)
                todo(x, g, (const void *)g->actions.items[k]);
        }
        review(x);
    }
}

/* One of `client` or `caseload` is set. */
static cp_status to_ical(const struct cp_client *one, const struct cp_caseload *all,
                         const cp_ical_options *opts, char **out, cp_error *err)
{
    if (out)
        *out = NULL;
    if ((!one && !all) || !opts || !out)
        return cp__fail(err, CP_EINVAL, NULL, "invalid argument");
    if (opts->version != CP_ICAL_OPTIONS_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "unknown cp_ical_options version %u", opts->version);
    if (!cp_date_is_valid(opts->as_of))
        return cp__fail(err, CP_EINVAL, NULL, "the calendar needs a valid as_of date");
    if ((int)opts->owner < CP_OWNER_UNSET || (int)opts->owner > CP_OWNER_SUPPORTER)
        return cp__fail(err, CP_ERANGE, NULL, "owner %d is not a cp_owner value", (int)opts->owner);
    ctx x = {.o = opts};
    cp__ical_prop(&x.c, "BEGIN", "VCALENDAR");
    cp__ical_prop(&x.c, "VERSION", "2.0");
    cp__ical_prop(&x.c, "PRODID", "-//libcareerplan//careerplan 0.2//EN");
    cp__ical_prop(&x.c, "CALSCALE", "GREGORIAN");
    if (one)
        client(&x, one);
    for (size_t i = 0; all && i < all->clients.count; i++)
        client(&x, (const void *)all->clients.items[i]);
    cp__ical_prop(&x.c, "END", "VCALENDAR");
    cp__buf_fini(&x.c.line);
    *out = cp__buf_take(&x.c.out, NULL);
    if (!*out)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

cp_status cp_client_to_ical(const cp_client *client, const cp_ical_options *opts, char **out,
                            cp_error *err)
{
    return to_ical(client, NULL, opts, out, err);
}

cp_status cp_caseload_to_ical(const cp_caseload *caseload, const cp_ical_options *opts,
                              char **out, cp_error *err)
{
    return to_ical(NULL, caseload, opts, out, err);
}
