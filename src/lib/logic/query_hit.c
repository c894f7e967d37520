/* The objects of a hit, not const, for the holder of the caseload (query.h:
 * "const in the queries"). Only the public getters are used: a hit's objects
 * are the caseload's own, so giving them back without const to the one who
 * passes the caseload without const hides no write from anyone. */
#include <careerplan/query.h>

/* p without const when the hit's client is a client of caseload, else NULL. */
static void *of_caseload(const cp_caseload *caseload, const cp_hit *hit, const void *p)
{
    if (!caseload || !hit || cp_client_get_caseload(cp_hit_get_client(hit)) != caseload)
        return NULL;
    return (void *)p;
}

cp_client *cp_caseload_hit_client(cp_caseload *caseload, const cp_hit *hit)
{
    return of_caseload(caseload, hit, hit ? cp_hit_get_client(hit) : NULL);
}

cp_plan *cp_caseload_hit_plan(cp_caseload *caseload, const cp_hit *hit)
{
    return of_caseload(caseload, hit, hit ? cp_hit_get_plan(hit) : NULL);
}

cp_goal *cp_caseload_hit_goal(cp_caseload *caseload, const cp_hit *hit)
{
    return of_caseload(caseload, hit, hit ? cp_hit_get_goal(hit) : NULL);
}

cp_action *cp_caseload_hit_action(cp_caseload *caseload, const cp_hit *hit)
{
    return of_caseload(caseload, hit, hit ? cp_hit_get_action(hit) : NULL);
}
