/* Internal: the system calls of a save to a path, called through a table so
 * that an internal test can make any of them fail (tests/unit/test_save_io.c).
 * The library never changes the table; only tests do, from one thread. */
#ifndef CP_CORE_SYSIO_H
#define CP_CORE_SYSIO_H

#include <sys/stat.h>
#include <sys/types.h>

typedef struct cp__sysio {
    int (*lstat)(const char *path, struct stat *sb);
    int (*stat)(const char *path, struct stat *sb);
    int (*mkstemp)(char *tmpl);
    ssize_t (*write)(int fd, const void *buf, size_t n);
    int (*fchmod)(int fd, mode_t mode);
    int (*fchown)(int fd, uid_t uid, gid_t gid);
    int (*fsync)(int fd);
    int (*close)(int fd);
    int (*rename)(const char *from, const char *to);
    int (*link)(const char *from, const char *to);
    int (*unlink)(const char *path);
    int (*open_dir)(const char *path); /* open(path, O_RDONLY | O_DIRECTORY) */
} cp__sysio;

/* The calls in use; cp__sysio_default holds the system's. */
extern cp__sysio cp__io;
extern const cp__sysio cp__sysio_default;

#endif
