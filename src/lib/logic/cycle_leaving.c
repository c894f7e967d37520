/* The school calendar of review scheduling: schedule options and a client's
 * intended leaving date (rules in cycle.h). */
#include "../core/error.h"
#include "logic.h"

#include <careerplan/cycle.h>

cp_status cp_schedule_options_init(cp_schedule_options *opts, unsigned int version)
{
    if (!opts || version != CP_SCHEDULE_OPTIONS_VERSION)
        return CP_EINVAL;
    cp_schedule_options d = CP_SCHEDULE_OPTIONS_INIT;
    *opts = d;
    return CP_OK;
}

cp_status cp__schedule_options_resolve(const cp_schedule_options *in, cp_schedule_options *out,
                                       cp_error *err)
{
    if (!in)
        return cp_schedule_options_init(out, CP_SCHEDULE_OPTIONS_VERSION);
    if (in->version != CP_SCHEDULE_OPTIONS_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "schedule options version %u is not supported",
                        in->version);
    /* a year that is not a leap year: 29 February would not end every summer term */
    cp_date end = {2001, in->term_end_month, in->term_end_day};
    if (in->term_end_month < 6 || in->term_end_month > 8 || !cp_date_is_valid(end))
        return cp__fail(err, CP_EINVAL, NULL,
                        "the summer term ends on a day of June, July or August");
    if (in->leaving_year < 7 || in->leaving_year > 13 || in->sixth_form_leaving_year < 7 ||
        in->sixth_form_leaving_year > 13 || in->sixth_form_leaving_year < in->leaving_year)
        return cp__fail(err, CP_EINVAL, NULL,
                        "leaving years are year groups 7 to 13, the sixth form's not the earlier");
    *out = *in;
    return CP_OK;
}

cp_status cp__schedule_begin(int args_given, const char *which, cp_date day,
                             const cp_schedule_options *in, cp_schedule_options *out,
                             cp_error *err)
{
    cp_error_clear(err);
    if (!args_given)
        return cp__fail(err, CP_EINVAL, NULL, "%s or output is NULL", which);
    if (!cp_date_is_valid(day))
        return cp__fail(err, CP_ERANGE, NULL, "the date given is not a calendar date");
    return cp__schedule_options_resolve(in, out, err);
}

cp_status cp_client_leaving_date(const cp_client *client, cp_date as_of,
                                 const cp_schedule_options *opts, cp_date *out, cp_error *err)
{
    cp_schedule_options o;
    cp_status st = cp__schedule_begin(client && out, "client", as_of, opts, &o, err);
    if (st != CP_OK)
        return st;
    if (!cp_date_is_none(client->intended_leaving_date)) {
        *out = client->intended_leaving_date;
        return CP_OK;
    }
    int year = client->year_group;
    if (!year)
        return cp__fail(err, CP_ENOTFOUND, NULL,
                        "neither an intended leaving date nor a year group is recorded");
    int leaving = year <= o.leaving_year ? o.leaving_year : o.sixth_form_leaving_year;
    if (leaving < year)
        leaving = year; /* past both leaving years: leaves at the end of this one */
    /* the summer term of this school year ends in the calendar year after
     * the one the school year starts in */
    long end_year = (long)cp_date_academic_year(as_of) + 1 + (leaving - year);
    if (end_year > 9999)
        return cp__fail(err, CP_ERANGE, NULL, "the leaving date would fall after 9999-12-31");
    cp_date d = {(int)end_year, o.term_end_month, o.term_end_day};
    *out = d;
    return CP_OK;
}
