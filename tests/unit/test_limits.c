/* Load limits: each one at the limit and one past it, load options checks,
 * and deep nesting that must fail cleanly. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <stdio.h>
#include <unistd.h>

#define HEAD "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\""

static char sentinel_storage;
#define SENTINEL ((cp_document *)(void *)&sentinel_storage)

/* Growable text built by the tests. */
typedef struct text {
    char *s;
    size_t len, cap;
} text;

static void put(text *t, const char *s)
{
    size_t n = strlen(s);
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        ck_assert_ptr_nonnull(t->s);
    }
    memcpy(t->s + t->len, s, n + 1);
    t->len += n;
}

static void put_n(text *t, const char *s, size_t times)
{
    for (size_t i = 0; i < times; i++)
        put(t, s);
}

/* The same through a stream. */
static cp_status load_stream(const char *json, size_t len, const cp_load_options *o, cp_error *e)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(json, 1, len, fp), len);
    rewind(fp);
    cp_document *doc = SENTINEL;
    cp_status st = cp_document_load_file(fp, o, &doc, e);
    fclose(fp);
    if (st == CP_OK)
        cp_document_free(doc);
    else
        ck_assert_ptr_eq(doc, SENTINEL);
    return st;
}

static void load_ok(const char *json, size_t len, const cp_load_options *o)
{
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_msg(cp_document_load_string(json, len, o, &doc, &e) == CP_OK, "%s: %s at \"%s\"",
                  cp_status_name(e.code), e.message, e.path);
    cp_document_free(doc);
    ck_assert_ok(load_stream(json, len, o, &e), &e);
}

static void load_fails(const char *json, size_t len, const cp_load_options *o, cp_status code,
                       const char *path)
{
    cp_error e;
    cp_document *doc = SENTINEL;
    ck_assert_cp(cp_document_load_string(json, len, o, &doc, &e), code, path, &e);
    ck_assert_ptr_eq(doc, SENTINEL);
    ck_assert_uint_gt(strlen(e.message), 0);
    cp_client *c = (cp_client *)(void *)&sentinel_storage;
    ck_assert_cp(cp_client_load_string(json, len, o, &c, &e), code, path, &e);
    ck_assert_ptr_eq(c, (cp_client *)(void *)&sentinel_storage);
    ck_assert_cp(load_stream(json, len, o, &e), code, path, &e);
}

/* HEAD + "deep": k nested arrays: the innermost array is at depth k + 1. */
static text nested(size_t k)
{
    text t = {0};
    put(&t, HEAD ",\"deep\":");
    put_n(&t, "[", k);
    put_n(&t, "]", k);
    put(&t, "}");
    return t;
}

/* "/deep" followed by k - 1 "/0" tokens: the path of the innermost array. */
static text nested_path(size_t k)
{
    text t = {0};
    put(&t, "/deep");
    put_n(&t, "/0", k - 1);
    return t;
}

START_TEST(max_depth)
{
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    text doc = nested(10);
    text path = nested_path(10);
    o.max_depth = 11;
    load_ok(doc.s, doc.len, &o);
    o.max_depth = 10;
    load_fails(doc.s, doc.len, &o, CP_ELIMIT, path.s);
    free(doc.s);
    free(path.s);

    /* known structure counts the same way: the action's supporters array is at depth 8 */
    o.max_depth = 8;
    load_ok(cpt_example_client, strlen(cpt_example_client), &o);
    o.max_depth = 7;
    load_fails(cpt_example_client, strlen(cpt_example_client), &o, CP_ELIMIT,
               "/plans/0/goals/0/actions/0/supporters");
    o.max_depth = 1;
    load_fails(cpt_example_client, strlen(cpt_example_client), &o, CP_ELIMIT, "/support");
    o.max_depth = 0;
    load_fails(cpt_example_client, strlen(cpt_example_client), &o, CP_ELIMIT, "");

    /* the default, 64 */
    doc = nested(CP_DEFAULT_MAX_DEPTH - 1);
    load_ok(doc.s, doc.len, NULL);
    free(doc.s);
    doc = nested(CP_DEFAULT_MAX_DEPTH);
    path = nested_path(CP_DEFAULT_MAX_DEPTH);
    load_fails(doc.s, doc.len, NULL, CP_ELIMIT, path.s);
    free(doc.s);
    free(path.s);
}
END_TEST

START_TEST(max_depth_in_objects)
{
    /* nested objects, with a member name that needs escaping in the path */
    text doc = {0};
    put(&doc, HEAD ",\"a/b\":");
    put_n(&doc, "{\"k~\":", 5);
    put(&doc, "{}");
    put_n(&doc, "}", 5);
    put(&doc, "}");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_depth = 7;
    load_ok(doc.s, doc.len, &o);
    o.max_depth = 6;
    load_fails(doc.s, doc.len, &o, CP_ELIMIT, "/a~1b/k~0/k~0/k~0/k~0/k~0");
    free(doc.s);
}
END_TEST

START_TEST(max_string_length)
{
    /* 20 bytes, 10 characters */
    const char *doc = HEAD ",\"given_name\":\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                           "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\"}";
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_string_length = 20;
    load_ok(doc, strlen(doc), &o);
    o.max_string_length = 19;
    load_fails(doc, strlen(doc), &o, CP_ELIMIT, "/given_name");

    /* keys count too */
    const char *key = HEAD ",\"kkkkkkkkkkkkkkkkkkkkkkkkk\":1}"; /* 25 bytes */
    o.max_string_length = 25;
    load_ok(key, strlen(key), &o);
    o.max_string_length = 24;
    load_fails(key, strlen(key), &o, CP_ELIMIT, "/kkkkkkkkkkkkkkkkkkkkkkkkk");

    /* inside arrays of unknown members */
    const char *arr = HEAD ",\"x\":[\"a\",\"b\",\"cccccccccccccccccccccccccc\"]}"; /* 26 bytes */
    o.max_string_length = 26;
    load_ok(arr, strlen(arr), &o);
    o.max_string_length = 25;
    load_fails(arr, strlen(arr), &o, CP_ELIMIT, "/x/2");

    /* the envelope is held to the limit as well */
    o.max_string_length = 9;
    load_fails(HEAD "}", strlen(HEAD "}"), &o, CP_ELIMIT, "/format");
}
END_TEST

START_TEST(max_items)
{
    text doc = {0};
    put(&doc, HEAD ",\"supporters\":[");
    for (int i = 0; i < 12; i++) {
        char item[40];
        snprintf(item, sizeof item, "%s{\"id\":\"s%d\"}", i ? "," : "", i);
        put(&doc, item);
    }
    put(&doc, "]}");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_items = 12;
    load_ok(doc.s, doc.len, &o);
    o.max_items = 11;
    load_fails(doc.s, doc.len, &o, CP_ELIMIT, "/supporters");
    /* the root object has 5 members */
    o.max_items = 5;
    load_fails(doc.s, doc.len, &o, CP_ELIMIT, "/supporters");
    o.max_items = 4;
    load_fails(doc.s, doc.len, &o, CP_ELIMIT, "");
    free(doc.s);

    /* members of an object */
    const char *obj = HEAD ",\"x\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6}}";
    o.max_items = 6;
    load_ok(obj, strlen(obj), &o);
    o.max_items = 5;
    load_fails(obj, strlen(obj), &o, CP_ELIMIT, "/x");

    /* a flags array */
    const char *flags = HEAD ",\"support\":[\"send\",\"ehc_plan\",\"pupil_premium\","
                             "\"care_experienced\",\"young_carer\",\"eal\",\"risk_of_neet\"]}";
    o.max_items = 7;
    load_ok(flags, strlen(flags), &o);
    o.max_items = 6;
    load_fails(flags, strlen(flags), &o, CP_ELIMIT, "/support");
}
END_TEST

START_TEST(max_size)
{
    size_t len = strlen(cpt_example_client);
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_size = len;
    load_ok(cpt_example_client, len, &o);
    o.max_size = len - 1;
    load_fails(cpt_example_client, len, &o, CP_ELIMIT, "");
    o.max_size = 0;
    load_fails(cpt_example_client, len, &o, CP_ELIMIT, "");
}
END_TEST

START_TEST(max_size_for_streams_and_paths)
{
    /* larger than one read chunk */
    text doc = {0};
    put(&doc, HEAD ",\"note\":\"");
    put_n(&doc, "0123456789", 20000);
    put(&doc, "\"}");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    cp_error e;
    o.max_size = doc.len;
    ck_assert_ok(load_stream(doc.s, doc.len, &o, &e), &e);
    o.max_size = doc.len - 1;
    ck_assert_cp(load_stream(doc.s, doc.len, &o, &e), CP_ELIMIT, "", &e);
    o.max_size = 65536;
    ck_assert_cp(load_stream(doc.s, doc.len, &o, &e), CP_ELIMIT, "", &e);
    /* a small one */
    size_t len = strlen(cpt_example_client);
    o.max_size = len;
    ck_assert_ok(load_stream(cpt_example_client, len, &o, &e), &e);
    o.max_size = len - 1;
    ck_assert_cp(load_stream(cpt_example_client, len, &o, &e), CP_ELIMIT, "", &e);

    /* from a path */
    char dir[] = "/tmp/cp-limits-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/big.json", dir);
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(doc.s, 1, doc.len, fp), doc.len);
    ck_assert_int_eq(fclose(fp), 0);
    cp_client *c = NULL;
    o.max_size = doc.len;
    ck_assert_ok(cp_client_load_path(path, &o, &c, &e), &e);
    cp_client_free(c);
    o.max_size = doc.len - 1;
    c = (cp_client *)(void *)&sentinel_storage;
    ck_assert_cp(cp_client_load_path(path, &o, &c, &e), CP_ELIMIT, "", &e);
    ck_assert_ptr_eq(c, (cp_client *)(void *)&sentinel_storage);
    ck_assert_int_eq(unlink(path), 0);
    ck_assert_int_eq(rmdir(dir), 0);

    /* the other limits apply to streams too */
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.max_string_length = 199999;
    ck_assert_cp(load_stream(doc.s, doc.len, &o, &e), CP_ELIMIT, "/note", &e);
    o.max_string_length = 200000;
    ck_assert_ok(load_stream(doc.s, doc.len, &o, &e), &e);
    free(doc.s);
}
END_TEST

/* prefix followed by n copies of token, cut as the loader cuts a long
 * pointer: at its last whole token within CP_ERROR_PATH_SIZE - 1 bytes. */
static void repeated_path(char *out, const char *prefix, const char *token, size_t n)
{
    size_t len = strlen(prefix), step = strlen(token);
    memcpy(out, prefix, len + 1);
    for (size_t i = 0; i < n && len + step < CP_ERROR_PATH_SIZE; i++, len += step)
        memcpy(out + len, token, step + 1);
}

/* Deeper than the parser's own limit: the loader's limit fires first, with
 * the path, line and column of the first container over it. */
START_TEST(deep_nesting_fails_cleanly)
{
    static const size_t depth = 100000;
    char want[CP_ERROR_PATH_SIZE];
    text t = {0};
    put_n(&t, "[", depth);
    cp_error e;
    cp_document *doc = SENTINEL;
    cp_status st = cp_document_load_string(t.s, t.len, NULL, &doc, &e);
    repeated_path(want, "", "/0", 64);
    ck_assert_cp(st, CP_ELIMIT, want, &e);
    ck_assert_ptr_eq(doc, SENTINEL);
    ck_assert_int_eq(e.line, 1);
    ck_assert_int_eq(e.column, 65);
    ck_assert_int_eq(e.position, 64);
    /* balanced, inside a document, and with the option raised: still clean */
    put_n(&t, "]", depth);
    text d = {0};
    put(&d, HEAD ",\"x\":");
    put(&d, t.s);
    put(&d, "}");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_depth = 2 * depth;
    repeated_path(want, "/x", "/0", CP_MAX_DEPTH - 1);
    ck_assert_cp(cp_document_load_string(d.s, d.len, &o, &doc, &e), CP_ELIMIT, want, &e);
    ck_assert_str_eq(e.message, "nesting deeper than the limit of 2047");
    ck_assert_ptr_eq(doc, SENTINEL);
    ck_assert_cp(load_stream(d.s, d.len, &o, &e), CP_ELIMIT, want, &e);
    free(t.s);
    free(d.s);
    /* objects */
    text obj = {0};
    put(&obj, HEAD ",\"x\":");
    put_n(&obj, "{\"a\":", depth);
    put(&obj, "1");
    put_n(&obj, "}", depth);
    put(&obj, "}");
    repeated_path(want, "/x", "/a", 63);
    ck_assert_cp(cp_document_load_string(obj.s, obj.len, NULL, &doc, &e), CP_ELIMIT, want, &e);
    ck_assert_ptr_eq(doc, SENTINEL);
    free(obj.s);
}
END_TEST

START_TEST(options_version_and_flags)
{
    cp_error e;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    size_t len = strlen(cpt_example_client);
    o.version = CP_LOAD_OPTIONS_VERSION + 1;
    load_fails(cpt_example_client, len, &o, CP_EINVAL, "");
    ck_assert_cp(load_stream(cpt_example_client, len, &o, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_document_load_path("/dev/null", &o, &(cp_document *){NULL}, &e),
                 CP_EINVAL, "", &e);
    o.version = 0;
    load_fails(cpt_example_client, len, &o, CP_EINVAL, "");
    o = (cp_load_options)CP_LOAD_OPTIONS_INIT;
    o.flags = 0x2;
    load_fails(cpt_example_client, len, &o, CP_EINVAL, "");
    o.flags = CP_LOAD_STRICT | 0x80000000u;
    load_fails(cpt_example_client, len, &o, CP_EINVAL, "");
    ck_assert_cp(load_stream(cpt_example_client, len, &o, &e), CP_EINVAL, "", &e);
    o.flags = CP_LOAD_STRICT;
    load_ok(cpt_example_client, len, &o);
}
END_TEST

START_TEST(options_init)
{
    cp_load_options o;
    memset(&o, 0x5a, sizeof o);
    ck_assert_int_eq(cp_load_options_init(&o, CP_LOAD_OPTIONS_VERSION), CP_OK);
    cp_load_options want = CP_LOAD_OPTIONS_INIT;
    ck_assert_uint_eq(o.version, CP_LOAD_OPTIONS_VERSION);
    ck_assert_uint_eq(o.flags, 0);
    ck_assert_uint_eq(o.max_depth, CP_DEFAULT_MAX_DEPTH);
    ck_assert_uint_eq(o.max_string_length, CP_DEFAULT_MAX_STRING_LENGTH);
    ck_assert_uint_eq(o.max_items, CP_DEFAULT_MAX_ITEMS);
    ck_assert_uint_eq(o.max_size, CP_DEFAULT_MAX_SIZE);
    ck_assert_ptr_null(o.warnings);
    ck_assert_uint_eq(want.version, o.version);
    ck_assert_uint_eq(want.max_depth, o.max_depth);
    ck_assert_uint_eq(want.max_string_length, o.max_string_length);
    ck_assert_uint_eq(want.max_items, o.max_items);
    ck_assert_uint_eq(want.max_size, o.max_size);
    ck_assert_int_eq(cp_load_options_init(&o, CP_LOAD_OPTIONS_VERSION + 1), CP_EINVAL);
    ck_assert_int_eq(cp_load_options_init(&o, 0), CP_EINVAL);
    ck_assert_int_eq(cp_load_options_init(NULL, CP_LOAD_OPTIONS_VERSION), CP_EINVAL);
    /* defaults load the example */
    load_ok(cpt_example_client, strlen(cpt_example_client), &o);
}
END_TEST

static Suite *limits_suite(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("limits");
    tcase_add_test(tc, max_depth);
    tcase_add_test(tc, max_depth_in_objects);
    tcase_add_test(tc, max_string_length);
    tcase_add_test(tc, max_items);
    tcase_add_test(tc, max_size);
    tcase_add_test(tc, max_size_for_streams_and_paths);
    tcase_add_test(tc, deep_nesting_fails_cleanly);
    tcase_add_test(tc, options_version_and_flags);
    tcase_add_test(tc, options_init);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(limits_suite)
