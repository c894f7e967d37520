/* Internal: the nearest name to a misspelt one, for "did you mean" hints. */
#ifndef CP_CORE_NEAREST_H
#define CP_CORE_NEAREST_H

#include <stddef.h>

/* The most edits a hint allows: "measur" is one from "measure". */
#define CP__NEAREST_MAX 2

/* Edit distance (insert, delete, replace, swap two neighbours) between a and
 * b, counted in bytes; any distance above `limit` is returned as limit + 1. */
size_t cp__edit_distance(const char *a, const char *b, size_t limit);

/* The name in names[0..n) nearest to word, within CP__NEAREST_MAX edits and
 * not equal to it (the first of equals); NULL entries are skipped; NULL when
 * none is near. */
const char *cp__nearest(const char *word, const char *const *names, size_t n);

#endif
