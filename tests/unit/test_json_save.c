/* Saving documents: canonical order and bytes, round trips, unknown members,
 * escaping, atomic saving to a path, streams. */
#define _POSIX_C_SOURCE 200809L

#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

/* The same client with the members of every object shuffled, the envelope
 * last and the support flags in another order. */
static const char shuffled[] =
    "{\"consents\":[{\"granted\":\"2026-01-10\",\"scope\":\"non_sensitive\",\"supporter\":\"s1\","
    "\"id\":\"k1\"}],\"plans\":[{\"reviews\":[{\"goal_scores\":[{\"score\":8,\"goal\":\"g1\"}],"
    "\"outcomes\":[{\"result\":\"achieved\",\"action\":\"a1\"}],\"date\":\"2026-02-10\","
    "\"id\":\"r1\"}],\"goals\":[{\"actions\":[{\"agreed\":true,\"supporters\":[\"s1\"],"
    "\"due\":\"2026-02-01\",\"owner\":\"client\",\"description\":\"Visit college\","
    "\"id\":\"a1\"}],\"confidence\":6,\"statement\":\"Find a course\",\"id\":\"g1\"}],"
    "\"created\":\"2026-01-10\",\"id\":\"p1\"}],\"supporters\":[{\"role\":\"parent_carer\","
    "\"id\":\"s1\"}],\"support\":[\"eal\",\"send\"],\"given_name\":\"Sam\",\"id\":\"c1\","
    "\"kind\":\"client\",\"version\":1,\"format\":\"careerplan\"}";

/* Canonical pretty form of the example, byte for byte. */
static const char example_pretty[] = "{\n"
                                     "  \"format\": \"careerplan\",\n"
                                     "  \"version\": 1,\n"
                                     "  \"kind\": \"client\",\n"
                                     "  \"id\": \"c1\",\n"
                                     "  \"given_name\": \"Sam\",\n"
                                     "  \"support\": [\n"
                                     "    \"send\",\n"
                                     "    \"eal\"\n"
                                     "  ],\n"
                                     "  \"supporters\": [\n"
                                     "    {\n"
                                     "      \"id\": \"s1\",\n"
                                     "      \"role\": \"parent_carer\"\n"
                                     "    }\n"
                                     "  ],\n"
                                     "  \"plans\": [\n"
                                     "    {\n"
                                     "      \"id\": \"p1\",\n"
                                     "      \"created\": \"2026-01-10\",\n"
                                     "      \"status\": \"draft\",\n"
                                     "      \"goals\": [\n"
                                     "        {\n"
                                     "          \"id\": \"g1\",\n"
                                     "          \"statement\": \"Find a course\",\n"
                                     "          \"status\": \"active\",\n"
                                     "          \"confidence\": 6,\n"
                                     "          \"actions\": [\n"
                                     "            {\n"
                                     "              \"id\": \"a1\",\n"
                                     "              \"description\": \"Visit college\",\n"
                                     "              \"owner\": \"client\",\n"
                                     "              \"due\": \"2026-02-01\",\n"
                                     "              \"agreed\": true,\n"
                                     "              \"supporters\": [\n"
                                     "                \"s1\"\n"
                                     "              ],\n"
                                     "              \"status\": \"planned\"\n"
                                     "            }\n"
                                     "          ]\n"
                                     "        }\n"
                                     "      ],\n"
                                     "      \"reviews\": [\n"
                                     "        {\n"
                                     "          \"id\": \"r1\",\n"
                                     "          \"date\": \"2026-02-10\",\n"
                                     "          \"outcomes\": [\n"
                                     "            {\n"
                                     "              \"action\": \"a1\",\n"
                                     "              \"result\": \"achieved\"\n"
                                     "            }\n"
                                     "          ],\n"
                                     "          \"goal_scores\": [\n"
                                     "            {\n"
                                     "              \"goal\": \"g1\",\n"
                                     "              \"score\": 8\n"
                                     "            }\n"
                                     "          ]\n"
                                     "        }\n"
                                     "      ]\n"
                                     "    }\n"
                                     "  ],\n"
                                     "  \"consents\": [\n"
                                     "    {\n"
                                     "      \"id\": \"k1\",\n"
                                     "      \"supporter\": \"s1\",\n"
                                     "      \"scope\": \"non_sensitive\",\n"
                                     "      \"granted\": \"2026-01-10\"\n"
                                     "    }\n"
                                     "  ]\n"
                                     "}\n";

static const char example_compact[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
    "\"given_name\":\"Sam\",\"support\":[\"send\",\"eal\"],"
    "\"supporters\":[{\"id\":\"s1\",\"role\":\"parent_carer\"}],"
    "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"status\":\"draft\","
    "\"goals\":[{\"id\":\"g1\",\"statement\":\"Find a course\",\"status\":\"active\","
    "\"confidence\":6,\"actions\":[{\"id\":\"a1\",\"description\":\"Visit college\","
    "\"owner\":\"client\",\"due\":\"2026-02-01\",\"agreed\":true,\"supporters\":[\"s1\"],"
    "\"status\":\"planned\"}]}],\"reviews\":[{\"id\":\"r1\",\"date\":\"2026-02-10\","
    "\"outcomes\":[{\"action\":\"a1\",\"result\":\"achieved\"}],"
    "\"goal_scores\":[{\"goal\":\"g1\",\"score\":8}]}]}],"
    "\"consents\":[{\"id\":\"k1\",\"supporter\":\"s1\",\"scope\":\"non_sensitive\","
    "\"granted\":\"2026-01-10\"}]}\n";

/* A client using most of the format, unknown members included. */
static const char rich[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c7\","
    "\"upn\":\"A123456789012\",\"uln\":\"1234567890\",\"service_ref\":\"S-7\","
    "\"given_name\":\"Zo\xc3\xab\",\"family_name\":\"O'Neil\",\"date_of_birth\":\"2009-02-28\","
    "\"setting\":\"school\",\"year_group\":11,\"support\":[\"risk_of_neet\",\"send\"],"
    "\"need_level\":\"targeted\",\"planning_style\":\"river_person\","
    "\"recording_formats\":[\"drawing\",\"written_notes\"],\"flexible_timing\":true,"
    "\"supporters\":[{\"id\":\"s1\",\"role\":\"tutor\",\"name\":\"Ms Khan\","
    "\"contact\":\"k@example.org\"},{\"id\":\"s2\",\"role\":\"parent_carer\"}],"
    "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"practitioner\":\"JB\","
    "\"service\":\"Careers\",\"guidance_model\":\"grow\",\"guidance_stage\":\"options\","
    "\"where_you_are_now\":{\"text\":\"Year 11\\nunsure\",\"sensitive\":true,\"mood\":\"ok\"},"
    "\"where_you_want_to_be\":{},\"status\":\"agreed\",\"agreed_date\":\"2026-01-12\","
    "\"resources\":[{\"title\":\"Course guide\",\"url\":\"https://example.org/c\"}],"
    "\"artefacts\":[{\"kind\":\"career_map\",\"uri\":\"file:map.png\",\"caption\":\"Map\"}],"
    "\"review_frequency\":\"per_school_year\",\"reviews_per_year\":3,"
    "\"next_review\":\"2026-03-01\",\"goals\":[{\"id\":\"g1\",\"statement\":\"Find a course\","
    "\"skill_area\":\"exploring_options\",\"horizon\":\"short_term\",\"status\":\"active\","
    "\"confidence\":4,\"confidence_history\":[{\"date\":\"2026-01-10\",\"score\":4}],"
    "\"sensitive\":true,\"swot\":{\"strengths\":[\"kind\"],\"threats\":[\"bus\"]},"
    "\"force_field\":{\"forces_for\":[\"mum\"],\"forces_against\":[]},"
    "\"actions\":[{\"id\":\"a1\",\"description\":\"Visit college\",\"owner\":\"supporter\","
    "\"owner_supporter\":\"s2\",\"due\":\"2026-02-01\",\"measure\":\"visited\","
    "\"agreed\":true,\"supporters\":[\"s2\",\"s1\"],\"resources\":[\"Course guide\"],"
    "\"priority\":\"high\",\"status\":\"done\",\"completed\":\"2026-01-30\",\"sensitive\":true},"
    "{\"id\":\"a2\",\"description\":\"Call\",\"x-note\":[1,{\"k\":null}]}]}],"
    "\"reviews\":[{\"id\":\"r1\",\"date\":\"2026-02-10\",\"reviewer\":\"JB\","
    "\"mode\":\"online\",\"outcomes\":[{\"action\":\"a1\",\"result\":\"partly_achieved\","
    "\"notes\":\"n\",\"barriers\":[{\"kind\":\"transport\",\"detail\":\"no bus\"}],"
    "\"helped\":\"mum\"}],\"goal_scores\":[{\"goal\":\"g1\",\"score\":6}],"
    "\"reflection\":\"r\",\"feedback\":\"f\",\"changes\":[{\"kind\":\"action_revised\","
    "\"action\":\"a2\",\"due\":\"2026-03-01\",\"description\":\"later\"},"
    "{\"kind\":\"goal_revised\",\"goal\":\"g1\"}],\"next_review\":\"2026-04-01\"}],"
    "\"history\":[{\"date\":\"2026-01-12\",\"author\":\"JB\",\"change\":\"agreed\","
    "\"reason\":\"meeting\"}]}],"
    "\"consents\":[{\"id\":\"k1\",\"supporter\":\"s2\",\"scope\":\"everything\","
    "\"purpose\":\"support\",\"granted\":\"2026-01-10\",\"expires\":\"2027-01-10\","
    "\"recorded_by\":\"JB\"},{\"id\":\"k2\",\"role\":\"college\",\"scope\":\"non_sensitive\","
    "\"granted\":\"2026-01-10\",\"withdrawn\":\"2026-02-01\"}],"
    "\"disclosures\":[{\"date\":\"2026-01-20\",\"recipient\":\"Mum\",\"scope\":\"everything\","
    "\"consent\":\"k1\"}],\"x-source\":{\"system\":\"mis\",\"v\":2.5}}";

static const char caseload_doc[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"name\":\"Year 11\","
    "\"clients\":[{\"id\":\"c1\",\"given_name\":\"Sam\"},{\"id\":\"c2\",\"plans\":[{\"id\":\"p1\","
    "\"created\":\"2026-01-10\"}]}],\"x\":true}";

static const cp_save_options compact_opts = {CP_SAVE_OPTIONS_VERSION, CP_SAVE_COMPACT};

static cp_document *load(const char *json)
{
    cp_document *doc = NULL;
    cp_error e;
    ck_assert_msg(cp_document_load_string(json, strlen(json), NULL, &doc, &e) == CP_OK,
                  "%s: %s at \"%s\"", cp_status_name(e.code), e.message, e.path);
    return doc;
}

/* Loads and saves; the caller frees the text. */
static char *resave(const char *json, const cp_save_options *opts)
{
    cp_document *doc = load(json);
    char *out = NULL;
    size_t len = 0;
    cp_error e;
    ck_assert_ok(cp_document_save_string(doc, opts, &out, &len, &e), &e);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(len, strlen(out));
    cp_document_free(doc);
    return out;
}

static void assert_resaves_to(const char *json, const cp_save_options *opts, const char *want)
{
    char *got = resave(json, opts);
    ck_assert_str_eq(got, want);
    cp_free(got);
}

START_TEST(pretty_bytes)
{
    assert_resaves_to(cpt_example_client, NULL, example_pretty);
    cp_save_options o = CP_SAVE_OPTIONS_INIT;
    assert_resaves_to(cpt_example_client, &o, example_pretty);
}
END_TEST

START_TEST(compact_bytes)
{
    assert_resaves_to(cpt_example_client, &compact_opts, example_compact);
    /* compact and pretty input give the same output */
    assert_resaves_to(example_pretty, &compact_opts, example_compact);
    assert_resaves_to(example_compact, NULL, example_pretty);
}
END_TEST

START_TEST(canonical_order)
{
    assert_resaves_to(shuffled, NULL, example_pretty);
    assert_resaves_to(shuffled, &compact_opts, example_compact);
}
END_TEST

START_TEST(small_documents)
{
    assert_resaves_to("{\"id\":\"c1\",\"kind\":\"client\",\"version\":1,\"format\":\"careerplan\"}",
                      NULL,
                      "{\n  \"format\": \"careerplan\",\n  \"version\": 1,\n"
                      "  \"kind\": \"client\",\n"
                      "  \"id\": \"c1\"\n}\n");
    assert_resaves_to("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\"}", NULL,
                      "{\n  \"format\": \"careerplan\",\n  \"version\": 1,\n"
                      "  \"kind\": \"caseload\"\n}\n");
    assert_resaves_to(caseload_doc, &compact_opts,
                      "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\","
                      "\"name\":\"Year 11\",\"clients\":[{\"id\":\"c1\",\"given_name\":\"Sam\"},"
                      "{\"id\":\"c2\",\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\","
                      "\"status\":\"draft\"}]}],\"x\":true}\n");
    /* empty lists are absent values: not written */
    assert_resaves_to("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                      "\"plans\":[],\"support\":[],\"flexible_timing\":false}",
                      &compact_opts,
                      "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
                      "\"id\":\"c1\"}\n");
}
END_TEST

START_TEST(save_is_idempotent)
{
    static const char *const docs[] = {cpt_example_client, shuffled, rich, caseload_doc,
                                       example_pretty};
    const cp_save_options *opts[] = {NULL, &compact_opts};
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        for (size_t k = 0; k < 2; k++) {
            char *once = resave(docs[i], opts[k]);
            char *twice = resave(once, opts[k]);
            ck_assert_str_eq(twice, once);
            /* and through the other form */
            char *other = resave(once, opts[1 - k]);
            char *back = resave(other, opts[k]);
            ck_assert_str_eq(back, once);
            cp_free(once);
            cp_free(twice);
            cp_free(other);
            cp_free(back);
        }
    }
}
END_TEST

START_TEST(rich_document_keeps_everything)
{
    char *out = resave(rich, &compact_opts);
    /* every member of the input is written: check some in their canonical form */
    static const char *const parts[] = {
        "\"upn\":\"A123456789012\",\"uln\":\"1234567890\",\"service_ref\":\"S-7\"",
        "\"date_of_birth\":\"2009-02-28\",\"setting\":\"school\",\"year_group\":11,"
        "\"support\":[\"send\",\"risk_of_neet\"],\"need_level\":\"targeted\"",
        "\"recording_formats\":[\"written_notes\",\"drawing\"],\"flexible_timing\":true",
        "\"where_you_are_now\":{\"text\":\"Year 11\\nunsure\",\"sensitive\":true,"
        "\"mood\":\"ok\"},\"where_you_want_to_be\":{},\"status\":\"agreed\"",
        "\"swot\":{\"strengths\":[\"kind\"],\"threats\":[\"bus\"]},"
        "\"force_field\":{\"forces_for\":[\"mum\"]}",
        "\"supporters\":[\"s2\",\"s1\"],\"resources\":[\"Course guide\"],\"priority\":\"high\","
        "\"status\":\"done\",\"completed\":\"2026-01-30\",\"sensitive\":true}",
        "{\"id\":\"a2\",\"description\":\"Call\",\"status\":\"planned\","
        "\"x-note\":[1,{\"k\":null}]}",
        "\"changes\":[{\"kind\":\"action_revised\",\"action\":\"a2\",\"due\":\"2026-03-01\","
        "\"description\":\"later\"},{\"kind\":\"goal_revised\",\"goal\":\"g1\"}]",
        "\"disclosures\":[{\"date\":\"2026-01-20\",\"recipient\":\"Mum\",\"scope\":\"everything\","
        "\"consent\":\"k1\"}],\"x-source\":{\"system\":\"mis\",\"v\":2.5}}\n",
    };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        ck_assert_msg(strstr(out, parts[i]) != NULL, "missing %s\nin %s", parts[i], out);
    cp_free(out);
}
END_TEST

START_TEST(unknown_members_written_back)
{
    const char *in =
        "{\"zeta\":1,\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
        "\"alpha\":{\"b\":[1,2.5,0.1,-0.0,1.0,1E2,1e-7,true,false,null,[],{}],\"a\":{}},"
        "\"id\":\"c1\",\"mid\":\"q\\\"\\\\\\n\\u0001\\u00e9\\u2603\",\"given_name\":\"Sam\","
        "\"big\":-9223372036854775808,\"emoji\":\"\\ud83d\\ude00\",\"slash\":\"a\\/b\"}";
    const char *want_compact =
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
        "\"given_name\":\"Sam\",\"zeta\":1,"
        "\"alpha\":{\"b\":[1,2.5,0.1,-0.0,1.0,100.0,1e-07,true,false,null,[],{}],\"a\":{}},"
        "\"mid\":\"q\\\"\\\\\\n\\u0001\xc3\xa9\xe2\x98\x83\",\"big\":-9223372036854775808,"
        "\"emoji\":\"\xf0\x9f\x98\x80\",\"slash\":\"a/b\"}\n";
    assert_resaves_to(in, &compact_opts, want_compact);
    const char *want_pretty = "{\n"
                              "  \"format\": \"careerplan\",\n"
                              "  \"version\": 1,\n"
                              "  \"kind\": \"client\",\n"
                              "  \"id\": \"c1\",\n"
                              "  \"given_name\": \"Sam\",\n"
                              "  \"zeta\": 1,\n"
                              "  \"alpha\": {\n"
                              "    \"b\": [\n"
                              "      1,\n"
                              "      2.5,\n"
                              "      0.1,\n"
                              "      -0.0,\n"
                              "      1.0,\n"
                              "      100.0,\n"
                              "      1e-07,\n"
                              "      true,\n"
                              "      false,\n"
                              "      null,\n"
                              "      [],\n"
                              "      {}\n"
                              "    ],\n"
                              "    \"a\": {}\n"
                              "  },\n"
                              "  \"mid\": \"q\\\"\\\\\\n\\u0001\xc3\xa9\xe2\x98\x83\",\n"
                              "  \"big\": -9223372036854775808,\n"
                              "  \"emoji\": \"\xf0\x9f\x98\x80\",\n"
                              "  \"slash\": \"a/b\"\n"
                              "}\n";
    assert_resaves_to(in, NULL, want_pretty);
    /* reals keep their value exactly */
    assert_resaves_to("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                      "\"r\":[0.30000000000000004,1e300,-2.2250738585072014e-308,123456789.125]}",
                      &compact_opts,
                      "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                      "\"r\":[0.30000000000000004,1e+300,-2.2250738585072014e-308,"
                      "123456789.125]}\n");
    /* nested unknown members of nested known objects */
    assert_resaves_to(
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
        "\"plans\":[{\"u\":[1],\"id\":\"p1\",\"created\":\"2026-01-10\",\"goals\":[{\"x\":{},"
        "\"statement\":\"s\",\"id\":\"g1\",\"swot\":{\"w\":0,\"strengths\":[\"a\"]}}]}]}",
        &compact_opts,
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
        "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"status\":\"draft\","
        "\"goals\":[{\"id\":\"g1\",\"statement\":\"s\",\"status\":\"active\","
        "\"swot\":{\"strengths\":[\"a\"],\"w\":0},\"x\":{}}],\"u\":[1]}]}\n");
}
END_TEST

START_TEST(strings_are_escaped)
{
    /* quotes, backslashes, every control character, DEL and non-ASCII, in
     * known members (names, free text) and in an unknown one */
    const char *in =
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
        "\"raw\":\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e"
        "\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
        "\\u001b\\u001c\\u001d\\u001e\\u001f \\u007f/\\/\","
        "\"given_name\":\"Zo\\u00eb \\\"Z\\\" \\\\ \xe2\x98\x83\","
        "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"where_you_are_now\":{\"text\":"
        "\"line 1\\r\\n\\tline \\\"2\\\" \\\\o/\"}}]}";
    const char *want =
        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
        "\"given_name\":\"Zo\xc3\xab \\\"Z\\\" \\\\ \xe2\x98\x83\","
        "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"where_you_are_now\":{\"text\":"
        "\"line 1\\r\\n\\tline \\\"2\\\" \\\\o/\"},\"status\":\"draft\"}],"
        "\"raw\":\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e"
        "\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
        "\\u001b\\u001c\\u001d\\u001e\\u001f \x7f//\"}\n";
    assert_resaves_to(in, &compact_opts, want);
    /* the output loads again to the same bytes */
    assert_resaves_to(want, &compact_opts, want);
    /* unknown member names are escaped too */
    assert_resaves_to("{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                      "\"a\\\"b\\\\c\\n\\u00e9\":1}",
                      &compact_opts,
                      "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                      "\"a\\\"b\\\\c\\n\xc3\xa9\":1}\n");
}
END_TEST

START_TEST(built_with_the_api)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_new("c1", &c, &e), &e);
    cp_plan *p = NULL;
    ck_assert_ok(cp_client_add_plan(c, "p1", cpt_date("2026-01-10"), &p, &e), &e);
    ck_assert_ok(cp_plan_add_goal(p, "g1", "Find \"work\"", NULL, &e), &e);
    char *out = NULL;
    size_t len = 0;
    ck_assert_ok(cp_client_save_string(c, &compact_opts, &out, &len, &e), &e);
    const char *want = "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
                       "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"status\":\"draft\","
                       "\"goals\":[{\"id\":\"g1\",\"statement\":\"Find \\\"work\\\"\","
                       "\"status\":\"active\"}]}]}\n";
    ck_assert_str_eq(out, want);
    ck_assert_uint_eq(len, strlen(want));
    /* loads back to the same text */
    assert_resaves_to(out, &compact_opts, want);
    cp_free(out);
    /* len is optional */
    ck_assert_ok(cp_client_save_string(c, NULL, &out, NULL, &e), &e);
    ck_assert_uint_eq(out[strlen(out) - 1], '\n');
    cp_free(out);
    cp_client_free(c);
}
END_TEST

START_TEST(kind_savers_match_the_document_saver)
{
    cp_error e;
    cp_document *doc = load(caseload_doc);
    char *a = NULL, *b = NULL;
    ck_assert_ok(cp_document_save_string(doc, NULL, &a, NULL, &e), &e);
    ck_assert_ok(cp_caseload_save_string(cp_document_caseload(doc), NULL, &b, NULL, &e), &e);
    ck_assert_str_eq(a, b);
    cp_free(a);
    cp_free(b);
    cp_caseload *cl = cp_document_take_caseload(doc);
    cp_document_free(doc);
    ck_assert_ok(cp_caseload_save_string(cl, &compact_opts, &a, NULL, &e), &e);
    ck_assert_ptr_nonnull(strstr(a, "\"kind\":\"caseload\""));
    cp_free(a);
    cp_caseload_free(cl);

    cp_client *c = NULL;
    ck_assert_ok(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, &e), &e);
    ck_assert_ok(cp_client_save_string(c, &compact_opts, &a, NULL, &e), &e);
    ck_assert_str_eq(a, example_compact);
    cp_free(a);
    cp_client_free(c);
}
END_TEST

START_TEST(invalid_arguments)
{
    cp_error e;
    cp_document *doc = load(cpt_example_client);
    char *out = (char *)"untouched";
    cp_save_options bad_version = {CP_SAVE_OPTIONS_VERSION + 1, 0};
    cp_save_options bad_flags = {CP_SAVE_OPTIONS_VERSION, 0x4};
    ck_assert_cp(cp_document_save_string(doc, &bad_version, &out, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_document_save_string(doc, &bad_flags, &out, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_document_save_string(NULL, NULL, &out, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_document_save_string(doc, NULL, NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(out, "untouched");
    cp_client *c = cp_document_client(doc);
    ck_assert_cp(cp_client_save_string(c, &bad_version, &out, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_string(NULL, NULL, &out, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_string(c, NULL, NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_save_string(NULL, NULL, &out, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_file(c, NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_file(NULL, stdout, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_path(c, NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_path(c, "", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_path(NULL, "/tmp/x.json", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_save_path(c, "/tmp/never.json", &bad_flags, &e), CP_EINVAL, "", &e);
    ck_assert_int_eq(access("/tmp/never.json", F_OK), -1);
    ck_assert_str_eq(out, "untouched");
    cp_document_free(doc);
}
END_TEST

/* Reads a whole file into a malloc'ed string. */
static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    size_t cap = 4096, len = 0;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    size_t n;
    while ((n = fread(s + len, 1, cap - len - 1, fp)) > 0) {
        len += n;
        if (cap - len - 1 == 0) {
            cap *= 2;
            s = realloc(s, cap);
            ck_assert_ptr_nonnull(s);
        }
    }
    fclose(fp);
    s[len] = '\0';
    return s;
}

/* Names in a directory, sorted and joined with spaces. */
static void list_dir(const char *dir, char *buf, size_t size)
{
    char names[16][256];
    size_t n = 0;
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0)
            continue;
        ck_assert_uint_lt(n, 16);
        snprintf(names[n++], sizeof names[0], "%s", ent->d_name);
    }
    closedir(d);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char t[256];
            memcpy(t, names[j], sizeof t);
            memcpy(names[j], names[j - 1], sizeof t);
            memcpy(names[j - 1], t, sizeof t);
        }
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i)
            strncat(buf, " ", size - strlen(buf) - 1);
        strncat(buf, names[i], size - strlen(buf) - 1);
    }
}

START_TEST(save_path_is_atomic)
{
    char dir[] = "/tmp/cp-save-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[256], missing[256], sub[256], listing[512];
    snprintf(path, sizeof path, "%s/client.json", dir);
    snprintf(missing, sizeof missing, "%s/no/such/dir/client.json", dir);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, &e), &e);

    /* writes the file */
    ck_assert_ok(cp_client_save_path(c, path, NULL, &e), &e);
    char *text = slurp(path);
    ck_assert_str_eq(text, example_pretty);
    free(text);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "client.json");

    /* replaces an existing file, keeping its permissions */
    ck_assert_int_eq(chmod(path, 0600), 0);
    ck_assert_ok(cp_client_save_path(c, path, &compact_opts, &e), &e);
    text = slurp(path);
    ck_assert_str_eq(text, example_compact);
    free(text);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    ck_assert_uint_eq(sb.st_mode & 07777, 0600);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "client.json");

    /* a folder that does not exist: CP_EIO, nothing left behind */
    ck_assert_cp(cp_client_save_path(c, missing, NULL, &e), CP_EIO, "", &e);
    ck_assert_ptr_nonnull(strstr(e.message, "client.json"));
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "client.json");

    /* the rename fails (the target is a folder): the temporary file goes,
     * the folder and the other file stay as they were */
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    ck_assert_cp(cp_client_save_path(c, sub, NULL, &e), CP_EIO, "", &e);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "client.json sub");
    ck_assert_int_eq(stat(sub, &sb), 0);
    ck_assert(S_ISDIR(sb.st_mode));
    text = slurp(path);
    ck_assert_str_eq(text, example_compact);
    free(text);

    /* caseloads too */
    cp_caseload *cl = NULL;
    ck_assert_ok(cp_caseload_load_string(caseload_doc, strlen(caseload_doc), NULL, &cl, &e), &e);
    ck_assert_ok(cp_caseload_save_path(cl, path, &compact_opts, &e), &e);
    cp_caseload *back = NULL;
    ck_assert_ok(cp_caseload_load_path(path, NULL, &back, &e), &e);
    char *a = NULL, *b = NULL;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &a, NULL, &e), &e);
    ck_assert_ok(cp_caseload_save_string(back, NULL, &b, NULL, &e), &e);
    ck_assert_str_eq(a, b);
    cp_free(a);
    cp_free(b);
    ck_assert_cp(cp_caseload_save_path(cl, missing, NULL, &e), CP_EIO, "", &e);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "client.json sub");
    cp_caseload_free(back);
    cp_caseload_free(cl);

    cp_client_free(c);
    ck_assert_int_eq(unlink(path), 0);
    ck_assert_int_eq(rmdir(sub), 0);
    ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

/* Issue 12: a symbolic link keeps pointing at the saved file; a read-only
 * file is refused unless asked; a 255-byte file name saves; a message too
 * long for cp_error keeps the system's reason. */
START_TEST(save_path_links_modes_and_long_names)
{
    char dir[] = "/tmp/cp-save-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char real[256], link[256], listing[1024];
    snprintf(real, sizeof real, "%s/real.json", dir);
    snprintf(link, sizeof link, "%s/link.json", dir);
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, &e), &e);

    /* through a symbolic link: the target is written, the link stays */
    ck_assert_ok(cp_client_save_path(c, real, NULL, &e), &e);
    ck_assert_int_eq(symlink("real.json", link), 0);
    ck_assert_ok(cp_client_save_path(c, link, &compact_opts, &e), &e);
    struct stat sb;
    ck_assert_int_eq(lstat(link, &sb), 0);
    ck_assert(S_ISLNK(sb.st_mode));
    char *text = slurp(real);
    ck_assert_str_eq(text, example_compact);
    free(text);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "link.json real.json");

    /* a read-only file: refused and untouched, unless asked */
    ck_assert_int_eq(chmod(real, 0444), 0);
    ck_assert_cp(cp_client_save_path(c, real, NULL, &e), CP_EIO, "", &e);
    ck_assert_ptr_nonnull(strstr(e.message, "will not replace the read-only file"));
    text = slurp(real);
    ck_assert_str_eq(text, example_compact);
    free(text);
    cp_save_options force = CP_SAVE_OPTIONS_INIT;
    force.flags = CP_SAVE_REPLACE_READONLY;
    ck_assert_ok(cp_client_save_path(c, link, &force, &e), &e);
    text = slurp(real);
    ck_assert_str_eq(text, example_pretty);
    free(text);
    ck_assert_int_eq(stat(real, &sb), 0);
    ck_assert_uint_eq(sb.st_mode & 07777, 0444);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "link.json real.json");

    /* the longest legal file name */
    char name[256], longp[600];
    memset(name, 'n', 250);
    memcpy(name + 250, ".json", 6);
    snprintf(longp, sizeof longp, "%s/%s", dir, name);
    ck_assert_ok(cp_client_save_path(c, longp, NULL, &e), &e);
    ck_assert_int_eq(unlink(longp), 0);

    /* a long path that fails keeps the reason, its middle elided */
    char deep[600];
    snprintf(deep, sizeof deep, "%s/missing/%s", dir, name);
    ck_assert_cp(cp_client_save_path(c, deep, NULL, &e), CP_EIO, "", &e);
    const char *reason = strerror(ENOENT);
    size_t n = strlen(e.message), r = strlen(reason);
    ck_assert_uint_lt(n, sizeof e.message);
    ck_assert_str_eq(e.message + n - r, reason);
    ck_assert_ptr_nonnull(strstr(e.message, "\xe2\x80\xa6"));
    ck_assert_int_eq(strncmp(e.message, "cannot create a temporary file beside /tmp/cp-save-", 51), 0);

    /* a dangling link fails and leaves nothing behind */
    ck_assert_int_eq(unlink(link), 0);
    ck_assert_int_eq(symlink("gone/nowhere.json", link), 0);
    ck_assert_cp(cp_client_save_path(c, link, NULL, &e), CP_EIO, "", &e);
    list_dir(dir, listing, sizeof listing);
    ck_assert_str_eq(listing, "link.json real.json");

    cp_client_free(c);
    ck_assert_int_eq(unlink(link), 0);
    ck_assert_int_eq(chmod(real, 0600), 0);
    ck_assert_int_eq(unlink(real), 0);
    ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

START_TEST(save_file_to_a_stream)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(
        cp_client_load_string(cpt_example_client, strlen(cpt_example_client), NULL, &c, &e), &e);
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    fputs("before:", fp);
    ck_assert_ok(cp_client_save_file(c, fp, NULL, &e), &e);
    ck_assert_ok(cp_client_save_file(c, fp, &compact_opts, &e), &e);
    rewind(fp);
    static char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    ck_assert_uint_eq(n, 7 + strlen(example_pretty) + strlen(example_compact));
    ck_assert_int_eq(strncmp(buf, "before:", 7), 0);
    ck_assert_int_eq(strncmp(buf + 7, example_pretty, strlen(example_pretty)), 0);
    ck_assert_str_eq(buf + 7 + strlen(example_pretty), example_compact);

    /* a stream that cannot be written */
    fp = fopen("/dev/null", "rb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_cp(cp_client_save_file(c, fp, NULL, &e), CP_EIO, "", &e);
    fclose(fp);

    cp_caseload *cl = NULL;
    ck_assert_ok(cp_caseload_load_string(caseload_doc, strlen(caseload_doc), NULL, &cl, &e), &e);
    fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    ck_assert_ok(cp_caseload_save_file(cl, fp, &compact_opts, &e), &e);
    rewind(fp);
    cp_caseload *back = NULL;
    ck_assert_ok(cp_caseload_load_file(fp, NULL, &back, &e), &e);
    fclose(fp);
    ck_assert_cp(cp_caseload_save_file(NULL, stdout, NULL, &e), CP_EINVAL, "", &e);
    cp_caseload_free(back);
    cp_caseload_free(cl);
    cp_client_free(c);
}
END_TEST

static Suite *json_save_suite(void)
{
    Suite *s = suite_create("json_save");
    TCase *tc = tcase_create("save");
    tcase_add_test(tc, pretty_bytes);
    tcase_add_test(tc, compact_bytes);
    tcase_add_test(tc, canonical_order);
    tcase_add_test(tc, small_documents);
    tcase_add_test(tc, save_is_idempotent);
    tcase_add_test(tc, rich_document_keeps_everything);
    tcase_add_test(tc, unknown_members_written_back);
    tcase_add_test(tc, strings_are_escaped);
    tcase_add_test(tc, built_with_the_api);
    tcase_add_test(tc, kind_savers_match_the_document_saver);
    tcase_add_test(tc, invalid_arguments);
    tcase_add_test(tc, save_path_is_atomic);
    tcase_add_test(tc, save_path_links_modes_and_long_names);
    tcase_add_test(tc, save_file_to_a_stream);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(json_save_suite)
