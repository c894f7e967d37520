/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Common definitions: export macro, status codes, the error
 * struct, memory release and the allocator hooks.
 *
 * Conventions of every model accessor (client.h ... caseload.h):
 * - NULL: a getter (`_get_`, `_is_`, `_has_`), `_count`, `_at` or `_find_`
 *   given a NULL object answers "absent" (NULL, 0, the zero date, the
 *   unset value); a setter, adder or remover given a NULL object returns
 *   CP_EINVAL and changes nothing.
 * - Ownership: a child is created through its parent and owned by it; a
 *   pointer to it is borrowed, valid until it is removed or its document is
 *   freed. Strings passed in are copied; strings returned are borrowed unless
 *   the function says "new" (free those with cp_free()).
 * - Errors: a failed call leaves the object as it was and fills the optional
 *   `cp_error` with the status, a message and, where it applies, a path.
 *
 * Threads. The library keeps no process-wide mutable state but the
 * allocator hooks, and no object of its own behind the caller's back: every
 * object (document, client, caseload, list of hits, diagnostics, report,
 * cp_error) belongs to the caller who made it. So:
 * - Independent objects may be used on different threads at the same time,
 *   with no locking: two threads each loading, changing, validating and
 *   saving their own documents never meet.
 * - One object may be read by any number of threads at once, as long as no
 *   thread changes it meanwhile. "Read" is any call that takes the object
 *   as a `const` pointer (getters, `_count`, `_at`, `find`, the queries,
 *   validation, statistics, saving and rendering to text, JSON, CSV, HTML
 *   or iCalendar): such a call writes nothing into it, not even a cache.
 *   Each thread then needs its own output objects (its own `cp_error`,
 *   `cp_diagnostics`, `cp_hits`).
 * - A call that takes the object as a non-const pointer changes it (setters,
 *   adders, removers, loading into it, applying a review, importing CSV, and
 *   cp_client_export_for(), which logs the disclosure) and must not overlap
 *   with any other call on the same document, reads included: the caller
 *   serialises them (a mutex or a reader-writer lock per document). Pointers
 *   borrowed from a document (children, hits) are covered by the lock of
 *   their document.
 * - cp_set_allocator() must be called before any thread uses the library,
 *   or not at all.
 * The C library underneath is used thread-safely: localtime_r() for
 * cp_date_today(), strerror() for file errors (thread-safe in glibc), and
 * jansson, whose only global state (its hash seed) is set once, atomically.
 * The Python bindings add their own locks (one per tree of objects) and may
 * be used from several Python threads.
 */
#ifndef CAREERPLAN_COMMON_H
#define CAREERPLAN_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The export macro: it marks every exported declaration. The library is
 * built with hidden visibility, so anything without it stays private.
 * @since 0.1
 */
#if defined(_WIN32) && defined(CP_BUILDING_LIBRARY)
#define CP_API __declspec(dllexport)
#elif defined(_WIN32) && !defined(CP_STATIC)
#define CP_API __declspec(dllimport)
#elif defined(__GNUC__)
#define CP_API __attribute__((visibility("default")))
#else
#define CP_API
#endif

/**
 * Status codes. Every fallible call returns one; 0 is success. The numeric
 * values are part of the ABI and never change; new codes are only added.
 * @since 0.1
 */
typedef enum cp_status {
    CP_OK = 0,          /**< success */
    CP_EINVAL = 1,      /**< invalid argument (NULL, empty string, bad flag) */
    CP_ENOMEM = 2,      /**< an allocation failed: the library's own (cp_set_allocator())
                             or jansson's, while parsing or writing JSON */
    CP_ESYNTAX = 3,     /**< JSON syntax error (line and column are set) */
    CP_ETYPE = 4,       /**< a member has the wrong JSON type, or a required member is missing */
    CP_ERANGE = 5,      /**< a value is out of its range (month 13, confidence 11, 2026-02-30) */
    CP_EDUPLICATE = 6,  /**< an id, or a JSON object key, occurs twice */
    CP_ENOTFOUND = 7,   /**< no such id, or a reference to an id that does not exist */
    CP_ELIMIT = 8,      /**< a configured limit (depth, string length, items, size) was exceeded */
    CP_EIO = 9,         /**< reading or writing a file failed */
    CP_ECONSENT = 10,   /**< no active consent covers the requested disclosure */
    CP_EVALUE = 11,     /**< a value is malformed: date syntax, unknown enumeration name, bad identifier */
    CP_EUNKNOWN = 12,   /**< an unknown member was found in strict mode */
    CP_EFORMAT = 13,    /**< not a careerplan document, an unsupported version or the wrong kind */
    CP_ESTATE = 14      /**< the object is not in a state that allows the call */
} cp_status;

/**
 * Returns a short English description of a status code, e.g. "out of range".
 *
 * @param status any value; unknown values give "unknown status"
 * @return a static string; never NULL; do not free
 * @since 0.1
 */
CP_API const char *cp_status_string(cp_status status);

/**
 * Returns the stable identifier of a status code, e.g. "CP_ERANGE".
 *
 * @param status any value; unknown values give "CP_UNKNOWN_STATUS"
 * @return a static string; never NULL; do not free
 * @since 0.1
 */
CP_API const char *cp_status_name(cp_status status);

/** Size of cp_error::message, including the terminating NUL. @since 0.1 */
#define CP_ERROR_MESSAGE_SIZE 256
/** Size of cp_error::path, including the terminating NUL. @since 0.1 */
#define CP_ERROR_PATH_SIZE 512

/**
 * Details of a failure, filled by any call that takes a `cp_error *err`
 * (which may always be NULL). The struct is owned by the caller, usually on
 * the stack, and needs no freeing. Its layout is frozen: new fields are only
 * carved out of `reserved`.
 * @since 0.1
 */
typedef struct cp_error {
    cp_status code;                       /**< same value the call returned */
    char message[CP_ERROR_MESSAGE_SIZE];  /**< English message naming the problem; NUL-terminated;
                                               never empty on failure (at least the words of
                                               cp_status_string()); a longer message is cut
                                               at a character boundary and ends in U+2026 */
    char path[CP_ERROR_PATH_SIZE];        /**< RFC 6901 JSON Pointer of the offending value, "" for the document */
    int line;                             /**< 1-based line for syntax errors, else 0; since
                                               0.2 also for the load errors that
                                               cp_document_load_string() says give one */
    int column;                           /**< 1-based column, in characters, of the last character
                                               read (the end of the bad token) for syntax errors, else 0;
                                               for those load errors, of the value's first character */
    long position;                        /**< 0-based byte offset of the first byte not yet read
                                               for syntax errors, else -1; for those load
                                               errors, of the value's first byte */
    unsigned char reserved[64];           /**< zero; room to grow */
} cp_error;

/**
 * Resets an error struct to "no error" (code CP_OK, empty strings, no position).
 *
 * @param err the struct to reset; NULL is a no-op
 * @since 0.1
 */
CP_API void cp_error_clear(cp_error *err);

/**
 * Frees memory returned by the library as "new" when no type-specific
 * `_free` function exists (strings from `cp_*_to_string` savers, id arrays).
 *
 * @param ptr memory returned by libcareerplan; NULL is a no-op
 * @since 0.1
 */
CP_API void cp_free(void *ptr);

/** malloc-compatible allocation hook. @since 0.1 */
typedef void *(*cp_malloc_fn)(size_t size);
/** realloc-compatible allocation hook. @since 0.1 */
typedef void *(*cp_realloc_fn)(void *ptr, size_t size);
/** free-compatible release hook. @since 0.1 */
typedef void (*cp_free_fn)(void *ptr);

/**
 * Replaces the allocator that every allocation of the library goes through.
 * Call it once at start-up, before any other libcareerplan call and before
 * any thread uses the library; it is the only process-wide state the library
 * keeps. jansson's own allocator is left alone (it belongs to the host
 * program: see json_set_alloc_funcs()).
 *
 * @param m  malloc replacement, or NULL to restore malloc
 * @param r  realloc replacement, or NULL to restore realloc
 * @param f  free replacement, or NULL to restore free
 * @return CP_OK, or CP_EINVAL when some but not all hooks are NULL
 * @since 0.1
 */
CP_API cp_status cp_set_allocator(cp_malloc_fn m, cp_realloc_fn r, cp_free_fn f);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_COMMON_H */
