/* The arena a loaded client is built in (src/lib/core/arena.c): alignment,
 * zeroing, copies, growth past a block, what it owns; and the model over
 * it: a client the per-client loader built keeps its nodes and strings in
 * its arena, and every way of replacing or removing them (setters, list
 * and string-list removals, sections, owner and role changes, the review
 * cycle, the CSV import, taking and adopting) frees only what is not in the
 * arena. Run under ASan and valgrind (.ci/run), an arena string freed by
 * mistake is an invalid free. */
#include "testutil.h"

#include "../../src/lib/core/arena.h"
#include "../../src/lib/model/model.h"

#include <stdint.h>
#include <stdlib.h>

START_TEST(allocations)
{
    cp__arena *a = cp__arena_new(64);
    ck_assert_ptr_nonnull(a);
    size_t size = cp__arena_size(a);
    ck_assert_uint_ge(size, 64);
    char *s = cp__arena_strndup(a, "abcdef", 3); /* a copy of 3 bytes and a NUL */
    ck_assert_str_eq(s, "abc");
    long long *n = cp__arena_calloc(a, 3 * sizeof *n);
    ck_assert_ptr_nonnull(n);
    ck_assert_uint_eq((uintptr_t)n % _Alignof(long long), 0); /* aligned after a string */
    ck_assert(n[0] == 0 && n[1] == 0 && n[2] == 0);
    ck_assert_uint_eq(cp__arena_size(a), size); /* all in the first block */
    ck_assert_str_eq(cp__arena_strndup(a, "", 0), "");
    ck_assert_int_eq(cp__arena_owns(a, s), 1);
    ck_assert_int_eq(cp__arena_owns(a, n + 2), 1);
    int local = 0;
    char *heap = malloc(8);
    ck_assert_int_eq(cp__arena_owns(a, &local), 0);
    ck_assert_int_eq(cp__arena_owns(a, heap), 0);
    ck_assert_int_eq(cp__arena_owns(a, NULL), 0);
    ck_assert_int_eq(cp__arena_owns(NULL, s), 0);
    free(heap);
    cp__arena_free(a);
    cp__arena_free(NULL);
}
END_TEST

START_TEST(growth)
{
    cp__arena *a = cp__arena_new(16);
    ck_assert_ptr_nonnull(a);
    size_t first = cp__arena_size(a);
    /* a request larger than the minimum block gets a block of its own */
    char *big = cp__arena_calloc(a, 3 * CP__ARENA_MIN_BLOCK);
    ck_assert_ptr_nonnull(big);
    ck_assert_uint_ge(cp__arena_size(a), first + 3 * CP__ARENA_MIN_BLOCK);
    memset(big, 'x', 3 * CP__ARENA_MIN_BLOCK);
    /* small ones fill blocks of the minimum size */
    char *p[200];
    size_t before = cp__arena_size(a);
    for (int i = 0; i < 200; i++) {
        char text[16];
        snprintf(text, sizeof text, "item %03d", i);
        p[i] = cp__arena_strndup(a, text, strlen(text));
        ck_assert_ptr_nonnull(p[i]);
    }
    ck_assert_uint_gt(cp__arena_size(a), before);
    for (int i = 0; i < 200; i++) {
        char text[16];
        snprintf(text, sizeof text, "item %03d", i);
        ck_assert_str_eq(p[i], text); /* no block overwrote another's */
        ck_assert_int_eq(cp__arena_owns(a, p[i]), 1);
    }
    ck_assert_int_eq(cp__arena_owns(a, big + 3 * CP__ARENA_MIN_BLOCK - 1), 1);
    ck_assert_ptr_null(cp__arena_calloc(a, SIZE_MAX - 4)); /* refused, not wrapped */
    ck_assert_ptr_null(cp__arena_strndup(a, "x", SIZE_MAX));
    cp__arena_free(a);
}
END_TEST

/* A caseload of one client with everything the edits below replace or
 * remove: a supporter, an action the supporter owns with barriers and
 * resources, a second action, a section, a consent to the supporter. */
static const char doc[] =
    "{'format':'careerplan','version':1,'kind':'caseload','clients':[{'id':'c1',"
    "'given_name':'Sam','family_name':'Smith',"
    "'supporters':[{'id':'s1','role':'parent_carer','name':'Pat'}],"
    "'plans':[{'id':'p1','created':'2026-01-05','status':'agreed',"
    "'where_you_are_now':{'text':'Year 11'},"
    "'goals':[{'id':'g1','statement':'Find a course','actions':["
    "{'id':'a1','description':'Visit the open day','due':'2026-03-06','owner':'supporter',"
    "'owner_supporter':'s1','barriers':['transport','time'],'resources':['prospectus']},"
    "{'id':'a2','description':'Ring the college','due':'2026-02-27'}]}]}],"
    "'consents':[{'id':'k1','supporter':'s1','scope':'everything','granted':'2026-01-05'}]}]}";

static cp__arena *arena_of(cp_client *c)
{
    return ((struct cp_client *)c)->arena;
}

START_TEST(loaded_client_lives_in_its_arena)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_client *c = cp_caseload_find_client(cl, "c1");
    cp__arena *a = arena_of(c);
    ck_assert_ptr_nonnull(a); /* the per-client loader built it */
    ck_assert_int_eq(cp__arena_owns(a, c), 0); /* the client itself is not in it */
    cp_action *a1 = cp_client_find_action(c, "a1");
    ck_assert_int_eq(cp__arena_owns(a, a1), 1);
    ck_assert_int_eq(cp__arena_owns(a, cp_action_get_description(a1)), 1);
    ck_assert_int_eq(cp__arena_owns(a, cp_client_get_id(c)), 1);
    /* a copy is the library's usual memory */
    cp_client *copy = (cp_client *)cp__node_clone((const cp__node *)c, NULL);
    ck_assert_ptr_nonnull(copy);
    ck_assert_ptr_null(arena_of(copy));
    ck_assert_str_eq(cp_action_get_description(cp_client_find_action(copy, "a1")),
                     "Visit the open day");
    cp_client_free(copy);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(edits_free_only_what_is_not_in_the_arena)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_client *c = cp_caseload_find_client(cl, "c1");
    cp__arena *a = arena_of(c);
    cp_error e;
    cp_action *a1 = cp_client_find_action(c, "a1");
    /* a string replaced, then replaced again (the second one is malloc's) */
    ck_assert_ok(cp_action_set_description(a1, "Visit two open days", &e), &e);
    ck_assert_int_eq(cp__arena_owns(a, cp_action_get_description(a1)), 0);
    ck_assert_ok(cp_action_set_description(a1, "Visit three open days", &e), &e);
    ck_assert_str_eq(cp_action_get_description(a1), "Visit three open days");
    ck_assert_ok(cp_client_set_given_name(c, NULL, &e), &e);
    ck_assert_ptr_null(cp_client_get_given_name(c));
    /* string-list items removed, one added */
    ck_assert_ok(cp_action_remove_barrier(a1, 0, &e), &e);
    ck_assert_uint_eq(cp_action_barrier_count(a1), 1);
    ck_assert_str_eq(cp_action_barrier_at(a1, 0), "time");
    ck_assert_ok(cp_action_add_barrier(a1, "money", &e), &e);
    ck_assert_ok(cp_action_remove_resource(a1, 0, &e), &e);
    /* an owner change drops owner_supporter; a role drops the supporter */
    ck_assert_ok(cp_action_set_owner(a1, CP_OWNER_CLIENT, &e), &e);
    ck_assert_ptr_null(cp_action_get_owner_supporter(a1));
    cp_consent *k1 = cp_client_consent_at(c, 0);
    ck_assert_ok(cp_consent_set_role(k1, CP_RECIPIENT_ROLE_SCHOOL, &e), &e);
    ck_assert_ptr_null(cp_consent_get_supporter(k1));
    /* a section removed; an action, then the goal, removed */
    cp_plan *p1 = cp_client_plan_at(c, 0);
    ck_assert_ok(cp_plan_set_section(p1, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW, NULL, 0, &e), &e);
    cp_goal *g1 = cp_plan_goal_at(p1, 0);
    ck_assert_ok(cp_goal_remove_action(g1, 1, &e), &e);
    ck_assert_ptr_null(cp_client_find_action(c, "a2"));
    ck_assert_ok(cp_plan_remove_goal(p1, 0, &e), &e);
    ck_assert_uint_eq(cp_plan_goal_count(p1), 0);
    /* the client's JSON is what the edits made */
    char *json = NULL;
    ck_assert_ok(cp_client_save_string(c, NULL, &json, NULL, &e), &e);
    ck_assert_ptr_null(strstr(json, "Visit"));
    ck_assert_ptr_null(strstr(json, "Year 11"));
    ck_assert_ptr_nonnull(strstr(json, "\"family_name\": \"Smith\""));
    cp_free(json);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(taken_adopted_and_freed_with_its_arena)
{
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_caseload_take_client(cl, 0, &c, &e), &e);
    ck_assert_ptr_nonnull(arena_of(c)); /* it goes with the client */
    cp_caseload_free(cl);
    ck_assert_str_eq(cp_action_get_description(cp_client_find_action(c, "a1")),
                     "Visit the open day");
    cp_caseload *other = NULL;
    ck_assert_ok(cp_caseload_new(&other, &e), &e);
    ck_assert_ok(cp_caseload_adopt_client(other, c, &e), &e);
    ck_assert_ok(cp_caseload_remove_client(other, 0, &e), &e); /* frees it, arena and all */
    cp_caseload_free(other);
}
END_TEST

START_TEST(csv_import_into_loaded_clients)
{
    /* The import swaps the row's values into a loaded client: the old ones
     * stay in its arena, not freed with the import's scratch client. */
    cp_caseload *cl = cpt_load_caseload(doc);
    cp_error e;
    static const char csv[] = "id,uln,given_name,family_name\r\nc1,,Sami,Smyth\r\nc2,,Jo,Khan\r\n";
    ck_assert_ok(cp_caseload_import_csv(cl, csv, strlen(csv), &e), &e);
    cp_client *c1 = cp_caseload_find_client(cl, "c1");
    ck_assert_str_eq(cp_client_get_given_name(c1), "Sami");
    ck_assert_str_eq(cp_client_get_family_name(c1), "Smyth");
    ck_assert_int_eq(cp__arena_owns(arena_of(c1), cp_client_get_given_name(c1)), 0);
    ck_assert_str_eq(cp_client_get_family_name(cp_caseload_find_client(cl, "c2")), "Khan");
    cp_caseload_free(cl);
}
END_TEST

static Suite *arena_suite(void)
{
    Suite *s = suite_create("arena");
    TCase *t = tcase_create("arena");
    tcase_add_test(t, allocations);
    tcase_add_test(t, growth);
    tcase_add_test(t, loaded_client_lives_in_its_arena);
    tcase_add_test(t, edits_free_only_what_is_not_in_the_arena);
    tcase_add_test(t, taken_adopted_and_freed_with_its_arena);
    tcase_add_test(t, csv_import_into_loaded_clients);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(arena_suite)
