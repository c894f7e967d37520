/* Shared helpers for the Check suites. */
#ifndef CP_TESTUTIL_H
#define CP_TESTUTIL_H

#include <careerplan/careerplan.h>
#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Asserts a call's status and, when want_path is not NULL, the error path. */
#define ck_assert_cp(expr, want_code, want_path, errp)                                             \
    do {                                                                                           \
        const cp_error *ep_ = (errp);                                                              \
        const char *wp_ = (want_path);                                                             \
        cp_status got_ = (expr);                                                                   \
        ck_assert_msg(got_ == (want_code), "%s: got %s (%s), want %s", #expr,                      \
                      cp_status_name(got_), ep_ ? ep_->message : "", cp_status_name(want_code));   \
        if (wp_ != NULL && ep_ != NULL)                                                            \
            ck_assert_str_eq(ep_->path, wp_);                                                      \
        if (ep_ != NULL && got_ != CP_OK)                                                          \
            ck_assert_int_eq(ep_->code, got_);                                                     \
    } while (0)

#define ck_assert_ok(expr, errp) ck_assert_cp(expr, CP_OK, (const char *)NULL, errp)

static inline cp_date cpt_date(const char *s)
{
    cp_date d = CP_DATE_NONE;
    ck_assert_int_eq(cp_date_parse(s, &d, NULL), CP_OK);
    return d;
}

/* ---- in testutil.c, linked into every suite ---- */

/* Is the date the one written s ("YYYY-MM-DD")? */
int cpt_same_date(cp_date d, const char *s);

/* Documents in the suites are written with single quotes for readability:
 * a copy (malloc, free with free()) with every ' turned into " (no test text
 * needs an apostrophe). */
char *cpt_quote(const char *text);

/* A client or a caseload from a document written with single quotes; the
 * test fails, showing the error and the document, when it does not load. */
cp_client *cpt_load_client(const char *text);
cp_caseload *cpt_load_caseload(const char *text);
cp_provision_map *cpt_load_map(const char *text);

/* The path of a file of examples/data (CP_EXAMPLES_DATA); free with free(). */
char *cpt_example_path(const char *name);

/* Asserts that two long texts are the same; on a difference, reports where,
 * with an excerpt of each (Check cannot carry whole documents in a message). */
#define ck_same_text(got, want) cpt_same_text_at(got, want, __LINE__)
void cpt_same_text_at(const char *got, const char *want, int line);

/* The example client of the format description: Sam, a parent carer s1,
 * plan p1 with goal g1, action a1 and review r1, and consent k1. */
extern const char cpt_example_client[];

/* Runs one suite; exits non-zero on any failure. */
#define CP_TEST_MAIN(suite_fn)                                                                     \
    int main(void)                                                                                 \
    {                                                                                              \
        SRunner *sr = srunner_create(suite_fn());                                                  \
        srunner_run_all(sr, CK_NORMAL);                                                            \
        int failed = srunner_ntests_failed(sr);                                                    \
        srunner_free(sr);                                                                          \
        return failed ? EXIT_FAILURE : EXIT_SUCCESS;                                               \
    }

#endif
