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

/* The date a frequency gives after `from`, before the school calendar rules. */
static cp_status add_frequency(cp_date from, cp_review_frequency freq, int per_year, cp_date *next)
{
    switch (freq) {
    case CP_REVIEW_FREQUENCY_WEEKLY:
        return cp_date_add_days(from, 7, next);
    case CP_REVIEW_FREQUENCY_FORTNIGHTLY:
        return cp_date_add_days(from, 14, next);
    case CP_REVIEW_FREQUENCY_MONTHLY:
        *next = cp__date_add_month(from);
        return cp_date_is_valid(*next) ? CP_OK : CP_ERANGE;
    default:
        return cp_date_add_days(from, 365 / per_year, next);
    }
}

/* No school review in August: 1 September, then off a weekend. */
static cp_date not_in_august(cp_date d)
{
    if (d.month == 8) {
        d.month = 9;
        d.day = 1;
        d = cp__off_weekend(d);
    }
    return d;
}

/* The last weekday on or before `d` that is not in August. */
static cp_date last_school_day(cp_date d)
{
    for (;;) {
        if (d.month == 8) {
            d.month = 7;
            d.day = 31;
        }
        if (cp_date_weekday(d) < 6 || cp_date_add_days(d, -1, &d) != CP_OK)
            return d;
    }
}

static cp_status no_review(cp_error *err, cp_date leaving)
{
    char buf[16];
    cp_date_format(leaving, buf, sizeof buf);
    return cp__fail(err, CP_ENOTFOUND, NULL,
                    "no school review is scheduled after the client's intended leaving date %s",
                    buf);
}

/* For a client in school: the last review falls on or before the intended
 * leaving date, and none on or after it. */
static cp_status before_leaving(const struct cp_client *c, cp_date from,
                                const cp_schedule_options *o, cp_date *next, cp_error *err)
{
    cp_date leaving;
    cp_error ignored;
    cp_status st = cp_client_leaving_date(c, from, o, &leaving, &ignored);
    if (st == CP_ENOTFOUND)
        return CP_OK; /* no leaving date known: no limit */
    if (st != CP_OK)
        return cp__fail(err, st, NULL, "%s", ignored.message);
    if (cp_date_compare(from, leaving) >= 0)
        return no_review(err, leaving);
    if (cp_date_compare(*next, leaving) > 0) {
        cp_date last = last_school_day(leaving);
        if (cp_date_compare(last, from) <= 0)
            return no_review(err, leaving);
        *next = last;
    }
    return CP_OK;
}

cp_status cp_plan_next_review_date_with(const cp_plan *plan, cp_date from,
                                        const cp_review_policy *policy,
                                        const cp_schedule_options *opts, cp_date *out,
                                        cp_error *err)
{
    cp_review_policy pol;
    cp_schedule_options o;
    cp_status st = cp__schedule_begin(plan && out, "plan", from, opts, &o, err);
    if (st == CP_OK)
        st = cp__policy_resolve(policy, &pol, err);
    if (st != CP_OK)
        return st;
    const struct cp_client *c = (const struct cp_client *)cp__node_client(&plan->base);
    int need = c ? c->need_level : 0;
    int school = in_school(c);
    cp_review_frequency freq = (cp_review_frequency)plan->review_frequency;
    if (freq == CP_REVIEW_FREQUENCY_UNSET)
        freq = school ? CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR : pol.beyond_school[need];
    int per_year = plan->reviews_per_year ? plan->reviews_per_year : pol.school_reviews_per_year[need];
    cp_date next = from;
    st = add_frequency(from, freq, per_year, &next);
    if (st == CP_OK)
        next = cp__off_weekend(next);
    if (st != CP_OK || !cp_date_is_valid(next))
        return cp__fail(err, CP_ERANGE, NULL, "the next review would fall after 9999-12-31");
    /* Off the weekend first: a Saturday 31 July must not become a Monday in
     * August, when schools are closed. */
    if (school || freq == CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR)
        next = not_in_august(next);
    if (!cp_date_is_valid(next))
        return cp__fail(err, CP_ERANGE, NULL, "the next review would fall after 9999-12-31");
    if (school && (st = before_leaving(c, from, &o, &next, err)) != CP_OK)
        return st;
    *out = next;
    return CP_OK;
}

cp_status cp_plan_next_review_date(const cp_plan *plan, cp_date from,
                                   const cp_review_policy *policy, cp_date *out, cp_error *err)
{
    return cp_plan_next_review_date_with(plan, from, policy, NULL, out, err);
}
