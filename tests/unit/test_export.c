/*
 * Consent-governed export: a security boundary, tested as one. Fixed cases
 * pin the consent rules and the exact document a recipient receives; a
 * property test then generates many random clients whose sensitive values
 * are unique "canary" strings and checks that no canary ever leaves under a
 * "non_sensitive" consent, that everything not sensitive does, and that two
 * clients differing only in sensitive content export to the same bytes.
 *
 * CP_PROPERTY_CLIENTS sets the number of generated clients (default 10000);
 * slow set-ups such as valgrind may lower it.
 */
#include "testutil.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

/* Check records every passing assertion (a write to a pipe in fork mode);
 * the generated clients need hundreds of thousands of checks, so they use
 * plain conditions that call Check only on failure. */
#define REQ(cond)                                                                                  \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ck_abort_msg("line %d: %s", __LINE__, #cond);                                          \
    } while (0)
#define REQ_MSG(cond, ...)                                                                         \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ck_abort_msg(__VA_ARGS__);                                                             \
    } while (0)

static char *save(const cp_client *c)
{
    char *s = NULL;
    cp_error e;
    cp_status st = cp_client_save_string(c, NULL, &s, NULL, &e);
    REQ_MSG(st == CP_OK, "save: %s: %s", cp_status_name(st), e.message);
    return s;
}

static char *save_compact(const cp_client *c)
{
    cp_save_options o = CP_SAVE_OPTIONS_INIT;
    o.flags = CP_SAVE_COMPACT;
    char *s = NULL;
    cp_error e;
    cp_status st = cp_client_save_string(c, &o, &s, NULL, &e);
    REQ_MSG(st == CP_OK, "save: %s: %s", cp_status_name(st), e.message);
    return s;
}

/* The saved export must load again as a client of its own, and save back
 * to the same bytes. */
static void ck_reloads(const char *json)
{
    cp_client *c = NULL;
    cp_error e;
    cp_status st = cp_client_load_string(json, strlen(json), NULL, &c, &e);
    REQ_MSG(st == CP_OK, "the export does not load: %s at %s: %s", cp_status_name(st), e.path,
            e.message);
    int compact = json[1] != '\n';
    char *again = compact ? save_compact(c) : save(c);
    cp_client_free(c);
    ck_same_text(again, json);
    cp_free(again);
}

/* ---- the fixed client ---- */

#define BODY                                                                                       \
    "'id':'c1','upn':'A12345678901B','given_name':'Alex','family_name':'Smith',"                   \
    "'date_of_birth':'2009-05-04','setting':'school','year_group':11,'age':16,"                    \
    "'support':['send','young_carer'],'need_level':'targeted','flexible_timing':true,"             \
    "'supporters':[{'id':'s1','role':'parent_carer','name':'Pat','contact':'pat@example.org',"     \
    "'x_sup':'UNKNOWN-SUP'},{'id':'s2','role':'tutor','name':'Mr Lee'},"                           \
    "{'id':'s3','role':'mentor','name':'Sam'}],"                                                   \
    "'plans':[{'id':'p1','created':'2026-01-12','practitioner':'Jo Adviser','status':'agreed',"    \
    "'where_you_are_now':{'text':'SECRET-NOW','sensitive':true},"                                  \
    "'where_you_want_to_be':{'text':'Work with animals','x_sec':'UNKNOWN-SECTION'},"               \
    "'resources':[{'title':'Prospects','url':'https://www.prospects.ac.uk','x_res':"               \
    "'UNKNOWN-RESOURCE'}],"                                                                        \
    "'goals':[{'id':'g1','statement':'Find a college course','skill_area':'exploring_options',"    \
    "'confidence':5,'confidence_history':[{'date':'2026-01-12','score':5,'x_ch':'UNKNOWN-CH'}],"   \
    "'swot':{'strengths':['Good with animals'],'x_swot':'UNKNOWN-SWOT'},"                          \
    "'x_goal':{'deep':['UNKNOWN-GOAL',{'deeper':'UNKNOWN-DEEP'}]},"                                \
    "'actions':[{'id':'a1','description':'Visit the agricultural college open day',"               \
    "'owner':'supporter','owner_supporter':'s1','supporters':['s1','s2'],'due':'2026-03-18',"      \
    "'measure':'visited','agreed':true,'x_act':'UNKNOWN-ACTION'},"                                 \
    "{'id':'a2','description':'SECRET-ACTION','owner':'client','measure':'SECRET-MEASURE',"        \
    "'sensitive':true}]},"                                                                         \
    "{'id':'g2','statement':'SECRET-GOAL','sensitive':true,'actions':[{'id':'a3',"                 \
    "'description':'SECRET-GOAL-ACTION','owner':'client'}]}],"                                     \
    "'reviews':[{'id':'r1','date':'2026-02-09','reviewer':'Jo Adviser','reflection':'Went well',"  \
    "'feedback':'Helpful','x_rev':'UNKNOWN-REVIEW',"                                               \
    "'outcomes':[{'action':'a1','result':'achieved','notes':'Met the tutor',"                      \
    "'x_out':'UNKNOWN-OUTCOME'},"                                                                  \
    "{'action':'a2','result':'not_achieved','notes':'SECRET-NOTES','helped':'SECRET-HELPED',"      \
    "'barriers':[{'kind':'health','detail':'SECRET-BARRIER'}]},"                                   \
    "{'action':'a3','result':'partly_achieved'}],"                                                 \
    "'goal_scores':[{'goal':'g1','score':6},{'goal':'g2','score':3,'x_gs':'UNKNOWN-GS'}],"         \
    "'changes':[{'kind':'action_revised','action':'a1','due':'2026-03-25'},"                       \
    "{'kind':'action_revised','action':'a2','description':'SECRET-CHANGE'},"                       \
    "{'kind':'goal_revised','goal':'g2','description':'SECRET-GOAL-CHANGE'},"                      \
    "{'kind':'action_added','action':'a1','goal':'g2'}]},"                                         \
    "{'id':'r2','date':'2026-02-23','sensitive':true,'reflection':'SECRET-REFLECTION',"            \
    "'feedback':'SECRET-FEEDBACK','outcomes':[{'action':'a1','result':'partly_achieved'}]}],"      \
    "'history':[{'date':'2026-01-12','change':'Plan agreed','x_h':'UNKNOWN-HISTORY'},"             \
    "{'date':'2026-02-09','change':'SECRET-HISTORY','sensitive':true}]}],"                         \
    "'x_client':'UNKNOWN-CLIENT'"

#define CONSENTS                                                                                   \
    "'consents':[{'id':'k1','supporter':'s1','scope':'non_sensitive','purpose':'Support at home'," \
    "'granted':'2026-01-12'},"                                                                     \
    "{'id':'k2','role':'school','scope':'everything','granted':'2026-01-15',"                      \
    "'expires':'2026-07-31'},"                                                                     \
    "{'id':'k3','supporter':'s2','scope':'non_sensitive','granted':'2026-01-12',"                  \
    "'withdrawn':'2026-02-01'},"                                                                   \
    "{'id':'k4','role':'employer','scope':'non_sensitive','granted':'2026-04-01'}],"               \
    "'disclosures':[{'date':'2026-01-20','recipient':'school','scope':'everything',"               \
    "'consent':'k2'}],"

#define ENVELOPE "{'format':'careerplan','version':1,'kind':'client',"

static cp_client *fixed(void)
{
    return cpt_load_client(ENVELOPE CONSENTS BODY "}");
}

static const char *const secrets[] = {"SECRET-NOW",
                                      "SECRET-ACTION",
                                      "SECRET-MEASURE",
                                      "SECRET-GOAL",
                                      "SECRET-GOAL-ACTION",
                                      "SECRET-NOTES",
                                      "SECRET-HELPED",
                                      "SECRET-BARRIER",
                                      "SECRET-CHANGE",
                                      "SECRET-GOAL-CHANGE",
                                      "SECRET-REFLECTION",
                                      "SECRET-FEEDBACK",
                                      "SECRET-HISTORY",
                                      "UNKNOWN-SUP",
                                      "UNKNOWN-SECTION",
                                      "UNKNOWN-RESOURCE",
                                      "UNKNOWN-CH",
                                      "UNKNOWN-SWOT",
                                      "UNKNOWN-GOAL",
                                      "UNKNOWN-DEEP",
                                      "UNKNOWN-ACTION",
                                      "UNKNOWN-REVIEW",
                                      "UNKNOWN-OUTCOME",
                                      "UNKNOWN-GS",
                                      "UNKNOWN-HISTORY",
                                      "UNKNOWN-CLIENT",
                                      "2009-05-04",
                                      "young_carer",
                                      NULL};

/* What supporter s1 receives under k1 ("non_sensitive"), byte for byte: its
 * own name and contact, the other supporters' roles only, no need level
 * (issue 8: "Export only the recipient's own contact details and the other
 * supporters' roles; treat need level like the support flags"). */
static const char want_non_sensitive[] =
    "{\n"
    "  \"format\": \"careerplan\",\n"
    "  \"version\": 1,\n"
    "  \"kind\": \"client\",\n"
    "  \"id\": \"c1\",\n"
    "  \"upn\": \"A12345678901B\",\n"
    "  \"given_name\": \"Alex\",\n"
    "  \"family_name\": \"Smith\",\n"
    "  \"setting\": \"school\",\n"
    "  \"year_group\": 11,\n"
    "  \"age\": 16,\n"
    "  \"flexible_timing\": true,\n"
    "  \"supporters\": [\n"
    "    {\n"
    "      \"id\": \"s1\",\n"
    "      \"role\": \"parent_carer\",\n"
    "      \"name\": \"Pat\",\n"
    "      \"contact\": \"pat@example.org\"\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"s2\",\n"
    "      \"role\": \"tutor\"\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"s3\",\n"
    "      \"role\": \"mentor\"\n"
    "    }\n"
    "  ],\n"
    "  \"plans\": [\n"
    "    {\n"
    "      \"id\": \"p1\",\n"
    "      \"created\": \"2026-01-12\",\n"
    "      \"practitioner\": \"Jo Adviser\",\n"
    "      \"where_you_want_to_be\": {\n"
    "        \"text\": \"Work with animals\"\n"
    "      },\n"
    "      \"status\": \"agreed\",\n"
    "      \"resources\": [\n"
    "        {\n"
    "          \"title\": \"Prospects\",\n"
    "          \"url\": \"https://www.prospects.ac.uk\"\n"
    "        }\n"
    "      ],\n"
    "      \"goals\": [\n"
    "        {\n"
    "          \"id\": \"g1\",\n"
    "          \"statement\": \"Find a college course\",\n"
    "          \"skill_area\": \"exploring_options\",\n"
    "          \"status\": \"active\",\n"
    "          \"confidence\": 5,\n"
    "          \"confidence_history\": [\n"
    "            {\n"
    "              \"date\": \"2026-01-12\",\n"
    "              \"score\": 5\n"
    "            }\n"
    "          ],\n"
    "          \"swot\": {\n"
    "            \"strengths\": [\n"
    "              \"Good with animals\"\n"
    "            ]\n"
    "          },\n"
    "          \"actions\": [\n"
    "            {\n"
    "              \"id\": \"a1\",\n"
    "              \"description\": \"Visit the agricultural college open day\",\n"
    "              \"owner\": \"supporter\",\n"
    "              \"owner_supporter\": \"s1\",\n"
    "              \"due\": \"2026-03-18\",\n"
    "              \"measure\": \"visited\",\n"
    "              \"agreed\": true,\n"
    "              \"supporters\": [\n"
    "                \"s1\",\n"
    "                \"s2\"\n"
    "              ],\n"
    "              \"status\": \"planned\"\n"
    "            }\n"
    "          ]\n"
    "        }\n"
    "      ],\n"
    "      \"reviews\": [\n"
    "        {\n"
    "          \"id\": \"r1\",\n"
    "          \"date\": \"2026-02-09\",\n"
    "          \"reviewer\": \"Jo Adviser\",\n"
    "          \"outcomes\": [\n"
    "            {\n"
    "              \"action\": \"a1\",\n"
    "              \"result\": \"achieved\",\n"
    "              \"notes\": \"Met the tutor\"\n"
    "            }\n"
    "          ],\n"
    "          \"goal_scores\": [\n"
    "            {\n"
    "              \"goal\": \"g1\",\n"
    "              \"score\": 6\n"
    "            }\n"
    "          ],\n"
    "          \"reflection\": \"Went well\",\n"
    "          \"feedback\": \"Helpful\",\n"
    "          \"changes\": [\n"
    "            {\n"
    "              \"kind\": \"action_revised\",\n"
    "              \"action\": \"a1\",\n"
    "              \"due\": \"2026-03-25\"\n"
    "            }\n"
    "          ]\n"
    "        },\n"
    "        {\n"
    "          \"id\": \"r2\",\n"
    "          \"date\": \"2026-02-23\",\n"
    "          \"outcomes\": [\n"
    "            {\n"
    "              \"action\": \"a1\",\n"
    "              \"result\": \"partly_achieved\"\n"
    "            }\n"
    "          ],\n"
    "          \"sensitive\": true\n"
    "        }\n"
    "      ],\n"
    "      \"history\": [\n"
    "        {\n"
    "          \"date\": \"2026-01-12\",\n"
    "          \"change\": \"Plan agreed\"\n"
    "        }\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}\n";

static size_t disclosures(const cp_client *c)
{
    return cp_client_disclosure_count(c);
}

static void ck_last_disclosure(const cp_client *c, const char *date, const char *recipient,
                               cp_consent_scope scope, const char *consent)
{
    size_t n = cp_client_disclosure_count(c);
    ck_assert_uint_gt(n, 0);
    const cp_disclosure *d = cp_client_disclosure_at(c, n - 1);
    char buf[CP_DATE_BUFSIZE];
    cp_date_format(cp_disclosure_get_date(d), buf, sizeof buf);
    ck_assert_str_eq(buf, date);
    ck_assert_str_eq(cp_disclosure_get_recipient(d), recipient);
    ck_assert_int_eq(cp_disclosure_get_scope(d), scope);
    ck_assert_str_eq(cp_disclosure_get_consent(d), consent);
}

/* Exports expecting a refusal: no copy, nothing logged, nothing changed. */
static void ck_export_refused(cp_client *c, const char *recipient, const char *date, cp_status code)
{
    char *before = save(c);
    size_t n = disclosures(c);
    cp_client *copy = (cp_client *)(uintptr_t)1;
    cp_error e;
    ck_assert_cp(cp_client_export_for(c, recipient, cpt_date(date), &copy, &e), code, "", &e);
    ck_assert_ptr_eq(copy, (cp_client *)(uintptr_t)1);
    const cp_consent *k = (const cp_consent *)(uintptr_t)1;
    ck_assert_cp(cp_client_consent_for(c, recipient, cpt_date(date), &k, &e), code, "", &e);
    ck_assert_ptr_eq(k, (const cp_consent *)(uintptr_t)1);
    ck_assert_uint_eq(disclosures(c), n);
    char *after = save(c);
    ck_same_text(after, before);
    cp_free(before);
    cp_free(after);
}

/* Exports expecting success under consent `consent`; returns the saved copy. */
static char *ck_export(cp_client *c, const char *recipient, const char *date, const char *consent,
                       cp_consent_scope scope)
{
    size_t n = disclosures(c);
    const cp_consent *k = NULL;
    cp_error e;
    ck_assert_ok(cp_client_consent_for(c, recipient, cpt_date(date), &k, &e), &e);
    ck_assert_str_eq(cp_consent_get_id(k), consent);
    ck_assert_uint_eq(disclosures(c), n); /* asking is not disclosing */
    cp_client *copy = NULL;
    ck_assert_ok(cp_client_export_for(c, recipient, cpt_date(date), &copy, &e), &e);
    ck_assert_ptr_nonnull(copy);
    ck_assert_ptr_null(cp_client_get_caseload(copy));
    ck_assert_uint_eq(disclosures(c), n + 1);
    ck_last_disclosure(c, date, recipient, scope, consent);
    ck_assert_uint_eq(cp_client_consent_count(copy), 0);
    ck_assert_uint_eq(cp_client_disclosure_count(copy), 0);
    char *json = save(copy);
    cp_client_free(copy);
    ck_reloads(json);
    return json;
}

START_TEST(recipient_unknown)
{
    cp_client *c = fixed();
    ck_export_refused(c, "nobody", "2026-03-01", CP_ENOTFOUND);
    ck_export_refused(c, "s9", "2026-03-01", CP_ENOTFOUND);
    ck_export_refused(c, "School", "2026-03-01", CP_ENOTFOUND);
    ck_export_refused(c, "p1", "2026-03-01", CP_ENOTFOUND); /* a plan is no recipient */
    ck_export_refused(c, "k1", "2026-03-01", CP_ENOTFOUND);
    ck_export_refused(c, "c1", "2026-03-01", CP_ENOTFOUND);
    cp_client_free(c);
}
END_TEST

START_TEST(no_consent)
{
    cp_client *c = fixed();
    ck_export_refused(c, "s3", "2026-03-01", CP_ECONSENT);      /* a supporter without one */
    ck_export_refused(c, "college", "2026-03-01", CP_ECONSENT); /* a role without one */
    ck_export_refused(c, "local_authority", "2026-03-01", CP_ECONSENT);
    /* s1's consent does not cover s2, nor the school's the college */
    ck_export_refused(c, "s2", "2026-03-01", CP_ECONSENT);
    cp_client_free(c);
}
END_TEST

/* A supporter whose id is also a role name is that supporter: the role's
 * consent does not cover it, and its own consent does not cover the role. */
START_TEST(supporter_id_wins_over_role_name)
{
    cp_client *c =
        cpt_load_client(ENVELOPE "'id':'c1','supporters':[{'id':'school','role':'teacher'}],"
                                 "'consents':[{'id':'k1','role':'school','scope':'everything',"
                                 "'granted':'2026-01-01'}]}");
    ck_export_refused(c, "school", "2026-03-01", CP_ECONSENT);
    cp_client_free(c);
    c = cpt_load_client(ENVELOPE "'id':'c1','supporters':[{'id':'school','role':'teacher'}],"
                        "'consents':[{'id':'k1','supporter':'school','scope':'non_sensitive',"
                        "'granted':'2026-01-01'}]}");
    cp_free(ck_export(c, "school", "2026-03-01", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    cp_client_free(c);
}
END_TEST

/* A client with one consent for s1, to walk its dates. */
static cp_client *one_consent(const char *dates)
{
    char doc[512];
    snprintf(doc, sizeof doc,
             ENVELOPE "'id':'c1','supporters':[{'id':'s1','role':'mentor'}],"
                      "'consents':[{'id':'k1','supporter':'s1','scope':'non_sensitive',%s}]}",
             dates);
    return cpt_load_client(doc);
}

START_TEST(consent_dates)
{
    cp_client *c = one_consent("'granted':'2026-03-10'");
    ck_export_refused(c, "s1", "2026-03-09", CP_ECONSENT); /* not yet granted */
    cp_free(ck_export(c, "s1", "2026-03-10", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    cp_free(ck_export(c, "s1", "2030-01-01", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    cp_client_free(c);

    c = one_consent("'granted':'2026-01-01','expires':'2026-03-31'");
    cp_free(ck_export(c, "s1", "2026-03-31", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    ck_export_refused(c, "s1", "2026-04-01", CP_ECONSENT); /* the day after expiry */
    ck_export_refused(c, "s1", "2025-12-31", CP_ECONSENT);
    cp_client_free(c);

    c = one_consent("'granted':'2026-01-01','withdrawn':'2026-02-14'");
    cp_free(ck_export(c, "s1", "2026-02-13", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    ck_export_refused(c, "s1", "2026-02-14", CP_ECONSENT); /* the withdrawal day */
    ck_export_refused(c, "s1", "2026-02-15", CP_ECONSENT);
    cp_client_free(c);

    /* granted and withdrawn the same day: never active */
    c = one_consent("'granted':'2026-01-01','withdrawn':'2026-01-01'");
    ck_export_refused(c, "s1", "2026-01-01", CP_ECONSENT);
    cp_client_free(c);
    /* granted and expiring the same day: active that day only */
    c = one_consent("'granted':'2026-01-01','expires':'2026-01-01'");
    cp_free(ck_export(c, "s1", "2026-01-01", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    ck_export_refused(c, "s1", "2026-01-02", CP_ECONSENT);
    cp_client_free(c);
    /* withdrawn before expiry: the withdrawal wins */
    c = one_consent("'granted':'2026-01-01','expires':'2026-12-31','withdrawn':'2026-06-01'");
    ck_export_refused(c, "s1", "2026-06-01", CP_ECONSENT);
    cp_free(ck_export(c, "s1", "2026-05-31", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    cp_client_free(c);
}
END_TEST

START_TEST(fixed_client_consents)
{
    cp_client *c = fixed();
    /* k3 (s2) was withdrawn on 1 February; k4 (employer) starts in April */
    cp_free(ck_export(c, "s2", "2026-01-31", "k3", CP_CONSENT_SCOPE_NON_SENSITIVE));
    ck_export_refused(c, "s2", "2026-02-01", CP_ECONSENT);
    ck_export_refused(c, "employer", "2026-03-31", CP_ECONSENT);
    cp_free(ck_export(c, "employer", "2026-04-01", "k4", CP_CONSENT_SCOPE_NON_SENSITIVE));
    /* the school's consent runs to 31 July */
    cp_free(ck_export(c, "school", "2026-07-31", "k2", CP_CONSENT_SCOPE_EVERYTHING));
    ck_export_refused(c, "school", "2026-08-01", CP_ECONSENT);
    ck_export_refused(c, "school", "2026-01-14", CP_ECONSENT);
    /* three successful exports, three new entries, in order */
    ck_assert_uint_eq(disclosures(c), 1 + 3);
    const cp_disclosure *d = cp_client_disclosure_at(c, 1);
    ck_assert_str_eq(cp_disclosure_get_recipient(d), "s2");
    ck_assert_str_eq(cp_disclosure_get_consent(d), "k3");
    d = cp_client_disclosure_at(c, 2);
    ck_assert_str_eq(cp_disclosure_get_recipient(d), "employer");
    ck_assert_int_eq(cp_disclosure_get_scope(d), CP_CONSENT_SCOPE_NON_SENSITIVE);
    cp_client_free(c);
}
END_TEST

START_TEST(widest_scope_wins)
{
    cp_client *c = cpt_load_client(
        ENVELOPE "'id':'c1','supporters':[{'id':'s1','role':'mentor'}],'consents':["
                 "{'id':'k1','supporter':'s1','scope':'non_sensitive','granted':'2026-01-01'},"
                 "{'id':'k2','supporter':'s1','scope':'everything','granted':'2026-01-05',"
                 "'expires':'2026-01-31'},"
                 "{'id':'k3','supporter':'s1','scope':'non_sensitive','granted':'2026-01-10'},"
                 "{'id':'k4','role':'college','scope':'everything','granted':'2026-01-02'},"
                 "{'id':'k5','role':'college','scope':'non_sensitive','granted':'2026-01-20'},"
                 "{'id':'k6','role':'college','scope':'everything','granted':'2026-01-09',"
                 "'withdrawn':'2026-03-01'}]}");
    /* the wider scope beats a later grant */
    cp_free(ck_export(c, "s1", "2026-01-20", "k2", CP_CONSENT_SCOPE_EVERYTHING));
    cp_free(ck_export(c, "s1", "2026-01-31", "k2", CP_CONSENT_SCOPE_EVERYTHING));
    /* once it expires: the latest grant among the rest */
    cp_free(ck_export(c, "s1", "2026-02-01", "k3", CP_CONSENT_SCOPE_NON_SENSITIVE));
    cp_free(ck_export(c, "s1", "2026-01-04", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE));
    cp_free(ck_export(c, "s1", "2026-01-05", "k2", CP_CONSENT_SCOPE_EVERYTHING));
    /* roles alike: two of scope everything, the later grant wins */
    cp_free(ck_export(c, "college", "2026-02-01", "k6", CP_CONSENT_SCOPE_EVERYTHING));
    cp_free(ck_export(c, "college", "2026-03-01", "k4", CP_CONSENT_SCOPE_EVERYTHING));
    cp_free(ck_export(c, "college", "2026-01-08", "k4", CP_CONSENT_SCOPE_EVERYTHING));
    ck_assert_uint_eq(disclosures(c), 8);
    cp_client_free(c);
}
END_TEST

/*
 * Issue 8: "A non-sensitive export today gives every supporter's name and
 * contact: a tutor receives the mother's phone number, which no consent
 * covers. Export only the recipient's own contact details and the other
 * supporters' roles". An export for each recipient of a client with three
 * supporters contains no other supporter's name or contact; a recipient
 * named by role gets none; "everything" keeps them all.
 */
/* The exact non_sensitive export of the client below for supporter number
 * `own` (0, 1, 2), or for a role (-1): every supporter's id and role, and
 * the name and contact of the recipient only. */
static void three_supporters_export(char *out, size_t size, int own)
{
    static const char *const blocks[][2] = {
        {"      \"id\": \"s1\",\n      \"role\": \"parent_carer\"",
         ",\n      \"name\": \"Mum Jones\",\n      \"contact\": \"07700 900001\""},
        {"      \"id\": \"s2\",\n      \"role\": \"tutor\"",
         ",\n      \"name\": \"Mr Tutor\",\n      \"contact\": \"tutor@school.example\""},
        {"      \"id\": \"s3\",\n      \"role\": \"mentor\"",
         ",\n      \"name\": \"Ms Mentor\",\n      \"contact\": \"mentor@charity.example\""},
    };
    int n = snprintf(out, size,
                     "{\n  \"format\": \"careerplan\",\n  \"version\": 1,\n  \"kind\": \"client\",\n"
                     "  \"id\": \"c1\",\n  \"supporters\": [\n");
    for (int i = 0; i < 3; i++)
        n += snprintf(out + n, size - (size_t)n, "    {\n%s%s\n    }%s\n", blocks[i][0],
                      i == own ? blocks[i][1] : "", i < 2 ? "," : "");
    snprintf(out + n, size - (size_t)n, "  ]\n}\n");
}

START_TEST(each_supporter_gets_only_own_contact)
{
    char want[1024];
    static const char *const names[] = {"Mum Jones", "Mr Tutor", "Ms Mentor"};
    static const char *const contacts[] = {"07700 900001", "tutor@school.example",
                                           "mentor@charity.example"};
    cp_client *c = cpt_load_client(
        ENVELOPE "'id':'c1','need_level':'intensive','supporters':["
                 "{'id':'s1','role':'parent_carer','name':'Mum Jones','contact':'07700 900001'},"
                 "{'id':'s2','role':'tutor','name':'Mr Tutor','contact':'tutor@school.example'},"
                 "{'id':'s3','role':'mentor','name':'Ms Mentor',"
                 "'contact':'mentor@charity.example'}],"
                 "'consents':[{'id':'k1','supporter':'s1','scope':'non_sensitive',"
                 "'granted':'2026-01-01'},{'id':'k2','supporter':'s2','scope':'non_sensitive',"
                 "'granted':'2026-01-01'},{'id':'k3','supporter':'s3','scope':'non_sensitive',"
                 "'granted':'2026-01-01'},{'id':'k4','role':'college','scope':'non_sensitive',"
                 "'granted':'2026-01-01'},{'id':'k5','role':'school','scope':'everything',"
                 "'granted':'2026-01-01'}]}");
    static const char *const kids[] = {"k1", "k2", "k3"};
    for (int r = 0; r < 3; r++) {
        char sid[4] = {'s', (char)('1' + r), '\0', '\0'};
        char *json = ck_export(c, sid, "2026-02-01", kids[r], CP_CONSENT_SCOPE_NON_SENSITIVE);
        for (int i = 0; i < 3; i++) {
            ck_assert_msg((strstr(json, contacts[i]) != NULL) == (i == r), "%s to %s", contacts[i],
                          sid);
            ck_assert_msg((strstr(json, names[i]) != NULL) == (i == r), "%s to %s", names[i], sid);
        }
        /* the other supporters' roles are there */
        ck_assert_ptr_nonnull(strstr(json, "\"parent_carer\""));
        ck_assert_ptr_nonnull(strstr(json, "\"tutor\""));
        ck_assert_ptr_nonnull(strstr(json, "\"mentor\""));
        ck_assert_ptr_null(strstr(json, "need_level"));
        /* and nothing else: the exact bytes */
        three_supporters_export(want, sizeof want, r);
        ck_same_text(json, want);
        cp_free(json);
    }
    char *json = ck_export(c, "college", "2026-02-01", "k4", CP_CONSENT_SCOPE_NON_SENSITIVE);
    for (int i = 0; i < 3; i++) {
        ck_assert_ptr_null(strstr(json, contacts[i]));
        ck_assert_ptr_null(strstr(json, names[i]));
    }
    three_supporters_export(want, sizeof want, -1);
    ck_same_text(json, want);
    cp_free(json);
    json = ck_export(c, "school", "2026-02-01", "k5", CP_CONSENT_SCOPE_EVERYTHING);
    for (int i = 0; i < 3; i++) {
        ck_assert_ptr_nonnull(strstr(json, contacts[i]));
        ck_assert_ptr_nonnull(strstr(json, names[i]));
    }
    ck_assert_ptr_nonnull(strstr(json, "\"need_level\": \"intensive\""));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

START_TEST(non_sensitive_exact)
{
    cp_client *c = fixed();
    char *before = save(c);
    char *json = ck_export(c, "s1", "2026-03-01", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE);
    ck_same_text(json, want_non_sensitive);
    for (int i = 0; secrets[i]; i++)
        ck_assert_msg(!strstr(json, secrets[i]), "%s leaked", secrets[i]);
    ck_assert_ptr_null(strstr(json, "\"support\""));
    ck_assert_ptr_null(strstr(json, "\"date_of_birth\""));
    ck_assert_ptr_null(strstr(json, "\"consents\""));
    ck_assert_ptr_null(strstr(json, "\"disclosures\""));
    ck_assert_ptr_null(strstr(json, "\"x_"));
    /* the client itself is unchanged apart from its log */
    cp_client *expect = fixed();
    ck_assert_ok(cp_client_add_disclosure(expect, cpt_date("2026-03-01"), "s1",
                                          CP_CONSENT_SCOPE_NON_SENSITIVE, "k1", NULL, NULL),
                 NULL);
    char *after = save(c);
    char *want_after = save(expect);
    ck_same_text(after, want_after);
    cp_free(before);
    cp_free(after);
    cp_free(want_after);
    cp_free(json);
    cp_client_free(expect);
    cp_client_free(c);
}
END_TEST

START_TEST(everything_keeps_all_but_consents)
{
    cp_client *c = fixed();
    char *json = ck_export(c, "school", "2026-03-01", "k2", CP_CONSENT_SCOPE_EVERYTHING);
    /* the same document as the client without its consents and log */
    cp_client *bare = cpt_load_client(ENVELOPE BODY "}");
    char *want = save(bare);
    ck_same_text(json, want);
    for (int i = 0; secrets[i]; i++)
        ck_assert_msg(strstr(json, secrets[i]) != NULL, "%s missing", secrets[i]);
    ck_assert_ptr_null(strstr(json, "Support at home")); /* k1's purpose */
    cp_free(want);
    cp_free(json);
    cp_client_free(bare);
    cp_client_free(c);
}
END_TEST

START_TEST(copy_is_independent)
{
    cp_client *c = fixed();
    cp_client *copy = NULL;
    cp_error e;
    ck_assert_ok(cp_client_export_for(c, "school", cpt_date("2026-03-01"), &copy, &e), &e);
    /* changing the copy does not touch the client, and the reverse */
    ck_assert_ok(cp_client_set_given_name(copy, "Changed", &e), &e);
    ck_assert_str_eq(cp_client_get_given_name(c), "Alex");
    ck_assert_ok(cp_goal_set_statement(cp_client_find_goal(c, "g1"), "Also changed", &e), &e);
    ck_assert_str_eq(cp_goal_get_statement(cp_client_find_goal(copy, "g1")),
                     "Find a college course");
    cp_client_free(c);
    /* the copy outlives the client */
    char *json = save(copy);
    ck_assert_ptr_nonnull(strstr(json, "\"given_name\": \"Changed\""));
    cp_free(json);
    cp_client_free(copy);
}
END_TEST

START_TEST(no_dangling_references_in_copy)
{
    /* A change may name both a goal and an action; when the action is
     * sensitive the copy must neither keep a reference to it nor fail to load. */
    cp_client *c = cpt_load_client(
        ENVELOPE "'id':'c1','supporters':[{'id':'s1','role':'mentor'}],"
                 "'plans':[{'id':'p1','created':'2026-01-12','goals':[{'id':'g1',"
                 "'statement':'Open goal','actions':[{'id':'a1','description':'Open action'},"
                 "{'id':'a2','description':'SECRET-ACTION','sensitive':true}]},"
                 "{'id':'g2','statement':'SECRET-GOAL','sensitive':true}],"
                 "'reviews':[{'id':'r1','date':'2026-02-01','changes':["
                 "{'kind':'goal_revised','goal':'g1','action':'a2','description':'New words'},"
                 "{'kind':'action_revised','action':'a1','goal':'g2'},"
                 "{'kind':'action_revised','action':'a1','goal':'g1','due':'2026-03-01'}]}]}],"
                 "'consents':[{'id':'k1','supporter':'s1','scope':'non_sensitive',"
                 "'granted':'2026-01-12'}]}");
    char *json = ck_export(c, "s1", "2026-03-01", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE);
    ck_assert_ptr_null(strstr(json, "SECRET"));
    ck_assert_ptr_null(strstr(json, "\"a2\""));
    ck_assert_ptr_null(strstr(json, "\"g2\""));
    ck_assert_ptr_nonnull(strstr(json, "\"due\": \"2026-03-01\""));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

START_TEST(bad_arguments)
{
    cp_client *c = fixed();
    cp_client *copy = NULL;
    const cp_consent *k = NULL;
    cp_error e;
    cp_date d = cpt_date("2026-03-01");
    cp_date bad = {2026, 2, 29};
    cp_date none = CP_DATE_NONE;
    ck_assert_cp(cp_client_export_for(NULL, "s1", d, &copy, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_export_for(c, NULL, d, &copy, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_export_for(c, "", d, &copy, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_export_for(c, "s1", d, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_export_for(c, "s1", bad, &copy, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_export_for(c, "s1", none, &copy, &e), CP_ERANGE, "", &e);
    ck_assert_ptr_null(copy);
    ck_assert_cp(cp_client_consent_for(NULL, "s1", d, &k, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_consent_for(c, NULL, d, &k, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_consent_for(c, "", d, &k, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_consent_for(c, "s1", d, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_consent_for(c, "s1", bad, &k, &e), CP_ERANGE, "", &e);
    ck_assert_ptr_null(k);
    ck_assert_uint_eq(disclosures(c), 1);
    cp_client_free(c);
}
END_TEST

/* ---- out of memory ---- */

static long alloc_calls, alloc_fail_at;

static void *t_malloc(size_t n)
{
    return alloc_calls++ == alloc_fail_at ? NULL : malloc(n);
}

static void *t_realloc(void *p, size_t n)
{
    return alloc_calls++ == alloc_fail_at ? NULL : realloc(p, n);
}

START_TEST(out_of_memory)
{
    /* Failing each allocation in turn: either the whole export with its log
     * entry, or CP_ENOMEM with nothing handed out, logged or changed. */
    int refused = 0;
    for (long n = 0;; n++) {
        ck_assert_int_lt(n, 100000);
        cp_client *c = fixed();
        char *before = save(c);
        cp_client *copy = (cp_client *)(uintptr_t)1;
        cp_error e;
        alloc_calls = 0;
        alloc_fail_at = n;
        ck_assert_int_eq(cp_set_allocator(t_malloc, t_realloc, free), CP_OK);
        cp_status st = cp_client_export_for(c, "s1", cpt_date("2026-03-01"), &copy, &e);
        long calls = alloc_calls;
        ck_assert_int_eq(cp_set_allocator(NULL, NULL, NULL), CP_OK);
        if (st == CP_OK) {
            char *json = save(copy);
            ck_same_text(json, want_non_sensitive);
            ck_assert_uint_eq(disclosures(c), 2);
            ck_last_disclosure(c, "2026-03-01", "s1", CP_CONSENT_SCOPE_NON_SENSITIVE, "k1");
            cp_free(json);
            cp_client_free(copy);
        } else {
            ck_assert_msg(st == CP_ENOMEM, "allocation %ld: %s", n, cp_status_name(st));
            ck_assert_ptr_eq(copy, (cp_client *)(uintptr_t)1);
            char *after = save(c);
            ck_same_text(after, before);
            cp_free(after);
            refused++;
        }
        cp_free(before);
        cp_client_free(c);
        if (calls <= n) {
            ck_assert_int_eq(st, CP_OK);
            break;
        }
    }
    ck_assert_int_gt(refused, 10);
}
END_TEST

/* ---- the property test ---- */

typedef struct sb {
    char *s;
    size_t len, cap;
} sb;

static void sb_printf(sb *b, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0, fmt, ap);
        va_end(ap);
        REQ(n >= 0);
        if (b->s && b->len + (size_t)n < b->cap) {
            b->len += (size_t)n;
            return;
        }
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->len + (size_t)n + 1)
            cap *= 2;
        b->s = realloc(b->s, cap);
        REQ(b->s != NULL);
        b->cap = cap;
    }
}

/* The generator's random numbers: a 64-bit LCG (Knuth's MMIX constants). */
static uint64_t rng;

static unsigned rnd(unsigned n)
{
    rng = rng * 6364136223846793005u + 1442695040888963407u;
    return (unsigned)((rng >> 33) % n);
}

#define MAX_MARKS 512
#define MAX_IDS 64

/* One generated client. Text values are "markers": CANARY-<n>- for what is
 * sensitive, OPEN-<n>- for what every recipient may see. The twin uses the
 * same random draws for the structure, other canaries, other special-category
 * values and extra sensitive items and unknown members. */
typedef struct gen {
    sb body;     /* the client members, without consents */
    sb consents; /* the "consents" member, or empty */
    int twin;
    unsigned serial;       /* client number */
    unsigned next_open;    /* marker counters: separate, so the twin's extra */
    unsigned next_canary;  /* canaries do not renumber the open markers */
    char *open[MAX_MARKS]; /* markers that must reach every recipient */
    size_t nopen;
    char *canary[MAX_MARKS]; /* markers only "everything" may carry */
    size_t ncanary;
    unsigned nsupporters;
    /* consents, for the oracle */
    struct gconsent {
        char recipient[16];
        int scope; /* 1 non_sensitive, 2 everything */
        cp_date granted, expires, withdrawn;
    } k[8];
    unsigned nk;
} gen;

static const char *mark(gen *g, int sensitive)
{
    char buf[64];
    unsigned n = sensitive ? g->next_canary++ : g->next_open++;
    if (sensitive)
        snprintf(buf, sizeof buf, "CANARY-%u-%u%s-", g->serial, n, g->twin ? "-twin" : "");
    else
        snprintf(buf, sizeof buf, "OPEN-%u-%u-", g->serial, n);
    size_t len = strlen(buf) + 1;
    char *s = malloc(len);
    REQ(s != NULL);
    memcpy(s, buf, len);
    if (sensitive) {
        REQ(g->ncanary < MAX_MARKS);
        g->canary[g->ncanary++] = s;
    } else {
        REQ(g->nopen < MAX_MARKS);
        g->open[g->nopen++] = s;
    }
    return s;
}

/* Unknown members: always canaries, key and value, at whatever depth. */
static void unknown(gen *g, int chance_in_4)
{
    if (rnd(4) >= (unsigned)chance_in_4)
        return;
    unsigned shape = rnd(3);
    const char *key = mark(g, 1);
    if (shape == 0)
        sb_printf(&g->body, ",'x%s':'%s'", key, mark(g, 1));
    else if (shape == 1)
        sb_printf(&g->body, ",'x%s':{'inner':['%s',{'deep':'%s'}],'n':7}", key, mark(g, 1),
                  mark(g, 1));
    else
        sb_printf(&g->body, ",'x%s':[1,true,null,'%s']", key, mark(g, 1));
    if (g->twin) /* the twin carries more of them */
        sb_printf(&g->body, ",'x%s':'%s'", mark(g, 1), mark(g, 1));
}

static void date_str(cp_date d, char *buf)
{
    REQ(cp_date_format(d, buf, CP_DATE_BUFSIZE) == CP_OK);
}

static cp_date days_from(cp_date d, long n)
{
    cp_date r;
    REQ(cp_date_add_days(d, n, &r) == CP_OK);
    return r;
}

static const char *const roles[] = {"school", "college", "employer"};
static const char *const results[] = {"achieved", "partly_achieved", "not_achieved",
                                      "no_longer_relevant"};

static void gen_plan(gen *g, unsigned *ids, unsigned plan_no)
{
    sb *b = &g->body;
    sb_printf(b, "{'id':'p%u','created':'2026-01-05','status':'%s'", (*ids)++,
              rnd(3) ? "agreed" : "draft");
    static const char *const sections[] = {"where_you_are_now", "where_you_want_to_be",
                                           "how_you_will_get_there"};
    for (int i = 0; i < 3; i++) {
        if (rnd(3) == 0)
            continue;
        int s = rnd(2);
        sb_printf(b, ",'%s':{'text':'%s'%s", sections[i], mark(g, s), s ? ",'sensitive':true" : "");
        unknown(g, 1);
        sb_printf(b, "}");
    }
    /* goals and actions; remember ids and sensitivity for the records */
    unsigned goal_id[4], ngoals = rnd(4);
    int goal_sens[4];
    unsigned action_id[16], nactions = 0;
    int action_sens[16];
    sb_printf(b, ",'goals':[");
    for (unsigned i = 0; i < ngoals; i++) {
        goal_id[i] = (*ids)++;
        goal_sens[i] = rnd(3) == 0;
        sb_printf(b, "%s{'id':'g%u','statement':'%s'%s", i ? "," : "", goal_id[i],
                  mark(g, goal_sens[i]), goal_sens[i] ? ",'sensitive':true" : "");
        if (rnd(2))
            sb_printf(b, ",'swot':{'strengths':['%s']}", mark(g, goal_sens[i]));
        unknown(g, 1);
        sb_printf(b, ",'actions':[");
        unsigned na = rnd(4);
        for (unsigned j = 0; j < na; j++) {
            unsigned id = (*ids)++;
            int s = rnd(3) == 0;
            int hidden = s || goal_sens[i];
            action_id[nactions] = id;
            action_sens[nactions++] = hidden;
            sb_printf(b, "%s{'id':'a%u','description':'%s','owner':'client','measure':'%s'",
                      j ? "," : "", id, mark(g, hidden), mark(g, hidden));
            if (s)
                sb_printf(b, ",'sensitive':true");
            if (g->nsupporters && rnd(2))
                sb_printf(b, ",'supporters':['s%u']", rnd(g->nsupporters));
            unknown(g, 1);
            sb_printf(b, "}");
        }
        if (g->twin) /* an extra sensitive action, only in the twin */
            sb_printf(b, "%s{'id':'tw%u_%u','description':'%s','sensitive':true}", na ? "," : "",
                      plan_no, i, mark(g, 1));
        sb_printf(b, "]}");
    }
    if (g->twin)
        sb_printf(b,
                  "%s{'id':'twg%u','statement':'%s','sensitive':true,'actions':[{'id':"
                  "'twa%u','description':'%s'}]}",
                  ngoals ? "," : "", plan_no, mark(g, 1), plan_no, mark(g, 1));
    sb_printf(b, "]");

    unsigned nreviews = rnd(3);
    sb_printf(b, ",'reviews':[");
    for (unsigned r = 0; r < nreviews; r++) {
        int rs = rnd(3) == 0;
        sb_printf(b, "%s{'id':'r%u','date':'2026-02-%02u','reflection':'%s','feedback':'%s'%s",
                  r ? "," : "", (*ids)++, 2 + r, mark(g, rs), mark(g, rs),
                  rs ? ",'sensitive':true" : "");
        unknown(g, 1);
        sb_printf(b, ",'outcomes':[");
        unsigned no = nactions ? rnd(4) : 0;
        for (unsigned o = 0; o < no; o++) {
            unsigned a = rnd(nactions);
            int s = action_sens[a];
            sb_printf(b, "%s{'action':'a%u','result':'%s','notes':'%s','helped':'%s'", o ? "," : "",
                      action_id[a], results[rnd(4)], mark(g, s), mark(g, s));
            if (rnd(2))
                sb_printf(b, ",'barriers':[{'kind':'confidence','detail':'%s'},{'kind':'time'}]",
                          mark(g, s));
            unknown(g, 1);
            sb_printf(b, "}");
        }
        sb_printf(b, "],'goal_scores':[");
        unsigned ns = ngoals ? rnd(3) : 0;
        for (unsigned k = 0; k < ns; k++) {
            unsigned gi = rnd(ngoals);
            sb_printf(b, "%s{'goal':'g%u','score':%u", k ? "," : "", goal_id[gi], 1 + rnd(10));
            unknown(g, 1);
            sb_printf(b, "}");
        }
        sb_printf(b, "],'changes':[");
        unsigned nc = rnd(3);
        int first = 1;
        for (unsigned k = 0; k < nc; k++) {
            if (rnd(2) && nactions) {
                unsigned a = rnd(nactions);
                int s = action_sens[a];
                sb_printf(b, "%s{'kind':'action_revised','action':'a%u'", first ? "" : ",",
                          action_id[a]);
                if (ngoals && rnd(2)) {
                    unsigned gi = rnd(ngoals);
                    s = s || goal_sens[gi];
                    sb_printf(b, ",'goal':'g%u'", goal_id[gi]);
                }
                sb_printf(b, ",'due':'2026-04-01','description':'%s'}", mark(g, s));
                first = 0;
            } else if (ngoals) {
                unsigned gi = rnd(ngoals);
                int s = goal_sens[gi];
                sb_printf(b, "%s{'kind':'goal_revised','goal':'g%u'", first ? "" : ",",
                          goal_id[gi]);
                /* sometimes the change also names an action */
                if (nactions && rnd(3) == 0) {
                    unsigned a = rnd(nactions);
                    s = s || action_sens[a];
                    sb_printf(b, ",'action':'a%u'", action_id[a]);
                }
                sb_printf(b, ",'description':'%s'}", mark(g, s));
                first = 0;
            }
        }
        sb_printf(b, "]}");
    }
    sb_printf(b, "],'history':[");
    unsigned nh = rnd(3);
    for (unsigned h = 0; h < nh; h++) {
        int s = rnd(2);
        sb_printf(b, "%s{'date':'2026-01-%02u','change':'%s'%s", h ? "," : "", 5 + h, mark(g, s),
                  s ? ",'sensitive':true" : "");
        unknown(g, 1);
        sb_printf(b, "}");
    }
    sb_printf(b, "]");
    unknown(g, 2);
    sb_printf(b, "}");
}

/* Dates of the property test: everything is asked about on as_of. */
static cp_date as_of;

static void gen_consents(gen *g)
{
    unsigned n = rnd(5); /* 0 to 4 consents; 0 is "none" */
    if (!n)
        return;
    sb_printf(&g->consents, "'consents':[");
    for (unsigned i = 0; i < n; i++) {
        struct gconsent *k = &g->k[g->nk++];
        int by_role = !g->nsupporters || rnd(2);
        if (by_role)
            snprintf(k->recipient, sizeof k->recipient, "%s", roles[rnd(3)]);
        else
            snprintf(k->recipient, sizeof k->recipient, "s%u", rnd(g->nsupporters));
        cp_date none = CP_DATE_NONE;
        k->expires = k->withdrawn = none;
        /* distinct grant dates per client, so the oracle has no ties */
        k->granted = days_from(as_of, -40 - 3 * (long)i);
        unsigned state = rnd(5);
        switch (state) {
        case 0: /* granted in the future */
            k->granted = days_from(as_of, 1 + (long)i);
            k->scope = 1 + rnd(2);
            break;
        case 1: /* active, non_sensitive */
        case 2: /* active, everything */
            k->scope = state;
            if (rnd(3) == 0)
                k->expires = rnd(2) ? as_of : days_from(as_of, 30);
            if (rnd(3) == 0)
                k->withdrawn = days_from(as_of, 1);
            break;
        case 3: /* expired */
            k->scope = 1 + rnd(2);
            k->expires = rnd(2) ? days_from(as_of, -1) : days_from(as_of, -20);
            break;
        default: /* withdrawn */
            k->scope = 1 + rnd(2);
            k->withdrawn = rnd(2) ? as_of : days_from(as_of, -5);
            break;
        }
        char gd[CP_DATE_BUFSIZE];
        date_str(k->granted, gd);
        sb_printf(&g->consents, "%s{'id':'k%u','%s':'%s','scope':'%s','granted':'%s'", i ? "," : "",
                  i, by_role ? "role" : "supporter", k->recipient,
                  k->scope == 2 ? "everything" : "non_sensitive", gd);
        if (!cp_date_is_none(k->expires)) {
            date_str(k->expires, gd);
            sb_printf(&g->consents, ",'expires':'%s'", gd);
        }
        if (!cp_date_is_none(k->withdrawn)) {
            date_str(k->withdrawn, gd);
            sb_printf(&g->consents, ",'withdrawn':'%s'", gd);
        }
        sb_printf(&g->consents, "}");
    }
    sb_printf(&g->consents, "],");
}

static void generate(gen *g, unsigned serial, uint64_t seed, int twin)
{
    memset(g, 0, sizeof *g);
    g->serial = serial;
    g->twin = twin;
    rng = seed;
    sb *b = &g->body;
    g->nsupporters = rnd(4);
    /* special-category data: differs in the twin */
    sb_printf(b, "'id':'c%u','given_name':'%s','date_of_birth':'%s','support':['%s']", serial,
              mark(g, 0), twin ? "2007-11-30" : "2008-04-01", twin ? "eal" : "send");
    sb_printf(b, ",'setting':'%s','need_level':'targeted'", rnd(2) ? "school" : "adult");
    unknown(g, 2);
    sb_printf(b, ",'supporters':[");
    static const char *const sroles[] = {"parent_carer", "tutor", "mentor", "employer"};
    for (unsigned i = 0; i < g->nsupporters; i++) {
        /* a supporter's name and contact reach that supporter alone under a
         * non_sensitive consent (issue 8): not markers, checked by id below */
        sb_printf(b, "%s{'id':'s%u','role':'%s','name':'NAME-%u-%u-','contact':'TEL-%u-%u-'",
                  i ? "," : "", i, sroles[rnd(4)], serial, i, serial, i);
        unknown(g, 1);
        sb_printf(b, "}");
    }
    sb_printf(b, "],'plans':[");
    unsigned ids = 0, nplans = rnd(4);
    for (unsigned p = 0; p < nplans; p++) {
        if (p)
            sb_printf(b, ",");
        gen_plan(g, &ids, p);
    }
    sb_printf(b, "]");
    gen_consents(g);
}

static void gen_free(gen *g)
{
    for (size_t i = 0; i < g->nopen; i++)
        free(g->open[i]);
    for (size_t i = 0; i < g->ncanary; i++)
        free(g->canary[i]);
    free(g->body.s);
    free(g->consents.s);
}

static cp_client *gen_load(const gen *g, int with_consents)
{
    sb doc = {0};
    sb_printf(&doc, ENVELOPE "%s%s}", with_consents && g->consents.s ? g->consents.s : "",
              g->body.s);
    char *json = cpt_quote(doc.s);
    free(doc.s);
    cp_client *c = NULL;
    cp_error e;
    cp_status st = cp_client_load_string(json, strlen(json), NULL, &c, &e);
    REQ_MSG(st == CP_OK, "generated client %u: %s at %s: %s", g->serial, cp_status_name(st), e.path,
            e.message);
    free(json);
    return c;
}

/* The oracle: which consent should cover the recipient (index), -1 for
 * none, -2 when the recipient is unknown. */
static int oracle(const gen *g, const char *recipient)
{
    int known = 0;
    for (unsigned i = 0; i < g->nsupporters && !known; i++) {
        char id[16];
        snprintf(id, sizeof id, "s%u", i);
        known = strcmp(id, recipient) == 0;
    }
    cp_recipient_role role;
    if (cp_recipient_role_from_string(recipient, &role) == CP_OK)
        known = 1;
    if (!known)
        return -2;
    int best = -1;
    for (unsigned i = 0; i < g->nk; i++) {
        const struct gconsent *k = &g->k[i];
        if (strcmp(k->recipient, recipient) != 0)
            continue;
        int active = cp_date_compare(k->granted, as_of) <= 0 &&
                     (cp_date_is_none(k->expires) || cp_date_compare(as_of, k->expires) <= 0) &&
                     (cp_date_is_none(k->withdrawn) || cp_date_compare(as_of, k->withdrawn) < 0);
        if (!active)
            continue;
        if (best < 0 || k->scope > g->k[best].scope ||
            (k->scope == g->k[best].scope && cp_date_compare(k->granted, g->k[best].granted) > 0))
            best = (int)i;
    }
    return best;
}

static unsigned property_clients(void)
{
    const char *s = getenv("CP_PROPERTY_CLIENTS");
    if (!s || !*s)
        return 10000;
    long n = strtol(s, NULL, 10);
    return n > 0 ? (unsigned)n : 1;
}

typedef struct tally {
    unsigned refused_unknown, refused_consent, non_sensitive, everything;
} tally;

static void one_client(unsigned serial, uint64_t seed, tally *t)
{
    gen g, twin;
    generate(&g, serial, seed, 0);
    generate(&twin, serial, seed, 1);
    cp_client *c = gen_load(&g, 1);
    cp_client *tc = gen_load(&twin, 1);

    /* the recipient: a supporter, a role, or someone unknown */
    rng = seed ^ 0x9e3779b97f4a7c15u;
    char recipient[16];
    unsigned pick = rnd(g.nsupporters + 5);
    if (g.nk && rnd(3)) /* mostly someone the client has a consent for */
        snprintf(recipient, sizeof recipient, "%s", g.k[rnd(g.nk)].recipient);
    else if (pick < g.nsupporters)
        snprintf(recipient, sizeof recipient, "s%u", pick);
    else if (pick < g.nsupporters + 3)
        snprintf(recipient, sizeof recipient, "%s", roles[pick - g.nsupporters]);
    else
        snprintf(recipient, sizeof recipient, "%s", pick == g.nsupporters + 3 ? "s9" : "nobody");
    int want = oracle(&g, recipient);

    /* the library agrees with the oracle on each consent's dates */
    for (unsigned i = 0; i < g.nk; i++) {
        const struct gconsent *k = &g.k[i];
        int active = cp_date_compare(k->granted, as_of) <= 0 &&
                     (cp_date_is_none(k->expires) || cp_date_compare(as_of, k->expires) <= 0) &&
                     (cp_date_is_none(k->withdrawn) || cp_date_compare(as_of, k->withdrawn) < 0);
        REQ(cp_consent_is_active(cp_client_consent_at(c, i), as_of) == active);
    }

    cp_client *copy = NULL, *tcopy = NULL;
    cp_error e;
    cp_status st = cp_client_export_for(c, recipient, as_of, &copy, &e);
    cp_status tst = cp_client_export_for(tc, recipient, as_of, &tcopy, &e);
    REQ(tst == st);
    if (want < 0) {
        REQ_MSG(st == (want == -2 ? CP_ENOTFOUND : CP_ECONSENT), "client %u, recipient %s: got %s",
                serial, recipient, cp_status_name(st));
        REQ(copy == NULL);
        REQ(cp_client_disclosure_count(c) == 0);
        REQ(cp_client_disclosure_count(tc) == 0);
        if (want == -2)
            t->refused_unknown++;
        else
            t->refused_consent++;
    } else {
        REQ_MSG(st == CP_OK, "client %u, recipient %s: got %s", serial, recipient,
                cp_status_name(st));
        char kid[16];
        snprintf(kid, sizeof kid, "k%d", want);
        REQ(cp_client_disclosure_count(c) == 1);
        const cp_disclosure *d = cp_client_disclosure_at(c, 0);
        REQ(strcmp(cp_disclosure_get_consent(d), kid) == 0);
        REQ(strcmp(cp_disclosure_get_recipient(d), recipient) == 0);
        REQ((int)cp_disclosure_get_scope(d) == g.k[want].scope);
        REQ(cp_date_compare(cp_disclosure_get_date(d), as_of) == 0);

        char *json = save_compact(copy);
        char *tjson = save_compact(tcopy);
        ck_reloads(json);
        REQ(strstr(json, "\"consents\"") == NULL);
        REQ(strstr(json, "\"disclosures\"") == NULL);
        /* what everyone may see is there */
        for (size_t i = 0; i < g.nopen; i++)
            REQ_MSG(strstr(json, g.open[i]) != NULL, "client %u: %s lost", serial, g.open[i]);
        if (g.k[want].scope == 1) {
            const char *leak = strstr(json, "CANARY");
            REQ_MSG(!leak, "client %u: leaked %.40s", serial, leak ? leak : "");
            REQ(strstr(json, "\"support\"") == NULL);
            REQ(strstr(json, "\"date_of_birth\"") == NULL);
            REQ(strstr(json, "\"need_level\"") == NULL);
            REQ(strstr(json, "\"x") == NULL);
            /* the recipient's own name and contact, no other supporter's */
            for (unsigned i = 0; i < g.nsupporters; i++) {
                char sid[16], name[32], tel[32];
                snprintf(sid, sizeof sid, "s%u", i);
                snprintf(name, sizeof name, "NAME-%u-%u-", serial, i);
                snprintf(tel, sizeof tel, "TEL-%u-%u-", serial, i);
                int own = strcmp(recipient, sid) == 0;
                REQ_MSG((strstr(json, name) != NULL) == own, "client %u: %s to %s", serial, name,
                        recipient);
                REQ_MSG((strstr(json, tel) != NULL) == own, "client %u: %s to %s", serial, tel,
                        recipient);
            }
            /* sensitive content makes no difference to what leaves */
            ck_same_text(tjson, json);
            t->non_sensitive++;
        } else {
            for (size_t i = 0; i < g.ncanary; i++)
                REQ_MSG(strstr(json, g.canary[i]) != NULL, "client %u: %s missing", serial,
                        g.canary[i]);
            REQ(strstr(json, "\"date_of_birth\":\"2008-04-01\"") != NULL);
            REQ(strstr(json, "\"support\":[\"send\"]") != NULL);
            /* exactly the client without consents and log */
            cp_client *bare = gen_load(&g, 0);
            char *want_json = save_compact(bare);
            ck_same_text(json, want_json);
            cp_free(want_json);
            cp_client_free(bare);
            t->everything++;
        }
        /* a second export: same bytes, and the first one's log entry does not travel */
        cp_client *again = NULL;
        REQ_MSG(cp_client_export_for(c, recipient, as_of, &again, &e) == CP_OK, "%s", e.message);
        char *json2 = save_compact(again);
        ck_same_text(json2, json);
        REQ(cp_client_disclosure_count(c) == 2);
        cp_free(json2);
        cp_client_free(again);
        cp_free(json);
        cp_free(tjson);
    }
    cp_client_free(copy);
    cp_client_free(tcopy);
    cp_client_free(c);
    cp_client_free(tc);
    gen_free(&g);
    gen_free(&twin);
}

START_TEST(property_no_canary_leaves)
{
    as_of = cpt_date("2026-03-01");
    unsigned n = property_clients();
    tally t = {0};
    uint64_t seed = 20260301u;
    for (unsigned i = 0; i < n; i++) {
        seed = seed * 2862933555777941757u + 3037000493u;
        one_client(i, seed, &t);
    }
    printf("property: %u clients: %u unknown recipients, %u without consent, %u non_sensitive, "
           "%u everything\n",
           n, t.refused_unknown, t.refused_consent, t.non_sensitive, t.everything);
    /* every branch was exercised (for the default count and above) */
    if (n >= 1000) {
        ck_assert_uint_gt(t.refused_unknown, n / 20);
        ck_assert_uint_gt(t.refused_consent, n / 20);
        ck_assert_uint_gt(t.non_sensitive, n / 20);
        ck_assert_uint_gt(t.everything, n / 20);
    }
    ck_assert_uint_eq(t.refused_unknown + t.refused_consent + t.non_sensitive + t.everything, n);
}
END_TEST

/* Goal notes (0.2) are withheld by the rules of the model description alone:
 * a sensitive note never reaches a "non_sensitive" recipient. */
START_TEST(sensitive_notes_withheld)
{
    cp_client *c = cpt_load_client(
        ENVELOPE "'id':'c1','plans':[{'id':'p1','created':'2026-01-10','goals':[{'id':'g1',"
                 "'statement':'Find work','notes':[{'date':'2026-02-01','text':'OPEN-NOTE'},"
                 "{'date':'2026-02-02','text':'SECRET-NOTE','sensitive':true}]}]}],"
                 "'consents':[{'id':'k1','role':'school','scope':'non_sensitive',"
                 "'granted':'2026-01-12'},{'id':'k2','role':'college','scope':'everything',"
                 "'granted':'2026-01-12'}]}");
    char *json = ck_export(c, "school", "2026-03-01", "k1", CP_CONSENT_SCOPE_NON_SENSITIVE);
    ck_assert_ptr_nonnull(strstr(json, "OPEN-NOTE"));
    ck_assert_ptr_null(strstr(json, "SECRET-NOTE"));
    cp_free(json);
    json = ck_export(c, "college", "2026-03-01", "k2", CP_CONSENT_SCOPE_EVERYTHING);
    ck_assert_ptr_nonnull(strstr(json, "OPEN-NOTE"));
    ck_assert_ptr_nonnull(strstr(json, "SECRET-NOTE"));
    cp_free(json);
    cp_client_free(c);
}
END_TEST

static Suite *export_suite(void)
{
    Suite *s = suite_create("export");
    TCase *t = tcase_create("consent");
    tcase_add_test(t, recipient_unknown);
    tcase_add_test(t, no_consent);
    tcase_add_test(t, supporter_id_wins_over_role_name);
    tcase_add_test(t, each_supporter_gets_only_own_contact);
    tcase_add_test(t, consent_dates);
    tcase_add_test(t, fixed_client_consents);
    tcase_add_test(t, widest_scope_wins);
    tcase_add_test(t, bad_arguments);
    suite_add_tcase(s, t);
    t = tcase_create("content");
    tcase_add_test(t, non_sensitive_exact);
    tcase_add_test(t, everything_keeps_all_but_consents);
    tcase_add_test(t, copy_is_independent);
    tcase_add_test(t, no_dangling_references_in_copy);
    tcase_add_test(t, sensitive_notes_withheld);
    tcase_add_test(t, out_of_memory);
    suite_add_tcase(s, t);
    t = tcase_create("property");
    tcase_add_test(t, property_no_canary_leaves);
    tcase_set_timeout(t, 600);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(export_suite)
