/* Internal: RFC 6901 JSON Pointers, built only when one is read.
 *
 * A cp__path is a stack of frames (a key, or an array index): pushing and
 * popping are O(1) and copy no text; cp__path_str() builds the pointer
 * string when an error or a diagnostic needs it, and keeps it until the
 * next push or pop (a pop keeps the part of it that is still valid, so
 * reading the pointer after every push costs one token each time). */
#ifndef CP_CORE_PATH_H
#define CP_CORE_PATH_H

#include <careerplan/common.h>
#include <stddef.h>

/* Frames kept. Deeper frames are counted (push and pop stay balanced) but
 * not kept: they can never be part of the string, since every token takes
 * at least one character ("/") and the string holds at most
 * CP_ERROR_PATH_SIZE - 1, so the frame at index CP_ERROR_PATH_SIZE - 1 or
 * deeper is always left out by the truncation rule (cp__path_str). */
#define CP__PATH_FRAMES CP_ERROR_PATH_SIZE

typedef struct cp__path_frame {
    const char *key; /* NULL: an array index */
    size_t index;
} cp__path_frame;

/* All zero bytes is an empty path (the document), as is cp__path_init(). */
typedef struct cp__path {
    size_t depth; /* frames pushed, kept or not */
    size_t built; /* frames str reflects (<= depth, <= CP__PATH_FRAMES) */
    size_t len;   /* strlen(str) */
    size_t cut;   /* 1 + the index of the first frame left out of str; 0: none */
    cp__path_frame frames[CP__PATH_FRAMES];
    unsigned short at[CP__PATH_FRAMES]; /* len before frame i, for i < built */
    char str[CP_ERROR_PATH_SIZE];
} cp__path;

void cp__path_init(cp__path *p);

/* Pushes a key token and returns the mark to pass to cp__path_pop (the depth
 * before the push). The key is not copied: it must stay valid and unchanged
 * while its frame is on the stack (field names are static; a JSON key lives
 * as long as the jansson tree it is read from). */
size_t cp__path_push(cp__path *p, const char *key);
/* Pushes an array index token; as cp__path_push. */
size_t cp__path_push_index(cp__path *p, size_t index);
/* Pushes a token that never fits: the string ends before it, as for a
 * token too long for the string (for a caller that cannot keep a key that
 * it knows cannot fit). */
size_t cp__path_push_cut(cp__path *p);
/* Pops back to a mark from a push (or from cp__path_mark). */
void cp__path_pop(cp__path *p, size_t mark);

/* The current depth, a mark to pop back to. */
static inline size_t cp__path_mark(const cp__path *p)
{
    return p->depth;
}

/* The JSON Pointer of the frames: "/" and each token, ~ escaped as ~0 and
 * / as ~1; "" for no frames. At most CP_ERROR_PATH_SIZE - 1 characters: a
 * token that does not fit is left out, and so is every token after it, so a
 * long path ends at its last whole token. The string belongs to p and is
 * valid until the next push or pop. */
const char *cp__path_str(cp__path *p);

#endif
