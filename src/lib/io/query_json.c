/*
 * The JSON of caseload figures and of query hits (members in query.h):
 * defined here once for every program that prints them, the careerplan tool
 * and the Python bindings among them.
 */
#include "../core/error.h"
#include "../logic/stats.h"
#include "json_report.h"

#include <careerplan/careerplan.h>

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

/* "GIVEN FAMILY", or the one recorded; NULL when neither is. */
static json_t *client_name(const cp_client *c, int *none)
{
    const char *given = cp_client_get_given_name(c);
    const char *family = cp_client_get_family_name(c);
    *none = !given && !family;
    if (*none)
        return NULL;
    return given && family ? json_sprintf("%s %s", given, family)
                           : json_string(given ? given : family);
}

static void hit_json(json_t *item, const cp_hit *h, int *oom)
{
    const cp_client *c = cp_hit_get_client(h);
    const cp_plan *p = cp_hit_get_plan(h);
    const cp_action *a = cp_hit_get_action(h);
    if (!cp_date_is_none(cp_hit_get_date(h))) {
        cp__report_set(item, "date", cp__report_date(cp_hit_get_date(h)), oom);
        cp__report_set(item, "days", json_integer(cp_hit_get_days(h)), oom);
    }
    cp__report_set(item, "client", json_string(cp_client_get_id(c)), oom);
    int no_name = 0;
    json_t *name = client_name(c, &no_name);
    if (!no_name)
        cp__report_set(item, "name", name, oom);
    if (p)
        cp__report_set(item, "plan", json_string(cp_plan_get_id(p)), oom);
    if (a) {
        cp__report_set(item, "goal", json_string(cp_goal_get_id(cp_hit_get_goal(h))), oom);
        cp__report_set(item, "action", json_string(cp_action_get_id(a)), oom);
        cp__report_set(item, "description", json_string(cp_action_get_description(a)), oom);
    }
    if (cp_hit_get_count(h))
        cp__report_set(item, "count", cp__report_size(cp_hit_get_count(h)), oom);
}

cp_status cp_hits_to_json(const cp_hits *hits, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!hits || !out)
        return cp__fail(err, CP_EINVAL, NULL, "hits or output is NULL");
    int oom = 0;
    json_t *root = json_array();
    for (size_t i = 0; root && !oom && i < cp_hits_count(hits); i++) {
        json_t *item = cp__report_append_object(root, &oom);
        if (item)
            hit_json(item, cp_hits_at(hits, i), &oom);
    }
    return cp__report_take_text(root, oom, out, err);
}
