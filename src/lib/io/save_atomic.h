/* Internal: replacing a file atomically (the *_save_path() functions). */
#ifndef CP_IO_SAVE_ATOMIC_H
#define CP_IO_SAVE_ATOMIC_H

#include <careerplan/common.h>
#include <careerplan/json.h>

#include <stddef.h>

/* Writes the len bytes of data to path through a temporary file beside the
 * file replaced, as described at cp_client_save_path(): on any failure the
 * file at path is as it was (byte for byte, or still absent) and the
 * temporary file is gone. Returns CP_OK, CP_ENOMEM or CP_EIO (the path and
 * the system's reason). opts may be NULL. */
cp_status cp__save_atomic(const char *path, const char *data, size_t len,
                          const cp_save_options *opts, cp_error *err);

#endif
