/* Allocation failure inside jansson (issue 12, defect 3): the library does
 * not route jansson's allocations through cp_set_allocator() (jansson's
 * hooks are process-wide and belong to the host program), so this suite
 * installs failing hooks in jansson itself with json_set_alloc_funcs(). For
 * every k, allocation k fails — once, and then from k on — and each run must
 * either succeed or return CP_ENOMEM with a message that is not empty, its
 * output untouched, and nothing leaked.
 *
 * jansson 2.14 cannot survive a failure to grow the buffer that holds the
 * token being read (upstream issue 362: lex_save() drops the failure and
 * lex_unget_unsave() then asserts, or string lexing reads past the buffer).
 * That buffer starts at 16 bytes and grows only for a longer token, so the
 * documents here keep every token — member names and values with their
 * quotes — under 16 bytes, and the path is never taken. */
#include "testutil.h"

#include <jansson.h>

static long calls;       /* jansson allocations attempted since reset */
static long fail_from;   /* the first allocation that fails (1-based); 0: none */
static int fail_once;    /* only allocation fail_from fails, not the later ones */
static long outstanding; /* jansson blocks allocated and not yet freed */

static void *j_malloc(size_t size)
{
    ++calls;
    if (fail_from && (fail_once ? calls == fail_from : calls >= fail_from))
        return NULL;
    void *p = malloc(size);
    if (p)
        outstanding++;
    return p;
}

static void j_free(void *ptr)
{
    if (ptr)
        outstanding--;
    free(ptr);
}

static void setup(void)
{
    calls = fail_from = outstanding = 0;
    fail_once = 0;
    json_set_alloc_funcs(j_malloc, j_free);
}

static void teardown(void)
{
    json_set_alloc_funcs(malloc, free);
    ck_assert_int_eq(outstanding, 0);
}

/* Every token shorter than 16 bytes (see the top of the file). */
static const char client_doc[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
    "\"given_name\":\"Sam\",\"x\":[1,{\"y\":2.5}],"
    "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"goals\":[{\"id\":\"g1\","
    "\"statement\":\"Be a nurse\",\"actions\":[{\"id\":\"a1\",\"description\":\"Ask\","
    "\"owner\":\"client\",\"due\":\"2026-02-01\"},{\"id\":\"a2\",\"description\":\"Go\"}]}],"
    "\"reviews\":[{\"id\":\"r1\",\"date\":\"2026-01-20\"}]}]}";

static const char caseload_doc[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"Y11\","
    "\"clients\":[{\"id\":\"c1\",\"given_name\":\"Sam\"},{\"id\":\"c2\",\"z\":null,"
    "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\"}]}]}";

typedef cp_status (*op_fn)(void *ctx);

static char untouched_storage;
#define UNTOUCHED ((void *)&untouched_storage)

/* Runs op with jansson allocation k failing (once, or from k on) for
 * k = 1, 2, ... until a run succeeds. Returns the number of failed runs. */
static long fail_each(const char *name, op_fn op, void *ctx, int once)
{
    for (long k = 1;; k++) {
        ck_assert_msg(k < 100000, "%s never succeeds", name);
        long before = outstanding;
        calls = 0;
        fail_from = k;
        fail_once = once;
        cp_status st = op(ctx);
        fail_from = 0;
        ck_assert_msg(outstanding == before, "%s: %ld jansson blocks leaked when allocation %ld failed",
                      name, outstanding - before, k);
        if (st == CP_OK) {
            ck_assert_msg(calls < k, "%s succeeded although allocation %ld of %ld failed", name, k,
                          calls);
            return k - 1;
        }
        ck_assert_msg(st == CP_ENOMEM, "%s: jansson allocation %ld failed (%s), got %s", name, k,
                      once ? "once" : "from then on", cp_status_name(st));
    }
}

static long parse_failures; /* runs that failed inside json_loadb() */

/* A failure in the parser is reported as such, at a position; one after it
 * (copying an unknown member's value) has a path instead. */
static void check_error(cp_status st, const cp_error *e)
{
    ck_assert_int_eq(e->code, st);
    ck_assert_msg(e->message[0] != '\0', "an error with an empty message");
    if (strcmp(e->message, "out of memory while parsing the JSON text") == 0) {
        parse_failures++;
        ck_assert_str_eq(e->path, "");
        ck_assert_int_ge(e->line, 1);
        ck_assert_int_ge(e->column, 1);
    } else {
        ck_assert_str_eq(e->message, "out of memory");
    }
}

static cp_status op_load_client(void *ctx)
{
    (void)ctx;
    cp_client *c = UNTOUCHED;
    cp_error e;
    cp_status st = cp_client_load_string(client_doc, strlen(client_doc), NULL, &c, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(c, UNTOUCHED);
        check_error(st, &e);
        return st;
    }
    ck_assert_str_eq(cp_client_get_given_name(c), "Sam");
    cp_client_free(c);
    return CP_OK;
}

static cp_status op_load_caseload(void *ctx)
{
    (void)ctx;
    cp_document *doc = UNTOUCHED;
    cp_error e;
    cp_status st = cp_document_load_string(caseload_doc, strlen(caseload_doc), NULL, &doc, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(doc, UNTOUCHED);
        check_error(st, &e);
        return st;
    }
    ck_assert_uint_eq(cp_caseload_client_count(cp_document_caseload(doc)), 2);
    cp_document_free(doc);
    return CP_OK;
}

static cp_status op_review_summary_json(void *ctx)
{
    char *out = UNTOUCHED;
    cp_error e;
    cp_status st = cp_review_summary_json(ctx, &out, &e);
    if (st != CP_OK) {
        ck_assert_ptr_eq(out, UNTOUCHED);
        ck_assert_int_eq(e.code, st);
        ck_assert_str_eq(e.message, "out of memory");
        return st;
    }
    ck_assert_ptr_nonnull(strstr(out, "\"review\": \"r1\""));
    cp_free(out);
    return CP_OK;
}

START_TEST(load_client)
{
    parse_failures = 0;
    long once = fail_each("load a client", op_load_client, NULL, 1);
    ck_assert_int_gt(parse_failures, 20);
    long on = fail_each("load a client", op_load_client, NULL, 0);
    /* one run per allocation jansson makes: all of them were failed */
    ck_assert_int_gt(once, 30);
    ck_assert_int_eq(once, on);
}
END_TEST

START_TEST(load_caseload)
{
    long once = fail_each("load a caseload", op_load_caseload, NULL, 1);
    long on = fail_each("load a caseload", op_load_caseload, NULL, 0);
    ck_assert_int_gt(once, 15);
    ck_assert_int_eq(once, on);
}
END_TEST

START_TEST(review_summary_json)
{
    cp_client *c = NULL;
    ck_assert_int_eq(cp_client_load_string(client_doc, strlen(client_doc), NULL, &c, NULL), CP_OK);
    cp_review *r = cp_client_find_review(c, "r1");
    ck_assert_ptr_nonnull(r);
    long once = fail_each("review summary as JSON", op_review_summary_json, r, 1);
    long on = fail_each("review summary as JSON", op_review_summary_json, r, 0);
    ck_assert_int_gt(once, 5);
    ck_assert_int_eq(once, on);
    cp_client_free(c);
}
END_TEST

/* The string copy of a token is the allocation jansson reports as "invalid
 * token" rather than as out of memory: find it (the first allocation after
 * the lexer's own buffer that makes the parse fail that way) and check it
 * is CP_ENOMEM, never CP_ESYNTAX. A real invalid token stays a syntax error. */
START_TEST(invalid_token_is_syntax_only_when_it_is)
{
    static const char bad[] = "{\"format\":\"careerplan\",\"x\":tru}";
    cp_client *c = NULL;
    cp_error e;
    ck_assert_int_eq(cp_client_load_string(bad, strlen(bad), NULL, &c, &e), CP_ESYNTAX);
    ck_assert_str_eq(e.message, "invalid token near 'tru'");
    ck_assert_ptr_null(c);

    /* allocation 1 is json_loadb's lexer buffer, 2 the root object, 3 the
     * copy of the first key: jansson says "invalid token near '"format"'" */
    calls = 0;
    fail_from = 3;
    fail_once = 1;
    ck_assert_int_eq(cp_client_load_string(client_doc, strlen(client_doc), NULL, &c, &e),
                     CP_ENOMEM);
    fail_from = 0;
    check_error(CP_ENOMEM, &e);
    ck_assert_int_eq(e.line, 1);
    ck_assert_ptr_null(c);
}
END_TEST

static Suite *jansson_alloc_suite(void)
{
    Suite *s = suite_create("jansson_alloc");
    TCase *tc = tcase_create("jansson_alloc");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, load_client);
    tcase_add_test(tc, load_caseload);
    tcase_add_test(tc, review_summary_json);
    tcase_add_test(tc, invalid_token_is_syntax_only_when_it_is);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(jansson_alloc_suite)
