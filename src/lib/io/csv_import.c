/*
 * CSV import, the part both kinds share: the header, the learner a row is
 * keyed to, field values. See <careerplan/exchange.h>.
 */
#include "csv_import.h"

#include "../core/alloc.h"
#include "../core/error.h"
#include "../logic/logic.h"

#include <careerplan/exchange.h>
#include <string.h>
#include <strings.h>

const cp__csv_field *cp__import_field(const cp__import *imp, const cp__csv_row *row, int column)
{
    int at = imp->col[column];
    return at < 0 ? NULL : &row->fields[at];
}

const char *cp__import_value(const cp__csv_field *f)
{
    return f && f->text[0] ? cp__csv_unguard(f->text) : NULL;
}

cp_status cp__import_bool(cp__import *imp, const cp__csv_field *f, int *out)
{
    static const char *const yes[] = {"true", "yes", "1"}, *const no[] = {"false", "no", "0"};
    const char *v = cp__import_value(f);
    *out = 0;
    for (size_t i = 0; v && i < 3; i++) {
        if (strcasecmp(v, yes[i]) == 0)
            *out = 1;
        if (strcasecmp(v, yes[i]) == 0 || strcasecmp(v, no[i]) == 0)
            return CP_OK;
    }
    if (!v)
        return CP_OK;
    return cp__csv_fail_at(imp->err, CP_EVALUE, f, "\"%.40s\" is not true or false", v);
}

static const char *const key_names[CP__KEY_COUNT] = {"UPN", "ULN", "id"};

cp_status cp__import_key(cp__import *imp, const cp__csv_row *row, int seen,
                         struct cp_client **client, const cp__csv_field **key)
{
    const cp__csv_field *f[CP__KEY_COUNT];
    const char *v[CP__KEY_COUNT];
    for (int k = 0; k < CP__KEY_COUNT; k++) {
        f[k] = cp__import_field(imp, row, imp->key_col[k]);
        v[k] = cp__import_value(f[k]);
    }
    if (v[CP__KEY_UPN] && !cp__upn_check_ok(v[CP__KEY_UPN]))
        return cp__csv_fail_at(imp->err, CP_EVALUE, f[CP__KEY_UPN],
                               "\"%.40s\" is not a UPN: its check letter or its form is wrong",
                               v[CP__KEY_UPN]);
    if (v[CP__KEY_ULN] && !cp__uln_check_ok(v[CP__KEY_ULN]))
        return cp__csv_fail_at(imp->err, CP_EVALUE, f[CP__KEY_ULN],
                               "\"%.40s\" is not a ULN: its check digit or its form is wrong",
                               v[CP__KEY_ULN]);
    int k = 0;
    while (k < CP__KEY_COUNT && !v[k])
        k++;
    if (k == CP__KEY_COUNT)
        return cp__csv_fail_at(imp->err, CP_EVALUE, f[CP__KEY_UPN] ? f[CP__KEY_UPN] : f[CP__KEY_ULN],
                               "the row has no UPN, ULN or id to find its learner by");
    *key = f[k];
    *client = k == CP__KEY_UPN   ? cp__hashmap_get(&imp->by_upn, v[k])
              : k == CP__KEY_ULN ? cp__hashmap_get(&imp->by_uln, v[k])
                                 : cp_caseload_find_client(imp->caseload, v[k]);
    void *other = NULL;
    int put = seen ? cp__hashmap_put(&imp->seen[k], v[k], (void *)row, &other) : 0;
    if (put < 0)
        return cp__fail(imp->err, CP_ENOMEM, NULL, "out of memory");
    if (put > 0)
        return cp__csv_fail_at(imp->err, CP_EDUPLICATE, f[k], "%s \"%.40s\" is also on line %d",
                               key_names[k], v[k], ((const cp__csv_row *)other)->line);
    return CP_OK;
}

/* The kind, from the header: an "activity" column makes it participation. */
static void choose_kind(cp__import *imp, const cp__csv_row *h)
{
    static const int learner_keys[] = {CP__LC_UPN, CP__LC_ULN, CP__LC_ID};
    static const int participation_keys[] = {CP__PC_UPN, CP__PC_ULN, CP__PC_CLIENT_ID};
    const int *keys = learner_keys;
    imp->names = cp__learner_columns;
    for (size_t i = 0; i < h->count; i++)
        if (strcmp(h->fields[i].text, "activity") == 0) {
            imp->names = cp__participation_columns;
            keys = participation_keys;
        }
    memcpy(imp->key_col, keys, sizeof imp->key_col);
    for (int c = 0; c < CP__LC_COUNT; c++)
        imp->col[c] = -1;
}

static cp_status missing(cp__import *imp, const char *what)
{
    cp__fail(imp->err, CP_ETYPE, NULL, "CSV line 1: %s", what);
    if (imp->err)
        imp->err->line = 1;
    return CP_ETYPE;
}

static cp_status read_header(cp__import *imp)
{
    if (!imp->csv.count)
        return missing(imp, "no header row");
    const cp__csv_row *h = &imp->csv.rows[0];
    choose_kind(imp, h);
    for (size_t i = 0; i < h->count; i++) {
        const cp__csv_field *f = &h->fields[i];
        int c = 0;
        while (imp->names[c] && strcmp(imp->names[c], f->text) != 0)
            c++;
        if (!imp->names[c])
            return cp__csv_fail_at(imp->err, CP_EUNKNOWN, f, "unknown column \"%.40s\" in a %s CSV",
                                   f->text, imp->names == cp__learner_columns ? "learners"
                                                                             : "participation");
        if (imp->col[c] >= 0)
            return cp__csv_fail_at(imp->err, CP_EDUPLICATE, f, "column \"%s\" is named twice",
                                   imp->names[c]);
        imp->col[c] = (int)i;
    }
    if (imp->col[imp->key_col[CP__KEY_UPN]] < 0 && imp->col[imp->key_col[CP__KEY_ULN]] < 0)
        return missing(imp, "the header has no column upn or uln");
    if (imp->names == cp__participation_columns && imp->col[CP__PC_DATE] < 0)
        return missing(imp, "the header has no column date");
    return CP_OK;
}

/* Every row has as many fields as the header. */
static cp_status check_shape(cp__import *imp)
{
    size_t want = imp->csv.rows[0].count;
    for (size_t r = 1; r < imp->csv.count; r++) {
        const cp__csv_row *row = &imp->csv.rows[r];
        if (row->count == want)
            continue;
        const cp__csv_field *f = &row->fields[row->count > want ? want : row->count - 1];
        return cp__csv_fail_at(imp->err, CP_ESYNTAX, f, "the header has %zu fields, this row %zu",
                               want, row->count);
    }
    return CP_OK;
}

static cp_status index_clients(cp__import *imp)
{
    const cp__list *clients = &imp->caseload->clients;
    for (size_t i = 0; i < clients->count; i++) {
        struct cp_client *c = (struct cp_client *)clients->items[i];
        if ((c->upn && cp__hashmap_put(&imp->by_upn, c->upn, c, NULL) < 0) ||
            (c->uln && cp__hashmap_put(&imp->by_uln, c->uln, c, NULL) < 0))
            return cp__fail(imp->err, CP_ENOMEM, NULL, "out of memory");
    }
    return CP_OK;
}

/* Checks every row, then applies them: all or nothing. */
static cp_status run(cp__import *imp, const cp__import_kind *kind)
{
    size_t n = imp->csv.count - 1;
    char *records = cp__calloc(n ? n : 1, kind->size);
    if (!records)
        return cp__fail(imp->err, CP_ENOMEM, NULL, "out of memory");
    cp_status st = CP_OK;
    for (size_t i = 0; i < n && st == CP_OK; i++)
        st = kind->check(imp, &imp->csv.rows[i + 1], records + i * kind->size);
    if (st == CP_OK && kind->check_all)
        st = kind->check_all(imp, records, n);
    if (st == CP_OK)
        st = kind->apply_all(imp, records, n);
    for (size_t i = 0; i < n && kind->fini; i++)
        kind->fini(records + i * kind->size);
    cp__free(records);
    return st;
}

cp_status cp_caseload_import_csv(cp_caseload *caseload, const char *csv, size_t len,
                                 cp_error *err)
{
    cp_error_clear(err);
    if (!caseload || !csv)
        return cp__fail(err, CP_EINVAL, NULL, "caseload or CSV text is NULL");
    cp__import imp = {.caseload = caseload, .err = err};
    cp_status st = cp__csv_parse(csv, len, &imp.csv, err);
    if (st == CP_OK)
        st = read_header(&imp);
    if (st == CP_OK)
        st = check_shape(&imp);
    if (st == CP_OK)
        st = index_clients(&imp);
    if (st == CP_OK)
        st = run(&imp, imp.names == cp__learner_columns ? &cp__import_learners
                                                        : &cp__import_participation);
    cp__hashmap_fini(&imp.by_upn);
    cp__hashmap_fini(&imp.by_uln);
    for (int k = 0; k < CP__KEY_COUNT; k++)
        cp__hashmap_fini(&imp.seen[k]);
    cp__csv_fini(&imp.csv);
    return st;
}
