/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Diagnostics: a list of findings with severity, stable code,
 * JSON Pointer path and message.
 */
#ifndef CAREERPLAN_DIAGNOSTICS_H
#define CAREERPLAN_DIAGNOSTICS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Severity of a diagnostic. @since 0.1 */
typedef enum cp_severity {
    CP_SEVERITY_INFO = 0,    /**< for information only */
    CP_SEVERITY_WARNING = 1, /**< worth attention; the document is still valid */
    CP_SEVERITY_ERROR = 2    /**< the document breaks a rule */
} cp_severity;

/**
 * Name of a severity: "info", "warning" or "error".
 *
 * @param severity a value of the enumeration
 * @return a static string, or NULL for unknown values
 * @since 0.1
 */
CP_API const char *cp_severity_to_string(cp_severity severity);

/** An ordered list of diagnostics; opaque. @since 0.1 */
typedef struct cp_diagnostics cp_diagnostics;

/** One diagnostic; opaque, owned by its list. @since 0.1 */
typedef struct cp_diagnostic cp_diagnostic;

/**
 * Creates an empty list.
 *
 * @return a new list (free with cp_diagnostics_free()), or NULL when out of memory
 * @since 0.1
 */
CP_API cp_diagnostics *cp_diagnostics_new(void);

/**
 * Frees a list and every diagnostic in it.
 *
 * @param list the list; NULL is a no-op
 * @since 0.1
 */
CP_API void cp_diagnostics_free(cp_diagnostics *list);

/**
 * Appends a diagnostic. All strings are copied.
 *
 * @param list     the list; not NULL
 * @param severity its severity
 * @param code     stable machine-readable code such as "unknown-member"; not NULL or empty
 * @param path     JSON Pointer of what it is about; NULL means "" (the document)
 * @param message  English message; not NULL
 * @return CP_OK, CP_EINVAL (NULL list, code or message, empty code, unknown
 *         severity), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_diagnostics_add(cp_diagnostics *list, cp_severity severity, const char *code,
                                    const char *path, const char *message);

/**
 * Number of diagnostics in the list.
 *
 * @param list the list; NULL counts as empty
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_diagnostics_count(const cp_diagnostics *list);

/**
 * Number of diagnostics of at least a given severity.
 *
 * @param list the list; NULL counts as empty
 * @param min_severity e.g. CP_SEVERITY_ERROR to count errors only
 * @return the count
 * @since 0.1
 */
CP_API size_t cp_diagnostics_count_at_least(const cp_diagnostics *list, cp_severity min_severity);

/**
 * The diagnostic at an index, in the order they were added.
 *
 * @param list the list
 * @param index 0..count-1
 * @return borrowed: valid until the list is cleared or freed; NULL when the
 *         list is NULL or index is out of range
 * @since 0.1
 */
CP_API const cp_diagnostic *cp_diagnostics_at(const cp_diagnostics *list, size_t index);

/**
 * Removes every diagnostic from the list, which stays usable.
 *
 * @param list the list; NULL is a no-op
 * @since 0.1
 */
CP_API void cp_diagnostics_clear(cp_diagnostics *list);

/**
 * Severity of a diagnostic.
 *
 * @param d the diagnostic; not NULL
 * @return its severity
 * @since 0.1
 */
CP_API cp_severity cp_diagnostic_severity(const cp_diagnostic *d);

/**
 * Stable code of a diagnostic, e.g. "unknown-member".
 *
 * @param d the diagnostic; not NULL
 * @return borrowed string, valid as long as the diagnostic
 * @since 0.1
 */
CP_API const char *cp_diagnostic_code(const cp_diagnostic *d);

/**
 * JSON Pointer of what a diagnostic is about ("" for the whole document).
 *
 * @param d the diagnostic; not NULL
 * @return borrowed string, valid as long as the diagnostic
 * @since 0.1
 */
CP_API const char *cp_diagnostic_path(const cp_diagnostic *d);

/**
 * English message of a diagnostic.
 *
 * @param d the diagnostic; not NULL
 * @return borrowed string, valid as long as the diagnostic
 * @since 0.1
 */
CP_API const char *cp_diagnostic_message(const cp_diagnostic *d);

/**
 * Line of the JSON text where what a diagnostic is about starts, once
 * cp_diagnostics_locate() has placed it.
 *
 * @param d the diagnostic; not NULL
 * @return the line, from 1; 0 when not placed
 * @since 0.2
 */
CP_API int cp_diagnostic_line(const cp_diagnostic *d);

/**
 * Column of the JSON text where what a diagnostic is about starts, in
 * characters (UTF-8 sequences count as one), once cp_diagnostics_locate()
 * has placed it.
 *
 * @param d the diagnostic; not NULL
 * @return the column, from 1; 0 when not placed
 * @since 0.2
 */
CP_API int cp_diagnostic_column(const cp_diagnostic *d);

/**
 * Places every diagnostic of a list in the JSON text its paths refer to: the
 * line and column of the first character of the value at its JSON Pointer,
 * found in one scan of the text. A pointer the text does not hold (a
 * missing member) is placed at the nearest value that holds it (its
 * object); the whole document ("") at the root value. Use it on the text a
 * document was loaded from, for the diagnostics of cp_load_options
 * `warnings` and `collect` and of the cp_*_validate() functions.
 *
 * @param list the diagnostics; NULL is a no-op
 * @param json the JSON text (UTF-8), well formed; need not be NUL-terminated;
 *             not NULL unless len is 0
 * @param len  its length in bytes
 * @return CP_OK, CP_EINVAL (json NULL with len not 0), CP_ENOMEM (nothing placed)
 * @since 0.2
 */
CP_API cp_status cp_diagnostics_locate(cp_diagnostics *list, const char *json, size_t len);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_DIAGNOSTICS_H */
