/* Internal: finding in JSON text where a value sits (its JSON Pointer and
 * byte offset), for errors that the parser reports without a path. */
#ifndef CP_IO_JSON_LOCATE_H
#define CP_IO_JSON_LOCATE_H

#include "../core/path.h"

#include <careerplan/common.h>
#include <jansson.h>

#include <stddef.h>

typedef enum cp__locate_result {
    CP__LOCATE_NONE = 0, /* neither was reached */
    CP__LOCATE_DEEP = 1, /* an object or array nested deeper than max_depth */
    CP__LOCATE_STOP = 2  /* the value, or the key, holding byte `stop` */
} cp__locate_result;

/* Scans text[0..len) as JSON, which must be well formed up to where the scan
 * stops (the caller knows it from the parser), and stops at the first of:
 * an object or array at nesting depth max_depth + 1 (the root is at depth
 * 1), or the value holding byte `stop`. On stopping, `path` is the value's
 * JSON Pointer (for a byte inside a key, that of the key's object) and `at`
 * the offset of its first byte (of the key, for a key). The pointer string
 * is built before the call returns and its key frames point into the scan's
 * own storage: read it with cp__path_str(), do not push or pop on it. */
cp__locate_result cp__json_locate(const char *text, size_t len, size_t max_depth, size_t stop,
                                  cp__path *path, size_t *at);

/* No offset: cp__json_offsets() did not find the pointer. */
#define CP__NO_OFFSET ((size_t)-1)

/* Where values are in JSON text, in one scan: offsets[i] is the offset of
 * the first byte of the value whose JSON Pointer is pointers[i] (the
 * pointers sorted by strcmp, without repeats; "" is the root), or
 * CP__NO_OFFSET when the text has no such value. With every pointer, each
 * of its prefixes must be among them ("/a/b" needs "" and "/a"): the scan
 * looks inside a value only when its pointer is. The text must be well
 * formed JSON (it loaded). */
void cp__json_offsets(const char *text, size_t len, const char *const *pointers, size_t n,
                      size_t *offsets);

/* Line (1-based) and the count of characters before byte `at` on its line. */
void cp__text_line_column(const char *text, size_t at, int *line, int *before);

/* Fills err for an object or array nested deeper than max_depth in the text
 * (CP_ELIMIT, with its path, line, column and offset) and returns
 * CP_ELIMIT; returns CP_OK if the scan finds none. */
cp_status cp__json_depth_error(const char *text, size_t len, size_t max_depth, cp_error *err);

/* Fills err for a \u0000 in the string or key that holds byte `stop`
 * (CP_EVALUE, with its path, line, column and offset); returns CP_EVALUE,
 * or CP_OK if the scan does not find that string. */
cp_status cp__json_nul_error(const char *text, size_t len, size_t stop, int in_key, cp_error *err);

/* Whether jansson's parse of json[0..len) stopped because an allocation
 * failed, from its error (see the reasoning at the definition). */
int cp__jansson_out_of_memory(const char *json, size_t len, const json_error_t *je);

#endif
