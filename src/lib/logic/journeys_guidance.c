/* Personal guidance (Gatsby Benchmark 8): one interview by 16 and another
 * by 18 (<careerplan/journeys.h>). */
#include "../core/alloc.h"
#include "../core/error.h"
#include "journeys.h"

/* The day a learner born on `dob` turns `age`: 29 February gives 1 March
 * in a common year. */
static cp_date birthday(cp_date dob, int age)
{
    cp_date d;
    if (cp_date_make(dob.year + age, dob.month, dob.day, &d, NULL) != CP_OK)
        d = (cp_date){dob.year + age, 3, 1};
    return d;
}

/* 31 August at the end of year `end_year` for a learner in `year_group` on as_of. */
static cp_date end_of_year(int year_group, cp_date as_of, int end_year)
{
    return (cp_date){cp_date_academic_year(as_of) + (end_year - year_group) + 1, 8, 31};
}

cp_status cp_learner_guidance_check(const cp_provision_map *map, const cp_client *learner,
                                    cp_date as_of, cp_guidance_check *out, cp_error *err)
{
    if (cp__journeys_need(err, map, learner, out, as_of))
        return CP_EINVAL;
    cp_date dob = cp_client_get_date_of_birth(learner);
    int y = cp_client_get_year_group(learner);
    if (cp_date_is_none(dob) && y == 0)
        return cp__fail(err, CP_ESTATE, NULL,
                        "learner \"%.100s\" has neither a date of birth nor a year group",
                        cp_client_get_id(learner));
    *out = (cp_guidance_check){0};
    out->by_age = !cp_date_is_none(dob);
    out->first_due = out->by_age ? birthday(dob, 16) : end_of_year(y, as_of, 11);
    out->second_due = out->by_age ? birthday(dob, 18) : end_of_year(y, as_of, 13);
    cp__hashmap index = {0};
    cp__attended *v = NULL;
    size_t n = 0;
    int failed = cp__journeys_index(map, &index) ||
                 cp__journeys_attended(&index, learner, CP_ACTIVITY_TYPE_PERSONAL_GUIDANCE, as_of,
                                       &v, &n);
    cp__hashmap_fini(&index);
    if (failed) {
        cp__free(v);
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    }
    out->interviews = n;
    if (n >= 1) {
        out->first = v[0].date;
        out->first_met = cp_date_compare(v[0].date, out->first_due) <= 0;
    }
    if (n >= 2) {
        out->second = v[1].date;
        out->second_met = cp_date_compare(v[1].date, out->second_due) <= 0;
    }
    cp__free(v);
    return CP_OK;
}
