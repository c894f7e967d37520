/* Review scheduling: when a plan's next review falls (rules in cycle.h). */
#include "../core/date_month.h"
#include "../core/error.h"
#include "logic.h"

#include <careerplan/cycle.h>

cp_status cp_review_policy_init(cp_review_policy *policy, unsigned int version)
{
    if (!policy || version != CP_REVIEW_POLICY_VERSION)
        return CP_EINVAL;
    cp_review_policy d = CP_REVIEW_POLICY_INIT;
    *policy = d;
    return CP_OK;
}

cp_status cp__policy_resolve(const cp_review_policy *in, cp_review_policy *out, cp_error *err)
{
    if (!in)
        return cp_review_policy_init(out, CP_REVIEW_POLICY_VERSION);
    if (in->version != CP_REVIEW_POLICY_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "review policy version %u is not supported",
                        in->version);
    for (int i = 0; i < 4; i++) {
        if (in->school_reviews_per_year[i] < 1 || in->school_reviews_per_year[i] > 5)
            return cp__fail(err, CP_EINVAL, NULL,
                            "school reviews per year must be 1 to 5 (need level %d)", i);
        cp_review_frequency f = in->beyond_school[i];
        if (f != CP_REVIEW_FREQUENCY_WEEKLY && f != CP_REVIEW_FREQUENCY_FORTNIGHTLY &&
            f != CP_REVIEW_FREQUENCY_MONTHLY)
            return cp__fail(err, CP_EINVAL, NULL,
                            "beyond school the frequency is weekly, fortnightly or monthly "
                            "(need level %d)",
                            i);
    }
    *out = *in;
    return CP_OK;
}

static int in_school(const struct cp_client *c)
{
    if (!c)
        return 0;
    switch (c->setting) {
    case CP_SETTING_SCHOOL:
    case CP_SETTING_SPECIAL_SCHOOL:
    case CP_SETTING_COLLEGE:
        return 1;
    case CP_SETTING_UNSET:
        return c->year_group != 0;
    default:
        return 0;
    }
}

cp_date cp__off_weekend(cp_date d)
{
    int wd = cp_date_weekday(d);
    if (wd >= 6)
        cp_date_add_days(d, 8 - wd, &d);
    return d;
}

cp_status cp_plan_next_review_date(const cp_plan *plan, cp_date from,
                                   const cp_review_policy *policy, cp_date *out, cp_error *err)
{
    if (!plan || !out)
        return cp__fail(err, CP_EINVAL, NULL, "plan or output is NULL");
    if (!cp_date_is_valid(from))
        return cp__fail(err, CP_ERANGE, NULL, "the start date is not a calendar date");
    cp_review_policy pol;
    cp_status st = cp__policy_resolve(policy, &pol, err);
    if (st != CP_OK)
        return st;
    const struct cp_client *c = (const struct cp_client *)cp__node_client(&plan->base);
    int need = c ? c->need_level : 0;
    cp_review_frequency freq = (cp_review_frequency)plan->review_frequency;
    if (freq == CP_REVIEW_FREQUENCY_UNSET)
        freq = in_school(c) ? CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR : pol.beyond_school[need];
    cp_date next = from;
    switch (freq) {
    case CP_REVIEW_FREQUENCY_WEEKLY:
        st = cp_date_add_days(from, 7, &next);
        break;
    case CP_REVIEW_FREQUENCY_FORTNIGHTLY:
        st = cp_date_add_days(from, 14, &next);
        break;
    case CP_REVIEW_FREQUENCY_MONTHLY:
        next = cp__date_add_month(from);
        st = cp_date_is_valid(next) ? CP_OK : CP_ERANGE;
        break;
    default: {
        int n = plan->reviews_per_year ? plan->reviews_per_year : pol.school_reviews_per_year[need];
        st = cp_date_add_days(from, 365 / n, &next);
        /* Off the weekend first: a Saturday 31 July must not become a
         * Monday in August, when schools are closed. */
        next = cp__off_weekend(next);
        if (st == CP_OK && next.month == 8) {
            next.month = 9;
            next.day = 1;
        }
        break;
    }
    }
    if (st != CP_OK)
        return cp__fail(err, CP_ERANGE, NULL, "the next review would fall after 9999-12-31");
    next = cp__off_weekend(next);
    if (!cp_date_is_valid(next))
        return cp__fail(err, CP_ERANGE, NULL, "the next review would fall after 9999-12-31");
    *out = next;
    return CP_OK;
}
