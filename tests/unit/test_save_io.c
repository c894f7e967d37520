/* Saves under I/O failure (internal: swaps the library's system-call table,
 * src/lib/core/sysio.h). Every system call of a save to a path is made to
 * fail in turn, with ENOSPC, EIO and EDQUOT: a failed save returns CP_EIO
 * with the system's reason, leaves the file it would replace byte for byte
 * (or absent) and no temporary file behind. A short write is retried. The
 * same through a writer's buffer small enough that a save is many writes. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include "../../src/lib/core/sysio.h"
#include "../../src/lib/io/json_write.h"

#include <dirent.h>
#include <fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_CALLS 64

static int calls;          /* system calls made since the count was reset */
static int fail_at;        /* the call that fails (1-based); 0: none */
static int fail_errno;     /* with this errno */
static const char *names[MAX_CALLS + 1]; /* names[n]: what call n was */
static size_t write_limit; /* a write writes at most this many bytes; 0: all */
static int zero_writes;    /* writes that return 0 before any progress */
static int eintr_writes;   /* writes interrupted (EINTR) before any progress */
static int fake_owner;     /* stat reports another group: the save calls fchown */
static int dir_fd = -1;    /* the descriptor open_dir returned */
static int writes;         /* write calls */

/* Counts a call named `name`; 1 when it is the one to fail (errno set). */
static int inject(const char *name)
{
    if (++calls <= MAX_CALLS)
        names[calls] = name;
    if (calls == fail_at) {
        errno = fail_errno;
        return 1;
    }
    return 0;
}

static int w_lstat(const char *p, struct stat *sb)
{
    return inject("lstat") ? -1 : lstat(p, sb);
}

static int w_stat(const char *p, struct stat *sb)
{
    if (inject("stat"))
        return -1;
    int rc = stat(p, sb);
    if (rc == 0 && fake_owner)
        sb->st_gid += 1;
    return rc;
}

static int w_mkstemp(char *t)
{
    return inject("mkstemp") ? -1 : mkstemp(t);
}

static ssize_t w_write(int fd, const void *buf, size_t n)
{
    writes++;
    if (inject("write"))
        return -1;
    if (eintr_writes > 0) {
        eintr_writes--;
        errno = EINTR;
        return -1;
    }
    if (zero_writes > 0) {
        zero_writes--;
        return 0;
    }
    return write(fd, buf, write_limit && n > write_limit ? write_limit : n);
}

static int w_fchmod(int fd, mode_t m)
{
    return inject("fchmod") ? -1 : fchmod(fd, m);
}

static int w_fchown(int fd, uid_t u, gid_t g)
{
    if (inject("fchown"))
        return -1;
    (void)fd, (void)u, (void)g;
    errno = EPERM; /* not root: the library carries on */
    return -1;
}

static int w_fsync(int fd)
{
    return inject(fd == dir_fd ? "fsync-dir" : "fsync") ? -1 : fsync(fd);
}

static int w_close(int fd)
{
    int dir = fd == dir_fd;
    if (dir)
        dir_fd = -1;
    int failed = inject(dir ? "close-dir" : "close");
    int saved = errno;
    close(fd); /* the descriptor is gone whatever close reports */
    errno = saved;
    return failed ? -1 : 0;
}

static int w_rename(const char *a, const char *b)
{
    return inject("rename") ? -1 : rename(a, b);
}

static int w_link(const char *a, const char *b)
{
    return inject("link") ? -1 : link(a, b);
}

static int w_unlink(const char *p)
{
    return inject("unlink") ? -1 : unlink(p);
}

static int w_open_dir(const char *p)
{
    if (inject("open-dir"))
        return -1;
    dir_fd = cp__sysio_default.open_dir(p);
    return dir_fd;
}

static const cp__sysio wrapped = {w_lstat, w_stat, w_mkstemp, w_write, w_fchmod, w_fchown,
                                  w_fsync, w_close, w_rename, w_link, w_unlink, w_open_dir};

static char dir[64];
static char path[128];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/cp-save-io-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/plan.json", dir);
    cp__io = wrapped;
    calls = fail_at = fail_errno = 0;
    write_limit = 0;
    zero_writes = eintr_writes = fake_owner = 0;
    cp__json_stream_size = 64 * 1024;
}

static void teardown(void)
{
    cp__io = cp__sysio_default;
    unlink(path);
    ck_assert_int_eq(rmdir(dir), 0); /* nothing else is left */
}

/* ---- the files ---- */

static const char original[] = "{\"the original\": \"bytes, not even a careerplan document\"}\n";

static void put_original(void)
{
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    fputs(original, fp);
    ck_assert_int_eq(fclose(fp), 0);
    ck_assert_int_eq(chmod(path, 0640), 0);
}

/* The file's content (free with free()), or NULL when it does not exist. */
static char *content(void)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    char *s = calloc(1, 1 << 16);
    ck_assert_ptr_nonnull(s);
    size_t n = fread(s, 1, (1 << 16) - 1, fp);
    s[n] = '\0';
    fclose(fp);
    return s;
}

/* Names the directory's entries other than plan.json in `out`; returns how many. */
static int strays(char *out, size_t size)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    out[0] = '\0';
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (!strcmp(ent->d_name, ".") || !strcmp(ent->d_name, "..") ||
            !strcmp(ent->d_name, "plan.json"))
            continue;
        n++;
        snprintf(out + strlen(out), size - strlen(out), "%s ", ent->d_name);
    }
    closedir(d);
    return n;
}

static void remove_strays(void)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL)
        if (strncmp(ent->d_name, ".cp", 3) == 0)
            ck_assert_int_eq(unlinkat(dirfd(d), ent->d_name, 0), 0);
    closedir(d);
}

/* ---- the documents saved ---- */

typedef cp_status (*save_fn)(const void *doc, const char *path, cp_error *err);

static cp_status save_client(const void *doc, const char *p, cp_error *err)
{
    return cp_client_save_path(doc, p, NULL, err);
}

static cp_status save_caseload(const void *doc, const char *p, cp_error *err)
{
    return cp_caseload_save_path(doc, p, NULL, err);
}

static cp_status save_strategic(const void *doc, const char *p, cp_error *err)
{
    return cp_strategic_plan_save_path(doc, p, NULL, err);
}

/* A call whose failure the save survives: the backup link (the save goes on
 * without one), the folder's descriptor closed after its sync, and removing
 * the backup after success (the backup then stays: named ".cpXXXXXX~"). */
static int survivable(const char *name)
{
    return !strcmp(name, "link") || !strcmp(name, "close-dir") || !strcmp(name, "unlink");
}

/* Fails each call of the save in turn, with each errno, over an existing
 * file (existing = 1) or none; returns the number of injection points. */
static int fail_each_call(save_fn save, const void *doc, const char *want, int existing)
{
    static const int errnos[] = {ENOSPC, EIO, EDQUOT};
    if (existing)
        put_original();
    else
        unlink(path);
    calls = fail_at = 0;
    ck_assert_int_eq(save(doc, path, NULL), CP_OK);
    int total = calls;
    ck_assert_int_le(total, MAX_CALLS);
    const char *clean[MAX_CALLS + 1];
    memcpy(clean, names, sizeof clean);
    for (int n = 1; n <= total; n++)
        for (size_t k = 0; k < sizeof errnos / sizeof errnos[0]; k++) {
            if (existing)
                put_original();
            else
                unlink(path);
            calls = 0;
            fail_at = n;
            fail_errno = errnos[k];
            cp_error e;
            cp_status st = save(doc, path, &e);
            fail_at = 0;
            char *got = content();
            char left[512];
            int nleft = strays(left, sizeof left);
            if (st == CP_OK) {
                ck_assert_msg(survivable(clean[n]), "a save succeeded although %s failed",
                              clean[n]);
                ck_assert_ptr_nonnull(got);
                ck_assert_str_eq(got, want);
                if (!strcmp(clean[n], "unlink") && existing) {
                    ck_assert_int_eq(nleft, 1); /* the backup */
                    ck_assert_int_eq(left[strlen(left) - 2], '~');
                    remove_strays();
                } else {
                    ck_assert_msg(nleft == 0, "%s failed: left %s", clean[n], left);
                }
            } else {
                ck_assert_msg(st == CP_EIO, "%s failed: %s", clean[n], cp_status_name(st));
                ck_assert_int_eq(e.code, CP_EIO);
                ck_assert_msg(strstr(e.message, strerror(errnos[k])) != NULL,
                              "%s failed: the message \"%s\" lacks \"%s\"", clean[n], e.message,
                              strerror(errnos[k]));
                ck_assert_msg(strstr(e.message, "plan.json") != NULL, "no path in \"%s\"",
                              e.message);
                if (existing) {
                    ck_assert_msg(got != NULL, "%s failed: the file is gone", clean[n]);
                    ck_assert_msg(!strcmp(got, original), "%s failed: the file changed",
                                  clean[n]);
                } else {
                    ck_assert_msg(got == NULL, "%s failed: a file was left at the path",
                                  clean[n]);
                }
                ck_assert_msg(nleft == 0, "%s failed: left %s", clean[n], left);
            }
            free(got);
        }
    return total;
}

static void names_of_clean_run(char *out, size_t size)
{
    out[0] = '\0';
    for (int i = 1; i <= calls && i <= MAX_CALLS; i++)
        snprintf(out + strlen(out), size - strlen(out), "%s%s", i > 1 ? " " : "", names[i]);
}

START_TEST(client_every_call)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    char *want = NULL;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &want, NULL, NULL), CP_OK);
    int points = fail_each_call(save_client, c, want, 1);
    /* the calls of a save over an existing file, in order */
    put_original();
    calls = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    char seq[512];
    names_of_clean_run(seq, sizeof seq);
    ck_assert_str_eq(seq, "lstat stat mkstemp write fchmod fsync close link rename open-dir "
                          "fsync-dir close-dir unlink");
    ck_assert_int_eq(points, 13);
    /* and of a save that creates the file: no backup */
    int fresh = fail_each_call(save_client, c, want, 0);
    unlink(path);
    calls = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    names_of_clean_run(seq, sizeof seq);
    ck_assert_str_eq(seq, "lstat stat mkstemp write fchmod fsync close rename open-dir "
                          "fsync-dir close-dir");
    ck_assert_int_eq(fresh, 11);
    printf("save_io: client: %d injection points over a file, %d creating one, x3 errnos\n",
           points, fresh);
    cp_free(want);
    cp_client_free(c);
}
END_TEST

START_TEST(caseload_every_call)
{
    char *p = cpt_example_path("caseload.json");
    cp_caseload *cl = NULL;
    ck_assert_int_eq(cp_caseload_load_path(p, NULL, &cl, NULL), CP_OK);
    free(p);
    char *want = NULL;
    ck_assert_int_eq(cp_caseload_save_string(cl, NULL, &want, NULL, NULL), CP_OK);
    int points = fail_each_call(save_caseload, cl, want, 1);
    int fresh = fail_each_call(save_caseload, cl, want, 0);
    ck_assert_int_eq(points, 13);
    ck_assert_int_eq(fresh, 11);
    cp_free(want);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(strategic_plan_every_call)
{
    char *p = cpt_example_path("strategic-plan.json");
    cp_strategic_plan *sp = NULL;
    ck_assert_int_eq(cp_strategic_plan_load_path(p, NULL, &sp, NULL), CP_OK);
    free(p);
    char *want = NULL;
    ck_assert_int_eq(cp_strategic_plan_save_string(sp, NULL, &want, NULL, NULL), CP_OK);
    ck_assert_int_eq(fail_each_call(save_strategic, sp, want, 1), 13);
    cp_free(want);
    cp_strategic_plan_free(sp);
}
END_TEST

/* A replaced file of another owner: fchown is called, and may fail. */
START_TEST(owner_kept_or_save_refused)
{
    cp_client *c = NULL;
    ck_assert_int_eq(cp_client_new("c1", &c, NULL), CP_OK);
    char *want = NULL;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &want, NULL, NULL), CP_OK);
    fake_owner = 1;
    int points = fail_each_call(save_client, c, want, 1);
    ck_assert_int_eq(points, 14);
    put_original();
    calls = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    ck_assert_str_eq(names[6], "fchown"); /* EPERM (not root) is no failure */
    cp_free(want);
    cp_client_free(c);
}
END_TEST

/* A write that writes part of its bytes is continued, not taken for an
 * error or for the end. */
START_TEST(short_writes_are_retried)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    char *want = NULL;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &want, NULL, NULL), CP_OK);
    put_original();
    write_limit = 7;
    eintr_writes = 2;
    calls = writes = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    ck_assert_int_eq(writes, ((int)strlen(want) + 6) / 7 + 2);
    char *got = content();
    ck_assert_str_eq(got, want);
    free(got);
    char left[256];
    ck_assert_int_eq(strays(left, sizeof left), 0);
    cp_free(want);
    cp_client_free(c);
}
END_TEST

/* A write that makes no progress is "no space", not a loop. */
START_TEST(a_write_without_progress_is_no_space)
{
    cp_client *c = NULL;
    ck_assert_int_eq(cp_client_new("c1", &c, NULL), CP_OK);
    put_original();
    zero_writes = 1;
    cp_error e;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, &e), CP_EIO);
    ck_assert_ptr_nonnull(strstr(e.message, strerror(ENOSPC)));
    char *got = content();
    ck_assert_str_eq(got, original);
    free(got);
    char left[256];
    ck_assert_int_eq(strays(left, sizeof left), 0);
    cp_client_free(c);
}
END_TEST

/* A folder that may not be opened for its sync (EACCES) is no failure: the
 * data was synced; any other error is, and puts the old file back. */
START_TEST(folder_not_opened)
{
    cp_client *c = NULL;
    ck_assert_int_eq(cp_client_new("c1", &c, NULL), CP_OK);
    char *want = NULL;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &want, NULL, NULL), CP_OK);
    put_original();
    fail_at = 10; /* open-dir, over an existing file */
    fail_errno = EACCES;
    calls = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    ck_assert_str_eq(names[10], "open-dir");
    char *got = content();
    ck_assert_str_eq(got, want);
    free(got);
    cp_free(want);
    cp_client_free(c);
}
END_TEST

/* A path that is not a regular file (a pipe here; /dev/null alike) is never
 * replaced by one. */
START_TEST(not_a_regular_file)
{
    cp_client *c = NULL;
    ck_assert_int_eq(cp_client_new("c1", &c, NULL), CP_OK);
    ck_assert_int_eq(mkfifo(path, 0600), 0);
    cp_error e;
    ck_assert_cp(cp_client_save_path(c, path, NULL, &e), CP_EIO, "", &e);
    ck_assert_ptr_nonnull(strstr(e.message, "not a regular file"));
    struct stat sb;
    ck_assert_int_eq(lstat(path, &sb), 0);
    ck_assert(S_ISFIFO(sb.st_mode));
    char left[256];
    ck_assert_int_eq(strays(left, sizeof left), 0);
    cp_client_free(c);
}
END_TEST

/* ---- streamed: a save of many writes (issue 13 item 4) ---- */

static cp_client *example_client(char **want, size_t *len)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    ck_assert_int_eq(cp_client_save_string(c, NULL, want, len, NULL), CP_OK);
    return c;
}

/* Every call of a save written in ten buffers fails in turn: the same
 * guarantees as a save in one write. */
START_TEST(streamed_every_call)
{
    char *want = NULL;
    size_t len = 0;
    cp_client *c = example_client(&want, &len);
    cp__json_stream_size = (len + 9) / 10;
    ck_assert_int_eq(fail_each_call(save_client, c, want, 1), 13 + 9);
    ck_assert_int_eq(fail_each_call(save_client, c, want, 0), 11 + 9);
    put_original();
    calls = writes = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    char seq[512];
    names_of_clean_run(seq, sizeof seq);
    ck_assert_str_eq(seq, "lstat stat mkstemp write write write write write write write write "
                          "write write fchmod fsync close link rename open-dir fsync-dir "
                          "close-dir unlink");
    ck_assert_int_eq(writes, 10);
    cp_free(want);
    cp_client_free(c);
}
END_TEST

/* A write failing in the middle of the stream is the last: the temporary
 * file is closed and removed, the failure reported once. */
START_TEST(a_failed_write_is_the_last)
{
    char *want = NULL;
    size_t len = 0;
    cp_client *c = example_client(&want, &len);
    cp__json_stream_size = (len + 9) / 10;
    for (int k = 1; k <= 10; k++) {
        put_original();
        calls = writes = 0;
        fail_at = 3 + k; /* lstat stat mkstemp, then the k-th write */
        fail_errno = EIO;
        cp_error e;
        ck_assert_cp(cp_client_save_path(c, path, NULL, &e), CP_EIO, "", &e);
        fail_at = 0;
        ck_assert_int_eq(writes, k);
        ck_assert_int_eq(calls, 3 + k + 2);
        ck_assert_str_eq(names[3 + k + 1], "close");
        ck_assert_str_eq(names[3 + k + 2], "unlink");
        const char *reason = strstr(e.message, strerror(EIO));
        ck_assert_ptr_nonnull(reason);
        ck_assert_ptr_null(strstr(reason + 1, strerror(EIO)));
        ck_assert_ptr_nonnull(strstr(e.message, "cannot write"));
        char *got = content();
        ck_assert_str_eq(got, original);
        free(got);
        char left[256];
        ck_assert_int_eq(strays(left, sizeof left), 0);
    }
    cp_free(want);
    cp_client_free(c);
}
END_TEST

/* Short and interrupted writes within each buffer are continued. */
START_TEST(streamed_short_writes_are_retried)
{
    char *want = NULL;
    size_t len = 0;
    cp_client *c = example_client(&want, &len);
    cp__json_stream_size = 100;
    put_original();
    write_limit = 7;
    eintr_writes = 2;
    calls = writes = 0;
    ck_assert_int_eq(cp_client_save_path(c, path, NULL, NULL), CP_OK);
    int want_writes = 2 + (int)(len / 100) * 15 + (int)(len % 100 + 6) / 7;
    ck_assert_int_eq(writes, want_writes);
    char *got = content();
    ck_assert_str_eq(got, want);
    free(got);
    char left[256];
    ck_assert_int_eq(strays(left, sizeof left), 0);
    cp_free(want);
    cp_client_free(c);
}
END_TEST

static Suite *save_io_suite(void)
{
    Suite *s = suite_create("save_io");
    TCase *tc = tcase_create("save_io");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, client_every_call);
    tcase_add_test(tc, caseload_every_call);
    tcase_add_test(tc, strategic_plan_every_call);
    tcase_add_test(tc, owner_kept_or_save_refused);
    tcase_add_test(tc, short_writes_are_retried);
    tcase_add_test(tc, a_write_without_progress_is_no_space);
    tcase_add_test(tc, folder_not_opened);
    tcase_add_test(tc, not_a_regular_file);
    tcase_add_test(tc, streamed_every_call);
    tcase_add_test(tc, a_failed_write_is_the_last);
    tcase_add_test(tc, streamed_short_writes_are_retried);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(save_io_suite)
