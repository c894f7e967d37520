/* Fuzz target: the consent boundary. A loaded client has the text of every
 * sensitive part replaced by a canary ("C4N4RY-", which the input may not
 * contain) and each supporter's name and contact by a canary of that
 * supporter. It is then exported to each supporter and each role, on dates
 * around its consents. The export is made exactly when
 * cp_client_consent_for() finds a consent, and each one is logged; under a
 * "non_sensitive" consent the exported text holds no canary but the
 * recipient's own name and contact, and the copy, loaded back, holds no
 * sensitive part, no special-category data, no member the library does
 * not know, no consents, no log. */
#include "fuzz.h"

#define CANARY "C4N4RY-"

static int relabel(cp_client *c)
{
    char buf[64];
    unsigned n = 0;
    int ok = 1;
    for (size_t i = 0; i < cp_client_supporter_count(c); i++) {
        cp_supporter *s = cp_client_supporter_at(c, i);
        snprintf(buf, sizeof buf, CANARY "name-of-%zu-", i);
        ok &= cp_supporter_set_name(s, buf, NULL) == CP_OK;
        snprintf(buf, sizeof buf, CANARY "contact-of-%zu-", i);
        ok &= cp_supporter_set_contact(s, buf, NULL) == CP_OK;
    }
    for (size_t p = 0; p < cp_client_plan_count(c); p++) {
        cp_plan *plan = cp_client_plan_at(c, p);
        for (int sec = CP_PLAN_SECTION_WHERE_YOU_ARE_NOW; sec <= CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE;
             sec++) {
            if (!cp_plan_section_is_sensitive(plan, (cp_plan_section)sec))
                continue;
            snprintf(buf, sizeof buf, CANARY "%u", n++);
            ok &= cp_plan_set_section(plan, (cp_plan_section)sec, buf, 1, NULL) == CP_OK;
        }
        for (size_t g = 0; g < cp_plan_goal_count(plan); g++) {
            cp_goal *goal = cp_plan_goal_at(plan, g);
            int sensitive_goal = cp_goal_is_sensitive(goal);
            if (sensitive_goal) {
                snprintf(buf, sizeof buf, CANARY "%u", n++);
                ok &= cp_goal_set_statement(goal, buf, NULL) == CP_OK;
            }
            for (size_t a = 0; a < cp_goal_action_count(goal); a++) {
                cp_action *action = cp_goal_action_at(goal, a);
                if (!sensitive_goal && !cp_action_is_sensitive(action))
                    continue;
                snprintf(buf, sizeof buf, CANARY "%u", n++);
                ok &= cp_action_set_description(action, buf, NULL) == CP_OK;
            }
            for (size_t k = 0; k < cp_goal_note_count(goal); k++) {
                cp_note *note = cp_goal_note_at(goal, k);
                if (!sensitive_goal && !cp_note_is_sensitive(note))
                    continue;
                snprintf(buf, sizeof buf, CANARY "%u", n++);
                ok &= cp_note_set_text(note, buf, NULL) == CP_OK;
            }
        }
    }
    return ok;
}

/* The exported copy, loaded back from its text, under "non_sensitive". */
static void check_non_sensitive(const char *text, const char *recipient)
{
    cp_client *c = NULL;
    cp_error e;
    cp_diagnostics *unknown = cp_diagnostics_new();
    FUZZ_REQUIRE(unknown != NULL, "out of memory");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = unknown;
    cp_status st = cp_client_load_string(text, strlen(text), &o, &c, &e);
    FUZZ_REQUIRE(st == CP_OK, "the export does not load: %s: %s", cp_status_name(st), e.message);
    /* members the library does not know may hold anything: withheld */
    FUZZ_REQUIRE(cp_diagnostics_count(unknown) == 0, "unknown member %s to %s",
                 cp_diagnostic_path(cp_diagnostics_at(unknown, 0)), recipient);
    cp_diagnostics_free(unknown);
    FUZZ_REQUIRE(cp_client_get_need_level(c) == CP_NEED_LEVEL_UNSET, "need level to %s",
                 recipient);
    FUZZ_REQUIRE(cp_client_get_support(c) == 0, "support flags to %s", recipient);
    FUZZ_REQUIRE(cp_date_is_none(cp_client_get_date_of_birth(c)), "date of birth to %s",
                 recipient);
    FUZZ_REQUIRE(cp_client_neet_score_count(c) == 0, "NEET scores to %s", recipient);
    FUZZ_REQUIRE(cp_client_consent_count(c) == 0, "consents to %s", recipient);
    FUZZ_REQUIRE(cp_client_disclosure_count(c) == 0, "the disclosure log to %s", recipient);
    for (size_t p = 0; p < cp_client_plan_count(c); p++) {
        cp_plan *plan = cp_client_plan_at(c, p);
        for (int sec = 0; sec <= CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE; sec++)
            FUZZ_REQUIRE(!cp_plan_section_is_sensitive(plan, (cp_plan_section)sec),
                         "a sensitive section to %s", recipient);
        for (size_t h = 0; h < cp_plan_history_entry_count(plan); h++)
            FUZZ_REQUIRE(!cp_history_entry_is_sensitive(cp_plan_history_entry_at(plan, h)),
                         "a sensitive history entry to %s", recipient);
        for (size_t g = 0; g < cp_plan_goal_count(plan); g++) {
            cp_goal *goal = cp_plan_goal_at(plan, g);
            FUZZ_REQUIRE(!cp_goal_is_sensitive(goal), "a sensitive goal to %s", recipient);
            for (size_t a = 0; a < cp_goal_action_count(goal); a++)
                FUZZ_REQUIRE(!cp_action_is_sensitive(cp_goal_action_at(goal, a)),
                             "a sensitive action to %s", recipient);
            for (size_t k = 0; k < cp_goal_note_count(goal); k++)
                FUZZ_REQUIRE(!cp_note_is_sensitive(cp_goal_note_at(goal, k)),
                             "a sensitive note to %s", recipient);
        }
    }
    cp_client_free(c);
}

static void check_canaries(const char *text, const char *recipient, long own)
{
    char name[64], contact[64];
    snprintf(name, sizeof name, CANARY "name-of-%ld-", own);
    snprintf(contact, sizeof contact, CANARY "contact-of-%ld-", own);
    size_t len = strlen(text);
    for (size_t at = 0; at + 7 <= len; at++) {
        if (memcmp(text + at, CANARY, 7) != 0)
            continue;
        int allowed = own >= 0 && (strncmp(text + at, name, strlen(name)) == 0 ||
                                   strncmp(text + at, contact, strlen(contact)) == 0);
        FUZZ_REQUIRE(allowed, "%.40s reached %s under a non_sensitive consent", text + at,
                     recipient);
    }
}

static void export_to(cp_client *c, const char *recipient, long own, cp_date as_of)
{
    const cp_consent *consent = NULL;
    cp_error ce, e;
    cp_status want = cp_client_consent_for(c, recipient, as_of, &consent, &ce);
    size_t logged = cp_client_disclosure_count(c);
    cp_client *copy = NULL;
    cp_status st = cp_client_export_for(c, recipient, as_of, &copy, &e);
    FUZZ_REQUIRE(st == want, "export to %s: %s, the consent check: %s", recipient,
                 cp_status_name(st), cp_status_name(want));
    if (st != CP_OK) {
        fuzz_check_error(st, &e);
        FUZZ_REQUIRE(copy == NULL, "a copy without consent");
        FUZZ_REQUIRE(cp_client_disclosure_count(c) == logged, "a refusal was logged");
        return;
    }
    FUZZ_REQUIRE(cp_client_disclosure_count(c) == logged + 1, "an export not logged");
    char *text = fuzz_save_client(copy);
    cp_client_free(copy);
    if (cp_consent_get_scope(consent) != CP_CONSENT_SCOPE_EVERYTHING) {
        check_canaries(text, recipient, own);
        check_non_sensitive(text, recipient);
    }
    cp_free(text);
}

static void export_all(cp_client *c)
{
    if (!relabel(c))
        return; /* a text the model refuses: the canaries would be incomplete */
    cp_date dates[16];
    size_t nd = 0;
    dates[nd++] = (cp_date){2026, 1, 15};
    for (size_t i = 0; i < cp_client_consent_count(c) && nd + 3 <= 16; i++) {
        cp_consent *k = cp_client_consent_at(c, i);
        cp_date d[3] = {cp_consent_get_granted(k), cp_consent_get_expires(k),
                        cp_consent_get_withdrawn(k)};
        for (int j = 0; j < 3; j++)
            if (cp_date_is_valid(d[j]))
                dates[nd++] = d[j];
    }
    for (size_t di = 0; di < nd; di++) {
        for (size_t i = 0; i < cp_client_supporter_count(c) && i < 8; i++) {
            const char *id = cp_supporter_get_id(cp_client_supporter_at(c, i));
            if (id && *id)
                export_to(c, id, (long)i, dates[di]);
        }
        for (int role = CP_RECIPIENT_ROLE_SCHOOL; role <= CP_RECIPIENT_ROLE_OTHER; role++)
            export_to(c, cp_recipient_role_to_string((cp_recipient_role)role), -1, dates[di]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i + 7 <= size; i++)
        if (memcmp(data + i, CANARY, 7) == 0)
            return 0;
    cp_document *doc = NULL;
    if (cp_document_load_string((const char *)data, size, NULL, &doc, NULL) != CP_OK)
        return 0;
    cp_client *c = cp_document_client(doc);
    if (c)
        export_all(c);
    cp_caseload *cl = cp_document_caseload(doc);
    for (size_t i = 0; cl && i < cp_caseload_client_count(cl) && i < 4; i++)
        export_all(cp_caseload_client_at(cl, i));
    cp_document_free(doc);
    return 0;
}
