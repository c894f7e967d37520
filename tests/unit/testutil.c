/* Shared helpers for the Check suites (declared in testutil.h). */
#include "testutil.h"

#include <stdio.h>

const char cpt_example_client[] =
    "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\",\"id\":\"c1\","
    "\"given_name\":\"Sam\",\"support\":[\"send\",\"eal\"],"
    "\"supporters\":[{\"id\":\"s1\",\"role\":\"parent_carer\"}],"
    "\"plans\":[{\"id\":\"p1\",\"created\":\"2026-01-10\",\"goals\":[{\"id\":\"g1\","
    "\"statement\":\"Find a course\",\"confidence\":6,\"actions\":[{\"id\":\"a1\","
    "\"description\":\"Visit college\",\"owner\":\"client\",\"due\":\"2026-02-01\","
    "\"supporters\":[\"s1\"],\"agreed\":true}]}],\"reviews\":[{\"id\":\"r1\","
    "\"date\":\"2026-02-10\",\"outcomes\":[{\"action\":\"a1\",\"result\":\"achieved\"}],"
    "\"goal_scores\":[{\"goal\":\"g1\",\"score\":8}]}]}],"
    "\"consents\":[{\"id\":\"k1\",\"supporter\":\"s1\",\"scope\":\"non_sensitive\","
    "\"granted\":\"2026-01-10\"}]}";

int cpt_same_date(cp_date d, const char *s)
{
    return cp_date_compare(d, cpt_date(s)) == 0;
}

char *cpt_quote(const char *text)
{
    size_t n = strlen(text);
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i <= n; i++)
        s[i] = text[i] == '\'' ? '"' : text[i];
    return s;
}

cp_client *cpt_load_client(const char *text)
{
    char *json = cpt_quote(text);
    cp_client *c = NULL;
    cp_error e;
    cp_status st = cp_client_load_string(json, strlen(json), NULL, &c, &e);
    ck_assert_msg(st == CP_OK, "load: %s at %s: %s\n%s", cp_status_name(st), e.path, e.message,
                  json);
    free(json);
    return c;
}

cp_caseload *cpt_load_caseload(const char *text)
{
    char *json = cpt_quote(text);
    cp_caseload *cl = NULL;
    cp_error e;
    cp_status st = cp_caseload_load_string(json, strlen(json), NULL, &cl, &e);
    ck_assert_msg(st == CP_OK, "load: %s at %s: %s\n%s", cp_status_name(st), e.path, e.message,
                  json);
    free(json);
    return cl;
}

cp_provision_map *cpt_load_map(const char *text)
{
    char *json = cpt_quote(text);
    cp_provision_map *map = NULL;
    cp_error e;
    cp_status st = cp_provision_map_load_string(json, strlen(json), NULL, &map, &e);
    ck_assert_msg(st == CP_OK, "load: %s at %s: %s\n%s", cp_status_name(st), e.path, e.message,
                  json);
    free(json);
    return map;
}

char *cpt_example_path(const char *name)
{
    const char *dir = getenv("CP_EXAMPLES_DATA");
    ck_assert_msg(dir && *dir, "CP_EXAMPLES_DATA is not set");
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

void cpt_same_text_at(const char *got, const char *want, int line)
{
    size_t i = 0;
    while (got[i] && got[i] == want[i])
        i++;
    if (!got[i] && !want[i])
        return;
    size_t from = i > 40 ? i - 40 : 0;
    ck_abort_msg("line %d: texts differ at byte %zu:\n got: %.100s\nwant: %.100s", line, i,
                 got + from, want + from);
}
