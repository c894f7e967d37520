/* The allocator hooks: the one piece of process-wide state (set at start-up). */
#include "alloc.h"

#include <careerplan/common.h>
#include <stdlib.h>
#include <string.h>

static cp_malloc_fn hook_malloc = malloc;
static cp_realloc_fn hook_realloc = realloc;
static cp_free_fn hook_free = free;

cp_status cp_set_allocator(cp_malloc_fn m, cp_realloc_fn r, cp_free_fn f)
{
    if (!m && !r && !f) {
        hook_malloc = malloc;
        hook_realloc = realloc;
        hook_free = free;
        return CP_OK;
    }
    if (!m || !r || !f)
        return CP_EINVAL;
    hook_malloc = m;
    hook_realloc = r;
    hook_free = f;
    return CP_OK;
}

void *cp__malloc(size_t size)
{
    return hook_malloc(size ? size : 1);
}

void *cp__calloc(size_t count, size_t size)
{
    if (size && count > (size_t)-1 / size)
        return NULL;
    size_t total = count * size;
    void *p = cp__malloc(total);
    if (p)
        memset(p, 0, total ? total : 1);
    return p;
}

void *cp__realloc(void *ptr, size_t size)
{
    return hook_realloc(ptr, size ? size : 1);
}

void cp__free(void *ptr)
{
    if (ptr)
        hook_free(ptr);
}

void cp_free(void *ptr)
{
    cp__free(ptr);
}

char *cp__strndup(const char *s, size_t len)
{
    if (!s)
        return NULL;
    char *p = cp__malloc(len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *cp__strdup(const char *s)
{
    return s ? cp__strndup(s, strlen(s)) : NULL;
}
