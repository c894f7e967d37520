/* Review summaries: the exact text and JSON of cp_review_summary_text/_json. */
#include "testutil.h"

#include <stdio.h>

/*
 * Plan p1 (created 12 January 2026) of an adult with a targeted need level:
 * g1 scored 4 on the day the plan was made, then 5 at review r0; g2 scored
 * 6 at r0; g3 never scored. Review r1 lists its outcomes out of order on
 * purpose: the summary puts achievements first; it agrees one change of
 * each kind.
 */
static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'client','id':'c1','setting':'adult',"
    "'need_level':'targeted','plans':[{'id':'p1','created':'2026-01-12','status':'agreed',"
    "'goals':["
    "{'id':'g1','statement':'Find work that suits me','confidence':5,"
    "'confidence_history':[{'date':'2026-01-12','score':4}],'actions':["
    "{'id':'a1','description':'Research five careers','owner':'client'},"
    "{'id':'a2','description':'Look at vacancies','owner':'client'},"
    "{'id':'a3','description':'Write two applications','owner':'client'},"
    "{'id':'a4','description':'Visit the insurance fair','owner':'client'}]},"
    "{'id':'g2','statement':'Get a driving licence','confidence':6},"
    "{'id':'g3','statement':'Volunteer at the food bank','actions':["
    "{'id':'a5','description':'Ask the food bank about Saturdays','owner':'client'}]},"
    "{'id':'g4','statement':'Save for a car'}],"
    "'reviews':["
    "{'id':'r0','date':'2026-01-20','goal_scores':[{'goal':'g1','score':5},"
    "{'goal':'g2','score':6}]},"
    "{'id':'r1','date':'2026-02-07','reviewer':'Jo Adviser','mode':'face_to_face',"
    "'outcomes':["
    "{'action':'a3','result':'not_achieved','notes':'Started one',"
    "'barriers':[{'kind':'confidence','detail':'unsure how to describe skills'},"
    "{'kind':'time'}]},"
    "{'action':'a4','result':'no_longer_relevant'},"
    "{'action':'a1','result':'achieved','notes':'Compared six','helped':'The Prospects quiz'},"
    "{'action':'a2','result':'partly_achieved'}],"
    "'goal_scores':[{'goal':'g1','score':7},{'goal':'g2','score':3},{'goal':'g3','score':6}],"
    "'changes':[{'kind':'action_revised','action':'a3','due':'2026-03-02'},"
    "{'kind':'action_dropped','action':'a4','description':'The fair was cancelled'},"
    "{'kind':'goal_revised','goal':'g4','description':'Save \u00a3500 for a car'},"
    "{'kind':'action_added','action':'a5'}]}"
    "]}]}";

static const char want_text[] =
    "Review r1 of plan p1 on 2026-02-07, face to face, with Jo Adviser\n"
    "\n"
    "Achieved:\n"
    "  - Research five careers\n"
    "    notes: Compared six\n"
    "    what helped: The Prospects quiz\n"
    "\n"
    "Partly achieved:\n"
    "  - Look at vacancies\n"
    "\n"
    "Not achieved:\n"
    "  - Write two applications\n"
    "    notes: Started one\n"
    "    barrier: confidence (unsure how to describe skills)\n"
    "    barrier: time\n"
    "\n"
    "No longer relevant:\n"
    "  - Visit the insurance fair\n"
    "\n"
    "Confidence (1-10):\n"
    "  - Find work that suits me: 5 -> 7 (+2)\n"
    "  - Get a driving licence: 6 -> 3 (-3)\n"
    "  - Volunteer at the food bank: 6 (no earlier score)\n"
    "\n"
    "Changes agreed:\n"
    "  - Revised: Write two applications: due 2026-03-02\n"
    "  - Dropped: Visit the insurance fair (The fair was cancelled)\n"
    "  - Goal revised: Save \xc2\xa3" "500 for a car\n"
    "  - Added: Ask the food bank about Saturdays\n"
    "\n"
    "Next review: 2026-02-23\n";

static const char want_json[] =
    "{\n"
    "  \"review\": \"r1\",\n"
    "  \"plan\": \"p1\",\n"
    "  \"date\": \"2026-02-07\",\n"
    "  \"achieved\": [\n"
    "    {\n"
    "      \"action\": \"a1\",\n"
    "      \"description\": \"Research five careers\",\n"
    "      \"notes\": \"Compared six\",\n"
    "      \"helped\": \"The Prospects quiz\"\n"
    "    }\n"
    "  ],\n"
    "  \"partly_achieved\": [\n"
    "    {\n"
    "      \"action\": \"a2\",\n"
    "      \"description\": \"Look at vacancies\"\n"
    "    }\n"
    "  ],\n"
    "  \"not_achieved\": [\n"
    "    {\n"
    "      \"action\": \"a3\",\n"
    "      \"description\": \"Write two applications\",\n"
    "      \"notes\": \"Started one\",\n"
    "      \"barriers\": [\n"
    "        {\n"
    "          \"kind\": \"confidence\",\n"
    "          \"detail\": \"unsure how to describe skills\"\n"
    "        },\n"
    "        {\n"
    "          \"kind\": \"time\"\n"
    "        }\n"
    "      ]\n"
    "    }\n"
    "  ],\n"
    "  \"no_longer_relevant\": [\n"
    "    {\n"
    "      \"action\": \"a4\",\n"
    "      \"description\": \"Visit the insurance fair\"\n"
    "    }\n"
    "  ],\n"
    "  \"confidence\": [\n"
    "    {\n"
    "      \"goal\": \"g1\",\n"
    "      \"statement\": \"Find work that suits me\",\n"
    "      \"before\": 5,\n"
    "      \"after\": 7,\n"
    "      \"change\": 2\n"
    "    },\n"
    "    {\n"
    "      \"goal\": \"g2\",\n"
    "      \"statement\": \"Get a driving licence\",\n"
    "      \"before\": 6,\n"
    "      \"after\": 3,\n"
    "      \"change\": -3\n"
    "    },\n"
    "    {\n"
    "      \"goal\": \"g3\",\n"
    "      \"statement\": \"Volunteer at the food bank\",\n"
    "      \"after\": 6\n"
    "    }\n"
    "  ],\n"
    "  \"changes\": [\n"
    "    {\n"
    "      \"kind\": \"action_revised\",\n"
    "      \"action\": \"a3\",\n"
    "      \"description\": \"Write two applications\",\n"
    "      \"due\": \"2026-03-02\"\n"
    "    },\n"
    "    {\n"
    "      \"kind\": \"action_dropped\",\n"
    "      \"action\": \"a4\",\n"
    "      \"description\": \"Visit the insurance fair\",\n"
    "      \"note\": \"The fair was cancelled\"\n"
    "    },\n"
    "    {\n"
    "      \"kind\": \"goal_revised\",\n"
    "      \"goal\": \"g4\",\n"
    "      \"description\": \"Save \xc2\xa3" "500 for a car\"\n"
    "    },\n"
    "    {\n"
    "      \"kind\": \"action_added\",\n"
    "      \"action\": \"a5\",\n"
    "      \"description\": \"Ask the food bank about Saturdays\"\n"
    "    }\n"
    "  ],\n"
    "  \"next_review\": \"2026-02-23\"\n"
    "}\n";

START_TEST(text_after_applying)
{
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    ck_assert_ok(cp_review_apply(r, NULL, &e), &e);
    char *text = NULL;
    ck_assert_ok(cp_review_summary_text(r, &text, &e), &e);
    ck_same_text(text, want_text);
    cp_free(text);
    cp_client_free(c);
}
END_TEST

START_TEST(json_after_applying)
{
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    ck_assert_ok(cp_review_apply(r, NULL, &e), &e);
    char *json = NULL;
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_same_text(json, want_json);
    cp_free(json);
    cp_client_free(c);
}
END_TEST

START_TEST(same_before_applying_except_next_review)
{
    /* Before applying, the goal's history holds nothing from the review day,
     * so the figures are the same; there is no next review yet. */
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    char *text = NULL, *json = NULL;
    ck_assert_ok(cp_review_summary_text(r, &text, &e), &e);
    size_t cut = strlen(want_text) - strlen("\nNext review: 2026-02-23\n");
    ck_assert_uint_eq(strlen(text), cut);
    ck_assert_int_eq(strncmp(text, want_text, cut), 0);
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_assert_ptr_null(strstr(json, "next_review"));
    ck_assert_ptr_nonnull(strstr(json, "      \"change\": -3\n    },\n"));
    ck_assert_int_eq(json[strlen(json) - 1], '\n');
    ck_assert_int_eq(json[strlen(json) - 2], '}');
    ck_assert_ptr_nonnull(strstr(json, "      \"after\": 6\n    }\n  ],\n  \"changes\": [\n"));
    cp_free(text);
    cp_free(json);
    cp_client_free(c);
}
END_TEST

START_TEST(earlier_review_summary)
{
    /* r0: g1's score before it is the one dated on the plan's first day;
     * g2 has none; nothing else happened */
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r0");
    cp_error e;
    char *text = NULL, *json = NULL;
    ck_assert_ok(cp_review_summary_text(r, &text, &e), &e);
    ck_same_text(text, "Review r0 of plan p1 on 2026-01-20\n"
                       "\n"
                       "Confidence (1-10):\n"
                       "  - Find work that suits me: 4 -> 5 (+1)\n"
                       "  - Get a driving licence: 6 (no earlier score)\n");
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_same_text(json, "{\n"
                       "  \"review\": \"r0\",\n"
                       "  \"plan\": \"p1\",\n"
                       "  \"date\": \"2026-01-20\",\n"
                       "  \"achieved\": [],\n"
                       "  \"partly_achieved\": [],\n"
                       "  \"not_achieved\": [],\n"
                       "  \"no_longer_relevant\": [],\n"
                       "  \"confidence\": [\n"
                       "    {\n"
                       "      \"goal\": \"g1\",\n"
                       "      \"statement\": \"Find work that suits me\",\n"
                       "      \"before\": 4,\n"
                       "      \"after\": 5,\n"
                       "      \"change\": 1\n"
                       "    },\n"
                       "    {\n"
                       "      \"goal\": \"g2\",\n"
                       "      \"statement\": \"Get a driving licence\",\n"
                       "      \"after\": 6\n"
                       "    }\n"
                       "  ],\n"
                       "  \"changes\": []\n"
                       "}\n");
    cp_free(text);
    cp_free(json);
    cp_client_free(c);
}
END_TEST

START_TEST(empty_review)
{
    cp_client *c = cpt_load_client("{'format':'careerplan','version':1,'kind':'client','id':'c1',"
                        "'plans':[{'id':'p9','created':'2026-01-12','reviews':[{'id':'r9',"
                        "'date':'2026-03-02','next_review':'2026-04-01','mode':'telephone'}]}]}");
    cp_review *r = cp_client_find_review(c, "r9");
    cp_error e;
    char *text = NULL, *json = NULL;
    ck_assert_ok(cp_review_summary_text(r, &text, &e), &e);
    ck_same_text(text, "Review r9 of plan p9 on 2026-03-02, telephone\n"
                       "\n"
                       "Next review: 2026-04-01\n");
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_same_text(json, "{\n"
                       "  \"review\": \"r9\",\n"
                       "  \"plan\": \"p9\",\n"
                       "  \"date\": \"2026-03-02\",\n"
                       "  \"achieved\": [],\n"
                       "  \"partly_achieved\": [],\n"
                       "  \"not_achieved\": [],\n"
                       "  \"no_longer_relevant\": [],\n"
                       "  \"confidence\": [],\n"
                       "  \"changes\": [],\n"
                       "  \"next_review\": \"2026-04-01\"\n"
                       "}\n");
    cp_free(text);
    cp_free(json);
    cp_client_free(c);
}
END_TEST

START_TEST(text_is_escaped_in_json)
{
    /* quotes, backslashes and non-ASCII text pass through JSON intact */
    cp_client *c = cpt_load_client("{'format':'careerplan','version':1,'kind':'client','id':'c1',"
                        "'plans':[{'id':'p1','created':'2026-01-12','goals':[{'id':'g1',"
                        "'statement':'Caf\\u00e9 work','actions':[{'id':'a1',"
                        "'description':'Say \\'hi\\' \\\\ twice'}]}],"
                        "'reviews':[{'id':'r1','date':'2026-02-02','outcomes':[{'action':'a1',"
                        "'result':'achieved'}],'goal_scores':[{'goal':'g1','score':10}]}]}]}");
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    char *text = NULL, *json = NULL;
    ck_assert_ok(cp_review_summary_text(r, &text, &e), &e);
    ck_same_text(text, "Review r1 of plan p1 on 2026-02-02\n"
                       "\n"
                       "Achieved:\n"
                       "  - Say \"hi\" \\ twice\n"
                       "\n"
                       "Confidence (1-10):\n"
                       "  - Caf\xc3\xa9 work: 10 (no earlier score)\n");
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_assert_ptr_nonnull(strstr(json, "\"description\": \"Say \\\"hi\\\" \\\\ twice\""));
    ck_assert_ptr_nonnull(strstr(json, "\"statement\": \"Caf\xc3\xa9 work\""));
    cp_free(text);
    cp_free(json);
    cp_client_free(c);
}
END_TEST

/* The text summary of review `rid` of `c`, compared with `want` whole. */
static void ck_summary(const cp_client *c, const char *rid, const char *want)
{
    char *text = NULL;
    cp_error e;
    ck_assert_ok(cp_review_summary_text(cp_client_find_review(c, rid), &text, &e), &e);
    ck_same_text(text, want);
    cp_free(text);
}

/* A note cannot fake lines of the report: control characters (C0, DEL,
 * C1) and line separators are shown escaped; other UTF-8 passes through. */
START_TEST(control_characters_are_shown_safely)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c1',"
        "'plans':[{'id':'p1','created':'2026-01-12','goals':[{'id':'g1',"
        "'statement':'Work in a caf\\u00e9\\r\\nConfidence (1-10):','actions':[{'id':'a1',"
        "'description':'Tab\\there','owner':'client'}]}],"
        "'reviews':[{'id':'r1','date':'2026-02-02','reviewer':'Jo\\u001b[2J',"
        "'outcomes':[{'action':'a1','result':'not_achieved','notes':'ok\\nNext review: never',"
        "'barriers':[{'kind':'other','detail':'del\\u007f nel\\u0085 ls\\u2028 ps\\u2029 "
        "\\u00e9\\u20ac\\ud83d\\ude00'}],'helped':'bell\\u0007'}],"
        "'changes':[{'kind':'action_dropped','action':'a1','description':'x\\ny'}]}]}]}");
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    char *text = NULL;
    ck_assert_ok(cp_review_summary_text(r, &text, &e), &e);
    ck_same_text(text, "Review r1 of plan p1 on 2026-02-02, with Jo\\x1b[2J\n"
                       "\n"
                       "Not achieved:\n"
                       "  - Tab\\x09here\n"
                       "    notes: ok\\x0aNext review: never\n"
                       "    barrier: other (del\\x7f nel\\u0085 ls\\u2028 ps\\u2029 "
                       "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80)\n"
                       "    what helped: bell\\x07\n"
                       "\n"
                       "Changes agreed:\n"
                       "  - Dropped: Tab\\x09here (x\\x0ay)\n");
    cp_free(text);
    /* the JSON summary keeps the text as it is (JSON escapes it) */
    char *json = NULL;
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_assert_ptr_nonnull(strstr(json, "\"notes\": \"ok\\nNext review: never\""));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

/* The case: a goal created with confidence 4 and scored 6 at the
 * review reads "4 -> 6" before the review is applied and after, as the
 * plan's history does. */
START_TEST(before_score_from_the_recorded_confidence)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c1','setting':'adult',"
        "'plans':[{'id':'p1','created':'2026-01-12','goals':[{'id':'g1',"
        "'statement':'Find work that suits me','confidence':4}],"
        "'reviews':[{'id':'r1','date':'2026-02-02','next_review':'2026-03-02',"
        "'goal_scores':[{'goal':'g1','score':6,"
        "'one_point_stronger':'Talking to someone in the job'}]}]}]}");
    static const char want[] = "Review r1 of plan p1 on 2026-02-02\n"
                               "\n"
                               "Confidence (1-10):\n"
                               "  - Find work that suits me: 4 -> 6 (+2)\n"
                               "\n"
                               "Next review: 2026-03-02\n";
    cp_review *r = cp_client_find_review(c, "r1");
    cp_error e;
    ck_summary(c, "r1", want);
    ck_assert_ok(cp_review_apply(r, NULL, &e), &e);
    ck_assert_str_eq(cp_history_entry_get_change(
                         cp_plan_history_entry_at(cp_client_find_plan(c, "p1"), 0)),
                     "Review r1: confidence g1 4 -> 6; next review 2026-03-02");
    ck_summary(c, "r1", want);
    char *json = NULL;
    ck_assert_ok(cp_review_summary_json(r, &json, &e), &e);
    ck_assert_ptr_nonnull(strstr(json, "      \"before\": 4,\n      \"after\": 6,\n"
                                       "      \"change\": 2\n"));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

/* A change names an action by id: its description is shown, and the
 * agreed description of a revision rather than the old one. */
START_TEST(changes_in_words)
{
    cp_client *c = cpt_load_client(
        "{'format':'careerplan','version':1,'kind':'client','id':'c1','setting':'adult',"
        "'plans':[{'id':'p1','created':'2026-01-12','goals':[{'id':'g1',"
        "'statement':'Find work that suits me','actions':[{'id':'a1',"
        "'description':'Research five careers','owner':'client','due':'2026-02-09'}]}],"
        "'reviews':[{'id':'r1','date':'2026-02-02','changes':["
        "{'kind':'action_revised','action':'a1','description':'Research three careers',"
        "'due':'2026-03-01'},"
        "{'kind':'goal_revised','goal':'g1','description':'Find work in training'}]}]}]}");
#define CHANGES_IN_WORDS                                                                           \
    "Review r1 of plan p1 on 2026-02-02\n"                                                         \
    "\n"                                                                                           \
    "Changes agreed:\n"                                                                            \
    "  - Revised: Research three careers: due 2026-03-01\n"                                        \
    "  - Goal revised: Find work in training\n"
    ck_summary(c, "r1", CHANGES_IN_WORDS);
    cp_error e;
    ck_assert_ok(cp_review_apply(cp_client_find_review(c, "r1"), NULL, &e), &e);
    ck_summary(c, "r1", CHANGES_IN_WORDS "\nNext review: 2026-03-02\n");
    cp_client_free(c);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_client *c = cpt_load_client(doc);
    cp_review *r = cp_client_find_review(c, "r1");
    char *out = (char *)"untouched";
    cp_error e;
    ck_assert_cp(cp_review_summary_text(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_summary_json(NULL, &out, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(out, "untouched");
    ck_assert_cp(cp_review_summary_text(r, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_review_summary_json(r, NULL, &e), CP_EINVAL, "", &e);
    cp_client_free(c);
}
END_TEST

static Suite *review_summary_suite(void)
{
    Suite *s = suite_create("review_summary");
    TCase *t = tcase_create("summary");
    tcase_add_test(t, text_after_applying);
    tcase_add_test(t, json_after_applying);
    tcase_add_test(t, same_before_applying_except_next_review);
    tcase_add_test(t, earlier_review_summary);
    tcase_add_test(t, empty_review);
    tcase_add_test(t, text_is_escaped_in_json);
    tcase_add_test(t, control_characters_are_shown_safely);
    tcase_add_test(t, before_score_from_the_recorded_confidence);
    tcase_add_test(t, changes_in_words);
    tcase_add_test(t, bad_arguments);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(review_summary_suite)
