/*
 * Reading a document's bytes. A caseload of 10,000 clients is about 155 MB
 * of JSON: reading it by doubling a buffer copies it about twice over and
 * leaves up to half the buffer unused at the peak (issue 13). A regular
 * file tells its size, so it is read into one allocation of that size.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L

#include "file_read.h"

#include "../core/alloc.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

static cp_status too_big(size_t max, cp_error *err)
{
    return cp__fail(err, CP_ELIMIT, "", "document exceeds the limit of %zu bytes", max);
}

/* Room for want more bytes and the NUL after them: CP_OK or CP_ENOMEM. */
static cp_status reserve(cp__buf *b, size_t want, cp_error *err)
{
    char *d = NULL;
    if (want < SIZE_MAX - b->len) {
        if (b->len + want < b->cap)
            return CP_OK;
        d = cp__realloc(b->data, b->len + want + 1);
    }
    if (!d) {
        b->failed = 1;
        return cp__fail(err, CP_ENOMEM, "", "out of memory");
    }
    b->data = d;
    b->cap = b->len + want + 1;
    return CP_OK;
}

/* The bytes left in a regular file from fp's position, or 0 when unknown. */
static size_t bytes_left(FILE *fp)
{
    struct stat st;
    int fd = fileno(fp);
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    off_t pos = ftello(fp);
    if (pos < 0 || st.st_size <= pos)
        return 0;
    uintmax_t left = (uintmax_t)(st.st_size - pos);
    return left > SIZE_MAX - 2 ? SIZE_MAX - 2 : (size_t)left;
}

cp_status cp__file_read_all(FILE *fp, size_t max, cp__buf *b, cp_error *err)
{
    size_t left = bytes_left(fp);
    if (left > max)
        return too_big(max, err);
    /* The file's size, plus one byte so that the end is seen by the first
     * read; then 64 KiB at a time, doubling, for a stream or a growing file. */
    size_t step = left ? left + 1 : 65536;
    cp_status st;
    for (;;) {
        /* never more than one byte past the limit */
        if (step > max - b->len)
            step = max - b->len + (max - b->len < SIZE_MAX);
        if ((st = reserve(b, step, err)) != CP_OK)
            return st;
        size_t room = b->cap - 1 - b->len;
        size_t n = fread(b->data + b->len, 1, room, fp);
        b->len += n;
        b->data[b->len] = '\0';
        if (b->len > max)
            return too_big(max, err);
        if (n < room)
            break;
        step = b->cap > 65536 ? b->cap : 65536;
    }
    if (ferror(fp))
        return cp__fail(err, CP_EIO, "", "read failed: %s", strerror(errno));
    return CP_OK;
}
