/* Every status code of common.h, produced through the public API: one case
 * per code, each asserting the code, the message and the path (and the line
 * and column where the error gives them). test_status.c checks the names
 * and strings; this suite checks that each code is reachable at all. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <stdio.h>

/* Asserts the whole error: code, returned status, message, path. */
static void ck_error(cp_status got, const cp_error *e, cp_status code, const char *message,
                     const char *path)
{
    ck_assert_msg(got == code, "got %s (%s), want %s", cp_status_name(got), e->message,
                  cp_status_name(code));
    ck_assert_int_eq(e->code, code);
    ck_assert_str_eq(e->message, message);
    ck_assert_str_eq(e->path, path);
}

/* Loads a client written with single quotes; returns the status. */
static cp_status load(const char *text, const cp_load_options *opts, cp_error *e)
{
    char *json = cpt_quote(text);
    cp_client *c = NULL;
    cp_status st = cp_client_load_string(json, strlen(json), opts, &c, e);
    free(json);
    if (st == CP_OK)
        cp_client_free(c);
    else
        ck_assert_ptr_null(c);
    return st;
}

/* An address no call may write through: an output left alone stays it. */
static int sentinel_;
#define SENTINEL ((cp_client *)&sentinel_)

#define HEAD "{'format':'careerplan','version':1,'kind':'client','id':'c1'"

START_TEST(ok)
{
    cp_error e;
    ck_assert_int_eq(load(HEAD "}", NULL, &e), CP_OK);
    ck_assert_int_eq(cp_status_name(CP_OK)[0], 'C');
}
END_TEST

START_TEST(einval)
{
    cp_error e;
    cp_client *c = cpt_load_client(HEAD "}");
    cp_client *copy = SENTINEL;
    ck_error(cp_client_export_for(c, "", cpt_date("2026-03-01"), &copy, &e), &e, CP_EINVAL,
             "client, recipient or output is NULL or empty", "");
    ck_assert_ptr_eq(copy, SENTINEL);
    cp_client_free(c);
}
END_TEST

static long allocations_left;
static void *failing_malloc(size_t n)
{
    return allocations_left-- > 0 ? malloc(n) : NULL;
}
static void *failing_realloc(void *p, size_t n)
{
    return allocations_left-- > 0 ? realloc(p, n) : NULL;
}

START_TEST(enomem)
{
    cp_error e;
    allocations_left = 0;
    ck_assert_int_eq(cp_set_allocator(failing_malloc, failing_realloc, free), CP_OK);
    cp_status st = load(HEAD "}", NULL, &e);
    ck_assert_int_eq(cp_set_allocator(NULL, NULL, NULL), CP_OK);
    ck_error(st, &e, CP_ENOMEM, "out of memory", "");
}
END_TEST

START_TEST(esyntax)
{
    cp_error e;
    ck_error(load(HEAD ",}", NULL, &e), &e, CP_ESYNTAX, "trailing comma: remove the ',' before '}'", "");
    ck_assert_int_eq(e.line, 1);
    ck_assert_int_eq(e.column, 62); /* the '}' after the comma */
    ck_assert_int_eq(e.position, 62);
}
END_TEST

START_TEST(etype)
{
    cp_error e;
    ck_error(load(HEAD ",'given_name':7}", NULL, &e), &e, CP_ETYPE,
             "expected a string, found an integer", "/given_name");
}
END_TEST

START_TEST(erange)
{
    cp_error e;
    ck_error(load(HEAD ",'year_group':14}", NULL, &e), &e, CP_ERANGE,
             "year_group must be between 7 and 13, not 14", "/year_group");
}
END_TEST

START_TEST(eduplicate)
{
    cp_error e;
    ck_error(load(HEAD ",'plans':[{'id':'p1','created':'2026-01-01'},"
                       "{'id':'p1','created':'2026-01-02'}]}",
                  NULL, &e),
             &e, CP_EDUPLICATE, "id \"p1\" is already used by a plan", "/plans/1/id");
}
END_TEST

START_TEST(enotfound)
{
    cp_error e;
    ck_error(load(HEAD ",'consents':[{'id':'k1','supporter':'s9','scope':'non_sensitive',"
                       "'granted':'2026-01-10'}]}",
                  NULL, &e),
             &e, CP_ENOTFOUND, "supporter \"s9\" does not exist", "/consents/0/supporter");
}
END_TEST

START_TEST(elimit)
{
    cp_error e;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_string_length = 10;
    ck_error(load(HEAD ",'given_name':'Samantha Jones'}", &o, &e), &e, CP_ELIMIT,
             "string of 14 bytes is longer than the limit of 10 bytes", "/given_name");
}
END_TEST

START_TEST(eio)
{
    cp_error e;
    cp_client *c = NULL;
    ck_error(cp_client_load_path("/nonexistent/cp-status/c.json", NULL, &c, &e), &e, CP_EIO,
             "cannot open /nonexistent/cp-status/c.json: No such file or directory",
             "");
    ck_assert_ptr_null(c);
}
END_TEST

START_TEST(econsent)
{
    cp_error e;
    cp_client *c = cpt_load_client(cpt_example_client);
    cp_client *copy = NULL;
    ck_error(cp_client_export_for(c, "college", cpt_date("2026-03-01"), &copy, &e), &e,
             CP_ECONSENT,
             "client \"c1\" has no consent active on that date to share with \"college\"", "");
    ck_assert_ptr_null(copy);
    cp_client_free(c);
}
END_TEST

START_TEST(evalue)
{
    cp_error e;
    ck_error(load(HEAD ",'plans':[{'id':'p1','created':'today'}]}", NULL, &e), &e, CP_EVALUE,
             "\"today\" is not a date of the form YYYY-MM-DD", "/plans/0/created");
}
END_TEST

START_TEST(eunknown)
{
    cp_error e;
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.flags = CP_LOAD_STRICT;
    ck_error(load(HEAD ",'nickname':'S'}", &o, &e), &e, CP_EUNKNOWN,
             "unknown member \"nickname\" in a client", "/nickname");
}
END_TEST

START_TEST(eformat)
{
    cp_error e;
    ck_error(load("{'format':'careerplan','version':2,'kind':'client','id':'c1'}", NULL, &e), &e,
             CP_EFORMAT,
             "unsupported format version: this library reads version 1", "/version");
}
END_TEST

START_TEST(estate)
{
    cp_error e;
    cp_client *c = cpt_load_client(cpt_example_client);
    cp_action *a = cp_goal_action_at(cp_plan_goal_at(cp_client_plan_at(c, 0), 0), 0);
    ck_assert_ptr_nonnull(a);
    ck_error(cp_action_set_owner_supporter(a, "s1", &e), &e, CP_ESTATE,
             "owner_supporter needs owner \"supporter\"; set the owner first", "");
    cp_client_free(c);
}
END_TEST

/* One case per code: a code added to common.h must get its case here. */
START_TEST(every_code_has_a_case)
{
    ck_assert_str_eq(cp_status_name(CP_ESTATE + 1), "CP_UNKNOWN_STATUS");
}
END_TEST

static Suite *status_codes_suite(void)
{
    Suite *s = suite_create("status_codes");
    TCase *t = tcase_create("codes");
    tcase_add_test(t, ok);
    tcase_add_test(t, einval);
    tcase_add_test(t, enomem);
    tcase_add_test(t, esyntax);
    tcase_add_test(t, etype);
    tcase_add_test(t, erange);
    tcase_add_test(t, eduplicate);
    tcase_add_test(t, enotfound);
    tcase_add_test(t, elimit);
    tcase_add_test(t, eio);
    tcase_add_test(t, econsent);
    tcase_add_test(t, evalue);
    tcase_add_test(t, eunknown);
    tcase_add_test(t, eformat);
    tcase_add_test(t, estate);
    tcase_add_test(t, every_code_has_a_case);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(status_codes_suite)
