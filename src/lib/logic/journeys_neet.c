/* Risk of NEET: weighted factor scores, the threshold and the learners at
 * risk with their factors (<careerplan/journeys.h>); the report's JSON is in
 * io/journeys_report.c. */
#include "../core/alloc.h"
#include "../core/diagnostics.h"
#include "../core/error.h"
#include "journeys_neet.h"

#include <stdio.h>
#include <string.h>

static const cp_neet_factor defaults[] = {
    {"eal", 1.0},          {"ehc_plan", 1.0},          {"sen_support", 1.0},
    {"attendance", 1.0},   {"exclusion", 1.0},         {"educated_off_site", 1.0},
    {"looked_after", 1.0}, {"pregnancy_young_parent", 1.0}, {"young_carer", 1.0},
    {"custody_youth_justice", 1.0},
};

const cp_neet_factor *cp_neet_default_factors(size_t *count)
{
    if (count)
        *count = sizeof defaults / sizeof defaults[0];
    return defaults;
}

cp_status cp_neet_options_init(cp_neet_options *opts, unsigned int version)
{
    if (!opts || version != CP_NEET_OPTIONS_VERSION)
        return CP_EINVAL;
    *opts = (cp_neet_options)CP_NEET_OPTIONS_INIT;
    return CP_OK;
}

/* Checks the arguments (ok, else CP_EINVAL with `message`) and fills the
 * options in effect, defaults filled in; CP_EINVAL on bad options. */
static cp_status start(int ok, const char *message, const cp_neet_options *opts,
                       cp_neet_options *eff, cp_error *err)
{
    if (cp__need(err, ok, message))
        return CP_EINVAL;
    cp_neet_options_init(eff, CP_NEET_OPTIONS_VERSION);
    if (opts) {
        if (opts->version != CP_NEET_OPTIONS_VERSION)
            return cp__fail(err, CP_EINVAL, NULL, "NEET options of unknown version %u",
                            opts->version);
        *eff = *opts;
    }
    if (!eff->factors)
        eff->factors = cp_neet_default_factors(&eff->factor_count);
    for (size_t i = 0; i < eff->factor_count; i++)
        if (!eff->factors[i].name || !*eff->factors[i].name)
            return cp__fail(err, CP_EINVAL, NULL, "NEET factor %zu has no name", i);
    return CP_OK;
}

/* The latest score of `name` on or before as_of; NULL when none. */
static const cp_neet_score *latest(const cp_client *c, const char *name, cp_date as_of)
{
    const cp_neet_score *best = NULL;
    size_t n = cp_client_neet_score_count(c);
    for (size_t i = 0; i < n; i++) {
        const cp_neet_score *s = cp_client_neet_score_at(c, i);
        cp_date d = cp_neet_score_get_date(s);
        if (strcmp(cp_neet_score_get_factor(s), name) != 0 || cp_date_compare(d, as_of) > 0)
            continue;
        if (!best || cp_date_compare(d, cp_neet_score_get_date(best)) >= 0)
            best = s;
    }
    return best;
}

static int configured(const cp_neet_options *o, const char *name)
{
    for (size_t i = 0; i < o->factor_count; i++)
        if (strcmp(o->factors[i].name, name) == 0)
            return 1;
    return 0;
}

/* Warns of the learner's unknown factors; prefix is the learner's path. */
static int warn_unknown(const cp_neet_options *o, const cp_client *c, const char *prefix,
                        cp_diagnostics *warnings)
{
    char path[128], msg[300];
    size_t n = cp_client_neet_score_count(c);
    for (size_t i = 0; warnings && i < n; i++) {
        const char *f = cp_neet_score_get_factor(cp_client_neet_score_at(c, i));
        if (configured(o, f))
            continue;
        snprintf(path, sizeof path, "%s/neet_scores/%zu/factor", prefix, i);
        snprintf(msg, sizeof msg,
                 "risk-of-NEET factor \"%.100s\" is not configured; its score is not counted", f);
        if (cp_diagnostics_add(warnings, CP_SEVERITY_WARNING, "unknown-neet-factor", path, msg))
            return -1;
    }
    return 0;
}

static double score_of(const cp_neet_options *o, const cp_client *c, cp_date as_of)
{
    double score = 0;
    for (size_t i = 0; i < o->factor_count; i++) {
        const cp_neet_score *s = latest(c, o->factors[i].name, as_of);
        if (s)
            score += o->factors[i].weight * cp_neet_score_get_value(s);
    }
    return score;
}

cp_status cp_learner_neet_score(const cp_client *learner, const cp_neet_options *opts,
                                cp_date as_of, double *score, cp_diagnostics *warnings,
                                cp_error *err)
{
    cp_neet_options o;
    cp_status st = start(learner && score && cp_date_is_valid(as_of),
                         "learner or output is NULL, or the date is not valid", opts, &o, err);
    size_t before = cp_diagnostics_count(warnings);
    if (st == CP_OK && warn_unknown(&o, learner, "", warnings))
        st = cp__diagnostics_oom(warnings, before, err);
    if (st == CP_OK)
        *score = score_of(&o, learner, as_of);
    return st;
}

/* Appends a learner at risk with its contributing factors. */
static int add_at_risk(cp_neet_report *r, const cp_neet_options *o, const cp_client *c,
                       cp_date as_of, double score)
{
    cp__neet_entry *e = cp__realloc(r->entries, (r->count + 1) * sizeof *e);
    if (!e)
        return -1;
    r->entries = e;
    e = &r->entries[r->count];
    *e = (cp__neet_entry){.client = c, .score = score, .first = r->factor_count};
    for (size_t i = 0; i < o->factor_count; i++) {
        const cp_neet_score *s = latest(c, o->factors[i].name, as_of);
        if (!s)
            continue;
        cp__neet_part *f = cp__realloc(r->factors, (r->factor_count + 1) * sizeof *f);
        if (!f)
            return -1;
        r->factors = f;
        f = &r->factors[r->factor_count++];
        f->name = o->factors[i].name;
        f->value = cp_neet_score_get_value(s);
        f->contribution = o->factors[i].weight * f->value;
        e->count++;
    }
    r->count++;
    return 0;
}

/* Copies the factor names the report points at, so it outlives the options. */
static int own_names(cp_neet_report *r)
{
    for (size_t i = 0; i < r->factor_count; i++) {
        char *s = cp__strdup(r->factors[i].name);
        if (!s) {
            for (size_t k = i; k < r->factor_count; k++)
                r->factors[k].name = NULL;
            return -1;
        }
        r->factors[i].name = s;
    }
    return 0;
}

cp_status cp_caseload_neet_risk(const cp_caseload *caseload, const cp_neet_options *opts,
                                cp_date as_of, cp_neet_report **out, cp_diagnostics *warnings,
                                cp_error *err)
{
    cp_neet_options o;
    cp_status st = start(caseload && out && cp_date_is_valid(as_of),
                         "caseload or output is NULL, or the date is not valid", opts, &o, err);
    if (st != CP_OK)
        return st;
    *out = NULL;
    size_t before = cp_diagnostics_count(warnings);
    cp_neet_report *r = cp__calloc(1, sizeof *r);
    if (!r)
        return cp__diagnostics_oom(warnings, before, err);
    r->threshold = o.threshold;
    size_t n = cp_caseload_client_count(caseload);
    int failed = 0;
    char prefix[40];
    for (size_t i = 0; i < n && !failed; i++) {
        const cp_client *c = cp_caseload_client_at(caseload, i);
        snprintf(prefix, sizeof prefix, "/clients/%zu", i);
        failed = warn_unknown(&o, c, prefix, warnings);
        double score = score_of(&o, c, as_of);
        if (!failed && score >= o.threshold)
            failed = add_at_risk(r, &o, c, as_of, score);
    }
    if (failed) /* the names are still borrowed from the options */
        for (size_t k = 0; k < r->factor_count; k++)
            r->factors[k].name = NULL;
    if (failed || own_names(r)) {
        cp_neet_report_free(r);
        return cp__diagnostics_oom(warnings, before, err);
    }
    *out = r;
    return CP_OK;
}

void cp_neet_report_free(cp_neet_report *report)
{
    if (!report)
        return;
    for (size_t i = 0; i < report->factor_count; i++)
        cp__free((char *)report->factors[i].name);
    cp__free(report->factors);
    cp__free(report->entries);
    cp__free(report);
}

size_t cp_neet_report_count(const cp_neet_report *report)
{
    return report ? report->count : 0;
}

static const cp__neet_entry *entry(const cp_neet_report *r, size_t index)
{
    return r && index < r->count ? &r->entries[index] : NULL;
}

const cp_client *cp_neet_report_client(const cp_neet_report *report, size_t index)
{
    const cp__neet_entry *e = entry(report, index);
    return e ? e->client : NULL;
}

double cp_neet_report_score(const cp_neet_report *report, size_t index)
{
    const cp__neet_entry *e = entry(report, index);
    return e ? e->score : 0;
}

size_t cp_neet_report_factor_count(const cp_neet_report *report, size_t index)
{
    const cp__neet_entry *e = entry(report, index);
    return e ? e->count : 0;
}

const char *cp_neet_report_factor(const cp_neet_report *report, size_t index, size_t factor,
                                  int *value, double *contribution)
{
    const cp__neet_entry *e = entry(report, index);
    if (!e || factor >= e->count)
        return NULL;
    const cp__neet_part *f = &report->factors[e->first + factor];
    if (value)
        *value = f->value;
    if (contribution)
        *contribution = f->contribution;
    return f->name;
}
