/*
 * The JSON of caseload figures and of query hits (members in query.h):
 * defined here once for every program that prints them, the careerplan tool
 * and the Python bindings among them.
 */
#include "../core/error.h"
#include "../logic/stats.h"
#include "json_report.h"
#include "json_write.h"

#include <careerplan/careerplan.h>
#include <string.h>

/* A text of the model as a JSON string. Ids and descriptions are required
 * by the model, so never NULL here; null rather than a crash if one were. */
static void string(cp__wctx *w, const char *s)
{
    if (s)
        cp__jw_string(w, s, strlen(s));
    else
        cp__buf_puts(&w->out, "null");
}

cp_status cp_stats_to_json(const cp_stats *stats, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!stats || !out)
        return cp__fail(err, CP_EINVAL, NULL, "figures or output is NULL");
    const cp_stats *s = stats;
    int oom = 0;
    json_t *root = json_object();
    json_t *period = json_object();
    json_t *actions = json_object();
    json_t *goals = json_object();
    if (!root || !period || !actions || !goals) {
        json_decref(period);
        json_decref(actions);
        json_decref(goals);
        return cp__report_take_text(root, 1, out, err);
    }
    if (s->name)
        cp__report_set(root, "name", json_string(s->name), &oom);
    cp__report_set(root, "as_of", cp__report_date(s->as_of), &oom);
    cp__report_set(period, "from", cp__report_date(s->period_start), &oom);
    cp__report_set(period, "to", cp__report_date(s->period_end), &oom);
    cp__report_set(root, "period", period, &oom);
    cp__report_set(root, "clients", cp__report_size(s->clients), &oom);
    cp__report_set(root, "plans", cp__report_size(s->plans), &oom);
    cp__report_set(root, "agreed_plans", cp__report_size(s->agreed_plans), &oom);
    for (int st = CP_ACTION_STATUS_PLANNED; st < CP__ACTION_STATUS_VALUES; st++)
        cp__report_set(actions, cp_action_status_to_string((cp_action_status)st),
                       cp__report_size(s->actions[st]), &oom);
    cp__report_set(root, "actions", actions, &oom);
    cp__report_set(root, "overdue_actions", cp__report_size(s->overdue_actions), &oom);
    cp__report_set(root, "reviews_held", cp__report_size(s->reviews_held), &oom);
    for (int a = CP_SKILL_AREA_SELF_AWARENESS; a < CP__SKILL_AREA_VALUES; a++)
        cp__report_set(goals, cp_skill_area_to_string((cp_skill_area)a),
                       cp__report_size(s->goals[a]), &oom);
    cp__report_set(goals, "unset", cp__report_size(s->goals[CP_SKILL_AREA_UNSET]), &oom);
    cp__report_set(root, "goals", goals, &oom);
    cp__report_set(root, "confidence_changes", cp__report_size(s->confidence_changes), &oom);
    double mean = 0.0;
    cp__report_set(root, "mean_confidence_change",
                   cp_stats_mean_confidence_change(s, &mean) == CP_OK ? json_real(mean)
                                                                      : json_null(),
                   &oom);
    cp__report_set(root, "clients_without_agreed_plan",
                   cp__report_size(s->clients_without_agreed_plan), &oom);
    cp__report_set(root, "plans_failing_smart", cp__report_size(s->plans_failing_smart), &oom);
    return cp__report_take_text(root, oom, out, err);
}

/* One hit as an object: "date" and "days" (hits with a date), "client",
 * "name" ("GIVEN FAMILY", or the one recorded; none when neither is),
 * "plan", "goal", "action" and "description" where the hit has them,
 * "count" when not 0. */
static void hit_json(cp__wctx *w, const cp_hit *h)
{
    const cp_client *c = cp_hit_get_client(h);
    const cp_plan *p = cp_hit_get_plan(h);
    const cp_action *a = cp_hit_get_action(h);
    const char *given = cp_client_get_given_name(c);
    const char *family = cp_client_get_family_name(c);
    int members = 0;
    cp__jw_open(w, '{');
    if (!cp_date_is_none(cp_hit_get_date(h))) {
        cp__jw_member(w, &members, "date");
        cp__jw_date(w, cp_hit_get_date(h));
        cp__jw_member(w, &members, "days");
        cp__jw_int(w, cp_hit_get_days(h));
    }
    cp__jw_member(w, &members, "client");
    string(w, cp_client_get_id(c));
    if (given || family) {
        cp__jw_member(w, &members, "name");
        if (given && family) { /* one string: the two joined by a space */
            cp__buf_putc(&w->out, '"');
            cp__jw_escaped(w, given, strlen(given));
            cp__buf_putc(&w->out, ' ');
            cp__jw_escaped(w, family, strlen(family));
            cp__buf_putc(&w->out, '"');
        } else {
            string(w, given ? given : family);
        }
    }
    if (p) {
        cp__jw_member(w, &members, "plan");
        string(w, cp_plan_get_id(p));
    }
    if (a) {
        cp__jw_member(w, &members, "goal");
        string(w, cp_goal_get_id(cp_hit_get_goal(h)));
        cp__jw_member(w, &members, "action");
        string(w, cp_action_get_id(a));
        cp__jw_member(w, &members, "description");
        string(w, cp_action_get_description(a));
    }
    if (cp_hit_get_count(h)) {
        cp__jw_member(w, &members, "count");
        cp__jw_int(w, (long long)cp_hit_get_count(h));
    }
    cp__jw_close(w, '}', members);
}

/* The hits are written with the canonical writer's pieces straight into a
 * buffer: a list can hold a hit for every action of a caseload, and a tree
 * of jansson values built only to be dumped cost ten times the query. The
 * bytes are those json_dumps() wrote (two-space indent, members in this
 * order), but for a control character in a text, escaped as the library's
 * documents escape it ("\u001f" rather than jansson's "\u001F"). */
cp_status cp_hits_to_json(const cp_hits *hits, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!hits || !out)
        return cp__fail(err, CP_EINVAL, NULL, "hits or output is NULL");
    cp__wctx w;
    memset(&w, 0, sizeof w);
    int items = 0;
    cp__jw_open(&w, '[');
    for (size_t i = 0; i < cp_hits_count(hits); i++) {
        cp__jw_item(&w, &items);
        hit_json(&w, cp_hits_at(hits, i));
    }
    cp__jw_close(&w, ']', items);
    cp__buf_putc(&w.out, '\n');
    char *text = w.out.failed ? NULL : cp__buf_take(&w.out, NULL);
    cp__buf_fini(&w.out);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}
