/* Consents and the disclosure log: accessors, recipient rule, date rules, activity, removal. */
#include "testutil.h"

static cp_client *client;

static void setup(void)
{
    cp_error e;
    ck_assert_int_eq(cp_client_new("c1", &client, NULL), CP_OK);
    ck_assert_ok(cp_client_add_supporter(client, "mum", CP_SUPPORTER_ROLE_PARENT_CARER, "Jo",
                                         NULL, &e),
                 &e);
    ck_assert_ok(cp_client_add_plan(client, "p1", cpt_date("2026-01-05"), NULL, &e), &e);
}

static void teardown(void)
{
    cp_client_free(client);
}

/* A consent granted on `granted`, with role "school" as recipient. */
static cp_consent *add(const char *id, const char *granted)
{
    cp_error e;
    cp_consent *k = NULL;
    ck_assert_ok(cp_client_add_consent(client, id, CP_CONSENT_SCOPE_NON_SENSITIVE,
                                       cpt_date(granted), &k, &e),
                 &e);
    ck_assert_ok(cp_consent_set_role(k, CP_RECIPIENT_ROLE_SCHOOL, &e), &e);
    return k;
}

static int active(const cp_consent *k, const char *on)
{
    return cp_consent_is_active(k, cpt_date(on));
}

START_TEST(add_and_read)
{
    cp_error e;
    cp_consent *k = NULL;
    ck_assert_ok(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING,
                                       cpt_date("2026-01-10"), &k, &e),
                 &e);
    ck_assert_ptr_nonnull(k);
    ck_assert_ptr_eq(cp_consent_get_client(k), client);
    ck_assert_str_eq(cp_consent_get_id(k), "k1");
    ck_assert_int_eq(cp_consent_get_scope(k), CP_CONSENT_SCOPE_EVERYTHING);
    ck_assert_int_eq(cp_date_compare(cp_consent_get_granted(k), cpt_date("2026-01-10")), 0);
    ck_assert_int_eq(cp_date_is_none(cp_consent_get_expires(k)), 1);
    ck_assert_int_eq(cp_date_is_none(cp_consent_get_withdrawn(k)), 1);
    ck_assert_ptr_null(cp_consent_get_supporter(k));
    ck_assert_int_eq(cp_consent_get_role(k), CP_RECIPIENT_ROLE_UNSET);
    ck_assert_ptr_null(cp_consent_get_purpose(k));
    ck_assert_ptr_null(cp_consent_get_recorded_by(k));
    ck_assert_uint_eq(cp_client_consent_count(client), 1);
    ck_assert_ptr_eq(cp_client_consent_at(client, 0), k);
    ck_assert_ptr_null(cp_client_consent_at(client, 1));
    ck_assert_uint_eq(cp_client_consent_count(NULL), 0);
    ck_assert_ptr_null(cp_client_consent_at(NULL, 0));
    ck_assert_ptr_eq(cp_client_find_consent(client, "k1"), k);
}
END_TEST

START_TEST(add_rejects)
{
    cp_error e;
    cp_date granted = cpt_date("2026-01-10");
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    cp_consent *k = NULL;
    ck_assert_cp(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_UNSET, granted, &k, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "k1", (cp_consent_scope)3, granted, &k, &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "k1", (cp_consent_scope)-1, granted, &k, &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING, none, &k, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING, feb30, &k, &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "", CP_CONSENT_SCOPE_EVERYTHING, granted, &k, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "\xff", CP_CONSENT_SCOPE_EVERYTHING, granted, &k,
                                       &e),
                 CP_EVALUE, "", &e);
    ck_assert_cp(cp_client_add_consent(NULL, "k1", CP_CONSENT_SCOPE_EVERYTHING, granted, &k, &e),
                 CP_EINVAL, "", &e);
    /* ids are shared with supporters and plans */
    ck_assert_cp(cp_client_add_consent(client, "mum", CP_CONSENT_SCOPE_EVERYTHING, granted, &k,
                                       &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_client_add_consent(client, "p1", CP_CONSENT_SCOPE_EVERYTHING, granted, &k, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_ptr_null(k);
    ck_assert_uint_eq(cp_client_consent_count(client), 0);
    ck_assert_ok(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING, granted, NULL,
                                       &e),
                 &e);
    ck_assert_cp(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING, granted, NULL,
                                       &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_uint_eq(cp_client_consent_count(client), 1);
}
END_TEST

START_TEST(recipient_supporter)
{
    cp_error e;
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_int_eq(cp_consent_get_role(k), CP_RECIPIENT_ROLE_SCHOOL);
    ck_assert_cp(cp_consent_set_supporter(k, "dad", &e), CP_ENOTFOUND, "", &e);
    /* an id of another kind does not name a supporter */
    ck_assert_cp(cp_consent_set_supporter(k, "p1", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_consent_set_supporter(k, "k1", &e), CP_ENOTFOUND, "", &e);
    ck_assert_cp(cp_consent_set_supporter(k, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_supporter(k, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_supporter(NULL, "mum", &e), CP_EINVAL, "", &e);
    /* failures leave the recipient alone */
    ck_assert_int_eq(cp_consent_get_role(k), CP_RECIPIENT_ROLE_SCHOOL);
    ck_assert_ptr_null(cp_consent_get_supporter(k));
    ck_assert_ok(cp_consent_set_supporter(k, "mum", &e), &e);
    ck_assert_str_eq(cp_consent_get_supporter(k), "mum");
    ck_assert_int_eq(cp_consent_get_role(k), CP_RECIPIENT_ROLE_UNSET);
}
END_TEST

START_TEST(recipient_role)
{
    cp_error e;
    cp_consent *k = NULL;
    ck_assert_ok(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING,
                                       cpt_date("2026-01-10"), &k, &e),
                 &e);
    ck_assert_ok(cp_consent_set_supporter(k, "mum", &e), &e);
    ck_assert_cp(cp_consent_set_role(k, CP_RECIPIENT_ROLE_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_role(k, (cp_recipient_role)9, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_consent_set_role(NULL, CP_RECIPIENT_ROLE_EMPLOYER, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(cp_consent_get_supporter(k), "mum");
    ck_assert_int_eq(cp_consent_get_role(k), CP_RECIPIENT_ROLE_UNSET);
    ck_assert_ok(cp_consent_set_role(k, CP_RECIPIENT_ROLE_MANAGEMENT_SYSTEM, &e), &e);
    ck_assert_int_eq(cp_consent_get_role(k), CP_RECIPIENT_ROLE_MANAGEMENT_SYSTEM);
    ck_assert_ptr_null(cp_consent_get_supporter(k));
    /* the supporter is no longer referenced */
    ck_assert_ok(cp_client_remove_supporter(client, 0, &e), &e);
}
END_TEST

START_TEST(scope_purpose_recorded_by)
{
    cp_error e;
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_cp(cp_consent_set_scope(k, CP_CONSENT_SCOPE_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_scope(k, (cp_consent_scope)3, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_consent_get_scope(k), CP_CONSENT_SCOPE_NON_SENSITIVE);
    ck_assert_ok(cp_consent_set_scope(k, CP_CONSENT_SCOPE_EVERYTHING, &e), &e);
    ck_assert_int_eq(cp_consent_get_scope(k), CP_CONSENT_SCOPE_EVERYTHING);
    ck_assert_ok(cp_consent_set_purpose(k, "Transition to college", &e), &e);
    ck_assert_str_eq(cp_consent_get_purpose(k), "Transition to college");
    ck_assert_cp(cp_consent_set_purpose(k, "\xff", &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_consent_get_purpose(k), "Transition to college");
    ck_assert_ok(cp_consent_set_purpose(k, NULL, &e), &e);
    ck_assert_ptr_null(cp_consent_get_purpose(k));
    ck_assert_ok(cp_consent_set_recorded_by(k, "A. Adviser", &e), &e);
    ck_assert_str_eq(cp_consent_get_recorded_by(k), "A. Adviser");
    ck_assert_cp(cp_consent_set_recorded_by(k, "\xc3", &e), CP_EVALUE, "", &e);
    ck_assert_ok(cp_consent_set_recorded_by(k, NULL, &e), &e);
    ck_assert_ptr_null(cp_consent_get_recorded_by(k));
    ck_assert_cp(cp_consent_set_scope(NULL, CP_CONSENT_SCOPE_EVERYTHING, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_purpose(NULL, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_recorded_by(NULL, "x", &e), CP_EINVAL, "", &e);
}
END_TEST

/*
 * Issue 8: "Record on a consent who gave it (the client, or a parent or
 * carer) and how (spoken at the interview, in writing)."
 */
START_TEST(given_by_and_how)
{
    cp_error e;
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_int_eq(cp_consent_get_given_by(k), CP_CONSENT_GIVER_UNSET);
    ck_assert_int_eq(cp_consent_get_how(k), CP_CONSENT_METHOD_UNSET);
    ck_assert_ok(cp_consent_set_given_by(k, CP_CONSENT_GIVER_PARENT_CARER, &e), &e);
    ck_assert_ok(cp_consent_set_how(k, CP_CONSENT_METHOD_IN_WRITING, &e), &e);
    ck_assert_int_eq(cp_consent_get_given_by(k), CP_CONSENT_GIVER_PARENT_CARER);
    ck_assert_int_eq(cp_consent_get_how(k), CP_CONSENT_METHOD_IN_WRITING);
    ck_assert_cp(cp_consent_set_given_by(k, (cp_consent_giver)3, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_consent_set_how(k, (cp_consent_method)3, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_consent_get_given_by(k), CP_CONSENT_GIVER_PARENT_CARER);
    ck_assert_str_eq(cp_consent_giver_to_string(CP_CONSENT_GIVER_CLIENT), "client");
    ck_assert_str_eq(cp_consent_method_to_string(CP_CONSENT_METHOD_SPOKEN), "spoken");
    /* a round trip keeps both */
    char *out = NULL;
    ck_assert_ok(cp_client_save_string(client, NULL, &out, NULL, &e), &e);
    ck_assert_ptr_nonnull(strstr(out, "\"given_by\": \"parent_carer\""));
    ck_assert_ptr_nonnull(strstr(out, "\"how\": \"in_writing\""));
    cp_client *back = cpt_load_client(out);
    ck_assert_int_eq(cp_consent_get_how(cp_client_find_consent(back, "k1")),
                     CP_CONSENT_METHOD_IN_WRITING);
    cp_client_free(back);
    cp_free(out);
    ck_assert_ok(cp_consent_set_given_by(k, CP_CONSENT_GIVER_UNSET, &e), &e);
    ck_assert_int_eq(cp_consent_get_given_by(k), CP_CONSENT_GIVER_UNSET);
}
END_TEST

START_TEST(set_id)
{
    cp_error e;
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_ok(cp_consent_set_id(k, "k2", &e), &e);
    ck_assert_str_eq(cp_consent_get_id(k), "k2");
    ck_assert_cp(cp_consent_set_id(k, "mum", &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_consent_set_id(k, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_id(NULL, "k3", &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_client_add_disclosure(client, cpt_date("2026-01-11"), "school",
                                          CP_CONSENT_SCOPE_NON_SENSITIVE, "k2", NULL, &e),
                 &e);
    /* the log keeps naming the consent by its id */
    ck_assert_cp(cp_consent_set_id(k, "k3", &e), CP_ESTATE, "", &e);
    ck_assert_ok(cp_consent_set_id(k, "k2", &e), &e);
    ck_assert_str_eq(cp_consent_get_id(k), "k2");
}
END_TEST

START_TEST(granted_rules)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date bad = {2026, 13, 1};
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_cp(cp_consent_set_granted(k, none, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_consent_set_granted(k, bad, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_consent_set_granted(k, cpt_date("2026-02-01"), &e), &e);
    ck_assert_int_eq(cp_date_compare(cp_consent_get_granted(k), cpt_date("2026-02-01")), 0);
    ck_assert_ok(cp_consent_set_expires(k, cpt_date("2026-06-30"), &e), &e);
    /* a grant after the expiry is refused; on the expiry day is fine */
    ck_assert_cp(cp_consent_set_granted(k, cpt_date("2026-07-01"), &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_consent_set_granted(k, cpt_date("2026-06-30"), &e), &e);
    ck_assert_ok(cp_consent_set_granted(k, cpt_date("2026-02-01"), &e), &e);
    ck_assert_ok(cp_consent_set_withdrawn(k, cpt_date("2026-03-15"), &e), &e);
    /* a grant after the withdrawal is refused; on the withdrawal day is fine */
    ck_assert_cp(cp_consent_set_granted(k, cpt_date("2026-03-16"), &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_date_compare(cp_consent_get_granted(k), cpt_date("2026-02-01")), 0);
    ck_assert_ok(cp_consent_set_granted(k, cpt_date("2026-03-15"), &e), &e);
    ck_assert_cp(cp_consent_set_granted(NULL, cpt_date("2026-01-01"), &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(expires_rules)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb29 = {2026, 2, 29};
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_cp(cp_consent_set_expires(k, cpt_date("2026-01-09"), &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_consent_set_expires(k, feb29, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_date_is_none(cp_consent_get_expires(k)), 1);
    ck_assert_ok(cp_consent_set_expires(k, cpt_date("2026-01-10"), &e), &e);
    ck_assert_ok(cp_consent_set_expires(k, cpt_date("2026-12-31"), &e), &e);
    ck_assert_int_eq(cp_date_compare(cp_consent_get_expires(k), cpt_date("2026-12-31")), 0);
    ck_assert_ok(cp_consent_set_expires(k, none, &e), &e);
    ck_assert_int_eq(cp_date_is_none(cp_consent_get_expires(k)), 1);
    ck_assert_cp(cp_consent_set_expires(NULL, none, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(withdrawn_rules)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date bad = {2026, 4, 31};
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_cp(cp_consent_set_withdrawn(k, cpt_date("2025-12-31"), &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_consent_set_withdrawn(k, bad, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_date_is_none(cp_consent_get_withdrawn(k)), 1);
    ck_assert_ok(cp_consent_set_withdrawn(k, cpt_date("2026-01-10"), &e), &e);
    ck_assert_ok(cp_consent_set_withdrawn(k, cpt_date("2026-03-15"), &e), &e);
    ck_assert_int_eq(cp_date_compare(cp_consent_get_withdrawn(k), cpt_date("2026-03-15")), 0);
    ck_assert_ok(cp_consent_set_withdrawn(k, none, &e), &e);
    ck_assert_int_eq(cp_date_is_none(cp_consent_get_withdrawn(k)), 1);
    ck_assert_cp(cp_consent_set_withdrawn(NULL, none, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(active_from_the_grant_day)
{
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_int_eq(active(k, "2026-01-09"), 0);
    ck_assert_int_eq(active(k, "2026-01-10"), 1);
    ck_assert_int_eq(active(k, "2026-01-11"), 1);
    ck_assert_int_eq(active(k, "9999-12-31"), 1);
}
END_TEST

START_TEST(active_through_the_expiry_day)
{
    cp_error e;
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_ok(cp_consent_set_expires(k, cpt_date("2026-06-30"), &e), &e);
    ck_assert_int_eq(active(k, "2026-06-29"), 1);
    ck_assert_int_eq(active(k, "2026-06-30"), 1);
    ck_assert_int_eq(active(k, "2026-07-01"), 0);
    ck_assert_int_eq(active(k, "2027-01-01"), 0);
}
END_TEST

START_TEST(inactive_from_the_withdrawal_day)
{
    cp_error e;
    cp_consent *k = add("k1", "2026-01-10");
    ck_assert_ok(cp_consent_set_expires(k, cpt_date("2026-12-31"), &e), &e);
    ck_assert_ok(cp_consent_set_withdrawn(k, cpt_date("2026-03-15"), &e), &e);
    ck_assert_int_eq(active(k, "2026-03-14"), 1);
    ck_assert_int_eq(active(k, "2026-03-15"), 0);
    ck_assert_int_eq(active(k, "2026-03-16"), 0);
    ck_assert_int_eq(active(k, "2026-12-31"), 0);
    /* clearing the withdrawal restores it */
    cp_date none = CP_DATE_NONE;
    ck_assert_ok(cp_consent_set_withdrawn(k, none, &e), &e);
    ck_assert_int_eq(active(k, "2026-03-15"), 1);
}
END_TEST

START_TEST(active_edge_cases)
{
    cp_error e;
    /* expires on the grant day: active on that one day */
    cp_consent *one_day = add("k1", "2028-02-29");
    ck_assert_ok(cp_consent_set_expires(one_day, cpt_date("2028-02-29"), &e), &e);
    ck_assert_int_eq(active(one_day, "2028-02-28"), 0);
    ck_assert_int_eq(active(one_day, "2028-02-29"), 1);
    ck_assert_int_eq(active(one_day, "2028-03-01"), 0);
    /* withdrawn on the grant day: never active */
    cp_consent *never = add("k2", "2026-05-01");
    ck_assert_ok(cp_consent_set_withdrawn(never, cpt_date("2026-05-01"), &e), &e);
    ck_assert_int_eq(active(never, "2026-04-30"), 0);
    ck_assert_int_eq(active(never, "2026-05-01"), 0);
    ck_assert_int_eq(active(never, "2026-05-02"), 0);
    /* no consent, no date, or an impossible date: not active */
    cp_date none = CP_DATE_NONE;
    cp_date bad = {2026, 2, 30};
    cp_consent *k = add("k3", "2026-01-01");
    ck_assert_int_eq(cp_consent_is_active(NULL, cpt_date("2026-03-01")), 0);
    ck_assert_int_eq(cp_consent_is_active(k, none), 0);
    ck_assert_int_eq(cp_consent_is_active(k, bad), 0);
    ck_assert_int_eq(active(k, "2026-03-01"), 1);
}
END_TEST

START_TEST(remove_consent)
{
    cp_error e;
    add("k1", "2026-01-10");
    add("k2", "2026-01-11");
    ck_assert_cp(cp_client_remove_consent(client, 2, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_remove_consent(NULL, 0, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_client_remove_consent(client, 0, &e), &e);
    ck_assert_uint_eq(cp_client_consent_count(client), 1);
    ck_assert_str_eq(cp_consent_get_id(cp_client_consent_at(client, 0)), "k2");
    ck_assert_ptr_null(cp_client_find_consent(client, "k1"));
    /* the id is free again */
    add("k1", "2026-01-12");
}
END_TEST

START_TEST(remove_consent_refused_while_disclosed_under)
{
    cp_error e;
    add("k1", "2026-01-10");
    ck_assert_ok(cp_client_add_disclosure(client, cpt_date("2026-01-12"), "school",
                                          CP_CONSENT_SCOPE_NON_SENSITIVE, "k1", NULL, &e),
                 &e);
    ck_assert_cp(cp_client_remove_consent(client, 0, &e), CP_ESTATE, "", &e);
    ck_assert_uint_eq(cp_client_consent_count(client), 1);
    ck_assert_uint_eq(cp_client_disclosure_count(client), 1);
}
END_TEST

START_TEST(add_disclosure)
{
    cp_error e;
    add("k1", "2026-01-10");
    cp_disclosure *d = NULL;
    ck_assert_ok(cp_client_add_disclosure(client, cpt_date("2026-01-12"), "Northfield School",
                                          CP_CONSENT_SCOPE_NON_SENSITIVE, "k1", &d, &e),
                 &e);
    ck_assert_ok(cp_client_add_disclosure(client, cpt_date("2026-01-13"), "mum",
                                          CP_CONSENT_SCOPE_EVERYTHING, "k1", NULL, &e),
                 &e);
    ck_assert_uint_eq(cp_client_disclosure_count(client), 2);
    const cp_disclosure *first = cp_client_disclosure_at(client, 0);
    ck_assert_ptr_eq(first, d);
    ck_assert_int_eq(cp_date_compare(cp_disclosure_get_date(first), cpt_date("2026-01-12")), 0);
    ck_assert_str_eq(cp_disclosure_get_recipient(first), "Northfield School");
    ck_assert_int_eq(cp_disclosure_get_scope(first), CP_CONSENT_SCOPE_NON_SENSITIVE);
    ck_assert_str_eq(cp_disclosure_get_consent(first), "k1");
    ck_assert_ptr_eq(cp_disclosure_get_client(first), client);
    const cp_disclosure *second = cp_client_disclosure_at(client, 1);
    ck_assert_str_eq(cp_disclosure_get_recipient(second), "mum");
    ck_assert_ptr_eq(cp_disclosure_get_client(second), client);
    ck_assert_int_eq(cp_disclosure_get_scope(second), CP_CONSENT_SCOPE_EVERYTHING);
    ck_assert_ptr_null(cp_client_disclosure_at(client, 2));
    ck_assert_ptr_null(cp_client_disclosure_at(NULL, 0));
    ck_assert_uint_eq(cp_client_disclosure_count(NULL), 0);
}
END_TEST

START_TEST(add_disclosure_rejects)
{
    cp_error e;
    cp_date on = cpt_date("2026-01-12");
    cp_date none = CP_DATE_NONE;
    cp_date bad = {2026, 0, 12};
    cp_consent_scope ns = CP_CONSENT_SCOPE_NON_SENSITIVE;
    add("k1", "2026-01-10");
    cp_disclosure *d = NULL;
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", ns, "k9", &d, &e), CP_ENOTFOUND,
                 "", &e);
    /* ids of other kinds are not consents */
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", ns, "mum", &d, &e), CP_ENOTFOUND,
                 "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", ns, "p1", &d, &e), CP_ENOTFOUND,
                 "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", ns, NULL, &d, &e), CP_EINVAL, "",
                 &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", ns, "", &d, &e), CP_EINVAL, "",
                 &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "", ns, "k1", &d, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, NULL, ns, "k1", &d, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "\xff", ns, "k1", &d, &e), CP_EVALUE, "",
                 &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", CP_CONSENT_SCOPE_UNSET, "k1", &d,
                                          &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, on, "school", (cp_consent_scope)3, "k1", &d,
                                          &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, none, "school", ns, "k1", &d, &e), CP_EINVAL,
                 "", &e);
    ck_assert_cp(cp_client_add_disclosure(client, bad, "school", ns, "k1", &d, &e), CP_ERANGE, "",
                 &e);
    ck_assert_cp(cp_client_add_disclosure(NULL, on, "school", ns, "k1", &d, &e), CP_EINVAL, "",
                 &e);
    ck_assert_ptr_null(d);
    ck_assert_uint_eq(cp_client_disclosure_count(client), 0);
}
END_TEST

START_TEST(api_built_consents_survive_save_and_load)
{
    cp_error e;
    cp_consent *k = NULL;
    ck_assert_ok(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING,
                                       cpt_date("2026-01-10"), &k, &e),
                 &e);
    ck_assert_ok(cp_consent_set_supporter(k, "mum", &e), &e);
    ck_assert_ok(cp_consent_set_withdrawn(k, cpt_date("2026-01-10"), &e), &e);
    ck_assert_ok(cp_consent_set_expires(k, cpt_date("2026-01-10"), &e), &e);
    cp_consent *k2 = add("k2", "2026-02-01");
    ck_assert_ok(cp_consent_set_purpose(k2, "College application", &e), &e);
    ck_assert_ok(cp_client_add_disclosure(client, cpt_date("2026-02-02"), "school",
                                          CP_CONSENT_SCOPE_NON_SENSITIVE, "k2", NULL, &e),
                 &e);
    char *json = NULL;
    size_t len = 0;
    ck_assert_ok(cp_client_save_string(client, NULL, &json, &len, &e), &e);
    cp_client *back = NULL;
    ck_assert_ok(cp_client_load_string(json, len, NULL, &back, &e), &e);
    cp_free(json);
    ck_assert_uint_eq(cp_client_consent_count(back), 2);
    const cp_consent *b1 = cp_client_consent_at(back, 0);
    ck_assert_str_eq(cp_consent_get_supporter(b1), "mum");
    ck_assert_int_eq(cp_consent_get_role(b1), CP_RECIPIENT_ROLE_UNSET);
    ck_assert_int_eq(cp_date_compare(cp_consent_get_withdrawn(b1), cpt_date("2026-01-10")), 0);
    const cp_consent *b2 = cp_client_consent_at(back, 1);
    ck_assert_int_eq(cp_consent_get_role(b2), CP_RECIPIENT_ROLE_SCHOOL);
    ck_assert_str_eq(cp_consent_get_purpose(b2), "College application");
    ck_assert_uint_eq(cp_client_disclosure_count(back), 1);
    ck_assert_str_eq(cp_disclosure_get_consent(cp_client_disclosure_at(back, 0)), "k2");
    cp_client_free(back);
}
END_TEST

START_TEST(consent_without_recipient_is_not_a_valid_document)
{
    /* The documented contract: set a recipient before saving. */
    cp_error e;
    ck_assert_ok(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING,
                                       cpt_date("2026-01-10"), NULL, &e),
                 &e);
    char *json = NULL;
    size_t len = 0;
    ck_assert_ok(cp_client_save_string(client, NULL, &json, &len, &e), &e);
    cp_client *back = NULL;
    ck_assert_cp(cp_client_load_string(json, len, NULL, &back, &e), CP_ETYPE,
                 "/consents/0/supporter", &e);
    cp_free(json);
    ck_assert_ptr_null(back);
}
END_TEST

START_TEST(loaded_consents_follow_the_same_rules)
{
    static const char json[] =
        "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"client\", \"id\": \"c\",\n"
        " \"supporters\": [{\"id\": \"dad\"}],\n"
        " \"consents\": [{\"id\": \"k\", \"supporter\": \"dad\", \"scope\": \"everything\",\n"
        "                \"granted\": \"2026-01-01\", \"expires\": \"2026-01-31\"}],\n"
        " \"disclosures\": [{\"date\": \"2026-01-02\", \"recipient\": \"dad\",\n"
        "                   \"scope\": \"everything\", \"consent\": \"k\"}]}\n";
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &c, &e), &e);
    cp_consent *k = cp_client_consent_at(c, 0);
    /* a loaded disclosure belongs to the loaded client, not the fixture's */
    ck_assert_ptr_eq(cp_disclosure_get_client(cp_client_disclosure_at(c, 0)), c);
    ck_assert_int_eq(cp_consent_is_active(k, cpt_date("2026-01-31")), 1);
    ck_assert_int_eq(cp_consent_is_active(k, cpt_date("2026-02-01")), 0);
    ck_assert_cp(cp_consent_set_expires(k, cpt_date("2025-12-31"), &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_remove_consent(c, 0, &e), CP_ESTATE, "", &e);
    ck_assert_cp(cp_client_remove_supporter(c, 0, &e), CP_ESTATE, "", &e);
    cp_client_free(c);
}
END_TEST

static Suite *consent_suite(void)
{
    Suite *s = suite_create("consent");
    TCase *tc = tcase_create("consent");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, add_and_read);
    tcase_add_test(tc, add_rejects);
    tcase_add_test(tc, recipient_supporter);
    tcase_add_test(tc, recipient_role);
    tcase_add_test(tc, scope_purpose_recorded_by);
    tcase_add_test(tc, given_by_and_how);
    tcase_add_test(tc, set_id);
    tcase_add_test(tc, granted_rules);
    tcase_add_test(tc, expires_rules);
    tcase_add_test(tc, withdrawn_rules);
    tcase_add_test(tc, active_from_the_grant_day);
    tcase_add_test(tc, active_through_the_expiry_day);
    tcase_add_test(tc, inactive_from_the_withdrawal_day);
    tcase_add_test(tc, active_edge_cases);
    tcase_add_test(tc, remove_consent);
    tcase_add_test(tc, remove_consent_refused_while_disclosed_under);
    tcase_add_test(tc, add_disclosure);
    tcase_add_test(tc, add_disclosure_rejects);
    tcase_add_test(tc, api_built_consents_survive_save_and_load);
    tcase_add_test(tc, consent_without_recipient_is_not_a_valid_document);
    tcase_add_test(tc, loaded_consents_follow_the_same_rules);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(consent_suite)
