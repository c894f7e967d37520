/* The arena a loaded client is built in (arena.h). */
#include "arena.h"

#include "alloc.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A block: its header, then its bytes up to `end`. The arena's own header
 * sits in the first block, so that a new arena is one allocation. */
typedef struct block {
    struct block *next; /* the block allocated before this one */
    char *end;
} block;

struct cp__arena {
    block *head; /* the newest block: where allocations are made */
    char *cur;   /* the first free byte of head */
    size_t size; /* the bytes of all blocks */
};

/* What a model node needs: pointers, long long, double (no long double). */
#define ALIGN (_Alignof(union { void *p; long long l; double d; }))

static size_t round_up(size_t n)
{
    return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

/* The first usable byte of a block. */
static char *block_start(block *b)
{
    return (char *)b + round_up(sizeof *b);
}

/* A new block of at least `need` usable bytes at the head; 0 when out of
 * memory. */
static int grow(cp__arena *a, size_t need)
{
    size_t usable = need > CP__ARENA_MIN_BLOCK ? need : CP__ARENA_MIN_BLOCK;
    size_t total = round_up(sizeof(block)) + usable;
    if (total < usable)
        return 0;
    block *b = cp__malloc(total);
    if (!b)
        return 0;
    b->next = a->head;
    b->end = (char *)b + total;
    a->head = b;
    a->cur = block_start(b);
    a->size += total;
    return 1;
}

cp__arena *cp__arena_new(size_t first)
{
    size_t header = round_up(sizeof(block)) + round_up(sizeof(cp__arena));
    if (first > SIZE_MAX - header)
        return NULL;
    block *b = cp__malloc(header + first);
    if (!b)
        return NULL;
    b->next = NULL;
    b->end = (char *)b + header + first;
    cp__arena *a = (cp__arena *)(void *)block_start(b);
    a->head = b;
    a->cur = (char *)b + header;
    a->size = header + first;
    return a;
}

/* size bytes at the head, the start aligned to `align` (a power of two). */
static void *take(cp__arena *a, size_t size, size_t align)
{
    uintptr_t at = ((uintptr_t)a->cur + align - 1) & ~(uintptr_t)(align - 1);
    if (at > (uintptr_t)a->head->end || size > (size_t)((uintptr_t)a->head->end - at)) {
        if (size > SIZE_MAX - align || !grow(a, size + align - 1))
            return NULL;
        at = ((uintptr_t)a->cur + align - 1) & ~(uintptr_t)(align - 1);
    }
    a->cur = (char *)at + size;
    return (void *)at;
}

void *cp__arena_calloc(cp__arena *a, size_t size)
{
    void *p = take(a, size, ALIGN);
    if (p)
        memset(p, 0, size);
    return p;
}

char *cp__arena_strndup(cp__arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = take(a, len + 1, 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int cp__arena_owns(const cp__arena *a, const void *p)
{
    if (!a || !p)
        return 0;
    uintptr_t q = (uintptr_t)p;
    for (const block *b = a->head; b; b = b->next)
        if (q >= (uintptr_t)b && q < (uintptr_t)b->end)
            return 1;
    return 0;
}

size_t cp__arena_size(const cp__arena *a)
{
    return a ? a->size : 0;
}

void cp__arena_free(cp__arena *a)
{
    if (!a)
        return;
    block *b = a->head;
    while (b) { /* the first block, which holds *a, comes last */
        block *next = b->next;
        cp__free(b);
        b = next;
    }
}
