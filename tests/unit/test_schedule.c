/* Review scheduling: cp_plan_next_review_date() and the review policy. */
#include "testutil.h"

#include <stdio.h>

/* A client with the given members (single quotes for double) and plan p1
 * with the given extra members. */
static cp_client *make(const char *client_members, const char *plan_members)
{
    char raw[1024];
    snprintf(raw, sizeof raw,
             "{'format':'careerplan','version':1,'kind':'client','id':'c1'%s%s,"
             "'plans':[{'id':'p1','created':'2020-01-06'%s%s}]}",
             *client_members ? "," : "", client_members, *plan_members ? "," : "", plan_members);
    return cpt_load_client(raw);
}

/* The next review after `from`, formatted; "error:NAME" on failure. */
static const char *next_with(const char *client_members, const char *plan_members, const char *from,
                             const cp_review_policy *policy)
{
    static char out[32];
    cp_client *c = make(client_members, plan_members);
    cp_date d = CP_DATE_NONE;
    cp_error e;
    cp_status st =
        cp_plan_next_review_date(cp_client_plan_at(c, 0), cpt_date(from), policy, &d, &e);
    if (st == CP_OK) {
        ck_assert_int_eq(cp_date_format(d, out, sizeof out), CP_OK);
        /* never on a weekend */
        ck_assert_int_lt(cp_date_weekday(d), 6);
    } else {
        snprintf(out, sizeof out, "error:%s", cp_status_name(st));
    }
    cp_client_free(c);
    return out;
}

static const char *next(const char *client_members, const char *plan_members, const char *from)
{
    return next_with(client_members, plan_members, from, NULL);
}

#define SCHOOL(level) "'setting':'school','need_level':'" level "'"
#define ADULT(level) "'setting':'adult','need_level':'" level "'"

START_TEST(defaults_in_school)
{
    /* 2026-01-12 is a Monday; the results fall on weekdays outside August */
    ck_assert_str_eq(next(SCHOOL("universal"), "", "2026-01-12"), "2027-01-12"); /* +365 */
    ck_assert_str_eq(next(SCHOOL("targeted"), "", "2026-01-12"), "2026-05-13");  /* +121 */
    ck_assert_str_eq(next(SCHOOL("intensive"), "", "2026-01-12"), "2026-03-26"); /* +73 */
    /* no need level recorded: index 0, once a year */
    ck_assert_str_eq(next("'setting':'school'", "", "2026-01-12"), "2027-01-12");
    /* the other settings that count as school */
    ck_assert_str_eq(next("'setting':'special_school','need_level':'targeted'", "", "2026-01-12"),
                     "2026-05-13");
    ck_assert_str_eq(next("'setting':'college','need_level':'intensive'", "", "2026-01-12"),
                     "2026-03-26");
    /* no setting but a year group: in school */
    ck_assert_str_eq(next("'year_group':10,'need_level':'intensive'", "", "2026-01-12"),
                     "2026-03-26");
}
END_TEST

START_TEST(defaults_beyond_school)
{
    ck_assert_str_eq(next(ADULT("universal"), "", "2026-01-12"), "2026-02-12"); /* monthly */
    ck_assert_str_eq(next(ADULT("targeted"), "", "2026-01-12"), "2026-01-26");  /* fortnightly */
    ck_assert_str_eq(next(ADULT("intensive"), "", "2026-01-12"), "2026-01-19"); /* weekly */
    ck_assert_str_eq(next("'setting':'adult'", "", "2026-01-12"), "2026-02-12");
    /* no setting, no year group: beyond school */
    ck_assert_str_eq(next("'need_level':'intensive'", "", "2026-01-12"), "2026-01-19");
    ck_assert_str_eq(next("", "", "2026-01-12"), "2026-02-12");
    ck_assert_str_eq(next("'setting':'neet','need_level':'targeted'", "", "2026-01-12"),
                     "2026-01-26");
    ck_assert_str_eq(
        next("'setting':'higher_education','need_level':'intensive'", "", "2026-01-12"),
        "2026-01-19");
    ck_assert_str_eq(
        next("'setting':'independent_training_provider','need_level':'targeted'", "", "2026-01-12"),
        "2026-01-26");
    /* a setting beyond school wins over a year group */
    ck_assert_str_eq(
        next("'setting':'adult','year_group':11,'need_level':'intensive'", "", "2026-01-12"),
        "2026-01-19");
}
END_TEST

START_TEST(plan_overrides)
{
    ck_assert_str_eq(next(SCHOOL("universal"), "'review_frequency':'weekly'", "2026-01-12"),
                     "2026-01-19");
    ck_assert_str_eq(next(SCHOOL("universal"), "'review_frequency':'fortnightly'", "2026-01-12"),
                     "2026-01-26");
    ck_assert_str_eq(next(ADULT("intensive"), "'review_frequency':'monthly'", "2026-01-12"),
                     "2026-02-12");
    /* per school year with the plan's own count: 365 / 2 = 182 days */
    ck_assert_str_eq(next(SCHOOL("intensive"),
                          "'review_frequency':'per_school_year','reviews_per_year':2",
                          "2026-01-12"),
                     "2026-07-13");
    /* per school year without a count: the policy's count for the need level */
    ck_assert_str_eq(next(ADULT("targeted"), "'review_frequency':'per_school_year'", "2026-01-12"),
                     "2026-05-13");
    /* a count alone changes a school client's spacing */
    ck_assert_str_eq(next(SCHOOL("universal"), "'reviews_per_year':5", "2026-01-12"), "2026-03-26");
    /* ... but not the frequency of a client beyond school */
    ck_assert_str_eq(next(ADULT("intensive"), "'reviews_per_year':1", "2026-01-12"), "2026-01-19");
}
END_TEST

START_TEST(custom_policy)
{
    cp_review_policy pol = CP_REVIEW_POLICY_INIT;
    pol.school_reviews_per_year[0] = 5;
    pol.school_reviews_per_year[1] = 2;
    pol.beyond_school[0] = CP_REVIEW_FREQUENCY_WEEKLY;
    pol.beyond_school[3] = CP_REVIEW_FREQUENCY_MONTHLY;
    ck_assert_str_eq(next_with(SCHOOL("universal"), "", "2026-01-12", &pol), "2026-07-13");
    ck_assert_str_eq(next_with("'setting':'school'", "", "2026-01-12", &pol), "2026-03-26");
    ck_assert_str_eq(next_with(ADULT("intensive"), "", "2026-01-12", &pol), "2026-02-12");
    ck_assert_str_eq(next_with("'setting':'adult'", "", "2026-01-12", &pol), "2026-01-19");
    /* the plan's own frequency still wins */
    ck_assert_str_eq(
        next_with(ADULT("intensive"), "'review_frequency':'fortnightly'", "2026-01-12", &pol),
        "2026-01-26");
}
END_TEST

START_TEST(month_ends)
{
    /* 31 January + 1 month: the last day of February */
    ck_assert_str_eq(next(ADULT("universal"), "", "2029-01-31"), "2029-02-28");
    ck_assert_str_eq(next(ADULT("universal"), "", "2028-01-31"), "2028-02-29");
    ck_assert_str_eq(next(ADULT("universal"), "", "2029-01-29"), "2029-02-28");
    /* 28 February 2026 is a Saturday: on to Monday 2 March */
    ck_assert_str_eq(next(ADULT("universal"), "", "2026-01-31"), "2026-03-02");
    ck_assert_str_eq(next(ADULT("universal"), "", "2026-03-31"), "2026-04-30");
    ck_assert_str_eq(next(ADULT("universal"), "", "2026-12-15"), "2027-01-15");
    ck_assert_str_eq(next(ADULT("universal"), "", "2028-02-29"), "2028-03-29");
}
END_TEST

START_TEST(weekends)
{
    /* from a Saturday, weekly: the Saturday after, moved to Monday */
    ck_assert_str_eq(next(ADULT("intensive"), "", "2026-01-10"), "2026-01-19");
    /* from a Sunday, fortnightly */
    ck_assert_str_eq(next(ADULT("targeted"), "", "2026-01-11"), "2026-01-26");
    /* monthly onto a Sunday: 2026-03-15 -> Monday 16 */
    ck_assert_str_eq(next(ADULT("universal"), "", "2026-02-15"), "2026-03-16");
    /* once a year from Friday 2025-08-01 onto Saturday 2026-08-01: August, then 1 September */
    ck_assert_str_eq(next(SCHOOL("universal"), "", "2025-08-01"), "2026-09-01");
}
END_TEST

START_TEST(august)
{
    /* 2026-04-20 + 121 = Wednesday 2026-08-19: schools are closed */
    ck_assert_str_eq(next(SCHOOL("targeted"), "", "2026-04-20"), "2026-09-01");
    /* 1 September 2029 is a Saturday, 2030 a Sunday: then Monday */
    ck_assert_str_eq(next(SCHOOL("targeted"), "", "2029-05-01"), "2029-09-03");
    ck_assert_str_eq(next(SCHOOL("targeted"), "", "2030-05-01"), "2030-09-02");
    /* beyond school, August is an ordinary month */
    ck_assert_str_eq(next(ADULT("intensive"), "", "2026-08-17"), "2026-08-24");
    ck_assert_str_eq(next(ADULT("universal"), "", "2026-07-20"), "2026-08-20");
    /* a per-school-year plan of a client beyond school keeps the August rule */
    ck_assert_str_eq(next(ADULT("targeted"), "'review_frequency':'per_school_year'", "2026-04-20"),
                     "2026-09-01");
    /* 31 July 2027 is a Saturday: the weekend move must not land the review in
     * August (Monday 2 August) while schools are closed */
    ck_assert_str_eq(next(SCHOOL("targeted"), "", "2027-04-01"), "2027-09-01");
}
END_TEST

START_TEST(year_ends_and_leap_days)
{
    ck_assert_str_eq(next(ADULT("intensive"), "", "2026-12-28"), "2027-01-04");
    ck_assert_str_eq(next(ADULT("targeted"), "", "2026-12-21"), "2027-01-04");
    ck_assert_str_eq(next(ADULT("intensive"), "", "2028-02-22"), "2028-02-29");
    ck_assert_str_eq(next(ADULT("targeted"), "", "2028-02-15"), "2028-02-29");
    /* 365 days across a leap day */
    ck_assert_str_eq(next(SCHOOL("universal"), "", "2027-03-01"), "2028-02-29");
    ck_assert_str_eq(next(SCHOOL("universal"), "", "2028-02-29"), "2029-02-28");
    /* the last representable dates */
    ck_assert_str_eq(next(ADULT("intensive"), "", "9999-12-31"), "error:CP_ERANGE");
    ck_assert_str_eq(next(ADULT("universal"), "", "9999-12-15"), "error:CP_ERANGE");
    ck_assert_str_eq(next(ADULT("intensive"), "", "9999-12-20"), "9999-12-27");
}
END_TEST

START_TEST(policy_init)
{
    cp_review_policy pol;
    memset(&pol, 0xff, sizeof pol);
    ck_assert_int_eq(cp_review_policy_init(&pol, CP_REVIEW_POLICY_VERSION), CP_OK);
    ck_assert_uint_eq(pol.version, 1);
    const int per_year[4] = {1, 1, 3, 5};
    const cp_review_frequency beyond[4] = {CP_REVIEW_FREQUENCY_MONTHLY, CP_REVIEW_FREQUENCY_MONTHLY,
                                           CP_REVIEW_FREQUENCY_FORTNIGHTLY,
                                           CP_REVIEW_FREQUENCY_WEEKLY};
    cp_review_policy init = CP_REVIEW_POLICY_INIT;
    for (int i = 0; i < 4; i++) {
        ck_assert_int_eq(pol.school_reviews_per_year[i], per_year[i]);
        ck_assert_int_eq(pol.beyond_school[i], beyond[i]);
        ck_assert_int_eq(init.school_reviews_per_year[i], per_year[i]);
        ck_assert_int_eq(init.beyond_school[i], beyond[i]);
    }
    ck_assert_int_eq(cp_review_policy_init(NULL, CP_REVIEW_POLICY_VERSION), CP_EINVAL);
    ck_assert_int_eq(cp_review_policy_init(&pol, 0), CP_EINVAL);
    ck_assert_int_eq(cp_review_policy_init(&pol, 2), CP_EINVAL);
}
END_TEST

static void ck_policy_refused(const cp_review_policy *pol)
{
    cp_client *c = make(SCHOOL("targeted"), "");
    cp_date d = cpt_date("2001-01-01");
    cp_error e;
    ck_assert_cp(
        cp_plan_next_review_date(cp_client_plan_at(c, 0), cpt_date("2026-01-12"), pol, &d, &e),
        CP_EINVAL, "", &e);
    ck_assert_int_eq(d.year, 2001); /* untouched */
    cp_client_free(c);
}

START_TEST(invalid_policy)
{
    cp_review_policy pol = CP_REVIEW_POLICY_INIT;
    pol.version = 2;
    ck_policy_refused(&pol);
    pol.version = 0;
    ck_policy_refused(&pol);
    for (int i = 0; i < 4; i++) {
        cp_review_policy p = CP_REVIEW_POLICY_INIT;
        p.school_reviews_per_year[i] = 0;
        ck_policy_refused(&p);
        p.school_reviews_per_year[i] = 6;
        ck_policy_refused(&p);
        p.school_reviews_per_year[i] = -1;
        ck_policy_refused(&p);
        cp_review_policy q = CP_REVIEW_POLICY_INIT;
        q.beyond_school[i] = CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR;
        ck_policy_refused(&q);
        q.beyond_school[i] = CP_REVIEW_FREQUENCY_UNSET;
        ck_policy_refused(&q);
        q.beyond_school[i] = (cp_review_frequency)99;
        ck_policy_refused(&q);
    }
    /* the edges that are allowed */
    cp_review_policy ok = CP_REVIEW_POLICY_INIT;
    ok.school_reviews_per_year[2] = 5;
    ok.school_reviews_per_year[3] = 1;
    ck_assert_str_eq(next_with(SCHOOL("targeted"), "", "2026-01-12", &ok), "2026-03-26");
    ck_assert_str_eq(next_with(SCHOOL("intensive"), "", "2026-01-12", &ok), "2027-01-12");
}
END_TEST

START_TEST(invalid_arguments)
{
    cp_client *c = make(ADULT("targeted"), "");
    const cp_plan *p = cp_client_plan_at(c, 0);
    cp_date d = cpt_date("2001-01-01");
    cp_error e;
    cp_date bad = {2026, 2, 30};
    cp_date none = CP_DATE_NONE;
    cp_date month13 = {2026, 13, 1};
    ck_assert_cp(cp_plan_next_review_date(p, bad, NULL, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_plan_next_review_date(p, none, NULL, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_plan_next_review_date(p, month13, NULL, &d, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(d.year, 2001);
    ck_assert_cp(cp_plan_next_review_date(NULL, cpt_date("2026-01-12"), NULL, &d, &e), CP_EINVAL,
                 "", &e);
    ck_assert_cp(cp_plan_next_review_date(p, cpt_date("2026-01-12"), NULL, NULL, &e), CP_EINVAL, "",
                 &e);
    ck_assert_int_eq(d.year, 2001);
    ck_assert_ok(cp_plan_next_review_date(p, cpt_date("2026-01-12"), NULL, &d, NULL), NULL);
    ck_assert_int_eq(cp_date_compare(d, cpt_date("2026-01-26")), 0);
    cp_client_free(c);
}
END_TEST

START_TEST(plan_without_client_field_values)
{
    /* the plan's fields through the API give the same results as the document */
    cp_client *c = NULL;
    cp_plan *p = NULL;
    cp_error e;
    ck_assert_ok(cp_client_new("c9", &c, &e), &e);
    ck_assert_ok(cp_client_add_plan(c, "p9", cpt_date("2026-01-05"), &p, &e), &e);
    cp_date d;
    /* nothing recorded: beyond school, need level 0: monthly */
    ck_assert_ok(cp_plan_next_review_date(p, cpt_date("2026-01-12"), NULL, &d, &e), &e);
    ck_assert_int_eq(cp_date_compare(d, cpt_date("2026-02-12")), 0);
    ck_assert_ok(cp_client_set_year_group(c, 9, &e), &e);
    ck_assert_ok(cp_plan_next_review_date(p, cpt_date("2026-01-12"), NULL, &d, &e), &e);
    ck_assert_int_eq(cp_date_compare(d, cpt_date("2027-01-12")), 0);
    ck_assert_ok(cp_plan_set_review_frequency(p, CP_REVIEW_FREQUENCY_WEEKLY, &e), &e);
    ck_assert_ok(cp_plan_next_review_date(p, cpt_date("2026-01-12"), NULL, &d, &e), &e);
    ck_assert_int_eq(cp_date_compare(d, cpt_date("2026-01-19")), 0);
    cp_client_free(c);
}
END_TEST

/* ---- the school calendar (0.2) ---- */

/* The client's leaving date as of a date, formatted; "error:NAME" on failure. */
static const char *leaving_with(const char *client_members, const char *as_of,
                                const cp_schedule_options *opts)
{
    static char out[32];
    cp_client *c = make(client_members, "");
    cp_date d = CP_DATE_NONE;
    cp_error e;
    cp_status st = cp_client_leaving_date(c, cpt_date(as_of), opts, &d, &e);
    if (st == CP_OK)
        ck_assert_int_eq(cp_date_format(d, out, sizeof out), CP_OK);
    else
        snprintf(out, sizeof out, "error:%s", cp_status_name(st));
    cp_client_free(c);
    return out;
}

static const char *leaving(const char *client_members, const char *as_of)
{
    return leaving_with(client_members, as_of, NULL);
}

/* The next review with schedule options. */
static const char *next_sched(const char *client_members, const char *plan_members,
                              const char *from, const cp_schedule_options *opts)
{
    static char out[32];
    cp_client *c = make(client_members, plan_members);
    cp_date d = CP_DATE_NONE;
    cp_error e;
    cp_status st = cp_plan_next_review_date_with(cp_client_plan_at(c, 0), cpt_date(from), NULL,
                                                 opts, &d, &e);
    if (st == CP_OK) {
        ck_assert_int_eq(cp_date_format(d, out, sizeof out), CP_OK);
        ck_assert_int_lt(cp_date_weekday(d), 6);
        ck_assert_int_ne(d.month, 8);
    } else {
        snprintf(out, sizeof out, "error:%s", cp_status_name(st));
    }
    cp_client_free(c);
    return out;
}

/*
 * Source 000: those most in need are seen "1-5 times each school year
 * (depending on their level of need and intended leaving date)". With no
 * leaving date recorded it is the end of the summer term (default 31 July)
 * of year 11 for years 7 to 11, of year 13 for years 12 and 13; the year
 * group is the client's in the school year of the date given.
 */
START_TEST(leaving_date_from_year_group)
{
    ck_assert_str_eq(leaving("'year_group':11", "2026-01-12"), "2026-07-31");
    ck_assert_str_eq(leaving("'year_group':13", "2026-01-12"), "2026-07-31");
    ck_assert_str_eq(leaving("'year_group':12", "2026-01-12"), "2027-07-31");
    ck_assert_str_eq(leaving("'year_group':9", "2026-01-12"), "2028-07-31");
    ck_assert_str_eq(leaving("'year_group':7", "2026-01-12"), "2030-07-31");
    /* school years start on 1 September */
    ck_assert_str_eq(leaving("'year_group':11", "2026-08-31"), "2026-07-31");
    ck_assert_str_eq(leaving("'year_group':11", "2026-09-01"), "2027-07-31");
    ck_assert_str_eq(leaving("'year_group':9", "2025-09-01"), "2028-07-31");
    /* the setting is not looked at */
    ck_assert_str_eq(leaving("'setting':'college','year_group':12", "2026-01-12"), "2027-07-31");
    /* the configurable defaults */
    cp_schedule_options o = CP_SCHEDULE_OPTIONS_INIT;
    o.term_end_month = 7;
    o.term_end_day = 22;
    ck_assert_str_eq(leaving_with("'year_group':11", "2026-01-12", &o), "2026-07-22");
    o.term_end_month = 6;
    o.term_end_day = 30;
    o.leaving_year = 12;
    o.sixth_form_leaving_year = 12;
    ck_assert_str_eq(leaving_with("'year_group':11", "2026-01-12", &o), "2027-06-30");
    /* a year group past both leaving years: the end of this school year */
    ck_assert_str_eq(leaving_with("'year_group':13", "2026-01-12", &o), "2026-06-30");
}
END_TEST

START_TEST(leaving_date_recorded_wins)
{
    ck_assert_str_eq(leaving("'year_group':11,'intended_leaving_date':'2026-05-22'", "2026-01-12"),
                     "2026-05-22");
    ck_assert_str_eq(leaving("'intended_leaving_date':'2028-02-29'", "2026-01-12"), "2028-02-29");
    /* whatever the date given */
    ck_assert_str_eq(leaving("'intended_leaving_date':'2020-07-17'", "2026-01-12"), "2020-07-17");
}
END_TEST

START_TEST(leaving_date_unknown_and_errors)
{
    ck_assert_str_eq(leaving("", "2026-01-12"), "error:CP_ENOTFOUND");
    ck_assert_str_eq(leaving("'setting':'school','need_level':'intensive'", "2026-01-12"),
                     "error:CP_ENOTFOUND");
    cp_client *c = make("'year_group':11", "");
    cp_date d = cpt_date("2001-01-01");
    cp_date bad = {2026, 2, 29};
    cp_error e;
    ck_assert_cp(cp_client_leaving_date(NULL, cpt_date("2026-01-12"), NULL, &d, &e), CP_EINVAL, "",
                 &e);
    ck_assert_cp(cp_client_leaving_date(c, cpt_date("2026-01-12"), NULL, NULL, &e), CP_EINVAL, "",
                 &e);
    ck_assert_cp(cp_client_leaving_date(c, bad, NULL, &d, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_client_leaving_date(c, cpt_date("9999-01-12"), NULL, &d, &e), CP_OK, "", &e);
    ck_assert_str_eq(leaving("'year_group':7", "9999-01-12"), "error:CP_ERANGE");
    ck_assert_int_eq(d.year, 9999);
    cp_client_free(c);
}
END_TEST

START_TEST(schedule_options)
{
    cp_schedule_options o;
    memset(&o, 0xff, sizeof o);
    ck_assert_int_eq(cp_schedule_options_init(&o, CP_SCHEDULE_OPTIONS_VERSION), CP_OK);
    cp_schedule_options init = CP_SCHEDULE_OPTIONS_INIT;
    ck_assert_uint_eq(o.version, 1);
    ck_assert_int_eq(o.term_end_month, 7);
    ck_assert_int_eq(o.term_end_day, 31);
    ck_assert_int_eq(o.leaving_year, 11);
    ck_assert_int_eq(o.sixth_form_leaving_year, 13);
    ck_assert_int_eq(memcmp(&o, &init, sizeof o), 0);
    ck_assert_int_eq(cp_schedule_options_init(NULL, CP_SCHEDULE_OPTIONS_VERSION), CP_EINVAL);
    ck_assert_int_eq(cp_schedule_options_init(&o, 2), CP_EINVAL);
    /* refused: each with the same message from both functions */
    const int bad[][5] = {
        {2, 7, 31, 11, 13}, {1, 5, 31, 11, 13}, {1, 9, 1, 11, 13},  {1, 6, 31, 11, 13},
        {1, 7, 0, 11, 13},  {1, 7, 32, 11, 13}, {1, 7, 31, 6, 13},  {1, 7, 31, 11, 14},
        {1, 7, 31, 12, 11},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cp_schedule_options b = {(unsigned)bad[i][0], bad[i][1], bad[i][2], bad[i][3], bad[i][4]};
        ck_assert_str_eq(leaving_with("'year_group':11", "2026-01-12", &b), "error:CP_EINVAL");
        ck_assert_str_eq(next_sched(SCHOOL("universal"), "", "2026-01-12", &b), "error:CP_EINVAL");
    }
    /* the edges allowed */
    cp_schedule_options ok = {1, 8, 31, 7, 7};
    ck_assert_str_eq(leaving_with("'year_group':7", "2026-01-12", &ok), "2026-08-31");
    ok.term_end_month = 6;
    ok.term_end_day = 1;
    ok.leaving_year = 13;
    ok.sixth_form_leaving_year = 13;
    ck_assert_str_eq(leaving_with("'year_group':13", "2026-01-12", &ok), "2026-06-01");
}
END_TEST

/* "... intended leaving date": no school review after it, the last one before it */
START_TEST(last_review_before_leaving)
{
    /* year 11, once a year: 2027-01-12 would be after Friday 31 July 2026 */
    ck_assert_str_eq(next("'setting':'school','year_group':11,'need_level':'universal'", "",
                          "2026-01-12"),
                     "2026-07-31");
    /* a leaving date on a Saturday: the Friday before */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2026-06-27',"
                          "'need_level':'targeted'",
                          "", "2026-04-01"),
                     "2026-06-26");
    /* a date before the leaving date is kept */
    ck_assert_str_eq(next("'year_group':11,'need_level':'intensive'", "", "2026-01-12"),
                     "2026-03-26");
    /* year 13 in June: August becomes 1 September, after the leaving date */
    ck_assert_str_eq(next("'year_group':13,'need_level':'intensive'", "", "2026-06-01"),
                     "2026-07-31");
    /* a year 9 client is not limited this school year */
    ck_assert_str_eq(next("'year_group':9,'need_level':'universal'", "", "2026-01-12"),
                     "2027-01-12");
    /* a leaving date in August (a school that says so): the last weekday of July */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2026-08-14'", "",
                          "2026-05-04"),
                     "2026-07-31");
    /* weekly, the day before the leaving date */
    ck_assert_str_eq(next("'year_group':11,'need_level':'intensive'",
                          "'review_frequency':'weekly'", "2026-07-27"),
                     "2026-07-31");
    /* the options' term end */
    cp_schedule_options o = CP_SCHEDULE_OPTIONS_INIT;
    o.term_end_day = 17;
    ck_assert_str_eq(next_sched("'year_group':11", "", "2026-01-12", &o), "2026-07-17");
    /* the 0.1 function uses the defaults */
    ck_assert_str_eq(next_sched("'year_group':11", "", "2026-01-12", NULL), "2026-07-31");
}
END_TEST

START_TEST(no_review_after_leaving)
{
    const char *y11 = "'setting':'school','year_group':11,'need_level':'intensive'";
    /* on the leaving date, or after it: no next school review */
    ck_assert_str_eq(next(y11, "", "2026-07-31"), "error:CP_ENOTFOUND");
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2026-05-22'", "",
                          "2026-06-01"),
                     "error:CP_ENOTFOUND");
    /* the last weekday before the leaving date is not after `from` */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2026-08-02'",
                          "'review_frequency':'weekly'", "2026-07-31"),
                     "error:CP_ENOTFOUND");
    /* the message names the date */
    cp_client *c = make(y11, "");
    cp_date d = cpt_date("2001-01-01");
    cp_error e;
    ck_assert_cp(cp_plan_next_review_date(cp_client_plan_at(c, 0), cpt_date("2026-07-31"), NULL, &d,
                                          &e),
                 CP_ENOTFOUND, "", &e);
    ck_assert_str_eq(e.message,
                     "no school review is scheduled after the client's intended leaving date "
                     "2026-07-31");
    ck_assert_int_eq(d.year, 2001);
    cp_client_free(c);
    /* a client beyond school has no such limit */
    ck_assert_str_eq(next("'setting':'adult','year_group':11,'need_level':'intensive'", "",
                          "2026-07-31"),
                     "2026-08-07");
    ck_assert_str_eq(
        next("'setting':'neet','intended_leaving_date':'2026-05-22','need_level':'targeted'", "",
             "2026-06-01"),
        "2026-06-15");
}
END_TEST

/* No school review in August, whatever the frequency. */
START_TEST(no_school_review_in_august)
{
    const char *school = "'setting':'school','need_level':'intensive'";
    ck_assert_str_eq(next(school, "'review_frequency':'weekly'", "2026-07-27"), "2026-09-01");
    ck_assert_str_eq(next(school, "'review_frequency':'fortnightly'", "2026-07-20"), "2026-09-01");
    ck_assert_str_eq(next(school, "'review_frequency':'monthly'", "2026-07-15"), "2026-09-01");
    ck_assert_str_eq(next(school, "'review_frequency':'per_school_year','reviews_per_year':4",
                          "2026-06-01"),
                     "2026-09-01");
    /* from a date in August */
    ck_assert_str_eq(next(school, "'review_frequency':'weekly'", "2026-08-10"), "2026-09-01");
    /* 1 September on a Saturday (2029), a Sunday (2030): the Monday */
    ck_assert_str_eq(next(school, "'review_frequency':'weekly'", "2029-08-20"), "2029-09-03");
    ck_assert_str_eq(next(school, "'review_frequency':'fortnightly'", "2030-08-19"),
                     "2030-09-02");
    /* a year group without a setting is in school */
    ck_assert_str_eq(next("'year_group':9", "'review_frequency':'weekly'", "2026-07-27"),
                     "2026-09-01");
    /* a weekly review in the last days of July stays in July */
    ck_assert_str_eq(next(school, "'review_frequency':'weekly'", "2026-07-24"), "2026-07-31");
    /* beyond school, August is an ordinary month */
    ck_assert_str_eq(next(ADULT("intensive"), "'review_frequency':'weekly'", "2026-07-27"),
                     "2026-08-03");
}
END_TEST

/* Leap days and weekends around the leaving date. */
START_TEST(leaving_leap_and_weekend)
{
    /* a leaving date on 29 February 2028 (a Tuesday) */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2028-02-29',"
                          "'need_level':'intensive'",
                          "", "2028-01-10"),
                     "2028-02-29");
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2028-02-29'", "",
                          "2028-02-29"),
                     "error:CP_ENOTFOUND");
    /* 365 days across a leap day reach 29 February; a leaving date on the
     * Sunday before: the Friday */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2028-03-05'", "",
                          "2027-03-01"),
                     "2028-02-29");
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2028-02-27'", "",
                          "2027-03-01"),
                     "2028-02-25");
    /* from a Saturday, the leaving date the Monday after: that Monday */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2026-07-13'",
                          "'review_frequency':'fortnightly'", "2026-07-11"),
                     "2026-07-13");
    /* from a Saturday, the leaving date the Sunday after: none */
    ck_assert_str_eq(next("'year_group':11,'intended_leaving_date':'2026-07-12'",
                          "'review_frequency':'weekly'", "2026-07-11"),
                     "error:CP_ENOTFOUND");
}
END_TEST

static Suite *schedule_suite(void)
{
    Suite *s = suite_create("schedule");
    TCase *t = tcase_create("frequency");
    tcase_add_test(t, defaults_in_school);
    tcase_add_test(t, defaults_beyond_school);
    tcase_add_test(t, plan_overrides);
    tcase_add_test(t, custom_policy);
    tcase_add_test(t, plan_without_client_field_values);
    suite_add_tcase(s, t);
    t = tcase_create("calendar");
    tcase_add_test(t, month_ends);
    tcase_add_test(t, weekends);
    tcase_add_test(t, august);
    tcase_add_test(t, year_ends_and_leap_days);
    suite_add_tcase(s, t);
    t = tcase_create("school calendar");
    tcase_add_test(t, leaving_date_from_year_group);
    tcase_add_test(t, leaving_date_recorded_wins);
    tcase_add_test(t, leaving_date_unknown_and_errors);
    tcase_add_test(t, schedule_options);
    tcase_add_test(t, last_review_before_leaving);
    tcase_add_test(t, no_review_after_leaving);
    tcase_add_test(t, no_school_review_in_august);
    tcase_add_test(t, leaving_leap_and_weekend);
    suite_add_tcase(s, t);
    t = tcase_create("errors");
    tcase_add_test(t, policy_init);
    tcase_add_test(t, invalid_policy);
    tcase_add_test(t, invalid_arguments);
    suite_add_tcase(s, t);
    return s;
}

CP_TEST_MAIN(schedule_suite)
