/* Diagnostics lists. */
#include "testutil.h"

#include <stdio.h>

static cp_diagnostics *list;

static void setup(void)
{
    list = cp_diagnostics_new();
    ck_assert_ptr_nonnull(list);
}

static void teardown(void)
{
    cp_diagnostics_free(list);
}

static void assert_diag(size_t i, cp_severity sev, const char *code, const char *path,
                        const char *msg)
{
    const cp_diagnostic *d = cp_diagnostics_at(list, i);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(cp_diagnostic_severity(d), sev);
    ck_assert_str_eq(cp_diagnostic_code(d), code);
    ck_assert_str_eq(cp_diagnostic_path(d), path);
    ck_assert_str_eq(cp_diagnostic_message(d), msg);
}

START_TEST(empty_list)
{
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
    ck_assert_ptr_null(cp_diagnostics_at(list, 0));
    ck_assert_uint_eq(cp_diagnostics_count_at_least(list, CP_SEVERITY_INFO), 0);
}
END_TEST

START_TEST(add_and_read_in_order)
{
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_WARNING, "unknown-member", "/x",
                                        "unknown member \"x\""),
                     CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_ERROR, "action-not-time-bound",
                                        "/plans/0/goals/0/actions/1", "no due date"),
                     CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_INFO, "note", NULL, ""), CP_OK);
    ck_assert_uint_eq(cp_diagnostics_count(list), 3);
    assert_diag(0, CP_SEVERITY_WARNING, "unknown-member", "/x", "unknown member \"x\"");
    assert_diag(1, CP_SEVERITY_ERROR, "action-not-time-bound", "/plans/0/goals/0/actions/1",
                "no due date");
    assert_diag(2, CP_SEVERITY_INFO, "note", "", "");
    ck_assert_ptr_null(cp_diagnostics_at(list, 3));
    ck_assert_ptr_null(cp_diagnostics_at(list, (size_t)-1));
}
END_TEST

START_TEST(strings_are_copied)
{
    char code[16] = "code-a", path[16] = "/a", msg[16] = "message a";
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_WARNING, code, path, msg), CP_OK);
    strcpy(code, "changed");
    strcpy(path, "/changed");
    strcpy(msg, "changed");
    assert_diag(0, CP_SEVERITY_WARNING, "code-a", "/a", "message a");
}
END_TEST

START_TEST(count_at_least)
{
    cp_severity sev[] = {CP_SEVERITY_INFO,    CP_SEVERITY_ERROR, CP_SEVERITY_WARNING,
                         CP_SEVERITY_WARNING, CP_SEVERITY_INFO,  CP_SEVERITY_ERROR,
                         CP_SEVERITY_ERROR};
    for (size_t i = 0; i < sizeof sev / sizeof sev[0]; i++)
        ck_assert_int_eq(cp_diagnostics_add(list, sev[i], "c", "", "m"), CP_OK);
    ck_assert_uint_eq(cp_diagnostics_count(list), 7);
    ck_assert_uint_eq(cp_diagnostics_count_at_least(list, CP_SEVERITY_INFO), 7);
    ck_assert_uint_eq(cp_diagnostics_count_at_least(list, CP_SEVERITY_WARNING), 5);
    ck_assert_uint_eq(cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR), 3);
}
END_TEST

START_TEST(grows_past_its_first_block)
{
    char code[32], path[32], msg[32];
    for (int i = 0; i < 1000; i++) {
        snprintf(code, sizeof code, "code-%d", i);
        snprintf(path, sizeof path, "/items/%d", i);
        snprintf(msg, sizeof msg, "message %d", i);
        ck_assert_int_eq(cp_diagnostics_add(list, (cp_severity)(i % 3), code, path, msg), CP_OK);
    }
    ck_assert_uint_eq(cp_diagnostics_count(list), 1000);
    for (int i = 0; i < 1000; i += 37) {
        snprintf(code, sizeof code, "code-%d", i);
        snprintf(path, sizeof path, "/items/%d", i);
        snprintf(msg, sizeof msg, "message %d", i);
        assert_diag((size_t)i, (cp_severity)(i % 3), code, path, msg);
    }
    ck_assert_uint_eq(cp_diagnostics_count_at_least(list, CP_SEVERITY_ERROR), 333);
}
END_TEST

START_TEST(clear_keeps_the_list_usable)
{
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_ERROR, "a", "/a", "A"), CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_ERROR, "b", "/b", "B"), CP_OK);
    cp_diagnostics_clear(list);
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
    ck_assert_ptr_null(cp_diagnostics_at(list, 0));
    ck_assert_uint_eq(cp_diagnostics_count_at_least(list, CP_SEVERITY_INFO), 0);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_INFO, "c", "/c", "C"), CP_OK);
    ck_assert_uint_eq(cp_diagnostics_count(list), 1);
    assert_diag(0, CP_SEVERITY_INFO, "c", "/c", "C");
    cp_diagnostics_clear(list);
    cp_diagnostics_clear(list);
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
}
END_TEST

START_TEST(invalid_arguments)
{
    ck_assert_int_eq(cp_diagnostics_add(NULL, CP_SEVERITY_INFO, "c", "", "m"), CP_EINVAL);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_INFO, NULL, "", "m"), CP_EINVAL);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_INFO, "", "", "m"), CP_EINVAL);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_INFO, "c", "", NULL), CP_EINVAL);
    ck_assert_int_eq(cp_diagnostics_add(list, (cp_severity)3, "c", "", "m"), CP_EINVAL);
    ck_assert_int_eq(cp_diagnostics_add(list, (cp_severity)-1, "c", "", "m"), CP_EINVAL);
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
    /* NULL lists count as empty and are no-ops */
    ck_assert_uint_eq(cp_diagnostics_count(NULL), 0);
    ck_assert_uint_eq(cp_diagnostics_count_at_least(NULL, CP_SEVERITY_INFO), 0);
    ck_assert_ptr_null(cp_diagnostics_at(NULL, 0));
    cp_diagnostics_clear(NULL);
    cp_diagnostics_free(NULL);
}
END_TEST

START_TEST(severity_names)
{
    ck_assert_str_eq(cp_severity_to_string(CP_SEVERITY_INFO), "info");
    ck_assert_str_eq(cp_severity_to_string(CP_SEVERITY_WARNING), "warning");
    ck_assert_str_eq(cp_severity_to_string(CP_SEVERITY_ERROR), "error");
    ck_assert_ptr_null(cp_severity_to_string((cp_severity)3));
    ck_assert_ptr_null(cp_severity_to_string((cp_severity)-1));
    ck_assert_int_lt(CP_SEVERITY_INFO, CP_SEVERITY_WARNING);
    ck_assert_int_lt(CP_SEVERITY_WARNING, CP_SEVERITY_ERROR);
}
END_TEST

static Suite *diagnostics_suite(void)
{
    Suite *s = suite_create("diagnostics");
    TCase *tc = tcase_create("diagnostics");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, empty_list);
    tcase_add_test(tc, add_and_read_in_order);
    tcase_add_test(tc, strings_are_copied);
    tcase_add_test(tc, count_at_least);
    tcase_add_test(tc, grows_past_its_first_block);
    tcase_add_test(tc, clear_keeps_the_list_usable);
    tcase_add_test(tc, invalid_arguments);
    tcase_add_test(tc, severity_names);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(diagnostics_suite)
