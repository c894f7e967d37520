/*
 * Internal: the JSON reports of the library (review summaries, caseload
 * figures, query hits) are built as jansson trees with these helpers and
 * handed out as text in one layout: two-space indented, members in the order
 * they were set, reals with 15 significant digits, ending in a newline.
 */
#ifndef CP_IO_JSON_REPORT_H
#define CP_IO_JSON_REPORT_H

#include <careerplan/common.h>
#include <careerplan/date.h>
#include <jansson.h>

/* obj[key] = value (stolen); a NULL value or a failure sets *oom. */
void cp__report_set(json_t *obj, const char *key, json_t *value, int *oom);
/* Appends value (stolen) to an array; a NULL value or a failure sets *oom. */
void cp__report_append(json_t *array, json_t *value, int *oom);
/* A new empty object appended to an array (borrowed); NULL, with *oom set, on failure. */
json_t *cp__report_append_object(json_t *array, int *oom);
/* "YYYY-MM-DD"; JSON null for a date that is not valid (CP_DATE_NONE). */
json_t *cp__report_date(cp_date date);
/* A count. */
json_t *cp__report_size(size_t n);

/*
 * Releases root and, unless oom is set, returns its text in *out, allocated
 * by the library (the caller frees it with cp_free()).
 * @return CP_OK, or CP_ENOMEM (oom set, or running out of memory here)
 */
cp_status cp__report_take_text(json_t *root, int oom, char **out, cp_error *err);

#endif
