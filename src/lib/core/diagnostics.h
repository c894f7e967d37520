/* Internal: what the library does to a caller's diagnostics list. */
#ifndef CP_CORE_DIAGNOSTICS_H
#define CP_CORE_DIAGNOSTICS_H

#include <careerplan/diagnostics.h>

#include <stddef.h>

/* Drops the diagnostics after the first `count` (none when the list holds
 * no more): how an operation that fails takes back what it added, so that
 * the caller's list is as it was. NULL does nothing. */
void cp__diagnostics_truncate(cp_diagnostics *list, size_t count);

/* An operation that ran out of memory: truncates list to `count` (what it
 * held before the operation) and fails with CP_ENOMEM. */
cp_status cp__diagnostics_oom(cp_diagnostics *list, size_t count, cp_error *err);

#endif
