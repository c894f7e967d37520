/* Learners and participation written as CSV: see <careerplan/exchange.h>. */
#include "../core/csv.h"
#include "../model/model.h"
#include "csv_columns.h"

#include <careerplan/exchange.h>
#include <stdio.h>

const char *const cp__learner_columns[CP__LC_COUNT + 1] = {
    "id", "upn", "uln", "service_ref", "given_name", "family_name", "setting", "year_group", NULL};
const char *const cp__participation_columns[CP__PC_COUNT + 1] = {
    "upn", "uln", "client_id", "activity", "date", "attended", "parent_attended", NULL};

static void put_header(cp__buf *b, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        cp__csv_put(b, names[i], i == 0);
    cp__csv_end_row(b);
}

static void put_learner(cp__buf *b, const struct cp_client *c)
{
    char year[16] = "";
    if (c->year_group)
        snprintf(year, sizeof year, "%d", c->year_group);
    const char *fields[] = {c->id,         c->upn,         c->uln,
                            c->service_ref, c->given_name, c->family_name,
                            c->setting ? cp__enum_name(&cp__setting_enum, c->setting) : NULL,
                            year};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        cp__csv_put(b, fields[i], i == 0);
    cp__csv_end_row(b);
}

static void put_participation(cp__buf *b, const struct cp_client *c,
                              const struct cp_participation *p)
{
    char date[CP_DATE_BUFSIZE] = "";
    cp_date_format(p->date, date, sizeof date);
    const char *fields[] = {c->upn, c->uln, c->id, p->activity, date,
                            p->attended ? "true" : "false", p->parent_attended ? "true" : "false"};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        cp__csv_put(b, fields[i], i == 0);
    cp__csv_end_row(b);
}

static cp_status finish(cp__buf *b, char **out, cp_error *err)
{
    char *text = cp__buf_take(b, NULL);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}

cp_status cp_caseload_learners_to_csv(const cp_caseload *caseload, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!caseload || !out)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or output is NULL");
    cp__buf b = {0};
    put_header(&b, cp__learner_columns);
    for (size_t i = 0; i < caseload->clients.count; i++)
        put_learner(&b, (const struct cp_client *)caseload->clients.items[i]);
    return finish(&b, out, err);
}

cp_status cp_caseload_participation_to_csv(const cp_caseload *caseload, char **out, cp_error *err)
{
    cp_error_clear(err);
    if (!caseload || !out)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or output is NULL");
    cp__buf b = {0};
    put_header(&b, cp__participation_columns);
    for (size_t i = 0; i < caseload->clients.count; i++) {
        const struct cp_client *c = (const struct cp_client *)caseload->clients.items[i];
        for (size_t k = 0; k < c->participations.count; k++)
            put_participation(&b, c, (const struct cp_participation *)c->participations.items[k]);
    }
    return finish(&b, out, err);
}
