/*
 * careerplan journeys: the Careers Learning Journeys analyses of a provision
 * map and its learners (<careerplan/journeys.h>): gaps, Gatsby Benchmark
 * coverage, the Provider Access Legislation check, personal guidance and
 * risk of NEET. The learner analyses are in cmd_journeys_learners.c.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cmd_journeys.h"

#include <string.h>

const char cli_journeys_usage[] =
    "usage: careerplan journeys ANALYSIS [OPTIONS] MAP [CASELOAD]\n"
    "\n"
    "Analyses of the provision map MAP and, but for gaps, the learners of\n"
    "CASELOAD (a caseload or a client; '-' for standard input, once). ANALYSIS\n"
    "is one of:\n"
    "\n"
    "  gaps      outcomes, phase and year cells and Gatsby Benchmarks that no\n"
    "            planned activity serves, as 'MAP: warning: PATH: MESSAGE [CODE]';\n"
    "            with CASELOAD also participation naming activities the map does\n"
    "            not have and learners in year groups outside the map's, as\n"
    "            'CASELOAD: error: PATH: MESSAGE [CODE]'\n"
    "  coverage  per year group of the map and Gatsby Benchmark 2 to 8, the\n"
    "            learners who attended an activity addressing it (--csv: RFC 4180)\n"
    "  pal       per learner, the encounters with providers counted in each\n"
    "            Provider Access Legislation phase and where the learner stands\n"
    "            (upcoming, open, met, missed) as of DATE\n"
    "  guidance  per learner, personal guidance by 16 and by 18, as of DATE\n"
    "  neet      the learners at risk of NEET with their factors, as of DATE\n"
    "\n"
    "Options:\n"
    "  --as-of DATE        pal, guidance, neet: the date to report as of,\n"
    "                      YYYY-MM-DD or 'today' (default: today, the local date)\n"
    "  --json              print JSON instead of text\n"
    "  --csv               coverage: print the table as CSV\n"
    "  --threshold N       neet: at risk from this score (default 3)\n"
    "  --weights LIST      neet: the factors and weights, NAME=WEIGHT,... (default:\n"
    "                      eal, ehc_plan, sen_support, attendance, exclusion,\n"
    "                      educated_off_site, looked_after, pregnancy_young_parent,\n"
    "                      young_carer, custody_youth_justice, each weighing 1)\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 on success (gaps and warnings allowed), 1 when a file is\n"
    "invalid, the caseload names unknown activities or years outside the map\n"
    "(gaps), or the output cannot be written; 2 on a usage error.\n";

/* ---- gaps ---- */

static json_t *diagnostics_json(const cp_diagnostics *list, json_t *array, int *bad)
{
    for (size_t i = 0; i < cp_diagnostics_count(list); i++) {
        const cp_diagnostic *d = cp_diagnostics_at(list, i);
        json_t *o = json_object();
        cli_json_set(o, "severity", json_string(cp_severity_to_string(cp_diagnostic_severity(d))),
                     bad);
        cli_json_set(o, "code", json_string(cp_diagnostic_code(d)), bad);
        cli_json_set(o, "path", json_string(cp_diagnostic_path(d)), bad);
        cli_json_set(o, "message", json_string(cp_diagnostic_message(d)), bad);
        cli_json_append(array, o, bad);
    }
    return array;
}

static int run_gaps(const cli_journeys *j)
{
    cp_diagnostics *gaps = cp_diagnostics_new(), *errors = cp_diagnostics_new();
    cp_error err;
    int rc = CLI_OK;
    if (!gaps || !errors || cp_provision_map_gaps(j->map, gaps, &err) != CP_OK ||
        (j->caseload &&
         cp_provision_map_validate_caseload(j->map, j->caseload, errors, &err) != CP_OK)) {
        cli_error(j->map_file, NULL, "out of memory");
        rc = CLI_FAIL;
    } else if (j->json) {
        int bad = 0;
        json_t *root = json_object();
        cli_json_set(root, "gaps", diagnostics_json(gaps, json_array(), &bad), &bad);
        cli_json_set(root, "errors", diagnostics_json(errors, json_array(), &bad), &bad);
        rc = cli_write_json(j->map_file, root, bad);
    } else {
        /* the findings are the output: on stdout */
        cli_put_coded_diagnostics(stdout, j->map_file, gaps);
        cli_put_coded_diagnostics(stdout, j->caseload_file, errors);
    }
    if (rc == CLI_OK && cp_diagnostics_count(errors) > 0)
        rc = CLI_FAIL;
    cp_diagnostics_free(gaps);
    cp_diagnostics_free(errors);
    return rc;
}

/* ---- coverage ---- */

static void print_coverage(const cp_cohort_coverage *cov)
{
    fputs("year learners    BM2    BM3    BM4    BM5    BM6    BM7    BM8\n", stdout);
    unsigned years = cp_cohort_coverage_year_groups(cov);
    for (int y = 1; y <= 14; y++) {
        if (!(years & (1u << y)))
            continue;
        printf("%4d %8zu", y, cp_cohort_coverage_learners(cov, y));
        size_t n = cp_cohort_coverage_learners(cov, y);
        for (int b = 2; b <= 8; b++) {
            /* tenths of a percent, rounded half up as in the CSV */
            size_t t = n ? (cp_cohort_coverage_covered(cov, y, b) * 1000 + n / 2) / n : 0;
            if (n == 0)
                printf("      -");
            else
                printf(" %3zu.%zu%%", t / 10, t % 10);
        }
        putchar('\n');
    }
    printf("Learners outside the table (no year group, or one the map does not have): %zu\n",
           cp_cohort_coverage_unplaced(cov));
}

static int run_coverage(const cli_journeys *j)
{
    cp_cohort_coverage *cov = NULL;
    cp_error err;
    char *text = NULL;
    int rc = CLI_OK;
    if (cp_cohort_coverage_compute(j->map, j->caseload, &cov, &err) != CP_OK) {
        cli_report_error(j->caseload_file, &err);
        return CLI_FAIL;
    }
    if (j->json || j->csv) {
        cp_status st = j->json ? cp_cohort_coverage_to_json(cov, &text, &err)
                               : cp_cohort_coverage_to_csv(cov, &text, &err);
        if (st != CP_OK) {
            cli_report_error(j->caseload_file, &err);
            rc = CLI_FAIL;
        } else {
            rc = cli_write_stdout(text, strlen(text));
        }
        cp_free(text);
    } else {
        print_coverage(cov);
    }
    cp_cohort_coverage_free(cov);
    return rc;
}

/* ---- the subcommand ---- */

static const struct {
    const char *name;
    int (*run)(const cli_journeys *j);
    int needs_caseload, needs_as_of;
} analyses[] = {
    {"gaps", run_gaps, 0, 0},
    {"coverage", run_coverage, 1, 0},
    {"pal", cli_journeys_pal, 1, 1},
    {"guidance", cli_journeys_guidance, 1, 1},
    {"neet", cli_journeys_neet, 1, 1},
};

/* Loads MAP: a provision map document. */
static int load_map(const char *arg, cp_document **doc, cp_provision_map **map)
{
    if (cli_load_document(arg, 0u, doc) != CLI_OK)
        return CLI_FAIL;
    *map = cp_document_provision_map(*doc);
    if (*map)
        return CLI_OK;
    cli_error(cli_display_name(arg), "/kind",
              "a \"%s\" document: MAP must be a provision map",
              cp_document_kind_to_string(cp_document_get_kind(*doc)));
    return CLI_FAIL;
}

int cli_journeys_main(const cli_command *cmd, int argc, char **argv)
{
    cli_journeys j = {0};
    const char *as_of_text = NULL;
    const cli_option options[] = {
        {"as-of", 0, NULL, &as_of_text},  {"json", 0, &j.json, NULL},
        {"csv", 0, &j.csv, NULL},         {"threshold", 0, NULL, &j.threshold},
        {"weights", 0, NULL, &j.weights}, {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n == 0)
        return cli_usage_error(cmd, "no analysis given (gaps, coverage, pal, guidance or neet)");
    size_t a = 0;
    while (a < sizeof analyses / sizeof analyses[0] && strcmp(analyses[a].name, argv[1]) != 0)
        a++;
    if (a == sizeof analyses / sizeof analyses[0])
        return cli_usage_error(cmd, "unknown analysis '%s'", argv[1]);
    /* Only the reference date of a report: today unless given. */
    if ((as_of_text || analyses[a].needs_as_of) &&
        (rc = cli_parse_date(cmd, "as-of", as_of_text ? as_of_text : "today", &j.as_of)) !=
            CLI_CONTINUE)
        return rc;
    if (j.json && j.csv)
        return cli_usage_error(cmd, "--json and --csv exclude each other");
    if (n < 2)
        return cli_usage_error(cmd, "no MAP given");
    if (n > 3)
        return cli_usage_error(cmd, "too many operands");
    if (analyses[a].needs_caseload && n < 3)
        return cli_usage_error(cmd, "no CASELOAD given");
    if ((rc = cli_check_stdin_once(cmd, n - 1, argv + 2)) != CLI_CONTINUE)
        return rc;
    cp_document *doc = NULL;
    j.map_file = cli_display_name(argv[2]);
    rc = load_map(argv[2], &doc, &j.map);
    if (rc == CLI_OK && n == 3) {
        j.caseload_file = cli_display_name(argv[3]);
        rc = cli_load_caseload(argv[3], &j.caseload);
    }
    if (rc == CLI_OK)
        rc = analyses[a].run(&j);
    cp_caseload_free(j.caseload);
    cp_document_free(doc);
    return rc;
}
