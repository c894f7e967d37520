/* The bad-input catalogue, tests/data/bad/catalogue.json (its format is in
 * tests/data/bad/README.md): each case builds its input (raw text or bytes,
 * or a base document with members set or removed, or CSV imported into a
 * base caseload), loads it, and must fail with exactly the status code and
 * JSON Pointer path the case names, and the line and column where it names
 * them, with a message that is not empty; a failed CSV import leaves the
 * caseload as it was. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <jansson.h>
#include <stdio.h>

/* Fewer cases than this means the catalogue went missing, not that all is well. */
#define MIN_CASES 150

static json_t *catalogue;

static void load_catalogue(void)
{
    const char *dir = getenv("CP_TEST_DATA");
    char path[4096];
    snprintf(path, sizeof path, "%s/bad/catalogue.json", dir ? dir : ".");
    json_error_t jerr;
    catalogue = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!catalogue) {
        fprintf(stderr, "%s:%d: %s\n", path, jerr.line, jerr.text);
        exit(EXIT_FAILURE);
    }
}

static json_t *cases(void)
{
    return json_object_get(catalogue, "cases");
}

static size_t case_count(void)
{
    return json_array_size(cases());
}

/* The child of `parent` named by the unescaped RFC 6901 token `tok`. */
static json_t *child(json_t *parent, const char *tok)
{
    if (json_is_object(parent))
        return json_object_get(parent, tok);
    char *end;
    unsigned long i = strtoul(tok, &end, 10);
    return *tok && !*end ? json_array_get(parent, i) : NULL;
}

/* Sets (value != NULL) or removes (value == NULL) the member at `pointer`;
 * "-" as the last token of an array appends. Steals value. */
static void apply(const char *name, json_t *doc, const char *pointer, json_t *value)
{
    ck_assert_msg(pointer[0] == '/', "%s: pointer \"%s\" must start with /", name, pointer);
    char tok[256];
    json_t *node = doc;
    const char *p = pointer + 1;
    for (;;) {
        size_t n = 0;
        for (; *p && *p != '/'; p++) {
            ck_assert_uint_lt(n, sizeof tok - 1);
            if (*p == '~') {
                p++;
                tok[n++] = *p == '1' ? '/' : '~';
            } else {
                tok[n++] = *p;
            }
        }
        tok[n] = '\0';
        if (*p == '\0')
            break;
        p++;
        node = child(node, tok);
        ck_assert_msg(node != NULL, "%s: no member at %s", name, pointer);
    }
    int rc;
    if (json_is_object(node)) {
        rc = value ? json_object_set_new(node, tok, value) : json_object_del(node, tok);
    } else if (json_is_array(node) && strcmp(tok, "-") == 0 && value) {
        rc = json_array_append_new(node, value);
    } else {
        ck_assert_msg(json_is_array(node), "%s: %s is inside a scalar", name, pointer);
        char *end;
        size_t i = strtoul(tok, &end, 10);
        ck_assert_msg(*tok && !*end && i < json_array_size(node), "%s: no item at %s", name,
                      pointer);
        rc = value ? json_array_set_new(node, i, value) : json_array_remove(node, i);
    }
    ck_assert_msg(rc == 0, "%s: cannot change %s", name, pointer);
}

/* A base document with the case's "remove" and "set" applied, as text. */
static char *build(const char *name, const json_t *c)
{
    const char *base = json_string_value(json_object_get(c, "base"));
    json_t *doc = json_deep_copy(json_object_get(json_object_get(catalogue, "bases"), base));
    ck_assert_msg(doc != NULL, "%s: no base \"%s\"", name, base ? base : "(none)");
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(c, "remove"), i, v)
        apply(name, doc, json_string_value(v), NULL);
    const char *key;
    json_object_foreach(json_object_get(c, "set"), key, v)
        apply(name, doc, key, json_incref(v));
    char *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    ck_assert_ptr_nonnull(text);
    json_decref(doc);
    return text;
}

static char *from_hex(const char *hex, size_t *len)
{
    size_t n = strlen(hex) / 2;
    char *out = malloc(n + 1);
    ck_assert_ptr_nonnull(out);
    for (size_t i = 0; i < n; i++) {
        unsigned byte;
        ck_assert_int_eq(sscanf(hex + 2 * i, "%2x", &byte), 1);
        out[i] = (char)byte;
    }
    out[n] = '\0';
    *len = n;
    return out;
}

/* The input of a case: "hex", "text", or a base with changes. */
static char *input(const char *name, const json_t *c, const char *hex_key, const char *text_key,
                   size_t *len)
{
    const json_t *v = json_object_get(c, hex_key);
    if (v)
        return from_hex(json_string_value(v), len);
    v = json_object_get(c, text_key);
    if (v) {
        *len = json_string_length(v);
        char *s = malloc(*len + 1);
        ck_assert_ptr_nonnull(s);
        memcpy(s, json_string_value(v), *len + 1);
        return s;
    }
    char *s = build(name, c);
    *len = strlen(s);
    return s;
}

static size_t opt_size(const json_t *opts, const char *key, size_t dflt)
{
    const json_t *v = json_object_get(opts, key);
    return v ? (size_t)json_integer_value(v) : dflt;
}

/* Loads bytes with the case's loader; frees what loaded. */
static cp_status load(const json_t *c, const char *json, size_t len, cp_error *e)
{
    const json_t *o = json_object_get(c, "options");
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    opts.flags = json_is_true(json_object_get(o, "strict")) ? CP_LOAD_STRICT : 0;
    opts.max_depth = opt_size(o, "max_depth", opts.max_depth);
    opts.max_string_length = opt_size(o, "max_string_length", opts.max_string_length);
    opts.max_items = opt_size(o, "max_items", opts.max_items);
    opts.max_size = opt_size(o, "max_size", opts.max_size);
    const char *loader = json_string_value(json_object_get(c, "loader"));
    cp_status st;
    if (loader && strcmp(loader, "client") == 0) {
        cp_client *x = NULL;
        st = cp_client_load_string(json, len, &opts, &x, e);
        cp_client_free(x);
    } else if (loader && strcmp(loader, "caseload") == 0) {
        cp_caseload *x = NULL;
        st = cp_caseload_load_string(json, len, &opts, &x, e);
        cp_caseload_free(x);
    } else {
        ck_assert_msg(loader == NULL, "unknown loader \"%s\"", loader);
        cp_document *x = NULL;
        st = cp_document_load_string(json, len, &opts, &x, e);
        cp_document_free(x);
    }
    return st;
}

/* Imports the case's CSV into its base caseload; asserts it is unchanged. */
static cp_status import(const char *name, const json_t *c, cp_error *e)
{
    size_t len = 0, csv_len = 0;
    char *json = build(name, c);
    cp_caseload *cl = NULL;
    ck_assert_ok(cp_caseload_load_string(json, strlen(json), NULL, &cl, e), e);
    char *before = NULL, *after = NULL;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &before, &len, e), e);
    char *csv = input(name, c, "csv_hex", "csv", &csv_len);
    cp_status st = cp_caseload_import_csv(cl, csv, csv_len, e);
    cp_error e2;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &after, &len, &e2), &e2);
    if (st != CP_OK)
        ck_assert_msg(strcmp(before, after) == 0, "%s: a failed import changed the caseload", name);
    cp_free(before);
    cp_free(after);
    free(csv);
    free(json);
    cp_caseload_free(cl);
    return st;
}

START_TEST(enough_cases_with_unique_names)
{
    ck_assert_msg(case_count() >= MIN_CASES, "%zu cases, want at least %d", case_count(),
                  MIN_CASES);
    for (size_t i = 0; i < case_count(); i++) {
        const char *a = json_string_value(json_object_get(json_array_get(cases(), i), "name"));
        ck_assert_ptr_nonnull(a);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(a, json_string_value(
                                    json_object_get(json_array_get(cases(), j), "name")));
    }
}
END_TEST

START_TEST(each_case)
{
    const json_t *c = json_array_get(cases(), (size_t)_i);
    const char *name = json_string_value(json_object_get(c, "name"));
    const json_t *want = json_object_get(c, "expect");
    const char *code = json_string_value(json_object_get(want, "code"));
    const char *path = json_string_value(json_object_get(want, "path"));
    ck_assert_msg(name && code && path, "case %d lacks a name, code or path", _i);

    cp_error e;
    cp_status st;
    if (json_object_get(c, "csv") || json_object_get(c, "csv_hex")) {
        st = import(name, c, &e);
    } else {
        size_t len = 0;
        char *json = input(name, c, "hex", "text", &len);
        st = load(c, json, len, &e);
        free(json);
    }
    ck_assert_msg(strcmp(cp_status_name(st), code) == 0 && strcmp(e.path, path) == 0,
                  "%s: got %s at \"%s\" (line %d, column %d): %s; want %s at \"%s\"", name,
                  cp_status_name(st), e.path, e.line, e.column, e.message, code, path);
    ck_assert_int_eq(e.code, st);
    ck_assert_msg(e.message[0] != '\0', "%s: empty message", name);
    const json_t *line = json_object_get(want, "line");
    const json_t *column = json_object_get(want, "column");
    if (line)
        ck_assert_msg(e.line == json_integer_value(line) && e.column == json_integer_value(column),
                      "%s: at line %d, column %d; want line %d, column %d (%s)", name, e.line,
                      e.column, (int)json_integer_value(line), (int)json_integer_value(column),
                      e.message);
}
END_TEST

static Suite *catalogue_suite(void)
{
    Suite *s = suite_create("catalogue");
    TCase *t = tcase_create("catalogue");
    tcase_add_test(t, enough_cases_with_unique_names);
    tcase_add_loop_test(t, each_case, 0, (int)case_count());
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    load_catalogue();
    SRunner *sr = srunner_create(catalogue_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    json_decref(catalogue);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
