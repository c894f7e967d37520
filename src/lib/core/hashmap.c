/* String-keyed hash map with linear probing and backward-shift deletion. */
#include "hashmap.h"

#include "alloc.h"

#include <stdint.h>
#include <string.h>

static size_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return (size_t)(h ^ (h >> 29));
}

void cp__hashmap_fini(cp__hashmap *m)
{
    cp__free(m->keys);
    cp__free(m->values);
    memset(m, 0, sizeof *m);
}

static size_t find_slot(const cp__hashmap *m, const char *key)
{
    size_t mask = m->cap - 1, i = hash(key) & mask;
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & mask;
    return i;
}

void *cp__hashmap_get(const cp__hashmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    size_t i = find_slot(m, key);
    return m->keys[i] ? m->values[i] : NULL;
}

static int grow(cp__hashmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 16;
    const char **keys = cp__calloc(cap, sizeof *keys);
    void **values = cp__calloc(cap, sizeof *values);
    if (!keys || !values) {
        cp__free(keys);
        cp__free(values);
        return -1;
    }
    cp__hashmap old = *m;
    m->keys = keys;
    m->values = values;
    m->cap = cap;
    for (size_t i = 0; i < old.cap; i++) {
        if (old.keys[i]) {
            size_t j = find_slot(m, old.keys[i]);
            m->keys[j] = old.keys[i];
            m->values[j] = old.values[i];
        }
    }
    cp__free(old.keys);
    cp__free(old.values);
    return 0;
}

int cp__hashmap_put(cp__hashmap *m, const char *key, void *value, void **existing)
{
    if ((m->count + 1) * 4 > m->cap * 3 && grow(m) != 0)
        return -1;
    size_t i = find_slot(m, key);
    if (m->keys[i]) {
        if (existing)
            *existing = m->values[i];
        return 1;
    }
    m->keys[i] = key;
    m->values[i] = value;
    m->count++;
    return 0;
}

void *cp__hashmap_remove(cp__hashmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    size_t mask = m->cap - 1, i = find_slot(m, key);
    if (!m->keys[i])
        return NULL;
    void *value = m->values[i];
    m->keys[i] = NULL;
    m->count--;
    /* Backward-shift the cluster after i so lookups stay correct. */
    for (size_t j = (i + 1) & mask; m->keys[j]; j = (j + 1) & mask) {
        size_t home = hash(m->keys[j]) & mask;
        int move = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
        if (move) {
            m->keys[i] = m->keys[j];
            m->values[i] = m->values[j];
            m->keys[j] = NULL;
            i = j;
        }
    }
    return value;
}
