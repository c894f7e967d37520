/* Loading documents: every error class with its code and JSON Pointer path. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <stdio.h>
#include <unistd.h>

/* Documents are built from pieces: CLIENT(members) is a client document
 * with id "c1"; PLAN(members) adds plan p1 holding those members; GOAL,
 * ACTION and REVIEW nest in the same way. */
#define ENVELOPE(kind) "\"format\":\"careerplan\",\"version\":1,\"kind\":\"" kind "\""
#define CLIENT(m) "{" ENVELOPE("client") ",\"id\":\"c1\"" m "}"
#define SUPPORTER ",\"supporters\":[{\"id\":\"s1\",\"role\":\"parent_carer\"}]"
#define PLAN(m) ",\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\"" m "}]"
#define GOAL(m) ",\"goals\":[{\"id\":\"g1\",\"statement\":\"Find a course\"" m "}]"
#define ACTION(m) ",\"actions\":[{\"id\":\"a1\",\"description\":\"Visit college\"" m "}]"
#define REVIEW(m) ",\"reviews\":[{\"id\":\"r1\",\"date\":\"2026-02-10\"" m "}]"
#define CONSENT(m)                                                                                 \
    ",\"consents\":[{\"id\":\"k1\",\"scope\":\"non_sensitive\",\"granted\":\"2026-01-10\"" m "}]"
#define CASELOAD(m) "{" ENVELOPE("caseload") m "}"

/* Stand-ins for "untouched" outputs: never dereferenced. */
static char sentinel_doc_storage, sentinel_client_storage, sentinel_caseload_storage;
#define SENTINEL_DOC ((cp_document *)(void *)&sentinel_doc_storage)
#define SENTINEL_CLIENT ((cp_client *)(void *)&sentinel_client_storage)
#define SENTINEL_CASELOAD ((cp_caseload *)(void *)&sentinel_caseload_storage)

static void check_error(const cp_error *e, cp_status got, cp_status code, const char *path,
                        const char *json)
{
    ck_assert_msg(got == code, "%s\ngot %s (%s at \"%s\"), want %s", json, cp_status_name(got),
                  e->message, e->path, cp_status_name(code));
    ck_assert_int_eq(e->code, code);
    ck_assert_msg(strcmp(e->path, path) == 0, "%s\npath \"%s\", want \"%s\"", json, e->path, path);
    ck_assert_msg(e->message[0] != '\0', "empty message for %s", json);
}

/* Loads `json` as a document and as its kind; each must fail with `code`
 * at `path` and leave the output untouched. */
static void load_fails_opts(const char *json, size_t len, const cp_load_options *opts,
                            cp_status code, const char *path)
{
    cp_error e;
    cp_document *doc = SENTINEL_DOC;
    check_error(&e, cp_document_load_string(json, len, opts, &doc, &e), code, path, json);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    int is_caseload = strstr(json, "\"kind\":\"caseload\"") != NULL;
    if (is_caseload) {
        cp_caseload *cl = SENTINEL_CASELOAD;
        check_error(&e, cp_caseload_load_string(json, len, opts, &cl, &e), code, path, json);
        ck_assert_ptr_eq(cl, SENTINEL_CASELOAD);
    } else {
        cp_client *c = SENTINEL_CLIENT;
        check_error(&e, cp_client_load_string(json, len, opts, &c, &e), code, path, json);
        ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    }
    /* also without an error struct */
    doc = SENTINEL_DOC;
    ck_assert_int_eq(cp_document_load_string(json, len, opts, &doc, NULL), code);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
}

static void load_fails(const char *json, cp_status code, const char *path)
{
    load_fails_opts(json, strlen(json), NULL, code, path);
}

static void load_ok_opts(const char *json, const cp_load_options *opts)
{
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_msg(cp_document_load_string(json, strlen(json), opts, &doc, &e) == CP_OK,
                  "%s\n%s: %s at \"%s\"", json, cp_status_name(e.code), e.message, e.path);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_eq(e.code, CP_OK);
    cp_document_free(doc);
}

static void load_ok(const char *json)
{
    load_ok_opts(json, NULL);
}

/* A syntax-level failure: exact code, path "", line, column and position. */
static void parse_fails(const char *json, size_t len, cp_status code, int line, int column,
                        long position)
{
    cp_error e;
    cp_document *doc = SENTINEL_DOC;
    check_error(&e, cp_document_load_string(json, len, NULL, &doc, &e), code, "", json);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    ck_assert_msg(e.line == line && e.column == column && e.position == position,
                  "%s\nat %d:%d (byte %ld), want %d:%d (byte %ld): %s", json, e.line, e.column,
                  e.position, line, column, position, e.message);
}

START_TEST(example_loads)
{
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_ok(
        cp_document_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &doc, &e),
        &e);
    ck_assert_int_eq(cp_document_get_kind(doc), CP_DOCUMENT_KIND_CLIENT);
    ck_assert_ptr_nonnull(cp_document_client(doc));
    ck_assert_ptr_null(cp_document_caseload(doc));
    ck_assert_ptr_null(cp_document_take_caseload(doc));
    cp_client *c = cp_document_take_client(doc);
    ck_assert_ptr_nonnull(c);
    ck_assert_ptr_null(cp_document_client(doc));
    ck_assert_ptr_null(cp_document_take_client(doc));
    char *s = NULL;
    ck_assert_cp(cp_document_save_string(doc, NULL, &s, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(s);
    cp_document_free(doc);
    cp_client_free(c);

    cp_client *client = NULL;
    ck_assert_ok(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &client, &e),
        &e);
    ck_assert_ptr_nonnull(client);
    cp_client_free(client);

    const char *cl =
        CASELOAD(",\"name\":\"Year 11\",\"clients\":[{\"id\":\"c1\"},{\"id\":\"c2\"}]");
    ck_assert_ok(cp_document_load_string(cl, strlen(cl), NULL, &doc, &e), &e);
    ck_assert_int_eq(cp_document_get_kind(doc), CP_DOCUMENT_KIND_CASELOAD);
    ck_assert_ptr_nonnull(cp_document_caseload(doc));
    ck_assert_ptr_null(cp_document_client(doc));
    cp_document_free(doc);
    cp_caseload *caseload = NULL;
    ck_assert_ok(cp_caseload_load_string(cl, strlen(cl), NULL, &caseload, &e), &e);
    ck_assert_ptr_nonnull(caseload);
    cp_caseload_free(caseload);

    /* an empty caseload and a minimal client */
    load_ok(CASELOAD(""));
    load_ok(CLIENT(""));
    cp_document_free(NULL);
}
END_TEST

START_TEST(length_is_respected)
{
    /* the buffer need not end in NUL: trailing bytes past len are ignored */
    char buf[256];
    const char *doc = CLIENT("");
    size_t n = strlen(doc);
    memcpy(buf, doc, n);
    memcpy(buf + n, "garbage", 8);
    cp_document *d = NULL;
    cp_error e;
    ck_assert_ok(cp_document_load_string(buf, n, NULL, &d, &e), &e);
    cp_document_free(d);
    /* one byte short is a syntax error at the end */
    parse_fails(buf, n - 1, CP_ESYNTAX, 1, (int)n - 1, (long)n - 1);
    /* zero bytes */
    parse_fails(buf, 0, CP_ESYNTAX, 1, 1, 0);
}
END_TEST

START_TEST(wrong_type)
{
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":\"6\""))), CP_ETYPE,
               "/plans/0/goals/0/confidence");
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":6.0"))), CP_ETYPE, "/plans/0/goals/0/confidence");
    load_fails(CLIENT(",\"given_name\":5"), CP_ETYPE, "/given_name");
    load_fails(CLIENT(",\"given_name\":null"), CP_ETYPE, "/given_name");
    load_fails(CLIENT(",\"plans\":{}"), CP_ETYPE, "/plans");
    load_fails(CLIENT(",\"plans\":[1]"), CP_ETYPE, "/plans/0");
    load_fails(CLIENT(",\"support\":\"send\""), CP_ETYPE, "/support");
    load_fails(CLIENT(",\"support\":[1]"), CP_ETYPE, "/support/0");
    load_fails(CLIENT(",\"flexible_timing\":1"), CP_ETYPE, "/flexible_timing");
    load_fails(CLIENT(",\"setting\":1"), CP_ETYPE, "/setting");
    load_fails(CLIENT(",\"date_of_birth\":20100101"), CP_ETYPE, "/date_of_birth");
    load_fails("{" ENVELOPE("client") ",\"id\":1}", CP_ETYPE, "/id");
    load_fails(CLIENT(PLAN(GOAL(ACTION(",\"agreed\":\"yes\"")))), CP_ETYPE,
               "/plans/0/goals/0/actions/0/agreed");
    load_fails(CLIENT(SUPPORTER PLAN(GOAL(ACTION(",\"supporters\":\"s1\"")))), CP_ETYPE,
               "/plans/0/goals/0/actions/0/supporters");
    load_fails(CLIENT(PLAN(",\"where_you_are_now\":[]")), CP_ETYPE, "/plans/0/where_you_are_now");
    load_fails(CLIENT(PLAN(",\"where_you_are_now\":{\"text\":[\"x\"]}")), CP_ETYPE,
               "/plans/0/where_you_are_now/text");
    load_fails(CLIENT(PLAN(GOAL(",\"swot\":{\"strengths\":[\"ok\",2]}"))), CP_ETYPE,
               "/plans/0/goals/0/swot/strengths/1");
    load_fails(CLIENT(PLAN(REVIEW(",\"goal_scores\":[{\"goal\":\"g1\",\"score\":\"8\"}]"))),
               CP_ETYPE, "/plans/0/reviews/0/goal_scores/0/score");
    load_fails(CLIENT(PLAN(REVIEW(",\"outcomes\":[[]]"))), CP_ETYPE,
               "/plans/0/reviews/0/outcomes/0");
}
END_TEST

/* The message names the kind of the first holder of the id, with its article. */
START_TEST(duplicate_id_message)
{
    const char *docs[][2] = {
        {CLIENT(PLAN(GOAL(",\"actions\":[{\"id\":\"g1\",\"description\":\"x\"}]"))),
         "id \"g1\" is already used by a goal"},
        {CLIENT(PLAN(GOAL(ACTION("")) REVIEW("")) ",\"consents\":[{\"id\":\"a1\","
                "\"role\":\"school\",\"scope\":\"non_sensitive\",\"granted\":\"2026-01-10\"}]"),
         "id \"a1\" is already used by an action"},
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        cp_error e;
        cp_document *doc = NULL;
        ck_assert_int_eq(cp_document_load_string(docs[i][0], strlen(docs[i][0]), NULL, &doc, &e),
                         CP_EDUPLICATE);
        ck_assert_str_eq(e.message, docs[i][1]);
    }
}
END_TEST

START_TEST(missing_required_member)
{
    load_fails("{" ENVELOPE("client") "}", CP_ETYPE, "/id");
    load_fails(CLIENT(",\"plans\":[{\"id\":\"p1\",\"goals\":[{\"id\":\"g1\"}]}]"), CP_ETYPE,
               "/plans/0/goals/0/statement");
    load_fails(CLIENT(PLAN(",\"goals\":[{\"id\":\"g1\"}]")), CP_ETYPE,
               "/plans/0/goals/0/statement");
    load_fails(CLIENT(PLAN(",\"goals\":[{\"statement\":\"x\"}]")), CP_ETYPE, "/plans/0/goals/0/id");
    load_fails(CLIENT(",\"plans\":[{\"id\":\"p1\"}]"), CP_ETYPE, "/plans/0/created");
    load_fails(CLIENT(",\"supporters\":[{\"role\":\"tutor\"}]"), CP_ETYPE, "/supporters/0/id");
    load_fails(CLIENT(PLAN(GOAL(",\"actions\":[{\"id\":\"a1\"}]"))), CP_ETYPE,
               "/plans/0/goals/0/actions/0/description");
    load_fails(CLIENT(PLAN(GOAL(ACTION("")) REVIEW(",\"outcomes\":[{\"action\":\"a1\"}]"))),
               CP_ETYPE,
               "/plans/0/reviews/0/outcomes/0/result");
    load_fails(CLIENT(",\"consents\":[{\"id\":\"k1\",\"role\":\"school\","
                      "\"granted\":\"2026-01-10\"}]"),
               CP_ETYPE, "/consents/0/scope");
    /* a consent names exactly one recipient */
    load_fails(CLIENT(CONSENT("")), CP_ETYPE, "/consents/0/supporter");
    load_fails(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\",\"role\":\"school\"")), CP_ETYPE,
               "/consents/0/supporter");
    load_ok(CLIENT(CONSENT(",\"role\":\"school\"")));
    load_ok(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\"")));
}
END_TEST

START_TEST(out_of_range)
{
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":11"))), CP_ERANGE, "/plans/0/goals/0/confidence");
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":0"))), CP_ERANGE, "/plans/0/goals/0/confidence");
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":-1"))), CP_ERANGE, "/plans/0/goals/0/confidence");
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":4294967302"))), CP_ERANGE,
               "/plans/0/goals/0/confidence");
    load_fails(CLIENT(PLAN(GOAL(",\"confidence\":9223372036854775807"))), CP_ERANGE,
               "/plans/0/goals/0/confidence");
    load_ok(CLIENT(PLAN(GOAL(",\"confidence\":1"))));
    load_ok(CLIENT(PLAN(GOAL(",\"confidence\":10"))));
    load_fails(CLIENT(",\"year_group\":14"), CP_ERANGE, "/year_group");
    load_fails(CLIENT(",\"year_group\":6"), CP_ERANGE, "/year_group");
    load_ok(CLIENT(",\"year_group\":7"));
    load_ok(CLIENT(",\"year_group\":13"));
    load_fails(CLIENT(",\"age\":151"), CP_ERANGE, "/age");
    load_fails(CLIENT(PLAN(",\"reviews_per_year\":6")), CP_ERANGE, "/plans/0/reviews_per_year");
    load_fails(CLIENT(PLAN(GOAL("") REVIEW(",\"goal_scores\":[{\"goal\":\"g1\",\"score\":0}]"))),
               CP_ERANGE, "/plans/0/reviews/0/goal_scores/0/score");
    load_fails(CLIENT(PLAN(GOAL(",\"confidence_history\":[{\"date\":\"2026-01-10\","
                                "\"score\":11}]"))),
               CP_ERANGE, "/plans/0/goals/0/confidence_history/0/score");
}
END_TEST

START_TEST(numbers_too_big_for_jansson)
{
    /* Valid JSON, but no double or 64-bit integer holds them. jansson
     * refuses them while reading the number, before it knows whether the
     * number is even allowed there ({1e400: 1}), so they stay syntax errors. */
    const char *real = CLIENT(",\"x\":1e400");
    parse_fails(real, strlen(real), CP_ESYNTAX, 1, 70, 70);
    load_fails(CLIENT(",\"x\":-99999999999999999999"), CP_ESYNTAX, "");
}
END_TEST

START_TEST(bad_dates)
{
    load_fails(CLIENT(",\"date_of_birth\":\"2026-02-30\""), CP_ERANGE, "/date_of_birth");
    load_fails(CLIENT(",\"date_of_birth\":\"2026-02-29\""), CP_ERANGE, "/date_of_birth");
    load_fails(CLIENT(",\"date_of_birth\":\"2026/02/01\""), CP_EVALUE, "/date_of_birth");
    load_fails(CLIENT(",\"date_of_birth\":\"\""), CP_EVALUE, "/date_of_birth");
    load_fails(CLIENT(",\"date_of_birth\":\"2026-02-01T10:00\""), CP_EVALUE, "/date_of_birth");
    load_fails(CLIENT(",\"plans\":[{\"id\":\"p1\",\"created\":\"2026-13-01\"}]"), CP_ERANGE,
               "/plans/0/created");
    load_fails(CLIENT(PLAN(GOAL(ACTION(",\"due\":\"2026-04-31\"")))), CP_ERANGE,
               "/plans/0/goals/0/actions/0/due");
    load_ok(CLIENT(",\"date_of_birth\":\"2008-02-29\""));
}
END_TEST

START_TEST(unknown_enum_names)
{
    load_fails(CLIENT(",\"setting\":\"castle\""), CP_EVALUE, "/setting");
    load_fails(CLIENT(",\"setting\":\"School\""), CP_EVALUE, "/setting");
    load_fails(CLIENT(",\"setting\":\"\""), CP_EVALUE, "/setting");
    load_fails(CLIENT(",\"support\":[\"send\",\"castle\"]"), CP_EVALUE, "/support/1");
    load_fails(CLIENT(",\"recording_formats\":[\"scroll\"]"), CP_EVALUE, "/recording_formats/0");
    load_fails(CLIENT(",\"supporters\":[{\"id\":\"s1\",\"role\":\"uncle\"}]"), CP_EVALUE,
               "/supporters/0/role");
    load_fails(CLIENT(PLAN(GOAL(ACTION(",\"owner\":\"Client\"")))), CP_EVALUE,
               "/plans/0/goals/0/actions/0/owner");
    load_fails(CLIENT(PLAN(",\"status\":\"finished\"")), CP_EVALUE, "/plans/0/status");
    /* a flag named twice */
    load_fails(CLIENT(",\"support\":[\"send\",\"eal\",\"send\"]"), CP_EDUPLICATE, "/support/2");
}
END_TEST

START_TEST(duplicate_ids_across_kinds)
{
    load_fails(CLIENT(PLAN(",\"goals\":[{\"id\":\"p1\",\"statement\":\"x\"}]")), CP_EDUPLICATE,
               "/plans/0/goals/0/id");
    load_fails(CLIENT(SUPPORTER PLAN(GOAL(",\"actions\":[{\"id\":\"s1\",\"description\":\"x\"}]"))),
               CP_EDUPLICATE, "/plans/0/goals/0/actions/0/id");
    load_fails(CLIENT(PLAN(GOAL("") ",\"reviews\":[{\"id\":\"g1\",\"date\":\"2026-02-10\"}]")),
               CP_EDUPLICATE, "/plans/0/reviews/0/id");
    load_fails(CLIENT(PLAN(GOAL(ACTION(""))) ",\"consents\":[{\"id\":\"a1\",\"role\":\"school\","
                      "\"scope\":\"everything\",\"granted\":\"2026-01-10\"}]"),
               CP_EDUPLICATE, "/consents/0/id");
    load_fails(CLIENT(",\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\"},"
                      "{\"id\":\"p1\",\"created\":\"2026-01-11\"}]"),
               CP_EDUPLICATE, "/plans/1/id");
    load_fails(CLIENT(",\"supporters\":[{\"id\":\"s1\"},{\"id\":\"s2\"},{\"id\":\"s1\"}]"),
               CP_EDUPLICATE, "/supporters/2/id");
    /* a goal in another plan */
    load_fails(CLIENT(",\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\""
                      GOAL("") "},{\"id\":\"p2\",\"created\":\"2026-01-11\"" GOAL("") "}]"),
               CP_EDUPLICATE, "/plans/1/goals/0/id");
    /* the client's own id lives in the caseload's namespace */
    load_ok(CLIENT(PLAN(",\"goals\":[{\"id\":\"c1\",\"statement\":\"x\"}]")));
    /* ids are case-sensitive */
    load_ok(CLIENT(PLAN(",\"goals\":[{\"id\":\"P1\",\"statement\":\"x\"}]")));
}
END_TEST

START_TEST(dangling_references)
{
    load_fails(CLIENT(PLAN(GOAL(ACTION("")) REVIEW(
                   ",\"outcomes\":[{\"action\":\"a9\",\"result\":\"achieved\"}]"))),
               CP_ENOTFOUND, "/plans/0/reviews/0/outcomes/0/action");
    /* an id of the wrong kind does not resolve */
    load_fails(CLIENT(PLAN(GOAL(ACTION("")) REVIEW(
                   ",\"outcomes\":[{\"action\":\"g1\",\"result\":\"achieved\"}]"))),
               CP_ENOTFOUND, "/plans/0/reviews/0/outcomes/0/action");
    load_fails(CLIENT(PLAN(GOAL("") REVIEW(",\"goal_scores\":[{\"goal\":\"g9\",\"score\":5}]"))),
               CP_ENOTFOUND, "/plans/0/reviews/0/goal_scores/0/goal");
    load_fails(CLIENT(SUPPORTER PLAN(GOAL(ACTION(",\"supporters\":[\"s1\",\"s9\"]")))),
               CP_ENOTFOUND, "/plans/0/goals/0/actions/0/supporters/1");
    load_fails(CLIENT(SUPPORTER PLAN(GOAL(ACTION(",\"supporters\":[\"s1\",\"s1\"]")))),
               CP_EDUPLICATE, "/plans/0/goals/0/actions/0/supporters/1");
    load_fails(CLIENT(PLAN(GOAL(ACTION(",\"owner\":\"supporter\",\"owner_supporter\":\"s9\"")))),
               CP_ENOTFOUND, "/plans/0/goals/0/actions/0/owner_supporter");
    load_fails(CLIENT(CONSENT(",\"supporter\":\"s9\"")), CP_ENOTFOUND, "/consents/0/supporter");
    load_fails(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\"")
                          ",\"disclosures\":[{\"date\":\"2026-02-01\",\"recipient\":\"Mum\","
                          "\"scope\":\"non_sensitive\",\"consent\":\"k9\"}]"),
               CP_ENOTFOUND, "/disclosures/0/consent");
    load_ok(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\"")
                       ",\"disclosures\":[{\"date\":\"2026-02-01\",\"recipient\":\"Mum\","
                       "\"scope\":\"non_sensitive\",\"consent\":\"k1\"}]"));
    load_fails(CLIENT(PLAN(GOAL("") REVIEW(
                   ",\"changes\":[{\"kind\":\"goal_revised\",\"goal\":\"g2\"}]"))),
               CP_ENOTFOUND, "/plans/0/reviews/0/changes/0/goal");
    /* references do not reach into another client of a caseload */
    load_fails(CASELOAD(",\"clients\":[{\"id\":\"c1\",\"supporters\":[{\"id\":\"s1\"}]},"
                        "{\"id\":\"c2\",\"consents\":[{\"id\":\"k1\",\"supporter\":\"s1\","
                        "\"scope\":\"everything\",\"granted\":\"2026-01-10\"}]}]"),
               CP_ENOTFOUND, "/clients/1/consents/0/supporter");
}
END_TEST

START_TEST(empty_strings)
{
    load_fails(CLIENT(",\"id\":\"\""), CP_EDUPLICATE, ""); /* "id" twice: the parser's */
    load_fails("{" ENVELOPE("client") ",\"id\":\"\"}", CP_EVALUE, "/id");
    load_fails(CLIENT(",\"supporters\":[{\"id\":\"\"}]"), CP_EVALUE, "/supporters/0/id");
    load_fails(CLIENT(PLAN(",\"goals\":[{\"id\":\"g1\",\"statement\":\"\"}]")), CP_EVALUE,
               "/plans/0/goals/0/statement");
    load_fails(CLIENT(PLAN(GOAL(ACTION("")) REVIEW(
                   ",\"outcomes\":[{\"action\":\"\",\"result\":\"achieved\"}]"))),
               CP_EVALUE, "/plans/0/reviews/0/outcomes/0/action");
    /* optional free text may be empty */
    load_ok(CLIENT(",\"given_name\":\"\""));
}
END_TEST

START_TEST(duplicate_json_key)
{
    const char *doc = "{\n"
                      "  \"format\": \"careerplan\",\n"
                      "  \"version\": 1,\n"
                      "  \"kind\": \"client\",\n"
                      "  \"id\": \"c1\",\n"
                      "  \"id\": \"c2\"\n"
                      "}\n";
    /* jansson's convention: the column of the last character of the
     * offending token, the byte offset just past it */
    parse_fails(doc, strlen(doc), CP_EDUPLICATE, 6, 6, 84);
    load_fails(CLIENT(PLAN(GOAL(",\"statement\":\"again\""))), CP_EDUPLICATE, "");
}
END_TEST

START_TEST(syntax_errors)
{
    const char *doc = "{\n"
                      "  \"format\": \"careerplan\",\n"
                      "  \"version\": 1\n"
                      "  \"kind\": \"client\"\n"
                      "}\n";
    parse_fails(doc, strlen(doc), CP_ESYNTAX, 4, 8, 51);
    /* columns count characters, positions count bytes */
    const char *utf8 = "{\"given_name\": \"\xc3\xa9\xc3\xa9\", \"x\": tru}";
    parse_fails(utf8, strlen(utf8), CP_ESYNTAX, 1, 29, 31);
    const char *comma = "{\n  \"a\": 1,\n}";
    parse_fails(comma, strlen(comma), CP_ESYNTAX, 3, 1, 13);
    const char *eof = "{\n  \"a\": [1,\n";
    parse_fails(eof, strlen(eof), CP_ESYNTAX, 3, 1, 13);
    parse_fails("{\"a\" 1}", 7, CP_ESYNTAX, 1, 6, 6);
    parse_fails("{'a': 1}", 8, CP_ESYNTAX, 1, 2, 2);
    parse_fails("{} {}", 5, CP_ESYNTAX, 1, 4, 4);
    parse_fails("", 0, CP_ESYNTAX, 1, 1, 0);
    parse_fails("   ", 3, CP_ESYNTAX, 1, 3, 3);
}
END_TEST

START_TEST(encoding_errors)
{
    /* invalid UTF-8: a stray byte, an overlong form, a surrogate, a truncated sequence;
     * the position is that of the bad byte */
    const char *ff = "{\"a\":\"\xff\"}";
    parse_fails(ff, strlen(ff), CP_ESYNTAX, 1, 6, 6);
    load_fails(CLIENT(",\"given_name\":\"\xc0\xaf\""), CP_ESYNTAX, "");
    load_fails(CLIENT(",\"given_name\":\"\xed\xa0\x80\""), CP_ESYNTAX, "");
    load_fails(CLIENT(",\"given_name\":\"\xe2\x82\""), CP_ESYNTAX, "");
    load_fails(CLIENT(",\"x\":\"\xe9t\xe9\""), CP_ESYNTAX, "");
    /* a lone surrogate escape */
    load_fails(CLIENT(",\"given_name\":\"\\ud800\""), CP_ESYNTAX, "");
    /* a BOM is not JSON */
    load_fails("\xef\xbb\xbf" CLIENT(""), CP_ESYNTAX, "");
    /* valid multi-byte text and escapes are fine */
    load_ok(CLIENT(",\"given_name\":\"Zo\xc3\xab \xe2\x98\x83 \xf0\x9f\x98\x80 "
                   "\\u00e9 \\ud83d\\ude00\""));
}
END_TEST

START_TEST(nul_bytes)
{
    /* A NUL byte anywhere in the input is a syntax error at that byte,
     * including where jansson would skip it (after a number or literal). */
    static const char head[] = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                               "\"id\":\"c1\",\"age\":12";
    char buf[128];
    size_t n = sizeof head - 1;
    memcpy(buf, head, n);
    buf[n] = '\0';
    buf[n + 1] = '}';
    parse_fails(buf, n + 2, CP_ESYNTAX, 1, (int)n, (long)n);
    static const char lit[] = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                              "\"id\":\"c1\",\"x\":true";
    n = sizeof lit - 1;
    memcpy(buf, lit, n);
    buf[n] = '\0';
    buf[n + 1] = '}';
    parse_fails(buf, n + 2, CP_ESYNTAX, 1, (int)n, (long)n);
    /* after the document */
    const char *doc = CLIENT("");
    n = strlen(doc);
    memcpy(buf, doc, n + 1);
    parse_fails(buf, n + 1, CP_ESYNTAX, 1, (int)n, (long)n);
    /* first byte, and on a later line */
    buf[0] = '\0';
    memcpy(buf + 1, doc, n);
    parse_fails(buf, n + 1, CP_ESYNTAX, 1, 1, 0);
    const char multi[] = "{\n  \"a\": 1\0}";
    parse_fails(multi, sizeof multi - 1, CP_ESYNTAX, 2, 8, 10);
    /* inside a string */
    const char str[] = "{\"a\": \"x\0y\"}";
    cp_error e;
    cp_document *d = SENTINEL_DOC;
    ck_assert_cp(cp_document_load_string(str, sizeof str - 1, NULL, &d, &e), CP_ESYNTAX, "", &e);
    ck_assert_ptr_eq(d, SENTINEL_DOC);
    ck_assert_int_eq(e.position, 8);
}
END_TEST

START_TEST(escaped_nul_is_refused)
{
    /* "\u0000" is valid JSON that no careerplan string may hold */
    load_fails(CLIENT(",\"given_name\":\"a\\u0000b\""), CP_EVALUE, "/given_name");
    load_fails(CLIENT(",\"x\":\"\\u0000\""), CP_EVALUE, "/x");
    load_fails(CLIENT(",\"a\\u0000b\":1"), CP_EVALUE, "");
    cp_error e;
    cp_document *d = NULL;
    const char *doc = CLIENT(",\"given_name\":\"a\\u0000b\"");
    ck_assert_int_eq(cp_document_load_string(doc, strlen(doc), NULL, &d, &e), CP_EVALUE);
    ck_assert_str_eq(e.message, "a string contains the NUL character \\u0000, which is not allowed");
    ck_assert_int_eq(e.line, 1);
    ck_assert_int_eq(e.column, (int)(strlen(doc) - strlen("\"a\\u0000b\"}") + 1));
}
END_TEST

START_TEST(envelope)
{
    load_fails("{\"version\":1,\"kind\":\"client\",\"id\":\"c1\"}", CP_EFORMAT, "/format");
    load_fails("{\"format\":\"careerplans\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\"}",
               CP_EFORMAT, "/format");
    load_fails("{\"format\":1,\"version\":1,\"kind\":\"client\",\"id\":\"c1\"}", CP_EFORMAT,
               "/format");
    load_fails("{\"format\":\"careerplan\",\"kind\":\"client\",\"id\":\"c1\"}", CP_EFORMAT,
               "/version");
    load_fails("{\"format\":\"careerplan\",\"version\":2,\"kind\":\"client\",\"id\":\"c1\"}",
               CP_EFORMAT, "/version");
    load_fails("{\"format\":\"careerplan\",\"version\":\"1\",\"kind\":\"client\",\"id\":\"c1\"}",
               CP_EFORMAT, "/version");
    load_fails("{\"format\":\"careerplan\",\"version\":1.0,\"kind\":\"client\",\"id\":\"c1\"}",
               CP_EFORMAT, "/version");
    load_fails("{\"format\":\"careerplan\",\"version\":1,\"id\":\"c1\"}", CP_EFORMAT, "/kind");
    load_fails("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"plan\",\"id\":\"c1\"}",
               CP_EFORMAT, "/kind");
    load_fails("{\"format\":\"careerplan\",\"version\":1,\"kind\":null,\"id\":\"c1\"}", CP_EFORMAT,
               "/kind");
    load_fails("{}", CP_EFORMAT, "/format");
    /* member order does not matter */
    load_ok("{\"id\":\"c1\",\"kind\":\"client\",\"version\":1,\"format\":\"careerplan\"}");
}
END_TEST

START_TEST(root_not_an_object)
{
    static const char *const roots[] = {"[]", "[{\"format\":\"careerplan\"}]", "\"client\"",
                                        "1", "-0.5", "null", "true", "false", "  []  "};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        load_fails(roots[i], CP_ETYPE, "");
}
END_TEST

START_TEST(strict_mode)
{
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.flags = CP_LOAD_STRICT;
    const char *a = CLIENT(",\"colour\":\"red\"");
    load_fails_opts(a, strlen(a), &o, CP_EUNKNOWN, "/colour");
    const char *b = CLIENT(PLAN(GOAL(ACTION(",\"colour\":\"red\""))));
    load_fails_opts(b, strlen(b), &o, CP_EUNKNOWN, "/plans/0/goals/0/actions/0/colour");
    const char *c = CLIENT(PLAN(",\"where_you_are_now\":{\"text\":\"x\",\"mood\":1}"));
    load_fails_opts(c, strlen(c), &o, CP_EUNKNOWN, "/plans/0/where_you_are_now/mood");
    /* JSON Pointer escaping of the member name */
    const char *d = CLIENT(",\"a/b~c\":1");
    load_fails_opts(d, strlen(d), &o, CP_EUNKNOWN, "/a~1b~0c");
    const char *e = CASELOAD(",\"clients\":[{\"id\":\"c1\"},{\"id\":\"c2\",\"x\":[]}]");
    load_fails_opts(e, strlen(e), &o, CP_EUNKNOWN, "/clients/1/x");
    const char *f = CASELOAD(",\"owner\":\"me\"");
    load_fails_opts(f, strlen(f), &o, CP_EUNKNOWN, "/owner");
    /* known members and the envelope are fine */
    load_ok_opts(cpt_example_client, &o);
    /* the same documents load without the flag */
    load_ok(a);
    load_ok(b);
    load_ok(c);
    load_ok(d);
    load_ok(e);
    load_ok(f);
}
END_TEST

START_TEST(unknown_members_warn)
{
    cp_diagnostics *w = cp_diagnostics_new();
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(cp_diagnostics_add(w, CP_SEVERITY_INFO, "earlier", "", "kept"), CP_OK);
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = w;
    const char *doc =
        CLIENT(",\"colour\":\"red\"" PLAN(GOAL(",\"z\":{\"deep\":[1]},\"a/b\":null")));
    cp_error e;
    cp_document *d = NULL;
    ck_assert_ok(cp_document_load_string(doc, strlen(doc), &o, &d, &e), &e);
    cp_document_free(d);
    /* appended after what the list held */
    ck_assert_uint_eq(cp_diagnostics_count(w), 4);
    ck_assert_str_eq(cp_diagnostic_code(cp_diagnostics_at(w, 0)), "earlier");
    static const char *const paths[] = {"/colour", "/plans/0/goals/0/z", "/plans/0/goals/0/a~1b"};
    for (size_t i = 0; i < 3; i++) {
        const cp_diagnostic *x = cp_diagnostics_at(w, i + 1);
        ck_assert_int_eq(cp_diagnostic_severity(x), CP_SEVERITY_WARNING);
        ck_assert_str_eq(cp_diagnostic_code(x), "unknown-member");
        ck_assert_str_eq(cp_diagnostic_path(x), paths[i]);
        ck_assert_uint_gt(strlen(cp_diagnostic_message(x)), 0);
    }
    ck_assert_uint_eq(cp_diagnostics_count_at_least(w, CP_SEVERITY_ERROR), 0);
    /* a document without unknown members adds nothing */
    cp_diagnostics_clear(w);
    ck_assert_ok(
        cp_document_load_string(cpt_example_client, strlen(cpt_example_client), &o, &d, &e), &e);
    cp_document_free(d);
    ck_assert_uint_eq(cp_diagnostics_count(w), 0);
    /* a failing load may leave warnings found so far, but no document */
    const char *bad = CLIENT(",\"colour\":\"red\",\"age\":0");
    d = SENTINEL_DOC;
    ck_assert_cp(cp_document_load_string(bad, strlen(bad), &o, &d, &e), CP_ERANGE, "/age", &e);
    ck_assert_ptr_eq(d, SENTINEL_DOC);
    cp_diagnostics_free(w);
}
END_TEST

/* The envelope's names are reserved on a client of a caseload: saved as a
 * client document it would carry them twice and fail to load (issue 12). */
START_TEST(envelope_names_reserved_below_the_root)
{
    const char *names[] = {"format", "version", "kind"};
    for (int i = 0; i < 3; i++) {
        char text[256];
        snprintf(text, sizeof text, CASELOAD(",\"clients\":[{\"id\":\"c1\",\"%s\":\"x\"}]"),
                 names[i]);
        char path[64];
        snprintf(path, sizeof path, "/clients/0/%s", names[i]);
        load_fails(text, CP_EVALUE, path);
        cp_document *doc = NULL;
        cp_error err;
        ck_assert_int_eq(cp_document_load_string(text, strlen(text), NULL, &doc, &err), CP_EVALUE);
        char want[128];
        snprintf(want, sizeof want, "member \"%s\" of a client is reserved for the document envelope",
                 names[i]);
        ck_assert_str_eq(err.message, want);
    }
    /* Below a client they are ordinary unknown members, kept. */
    const char *ok = CLIENT(PLAN(",\"kind\":\"x\",\"version\":2"));
    load_ok(ok);
}
END_TEST

START_TEST(consent_dates)
{
    load_fails(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\",\"withdrawn\":\"2026-01-09\"")),
               CP_ERANGE, "/consents/0/withdrawn");
    load_fails(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\",\"expires\":\"2025-12-31\"")),
               CP_ERANGE, "/consents/0/expires");
    load_ok(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\",\"withdrawn\":\"2026-01-10\"")));
    load_ok(CLIENT(SUPPORTER CONSENT(",\"supporter\":\"s1\",\"expires\":\"2027-01-10\"")));
    /* consent without a granted date */
    load_fails(CLIENT(",\"consents\":[{\"id\":\"k1\",\"role\":\"school\","
                      "\"scope\":\"everything\"}]"),
               CP_ETYPE, "/consents/0/granted");
}
END_TEST

START_TEST(caseload_client_ids)
{
    load_fails(CASELOAD(",\"clients\":[{\"id\":\"c1\"},{\"id\":\"c1\"}]"), CP_EDUPLICATE,
               "/clients/1/id");
    load_fails(CASELOAD(",\"clients\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"},"
                        "{\"id\":\"b\"}]"),
               CP_EDUPLICATE, "/clients/3/id");
    load_fails(CASELOAD(",\"clients\":[{\"id\":\"c1\"},{\"given_name\":\"x\"}]"), CP_ETYPE,
               "/clients/1/id");
    load_fails(CASELOAD(",\"clients\":[{\"id\":\"c1\",\"year_group\":3}]"), CP_ERANGE,
               "/clients/0/year_group");
    load_fails(CASELOAD(",\"name\":7"), CP_ETYPE, "/name");
    load_fails(CASELOAD(",\"clients\":{}"), CP_ETYPE, "/clients");
    /* inner ids are per client: the same goal id in two clients is fine */
    load_ok(CASELOAD(",\"clients\":[{\"id\":\"c1\"" PLAN(GOAL("")) "},{\"id\":\"c2\"" PLAN(GOAL(""))
                     "}]"));
    /* and duplicates inside one client are found with the client's index */
    load_fails(CASELOAD(",\"clients\":[{\"id\":\"c1\"},{\"id\":\"c2\"" PLAN(
                   ",\"goals\":[{\"id\":\"p1\",\"statement\":\"x\"}]") "}]"),
               CP_EDUPLICATE, "/clients/1/plans/0/goals/0/id");
}
END_TEST

static char *write_temp(const char *dir, const char *name, const char *content, size_t len)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    ck_assert_ptr_nonnull(path);
    snprintf(path, n, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(content, 1, len, fp), len);
    ck_assert_int_eq(fclose(fp), 0);
    return path;
}

START_TEST(load_from_stream)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    fputs(cpt_example_client, fp);
    rewind(fp);
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_ok(cp_document_load_file(fp, NULL, &doc, &e), &e);
    ck_assert_int_eq(cp_document_get_kind(doc), CP_DOCUMENT_KIND_CLIENT);
    cp_document_free(doc);
    rewind(fp);
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_file(fp, NULL, &c, &e), &e);
    cp_client_free(c);
    /* read to its end: a second load sees nothing */
    doc = SENTINEL_DOC;
    ck_assert_cp(cp_document_load_file(fp, NULL, &doc, &e), CP_ESYNTAX, "", &e);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    /* the kind is checked */
    rewind(fp);
    cp_caseload *cl = SENTINEL_CASELOAD;
    ck_assert_cp(cp_caseload_load_file(fp, NULL, &cl, &e), CP_EFORMAT, "/kind", &e);
    ck_assert_ptr_eq(cl, SENTINEL_CASELOAD);
    fclose(fp);

    /* errors in streams carry paths like strings do */
    fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    fputs(CLIENT(",\"year_group\":14"), fp);
    rewind(fp);
    c = SENTINEL_CLIENT;
    ck_assert_cp(cp_client_load_file(fp, NULL, &c, &e), CP_ERANGE, "/year_group", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    fclose(fp);

    /* a stream opened for writing only cannot be read */
    char dir[] = "/tmp/cp-load-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *path = write_temp(dir, "w.json", "", 0);
    fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    doc = SENTINEL_DOC;
    ck_assert_cp(cp_document_load_file(fp, NULL, &doc, &e), CP_EIO, "", &e);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    fclose(fp);
    ck_assert_int_eq(unlink(path), 0);
    ck_assert_int_eq(rmdir(dir), 0);
    free(path);

    ck_assert_cp(cp_document_load_file(NULL, NULL, &doc, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_load_file(NULL, NULL, &c, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(load_from_path)
{
    char dir[] = "/tmp/cp-load-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *client_path =
        write_temp(dir, "client.json", cpt_example_client, strlen(cpt_example_client));
    const char *cl = CASELOAD(",\"clients\":[{\"id\":\"c1\"}]");
    char *caseload_path = write_temp(dir, "caseload.json", cl, strlen(cl));
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_ok(cp_document_load_path(client_path, NULL, &doc, &e), &e);
    ck_assert_int_eq(cp_document_get_kind(doc), CP_DOCUMENT_KIND_CLIENT);
    cp_document_free(doc);
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_path(client_path, NULL, &c, &e), &e);
    cp_client_free(c);
    cp_caseload *caseload = NULL;
    ck_assert_ok(cp_caseload_load_path(caseload_path, NULL, &caseload, &e), &e);
    cp_caseload_free(caseload);

    /* kind mismatch */
    c = SENTINEL_CLIENT;
    ck_assert_cp(cp_client_load_path(caseload_path, NULL, &c, &e), CP_EFORMAT, "/kind", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    caseload = SENTINEL_CASELOAD;
    ck_assert_cp(cp_caseload_load_path(client_path, NULL, &caseload, &e), CP_EFORMAT, "/kind",
                 &e);
    ck_assert_ptr_eq(caseload, SENTINEL_CASELOAD);

    /* missing file, a directory */
    char missing[512];
    snprintf(missing, sizeof missing, "%s/missing.json", dir);
    doc = SENTINEL_DOC;
    ck_assert_cp(cp_document_load_path(missing, NULL, &doc, &e), CP_EIO, "", &e);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    ck_assert_ptr_nonnull(strstr(e.message, "missing.json"));
    c = SENTINEL_CLIENT;
    ck_assert_cp(cp_client_load_path(missing, NULL, &c, &e), CP_EIO, "", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    ck_assert_cp(cp_caseload_load_path(missing, NULL, &caseload, &e), CP_EIO, "", &e);
    ck_assert_cp(cp_document_load_path(dir, NULL, &doc, &e), CP_EIO, "", &e);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    ck_assert_cp(cp_document_load_path(NULL, NULL, &doc, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_document_load_path(client_path, NULL, NULL, &e), CP_EINVAL, "", &e);

    ck_assert_int_eq(unlink(client_path), 0);
    ck_assert_int_eq(unlink(caseload_path), 0);
    ck_assert_int_eq(rmdir(dir), 0);
    free(client_path);
    free(caseload_path);
}
END_TEST

START_TEST(kind_mismatch)
{
    const char *cl = CASELOAD(",\"clients\":[{\"id\":\"c1\"}]");
    cp_error e;
    cp_client *c = SENTINEL_CLIENT;
    ck_assert_cp(cp_client_load_string(cl, strlen(cl), NULL, &c, &e), CP_EFORMAT, "/kind", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    ck_assert_int_eq(cp_client_load_string(cl, strlen(cl), NULL, &c, NULL), CP_EFORMAT);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    cp_caseload *caseload = SENTINEL_CASELOAD;
    ck_assert_cp(cp_caseload_load_string(cpt_example_client, strlen(cpt_example_client), NULL,
                                         &caseload, &e),
                 CP_EFORMAT, "/kind", &e);
    ck_assert_ptr_eq(caseload, SENTINEL_CASELOAD);
    /* a broken document of the other kind reports its own error first */
    const char *bad = CASELOAD(",\"clients\":[{\"id\":\"c1\",\"age\":0}]");
    ck_assert_cp(cp_client_load_string(bad, strlen(bad), NULL, &c, &e), CP_ERANGE,
                 "/clients/0/age", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
}
END_TEST

START_TEST(invalid_arguments)
{
    cp_error e;
    cp_document *doc = SENTINEL_DOC;
    ck_assert_cp(cp_document_load_string(NULL, 0, NULL, &doc, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_eq(doc, SENTINEL_DOC);
    ck_assert_cp(
        cp_document_load_string(cpt_example_client, strlen(cpt_example_client), NULL, NULL, &e),
        CP_EINVAL, "", &e);
    cp_client *c = SENTINEL_CLIENT;
    ck_assert_cp(cp_client_load_string(NULL, 0, NULL, &c, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    ck_assert_cp(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, NULL, &e),
        CP_EINVAL, "", &e);
    ck_assert_cp(
        cp_caseload_load_string(cpt_example_client, strlen(cpt_example_client), NULL, NULL, &e),
        CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_load_path(NULL, NULL, &c, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_eq(c, SENTINEL_CLIENT);
    ck_assert_int_eq(cp_document_get_kind(NULL), CP_DOCUMENT_KIND_UNSET);
    ck_assert_ptr_null(cp_document_client(NULL));
    ck_assert_ptr_null(cp_document_caseload(NULL));
}
END_TEST

static Suite *json_load_suite(void)
{
    Suite *s = suite_create("json_load");
    TCase *tc = tcase_create("load");
    tcase_add_test(tc, example_loads);
    tcase_add_test(tc, length_is_respected);
    tcase_add_test(tc, wrong_type);
    tcase_add_test(tc, duplicate_id_message);
    tcase_add_test(tc, missing_required_member);
    tcase_add_test(tc, out_of_range);
    tcase_add_test(tc, numbers_too_big_for_jansson);
    tcase_add_test(tc, bad_dates);
    tcase_add_test(tc, unknown_enum_names);
    tcase_add_test(tc, duplicate_ids_across_kinds);
    tcase_add_test(tc, dangling_references);
    tcase_add_test(tc, empty_strings);
    tcase_add_test(tc, duplicate_json_key);
    tcase_add_test(tc, syntax_errors);
    tcase_add_test(tc, encoding_errors);
    tcase_add_test(tc, nul_bytes);
    tcase_add_test(tc, escaped_nul_is_refused);
    tcase_add_test(tc, envelope);
    tcase_add_test(tc, root_not_an_object);
    tcase_add_test(tc, strict_mode);
    tcase_add_test(tc, unknown_members_warn);
    tcase_add_test(tc, consent_dates);
    tcase_add_test(tc, caseload_client_ids);
    tcase_add_test(tc, load_from_stream);
    tcase_add_test(tc, load_from_path);
    tcase_add_test(tc, kind_mismatch);
    tcase_add_test(tc, invalid_arguments);
    tcase_add_test(tc, envelope_names_reserved_below_the_root);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(json_load_suite)
