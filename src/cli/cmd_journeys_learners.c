/*
 * careerplan journeys pal|guidance|neet: the per-learner analyses of
 * <careerplan/journeys.h>, as text or JSON.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cmd_journeys.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static void put_learner(const cp_client *c)
{
    cli_put_text(stdout, cp_client_get_id(c));
}

/* ---- pal ---- */

static json_t *pal_json(const cp_client *c, const cp_pal_check *p, int ok, int *bad)
{
    json_t *o = json_object(), *phases = json_array();
    cli_json_set(o, "client", json_string(cp_client_get_id(c)), bad);
    cli_json_set(o, "year_group", ok ? json_integer(p->year_group) : json_null(), bad);
    for (int i = 0; ok && i < 3; i++) {
        json_t *ph = json_object();
        cli_json_set(ph, "phase", json_integer(i + 1), bad);
        cli_json_set(ph, "encounters", json_integer((json_int_t)p->encounters[i]), bad);
        cli_json_set(ph, "repeated", json_integer((json_int_t)p->repeated[i]), bad);
        cli_json_set(ph, "state", json_string(cp_pal_state_to_string(p->state[i])), bad);
        cli_json_append(phases, ph, bad);
    }
    cli_json_set(o, "phases", phases, bad);
    return o;
}

static void pal_text(const cp_client *c, const cp_pal_check *p, int ok)
{
    put_learner(c);
    if (!ok) {
        fputs(": no year group\n", stdout);
        return;
    }
    printf(" (year %d):", p->year_group);
    for (int i = 0; i < 3; i++) {
        printf("%s phase %d %s (%zu", i ? "," : "", i + 1, cp_pal_state_to_string(p->state[i]),
               p->encounters[i]);
        if (p->repeated[i])
            printf("; %zu repeated", p->repeated[i]);
        putchar(')');
    }
    putchar('\n');
}

int cli_journeys_pal(const cli_journeys *j)
{
    int bad = 0;
    json_t *list = j->json ? json_array() : NULL;
    for (size_t i = 0; i < cp_caseload_client_count(j->caseload); i++) {
        const cp_client *c = cp_caseload_client_at(j->caseload, i);
        cp_pal_check p;
        cp_error err;
        cp_status st = cp_learner_pal_check(j->map, c, j->as_of, &p, &err);
        if (st != CP_OK && st != CP_ESTATE) {
            cli_report_error(j->caseload_file, &err);
            json_decref(list);
            return CLI_FAIL;
        }
        if (list)
            cli_json_append(list, pal_json(c, &p, st == CP_OK, &bad), &bad);
        else
            pal_text(c, &p, st == CP_OK);
    }
    return list ? cli_write_json(j->caseload_file, list, bad) : CLI_OK;
}

/* ---- guidance ---- */

static json_t *guidance_json(const cp_client *c, const cp_guidance_check *g, int ok, int *bad)
{
    json_t *o = json_object();
    cli_json_set(o, "client", json_string(cp_client_get_id(c)), bad);
    if (!ok) {
        cli_json_set(o, "reason", json_string("neither a date of birth nor a year group"), bad);
        return o;
    }
    cli_json_set(o, "by_age", json_boolean(g->by_age), bad);
    cli_json_set(o, "interviews", json_integer((json_int_t)g->interviews), bad);
    cli_json_set(o, "first_due", cli_json_date(g->first_due), bad);
    cli_json_set(o, "first", cli_json_date(g->first), bad);
    cli_json_set(o, "first_met", json_boolean(g->first_met), bad);
    cli_json_set(o, "second_due", cli_json_date(g->second_due), bad);
    cli_json_set(o, "second", cli_json_date(g->second), bad);
    cli_json_set(o, "second_met", json_boolean(g->second_met), bad);
    return o;
}

static void guidance_text(const cp_client *c, const cp_guidance_check *g, int ok)
{
    char due[CP_DATE_BUFSIZE], when[CP_DATE_BUFSIZE];
    put_learner(c);
    if (!ok) {
        fputs(": neither a date of birth nor a year group\n", stdout);
        return;
    }
    printf(" (by %s): %zu interview%s", g->by_age ? "age" : "year group", g->interviews,
           g->interviews == 1 ? "" : "s");
    cli_format_date(g->first_due, due);
    cli_format_date(g->first, when);
    printf("; by 16 (%s): %s", due, g->first_met ? when : "not met");
    cli_format_date(g->second_due, due);
    cli_format_date(g->second, when);
    printf("; by 18 (%s): %s\n", due, g->second_met ? when : "not met");
}

int cli_journeys_guidance(const cli_journeys *j)
{
    int bad = 0;
    json_t *list = j->json ? json_array() : NULL;
    for (size_t i = 0; i < cp_caseload_client_count(j->caseload); i++) {
        const cp_client *c = cp_caseload_client_at(j->caseload, i);
        cp_guidance_check g;
        cp_error err;
        cp_status st = cp_learner_guidance_check(j->map, c, j->as_of, &g, &err);
        if (st != CP_OK && st != CP_ESTATE) {
            cli_report_error(j->caseload_file, &err);
            json_decref(list);
            return CLI_FAIL;
        }
        if (list)
            cli_json_append(list, guidance_json(c, &g, st == CP_OK, &bad), &bad);
        else
            guidance_text(c, &g, st == CP_OK);
    }
    return list ? cli_write_json(j->caseload_file, list, bad) : CLI_OK;
}

/* ---- neet ---- */

/* A number for --threshold or a weight: finite, the whole text. */
static int parse_number(const char *text, double *out)
{
    char *end = NULL;
    errno = 0;
    *out = strtod(text, &end);
    return *text && end && *end == '\0' && errno == 0 && isfinite(*out);
}

/* Parses "NAME=WEIGHT,..." into factors pointing into `copy` (owned by the
 * caller, as the factors). Returns the count, or -1 after reporting. */
static long parse_weights(const char *text, char *copy, cp_neet_factor *factors, size_t max)
{
    size_t n = 0;
    for (char *item = strtok(copy, ","); item; item = strtok(NULL, ",")) {
        char *eq = strchr(item, '=');
        double w;
        if (!eq || eq == item || n == max || !parse_number(eq + 1, &w)) {
            fprintf(stderr, "%s journeys: --weights: '", CLI_PROGRAM);
            cli_put_text(stderr, text);
            fputs("' is not a list of NAME=WEIGHT\n", stderr);
            return -1;
        }
        *eq = '\0';
        factors[n].name = item;
        factors[n].weight = w;
        n++;
    }
    return (long)n;
}

static void neet_text(const cp_neet_report *r, double threshold)
{
    size_t n = cp_neet_report_count(r);
    if (n == 0)
        printf("No learner at risk of NEET (threshold %g)\n", threshold);
    for (size_t i = 0; i < n; i++) {
        put_learner(cp_neet_report_client(r, i));
        printf(": score %g (threshold %g):", cp_neet_report_score(r, i), threshold);
        for (size_t k = 0; k < cp_neet_report_factor_count(r, i); k++) {
            int value = 0;
            double counts = 0;
            const char *name = cp_neet_report_factor(r, i, k, &value, &counts);
            printf("%s ", k ? "," : "");
            cli_put_text(stdout, name);
            printf(" %d (counts %g)", value, counts);
        }
        putchar('\n');
    }
}

int cli_journeys_neet(const cli_journeys *j)
{
    cp_neet_options opts = CP_NEET_OPTIONS_INIT;
    if (j->threshold && !parse_number(j->threshold, &opts.threshold)) {
        fprintf(stderr, "%s journeys: --threshold: '", CLI_PROGRAM);
        cli_put_text(stderr, j->threshold);
        fputs("' is not a number\n", stderr);
        cli_usage_hint("journeys");
        return CLI_USAGE;
    }
    size_t max = j->weights ? strlen(j->weights) / 2 + 1 : 0;
    char *copy = j->weights ? malloc(strlen(j->weights) + 1) : NULL;
    if (copy)
        strcpy(copy, j->weights);
    cp_neet_factor *factors = max ? calloc(max, sizeof *factors) : NULL;
    int rc = CLI_OK;
    if (j->weights && (!copy || !factors)) {
        cli_error(j->caseload_file, NULL, "out of memory");
        rc = CLI_FAIL;
    } else if (j->weights) {
        long n = parse_weights(j->weights, copy, factors, max);
        if (n <= 0) {
            if (n == 0)
                fprintf(stderr, "%s journeys: --weights: no factor given\n", CLI_PROGRAM);
            cli_usage_hint("journeys");
            rc = CLI_USAGE;
        }
        opts.factors = factors;
        opts.factor_count = n > 0 ? (size_t)n : 0;
    }
    cp_neet_report *r = NULL;
    cp_diagnostics *warnings = cp_diagnostics_new();
    cp_error err;
    if (rc == CLI_OK &&
        cp_caseload_neet_risk(j->caseload, &opts, j->as_of, &r, warnings, &err) != CP_OK) {
        cli_report_error(j->caseload_file, &err);
        rc = CLI_FAIL;
    }
    if (rc == CLI_OK) {
        cli_report_coded_diagnostics(j->caseload_file, warnings);
        char *text = NULL;
        if (!j->json) {
            neet_text(r, opts.threshold);
        } else if (cp_neet_report_to_json(r, &text, &err) != CP_OK) {
            cli_report_error(j->caseload_file, &err);
            rc = CLI_FAIL;
        } else {
            rc = cli_write_stdout(text, strlen(text));
        }
        cp_free(text);
    }
    cp_neet_report_free(r);
    cp_diagnostics_free(warnings);
    free(factors);
    free(copy);
    return rc;
}
