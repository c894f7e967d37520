/* Saving by streaming (issue 13 item 4; internal: sets the writer's buffer
 * size, src/lib/io/json_write.h). Every document of tests/data,
 * examples/data and the fuzz_roundtrip corpus that loads is saved, pretty
 * and compact, as a string and streamed (to a sink, a FILE * and a path)
 * through buffers of 64 KiB, 7 bytes and 1 byte: the bytes are the same. The
 * sink is given exactly full buffers; a failing sink is reported once and
 * never called again. */
#define _GNU_SOURCE /* fopencookie */

#include "testutil.h"

#include "../../src/lib/io/json_write.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static const size_t sizes[] = {64 * 1024, 7, 1};
#define NSIZES (sizeof sizes / sizeof sizes[0])

static char tmpdir[64];

static void setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/cp-save-stream-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void teardown(void)
{
    cp__json_stream_size = 64 * 1024;
    ck_assert_int_eq(rmdir(tmpdir), 0); /* nothing left behind */
}

/* ---- a sink collecting what it is given ---- */

typedef struct collect {
    char *data;
    size_t len, cap;
    size_t calls;
    size_t fail_at; /* the call that fails (1-based); 0: none */
    int short_call; /* a call of fewer bytes than the buffer was seen */
    size_t after_short; /* calls after it: must be none */
} collect;

static int collect_sink(void *ctx, const char *data, size_t len)
{
    collect *c = ctx;
    c->calls++;
    ck_assert_uint_ge(len, 1);
    ck_assert_uint_le(len, cp__json_stream_size);
    if (c->short_call)
        c->after_short++;
    if (len < cp__json_stream_size)
        c->short_call = 1;
    if (c->calls == c->fail_at)
        return ENOSPC;
    if (c->len + len + 1 > c->cap) {
        c->cap = (c->len + len + 1) * 2;
        c->data = realloc(c->data, c->cap);
        ck_assert_ptr_nonnull(c->data);
    }
    memcpy(c->data + c->len, data, len);
    c->len += len;
    c->data[c->len] = '\0';
    return 0;
}

/* ---- the documents ---- */

static const cp__node *root_of(cp_document *doc)
{
    switch (cp_document_get_kind(doc)) {
    case CP_DOCUMENT_KIND_CLIENT:
        return (const cp__node *)cp_document_client(doc);
    case CP_DOCUMENT_KIND_CASELOAD:
        return (const cp__node *)cp_document_caseload(doc);
    case CP_DOCUMENT_KIND_STRATEGIC_PLAN:
        return (const cp__node *)cp_document_strategic_plan(doc);
    case CP_DOCUMENT_KIND_PROVISION_MAP:
        return (const cp__node *)cp_document_provision_map(doc);
    case CP_DOCUMENT_KIND_UNSET:
        break;
    }
    return NULL;
}

static cp_status save_file(cp_document *doc, FILE *fp, const cp_save_options *o)
{
    switch (cp_document_get_kind(doc)) {
    case CP_DOCUMENT_KIND_CLIENT:
        return cp_client_save_file(cp_document_client(doc), fp, o, NULL);
    case CP_DOCUMENT_KIND_CASELOAD:
        return cp_caseload_save_file(cp_document_caseload(doc), fp, o, NULL);
    case CP_DOCUMENT_KIND_STRATEGIC_PLAN:
        return cp_strategic_plan_save_file(cp_document_strategic_plan(doc), fp, o, NULL);
    case CP_DOCUMENT_KIND_PROVISION_MAP:
        return cp_provision_map_save_file(cp_document_provision_map(doc), fp, o, NULL);
    case CP_DOCUMENT_KIND_UNSET:
        break;
    }
    return CP_EINVAL;
}

static cp_status save_path(cp_document *doc, const char *p, const cp_save_options *o)
{
    switch (cp_document_get_kind(doc)) {
    case CP_DOCUMENT_KIND_CLIENT:
        return cp_client_save_path(cp_document_client(doc), p, o, NULL);
    case CP_DOCUMENT_KIND_CASELOAD:
        return cp_caseload_save_path(cp_document_caseload(doc), p, o, NULL);
    case CP_DOCUMENT_KIND_STRATEGIC_PLAN:
        return cp_strategic_plan_save_path(cp_document_strategic_plan(doc), p, o, NULL);
    case CP_DOCUMENT_KIND_PROVISION_MAP:
        return cp_provision_map_save_path(cp_document_provision_map(doc), p, o, NULL);
    case CP_DOCUMENT_KIND_UNSET:
        break;
    }
    return CP_EINVAL;
}

/* The content of an open stream, from its start (free with free()). */
static char *read_back(FILE *fp, size_t *len)
{
    ck_assert_int_eq(fseek(fp, 0, SEEK_END), 0);
    long n = ftell(fp);
    ck_assert_int_ge(n, 0);
    rewind(fp);
    char *s = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(fread(s, 1, (size_t)n, fp), (size_t)n);
    s[n] = '\0';
    *len = (size_t)n;
    return s;
}

static void same_bytes(const char *got, size_t got_len, const char *want, size_t want_len,
                       const char *file, size_t size, const char *how)
{
    ck_assert_msg(got_len == want_len && memcmp(got, want, want_len) == 0,
                  "%s: streamed to %s through %zu bytes: %zu bytes differ from the string's %zu",
                  file, how, size, got_len, want_len);
}

/* Saves the document of `file` every way; 1 when it loads, 0 when not. */
static int check_document(const char *file, int with_path)
{
    cp_document *doc = NULL;
    if (cp_document_load_path(file, NULL, &doc, NULL) != CP_OK)
        return 0;
    const char *kind = cp_document_kind_to_string(cp_document_get_kind(doc));
    char target[128];
    snprintf(target, sizeof target, "%s/saved.json", tmpdir);
    for (int compact = 0; compact <= 1; compact++) {
        cp_save_options o = CP_SAVE_OPTIONS_INIT;
        o.flags = compact ? CP_SAVE_COMPACT : 0;
        char *want = NULL;
        size_t want_len = 0;
        ck_assert_int_eq(cp_document_save_string(doc, &o, &want, &want_len, NULL), CP_OK);
        for (size_t k = 0; k < NSIZES; k++) {
            cp__json_stream_size = sizes[k];
            collect c = {0};
            ck_assert_int_eq(cp__json_write_stream(root_of(doc), kind, compact, collect_sink, &c),
                             0);
            same_bytes(c.data, c.len, want, want_len, file, sizes[k], "a sink");
            ck_assert_uint_eq(c.calls, (want_len + sizes[k] - 1) / sizes[k]);
            ck_assert_uint_eq(c.after_short, 0);
            free(c.data);

            FILE *fp = tmpfile();
            ck_assert_ptr_nonnull(fp);
            ck_assert_int_eq(save_file(doc, fp, &o), CP_OK);
            size_t n;
            char *got = read_back(fp, &n);
            fclose(fp);
            same_bytes(got, n, want, want_len, file, sizes[k], "a FILE *");
            free(got);

            if (with_path && sizes[k] != 1) { /* each save to a path syncs */
                ck_assert_int_eq(save_path(doc, target, &o), CP_OK);
                fp = fopen(target, "rb");
                ck_assert_ptr_nonnull(fp);
                got = read_back(fp, &n);
                fclose(fp);
                same_bytes(got, n, want, want_len, file, sizes[k], "a path");
                free(got);
                ck_assert_int_eq(unlink(target), 0);
            }
        }
        cp_free(want);
    }
    cp_document_free(doc);
    return 1;
}

/* Checks every file under dir (recursively); returns how many loaded and
 * counts the files in *files. */
static int check_tree(const char *dir, int with_path, int *files)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "cannot open %s", dir);
    int loaded = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, ent->d_name);
        struct stat sb;
        ck_assert_int_eq(stat(p, &sb), 0);
        if (S_ISDIR(sb.st_mode)) {
            loaded += check_tree(p, with_path, files);
        } else {
            ++*files;
            loaded += check_document(p, with_path);
        }
    }
    closedir(d);
    return loaded;
}

static const char *env_dir(const char *name)
{
    const char *dir = getenv(name);
    ck_assert_msg(dir != NULL, "%s is not set", name);
    return dir;
}

START_TEST(examples_stream_like_strings)
{
    int files = 0;
    ck_assert_int_eq(check_tree(env_dir("CP_EXAMPLES_DATA"), 1, &files), 7);
    ck_assert_int_eq(files, 7);
}
END_TEST

START_TEST(fixtures_stream_like_strings)
{
    int files = 0;
    int loaded = check_tree(env_dir("CP_TEST_DATA"), 1, &files);
    printf("save_stream: tests/data: %d of %d files load\n", loaded, files);
    ck_assert_int_gt(loaded, 0);
}
END_TEST

START_TEST(fuzz_corpus_streams_like_strings)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/../fuzz/corpus/fuzz_roundtrip", env_dir("CP_TEST_DATA"));
    int files = 0;
    int loaded = check_tree(dir, 0, &files);
    printf("save_stream: fuzz_roundtrip corpus: %d of %d inputs load\n", loaded, files);
    ck_assert_int_gt(loaded, 0);
}
END_TEST

/* Deeper than the writer's run of spaces (32 levels): the indentation is
 * still two spaces a level. */
START_TEST(deep_nesting_indents)
{
    enum { DEPTH = 40 };
    char in[256] = "{'format':'careerplan','version':1,'kind':'client','id':'c1','x':";
    size_t n = strlen(in);
    memset(in + n, '[', DEPTH);
    in[n + DEPTH] = '1';
    memset(in + n + DEPTH + 1, ']', DEPTH);
    strcpy(in + n + 2 * DEPTH + 1, "}");
    cp_client *c = cpt_load_client(in);
    char want[8192] = "{\n  \"format\": \"careerplan\",\n  \"version\": 1,\n  \"kind\": \"client\",\n"
                      "  \"id\": \"c1\",\n  \"x\": ";
    for (int i = 0; i < DEPTH; i++)
        snprintf(want + strlen(want), sizeof want - strlen(want), "[\n%*s", 2 * (i + 2), "");
    strcat(want, "1");
    for (int i = DEPTH - 1; i >= 0; i--)
        snprintf(want + strlen(want), sizeof want - strlen(want), "\n%*s]", 2 * (i + 1), "");
    strcat(want, "\n}\n");
    char *got = NULL;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &got, NULL, NULL), CP_OK);
    ck_same_text(got, want);
    for (size_t k = 0; k < NSIZES; k++) {
        cp__json_stream_size = sizes[k];
        collect col = {0};
        ck_assert_int_eq(
            cp__json_write_stream((const cp__node *)c, "client", 0, collect_sink, &col), 0);
        ck_same_text(col.data, want);
        free(col.data);
    }
    cp_free(got);
    cp_client_free(c);
}
END_TEST

/* Integers and dates are written by hand (no snprintf): the same digits. */
START_TEST(integers_written_as_printf_would)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c1','x':[0,7,-1,10,-10,"
        "2147483648,9223372036854775807,-9223372036854775808]}");
    cp_save_options o = CP_SAVE_OPTIONS_INIT;
    o.flags = CP_SAVE_COMPACT;
    char *got = NULL;
    ck_assert_int_eq(cp_client_save_string(c, &o, &got, NULL, NULL), CP_OK);
    ck_assert_str_eq(got, "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                          "\"id\":\"c1\",\"x\":[0,7,-1,10,-10,2147483648,9223372036854775807,"
                          "-9223372036854775808]}\n");
    cp_free(got);
    cp_client_free(c);
}
END_TEST

/* A sink that fails is called no more: the writer returns its errno. */
START_TEST(a_failing_sink_stops_the_writer)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    char *want = NULL;
    size_t len = 0;
    ck_assert_int_eq(cp_client_save_string(c, NULL, &want, &len, NULL), CP_OK);
    cp__json_stream_size = 7;
    size_t total = (len + 6) / 7;
    ck_assert_uint_gt(total, 100);
    for (size_t k = 1; k <= total; k++) {
        collect col = {0};
        col.fail_at = k;
        ck_assert_int_eq(
            cp__json_write_stream((const cp__node *)c, "client", 0, collect_sink, &col), ENOSPC);
        ck_assert_uint_eq(col.calls, k); /* not one call after the failure */
        ck_assert_uint_eq(col.len, (k - 1) * 7);
        ck_assert(col.len == 0 || memcmp(col.data, want, col.len) == 0);
        free(col.data);
    }
    cp_free(want);
    cp_client_free(c);
}
END_TEST

/* ---- a FILE * whose writes fail after a while ---- */

typedef struct failing_file {
    size_t room;       /* bytes written before the writes fail */
    int writes;        /* write calls */
    int failed_writes; /* of which failed */
    int after_failure; /* calls after the first failed one */
} failing_file;

static ssize_t failing_write(void *cookie, const char *buf, size_t n)
{
    (void)buf;
    failing_file *f = cookie;
    f->writes++;
    if (f->failed_writes)
        f->after_failure++;
    if (n > f->room) {
        f->failed_writes++;
        errno = ENOSPC;
        return -1;
    }
    f->room -= n;
    return (ssize_t)n;
}

/* save_file: a write failing in the middle is CP_EIO with the system's
 * reason, once, and nothing is written after it. The stream is buffered by
 * 64 bytes (glibc's unbuffered error path reads past the bytes it was given,
 * which valgrind reports). */
START_TEST(save_file_error_in_the_middle)
{
    cp_client *c = NULL;
    ck_assert_int_eq(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, NULL),
        CP_OK);
    cp__json_stream_size = 16;
    failing_file f = {100, 0, 0, 0};
    cookie_io_functions_t io = {NULL, failing_write, NULL, NULL};
    FILE *fp = fopencookie(&f, "w", io);
    ck_assert_ptr_nonnull(fp);
    static char vbuf[64];
    ck_assert_int_eq(setvbuf(fp, vbuf, _IOFBF, sizeof vbuf), 0);
    cp_error e;
    ck_assert_cp(cp_client_save_file(c, fp, NULL, &e), CP_EIO, "", &e);
    ck_assert_str_eq(e.message, "write failed: No space left on device");
    /* the first write that does not fit in 100 bytes ends the save (the
     * document is over a thousand bytes: had the writer gone on, the
     * stream would have tried again) */
    ck_assert_int_ge(f.writes, 2);
    ck_assert_int_eq(f.failed_writes, 1);
    ck_assert_int_eq(f.after_failure, 0);
    fclose(fp);
    cp_client_free(c);
}
END_TEST

static Suite *save_stream_suite(void)
{
    Suite *s = suite_create("save_stream");
    TCase *tc = tcase_create("save_stream");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, examples_stream_like_strings);
    tcase_add_test(tc, fixtures_stream_like_strings);
    tcase_add_test(tc, fuzz_corpus_streams_like_strings);
    tcase_add_test(tc, deep_nesting_indents);
    tcase_add_test(tc, integers_written_as_printf_would);
    tcase_add_test(tc, a_failing_sink_stops_the_writer);
    tcase_add_test(tc, save_file_error_in_the_middle);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(save_stream_suite)
