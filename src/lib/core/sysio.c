/* The system calls of a save to a path (see sysio.h). */
#define _POSIX_C_SOURCE 200809L

#include "sysio.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int open_dir(const char *path)
{
    return open(path, O_RDONLY | O_DIRECTORY);
}

const cp__sysio cp__sysio_default = {
    lstat, stat, mkstemp, write, fchmod, fchown, fsync, close, rename, link, unlink, open_dir,
};

cp__sysio cp__io = {
    lstat, stat, mkstemp, write, fchmod, fchown, fsync, close, rename, link, unlink, open_dir,
};
