/* Internal: a growable byte buffer that remembers allocation failure. */
#ifndef CP_CORE_BUF_H
#define CP_CORE_BUF_H

#include <stddef.h>

typedef struct cp__buf {
    char *data;
    size_t len, cap;
    int failed; /* an append ran out of memory; further appends are ignored */
} cp__buf;

void cp__buf_append(cp__buf *b, const char *s, size_t n);
void cp__buf_puts(cp__buf *b, const char *s);
void cp__buf_putc(cp__buf *b, char c);
/* Returns the NUL-terminated data and leaves the buffer empty; NULL if failed. */
char *cp__buf_take(cp__buf *b, size_t *len);
void cp__buf_fini(cp__buf *b);

#endif
