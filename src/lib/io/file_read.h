/* Internal: reading a whole stream into memory, at its size when it is a file. */
#ifndef CP_IO_FILE_READ_H
#define CP_IO_FILE_READ_H

#include "../core/buf.h"
#include "../core/error.h"

#include <stdio.h>

/*
 * Appends what is left of fp to b (NUL-terminated, as cp__buf keeps it).
 * A regular file is read at its size: the buffer is allocated once, for the
 * bytes from the stream's position to the end, and filled by one fread()
 * (more only if the file grows meanwhile); a file over max is refused before
 * it is read. Anything else (a pipe, a terminal) is read in 64 KiB chunks
 * into a doubling buffer.
 *
 * Returns CP_OK, CP_ELIMIT (more than max bytes: "document exceeds the limit
 * of MAX bytes", path ""), CP_ENOMEM, CP_EIO (a read failed).
 */
cp_status cp__file_read_all(FILE *fp, size_t max, cp__buf *b, cp_error *err);

#endif
