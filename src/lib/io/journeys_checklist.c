/* The opportunity checklist summary of an activity as text and JSON: the
 * rendering only; logic/journeys_checklist.c counts the points. */
#include "../core/buf.h"
#include "../core/error.h"
#include "json_report.h"

#include <careerplan/journeys.h>
#include <stdio.h>

static const char *const headings[] = {"Alignment", "Leadership", "Curriculum", "Effort vs impact"};

/* The activity's note for an area (effort vs impact has none but the levels). */
static const char *note(const cp_activity *a, int area)
{
    switch (area) {
    case CP_CHECKLIST_AREA_ALIGNMENT:
        return cp_activity_get_alignment(a);
    case CP_CHECKLIST_AREA_LEADERSHIP:
        return cp_activity_get_lead(a);
    case CP_CHECKLIST_AREA_CURRICULUM:
        return cp_activity_get_curriculum_impact(a);
    default:
        return NULL;
    }
}

static const char *level(cp_effort_level l)
{
    return l == CP_EFFORT_LEVEL_UNSET ? NULL : cp_effort_level_to_string(l);
}

static const char *status(const cp_activity *a)
{
    return cp_activity_status_to_string(cp_activity_get_status(a));
}

cp_status cp_activity_checklist_text(const cp_activity *activity, char **out, cp_error *err)
{
    if (cp__need(err, activity && out, "activity or output is NULL"))
        return CP_EINVAL;
    cp__buf b = {0};
    char line[160];
    cp__buf_puts(&b, cp_activity_get_title(activity));
    cp__buf_puts(&b, " (");
    cp__buf_puts(&b, status(activity));
    cp__buf_puts(&b, ")\n");
    for (int area = 0; area <= CP_CHECKLIST_AREA_EFFORT; area++) {
        size_t total,
            n = cp_activity_checklist_considered(activity, (cp_checklist_area)area, &total);
        snprintf(line, sizeof line, "%s: %zu/%zu points considered", headings[area], n, total);
        cp__buf_puts(&b, line);
        if (note(activity, area)) {
            cp__buf_puts(&b, ": ");
            cp__buf_puts(&b, note(activity, area));
        }
        cp__buf_putc(&b, '\n');
    }
    const char *e = level(cp_activity_get_effort(activity)),
               *i = level(cp_activity_get_impact(activity));
    snprintf(line, sizeof line, "Effort: %s, impact: %s\n", e ? e : "not recorded",
             i ? i : "not recorded");
    cp__buf_puts(&b, line);
    *out = cp__buf_take(&b, NULL);
    return *out ? CP_OK : cp__fail(err, CP_ENOMEM, NULL, "out of memory");
}

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

cp_status cp_activity_checklist_json(const cp_activity *activity, char **out, cp_error *err)
{
    if (cp__need(err, activity && out, "activity or output is NULL"))
        return CP_EINVAL;
    int oom = 0;
    json_t *root = json_object(), *areas = json_array();
    cp__report_set(root, "activity", json_string(cp_activity_get_id(activity)), &oom);
    cp__report_set(root, "status", json_string(status(activity)), &oom);
    for (int area = 0; area <= CP_CHECKLIST_AREA_EFFORT; area++) {
        size_t total,
            n = cp_activity_checklist_considered(activity, (cp_checklist_area)area, &total);
        json_t *o = cp__report_append_object(areas, &oom);
        cp__report_set(o, "area", json_string(cp_checklist_area_to_string((cp_checklist_area)area)),
                       &oom);
        cp__report_set(o, "considered", cp__report_size(n), &oom);
        cp__report_set(o, "total", cp__report_size(total), &oom);
        cp__report_set(o, "note", string_or_null(note(activity, area)), &oom);
    }
    cp__report_set(root, "areas", areas, &oom);
    cp__report_set(root, "effort", string_or_null(level(cp_activity_get_effort(activity))), &oom);
    cp__report_set(root, "impact", string_or_null(level(cp_activity_get_impact(activity))), &oom);
    return cp__report_take_text(root, oom, out, err);
}
