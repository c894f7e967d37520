/* Internal: building RFC 6901 JSON Pointers incrementally. */
#ifndef CP_CORE_PATH_H
#define CP_CORE_PATH_H

#include <careerplan/common.h>
#include <stddef.h>

typedef struct cp__path {
    char buf[CP_ERROR_PATH_SIZE];
    size_t len;
} cp__path;

/* Appends "/token" (escaping ~ and /) and returns the previous length, to
 * pass to cp__path_pop. A token that would overflow the buffer is left out,
 * and so is every token after it until it is popped: a long path ends at its
 * last whole token. */
size_t cp__path_push(cp__path *p, const char *token);
size_t cp__path_push_index(cp__path *p, size_t index);
void cp__path_pop(cp__path *p, size_t len);

#endif
