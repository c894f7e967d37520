/* Internal: filling cp_error. */
#ifndef CP_CORE_ERROR_H
#define CP_CORE_ERROR_H

#include <careerplan/common.h>

#if defined(__GNUC__)
#define CP__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CP__PRINTF(a, b)
/* The argument check of a public function: clears err and, unless ok,
 * fails with CP_EINVAL and the message. Returns CP_OK or CP_EINVAL. */
cp_status cp__need(cp_error *err, int ok, const char *message);
#endif

/* Sets code, path (NULL = "") and a formatted message; returns code so that
 * callers can write `return cp__fail(err, CP_ERANGE, path, "...")`. */
cp_status cp__fail(cp_error *err, cp_status code, const char *path, const char *fmt, ...)
    CP__PRINTF(4, 5);

/* The argument check of a public function: clears err and, unless ok,
 * fails with CP_EINVAL and the message. Returns CP_OK or CP_EINVAL. */
cp_status cp__need(cp_error *err, int ok, const char *message);
#endif
