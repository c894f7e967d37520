/* Clients and supporters: accessors, validation, ids, removal, lookups. */
#include "testutil.h"

static cp_client *client;

static void setup(void)
{
    ck_assert_int_eq(cp_client_new("c1", &client, NULL), CP_OK);
}

static void teardown(void)
{
    cp_client_free(client);
}

/* A client with one of everything that can carry an id; supporter "mum" is
 * referenced by an action (owner_supporter) and "tutor" by an action's
 * supporters list. */
static const char rich_json[] =
    "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"client\", \"id\": \"rich\",\n"
    " \"supporters\": [{\"id\": \"mum\", \"role\": \"parent_carer\"},\n"
    "                {\"id\": \"tutor\", \"role\": \"tutor\"},\n"
    "                {\"id\": \"spare\"}],\n"
    " \"plans\": [{\"id\": \"p1\", \"created\": \"2026-01-10\",\n"
    "   \"goals\": [{\"id\": \"g1\", \"statement\": \"Find a course\",\n"
    "     \"actions\": [{\"id\": \"a1\", \"description\": \"Book the open day\",\n"
    "                  \"owner\": \"supporter\", \"owner_supporter\": \"mum\"},\n"
    "                 {\"id\": \"a2\", \"description\": \"Talk\",\n"
    "                  \"supporters\": [\"tutor\"]}]}],\n"
    "   \"reviews\": [{\"id\": \"r1\", \"date\": \"2026-02-10\",\n"
    "     \"outcomes\": [{\"action\": \"a1\", \"result\": \"achieved\"}]}]},\n"
    "  {\"id\": \"p2\", \"created\": \"2026-03-01\"}],\n"
    " \"consents\": [{\"id\": \"k1\", \"role\": \"school\", \"scope\": \"everything\",\n"
    "                \"granted\": \"2026-01-01\"}]}\n";

static cp_client *load_rich(void)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_string(rich_json, strlen(rich_json), NULL, &c, &e), &e);
    return c;
}

START_TEST(new_client_defaults)
{
    cp_date none = CP_DATE_NONE;
    ck_assert_str_eq(cp_client_get_id(client), "c1");
    ck_assert_ptr_null(cp_client_get_caseload(client));
    ck_assert_ptr_null(cp_client_get_upn(client));
    ck_assert_ptr_null(cp_client_get_uln(client));
    ck_assert_ptr_null(cp_client_get_service_ref(client));
    ck_assert_ptr_null(cp_client_get_given_name(client));
    ck_assert_ptr_null(cp_client_get_family_name(client));
    ck_assert_int_eq(cp_date_compare(cp_client_get_date_of_birth(client), none), 0);
    ck_assert_int_eq(cp_client_get_setting(client), CP_SETTING_UNSET);
    ck_assert_int_eq(cp_client_get_year_group(client), 0);
    ck_assert_int_eq(cp_client_get_age(client), 0);
    ck_assert_uint_eq(cp_client_get_support(client), 0);
    ck_assert_int_eq(cp_client_get_need_level(client), CP_NEED_LEVEL_UNSET);
    ck_assert_int_eq(cp_client_get_planning_style(client), CP_PLANNING_STYLE_UNSET);
    ck_assert_uint_eq(cp_client_get_recording_formats(client), 0);
    ck_assert_int_eq(cp_client_is_flexible_timing(client), 0);
    ck_assert_uint_eq(cp_client_supporter_count(client), 0);
    ck_assert_uint_eq(cp_client_plan_count(client), 0);
    ck_assert_ptr_null(cp_client_supporter_at(client, 0));
    ck_assert_ptr_null(cp_client_plan_at(client, 0));
}
END_TEST

START_TEST(new_client_rejects_bad_ids)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_cp(cp_client_new("", &c, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_new(NULL, &c, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_new("bad \xc3", &c, &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_client_new("x", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(c);
}
END_TEST

START_TEST(set_id)
{
    cp_error e;
    ck_assert_ok(cp_client_set_id(client, "c2", &e), &e);
    ck_assert_str_eq(cp_client_get_id(client), "c2");
    ck_assert_ok(cp_client_set_id(client, "c2", &e), &e);
    ck_assert_cp(cp_client_set_id(client, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_id(client, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_id(client, "\xff", &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_client_set_id(NULL, "c3", &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(cp_client_get_id(client), "c2");
}
END_TEST

START_TEST(client_id_is_apart_from_item_ids)
{
    /* A client's own id lives in the caseload's namespace, not its items'. */
    cp_error e;
    ck_assert_ok(cp_client_add_supporter(client, "c1", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e),
                 &e);
    ck_assert_ptr_null(cp_client_find_supporter(client, "c2"));
    ck_assert_str_eq(cp_supporter_get_id(cp_client_find_supporter(client, "c1")), "c1");
}
END_TEST

START_TEST(upn_valid)
{
    cp_error e;
    ck_assert_ok(cp_client_set_upn(client, "A12345678901B", &e), &e);
    ck_assert_str_eq(cp_client_get_upn(client), "A12345678901B");
    ck_assert_ok(cp_client_set_upn(client, "Z000000000009", &e), &e);
    ck_assert_str_eq(cp_client_get_upn(client), "Z000000000009");
    ck_assert_ok(cp_client_set_upn(client, NULL, &e), &e);
    ck_assert_ptr_null(cp_client_get_upn(client));
}
END_TEST

START_TEST(upn_invalid)
{
    static const char *const bad[] = {
        "",               /* empty */
        "a12345678901B",  /* lower-case first letter */
        "112345678901B",  /* digit first */
        "A12345678901b",  /* lower-case last letter */
        "A1234567890B",   /* 12 characters */
        "A12345678901BC", /* 14 characters */
        "A1234567890XB",  /* letter among the digits */
        "A12345678901-",  /* punctuation last */
        "A12345678901\xc3\x89", /* non-ASCII last */
    };
    cp_error e;
    ck_assert_ok(cp_client_set_upn(client, "A12345678901B", &e), &e);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_cp(cp_client_set_upn(client, bad[i], &e), CP_EVALUE, "", &e);
        ck_assert_str_eq(cp_client_get_upn(client), "A12345678901B");
    }
    ck_assert_cp(cp_client_set_upn(NULL, "A12345678901B", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(uln_valid_and_invalid)
{
    static const char *const bad[] = {"", "123456789", "12345678901", "12345678a0", " 123456789",
                                      "１２３４５６７８９０"};
    cp_error e;
    ck_assert_ok(cp_client_set_uln(client, "1234567890", &e), &e);
    ck_assert_str_eq(cp_client_get_uln(client), "1234567890");
    ck_assert_ok(cp_client_set_uln(client, "0000000001", &e), &e);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_cp(cp_client_set_uln(client, bad[i], &e), CP_EVALUE, "", &e);
        ck_assert_str_eq(cp_client_get_uln(client), "0000000001");
    }
    ck_assert_ok(cp_client_set_uln(client, NULL, &e), &e);
    ck_assert_ptr_null(cp_client_get_uln(client));
    ck_assert_cp(cp_client_set_uln(NULL, "1234567890", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(text_fields)
{
    cp_error e;
    ck_assert_ok(cp_client_set_service_ref(client, "SR-1", &e), &e);
    ck_assert_ok(cp_client_set_given_name(client, "Zoë", &e), &e);
    ck_assert_ok(cp_client_set_family_name(client, "O'Neill", &e), &e);
    ck_assert_str_eq(cp_client_get_service_ref(client), "SR-1");
    ck_assert_str_eq(cp_client_get_given_name(client), "Zoë");
    ck_assert_str_eq(cp_client_get_family_name(client), "O'Neill");
    ck_assert_cp(cp_client_set_service_ref(client, "\xc0\xaf", &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_client_set_given_name(client, "\xed\xa0\x80", &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_client_set_family_name(client, "\xff", &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_client_get_service_ref(client), "SR-1");
    ck_assert_str_eq(cp_client_get_given_name(client), "Zoë");
    ck_assert_str_eq(cp_client_get_family_name(client), "O'Neill");
    ck_assert_ok(cp_client_set_service_ref(client, NULL, &e), &e);
    ck_assert_ok(cp_client_set_given_name(client, NULL, &e), &e);
    ck_assert_ok(cp_client_set_family_name(client, NULL, &e), &e);
    ck_assert_ptr_null(cp_client_get_service_ref(client));
    ck_assert_ptr_null(cp_client_get_given_name(client));
    ck_assert_ptr_null(cp_client_get_family_name(client));
    ck_assert_cp(cp_client_set_service_ref(NULL, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_given_name(NULL, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_family_name(NULL, "x", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(date_of_birth)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2010, 2, 30};
    ck_assert_ok(cp_client_set_date_of_birth(client, cpt_date("2010-09-01"), &e), &e);
    ck_assert_int_eq(cp_date_compare(cp_client_get_date_of_birth(client), cpt_date("2010-09-01")),
                     0);
    ck_assert_cp(cp_client_set_date_of_birth(client, feb30, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_date_compare(cp_client_get_date_of_birth(client), cpt_date("2010-09-01")),
                     0);
    ck_assert_ok(cp_client_set_date_of_birth(client, none, &e), &e);
    ck_assert_int_eq(cp_date_is_none(cp_client_get_date_of_birth(client)), 1);
    ck_assert_cp(cp_client_set_date_of_birth(NULL, none, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(setting_need_level_planning_style)
{
    cp_error e;
    ck_assert_ok(cp_client_set_setting(client, CP_SETTING_NEET, &e), &e);
    ck_assert_int_eq(cp_client_get_setting(client), CP_SETTING_NEET);
    ck_assert_cp(cp_client_set_setting(client, (cp_setting)8, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_set_setting(client, (cp_setting)-1, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_client_get_setting(client), CP_SETTING_NEET);
    ck_assert_ok(cp_client_set_setting(client, CP_SETTING_UNSET, &e), &e);
    ck_assert_int_eq(cp_client_get_setting(client), CP_SETTING_UNSET);

    ck_assert_ok(cp_client_set_need_level(client, CP_NEED_LEVEL_INTENSIVE, &e), &e);
    ck_assert_int_eq(cp_client_get_need_level(client), CP_NEED_LEVEL_INTENSIVE);
    ck_assert_cp(cp_client_set_need_level(client, (cp_need_level)4, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_client_get_need_level(client), CP_NEED_LEVEL_INTENSIVE);
    ck_assert_ok(cp_client_set_need_level(client, CP_NEED_LEVEL_UNSET, &e), &e);
    ck_assert_int_eq(cp_client_get_need_level(client), CP_NEED_LEVEL_UNSET);

    ck_assert_ok(cp_client_set_planning_style(client, CP_PLANNING_STYLE_RIVER_PERSON, &e), &e);
    ck_assert_int_eq(cp_client_get_planning_style(client), CP_PLANNING_STYLE_RIVER_PERSON);
    ck_assert_cp(cp_client_set_planning_style(client, (cp_planning_style)4, &e), CP_ERANGE, "",
                 &e);
    ck_assert_int_eq(cp_client_get_planning_style(client), CP_PLANNING_STYLE_RIVER_PERSON);

    ck_assert_cp(cp_client_set_setting(NULL, CP_SETTING_ADULT, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_need_level(NULL, CP_NEED_LEVEL_UNIVERSAL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_planning_style(NULL, CP_PLANNING_STYLE_NOT_KNOWN, &e), CP_EINVAL,
                 "", &e);
}
END_TEST

START_TEST(year_group_range)
{
    cp_error e;
    ck_assert_ok(cp_client_set_year_group(client, 7, &e), &e);
    ck_assert_int_eq(cp_client_get_year_group(client), 7);
    ck_assert_ok(cp_client_set_year_group(client, 13, &e), &e);
    ck_assert_int_eq(cp_client_get_year_group(client), 13);
    ck_assert_cp(cp_client_set_year_group(client, 6, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_set_year_group(client, 14, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_set_year_group(client, -7, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_client_get_year_group(client), 13);
    ck_assert_ok(cp_client_set_year_group(client, 0, &e), &e);
    ck_assert_int_eq(cp_client_get_year_group(client), 0);
    ck_assert_cp(cp_client_set_year_group(NULL, 7, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(age_range)
{
    cp_error e;
    ck_assert_ok(cp_client_set_age(client, 1, &e), &e);
    ck_assert_int_eq(cp_client_get_age(client), 1);
    ck_assert_ok(cp_client_set_age(client, 150, &e), &e);
    ck_assert_int_eq(cp_client_get_age(client), 150);
    ck_assert_cp(cp_client_set_age(client, 151, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_set_age(client, -1, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_client_get_age(client), 150);
    ck_assert_ok(cp_client_set_age(client, 0, &e), &e);
    ck_assert_int_eq(cp_client_get_age(client), 0);
    ck_assert_cp(cp_client_set_age(NULL, 20, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(support_flags)
{
    cp_error e;
    ck_assert_ok(cp_client_set_support(client, CP_SUPPORT_SEND | CP_SUPPORT_EAL, &e), &e);
    ck_assert_uint_eq(cp_client_get_support(client), CP_SUPPORT_SEND | CP_SUPPORT_EAL);
    ck_assert_int_eq(cp_client_has_support(client, CP_SUPPORT_SEND), 1);
    ck_assert_int_eq(cp_client_has_support(client, CP_SUPPORT_EAL), 1);
    ck_assert_int_eq(cp_client_has_support(client, CP_SUPPORT_EHC_PLAN), 0);
    ck_assert_int_eq(cp_client_has_support(client, (cp_support)0), 0);
    ck_assert_int_eq(
        cp_client_has_support(client, (cp_support)(CP_SUPPORT_SEND | CP_SUPPORT_EHC_PLAN)), 0);
    ck_assert_cp(cp_client_set_support(client, 1u << 7, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_set_support(client, CP_SUPPORT_SEND | 0x80000000u, &e), CP_EINVAL, "",
                 &e);
    ck_assert_uint_eq(cp_client_get_support(client), CP_SUPPORT_SEND | CP_SUPPORT_EAL);
    ck_assert_ok(cp_client_set_support(client, CP_SUPPORT_ALL, &e), &e);
    ck_assert_uint_eq(cp_client_get_support(client), 0x7Fu);
    ck_assert_int_eq(cp_client_has_support(client, CP_SUPPORT_RISK_OF_NEET), 1);
    ck_assert_ok(cp_client_set_support(client, 0, &e), &e);
    ck_assert_uint_eq(cp_client_get_support(client), 0);
    ck_assert_cp(cp_client_set_support(NULL, 0, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(recording_format_flags)
{
    cp_error e;
    unsigned two = CP_RECORDING_FORMAT_DRAWING | CP_RECORDING_FORMAT_ONLINE_PLATFORM;
    ck_assert_ok(cp_client_set_recording_formats(client, two, &e), &e);
    ck_assert_uint_eq(cp_client_get_recording_formats(client), two);
    ck_assert_int_eq(cp_client_has_recording_format(client, CP_RECORDING_FORMAT_DRAWING), 1);
    ck_assert_int_eq(cp_client_has_recording_format(client, CP_RECORDING_FORMAT_TEMPLATE), 0);
    ck_assert_int_eq(cp_client_has_recording_format(client, (cp_recording_format)0), 0);
    ck_assert_cp(cp_client_set_recording_formats(client, 1u << 9, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_client_get_recording_formats(client), two);
    ck_assert_ok(cp_client_set_recording_formats(client, CP_RECORDING_FORMAT_ALL, &e), &e);
    ck_assert_uint_eq(cp_client_get_recording_formats(client), 0x1FFu);
    ck_assert_ok(cp_client_set_recording_formats(client, 0, &e), &e);
    ck_assert_uint_eq(cp_client_get_recording_formats(client), 0);
    ck_assert_cp(cp_client_set_recording_formats(NULL, 0, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(flexible_timing)
{
    cp_error e;
    ck_assert_ok(cp_client_set_flexible_timing(client, 7, &e), &e);
    ck_assert_int_eq(cp_client_is_flexible_timing(client), 1);
    ck_assert_ok(cp_client_set_flexible_timing(client, 0, &e), &e);
    ck_assert_int_eq(cp_client_is_flexible_timing(client), 0);
    ck_assert_cp(cp_client_set_flexible_timing(NULL, 1, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(api_values_survive_save_and_load)
{
    /* The setters and the loader apply the same rules: what one accepts the other reads back. */
    cp_error e;
    ck_assert_ok(cp_client_set_upn(client, "A12345678901B", &e), &e);
    ck_assert_ok(cp_client_set_uln(client, "1234567890", &e), &e);
    ck_assert_ok(cp_client_set_year_group(client, 11, &e), &e);
    ck_assert_ok(cp_client_set_support(client, CP_SUPPORT_EHC_PLAN | CP_SUPPORT_YOUNG_CARER, &e),
                 &e);
    ck_assert_ok(cp_client_set_recording_formats(client, CP_RECORDING_FORMAT_WHITEBOARD, &e), &e);
    ck_assert_ok(cp_client_set_flexible_timing(client, 1, &e), &e);
    ck_assert_ok(cp_client_set_date_of_birth(client, cpt_date("2010-02-28"), &e), &e);
    ck_assert_ok(cp_client_add_supporter(client, "s1", CP_SUPPORTER_ROLE_SENCO, "Ms Green", NULL,
                                         &e),
                 &e);
    char *json = NULL;
    size_t len = 0;
    ck_assert_ok(cp_client_save_string(client, NULL, &json, &len, &e), &e);
    cp_client *back = NULL;
    ck_assert_ok(cp_client_load_string(json, len, NULL, &back, &e), &e);
    cp_free(json);
    ck_assert_str_eq(cp_client_get_upn(back), "A12345678901B");
    ck_assert_str_eq(cp_client_get_uln(back), "1234567890");
    ck_assert_int_eq(cp_client_get_year_group(back), 11);
    ck_assert_uint_eq(cp_client_get_support(back), CP_SUPPORT_EHC_PLAN | CP_SUPPORT_YOUNG_CARER);
    ck_assert_uint_eq(cp_client_get_recording_formats(back), CP_RECORDING_FORMAT_WHITEBOARD);
    ck_assert_int_eq(cp_client_is_flexible_timing(back), 1);
    ck_assert_int_eq(cp_date_compare(cp_client_get_date_of_birth(back), cpt_date("2010-02-28")),
                     0);
    ck_assert_uint_eq(cp_client_supporter_count(back), 1);
    ck_assert_int_eq(cp_supporter_get_role(cp_client_supporter_at(back, 0)),
                     CP_SUPPORTER_ROLE_SENCO);
    cp_client_free(back);
}
END_TEST

START_TEST(add_supporter)
{
    cp_error e;
    cp_supporter *s = NULL;
    ck_assert_ok(cp_client_add_supporter(client, "mum", CP_SUPPORTER_ROLE_PARENT_CARER, "Jo", &s,
                                         &e),
                 &e);
    ck_assert_ptr_nonnull(s);
    ck_assert_ptr_eq(cp_supporter_get_client(s), client);
    ck_assert_str_eq(cp_supporter_get_id(s), "mum");
    ck_assert_int_eq(cp_supporter_get_role(s), CP_SUPPORTER_ROLE_PARENT_CARER);
    ck_assert_str_eq(cp_supporter_get_name(s), "Jo");
    ck_assert_ptr_null(cp_supporter_get_contact(s));
    /* role unset and no name are fine */
    cp_supporter *bare = NULL;
    ck_assert_ok(cp_client_add_supporter(client, "x", CP_SUPPORTER_ROLE_UNSET, NULL, &bare, &e),
                 &e);
    ck_assert_int_eq(cp_supporter_get_role(bare), CP_SUPPORTER_ROLE_UNSET);
    ck_assert_ptr_null(cp_supporter_get_name(bare));
    ck_assert_uint_eq(cp_client_supporter_count(client), 2);
    ck_assert_ptr_eq(cp_client_supporter_at(client, 0), s);
    ck_assert_ptr_eq(cp_client_supporter_at(client, 1), bare);
    ck_assert_ptr_null(cp_client_supporter_at(client, 2));
    ck_assert_uint_eq(cp_client_supporter_count(NULL), 0);
    ck_assert_ptr_null(cp_client_supporter_at(NULL, 0));
}
END_TEST

START_TEST(add_supporter_rejects)
{
    cp_error e;
    cp_supporter *s = NULL;
    ck_assert_cp(cp_client_add_supporter(client, "s", (cp_supporter_role)9, NULL, &s, &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_add_supporter(client, "s", (cp_supporter_role)-1, NULL, &s, &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_add_supporter(client, "s", CP_SUPPORTER_ROLE_TUTOR, "\xff", &s, &e),
                 CP_EVALUE, "", &e);
    ck_assert_cp(cp_client_add_supporter(client, "", CP_SUPPORTER_ROLE_TUTOR, NULL, &s, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_supporter(client, NULL, CP_SUPPORTER_ROLE_TUTOR, NULL, &s, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_client_add_supporter(NULL, "s", CP_SUPPORTER_ROLE_TUTOR, NULL, &s, &e),
                 CP_EINVAL, "", &e);
    ck_assert_ptr_null(s);
    ck_assert_uint_eq(cp_client_supporter_count(client), 0);
    /* the rejected id is still free */
    ck_assert_ok(cp_client_add_supporter(client, "s", CP_SUPPORTER_ROLE_TUTOR, NULL, NULL, &e),
                 &e);
    ck_assert_cp(cp_client_add_supporter(client, "s", CP_SUPPORTER_ROLE_MENTOR, NULL, NULL, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_uint_eq(cp_client_supporter_count(client), 1);
}
END_TEST

START_TEST(ids_shared_across_kinds)
{
    cp_error e;
    cp_plan *p = NULL;
    ck_assert_ok(cp_client_add_plan(client, "p1", cpt_date("2026-01-10"), &p, &e), &e);
    ck_assert_ok(cp_client_add_supporter(client, "s1", CP_SUPPORTER_ROLE_TUTOR, NULL, NULL, &e),
                 &e);
    ck_assert_ok(cp_plan_add_goal(p, "g1", "A goal", NULL, &e), &e);
    /* a supporter id equal to a plan id, or a goal id, is refused */
    ck_assert_cp(cp_client_add_supporter(client, "p1", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_client_add_supporter(client, "g1", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e),
                 CP_EDUPLICATE, "", &e);
    /* and the other way round */
    ck_assert_cp(cp_client_add_plan(client, "s1", cpt_date("2026-01-10"), NULL, &e),
                 CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_plan_add_goal(p, "s1", "Clash", NULL, &e), CP_EDUPLICATE, "", &e);
    /* renaming into another kind's id is refused too */
    cp_supporter *s = cp_client_supporter_at(client, 0);
    ck_assert_cp(cp_supporter_set_id(s, "p1", &e), CP_EDUPLICATE, "", &e);
    ck_assert_str_eq(cp_supporter_get_id(s), "s1");
    ck_assert_uint_eq(cp_client_supporter_count(client), 1);
    ck_assert_uint_eq(cp_client_plan_count(client), 1);
}
END_TEST

START_TEST(supporter_setters)
{
    cp_error e;
    cp_supporter *s = NULL;
    ck_assert_ok(cp_client_add_supporter(client, "s1", CP_SUPPORTER_ROLE_TUTOR, NULL, &s, &e), &e);
    ck_assert_ok(cp_supporter_set_role(s, CP_SUPPORTER_ROLE_OTHER, &e), &e);
    ck_assert_int_eq(cp_supporter_get_role(s), CP_SUPPORTER_ROLE_OTHER);
    ck_assert_cp(cp_supporter_set_role(s, (cp_supporter_role)9, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_supporter_get_role(s), CP_SUPPORTER_ROLE_OTHER);
    ck_assert_ok(cp_supporter_set_role(s, CP_SUPPORTER_ROLE_UNSET, &e), &e);
    ck_assert_int_eq(cp_supporter_get_role(s), CP_SUPPORTER_ROLE_UNSET);
    ck_assert_ok(cp_supporter_set_name(s, "Mr Brown", &e), &e);
    ck_assert_str_eq(cp_supporter_get_name(s), "Mr Brown");
    ck_assert_cp(cp_supporter_set_name(s, "\xff", &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_supporter_get_name(s), "Mr Brown");
    ck_assert_ok(cp_supporter_set_name(s, NULL, &e), &e);
    ck_assert_ptr_null(cp_supporter_get_name(s));
    ck_assert_ok(cp_supporter_set_contact(s, "01632 960000", &e), &e);
    ck_assert_str_eq(cp_supporter_get_contact(s), "01632 960000");
    ck_assert_cp(cp_supporter_set_contact(s, "\xc3", &e), CP_EVALUE, "", &e);
    ck_assert_ok(cp_supporter_set_contact(s, NULL, &e), &e);
    ck_assert_ptr_null(cp_supporter_get_contact(s));
    ck_assert_ok(cp_supporter_set_id(s, "s2", &e), &e);
    ck_assert_str_eq(cp_supporter_get_id(s), "s2");
    ck_assert_ok(cp_supporter_set_id(s, "s2", &e), &e);
    ck_assert_cp(cp_supporter_set_id(s, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_supporter_set_id(s, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_eq(cp_client_find_supporter(client, "s2"), s);
    ck_assert_ptr_null(cp_client_find_supporter(client, "s1"));
    ck_assert_cp(cp_supporter_set_role(NULL, CP_SUPPORTER_ROLE_TUTOR, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_supporter_set_name(NULL, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_supporter_set_contact(NULL, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_supporter_set_id(NULL, "x", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(remove_supporter_refused_while_consent_refers)
{
    cp_error e;
    cp_consent *k = NULL;
    ck_assert_ok(cp_client_add_supporter(client, "mum", CP_SUPPORTER_ROLE_PARENT_CARER, NULL, NULL,
                                         &e),
                 &e);
    ck_assert_ok(cp_client_add_consent(client, "k1", CP_CONSENT_SCOPE_EVERYTHING,
                                       cpt_date("2026-01-01"), &k, &e),
                 &e);
    ck_assert_ok(cp_consent_set_supporter(k, "mum", &e), &e);
    ck_assert_cp(cp_client_remove_supporter(client, 0, &e), CP_ESTATE, "", &e);
    ck_assert_uint_eq(cp_client_supporter_count(client), 1);
    /* nor may it be renamed under the consent */
    ck_assert_cp(cp_supporter_set_id(cp_client_supporter_at(client, 0), "mother", &e), CP_ESTATE,
                 "", &e);
    ck_assert_str_eq(cp_supporter_get_id(cp_client_supporter_at(client, 0)), "mum");
    /* once the consent names a role instead, the supporter can go */
    ck_assert_ok(cp_consent_set_role(k, CP_RECIPIENT_ROLE_SCHOOL, &e), &e);
    ck_assert_ok(cp_client_remove_supporter(client, 0, &e), &e);
    ck_assert_uint_eq(cp_client_supporter_count(client), 0);
    ck_assert_ptr_null(cp_client_find_supporter(client, "mum"));
}
END_TEST

START_TEST(remove_supporter_refused_while_action_refers)
{
    cp_error e;
    cp_client *c = load_rich();
    /* "mum" owns action a1, "tutor" supports a2; "spare" is free */
    ck_assert_cp(cp_client_remove_supporter(c, 0, &e), CP_ESTATE, "", &e);
    ck_assert_cp(cp_client_remove_supporter(c, 1, &e), CP_ESTATE, "", &e);
    ck_assert_ok(cp_client_remove_supporter(c, 2, &e), &e);
    ck_assert_cp(cp_client_remove_supporter(c, 2, &e), CP_ERANGE, "", &e);
    ck_assert_uint_eq(cp_client_supporter_count(c), 2);
    ck_assert_str_eq(cp_supporter_get_id(cp_client_supporter_at(c, 0)), "mum");
    ck_assert_str_eq(cp_supporter_get_id(cp_client_supporter_at(c, 1)), "tutor");
    ck_assert_cp(cp_client_remove_supporter(NULL, 0, &e), CP_EINVAL, "", &e);
    cp_client_free(c);
}
END_TEST

START_TEST(plans_list)
{
    cp_error e;
    cp_plan *p1 = NULL, *p2 = NULL;
    ck_assert_ok(cp_client_add_plan(client, "p1", cpt_date("2026-01-10"), &p1, &e), &e);
    ck_assert_ok(cp_client_add_plan(client, "p2", cpt_date("2026-02-10"), &p2, &e), &e);
    ck_assert_uint_eq(cp_client_plan_count(client), 2);
    ck_assert_ptr_eq(cp_client_plan_at(client, 0), p1);
    ck_assert_ptr_eq(cp_client_plan_at(client, 1), p2);
    ck_assert_ptr_null(cp_client_plan_at(client, 2));
    ck_assert_uint_eq(cp_client_plan_count(NULL), 0);
    ck_assert_ptr_null(cp_client_plan_at(NULL, 0));
    ck_assert_cp(cp_client_remove_plan(client, 2, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_remove_plan(NULL, 0, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_client_remove_plan(client, 0, &e), &e);
    ck_assert_uint_eq(cp_client_plan_count(client), 1);
    ck_assert_ptr_eq(cp_client_plan_at(client, 0), p2);
    ck_assert_ptr_null(cp_client_find_plan(client, "p1"));
    /* the removed id is free again */
    ck_assert_ok(cp_client_add_supporter(client, "p1", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e),
                 &e);
}
END_TEST

START_TEST(remove_plan_refused_while_referenced)
{
    /* a plan whose goal is scored by a review in another plan cannot go */
    static const char json[] =
        "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"client\", \"id\": \"c\",\n"
        " \"plans\": [{\"id\": \"p1\", \"created\": \"2026-01-10\",\n"
        "              \"goals\": [{\"id\": \"g1\", \"statement\": \"Goal\"}]},\n"
        "             {\"id\": \"p2\", \"created\": \"2026-02-10\",\n"
        "              \"reviews\": [{\"id\": \"r1\", \"date\": \"2026-03-01\",\n"
        "                \"goal_scores\": [{\"goal\": \"g1\", \"score\": 5}]}]}]}\n";
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &c, &e), &e);
    ck_assert_cp(cp_client_remove_plan(c, 0, &e), CP_ESTATE, "", &e);
    ck_assert_uint_eq(cp_client_plan_count(c), 2);
    ck_assert_ok(cp_client_remove_plan(c, 1, &e), &e);
    ck_assert_ok(cp_client_remove_plan(c, 0, &e), &e);
    ck_assert_uint_eq(cp_client_plan_count(c), 0);
    cp_client_free(c);
}
END_TEST

START_TEST(find_by_id_and_kind)
{
    cp_client *c = load_rich();
    cp_plan *p1 = cp_client_plan_at(c, 0);
    cp_goal *g1 = cp_plan_goal_at(p1, 0);
    ck_assert_ptr_eq(cp_client_find_supporter(c, "tutor"), cp_client_supporter_at(c, 1));
    ck_assert_ptr_eq(cp_client_find_plan(c, "p2"), cp_client_plan_at(c, 1));
    ck_assert_ptr_eq(cp_client_find_goal(c, "g1"), g1);
    ck_assert_ptr_eq(cp_client_find_action(c, "a2"), cp_goal_action_at(g1, 1));
    ck_assert_str_eq(cp_review_get_id(cp_client_find_review(c, "r1")), "r1");
    ck_assert_ptr_eq(cp_review_get_plan(cp_client_find_review(c, "r1")), p1);
    ck_assert_ptr_eq(cp_client_find_consent(c, "k1"), cp_client_consent_at(c, 0));
    /* an id of another kind is not found */
    ck_assert_ptr_null(cp_client_find_goal(c, "a1"));
    ck_assert_ptr_null(cp_client_find_action(c, "g1"));
    ck_assert_ptr_null(cp_client_find_plan(c, "mum"));
    ck_assert_ptr_null(cp_client_find_supporter(c, "p1"));
    ck_assert_ptr_null(cp_client_find_review(c, "k1"));
    ck_assert_ptr_null(cp_client_find_consent(c, "r1"));
    /* nor an unknown id, nor the client's own id */
    ck_assert_ptr_null(cp_client_find_goal(c, "g9"));
    ck_assert_ptr_null(cp_client_find_supporter(c, "rich"));
    ck_assert_ptr_null(cp_client_find_plan(c, NULL));
    ck_assert_ptr_null(cp_client_find_plan(NULL, "p1"));
    cp_client_free(c);
}
END_TEST

START_TEST(free_null_is_noop)
{
    cp_client_free(NULL);
}
END_TEST

static Suite *client_suite(void)
{
    Suite *s = suite_create("client");
    TCase *tc = tcase_create("client");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, new_client_defaults);
    tcase_add_test(tc, new_client_rejects_bad_ids);
    tcase_add_test(tc, set_id);
    tcase_add_test(tc, client_id_is_apart_from_item_ids);
    tcase_add_test(tc, upn_valid);
    tcase_add_test(tc, upn_invalid);
    tcase_add_test(tc, uln_valid_and_invalid);
    tcase_add_test(tc, text_fields);
    tcase_add_test(tc, date_of_birth);
    tcase_add_test(tc, setting_need_level_planning_style);
    tcase_add_test(tc, year_group_range);
    tcase_add_test(tc, age_range);
    tcase_add_test(tc, support_flags);
    tcase_add_test(tc, recording_format_flags);
    tcase_add_test(tc, flexible_timing);
    tcase_add_test(tc, api_values_survive_save_and_load);
    tcase_add_test(tc, add_supporter);
    tcase_add_test(tc, add_supporter_rejects);
    tcase_add_test(tc, ids_shared_across_kinds);
    tcase_add_test(tc, supporter_setters);
    tcase_add_test(tc, remove_supporter_refused_while_consent_refers);
    tcase_add_test(tc, remove_supporter_refused_while_action_refers);
    tcase_add_test(tc, plans_list);
    tcase_add_test(tc, remove_plan_refused_while_referenced);
    tcase_add_test(tc, find_by_id_and_kind);
    tcase_add_test(tc, free_null_is_noop);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(client_suite)
