/* Caseloads: ownership of clients and the id index through every change. */
#include "testutil.h"

#include <stdio.h>

static cp_caseload *cl;

static void setup(void)
{
    ck_assert_int_eq(cp_caseload_new(&cl, NULL), CP_OK);
}

static void teardown(void)
{
    cp_caseload_free(cl);
}

/* Every client is found by its own id and the index holds nothing else. */
static void assert_index_matches(const cp_caseload *caseload)
{
    size_t n = cp_caseload_client_count(caseload);
    for (size_t i = 0; i < n; i++) {
        cp_client *c = cp_caseload_client_at(caseload, i);
        ck_assert_ptr_eq(cp_client_get_caseload(c), caseload);
        ck_assert_ptr_eq(cp_caseload_find_client(caseload, cp_client_get_id(c)), c);
    }
}

START_TEST(new_and_name)
{
    cp_error e;
    ck_assert_ptr_nonnull(cl);
    ck_assert_ptr_null(cp_caseload_get_name(cl));
    ck_assert_uint_eq(cp_caseload_client_count(cl), 0);
    ck_assert_ptr_null(cp_caseload_client_at(cl, 0));
    ck_assert_ok(cp_caseload_set_name(cl, "North team", &e), &e);
    ck_assert_str_eq(cp_caseload_get_name(cl), "North team");
    ck_assert_cp(cp_caseload_set_name(cl, "\xff", &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_caseload_get_name(cl), "North team");
    ck_assert_ok(cp_caseload_set_name(cl, NULL, &e), &e);
    ck_assert_ptr_null(cp_caseload_get_name(cl));
    ck_assert_cp(cp_caseload_set_name(NULL, "x", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_new(NULL, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_caseload_client_count(NULL), 0);
    ck_assert_ptr_null(cp_caseload_client_at(NULL, 0));
    ck_assert_ptr_null(cp_caseload_find_client(NULL, "x"));
    ck_assert_ptr_null(cp_caseload_find_client(cl, NULL));
    cp_caseload_free(NULL);
}
END_TEST

START_TEST(add_client)
{
    cp_error e;
    cp_client *a = NULL, *b = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "a", &a, &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "b", &b, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 2);
    ck_assert_ptr_eq(cp_caseload_client_at(cl, 0), a);
    ck_assert_ptr_eq(cp_caseload_client_at(cl, 1), b);
    ck_assert_ptr_null(cp_caseload_client_at(cl, 2));
    ck_assert_ptr_eq(cp_client_get_caseload(a), cl);
    ck_assert_str_eq(cp_client_get_id(b), "b");
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "a"), a);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "b"), b);
    ck_assert_ptr_null(cp_caseload_find_client(cl, "c"));
    ck_assert_ok(cp_caseload_add_client(cl, "c", NULL, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 3);
}
END_TEST

START_TEST(add_client_rejects)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "a", NULL, &e), &e);
    ck_assert_cp(cp_caseload_add_client(cl, "a", &c, &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_caseload_add_client(cl, "", &c, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_add_client(cl, NULL, &c, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_add_client(cl, "\xc3", &c, &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_caseload_add_client(NULL, "b", &c, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(c);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 1);
    assert_index_matches(cl);
}
END_TEST

START_TEST(client_ids_apart_from_item_ids)
{
    /* Client ids are unique in the caseload; item ids only within a client. */
    cp_error e;
    cp_client *a = NULL, *b = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "a", &a, &e), &e);
    ck_assert_ok(cp_client_add_supporter(a, "b", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "b", &b, &e), &e);
    ck_assert_ok(cp_client_add_supporter(b, "b", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e), &e);
    ck_assert_ok(cp_client_add_supporter(b, "a", CP_SUPPORTER_ROLE_UNSET, NULL, NULL, &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "b"), b);
}
END_TEST

START_TEST(ten_thousand_clients)
{
    cp_error e;
    char id[32];
    for (int i = 0; i < 10000; i++) {
        snprintf(id, sizeof id, "client-%05d", i);
        ck_assert_ok(cp_caseload_add_client(cl, id, NULL, &e), &e);
    }
    ck_assert_uint_eq(cp_caseload_client_count(cl), 10000);
    for (int i = 0; i < 10000; i++) {
        snprintf(id, sizeof id, "client-%05d", i);
        cp_client *c = cp_caseload_find_client(cl, id);
        ck_assert_ptr_nonnull(c);
        ck_assert_ptr_eq(c, cp_caseload_client_at(cl, (size_t)i));
        ck_assert_str_eq(cp_client_get_id(c), id);
    }
    ck_assert_ptr_null(cp_caseload_find_client(cl, "client-10000"));
    ck_assert_ptr_null(cp_caseload_find_client(cl, "client-0000"));
    ck_assert_cp(cp_caseload_add_client(cl, "client-04242", NULL, &e), CP_EDUPLICATE, "", &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 10000);
}
END_TEST

START_TEST(rename_client_in_caseload)
{
    cp_error e;
    cp_client *a = NULL, *b = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "old", &a, &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "other", &b, &e), &e);
    ck_assert_ok(cp_client_set_id(a, "new", &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "new"), a);
    ck_assert_ptr_null(cp_caseload_find_client(cl, "old"));
    ck_assert_str_eq(cp_client_get_id(a), "new");
    /* another client's id is taken; the index is unchanged by the refusal */
    ck_assert_cp(cp_client_set_id(a, "other", &e), CP_EDUPLICATE, "", &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "other"), b);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "new"), a);
    /* renaming to itself is a no-op */
    ck_assert_ok(cp_client_set_id(a, "new", &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "new"), a);
    /* the old id is free for a new client */
    ck_assert_ok(cp_caseload_add_client(cl, "old", NULL, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 3);
    assert_index_matches(cl);
}
END_TEST

START_TEST(rename_many_keeps_index)
{
    /* Renames delete index entries from the middle of probe chains. */
    cp_error e;
    char id[32];
    for (int i = 0; i < 2000; i++) {
        snprintf(id, sizeof id, "c%d", i);
        ck_assert_ok(cp_caseload_add_client(cl, id, NULL, &e), &e);
    }
    for (int i = 0; i < 2000; i += 2) {
        snprintf(id, sizeof id, "renamed-%d", i);
        ck_assert_ok(cp_client_set_id(cp_caseload_client_at(cl, (size_t)i), id, &e), &e);
    }
    for (int i = 0; i < 2000; i++) {
        snprintf(id, sizeof id, i % 2 ? "c%d" : "renamed-%d", i);
        ck_assert_ptr_eq(cp_caseload_find_client(cl, id), cp_caseload_client_at(cl, (size_t)i));
        if (i % 2 == 0) {
            snprintf(id, sizeof id, "c%d", i);
            ck_assert_ptr_null(cp_caseload_find_client(cl, id));
        }
    }
    assert_index_matches(cl);
}
END_TEST

START_TEST(adopt_client)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_new("free", &c, &e), &e);
    ck_assert_ok(cp_client_add_supporter(c, "mum", CP_SUPPORTER_ROLE_PARENT_CARER, NULL, NULL,
                                         &e),
                 &e);
    ck_assert_ok(cp_caseload_adopt_client(cl, c, &e), &e);
    ck_assert_ptr_eq(cp_client_get_caseload(c), cl);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "free"), c);
    ck_assert_ptr_eq(cp_caseload_client_at(cl, 0), c);
    ck_assert_uint_eq(cp_client_supporter_count(c), 1);
    /* already in a caseload: this one or another */
    ck_assert_cp(cp_caseload_adopt_client(cl, c, &e), CP_EINVAL, "", &e);
    cp_caseload *other = NULL;
    ck_assert_ok(cp_caseload_new(&other, &e), &e);
    ck_assert_cp(cp_caseload_adopt_client(other, c, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_caseload_client_count(other), 0);
    cp_caseload_free(other);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 1);
    ck_assert_cp(cp_caseload_adopt_client(cl, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_adopt_client(NULL, c, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(adopt_duplicate_leaves_ownership)
{
    cp_error e;
    cp_client *in = NULL, *dup = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "x", &in, &e), &e);
    ck_assert_ok(cp_client_new("x", &dup, &e), &e);
    ck_assert_cp(cp_caseload_adopt_client(cl, dup, &e), CP_EDUPLICATE, "", &e);
    ck_assert_ptr_null(cp_client_get_caseload(dup));
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "x"), in);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 1);
    /* still the caller's: renamed, it can be adopted; freed, nothing leaks */
    ck_assert_ok(cp_client_set_id(dup, "y", &e), &e);
    ck_assert_ok(cp_caseload_adopt_client(cl, dup, &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "y"), dup);
    cp_client *dup2 = NULL;
    ck_assert_ok(cp_client_new("y", &dup2, &e), &e);
    ck_assert_cp(cp_caseload_adopt_client(cl, dup2, &e), CP_EDUPLICATE, "", &e);
    cp_client_free(dup2);
    assert_index_matches(cl);
}
END_TEST

START_TEST(adopt_loaded_client)
{
    static const char json[] =
        "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"client\", \"id\": \"loaded\",\n"
        " \"given_name\": \"Sam\"}\n";
    cp_error e;
    cp_document *doc = NULL;
    ck_assert_ok(cp_document_load_string(json, strlen(json), NULL, &doc, &e), &e);
    cp_client *c = cp_document_take_client(doc);
    ck_assert_ptr_nonnull(c);
    cp_document_free(doc);
    ck_assert_ok(cp_caseload_adopt_client(cl, c, &e), &e);
    ck_assert_str_eq(cp_client_get_given_name(cp_caseload_find_client(cl, "loaded")), "Sam");
}
END_TEST

START_TEST(take_client)
{
    cp_error e;
    cp_client *a = NULL, *b = NULL, *c = NULL, *got = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "a", &a, &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "b", &b, &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "c", &c, &e), &e);
    ck_assert_cp(cp_caseload_take_client(cl, 3, &got, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_caseload_take_client(cl, 0, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_caseload_take_client(NULL, 0, &got, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(got);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 3);
    ck_assert_ok(cp_caseload_take_client(cl, 1, &got, &e), &e);
    ck_assert_ptr_eq(got, b);
    ck_assert_ptr_null(cp_client_get_caseload(b));
    ck_assert_ptr_null(cp_caseload_find_client(cl, "b"));
    ck_assert_uint_eq(cp_caseload_client_count(cl), 2);
    ck_assert_ptr_eq(cp_caseload_client_at(cl, 1), c);
    assert_index_matches(cl);
    /* the taken client is free-standing: renaming it leaves the caseload alone */
    ck_assert_ok(cp_client_set_id(b, "a", &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "a"), a);
    ck_assert_cp(cp_caseload_adopt_client(cl, b, &e), CP_EDUPLICATE, "", &e);
    /* ...and it can move to another caseload */
    cp_caseload *other = NULL;
    ck_assert_ok(cp_caseload_new(&other, &e), &e);
    ck_assert_ok(cp_caseload_adopt_client(other, b, &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(other, "a"), b);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "a"), a);
    cp_caseload_free(other);
    /* the id taken out is free again */
    ck_assert_ok(cp_caseload_add_client(cl, "b", NULL, &e), &e);
    assert_index_matches(cl);
}
END_TEST

START_TEST(take_then_free)
{
    cp_error e;
    cp_client *got = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "a", NULL, &e), &e);
    ck_assert_ok(cp_caseload_take_client(cl, 0, &got, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 0);
    ck_assert_ptr_null(cp_caseload_find_client(cl, "a"));
    cp_client_free(got); /* the caller owns it now: valgrind sees no leak */
}
END_TEST

START_TEST(remove_client)
{
    cp_error e;
    char id[16];
    for (int i = 0; i < 100; i++) {
        snprintf(id, sizeof id, "r%d", i);
        ck_assert_ok(cp_caseload_add_client(cl, id, NULL, &e), &e);
    }
    ck_assert_cp(cp_caseload_remove_client(cl, 100, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_caseload_remove_client(NULL, 0, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_caseload_remove_client(cl, 50, &e), &e);
    ck_assert_ok(cp_caseload_remove_client(cl, 0, &e), &e);
    ck_assert_ok(cp_caseload_remove_client(cl, 97, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(cl), 97);
    ck_assert_ptr_null(cp_caseload_find_client(cl, "r0"));
    ck_assert_ptr_null(cp_caseload_find_client(cl, "r50"));
    ck_assert_ptr_null(cp_caseload_find_client(cl, "r99"));
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 0)), "r1");
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 48)), "r49");
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 49)), "r51");
    ck_assert_str_eq(cp_client_get_id(cp_caseload_client_at(cl, 96)), "r98");
    assert_index_matches(cl);
    ck_assert_ok(cp_caseload_add_client(cl, "r50", NULL, &e), &e);
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "r50"), cp_caseload_client_at(cl, 97));
}
END_TEST

START_TEST(client_free_on_owned_client_is_a_noop)
{
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_caseload_add_client(cl, "kept", &c, &e), &e);
    ck_assert_ok(cp_client_set_given_name(c, "Ash", &e), &e);
    cp_client_free(c);
    cp_client_free(c);
    /* still there and readable; the caseload frees it once (valgrind checks) */
    ck_assert_ptr_eq(cp_caseload_find_client(cl, "kept"), c);
    ck_assert_str_eq(cp_client_get_given_name(c), "Ash");
    ck_assert_uint_eq(cp_caseload_client_count(cl), 1);
}
END_TEST

START_TEST(loaded_caseload_index)
{
    static const char json[] =
        "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"caseload\", \"name\": \"T\",\n"
        " \"clients\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}]}\n";
    cp_error e;
    cp_caseload *loaded = NULL;
    ck_assert_ok(cp_caseload_load_string(json, strlen(json), NULL, &loaded, &e), &e);
    ck_assert_str_eq(cp_caseload_get_name(loaded), "T");
    ck_assert_ptr_eq(cp_caseload_find_client(loaded, "b"), cp_caseload_client_at(loaded, 1));
    ck_assert_cp(cp_caseload_add_client(loaded, "c", NULL, &e), CP_EDUPLICATE, "", &e);
    ck_assert_ok(cp_client_set_id(cp_caseload_client_at(loaded, 0), "z", &e), &e);
    ck_assert_ok(cp_caseload_remove_client(loaded, 1, &e), &e);
    ck_assert_ok(cp_caseload_add_client(loaded, "a", NULL, &e), &e);
    ck_assert_ptr_null(cp_caseload_find_client(loaded, "b"));
    assert_index_matches(loaded);
    cp_caseload_free(loaded);
}
END_TEST

START_TEST(api_built_caseload_survives_save_and_load)
{
    cp_error e;
    cp_client *a = NULL;
    ck_assert_ok(cp_caseload_set_name(cl, "South", &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "a", &a, &e), &e);
    ck_assert_ok(cp_client_set_uln(a, "1234567890", &e), &e);
    ck_assert_ok(cp_caseload_add_client(cl, "b", NULL, &e), &e);
    ck_assert_ok(cp_client_set_id(a, "a2", &e), &e);
    char *json = NULL;
    size_t len = 0;
    ck_assert_ok(cp_caseload_save_string(cl, NULL, &json, &len, &e), &e);
    cp_caseload *back = NULL;
    ck_assert_ok(cp_caseload_load_string(json, len, NULL, &back, &e), &e);
    cp_free(json);
    ck_assert_str_eq(cp_caseload_get_name(back), "South");
    ck_assert_uint_eq(cp_caseload_client_count(back), 2);
    ck_assert_str_eq(cp_client_get_uln(cp_caseload_find_client(back, "a2")), "1234567890");
    ck_assert_ptr_nonnull(cp_caseload_find_client(back, "b"));
    cp_caseload_free(back);
}
END_TEST

static Suite *caseload_suite(void)
{
    Suite *s = suite_create("caseload");
    TCase *tc = tcase_create("caseload");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, new_and_name);
    tcase_add_test(tc, add_client);
    tcase_add_test(tc, add_client_rejects);
    tcase_add_test(tc, client_ids_apart_from_item_ids);
    tcase_add_test(tc, ten_thousand_clients);
    tcase_add_test(tc, rename_client_in_caseload);
    tcase_add_test(tc, rename_many_keeps_index);
    tcase_add_test(tc, adopt_client);
    tcase_add_test(tc, adopt_duplicate_leaves_ownership);
    tcase_add_test(tc, adopt_loaded_client);
    tcase_add_test(tc, take_client);
    tcase_add_test(tc, take_then_free);
    tcase_add_test(tc, remove_client);
    tcase_add_test(tc, client_free_on_owned_client_is_a_noop);
    tcase_add_test(tc, loaded_caseload_index);
    tcase_add_test(tc, api_built_caseload_survives_save_and_load);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(caseload_suite)
