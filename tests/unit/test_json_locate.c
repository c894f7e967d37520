/*
 * Errors jansson reports by position only, given a path by the loader
 * (src/lib/io/json_locate.c): nesting deeper than jansson's own limit of
 * 2048, with max_depth capped at CP_MAX_DEPTH; and \u0000 in a string or key.
 */
#include "testutil.h"

#define HEAD "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\",\"x\":"

/* HEAD, then n arrays around the number 1, then the closing brace. */
static char *nested(size_t n)
{
    size_t head = strlen(HEAD);
    char *s = malloc(head + 2 * n + 3);
    ck_assert_ptr_nonnull(s);
    memcpy(s, HEAD, head);
    memset(s + head, '[', n);
    s[head + n] = '1';
    memset(s + head + n + 1, ']', n);
    memcpy(s + head + 2 * n + 1, "}", 2);
    return s;
}

/* "/x" and then `zeros` tokens "/0", cut at the last whole token that fits
 * in cp_error.path. */
static void zeros_path(char *out, size_t zeros)
{
    size_t len = 2;
    memcpy(out, "/x", 3);
    for (size_t i = 0; i < zeros && len + 2 < CP_ERROR_PATH_SIZE; i++, len += 2)
        memcpy(out + len, "/0", 3);
}

/* Loads HEAD + n arrays with max_depth (0: the defaults) and checks the
 * error: the first array over `limit` (the root object is at depth 1, so
 * array number `limit`), its path, line, column and offset. */
static void check_too_deep(size_t n, size_t max_depth, size_t limit)
{
    char *json = nested(n);
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    if (max_depth)
        o.max_depth = max_depth;
    cp_error e;
    cp_document *doc = NULL;
    char want_path[CP_ERROR_PATH_SIZE];
    char want_message[64];
    zeros_path(want_path, limit - 1);
    snprintf(want_message, sizeof want_message, "nesting deeper than the limit of %zu", limit);
    ck_assert_cp(cp_document_load_string(json, strlen(json), &o, &doc, &e), CP_ELIMIT, want_path,
                 &e);
    ck_assert_ptr_null(doc);
    ck_assert_str_eq(e.message, want_message);
    ck_assert_int_eq(e.line, 1);
    ck_assert_int_eq(e.position, (long)(strlen(HEAD) + limit - 1));
    ck_assert_int_eq(e.column, (int)(strlen(HEAD) + limit));
    free(json);
}

START_TEST(over_jansson_depth_with_default_limit)
{
    char want[CP_ERROR_PATH_SIZE];
    zeros_path(want, 63);
    /* "/x" and 63 tokens: 128 bytes, whole */
    ck_assert_uint_eq(strlen(want), 128);
    check_too_deep(2049, 0, CP_DEFAULT_MAX_DEPTH);
    check_too_deep(5000, 0, CP_DEFAULT_MAX_DEPTH);
    /* under jansson's limit: the same error */
    check_too_deep(65, 0, CP_DEFAULT_MAX_DEPTH);
}
END_TEST

START_TEST(max_depth_above_cap_is_the_cap)
{
    ck_assert_uint_eq(CP_MAX_DEPTH, 2047);
    char want[CP_ERROR_PATH_SIZE];
    zeros_path(want, CP_MAX_DEPTH - 1);
    /* 2046 tokens do not fit: the pointer ends at its last whole token */
    ck_assert_uint_eq(strlen(want), 2 + 2 * 254);
    check_too_deep(2049, 4000, CP_MAX_DEPTH);
    check_too_deep(5000, 4000, CP_MAX_DEPTH);
    /* 2047 arrays in the root object are 2048 deep: over the cap too */
    check_too_deep(2047, 4000, CP_MAX_DEPTH);
    check_too_deep(2047, CP_MAX_DEPTH, CP_MAX_DEPTH);
}
END_TEST

START_TEST(cap_itself_loads)
{
    /* 2046 arrays in the root object: 2047 deep, the deepest allowed */
    char *json = nested(2046);
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_depth = (size_t)-1;
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_cp(cp_document_load_string(json, strlen(json), &o, &doc, &e), CP_OK, NULL, &e);
    cp_document_free(doc);
    free(json);
}
END_TEST

/* Loads json and checks a CP_EVALUE with message, path, line and column. */
static void check_nul(const char *json, const char *message, const char *path, int line,
                      int column)
{
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_cp(cp_document_load_string(json, strlen(json), NULL, &doc, &e), CP_EVALUE, path,
                 &e);
    ck_assert_ptr_null(doc);
    ck_assert_str_eq(e.message, message);
    ck_assert_int_eq(e.line, line);
    ck_assert_int_eq(e.column, column);
}

START_TEST(nul_in_a_string)
{
    check_nul("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\n"
              "  \"id\": \"c\\u00001\"}",
              "a string contains the NUL character \\u0000, which is not allowed", "/id", 2, 9);
    /* deeper, after escapes in keys and strings: the pointer escapes ~ and / */
    check_nul("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\",\n"
              "\"x\":{\"a\\\"b\":\"\\\"]\",\"\\u00e9~/\":[1,{\"k\":[true,\"x\\u0000\"]}]}}",
              "a string contains the NUL character \\u0000, which is not allowed",
              "/x/\xc3\xa9~0~1/1/k/1", 2, 44);
}
END_TEST

START_TEST(nul_in_a_key)
{
    check_nul("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\",\n"
              "\"x\":[{},{\"y\":{\"a\\u0000\":1}}]}",
              "a key contains the NUL character \\u0000, which is not allowed", "/x/1/y", 2, 15);
}
END_TEST

static Suite *json_locate_suite(void)
{
    Suite *s = suite_create("json_locate");
    TCase *tc = tcase_create("json_locate");
    tcase_add_test(tc, over_jansson_depth_with_default_limit);
    tcase_add_test(tc, max_depth_above_cap_is_the_cap);
    tcase_add_test(tc, cap_itself_loads);
    tcase_add_test(tc, nul_in_a_string);
    tcase_add_test(tc, nul_in_a_key);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(json_locate_suite)
