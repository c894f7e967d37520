/*
 * Reading a document from a stream or a path (src/lib/io/file_read.c,
 * issue 13): a regular file is read at its size, from the stream's
 * position; a pipe in chunks; a file over max_size is refused from its size
 * before anything is read; the default max_size is 4 GiB (json.h).
 */
#define _POSIX_C_SOURCE 200809L

#include <careerplan/careerplan.h>
#include <check.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

static cp_document *const SENTINEL = (cp_document *)(uintptr_t)0x5e;

/* A client document with a note of `pad` bytes: larger than any read chunk. */
static char *padded_client(size_t pad, size_t *len)
{
    const char *head = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                       "\"id\":\"c1\",\"note\":\"";
    size_t hl = strlen(head);
    char *s = malloc(hl + pad + 3);
    ck_assert_ptr_nonnull(s);
    memcpy(s, head, hl);
    memset(s + hl, 'x', pad);
    memcpy(s + hl + pad, "\"}", 3);
    *len = hl + pad + 2;
    return s;
}

static FILE *temp_with(const char *data, size_t len)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(data, 1, len, fp), len);
    rewind(fp);
    return fp;
}

/* The unknown member "note" comes back with every byte. */
static void check_note(cp_document *doc, size_t pad)
{
    char *out = NULL;
    size_t n = 0;
    cp_error e;
    cp_save_options so = CP_SAVE_OPTIONS_INIT;
    so.flags = CP_SAVE_COMPACT;
    ck_assert_ok(cp_document_save_string(doc, &so, &out, &n, &e), &e);
    const char *note = strstr(out, "\"note\":\"");
    ck_assert_ptr_nonnull(note);
    note += strlen("\"note\":\"");
    ck_assert_uint_eq(strspn(note, "x"), pad);
    ck_assert_int_eq(note[pad], '"');
    cp_free(out);
}

START_TEST(regular_file_at_its_size)
{
    size_t len;
    char *doc_text = padded_client(300000, &len);
    FILE *fp = temp_with(doc_text, len);
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_ok(cp_document_load_file(fp, NULL, &doc, &e), &e);
    check_note(doc, 300000);
    cp_document_free(doc);
    /* the stream is left at its end */
    ck_assert_int_eq(fgetc(fp), EOF);
    ck_assert_int_eq(feof(fp), 1);
    fclose(fp);
    free(doc_text);
}
END_TEST

START_TEST(from_the_stream_position)
{
    /* what comes before the position is not part of the document */
    size_t len;
    char *doc_text = padded_client(70000, &len);
    const char junk[] = "not json {{{";
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(junk, 1, sizeof junk - 1, fp), sizeof junk - 1);
    ck_assert_uint_eq(fwrite(doc_text, 1, len, fp), len);
    ck_assert_int_eq(fseek(fp, (long)(sizeof junk - 1), SEEK_SET), 0);
    cp_document *doc = NULL;
    cp_error e;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_size = len; /* the bytes from the position, exactly */
    ck_assert_ok(cp_document_load_file(fp, &o, &doc, &e), &e);
    check_note(doc, 70000);
    cp_document_free(doc);
    o.max_size = len - 1;
    ck_assert_int_eq(fseek(fp, (long)(sizeof junk - 1), SEEK_SET), 0);
    doc = SENTINEL;
    ck_assert_cp(cp_document_load_file(fp, &o, &doc, &e), CP_ELIMIT, "", &e);
    ck_assert_ptr_eq(doc, SENTINEL);
    fclose(fp);
    free(doc_text);
}
END_TEST

START_TEST(empty_and_at_end)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    cp_document *doc = SENTINEL;
    cp_error e;
    ck_assert_cp(cp_document_load_file(fp, NULL, &doc, &e), CP_ESYNTAX, NULL, &e);
    ck_assert_ptr_eq(doc, SENTINEL);
    fclose(fp);
    /* a stream already at the end of a file reads nothing */
    fp = temp_with(cpt_example_client, strlen(cpt_example_client));
    ck_assert_int_eq(fseek(fp, 0, SEEK_END), 0);
    ck_assert_cp(cp_document_load_file(fp, NULL, &doc, &e), CP_ESYNTAX, NULL, &e);
    ck_assert_ptr_eq(doc, SENTINEL);
    fclose(fp);
}
END_TEST

START_TEST(pipe_in_chunks)
{
    /* a pipe has no size: read in chunks; the writer is a child process so
     * that a document larger than the pipe's buffer can pass */
    size_t len;
    char *doc_text = padded_client(200000, &len);
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        size_t done = 0;
        while (done < len) {
            ssize_t n = write(fds[1], doc_text + done, len - done);
            if (n <= 0)
                _exit(1);
            done += (size_t)n;
        }
        _exit(0);
    }
    close(fds[1]);
    FILE *fp = fdopen(fds[0], "rb");
    ck_assert_ptr_nonnull(fp);
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_ok(cp_document_load_file(fp, NULL, &doc, &e), &e);
    check_note(doc, 200000);
    cp_document_free(doc);
    fclose(fp);
    free(doc_text);
}
END_TEST

START_TEST(pipe_over_the_limit)
{
    size_t len;
    char *doc_text = padded_client(200000, &len);
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        size_t done = 0;
        while (done < len) {
            ssize_t n = write(fds[1], doc_text + done, len - done);
            if (n <= 0)
                _exit(0); /* the reader stopped: expected */
            done += (size_t)n;
        }
        _exit(0);
    }
    close(fds[1]);
    FILE *fp = fdopen(fds[0], "rb");
    ck_assert_ptr_nonnull(fp);
    cp_document *doc = SENTINEL;
    cp_error e;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_size = 100000;
    ck_assert_cp(cp_document_load_file(fp, &o, &doc, &e), CP_ELIMIT, "", &e);
    ck_assert_str_eq(e.message, "document exceeds the limit of 100000 bytes");
    ck_assert_ptr_eq(doc, SENTINEL);
    fclose(fp);
    free(doc_text);
}
END_TEST

START_TEST(default_max_size)
{
    /* 4 GiB, or the largest size_t on a 32-bit system */
    if (SIZE_MAX > 0xFFFFFFFFu)
        ck_assert_uint_eq(CP_DEFAULT_MAX_SIZE, (size_t)4 << 30);
    else
        ck_assert_uint_eq(CP_DEFAULT_MAX_SIZE, SIZE_MAX);
    cp_load_options o;
    ck_assert_int_eq(cp_load_options_init(&o, CP_LOAD_OPTIONS_VERSION), CP_OK);
    ck_assert_uint_eq(o.max_size, CP_DEFAULT_MAX_SIZE);
}
END_TEST

START_TEST(file_over_the_limit_refused_from_its_size)
{
    /* a sparse file of 5 GiB: over the default limit, refused from its size
     * at once, without reading (or allocating) anything */
    if (SIZE_MAX <= 0xFFFFFFFFu)
        return;
    char dir[] = "/tmp/cp-file-read-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/huge.json", dir);
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(ftruncate(fileno(fp), (off_t)5 << 30), 0);
    ck_assert_int_eq(fclose(fp), 0);
    cp_document *doc = SENTINEL;
    cp_error e;
    ck_assert_cp(cp_document_load_path(path, NULL, &doc, &e), CP_ELIMIT, "", &e);
    ck_assert_str_eq(e.message, "document exceeds the limit of 4294967296 bytes");
    ck_assert_ptr_eq(doc, SENTINEL);
    ck_assert_int_eq(unlink(path), 0);
    ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

static Suite *file_read_suite(void)
{
    Suite *s = suite_create("file_read");
    TCase *tc = tcase_create("file_read");
    tcase_add_test(tc, regular_file_at_its_size);
    tcase_add_test(tc, from_the_stream_position);
    tcase_add_test(tc, empty_and_at_end);
    tcase_add_test(tc, pipe_in_chunks);
    tcase_add_test(tc, pipe_over_the_limit);
    tcase_add_test(tc, default_max_size);
    tcase_add_test(tc, file_over_the_limit_refused_from_its_size);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(file_read_suite)
