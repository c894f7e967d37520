/* Status codes, the error struct and the version. */
#include "testutil.h"

#include <stdio.h>

/* Every code of common.h with its stable identifier. */
static const struct {
    cp_status code;
    const char *name;
} codes[] = {
    {CP_OK, "CP_OK"},
    {CP_EINVAL, "CP_EINVAL"},
    {CP_ENOMEM, "CP_ENOMEM"},
    {CP_ESYNTAX, "CP_ESYNTAX"},
    {CP_ETYPE, "CP_ETYPE"},
    {CP_ERANGE, "CP_ERANGE"},
    {CP_EDUPLICATE, "CP_EDUPLICATE"},
    {CP_ENOTFOUND, "CP_ENOTFOUND"},
    {CP_ELIMIT, "CP_ELIMIT"},
    {CP_EIO, "CP_EIO"},
    {CP_ECONSENT, "CP_ECONSENT"},
    {CP_EVALUE, "CP_EVALUE"},
    {CP_EUNKNOWN, "CP_EUNKNOWN"},
    {CP_EFORMAT, "CP_EFORMAT"},
    {CP_ESTATE, "CP_ESTATE"},
};
#define NCODES (sizeof codes / sizeof codes[0])

START_TEST(values_are_frozen)
{
    /* The numbers are ABI: a renumbering must fail here. */
    for (size_t i = 0; i < NCODES; i++)
        ck_assert_int_eq(codes[i].code, (int)i);
}
END_TEST

START_TEST(names_are_stable_and_distinct)
{
    for (size_t i = 0; i < NCODES; i++) {
        ck_assert_str_eq(cp_status_name(codes[i].code), codes[i].name);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(cp_status_name(codes[i].code), cp_status_name(codes[j].code));
    }
}
END_TEST

START_TEST(strings_are_distinct)
{
    ck_assert_str_eq(cp_status_string(CP_OK), "success");
    ck_assert_str_eq(cp_status_string(CP_ERANGE), "out of range");
    for (size_t i = 0; i < NCODES; i++) {
        const char *s = cp_status_string(codes[i].code);
        ck_assert_ptr_nonnull(s);
        ck_assert_uint_gt(strlen(s), 0);
        ck_assert_str_ne(s, "unknown status");
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(s, cp_status_string(codes[j].code));
    }
}
END_TEST

START_TEST(unknown_values_fall_back)
{
    ck_assert_str_eq(cp_status_name((cp_status)999), "CP_UNKNOWN_STATUS");
    ck_assert_str_eq(cp_status_string((cp_status)999), "unknown status");
    ck_assert_str_eq(cp_status_name((cp_status)NCODES), "CP_UNKNOWN_STATUS");
    ck_assert_str_eq(cp_status_string((cp_status)NCODES), "unknown status");
    ck_assert_str_eq(cp_status_name((cp_status)-1), "CP_UNKNOWN_STATUS");
    ck_assert_str_eq(cp_status_string((cp_status)-1), "unknown status");
}
END_TEST

START_TEST(error_clear)
{
    cp_error e;
    memset(&e, 0x5a, sizeof e);
    cp_error_clear(&e);
    ck_assert_int_eq(e.code, CP_OK);
    ck_assert_str_eq(e.message, "");
    ck_assert_str_eq(e.path, "");
    ck_assert_int_eq(e.line, 0);
    ck_assert_int_eq(e.column, 0);
    ck_assert_int_eq(e.position, -1);
    for (size_t i = 0; i < sizeof e.reserved; i++)
        ck_assert_uint_eq(e.reserved[i], 0);
    cp_error_clear(NULL); /* no-op */
}
END_TEST

START_TEST(error_is_filled_and_reset_by_calls)
{
    cp_error e;
    cp_date d;
    ck_assert_cp(cp_date_parse("2026-02-30", &d, &e), CP_ERANGE, "", &e);
    ck_assert_uint_gt(strlen(e.message), 0);
    ck_assert_int_eq(e.line, 0);
    ck_assert_int_eq(e.position, -1);
    /* a later failure of a loader replaces everything, syntax position included */
    const char *bad = "{\n  \"format\": }";
    cp_document *doc = NULL;
    ck_assert_cp(cp_document_load_string(bad, strlen(bad), NULL, &doc, &e), CP_ESYNTAX, "", &e);
    ck_assert_int_eq(e.line, 2);
    ck_assert_int_ge(e.position, 0);
    const char *notdoc = "{\"format\": \"x\"}";
    ck_assert_cp(cp_document_load_string(notdoc, strlen(notdoc), NULL, &doc, &e), CP_EFORMAT,
                 "/format", &e);
    ck_assert_int_eq(e.line, 0);
    ck_assert_int_eq(e.column, 0);
    ck_assert_int_eq(e.position, -1);
    /* success clears the struct */
    const char *good = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c\"}";
    ck_assert_ok(cp_document_load_string(good, strlen(good), NULL, &doc, &e), &e);
    ck_assert_int_eq(e.code, CP_OK);
    ck_assert_str_eq(e.message, "");
    ck_assert_str_eq(e.path, "");
    cp_document_free(doc);
}
END_TEST

START_TEST(version)
{
    char want[32];
    snprintf(want, sizeof want, "%d.%d.%d", CP_VERSION_MAJOR, CP_VERSION_MINOR, CP_VERSION_PATCH);
    ck_assert_str_eq(CP_VERSION_STRING, want);
    ck_assert_str_eq(cp_version(), CP_VERSION_STRING);
    ck_assert_int_eq(CP_VERSION_NUM,
                     CP_VERSION_MAJOR * 10000 + CP_VERSION_MINOR * 100 + CP_VERSION_PATCH);
    ck_assert_int_eq(cp_version_number(), CP_VERSION_NUM);
    ck_assert_int_ge(CP_VERSION_MINOR, 0);
    ck_assert_int_lt(CP_VERSION_MINOR, 100);
    ck_assert_int_lt(CP_VERSION_PATCH, 100);
    ck_assert_int_ge(cp_version_number(), 100); /* at least 0.1.0 */
}
END_TEST

START_TEST(free_null)
{
    cp_free(NULL);
}
END_TEST

/* A path longer than cp_error::path keeps its complete tokens only: a
 * well-formed JSON Pointer to an ancestor of the offending value. */
START_TEST(long_path_is_cut_at_a_token)
{
    enum { DEPTH = 300 };
    static const char head[] = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                               "\"id\":\"c1\",\"x\":";
    char json[sizeof head + 2 * DEPTH + 2];
    size_t n = 0;
    memcpy(json, head, sizeof head - 1);
    n = sizeof head - 1;
    for (int i = 0; i < DEPTH; i++)
        json[n++] = '[';
    for (int i = 0; i < DEPTH; i++)
        json[n++] = ']';
    json[n++] = '}';
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_depth = DEPTH - 1; /* the innermost array is one too deep: "/x" and 299 "/0" */
    cp_client *c = NULL;
    cp_error e;
    ck_assert_int_eq(cp_client_load_string(json, n, &o, &c, &e), CP_ELIMIT);
    size_t len = strlen(e.path);
    ck_assert_uint_lt(len, CP_ERROR_PATH_SIZE);
    ck_assert_uint_gt(len, CP_ERROR_PATH_SIZE - 4);
    ck_assert_int_eq(strncmp(e.path, "/x/0/0", 6), 0);
    for (size_t i = 2; i < len; i += 2)
        ck_assert_int_eq(memcmp(e.path + i, "/0", 2), 0);
}
END_TEST

static Suite *status_suite(void)
{
    Suite *s = suite_create("status");
    TCase *tc = tcase_create("status");
    tcase_add_test(tc, values_are_frozen);
    tcase_add_test(tc, names_are_stable_and_distinct);
    tcase_add_test(tc, strings_are_distinct);
    tcase_add_test(tc, unknown_values_fall_back);
    tcase_add_test(tc, error_clear);
    tcase_add_test(tc, error_is_filled_and_reset_by_calls);
    tcase_add_test(tc, version);
    tcase_add_test(tc, free_null);
    tcase_add_test(tc, long_path_is_cut_at_a_token);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(status_suite)
