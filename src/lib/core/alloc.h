/* Internal: every allocation of the library goes through these. */
#ifndef CP_CORE_ALLOC_H
#define CP_CORE_ALLOC_H

#include <stddef.h>

void *cp__malloc(size_t size);
void *cp__calloc(size_t count, size_t size);
void *cp__realloc(void *ptr, size_t size);
void cp__free(void *ptr);
/* Copies a NUL-terminated string; NULL in gives NULL out. */
char *cp__strdup(const char *s);
/* Copies len bytes and adds a NUL. */
char *cp__strndup(const char *s, size_t len);

#endif
