/* Internal: a string-keyed open-addressing hash map (keys borrowed, not copied). */
#ifndef CP_CORE_HASHMAP_H
#define CP_CORE_HASHMAP_H

#include <stddef.h>

typedef struct cp__hashmap {
    const char **keys;
    void **values;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} cp__hashmap;

/* Zero-initialise with {0}; free with cp__hashmap_fini. */
void cp__hashmap_fini(cp__hashmap *m);
/* Returns the value or NULL. */
void *cp__hashmap_get(const cp__hashmap *m, const char *key);
/* Inserts key (borrowed: must outlive its entry). Returns 0 on success,
 * 1 if the key is already there (existing value left alone, *existing set
 * when not NULL), -1 when out of memory. */
int cp__hashmap_put(cp__hashmap *m, const char *key, void *value, void **existing);
/* Removes key if present; returns its value or NULL. */
void *cp__hashmap_remove(cp__hashmap *m, const char *key);

#endif
