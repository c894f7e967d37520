/*
 * CSV import of learners: each row checked into a free-standing client, then
 * all of them applied (see <careerplan/exchange.h>).
 */
#include "../core/error.h"
#include "csv_import.h"
#include "../core/arena.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef const char *(*get_fn)(const cp_client *);
typedef cp_status (*set_fn)(cp_client *, const char *, cp_error *);

/* The text members, by column; id is the key, never set. */
static const struct {
    get_fn get;
    set_fn set;
} text_members[CP__LC_COUNT] = {
    [CP__LC_UPN] = {cp_client_get_upn, cp_client_set_upn},
    [CP__LC_ULN] = {cp_client_get_uln, cp_client_set_uln},
    [CP__LC_SERVICE_REF] = {cp_client_get_service_ref, cp_client_set_service_ref},
    [CP__LC_GIVEN_NAME] = {cp_client_get_given_name, cp_client_set_given_name},
    [CP__LC_FAMILY_NAME] = {cp_client_get_family_name, cp_client_set_family_name},
};

/* A checked row: the client it sets (NULL: it adds scratch) and its values in scratch. */
typedef struct staged {
    struct cp_client *target;
    cp_client *scratch;
} staged;

static cp_status set_year_group(cp_client *c, const char *v, cp_error *err)
{
    int year = 0;
    char extra = 0;
    if (v && (sscanf(v, "%3d%c", &year, &extra) != 1 || v[0] < '0' || v[0] > '9'))
        return cp__fail(err, CP_EVALUE, NULL, "\"%.40s\" is not a year group number", v);
    return cp_client_set_year_group(c, year, err);
}

static cp_status set_setting(cp_client *c, const char *v, cp_error *err)
{
    cp_setting setting = CP_SETTING_UNSET;
    if (v && cp_setting_from_string(v, &setting) != CP_OK)
        return cp__fail(err, CP_EVALUE, NULL, "\"%.40s\" is not a setting", v);
    return cp_client_set_setting(c, setting, err);
}

/* Sets a column's member of c from a field's value (NULL removes it). */
static cp_status set_column(cp_client *c, int column, const char *v, cp_error *err)
{
    if (column == CP__LC_YEAR_GROUP)
        return set_year_group(c, v, err);
    if (column == CP__LC_SETTING)
        return set_setting(c, v, err);
    return text_members[column].set(c, v, err);
}

/* Where each column's member is in struct cp_client: text (char *) or int. */
static const struct {
    size_t offset;
    int is_text;
} members[CP__LC_COUNT] = {
    [CP__LC_UPN] = {offsetof(struct cp_client, upn), 1},
    [CP__LC_ULN] = {offsetof(struct cp_client, uln), 1},
    [CP__LC_SERVICE_REF] = {offsetof(struct cp_client, service_ref), 1},
    [CP__LC_GIVEN_NAME] = {offsetof(struct cp_client, given_name), 1},
    [CP__LC_FAMILY_NAME] = {offsetof(struct cp_client, family_name), 1},
    [CP__LC_YEAR_GROUP] = {offsetof(struct cp_client, year_group), 0},
    [CP__LC_SETTING] = {offsetof(struct cp_client, setting), 0},
};

/* Swaps a column's member between the target a and the checked client b:
 * the target gets the row's value, the checked client (freed by fini) the
 * old one, unless the old text lies in the target's arena (a client the
 * per-client loader built, core/arena.h): that stays there until the
 * target is freed, and b gets none. Allocates nothing and cannot fail. The
 * value was checked by the member's setter on the checked client. */
static void swap_column(struct cp_client *a, struct cp_client *b, int column)
{
    size_t size = members[column].is_text ? sizeof(char *) : sizeof(int);
    unsigned char t[sizeof(char *) > sizeof(int) ? sizeof(char *) : sizeof(int)];
    unsigned char *pa = (unsigned char *)a + members[column].offset;
    unsigned char *pb = (unsigned char *)b + members[column].offset;
    memcpy(t, pa, size);
    memcpy(pa, pb, size);
    memcpy(pb, t, size);
    if (members[column].is_text && cp__arena_owns(a->arena, *(char **)(void *)pb))
        *(char **)(void *)pb = NULL;
}

/* The id of the row's client: the matched one's, or the row's for a new one. */
static cp_status row_id(cp__import *imp, const cp__csv_row *row, const struct cp_client *target,
                        const cp__csv_field *key, const char **id)
{
    const cp__csv_field *f = cp__import_field(imp, row, CP__LC_ID);
    const char *v = cp__import_value(f);
    *id = target ? target->id : v;
    if (target && v && strcmp(v, target->id) != 0)
        return cp__csv_fail_at(imp->err, CP_EVALUE, f,
                               "the row's learner is \"%.40s\", not \"%.40s\" (an import renames no one)",
                               target->id, v);
    if (target)
        return CP_OK;
    if (!v)
        return cp__csv_fail_at(imp->err, CP_ENOTFOUND, key,
                               "no learner has \"%.40s\", and the row has no id to add one",
                               cp__import_value(key));
    if (cp_caseload_find_client(imp->caseload, v))
        return cp__csv_fail_at(imp->err, CP_EDUPLICATE, f,
                               "a learner with another UPN or ULN has the id \"%.40s\"", v);
    return CP_OK;
}

/* Checks one row into a free-standing client. */
static cp_status check_row(cp__import *imp, const cp__csv_row *row, void *record)
{
    staged *s = record;
    const cp__csv_field *key = NULL;
    const char *id = NULL;
    cp_status st = cp__import_key(imp, row, 1, &s->target, &key);
    if (st == CP_OK)
        st = row_id(imp, row, s->target, key, &id);
    if (st != CP_OK)
        return st;
    cp_error e;
    if (cp_client_new(id, &s->scratch, &e) != CP_OK)
        return cp__csv_fail_at(imp->err, e.code, cp__import_field(imp, row, CP__LC_ID), "id: %s",
                               e.message);
    for (int c = CP__LC_ID + 1; c < CP__LC_COUNT; c++) {
        const cp__csv_field *f = cp__import_field(imp, row, c);
        if (f && set_column(s->scratch, c, cp__import_value(f), &e) != CP_OK)
            return cp__csv_fail_at(imp->err, e.code, f, "%s: %s", imp->names[c], e.message);
    }
    return CP_OK;
}

/* New ids are unique among the rows too. */
static cp_status check_new_ids(cp__import *imp, void *records, size_t n)
{
    staged *rows = records;
    cp__hashmap ids = {0};
    cp_status st = CP_OK;
    for (size_t i = 0; i < n && st == CP_OK; i++) {
        if (rows[i].target)
            continue;
        void *other = NULL;
        const char *id = cp_client_get_id(rows[i].scratch);
        int put = cp__hashmap_put(&ids, id, &imp->csv.rows[i + 1], &other);
        if (put < 0)
            st = cp__fail(imp->err, CP_ENOMEM, NULL, "out of memory");
        else if (put > 0)
            st = cp__csv_fail_at(imp->err, CP_EDUPLICATE,
                                 cp__import_field(imp, &imp->csv.rows[i + 1], CP__LC_ID),
                                 "the id \"%.40s\" is also on line %d", id,
                                 ((const cp__csv_row *)other)->line);
    }
    cp__hashmap_fini(&ids);
    return st;
}

/* Adds the new learners (room in the list reserved first, so that only the
 * index can run out of memory, and then the ones added are taken back),
 * then moves the rows' values into the matched learners, which cannot fail. */
static cp_status apply_all(cp__import *imp, void *records, size_t n)
{
    staged *rows = records;
    cp_caseload *cl = imp->caseload;
    size_t added = 0, first = cl->clients.count;
    for (size_t i = 0; i < n; i++)
        added += rows[i].target == NULL;
    if (cp__list_reserve(&cl->clients, added) != CP_OK)
        return cp__fail(imp->err, CP_ENOMEM, NULL, "out of memory");
    cp_status st = CP_OK;
    size_t i;
    for (i = 0; i < n && st == CP_OK; i++) {
        if (rows[i].target)
            continue;
        st = cp_caseload_adopt_client(cl, rows[i].scratch, imp->err);
        if (st == CP_OK)
            rows[i].target = rows[i].scratch; /* adopted: marks it for taking back */
    }
    if (st != CP_OK) {
        while (cl->clients.count > first) {
            cp_client *c = NULL;
            cp_caseload_take_client(cl, cl->clients.count - 1, &c, NULL);
        }
        for (size_t k = 0; k < i; k++)
            if (rows[k].target == rows[k].scratch)
                rows[k].target = NULL; /* scratch is free-standing again: fini frees it */
        return st;
    }
    for (i = 0; i < n; i++) {
        if (rows[i].target == rows[i].scratch) {
            rows[i].scratch = NULL; /* the caseload owns it */
            continue;
        }
        for (int c = CP__LC_ID + 1; c < CP__LC_COUNT; c++)
            if (imp->col[c] >= 0)
                swap_column(rows[i].target, rows[i].scratch, c);
    }
    return CP_OK;
}

static void fini(void *record)
{
    cp_client_free(((staged *)record)->scratch);
}

const cp__import_kind cp__import_learners = {sizeof(staged), check_row, check_new_ids,
                                             apply_all, fini};
