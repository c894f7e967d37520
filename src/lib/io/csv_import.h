/*
 * Internal: what the learners and participation importers share (the
 * contract is in <careerplan/exchange.h>): the parsed text and its header,
 * the learner a row is keyed to, the values of its fields.
 */
#ifndef CP_IO_CSV_IMPORT_H
#define CP_IO_CSV_IMPORT_H

#include "../core/csv.h"
#include "../core/hashmap.h"
#include "../model/model.h"
#include "csv_columns.h"

enum { CP__KEY_UPN, CP__KEY_ULN, CP__KEY_ID, CP__KEY_COUNT };

typedef struct cp__import {
    cp__csv csv;                       /* rows[0] is the header */
    const char *const *names;          /* the columns of the kind */
    int col[CP__LC_COUNT];             /* header position of each column, -1 when absent */
    int key_col[CP__KEY_COUNT];        /* the kind's column of each key */
    cp__hashmap by_upn, by_uln;        /* the caseload's clients by UPN and ULN (first wins) */
    cp__hashmap seen[CP__KEY_COUNT];   /* keys of the rows read so far -> their row */
    cp_caseload *caseload;
    cp_error *err;
} cp__import;

/* The row's field of column `column` (a position in names), NULL when the header lacks it. */
const cp__csv_field *cp__import_field(const cp__import *imp, const cp__csv_row *row, int column);
/* The value of a field: NULL for an absent or empty one, else its text unguarded. */
const char *cp__import_value(const cp__csv_field *f);
/*
 * The learner of a row (NULL when none matches) and the field that keyed it;
 * checks the UPN check letter and ULN check digit. When seen is set, a key
 * already on an earlier row is CP_EDUPLICATE.
 */
cp_status cp__import_key(cp__import *imp, const cp__csv_row *row, int seen,
                         struct cp_client **client, const cp__csv_field **key);
/* Reads true/false/yes/no/1/0 (any case) or empty (false). */
cp_status cp__import_bool(cp__import *imp, const cp__csv_field *f, int *out);

/*
 * What an importer does with the rows: check each into a record of `size`
 * bytes (zeroed first), optionally check them all together, then apply them
 * all: apply_all either applies every record or, running out of memory,
 * none (it takes back what it did without allocating); fini (optional)
 * releases a record whatever happened.
 */
typedef struct cp__import_kind {
    size_t size;
    cp_status (*check)(cp__import *imp, const cp__csv_row *row, void *record);
    cp_status (*check_all)(cp__import *imp, void *records, size_t count);
    cp_status (*apply_all)(cp__import *imp, void *records, size_t count);
    void (*fini)(void *record);
} cp__import_kind;

/* The two kinds (csv_import_learners.c, csv_import_participation.c). */
extern const cp__import_kind cp__import_learners;
extern const cp__import_kind cp__import_participation;

#endif
