/*
 * Every error of a document at once (cp_document_load_collect), and where
 * each is in the text: the internal one-scan pointer-to-offset function
 * (cp__json_offsets, src/lib/io/json_locate.c) and cp_diagnostics_locate.
 */
#include "testutil.h"

#include "../../src/lib/core/nearest.h"
#include "../../src/lib/io/json_locate.h"

/* Six mistakes on known lines (1-based): line 2 a bad enumeration name,
 * line 3 a confidence out of range and an unknown flag name in an array,
 * line 4 an impossible date, line 5 a duplicate id and a dangling
 * reference, line 6 a missing required member. */
static const char six[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\",\n"
    "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"status\":\"agreeed\",\n"
    "\"goals\":[{\"id\":\"g1\",\"statement\":\"s\",\"confidence\":11,\n"
    "\"actions\":[{\"id\":\"a1\",\"description\":\"d\",\"due\":\"2026-02-30\"},\n"
    "  {\"id\":\"g1\",\"description\":\"e\",\"owner\":\"supporter\",\"owner_supporter\":\"s9\"},\n"
    "  {\"id\":\"a3\"}]}]}]}\n";

static void want_diag(const cp_diagnostics *list, size_t i, const char *code, const char *path)
{
    const cp_diagnostic *d = cp_diagnostics_at(list, i);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(cp_diagnostic_severity(d), CP_SEVERITY_ERROR);
    ck_assert_str_eq(cp_diagnostic_code(d), code);
    ck_assert_str_eq(cp_diagnostic_path(d), path);
}

START_TEST(collect_reports_every_error)
{
    cp_diagnostics *list = cp_diagnostics_new();
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_cp(cp_document_load_collect(six, strlen(six), NULL, list, &doc, &e), CP_EVALUE,
                 "/plans/0/status", &e);
    ck_assert_ptr_null(doc);
    ck_assert_str_eq(e.message, "\"agreeed\" is not a known plan status: did you mean "
                                "\"agreed\"? It is one of: draft, agreed, closed");
    ck_assert_uint_eq(cp_diagnostics_count(list), 6);
    want_diag(list, 0, "CP_EVALUE", "/plans/0/status");
    want_diag(list, 1, "CP_ERANGE", "/plans/0/goals/0/confidence");
    want_diag(list, 2, "CP_ERANGE", "/plans/0/goals/0/actions/0/due");
    want_diag(list, 3, "CP_ETYPE", "/plans/0/goals/0/actions/2/description");
    want_diag(list, 4, "CP_EDUPLICATE", "/plans/0/goals/0/actions/1/id");
    want_diag(list, 5, "CP_ENOTFOUND", "/plans/0/goals/0/actions/1/owner_supporter");
    ck_assert_str_eq(cp_diagnostic_message(cp_diagnostics_at(list, 1)),
                     "confidence must be between 1 and 10, not 11");
    ck_assert_str_eq(cp_diagnostic_message(cp_diagnostics_at(list, 3)),
                     "an action needs member \"description\"");
    /* Placed in the text: the value of each, the missing member at its object. */
    ck_assert_int_eq(cp_diagnostics_locate(list, six, strlen(six)), CP_OK);
    int want[6][2] = {{2, 53}, {3, 50}, {4, 47}, {6, 3}, {5, 9}, {5, 70}};
    for (size_t i = 0; i < 6; i++) {
        ck_assert_int_eq(cp_diagnostic_line(cp_diagnostics_at(list, i)), want[i][0]);
        ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(list, i)), want[i][1]);
    }
    cp_diagnostics_free(list);
}
END_TEST

START_TEST(collect_dangling_reference_and_items)
{
    static const char text[] =
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\",\"plans\":[\n"
        "  {\"id\":\"p1\",\"created\":\"2026-01-10\",\"goals\":[{\"id\":\"g1\",\"statement\":\"s\",\n"
        "   \"actions\":[{\"id\":\"a1\",\"description\":\"d\",\"owner\":\"supporter\",\n"
        "     \"owner_supporter\":\"s9\"}]}]},\n"
        "  7, {\"id\":\"p2\",\"created\":\"2026-01-10\",\"color\":1}]}";
    cp_diagnostics *list = cp_diagnostics_new();
    cp_document *doc = NULL;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.flags = CP_LOAD_STRICT;
    ck_assert_cp(cp_document_load_collect(text, strlen(text), &o, list, &doc, NULL), CP_ETYPE,
                 NULL, (cp_error *)NULL);
    ck_assert_ptr_null(doc);
    ck_assert_uint_eq(cp_diagnostics_count(list), 3);
    want_diag(list, 0, "CP_ETYPE", "/plans/1");
    want_diag(list, 1, "CP_EUNKNOWN", "/plans/2/color");
    want_diag(list, 2, "CP_ENOTFOUND", "/plans/0/goals/0/actions/0/owner_supporter");
    ck_assert_int_eq(cp_diagnostics_locate(list, text, strlen(text)), CP_OK);
    ck_assert_int_eq(cp_diagnostic_line(cp_diagnostics_at(list, 0)), 5);
    ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(list, 0)), 3);
    ck_assert_int_eq(cp_diagnostic_line(cp_diagnostics_at(list, 2)), 4);
    ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(list, 2)), 24);
    cp_diagnostics_free(list);
}
END_TEST

START_TEST(collect_stops_at_syntax_and_envelope)
{
    cp_diagnostics *list = cp_diagnostics_new();
    cp_document *doc = NULL;
    cp_error e;
    const char *bad = "{\"format\":\"careerplan\",}";
    ck_assert_cp(cp_document_load_collect(bad, strlen(bad), NULL, list, &doc, &e), CP_ESYNTAX,
                 "", &e);
    const char *kind = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"x\",\"id\":1}";
    ck_assert_cp(cp_document_load_collect(kind, strlen(kind), NULL, list, &doc, &e), CP_EFORMAT,
                 "/kind", &e);
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
    ck_assert_cp(cp_document_load_collect(kind, strlen(kind), NULL, NULL, &doc, &e), CP_EINVAL,
                 "", &e);
    /* A valid document loads, and only warnings are added. */
    const char *ok = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\"}";
    ck_assert_ok(cp_document_load_collect(ok, strlen(ok), NULL, list, &doc, &e), &e);
    ck_assert_ptr_nonnull(cp_document_client(doc));
    cp_document_free(doc);
    ck_assert_uint_eq(cp_diagnostics_count(list), 0);
    cp_diagnostics_free(list);
}
END_TEST

START_TEST(offsets_in_one_scan)
{
    const char *text = " {\"a\": [1, {\"b~/c\": \"x\"}, [true]],\n \"d\": {}}";
    /* Sorted by strcmp, each with its prefixes, as the function wants. */
    const char *const pointers[] = {"",     "/a",     "/a/0", "/a/1", "/a/1/b~0~1c",
                                    "/a/2", "/a/2/0", "/a/3", "/d",   "/d/e"};
    size_t n = sizeof pointers / sizeof *pointers;
    size_t got[10];
    cp__json_offsets(text, strlen(text), pointers, n, got);
    size_t want[10] = {1, 7, 8, 11, 20, 26, 27, CP__NO_OFFSET, 41, CP__NO_OFFSET};
    for (size_t i = 0; i < n; i++)
        ck_assert_uint_eq(got[i], want[i]);
    /* Values under one whose pointer is not asked for are not looked at:
     * "/a/1/b~0~1c" without "/a/1" is not found. */
    const char *const without_prefix[] = {"", "/a", "/a/1/b~0~1c", "/d"};
    cp__json_offsets(text, strlen(text), without_prefix, 4, got);
    ck_assert_uint_eq(got[1], 7);
    ck_assert_uint_eq(got[2], CP__NO_OFFSET);
    ck_assert_uint_eq(got[3], 41);
    /* Strings skipped over where nothing is visited: escaped quotes and
     * backslashes before a quote ("x\"}" and "\\" end where they should). */
    const char *escaped = "{\"a\": {\"s\": \"x\\\"}\", \"k\\\\\": \"\\\\\"}, \"b\": [\"]\"]}";
    const char *const b_only[] = {"", "/b", "/b/0"};
    cp__json_offsets(escaped, strlen(escaped), b_only, 3, got);
    ck_assert_uint_eq(got[0], 0);
    ck_assert_uint_eq(got[1], (size_t)(strstr(escaped, "[\"]") - escaped));
    ck_assert_uint_eq(got[2], got[1] + 1);
    cp__json_offsets(text, strlen(text), pointers, 0, got); /* nothing asked: no scan */
}
END_TEST

START_TEST(locate_utf8_columns_and_arguments)
{
    const char *text = "{\"n\": \"\xc3\xa9\xc3\xa9\", \"m\": 1}";
    cp_diagnostics *list = cp_diagnostics_new();
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_WARNING, "w", "/m", "m"), CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_WARNING, "w", "", "root"), CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(list, CP_SEVERITY_WARNING, "w", "/zz/9", "none"), CP_OK);
    ck_assert_int_eq(cp_diagnostic_line(cp_diagnostics_at(list, 0)), 0);
    ck_assert_int_eq(cp_diagnostics_locate(list, text, strlen(text)), CP_OK);
    ck_assert_int_eq(cp_diagnostic_line(cp_diagnostics_at(list, 0)), 1);
    ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(list, 0)), 18); /* é counts as one */
    ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(list, 1)), 1);
    ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(list, 2)), 1); /* at the root */
    /* Several on a later line, after UTF-8: each column counted from the
     * line's start, whatever was counted for the one before. */
    const char *lines = "{\n \"a\": \"\xc3\xa9\", \"b\": 1,\n \"c\": 2}";
    cp_diagnostics *more = cp_diagnostics_new();
    ck_assert_int_eq(cp_diagnostics_add(more, CP_SEVERITY_WARNING, "w", "/c", "c"), CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(more, CP_SEVERITY_WARNING, "w", "/b", "b"), CP_OK);
    ck_assert_int_eq(cp_diagnostics_add(more, CP_SEVERITY_WARNING, "w", "/a", "a"), CP_OK);
    ck_assert_int_eq(cp_diagnostics_locate(more, lines, strlen(lines)), CP_OK);
    const int want[3][2] = {{3, 7}, {2, 17}, {2, 7}};
    for (size_t i = 0; i < 3; i++) {
        ck_assert_int_eq(cp_diagnostic_line(cp_diagnostics_at(more, i)), want[i][0]);
        ck_assert_int_eq(cp_diagnostic_column(cp_diagnostics_at(more, i)), want[i][1]);
    }
    cp_diagnostics_free(more);
    ck_assert_int_eq(cp_diagnostics_locate(list, NULL, 3), CP_EINVAL);
    ck_assert_int_eq(cp_diagnostics_locate(NULL, text, 3), CP_OK);
    cp_diagnostics_free(list);
}
END_TEST

START_TEST(did_you_mean)
{
    ck_assert_uint_eq(cp__edit_distance("measur", "measure", 2), 1);
    ck_assert_uint_eq(cp__edit_distance("staus", "status", 2), 1);
    ck_assert_uint_eq(cp__edit_distance("stauts", "status", 2), 1); /* two swapped */
    ck_assert_uint_eq(cp__edit_distance("dun", "done", 2), 2);
    ck_assert_uint_eq(cp__edit_distance("x", "description", 2), 3);
    const char *const names[] = {"id", NULL, "description", "measure", "due"};
    ck_assert_str_eq(cp__nearest("measur", names, 5), "measure");
    ck_assert_str_eq(cp__nearest("dues", names, 5), "due");
    ck_assert_ptr_null(cp__nearest("colour", names, 5));
    ck_assert_ptr_null(cp__nearest("due", names, 5)); /* itself is no hint */

    /* In the loader's messages: an unknown member near a known one, an
     * enumeration name (near or not), and in strict mode. */
    const char *text = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                       "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"goals\":[{\"id\":\"g1\","
                       "\"statement\":\"s\",\"actions\":[{\"id\":\"a1\",\"description\":\"d\","
                       "\"measur\":\"m\",\"status\":\"zzz\"}]}]}]}";
    cp_diagnostics *list = cp_diagnostics_new();
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = list;
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_cp(cp_document_load_collect(text, strlen(text), &o, list, &doc, &e), CP_EVALUE,
                 "/plans/0/goals/0/actions/0/status", &e);
    ck_assert_uint_eq(cp_diagnostics_count(list), 2);
    ck_assert_str_eq(cp_diagnostic_message(cp_diagnostics_at(list, 0)),
                     "unknown member \"measur\" in an action kept as it is: did you mean "
                     "\"measure\"?");
    ck_assert_str_eq(cp_diagnostic_code(cp_diagnostics_at(list, 0)), "unknown-member");
    ck_assert_str_eq(e.message, "\"zzz\" is not a known action status: it must be one of: "
                                "planned, in_progress, done, partly_done, not_done, dropped");
    o.flags = CP_LOAD_STRICT;
    o.warnings = NULL;
    ck_assert_cp(cp_document_load_string(text, strlen(text), &o, &doc, &e), CP_EUNKNOWN,
                 "/plans/0/goals/0/actions/0/measur", &e);
    ck_assert_str_eq(e.message, "unknown member \"measur\" in an action: did you mean \"measure\"?");
    cp_diagnostics_free(list);
}
END_TEST

START_TEST(trailing_comma_in_plain_words)
{
    static const char *const texts[] = {"[1,]", "{\"a\":1,}", "{\"a\":[1,2,\n ]}"};
    static const char *const words[] = {"trailing comma: remove the ',' before ']'",
                                        "trailing comma: remove the ',' before '}'",
                                        "trailing comma: remove the ',' before ']'"};
    static const int lines[] = {1, 1, 2}, columns[] = {4, 8, 2};
    for (size_t i = 0; i < 3; i++) {
        cp_document *doc = NULL;
        cp_error e;
        ck_assert_cp(cp_document_load_string(texts[i], strlen(texts[i]), NULL, &doc, &e),
                     CP_ESYNTAX, "", &e);
        ck_assert_str_eq(e.message, words[i]);
        ck_assert_int_eq(e.line, lines[i]);
        ck_assert_int_eq(e.column, columns[i]);
    }
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_cp(cp_document_load_string("[1 2]", 5, NULL, &doc, &e), CP_ESYNTAX, "", &e);
    ck_assert_str_eq(e.message, "']' expected near '2'"); /* other errors keep jansson's words */
}
END_TEST

static Suite *collect_suite(void)
{
    Suite *s = suite_create("json_collect");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, collect_reports_every_error);
    tcase_add_test(tc, collect_dangling_reference_and_items);
    tcase_add_test(tc, collect_stops_at_syntax_and_envelope);
    tcase_add_test(tc, offsets_in_one_scan);
    tcase_add_test(tc, locate_utf8_columns_and_arguments);
    tcase_add_test(tc, did_you_mean);
    tcase_add_test(tc, trailing_comma_in_plain_words);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(collect_suite)
