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

static void put_participations(cp__buf *b, const struct cp_client *c)
{
    for (size_t k = 0; k < c->participations.count; k++)
        put_participation(b, c, (const struct cp_participation *)c->participations.items[k]);
}

/* The header, then what put() writes of each client, in caseload order. */
static cp_status export(const cp_caseload *caseload, const char *const *header,
                        void (*put)(cp__buf *, const struct cp_client *), char **out,
                        cp_error *err)
{
    cp_error_clear(err);
    if (!caseload || !out)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or output is NULL");
    cp__buf b = {0};
    put_header(&b, header);
    for (size_t i = 0; i < caseload->clients.count; i++)
        put(&b, (const struct cp_client *)caseload->clients.items[i]);
    char *text = cp__buf_take(&b, NULL);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}

cp_status cp_caseload_learners_to_csv(const cp_caseload *caseload, char **out, cp_error *err)
{
    return export(caseload, cp__learner_columns, put_learner, out, err);
}

cp_status cp_caseload_participation_to_csv(const cp_caseload *caseload, char **out, cp_error *err)
{
    return export(caseload, cp__participation_columns, put_participations, out, err);
}
