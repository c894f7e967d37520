/*
 * CSV import of participation: every row checked, then each added to its
 * learner or, for an activity and date the learner already has, set on it
 * (see <careerplan/exchange.h>).
 */
#include "../core/error.h"
#include "csv_import.h"

#include <string.h>

typedef struct staged {
    struct cp_client *target;
    const char *activity; /* borrowed from the parsed text */
    cp_date date;
    int attended, parent_attended;
    int added; /* applying added a participation for the row */
} staged;

static cp_status check_row(cp__import *imp, const cp__csv_row *row, void *record)
{
    staged *s = record;
    const cp__csv_field *key = NULL;
    cp_status st = cp__import_key(imp, row, 0, &s->target, &key);
    if (st != CP_OK)
        return st;
    if (!s->target)
        return cp__csv_fail_at(imp->err, CP_ENOTFOUND, key, "no learner has \"%.40s\"",
                               cp__import_value(key));
    const cp__csv_field *fa = cp__import_field(imp, row, CP__PC_ACTIVITY);
    const cp__csv_field *fd = cp__import_field(imp, row, CP__PC_DATE);
    s->activity = cp__import_value(fa);
    if (!s->activity)
        return cp__csv_fail_at(imp->err, CP_EVALUE, fa, "activity is empty");
    const char *date = cp__import_value(fd);
    cp_error e;
    if (!date)
        return cp__csv_fail_at(imp->err, CP_EVALUE, fd, "date is empty");
    if (cp_date_parse(date, &s->date, &e) != CP_OK)
        return cp__csv_fail_at(imp->err, e.code, fd, "date: %s", e.message);
    st = cp__import_bool(imp, cp__import_field(imp, row, CP__PC_ATTENDED), &s->attended);
    if (st == CP_OK)
        st = cp__import_bool(imp, cp__import_field(imp, row, CP__PC_PARENT_ATTENDED),
                             &s->parent_attended);
    return st;
}

/* The learner's participation in the activity on the date, or NULL. */
static cp_participation *find(const struct cp_client *c, const char *activity, cp_date date)
{
    for (size_t i = 0; i < c->participations.count; i++) {
        struct cp_participation *p = (struct cp_participation *)c->participations.items[i];
        if (strcmp(p->activity, activity) == 0 && cp_date_compare(p->date, date) == 0)
            return p;
    }
    return NULL;
}

/* Adds the participations the learners do not have yet, taking them back
 * (from the end of each learner's list, in reverse order) when memory runs
 * out; then sets attendance, which cannot fail. */
static cp_status apply_all(cp__import *imp, void *records, size_t n)
{
    staged *rows = records;
    cp_status st = CP_OK;
    size_t i;
    for (i = 0; i < n && st == CP_OK; i++) {
        if (find(rows[i].target, rows[i].activity, rows[i].date))
            continue;
        st = cp_client_add_participation(rows[i].target, rows[i].activity, rows[i].date, NULL,
                                         imp->err);
        rows[i].added = st == CP_OK;
    }
    if (st != CP_OK) {
        while (i-- > 0)
            if (rows[i].added)
                cp_client_remove_participation(rows[i].target,
                                               rows[i].target->participations.count - 1, NULL);
        return st;
    }
    for (i = 0; i < n; i++) {
        struct cp_participation *p = (struct cp_participation *)find(rows[i].target,
                                                                     rows[i].activity,
                                                                     rows[i].date);
        p->attended = rows[i].attended;
        p->parent_attended = rows[i].parent_attended;
    }
    return CP_OK;
}

const cp__import_kind cp__import_participation = {sizeof(staged), check_row, NULL, apply_all,
                                                  NULL};
