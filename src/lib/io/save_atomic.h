/* Internal: replacing a file atomically (the *_save_path() functions). */
#ifndef CP_IO_SAVE_ATOMIC_H
#define CP_IO_SAVE_ATOMIC_H

#include "../core/buf.h"

#include <careerplan/common.h>
#include <careerplan/json.h>

#include <stddef.h>

/* Writes the new file's content, piece by piece, through sink(sink_ctx, ...)
 * (which writes to the temporary file). Returns 0, ENOMEM, or the first errno
 * the sink returned. */
typedef int (*cp__save_producer)(void *ctx, cp__buf_sink sink, void *sink_ctx);

/* Writes what produce(ctx, ...) writes to path through a temporary file
 * beside the file replaced, as described at cp_client_save_path(): the whole
 * content is never needed at once. On any failure the file at path is as it
 * was (byte for byte, or still absent) and the temporary file is gone. A
 * short or interrupted write is continued. Returns CP_OK, CP_ENOMEM or
 * CP_EIO (the path and the system's reason). opts may be NULL. */
cp_status cp__save_atomic(const char *path, cp__save_producer produce, void *ctx,
                          const cp_save_options *opts, cp_error *err);

#endif
