/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Careers Learning Journeys analyses (source 003, MODEL.md section 4): gaps
 * in a provision map, learners' participation checked against a map, Gatsby
 * Benchmark coverage per learner and per cohort, the Provider Access
 * Legislation check, personal guidance by 16 and 18, risk-of-NEET scores and
 * the opportunity checklist summary. Every rule quotes the sentence it rests
 * on, or is documented as a configurable default the sources do not fix.
 *
 * Only a map's planned activities count for gaps ("the analyses count
 * planned activities only", cp_activity_status). A learner's coverage, PAL
 * and guidance count the activities the learner ATTENDED, whatever their
 * status; a participation naming an activity the map does not have counts
 * for nothing (cp_provision_map_validate_caseload() reports it).
 */
#ifndef CAREERPLAN_JOURNEYS_H
#define CAREERPLAN_JOURNEYS_H

#include "caseload.h"
#include "client.h"
#include "common.h"
#include "date.h"
#include "diagnostics.h"
#include "learner.h"
#include "provision_map.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- gaps and validation ---- */

/**
 * Finds the gaps of a provision map and appends them to @p out as warnings:
 * "identification of gaps in delivery across year groups" and "are these
 * addressing the gaps in delivery to ensure you are meeting all the learning
 * outcomes effectively?" (source 003); MODEL.md: "gaps (an outcome with no
 * activity, a phase and year with nothing, a benchmark with no activity)".
 * Only planned activities count.
 *
 * | code | path | rule |
 * |---|---|---|
 * | outcome-without-activity | "/outcomes/N" | no planned activity serves outcome N |
 * | phase-year-without-activity | "/year_groups" | no planned activity of a phase is for a year group of the map (one per phase and year, phases in order, years ascending; message "no planned activity in phase P, year Y") |
 * | benchmark-without-activity | "/activities" | no planned activity addresses Gatsby Benchmark B, 1 to 8 (one per benchmark, ascending) |
 *
 * Findings come in that order: outcomes, phase and year cells, benchmarks.
 * The map's year groups are its own, or 7 to 13 when it lists none.
 *
 * @param map the map; not NULL
 * @param out the list to append to; not NULL
 * @param err optional; filled on failure
 * @return CP_OK (also when gaps were found: read @p out), CP_EINVAL (NULL
 *         argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_provision_map_gaps(const cp_provision_map *map, cp_diagnostics *out,
                                       cp_error *err);

/**
 * Checks the learners of a caseload against a provision map and appends
 * errors to @p out: "Unknown activity or learner ids in participation, ...,
 * year groups outside the configured range: each a code, a message and a
 * location" (issue 14).
 *
 * | code | path | rule |
 * |---|---|---|
 * | unknown-activity | "/clients/N/participations/M/activity" | the participation names an activity id the map does not have |
 * | year-group-outside-map | "/clients/N/year_group" | the learner's year group is not among the map's year groups |
 *
 * In client order, each client's year group first, then its participations.
 * A learner without a year group is not an error.
 *
 * @param map      the map; not NULL
 * @param caseload the learners; not NULL
 * @param out      the list to append to; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK (also when errors were found), CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_provision_map_validate_caseload(const cp_provision_map *map,
                                                    const cp_caseload *caseload,
                                                    cp_diagnostics *out, cp_error *err);

/* ---- Gatsby Benchmark coverage ---- */

/**
 * The Gatsby Benchmarks 2 to 8 a learner has covered: the union of the
 * benchmarks of the activities of @p map the learner attended. "See
 * at-a-glance how a learner is tracking against Gatsby Benchmarks 2-8"
 * (source 003); "benchmark 1 is institution-level; 2 to 8 are tracked per
 * learner" (MODEL.md), so bit 1 is never set. The map's activities are
 * indexed on each call: for a cohort use cp_cohort_coverage_compute().
 *
 * @param map     the map; NULL covers nothing
 * @param learner the learner; NULL covers nothing
 * @return the benchmarks as bits, bit n for benchmark n (2..8); 0 also when
 *         out of memory
 * @since 0.2
 */
CP_API unsigned cp_learner_benchmark_coverage(const cp_provision_map *map,
                                              const cp_client *learner);

/**
 * Cohort coverage: per year group of a map and Gatsby Benchmark 2 to 8, the
 * learners in that year group and how many of them have covered the
 * benchmark (cp_learner_benchmark_coverage()). Opaque.
 * @since 0.2
 */
typedef struct cp_cohort_coverage cp_cohort_coverage;

/**
 * Works out a cohort's coverage in time linear in learners plus
 * participations (activities are indexed by id once). Learners are counted
 * in their current year group when it is among the map's year groups; the
 * others (no year group, or one outside the map) are counted apart
 * (cp_cohort_coverage_unplaced()), not silently dropped.
 *
 * @param map      the map; not NULL
 * @param caseload the learners; not NULL
 * @param[out] out the result (free with cp_cohort_coverage_free()); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_cohort_coverage_compute(const cp_provision_map *map,
                                            const cp_caseload *caseload,
                                            cp_cohort_coverage **out, cp_error *err);

/**
 * Frees a coverage result.
 *
 * @param cov the result; NULL is a no-op
 * @since 0.2
 */
CP_API void cp_cohort_coverage_free(cp_cohort_coverage *cov);

/**
 * The year groups of a coverage result: the map's.
 *
 * @param cov the result; NULL gives 0
 * @return bit n for year group n
 * @since 0.2
 */
CP_API unsigned cp_cohort_coverage_year_groups(const cp_cohort_coverage *cov);

/**
 * Learners in a year group.
 *
 * @param cov        the result; NULL gives 0
 * @param year_group a year group; one not in the result gives 0
 * @return the count
 * @since 0.2
 */
CP_API size_t cp_cohort_coverage_learners(const cp_cohort_coverage *cov, int year_group);

/**
 * Learners of a year group who have covered a benchmark.
 *
 * @param cov        the result; NULL gives 0
 * @param year_group a year group; one not in the result gives 0
 * @param benchmark  2 to 8; another gives 0
 * @return the count
 * @since 0.2
 */
CP_API size_t cp_cohort_coverage_covered(const cp_cohort_coverage *cov, int year_group,
                                         int benchmark);

/**
 * The percentage of the learners of a year group who have covered a
 * benchmark: 100 × covered / learners.
 *
 * @param cov        the result
 * @param year_group a year group
 * @param benchmark  2 to 8
 * @return the percentage, 0 to 100; -1 when the year group has no learners
 *         (or the arguments are out of range)
 * @since 0.2
 */
CP_API double cp_cohort_coverage_percent(const cp_cohort_coverage *cov, int year_group,
                                         int benchmark);

/**
 * Learners left out of the table: no year group, or one outside the map's.
 *
 * @param cov the result; NULL gives 0
 * @return the count
 * @since 0.2
 */
CP_API size_t cp_cohort_coverage_unplaced(const cp_cohort_coverage *cov);

/**
 * The cohort coverage table as CSV (RFC 4180: CRLF line ends, a header row):
 * `year_group,benchmark,learners,covered,percent`, one row per year group
 * (ascending) and benchmark 2 to 8, percent with one decimal rounded half
 * up ("66.7" for 2 of 3), empty when the year group has no learners.
 *
 * @param cov      the result; not NULL
 * @param[out] out the text, allocated by the library (free with cp_free()); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_cohort_coverage_to_csv(const cp_cohort_coverage *cov, char **out,
                                           cp_error *err);

/**
 * The cohort coverage table as JSON: {"unplaced": n, "rows": [{"year_group",
 * "benchmark", "learners", "covered", "percent"}, ...]} in the order of the
 * CSV, percent a number rounded to one decimal or null when the year group
 * has no learners. Two-space indented, ending in a newline.
 *
 * @param cov      the result; not NULL
 * @param[out] out the text (free with cp_free()); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_cohort_coverage_to_json(const cp_cohort_coverage *cov, char **out,
                                            cp_error *err);

/* ---- dates and year groups ---- */

/**
 * A learner's year group on a date: the year group on @p as_of minus the
 * whole academic years between @p date and @p as_of. "UK academic years run
 * 1 September to 31 August" (source 002): a year 10 learner on 2026-01-15
 * was in year 9 on 2025-08-31 and in year 10 on 2025-09-01.
 *
 * @param year_group the year group on @p as_of
 * @param as_of      the date the year group holds on; a valid date
 * @param date       the date asked about; a valid date
 * @return the year group on @p date (may be below 1 or above 13 far from
 *         @p as_of); 0 when @p year_group is 0 or a date is not valid
 * @since 0.2
 */
CP_API int cp_year_group_at(int year_group, cp_date as_of, cp_date date);

/* ---- Provider Access Legislation ---- */

/**
 * The Provider Access Legislation phase of a date for a learner in a year
 * group on that date. MODEL.md section 4 (Education Act 1997 s.42B as
 * amended in 2022): "two in each phase — phase 1: year 8 or 1 September to
 * 28 February of year 9; phase 2: year 10 or 1 September to 28 February of
 * year 11 (both compulsory); phase 3: year 12 or 1 September to 28 February
 * of year 13 (offered; pupils may choose)". The window ends on 28 February,
 * as the source words it: 29 February of a leap year falls OUTSIDE it.
 *
 * @param year_group the learner's year group on @p date
 * @param date       a valid date
 * @return 1, 2 or 3; 0 when the date is in no phase
 * @since 0.2
 */
CP_API int cp_pal_phase(int year_group, cp_date date);

/** Where a learner stands in one PAL phase on a date. @since 0.2 */
typedef enum cp_pal_state {
    CP_PAL_UPCOMING = 0, /**< the phase has not started */
    CP_PAL_OPEN = 1,     /**< the phase is running; fewer than two encounters so far */
    CP_PAL_MET = 2,      /**< two encounters or more */
    CP_PAL_MISSED = 3    /**< the phase is over with fewer than two encounters */
} cp_pal_state;

/**
 * Name of a PAL state: "upcoming", "open", "met", "missed".
 *
 * @param state a value of the enumeration
 * @return a static string, or NULL for unknown values
 * @since 0.2
 */
CP_API const char *cp_pal_state_to_string(cp_pal_state state);

/**
 * A learner's Provider Access Legislation check, filled by
 * cp_learner_pal_check(). Its layout is part of the ABI from 0.2 on and
 * never changes: a release that reports more adds a new function. Index 0
 * is phase 1.
 * @since 0.2
 */
typedef struct cp_pal_check {
    int year_group;          /**< the learner's year group on the as-of date */
    size_t encounters[3];    /**< encounters counted in each phase */
    size_t repeated[3];      /**< encounters not counted: a provider already counted in phases 1 and 2 */
    cp_pal_state state[3];   /**< where the learner stands in each phase */
} cp_pal_check;

/**
 * Checks a learner's encounters with providers of technical education or
 * apprenticeships: "at least six encounters with providers of technical
 * education or apprenticeships, two in each phase" (MODEL.md). Counted: the
 * learner's attended participations in activities of type provider_access,
 * dated on or before @p as_of, placed in a phase by cp_pal_phase() with the
 * learner's year group at the participation's date (cp_year_group_at()).
 * "The same provider not counted twice in phases 1 and 2" (issue 14): in
 * date order, an encounter whose activity names a provider already counted in
 * phase 1 or 2 is not counted again in either (it is counted in
 * `repeated`); an activity without a provider is never a repeat. Phase 3
 * counts every encounter. A phase is met with two encounters; it is missed
 * when its window ended before @p as_of without them.
 *
 * @param map      the map; not NULL
 * @param learner  the learner; not NULL, with a year group
 * @param as_of    "today"; a valid date
 * @param[out] out the check; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, invalid date), CP_ESTATE (the
 *         learner has no year group), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_learner_pal_check(const cp_provision_map *map, const cp_client *learner,
                                      cp_date as_of, cp_pal_check *out, cp_error *err);

/* ---- personal guidance ---- */

/**
 * A learner's personal guidance check (Gatsby Benchmark 8), filled by
 * cp_learner_guidance_check(). Its layout is part of the ABI from 0.2 on and
 * never changes.
 * @since 0.2
 */
typedef struct cp_guidance_check {
    int by_age;            /**< 1: deadlines from the date of birth; 0: from the year group */
    cp_date first_due;     /**< the 16th birthday, or 31 August at the end of year 11 */
    cp_date second_due;    /**< the 18th birthday, or 31 August at the end of year 13 */
    size_t interviews;     /**< attended personal guidance on or before the as-of date */
    cp_date first;         /**< the earliest interview, or CP_DATE_NONE */
    cp_date second;        /**< the second earliest, or CP_DATE_NONE */
    int first_met;         /**< the earliest interview is on or before first_due */
    int second_met;        /**< a second interview is on or before second_due */
} cp_guidance_check;

/**
 * Checks personal guidance: "at least one interview by 16 and another by
 * 18" (MODEL.md, Gatsby Benchmark 8). Interviews are the learner's attended
 * participations in activities of type personal_guidance dated on or before
 * @p as_of. With a date of birth the deadlines are the 16th and 18th
 * birthdays (a 29 February birthday falls on 1 March in a common year);
 * without one, "by 16" is the end of year 11 and "by 18" the end of year 13
 * (31 August), from the year group on @p as_of: the sources leave the
 * reading open, this is the library's, documented. An interview on the
 * birthday itself counts.
 *
 * @param map      the map; not NULL
 * @param learner  the learner; not NULL
 * @param as_of    "today"; a valid date
 * @param[out] out the check; not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ESTATE (neither a date of birth nor a year group)
 * @since 0.2
 */
CP_API cp_status cp_learner_guidance_check(const cp_provision_map *map, const cp_client *learner,
                                           cp_date as_of, cp_guidance_check *out,
                                           cp_error *err);

/* ---- risk of NEET ---- */

/** One risk-of-NEET factor and its weight. @since 0.2 */
typedef struct cp_neet_factor {
    const char *name; /**< the factor as learners' scores name it, e.g. "attendance" */
    double weight;    /**< multiplies the factor's score */
} cp_neet_factor;

/** The version of cp_neet_options this header describes. @since 0.2 */
#define CP_NEET_OPTIONS_VERSION 1u

/** The default threshold: a configurable default the sources do not fix. @since 0.2 */
#define CP_NEET_DEFAULT_THRESHOLD 3.0

/**
 * How risk of NEET is scored. "Risk of NEET indicators differ by local
 * authority ... Make factors, weights and threshold configurable" (MODEL.md).
 * @since 0.2
 */
typedef struct cp_neet_options {
    unsigned int version;          /**< CP_NEET_OPTIONS_VERSION */
    const cp_neet_factor *factors; /**< borrowed; NULL: cp_neet_default_factors() */
    size_t factor_count;           /**< entries in factors */
    double threshold;              /**< at risk when the score is at least this */
} cp_neet_options;

/** Initialiser with the defaults. @since 0.2 */
#define CP_NEET_OPTIONS_INIT {CP_NEET_OPTIONS_VERSION, NULL, 0, CP_NEET_DEFAULT_THRESHOLD}

/**
 * Fills options with the defaults (CP_NEET_OPTIONS_INIT).
 *
 * @param opts    the options; not NULL
 * @param version CP_NEET_OPTIONS_VERSION
 * @return CP_OK, CP_EINVAL (NULL or unknown version)
 * @since 0.2
 */
CP_API cp_status cp_neet_options_init(cp_neet_options *opts, unsigned int version);

/**
 * The default factors, each of weight 1: MODEL.md's "typical factors:
 * English as an additional language, EHC plan, SEN support, attendance,
 * exclusion, educated off-site, looked after, pregnancy or young parent,
 * young carer, custody or youth justice", named "eal", "ehc_plan",
 * "sen_support", "attendance", "exclusion", "educated_off_site",
 * "looked_after", "pregnancy_young_parent", "young_carer",
 * "custody_youth_justice".
 *
 * @param[out] count the number of factors; may be NULL
 * @return a static array
 * @since 0.2
 */
CP_API const cp_neet_factor *cp_neet_default_factors(size_t *count);

/**
 * Learners at risk of NEET with their contributing factors. Opaque.
 * @since 0.2
 */
typedef struct cp_neet_report cp_neet_report;

/**
 * Scores every learner of a caseload: the sum over the configured factors of
 * weight × value of the factor's latest score dated on or before @p as_of
 * ("keep each score with its date", MODEL.md); a learner is at risk when the
 * score is at least the threshold. A score naming a factor that is not
 * configured is reported as a warning "unknown-neet-factor" at
 * "/clients/N/neet_scores/M/factor" and counts for nothing.
 *
 * @param caseload the learners; not NULL
 * @param opts     NULL for the defaults
 * @param as_of    "today"; a valid date
 * @param[out] out the learners at risk, in caseload order (free with
 *                 cp_neet_report_free()); not NULL
 * @param warnings optional list for the warnings
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, invalid date, a factor without a
 *         name, options of an unknown version), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_caseload_neet_risk(const cp_caseload *caseload, const cp_neet_options *opts,
                                       cp_date as_of, cp_neet_report **out,
                                       cp_diagnostics *warnings, cp_error *err);

/**
 * A learner's risk-of-NEET score (see cp_caseload_neet_risk()); unknown
 * factors are warned about at "/neet_scores/M/factor".
 *
 * @param learner   the learner; not NULL
 * @param opts      NULL for the defaults
 * @param as_of     a valid date
 * @param[out] score the score; not NULL
 * @param warnings  optional list for the warnings
 * @param err       optional; filled on failure
 * @return CP_OK, CP_EINVAL (also options of an unknown version), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_learner_neet_score(const cp_client *learner, const cp_neet_options *opts,
                                       cp_date as_of, double *score, cp_diagnostics *warnings,
                                       cp_error *err);

/**
 * Frees a report.
 *
 * @param report the report; NULL is a no-op
 * @since 0.2
 */
CP_API void cp_neet_report_free(cp_neet_report *report);

/**
 * Number of learners at risk.
 *
 * @param report the report; NULL gives 0
 * @return the count
 * @since 0.2
 */
CP_API size_t cp_neet_report_count(const cp_neet_report *report);

/**
 * A learner at risk.
 *
 * @param report the report
 * @param index  0..count-1
 * @return borrowed from the caseload; NULL when out of range
 * @since 0.2
 */
CP_API const cp_client *cp_neet_report_client(const cp_neet_report *report, size_t index);

/**
 * The score of a learner at risk.
 *
 * @param report the report
 * @param index  0..count-1
 * @return the score; 0 when out of range
 * @since 0.2
 */
CP_API double cp_neet_report_score(const cp_neet_report *report, size_t index);

/**
 * Number of factors contributing to a learner's score (those with a score
 * on or before the as-of date), in the order of the options' factors.
 *
 * @param report the report
 * @param index  0..count-1
 * @return the count; 0 when out of range
 * @since 0.2
 */
CP_API size_t cp_neet_report_factor_count(const cp_neet_report *report, size_t index);

/**
 * A contributing factor of a learner at risk.
 *
 * @param report           the report
 * @param index            the learner, 0..count-1
 * @param factor           the factor, 0..factor count-1
 * @param[out] value       its latest value; may be NULL
 * @param[out] contribution weight × value; may be NULL
 * @return the factor's name (borrowed from the report), or NULL when out of range
 * @since 0.2
 */
CP_API const char *cp_neet_report_factor(const cp_neet_report *report, size_t index,
                                         size_t factor, int *value, double *contribution);

/**
 * The report as JSON: {"threshold": t, "at_risk": [{"client", "score",
 * "factors": [{"name", "value", "contribution"}]}]}.
 *
 * @param report   the report; not NULL
 * @param[out] out the text (free with cp_free()); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_neet_report_to_json(const cp_neet_report *report, char **out,
                                        cp_error *err);

/* ---- opportunity checklist ---- */

/** The four areas of the opportunity checklist (source 003, appendix 3). @since 0.2 */
typedef enum cp_checklist_area {
    CP_CHECKLIST_AREA_ALIGNMENT = 0,  /**< "Alignment to strategic priorities": 2 points */
    CP_CHECKLIST_AREA_LEADERSHIP = 1, /**< "Distributing leadership of careers": 5 points */
    CP_CHECKLIST_AREA_CURRICULUM = 2, /**< "Minimising disruption to curriculum": 4 points */
    CP_CHECKLIST_AREA_EFFORT = 3      /**< "Effort vs. Impact": 6 points */
} cp_checklist_area;

/**
 * Name of an area: "alignment", "leadership", "curriculum", "effort_impact".
 *
 * @param area a value of the enumeration
 * @return a static string, or NULL for unknown values
 * @since 0.2
 */
CP_API const char *cp_checklist_area_to_string(cp_checklist_area area);

/**
 * The points of an area of the checklist given thought ("Tick off each
 * point as you've given it some thought", source 003).
 *
 * @param activity    the activity; NULL has none
 * @param area        the area
 * @param[out] total  the number of points of the area; may be NULL
 * @return the points considered; 0 for an unknown area
 * @since 0.2
 */
CP_API size_t cp_activity_checklist_considered(const cp_activity *activity,
                                               cp_checklist_area area, size_t *total);

/**
 * A summary of the opportunity checklist of an activity in text: its title
 * and status, then one line per area "Alignment: 2/2 points considered"
 * with the activity's note for that area, then effort and impact
 * ("Effort: low, impact: high"; "not recorded" when absent).
 *
 * @param activity the activity; not NULL
 * @param[out] out the text (free with cp_free()); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_activity_checklist_text(const cp_activity *activity, char **out,
                                            cp_error *err);

/**
 * The same summary as JSON: {"activity", "status", "areas": [{"area",
 * "considered", "total", "note"}], "effort", "impact"} (absent notes and
 * levels null).
 *
 * @param activity the activity; not NULL
 * @param[out] out the text (free with cp_free()); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_activity_checklist_json(const cp_activity *activity, char **out,
                                            cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_JOURNEYS_H */
