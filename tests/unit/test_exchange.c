/* CSV exchange of learners and participation (<careerplan/exchange.h>,
 * src/lib/io/csv_*.c): exact export bytes, round trips with quoting, commas,
 * line ends, doubled quotes, formulas and non-ASCII names, matching on UPN,
 * ULN or id, and every error with its code, message, line and column, the
 * caseload left as it was. */
#include "testutil.h"

/* Four learners: keyed by UPN (two), ULN only, and id only. */
static const char caseload_text[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"Year 11\",\"clients\":["
    "{\"id\":\"c1\",\"upn\":\"B801200005001\",\"uln\":\"1000000043\",\"given_name\":\"Zo\xC3\xAB\","
    " \"family_name\":\"O'Brien, Jr\",\"setting\":\"school\",\"year_group\":11,"
    " \"participations\":[{\"activity\":\"ii-assembly\",\"date\":\"2025-10-03\",\"attended\":true},"
    "  {\"activity\":\"=cmd\",\"date\":\"2025-11-01\",\"parent_attended\":true}]},"
    "{\"id\":\"c2\",\"upn\":\"W201900000010\",\"given_name\":\"Ann \\\"Annie\\\"\","
    " \"family_name\":\"Smith\\nJones\",\"year_group\":9,"
    " \"participations\":[{\"activity\":\"ie-cv\",\"date\":\"2026-01-20\",\"attended\":true,"
    "\"parent_attended\":true}]},"
    "{\"id\":\"c3\",\"uln\":\"1234567899\",\"given_name\":\"\xE6\x9D\x8E\","
    "\"family_name\":\"\xE5\xB0\x8F\xE9\xBE\x99\"},"
    "{\"id\":\"c4\",\"given_name\":\"Sam\",\"participations\":[{\"activity\":\"ad-mock\","
    "\"date\":\"2026-03-02\"}]}]}";

static cp_caseload *fixture(void)
{
    cp_caseload *cl = NULL;
    cp_error e;
    cp_status st = cp_caseload_load_string(caseload_text, strlen(caseload_text), NULL, &cl, &e);
    ck_assert_msg(st == CP_OK, "%s at %s: %s", cp_status_name(st), e.path, e.message);
    return cl;
}

static char *saved(const cp_caseload *cl)
{
    char *s = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &s, NULL, &e), &e);
    return s;
}

static const char learners_csv[] =
    "id,upn,uln,service_ref,given_name,family_name,setting,year_group\r\n"
    "c1,B801200005001,1000000043,,Zo\xC3\xAB,\"O'Brien, Jr\",school,11\r\n"
    "c2,W201900000010,,,\"Ann \"\"Annie\"\"\",\"Smith\nJones\",,9\r\n"
    "c3,,1234567899,,\xE6\x9D\x8E,\xE5\xB0\x8F\xE9\xBE\x99,,\r\n"
    "c4,,,,Sam,,,\r\n";

static const char participation_csv[] =
    "upn,uln,client_id,activity,date,attended,parent_attended\r\n"
    "B801200005001,1000000043,c1,ii-assembly,2025-10-03,true,false\r\n"
    "B801200005001,1000000043,c1,'=cmd,2025-11-01,false,true\r\n"
    "W201900000010,,c2,ie-cv,2026-01-20,true,true\r\n"
    ",,c4,ad-mock,2026-03-02,false,false\r\n";

START_TEST(export_learners_bytes)
{
    cp_caseload *cl = fixture();
    char *csv = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_learners_to_csv(cl, &csv, &e), &e);
    ck_same_text(csv, learners_csv);
    cp_free(csv);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(export_participation_bytes)
{
    cp_caseload *cl = fixture();
    char *csv = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_participation_to_csv(cl, &csv, &e), &e);
    ck_same_text(csv, participation_csv);
    cp_free(csv);
    cp_caseload_free(cl);
}
END_TEST

/* Export, import into an empty caseload of the same name: the same bytes. */
START_TEST(round_trip_into_empty_caseload)
{
    cp_caseload *cl = fixture(), *back = NULL;
    char *learners = NULL, *participation = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_learners_to_csv(cl, &learners, &e), &e);
    ck_assert_ok(cp_caseload_participation_to_csv(cl, &participation, &e), &e);
    ck_assert_ok(cp_caseload_new(&back, &e), &e);
    ck_assert_ok(cp_caseload_set_name(back, "Year 11", &e), &e);
    ck_assert_ok(cp_caseload_import_csv(back, learners, strlen(learners), &e), &e);
    ck_assert_ok(cp_caseload_import_csv(back, participation, strlen(participation), &e), &e);
    char *want = saved(cl), *got = saved(back);
    ck_same_text(got, want);
    cp_free(want);
    cp_free(got);
    cp_free(learners);
    cp_free(participation);
    cp_caseload_free(back);
    cp_caseload_free(cl);
}
END_TEST

/* Importing what was exported into the caseload itself changes nothing, twice. */
START_TEST(reimport_changes_nothing)
{
    cp_caseload *cl = fixture();
    char *before = saved(cl);
    cp_error e;
    for (int i = 0; i < 2; i++) {
        ck_assert_ok(cp_caseload_import_csv(cl, learners_csv, sizeof learners_csv - 1, &e), &e);
        ck_assert_ok(cp_caseload_import_csv(cl, participation_csv, sizeof participation_csv - 1, &e),
                     &e);
    }
    char *after = saved(cl);
    ck_same_text(after, before);
    cp_free(before);
    cp_free(after);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(import_updates_adds_and_keys_on_uln)
{
    cp_caseload *cl = fixture();
    static const char csv[] = "\xEF\xBB\xBFuln,upn,id,given_name,family_name,year_group\n"
                              "1234567899,,,Li,,10\n"
                              ",B801200005001,,Zo\xC3\xAB,'=Evil(),\n"
                              "5555555554,,c5,\xC3\x89lodie,Dupr\xC3\xA9,7\n";
    cp_error e;
    ck_assert_ok(cp_caseload_import_csv(cl, csv, sizeof csv - 1, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 5);
    const cp_client *c3 = cp_caseload_find_client(cl, "c3");
    ck_assert_str_eq(cp_client_get_given_name(c3), "Li");
    ck_assert_ptr_null(cp_client_get_family_name(c3));
    ck_assert_int_eq(cp_client_get_year_group(c3), 10);
    const cp_client *c1 = cp_caseload_find_client(cl, "c1");
    ck_assert_str_eq(cp_client_get_family_name(c1), "=Evil()");
    ck_assert_int_eq(cp_client_get_year_group(c1), 0);
    ck_assert_ptr_null(cp_client_get_uln(c1)); /* the column is there, the field empty */
    ck_assert_int_eq(cp_client_get_setting(c1), CP_SETTING_SCHOOL); /* no column: kept */
    const cp_client *c5 = cp_caseload_client_at(cl, 4);
    ck_assert_str_eq(cp_client_get_id(c5), "c5");
    ck_assert_str_eq(cp_client_get_uln(c5), "5555555554");
    ck_assert_str_eq(cp_client_get_family_name(c5), "Dupr\xC3\xA9");
    char *out = NULL;
    ck_assert_ok(cp_caseload_learners_to_csv(cl, &out, &e), &e);
    ck_assert_ptr_nonnull(strstr(out, "\r\nc1,B801200005001,,,Zo\xC3\xAB,'=Evil(),school,\r\n"));
    cp_free(out);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(import_participation_adds_and_updates)
{
    cp_caseload *cl = fixture();
    static const char csv[] = "activity,date,upn,attended\r\n"
                              "ii-assembly,2025-10-03,B801200005001,no\r\n"
                              "ie-fair,2026-02-01,W201900000010,YES\r\n";
    cp_error e;
    ck_assert_ok(cp_caseload_import_csv(cl, csv, sizeof csv - 1, &e), &e);
    const cp_client *c1 = cp_caseload_find_client(cl, "c1");
    ck_assert_uint_eq(cp_client_participation_count(c1), 2);
    ck_assert_int_eq(cp_participation_is_attended(cp_client_participation_at(c1, 0)), 0);
    const cp_client *c2 = cp_caseload_find_client(cl, "c2");
    ck_assert_uint_eq(cp_client_participation_count(c2), 2);
    const cp_participation *p = cp_client_participation_at(c2, 1);
    ck_assert_str_eq(cp_participation_get_activity(p), "ie-fair");
    ck_assert(cpt_same_date(cp_participation_get_date(p), "2026-02-01"));
    ck_assert_int_eq(cp_participation_is_attended(p), 1);
    ck_assert_int_eq(cp_participation_is_parent_attended(p), 0);
    cp_caseload_free(cl);
}
END_TEST

/* Imports text into the fixture and asserts the error; the caseload keeps its bytes. */
static void refused(const char *csv, cp_status code, int line, int column, const char *message)
{
    cp_caseload *cl = fixture();
    char *before = saved(cl);
    cp_error e;
    ck_assert_cp(cp_caseload_import_csv(cl, csv, strlen(csv), &e), code, "", &e);
    ck_assert_str_eq(e.message, message);
    ck_assert_int_eq(e.line, line);
    ck_assert_int_eq(e.column, column);
    char *after = saved(cl);
    ck_same_text(after, before);
    cp_free(before);
    cp_free(after);
    cp_caseload_free(cl);
}

START_TEST(missing_columns)
{
    refused("id,given_name\r\nc1,Zo\r\n", CP_ETYPE, 1, 0,
            "CSV line 1: the header has no column upn or uln");
    refused("upn,activity\r\nB801200005001,x\r\n", CP_ETYPE, 1, 0,
            "CSV line 1: the header has no column date");
    refused("", CP_ETYPE, 1, 0, "CSV line 1: no header row");
}
END_TEST

START_TEST(unknown_and_repeated_columns)
{
    refused("upn,shoe_size\r\n", CP_EUNKNOWN, 1, 5,
            "CSV line 1, column 5: unknown column \"shoe_size\" in a learners CSV");
    refused("upn,activity,date,setting\r\n", CP_EUNKNOWN, 1, 19,
            "CSV line 1, column 19: unknown column \"setting\" in a participation CSV");
    refused("upn,given_name,upn\r\n", CP_EDUPLICATE, 1, 16,
            "CSV line 1, column 16: column \"upn\" is named twice");
}
END_TEST

START_TEST(ragged_rows)
{
    refused("upn,given_name\r\nB801200005001,Zo\xC3\xAB,extra\r\n", CP_ESYNTAX, 2, 19,
            "CSV line 2, column 19: the header has 2 fields, this row 3");
    refused("upn,given_name\r\nB801200005001,A\r\n\"W2019\n00000010\"\r\n", CP_ESYNTAX, 3, 1,
            "CSV line 3, column 1: the header has 2 fields, this row 1");
}
END_TEST

START_TEST(bad_upn_and_uln)
{
    refused("upn,given_name\r\nA801200005001,X\r\n", CP_EVALUE, 2, 1,
            "CSV line 2, column 1: \"A801200005001\" is not a UPN: its check letter or its form "
            "is wrong");
    refused("upn,uln,activity,date\r\nB801200005001,1000000043,a,2025-01-01\r\n"
            ",1000000063,a,2025-01-01\r\n",
            CP_EVALUE, 3, 2,
            "CSV line 3, column 2: \"1000000063\" is not a ULN: its check digit or its form is "
            "wrong");
    refused("upn,uln,given_name\r\n,,Nobody\r\n", CP_EVALUE, 2, 1,
            "CSV line 2, column 1: the row has no UPN, ULN or id to find its learner by");
}
END_TEST

START_TEST(unknown_learner)
{
    refused("upn,activity,date\r\nB801200005001,x,2025-01-01\r\nA823456000010,x,2025-01-01\r\n",
            CP_ENOTFOUND, 3, 1, "CSV line 3, column 1: no learner has \"A823456000010\"");
    refused("upn,given_name\r\nA823456000010,New\r\n", CP_ENOTFOUND, 2, 1,
            "CSV line 2, column 1: no learner has \"A823456000010\", and the row has no id to "
            "add one");
}
END_TEST

START_TEST(conflicting_rows)
{
    refused("upn,given_name\r\nB801200005001,A\r\nB801200005001,B\r\n", CP_EDUPLICATE, 3, 1,
            "CSV line 3, column 1: UPN \"B801200005001\" is also on line 2");
    refused("id,upn\r\nc2,B801200005001\r\n", CP_EVALUE, 2, 1,
            "CSV line 2, column 1: the row's learner is \"c1\", not \"c2\" (an import renames no "
            "one)");
    refused("id,upn\r\nc2,A823456000010\r\n", CP_EDUPLICATE, 2, 1,
            "CSV line 2, column 1: a learner with another UPN or ULN has the id \"c2\"");
    refused("id,uln\r\nc9,5555555554\r\nc9,1111111110\r\n", CP_EDUPLICATE, 3, 1,
            "CSV line 3, column 1: the id \"c9\" is also on line 2");
}
END_TEST

START_TEST(bad_values)
{
    refused("upn,year_group\r\nB801200005001,14\r\n", CP_ERANGE, 2, 15,
            "CSV line 2, column 15: year_group: year_group must be between 7 and 13 (0 clears it), not 14");
    refused("upn,year_group\r\nB801200005001,ten\r\n", CP_EVALUE, 2, 15,
            "CSV line 2, column 15: year_group: \"ten\" is not a year group number");
    refused("upn,setting\r\nB801200005001,moon\r\n", CP_EVALUE, 2, 15,
            "CSV line 2, column 15: setting: \"moon\" is not a setting");
    refused("upn,activity,date\r\nB801200005001,x,2025-02-30\r\n", CP_ERANGE, 2, 17,
            "CSV line 2, column 17: date: 2025-02-30 is not a calendar date");
    refused("upn,activity,date\r\nB801200005001,,2025-02-01\r\n", CP_EVALUE, 2, 15,
            "CSV line 2, column 15: activity is empty");
    refused("upn,activity,date,attended\r\nB801200005001,x,2025-02-01,maybe\r\n", CP_EVALUE, 2, 28,
            "CSV line 2, column 28: \"maybe\" is not true or false");
    refused("upn,given_name\r\nB801200005001,\"never\r\n", CP_ESYNTAX, 2, 15,
            "CSV line 2, column 15: a quoted field is never closed");
}
END_TEST

START_TEST(null_arguments)
{
    cp_caseload *cl = fixture();
    char *out = NULL;
    cp_error e;
    ck_assert_cp(cp_caseload_learners_to_csv(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_learners_to_csv(cl, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_participation_to_csv(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_import_csv(NULL, "upn\n", 4, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_import_csv(cl, NULL, 0, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(out);
    cp_caseload_free(cl);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("exchange");
    TCase *tc = tcase_create("csv");
    tcase_add_test(tc, export_learners_bytes);
    tcase_add_test(tc, export_participation_bytes);
    tcase_add_test(tc, round_trip_into_empty_caseload);
    tcase_add_test(tc, reimport_changes_nothing);
    tcase_add_test(tc, import_updates_adds_and_keys_on_uln);
    tcase_add_test(tc, import_participation_adds_and_updates);
    tcase_add_test(tc, missing_columns);
    tcase_add_test(tc, unknown_and_repeated_columns);
    tcase_add_test(tc, ragged_rows);
    tcase_add_test(tc, bad_upn_and_uln);
    tcase_add_test(tc, unknown_learner);
    tcase_add_test(tc, conflicting_rows);
    tcase_add_test(tc, bad_values);
    tcase_add_test(tc, null_arguments);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
