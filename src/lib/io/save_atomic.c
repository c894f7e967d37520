/*
 * Replacing a file atomically: write a temporary file beside it, sync it,
 * rename it over the file and sync the folder. Every system call goes
 * through cp__io (core/sysio.h) so that a test can make each one fail.
 */
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700 /* realpath */

#include "save_atomic.h"

#include "../core/alloc.h"
#include "../core/error.h"
#include "../core/sysio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* "WHAT PATH: REASON", keeping the system's reason whole: a long path loses
 * its middle, cut at character boundaries, to an ellipsis. */
static cp_status fail_io(cp_error *err, const char *what, const char *path, int errnum)
{
    const char *reason = strerror(errnum);
    size_t room = CP_ERROR_MESSAGE_SIZE - 1 - strlen(what) - 3 - strlen(reason) - 3;
    size_t n = strlen(path);
    if (n <= room || room < 16)
        return cp__fail(err, CP_EIO, NULL, "%s %s: %s", what, path, reason);
    size_t head = room / 3, tail = room - head - 3;
    while (head > 0 && ((unsigned char)path[head] & 0xC0) == 0x80)
        head--;
    size_t from = n - tail;
    while (from < n && ((unsigned char)path[from] & 0xC0) == 0x80)
        from++;
    return cp__fail(err, CP_EIO, NULL, "%s %.*s\xe2\x80\xa6%s: %s", what, (int)head, path,
                    path + from, reason);
}

/* The file a save replaces: a symbolic link is followed to its target, so
 * the link stays and the real file is written ("as editors do"). New: free
 * with cp__free; NULL with errno set and *what saying what failed. */
static char *save_target(const char *path, const char **what)
{
    struct stat lsb;
    *what = "cannot examine";
    int rc = cp__io.lstat(path, &lsb);
    if (rc != 0 && errno != ENOENT)
        return NULL;
    int link = rc == 0 && S_ISLNK(lsb.st_mode);
    *what = "cannot follow the link";
    char *real = link ? realpath(path, NULL) : NULL; /* fails on a dangling link: ENOENT */
    if (link && !real)
        return NULL;
    char *copy = cp__strdup(link ? real : path);
    free(real);
    if (!copy)
        errno = ENOMEM;
    return copy;
}

/* A name in the target's directory, short enough for any legal file name:
 * "DIR/.cpXXXXXX". */
static char *temp_name(const char *target)
{
    const char *slash = strrchr(target, '/');
    size_t dlen = slash ? (size_t)(slash - target) + 1 : 0;
    char *tmp = cp__malloc(dlen + sizeof ".cpXXXXXX");
    if (!tmp)
        return NULL;
    memcpy(tmp, target, dlen);
    memcpy(tmp + dlen, ".cpXXXXXX", sizeof ".cpXXXXXX");
    return tmp;
}

/* fsync the directory holding `target`, so the rename survives a power cut. */
static int sync_dir(const char *target)
{
    const char *slash = strrchr(target, '/');
    char dir[4096];
    if (!slash)
        strcpy(dir, ".");
    else if (slash == target)
        strcpy(dir, "/");
    else if ((size_t)(slash - target) < sizeof dir)
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - target), target);
    else
        return 0;
    int fd = cp__io.open_dir(dir);
    if (fd < 0) /* a directory we may not open: the data itself was synced */
        return errno == EACCES || errno == EPERM ? 0 : -1;
    int rc = cp__io.fsync(fd);
    int saved = errno;
    cp__io.close(fd);
    errno = saved;
    return rc == 0 || errno == EINVAL ? 0 : -1; /* some file systems cannot sync a directory */
}

/* The sink of the temporary file (a cp__buf_sink, ctx: the descriptor):
 * writes all of data, retrying a short write and an interrupted one; a write
 * that makes no progress is "no space". 0 or the errno. */
static int write_all(void *ctx, const char *data, size_t len)
{
    int fd = *(const int *)ctx;
    size_t done = 0;
    while (done < len) {
        ssize_t n = cp__io.write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return ENOSPC;
        done += (size_t)n;
    }
    return 0;
}

/* Writes the temporary file: what produce writes, mode, owner (where the
 * process may set it), synced and closed. 0, or the errno of the first
 * failure (ENOMEM: produce ran out of memory). */
static int write_temp(int fd, cp__save_producer produce, void *ctx, const struct stat *old)
{
    /* A plan holds personal data: a new file is readable by its owner only;
     * a replaced file keeps its mode, and its owner and group where the
     * process may set them (root). */
    mode_t mode = old ? (old->st_mode & 07777) : 0600;
    int saved = produce(ctx, write_all, &fd);
    if (!saved && cp__io.fchmod(fd, mode) != 0)
        saved = errno;
    if (!saved && old && (old->st_uid != geteuid() || old->st_gid != getegid()) &&
        cp__io.fchown(fd, old->st_uid, old->st_gid) != 0 && errno != EPERM)
        saved = errno;
    if (!saved && cp__io.fsync(fd) != 0)
        saved = errno;
    if (cp__io.close(fd) != 0 && !saved)
        saved = errno;
    return saved;
}

/* Renames tmp over target and syncs the folder. Before the rename the old
 * file gets a second name (bak) so that a failed folder sync can put it back;
 * where a file system has no hard links the old file is simply replaced.
 * 0, or the errno of the failure after which target is as it was. */
static int replace(const char *tmp, const char *target, char *bak, int exists)
{
    int backed = 0;
    if (exists) {
        size_t n = strlen(tmp);
        memcpy(bak, tmp, n);
        memcpy(bak + n, "~", 2);
        backed = cp__io.link(target, bak) == 0;
    }
    if (cp__io.rename(tmp, target) != 0) {
        int saved = errno;
        if (backed)
            cp__io.unlink(bak);
        return saved;
    }
    if (sync_dir(target) != 0) {
        int saved = errno;
        if (backed)
            cp__io.rename(bak, target);
        else if (!exists)
            cp__io.unlink(target);
        /* else: the old content is gone; the new file stays, unsynced */
        return saved;
    }
    if (backed)
        cp__io.unlink(bak);
    return 0;
}

cp_status cp__save_atomic(const char *path, cp__save_producer produce, void *ctx,
                          const cp_save_options *opts, cp_error *err)
{
    cp_status st = CP_OK;
    char *tmp = NULL, *bak = NULL;
    const char *what = NULL;
    char *target = save_target(path, &what);
    if (!target) {
        st = errno == ENOMEM ? cp__fail(err, CP_ENOMEM, NULL, "out of memory")
                             : fail_io(err, what, path, errno);
        goto out;
    }
    struct stat sb;
    int exists = cp__io.stat(target, &sb) == 0;
    if (!exists && errno != ENOENT) {
        st = fail_io(err, "cannot examine", path, errno);
        goto out;
    }
    /* A device, a pipe or a folder is never replaced by a file (a save to
     * /dev/null would otherwise put a regular file in its place). */
    if (exists && !S_ISREG(sb.st_mode)) {
        st = fail_io(err, "not a regular file, so not replaced:", path, EINVAL);
        goto out;
    }
    /* A read-only file is not replaced unless asked (CP_SAVE_REPLACE_READONLY). */
    if (exists && !(sb.st_mode & 0222) &&
        !(opts && (opts->flags & CP_SAVE_REPLACE_READONLY))) {
        st = fail_io(err, "will not replace the read-only file", path, EACCES);
        goto out;
    }
    if (!(tmp = temp_name(target)) || !(bak = cp__malloc(strlen(tmp) + 2))) {
        st = cp__fail(err, CP_ENOMEM, NULL, "out of memory");
        goto out;
    }
    int fd = cp__io.mkstemp(tmp);
    if (fd < 0) {
        st = fail_io(err, "cannot create a temporary file beside", path, errno);
        goto out;
    }
    int failed = write_temp(fd, produce, ctx, exists ? &sb : NULL);
    if (!failed)
        failed = replace(tmp, target, bak, exists);
    if (failed) {
        cp__io.unlink(tmp);
        st = failed == ENOMEM ? cp__fail(err, CP_ENOMEM, NULL, "out of memory")
                              : fail_io(err, "cannot write", path, failed);
    }
out:
    cp__free(target);
    cp__free(tmp);
    cp__free(bak);
    return st;
}
