/*
 * Data-driven fixtures: every document in $CP_TEST_DATA/valid loads and
 * round-trips to a fixed point, and every document in $CP_TEST_DATA/invalid
 * fails with exactly the code, path, line and column its .expect file names.
 *
 * An .expect file holds one `key=value` per line:
 *   code=CP_...      the status (required)
 *   path=/pointer    the error's JSON Pointer (required; empty for the document)
 *   line=N column=N  when the error gives them (0 when absent)
 *   strict=1         load with CP_LOAD_STRICT
 *   max_depth=N max_string_length=N max_items=N max_size=N   load limits
 */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <dirent.h>
#include <stdio.h>

/* Fewer fixtures than this means the data went missing, not that all is well. */
#define MIN_VALID 12
#define MIN_INVALID 40

typedef struct name_list {
    char **names;
    size_t count;
} name_list;

static name_list valid_files, invalid_files, invalid_expects;

static const char *data_dir(void)
{
    const char *d = getenv("CP_TEST_DATA");
    return d && *d ? d : NULL;
}

static char *join(const char *dir, const char *sub, const char *name)
{
    size_t n = strlen(dir) + strlen(sub) + strlen(name) + 3;
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    snprintf(p, n, "%s/%s/%s", dir, sub, name);
    return p;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the files in dir/sub ending in suffix; an absent directory
 * gives an empty list, which the count test reports. */
static void list_dir(const char *sub, const char *suffix, name_list *out)
{
    out->names = NULL;
    out->count = 0;
    if (!data_dir())
        return;
    /* Runs before the tests, where ck_assert may not be used. */
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", data_dir(), sub);
    DIR *d = opendir(path);
    if (!d)
        return;
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !ends_with(e->d_name, suffix))
            continue;
        if (out->count == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = realloc(out->names, cap * sizeof *grown);
            if (!grown)
                abort();
            out->names = grown;
        }
        size_t n = strlen(e->d_name) + 1;
        out->names[out->count] = malloc(n);
        if (!out->names[out->count])
            abort();
        memcpy(out->names[out->count++], e->d_name, n);
    }
    closedir(d);
    qsort(out->names, out->count, sizeof *out->names, cmp_names);
}

static void free_list(name_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->names[i]);
    free(l->names);
    l->names = NULL;
    l->count = 0;
}

static void free_lists(void)
{
    free_list(&valid_files);
    free_list(&invalid_files);
    free_list(&invalid_expects);
}

static int contains(const name_list *l, const char *name)
{
    return bsearch(&name, l->names, l->count, sizeof *l->names, cmp_names) != NULL;
}

/* Reads a whole file; the caller frees. Fails the test when unreadable. */
static char *read_all(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap + 1);
    ck_assert_ptr_nonnull(buf);
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
            ck_assert_ptr_nonnull(buf);
        }
    }
    ck_assert_msg(!ferror(fp), "cannot read %s", path);
    fclose(fp);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Loads bytes with default options and saves them; fails the test on error. */
static char *load_save(const char *what, const char *json, size_t len, unsigned save_flags,
                       size_t *out_len)
{
    cp_document *doc = NULL;
    cp_error e;
    cp_status st = cp_document_load_string(json, len, NULL, &doc, &e);
    ck_assert_msg(st == CP_OK, "%s: load failed: %s at \"%s\" (line %d, column %d): %s", what,
                  cp_status_name(st), e.path, e.line, e.column, e.message);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_ne(cp_document_get_kind(doc), CP_DOCUMENT_KIND_UNSET);
    cp_save_options so = CP_SAVE_OPTIONS_INIT;
    so.flags = save_flags;
    char *out = NULL;
    st = cp_document_save_string(doc, &so, &out, out_len, &e);
    ck_assert_msg(st == CP_OK, "%s: save failed: %s", what, cp_status_name(st));
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(strlen(out), *out_len);
    ck_assert_msg(*out_len > 0 && out[*out_len - 1] == '\n', "%s: output must end with a newline",
                  what);
    cp_document_free(doc);
    return out;
}

START_TEST(counts_and_pairs)
{
    ck_assert_msg(data_dir() != NULL, "CP_TEST_DATA is not set");
    ck_assert_msg(valid_files.count >= MIN_VALID, "%zu valid fixtures, want at least %d",
                  valid_files.count, MIN_VALID);
    ck_assert_msg(invalid_files.count >= MIN_INVALID, "%zu invalid fixtures, want at least %d",
                  invalid_files.count, MIN_INVALID);
    /* Every .json has its .expect and every .expect its .json. */
    for (size_t i = 0; i < invalid_files.count; i++) {
        char name[512];
        const char *json = invalid_files.names[i];
        snprintf(name, sizeof name, "%.*s.expect", (int)(strlen(json) - 5), json);
        ck_assert_msg(contains(&invalid_expects, name), "invalid/%s has no %s", json, name);
    }
    for (size_t i = 0; i < invalid_expects.count; i++) {
        char name[512];
        const char *exp = invalid_expects.names[i];
        snprintf(name, sizeof name, "%.*s.json", (int)(strlen(exp) - 7), exp);
        ck_assert_msg(contains(&invalid_files, name), "invalid/%s has no %s", exp, name);
    }
}
END_TEST

/* Each valid file loads; save(load(x)) loads again and saves to the same
 * bytes; the compact form of it reads back to the same document too. */
START_TEST(valid_round_trip)
{
    ck_assert_uint_lt((size_t)_i, valid_files.count);
    char *path = join(data_dir(), "valid", valid_files.names[_i]);
    size_t len = 0, len1 = 0, len2 = 0, lenc = 0, len3 = 0;
    char *input = read_all(path, &len);
    char *first = load_save(path, input, len, 0, &len1);
    char *second = load_save(path, first, len1, 0, &len2);
    ck_assert_msg(len1 == len2 && memcmp(first, second, len1) == 0,
                  "%s: save(load(save(load(x)))) differs from save(load(x))", path);
    char *compact = load_save(path, first, len1, CP_SAVE_COMPACT, &lenc);
    ck_assert_msg(memchr(compact, '\n', lenc - 1) == NULL, "%s: compact output has a newline",
                  path);
    char *third = load_save(path, compact, lenc, 0, &len3);
    ck_assert_msg(len1 == len3 && memcmp(first, third, len1) == 0,
                  "%s: the compact form does not read back to the same document", path);
    cp_free(third);
    cp_free(compact);
    cp_free(second);
    cp_free(first);
    free(input);
    free(path);
}
END_TEST

typedef struct expectation {
    cp_status code;
    int has_code, has_path;
    char path[CP_ERROR_PATH_SIZE];
    int line, column;
    cp_load_options opts;
} expectation;

static cp_status status_by_name(const char *name)
{
    for (int s = CP_OK; s <= CP_ESTATE; s++)
        if (strcmp(cp_status_name((cp_status)s), name) == 0)
            return (cp_status)s;
    ck_abort_msg("unknown status name \"%s\"", name);
    return CP_OK;
}

static size_t parse_size(const char *file, const char *key, const char *value)
{
    char *end = NULL;
    unsigned long long v = strtoull(value, &end, 10);
    ck_assert_msg(*value && *end == '\0', "%s: %s=%s is not a number", file, key, value);
    return (size_t)v;
}

static void parse_expect(const char *file, char *text, expectation *x)
{
    memset(x, 0, sizeof *x);
    ck_assert_int_eq(cp_load_options_init(&x->opts, CP_LOAD_OPTIONS_VERSION), CP_OK);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char *eq = strchr(line, '=');
        ck_assert_msg(eq != NULL, "%s: line \"%s\" is not key=value", file, line);
        *eq = '\0';
        const char *key = line, *value = eq + 1;
        if (strcmp(key, "code") == 0) {
            x->code = status_by_name(value);
            x->has_code = 1;
        } else if (strcmp(key, "path") == 0) {
            ck_assert_uint_lt(strlen(value), sizeof x->path);
            strcpy(x->path, value);
            x->has_path = 1;
        } else if (strcmp(key, "line") == 0) {
            x->line = (int)parse_size(file, key, value);
        } else if (strcmp(key, "column") == 0) {
            x->column = (int)parse_size(file, key, value);
        } else if (strcmp(key, "strict") == 0) {
            if (parse_size(file, key, value))
                x->opts.flags |= CP_LOAD_STRICT;
        } else if (strcmp(key, "max_depth") == 0) {
            x->opts.max_depth = parse_size(file, key, value);
        } else if (strcmp(key, "max_string_length") == 0) {
            x->opts.max_string_length = parse_size(file, key, value);
        } else if (strcmp(key, "max_items") == 0) {
            x->opts.max_items = parse_size(file, key, value);
        } else if (strcmp(key, "max_size") == 0) {
            x->opts.max_size = parse_size(file, key, value);
        } else {
            ck_abort_msg("%s: unknown key \"%s\"", file, key);
        }
    }
    ck_assert_msg(x->has_code && x->has_path, "%s: needs both code= and path=", file);
    ck_assert_msg(x->code != CP_OK, "%s: an invalid fixture cannot expect CP_OK", file);
}

static void check_failure(const char *path, const char *how, cp_status st, const cp_document *doc,
                          const cp_error *e, const expectation *x)
{
    ck_assert_msg(st == x->code, "%s (%s): got %s (%s at \"%s\"), want %s", path, how,
                  cp_status_name(st), e->message, e->path, cp_status_name(x->code));
    ck_assert_msg(doc == NULL, "%s (%s): a failed load returned a document", path, how);
    ck_assert_int_eq(e->code, st);
    ck_assert_msg(strcmp(e->path, x->path) == 0, "%s (%s): path \"%s\", want \"%s\" (%s)", path,
                  how, e->path, x->path, e->message);
    ck_assert_msg(e->line == x->line && e->column == x->column,
                  "%s (%s): line %d column %d, want line %d column %d (%s)", path, how, e->line,
                  e->column, x->line, x->column, e->message);
    ck_assert_msg(e->message[0] != '\0', "%s (%s): empty error message", path, how);
    /* Syntax errors carry a byte position; others do not. */
    if (x->line)
        ck_assert_int_ge(e->position, 0);
    else
        ck_assert_int_eq(e->position, -1);
}

START_TEST(invalid_fails_as_expected)
{
    ck_assert_uint_lt((size_t)_i, invalid_files.count);
    const char *json_name = invalid_files.names[_i];
    char exp_name[512];
    snprintf(exp_name, sizeof exp_name, "%.*s.expect", (int)(strlen(json_name) - 5), json_name);
    char *json_path = join(data_dir(), "invalid", json_name);
    char *exp_path = join(data_dir(), "invalid", exp_name);
    size_t exp_len = 0, len = 0;
    char *exp_text = read_all(exp_path, &exp_len);
    expectation x;
    parse_expect(exp_path, exp_text, &x);

    /* From the file, and from the same bytes in memory: the same failure. */
    cp_document *doc = NULL;
    cp_error e;
    cp_status st = cp_document_load_path(json_path, &x.opts, &doc, &e);
    check_failure(json_path, "load_path", st, doc, &e, &x);

    char *bytes = read_all(json_path, &len);
    doc = NULL;
    st = cp_document_load_string(bytes, len, &x.opts, &doc, &e);
    check_failure(json_path, "load_string", st, doc, &e, &x);

    free(bytes);
    free(exp_text);
    free(exp_path);
    free(json_path);
}
END_TEST

static Suite *fixtures_suite(void)
{
    list_dir("valid", ".json", &valid_files);
    list_dir("invalid", ".json", &invalid_files);
    list_dir("invalid", ".expect", &invalid_expects);
    atexit(free_lists);

    Suite *s = suite_create("fixtures");
    TCase *tc = tcase_create("inventory");
    tcase_add_test(tc, counts_and_pairs);
    suite_add_tcase(s, tc);

    tc = tcase_create("valid");
    tcase_add_loop_test(tc, valid_round_trip, 0, (int)valid_files.count);
    suite_add_tcase(s, tc);

    tc = tcase_create("invalid");
    tcase_add_loop_test(tc, invalid_fails_as_expected, 0, (int)invalid_files.count);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(fixtures_suite)
