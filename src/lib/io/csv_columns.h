/*
 * Internal: the columns of the learners and participation CSV
 * (<careerplan/exchange.h>), in the order the exporters write them and the
 * positions the importers index them by.
 */
#ifndef CP_IO_CSV_COLUMNS_H
#define CP_IO_CSV_COLUMNS_H

enum {
    CP__LC_ID, CP__LC_UPN, CP__LC_ULN, CP__LC_SERVICE_REF, CP__LC_GIVEN_NAME,
    CP__LC_FAMILY_NAME, CP__LC_SETTING, CP__LC_YEAR_GROUP, CP__LC_COUNT
};
enum {
    CP__PC_UPN, CP__PC_ULN, CP__PC_CLIENT_ID, CP__PC_ACTIVITY, CP__PC_DATE, CP__PC_ATTENDED,
    CP__PC_PARENT_ATTENDED, CP__PC_COUNT
};

/* The names, NULL-terminated (io/csv_export.c). */
extern const char *const cp__learner_columns[CP__LC_COUNT + 1];
extern const char *const cp__participation_columns[CP__PC_COUNT + 1];

#endif
