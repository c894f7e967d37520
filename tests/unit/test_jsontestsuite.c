/* JSONTestSuite (Nicolas Seriot): every parsing test file is loaded as a
 * careerplan document. None is one, so all must fail, each for the right
 * reason, and nothing may crash:
 *   y_*  valid JSON: a careerplan error, never a syntax error (CP_ETYPE or
 *        CP_EFORMAT; CP_EDUPLICATE for duplicate keys, which documents
 *        refuse; CP_EVALUE for "\u0000", which no document string may hold);
 *   n_*  invalid JSON: never CP_OK (CP_ESYNTAX, CP_EDUPLICATE, CP_ELIMIT,
 *        or CP_ETYPE / CP_EFORMAT where the parser is lenient);
 *   i_*  either way, without crashing.
 * Exits 77 (skipped) when the suite is not there. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <dirent.h>
#include <stdio.h>

static const char *suite_dir(void)
{
    static char dir[4096];
    const char *root = getenv("CP_JSONTESTSUITE");
    if (!root || !*root)
        return NULL;
    snprintf(dir, sizeof dir, "%s/test_parsing", root);
    return dir;
}

static int is_one_of(cp_status st, const cp_status *codes, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (st == codes[i])
            return 1;
    return 0;
}

static const cp_status y_codes[] = {CP_ETYPE, CP_EFORMAT, CP_EDUPLICATE, CP_EVALUE};
static const cp_status n_codes[] = {CP_ESYNTAX, CP_EDUPLICATE, CP_ELIMIT, CP_ETYPE, CP_EFORMAT};

START_TEST(every_file)
{
    const char *dir = suite_dir();
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    size_t files = 0, y = 0, n = 0, i = 0, y_type = 0, n_syntax = 0;
    struct dirent *ent;
    char path[8192];
    while ((ent = readdir(d)) != NULL) {
        const char *name = ent->d_name;
        size_t len = strlen(name);
        if (len < 7 || strcmp(name + len - 5, ".json") != 0 || name[1] != '_')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, name);
        cp_error e;
        cp_document *doc = NULL;
        cp_status st = cp_document_load_path(path, NULL, &doc, &e);
        files++;
        if (st == CP_OK) {
            /* only an i_ file may load, and then it must save */
            ck_assert_msg(name[0] == 'i', "%s loaded as a careerplan document", name);
            char *out = NULL;
            ck_assert_int_eq(cp_document_save_string(doc, NULL, &out, NULL, NULL), CP_OK);
            cp_free(out);
            cp_document_free(doc);
            i++;
            continue;
        }
        ck_assert_ptr_null(doc);
        ck_assert_int_eq(e.code, st);
        ck_assert_msg(e.message[0] != '\0', "%s: %s without a message", name,
                      cp_status_name(st));
        if (st == CP_ESYNTAX)
            ck_assert_msg(e.line >= 1 && e.column >= 1 && e.position >= 0,
                          "%s: syntax error at %d:%d (byte %ld)", name, e.line, e.column,
                          e.position);
        switch (name[0]) {
        case 'y':
            ck_assert_msg(is_one_of(st, y_codes, sizeof y_codes / sizeof y_codes[0]),
                          "%s is valid JSON but gave %s: %s", name, cp_status_name(st),
                          e.message);
            y_type += st == CP_ETYPE || st == CP_EFORMAT;
            y++;
            break;
        case 'n':
            ck_assert_msg(is_one_of(st, n_codes, sizeof n_codes / sizeof n_codes[0]),
                          "%s is invalid JSON but gave %s: %s", name, cp_status_name(st),
                          e.message);
            n_syntax += st == CP_ESYNTAX;
            n++;
            break;
        case 'i':
            i++;
            break;
        default:
            ck_abort_msg("unexpected file %s", name);
        }
    }
    closedir(d);
    ck_assert_uint_gt(files, 300);
    ck_assert_uint_eq(files, y + n + i);
    ck_assert_uint_gt(y, 90);
    ck_assert_uint_gt(n, 180);
    /* nearly all valid files fail only for not being careerplan documents,
     * nearly all invalid ones as syntax errors */
    ck_assert_uint_ge(y_type + 4, y);
    ck_assert_uint_ge(n_syntax + 10, n);
}
END_TEST

/* The same files read from memory must give the same answers as from a path. */
START_TEST(memory_agrees_with_path)
{
    const char *dir = suite_dir();
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *ent;
    char path[8192];
    static char buf[1 << 20];
    while ((ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len < 7 || strcmp(ent->d_name + len - 5, ".json") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        FILE *fp = fopen(path, "rb");
        ck_assert_ptr_nonnull(fp);
        size_t n = fread(buf, 1, sizeof buf, fp);
        fclose(fp);
        cp_error a, b;
        cp_document *da = NULL, *db = NULL;
        cp_status sa = cp_document_load_path(path, NULL, &da, &a);
        cp_status sb = cp_document_load_string(buf, n, NULL, &db, &b);
        ck_assert_msg(sa == sb, "%s: %s from the path, %s from memory", ent->d_name,
                      cp_status_name(sa), cp_status_name(sb));
        ck_assert_str_eq(a.path, b.path);
        ck_assert_int_eq(a.line, b.line);
        ck_assert_int_eq(a.column, b.column);
        ck_assert_int_eq(a.position, b.position);
        cp_document_free(da);
        cp_document_free(db);
    }
    closedir(d);
}
END_TEST

static Suite *jsontestsuite_suite(void)
{
    Suite *s = suite_create("jsontestsuite");
    TCase *tc = tcase_create("parsing");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, every_file);
    tcase_add_test(tc, memory_agrees_with_path);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    const char *dir = suite_dir();
    DIR *d = dir ? opendir(dir) : NULL;
    if (!d) {
        printf("JSONTestSuite not found (set CP_JSONTESTSUITE to its folder): skipped\n");
        return 77;
    }
    closedir(d);
    SRunner *sr = srunner_create(jsontestsuite_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
