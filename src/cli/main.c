/*
 * careerplan command-line tool — entry point, global options and the
 * subcommand table.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <string.h>

CLI_DECLARE_COMMAND(help);

/* The subcommands, in the order the usage lists them. */
static const cli_command commands[] = {
    {"validate", "check that documents are valid careerplan JSON", cli_validate_usage,
     cli_validate_main},
    {"fmt", "print a document in canonical form", cli_fmt_usage, cli_fmt_main},
    {"due", "list overdue actions, actions due soon and reviews due", cli_due_usage, cli_due_main},
    {"review-summary", "summarise a review of a plan", cli_review_summary_usage,
     cli_review_summary_main},
    {"apply-review", "apply a review recorded in a client's plan and save it",
     cli_apply_review_usage, cli_apply_review_main},
    {"export", "export a client's plans for a recipient, under consent", cli_export_usage,
     cli_export_main},
    {"stats", "summary figures of a caseload", cli_stats_usage, cli_stats_main},
    {"show", "print a client's plan or a strategic careers plan as text", cli_show_usage, cli_show_main},
    {"milestones", "list a strategic plan's overdue milestones and those due soon",
     cli_milestones_usage, cli_milestones_main},
    {"import-csv", "import learners or their participation from CSV into a caseload",
     cli_import_csv_usage, cli_import_csv_main},
    {"export-csv", "print a caseload's learners or their participation as CSV",
     cli_export_csv_usage, cli_export_csv_main},
    {"learner-report", "print the record of a learner's activities, to share with them",
     cli_learner_report_usage, cli_learner_report_main},
    {"calendar", "write a client's actions and reviews as an iCalendar file",
     cli_calendar_usage, cli_calendar_main},
    {"journeys", "Careers Learning Journeys: gaps, coverage, PAL, guidance, NEET",
     cli_journeys_usage, cli_journeys_main},
    {"render", "write a client's plan or a review summary as HTML or text", cli_render_usage,
     cli_render_main},
    {"help", "show the usage of a subcommand", cli_help_usage, cli_help_main},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

const char cli_help_usage[] = "usage: careerplan help [SUBCOMMAND]\n"
                              "\n"
                              "Show the usage of SUBCOMMAND, or list the subcommands.\n";

static void print_usage(FILE *fp)
{
    int width = 0;
    for (size_t i = 0; i < NCOMMANDS; i++) {
        int len = (int)strlen(commands[i].name);
        width = len > width ? len : width;
    }
    fputs("usage: careerplan [--help] [--version] [--jobs N] SUBCOMMAND [ARGS...]\n"
          "\n"
          "Subcommands:\n",
          fp);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(fp, "  %-*s  %s\n", width, commands[i].name, commands[i].summary);
    fputs("\n"
          "Options:\n"
          "  -h, --help   show this help\n"
          "  --version    show the version of the tool and of libcareerplan\n"
          "  -j, --jobs N parse a caseload's clients on N threads (1 to 64; default 1);\n"
          "               the results are the same whatever N\n"
          "\n"
          "Run 'careerplan help SUBCOMMAND' for the options of a subcommand.\n",
          fp);
}

/* Edits (insert, delete, replace) from a to b, up to 3; more count as 3. */
static size_t edits(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 31 || m > 31)
        return 3;
    size_t d[32][32];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            d[i][j] = best;
        }
    }
    return d[n][m] < 3 ? d[n][m] : 3;
}

/* The subcommand within two edits of name, or NULL. */
static const char *nearest_command(const char *name)
{
    const char *best = NULL;
    size_t best_d = 3;
    for (size_t i = 0; i < NCOMMANDS; i++) {
        size_t d = edits(name, commands[i].name);
        if (d < best_d) {
            best = commands[i].name;
            best_d = d;
        }
    }
    return best;
}

static int usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "%s: %s '", CLI_PROGRAM, what);
    cli_put_text(stderr, arg);
    const char *near = strcmp(what, "unknown subcommand") == 0 ? nearest_command(arg) : NULL;
    if (near)
        fprintf(stderr, "': did you mean '%s'?\n", near);
    else
        fputs("'\n", stderr);
    cli_usage_hint(NULL);
    return CLI_USAGE;
}

static const cli_command *find_command(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++) {
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    }
    return NULL;
}

int cli_help_main(const cli_command *cmd, int argc, char **argv)
{
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, NULL, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n > 1)
        return cli_usage_error(cmd, "expected at most one SUBCOMMAND");
    if (n == 0) {
        print_usage(stdout);
        return CLI_OK;
    }
    const cli_command *target = find_command(argv[1]);
    if (!target)
        return usage_error("unknown subcommand", argv[1]);
    fputs(target->usage, stdout);
    return CLI_OK;
}

static int run(int argc, char **argv)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            print_usage(stdout);
            return CLI_OK;
        }
        if (strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0 || strncmp(a, "--jobs=", 7) == 0) {
            const char *v = a[1] == 'j' || a[6] == '\0' ? (i + 1 < argc ? argv[++i] : NULL) : a + 7;
            char *end = NULL;
            long n = v && *v >= '0' && *v <= '9' ? strtol(v, &end, 10) : 0;
            if (!end || *end != '\0' || n < 1 || n > CP_LOAD_MAX_JOBS) {
                fprintf(stderr, "%s: --jobs needs a number of threads from 1 to %d\n", CLI_PROGRAM,
                        CP_LOAD_MAX_JOBS);
                cli_usage_hint(NULL);
                return CLI_USAGE;
            }
            cli_set_jobs((unsigned)n);
            continue;
        }
        if (strcmp(a, "--version") == 0) {
            printf("%s %s (libcareerplan %s)\n", CLI_PROGRAM, CP_VERSION_STRING, cp_version());
            return CLI_OK;
        }
        return usage_error("unknown option", a);
    }
    if (i >= argc) {
        fprintf(stderr, "%s: no subcommand given\n", CLI_PROGRAM);
        cli_usage_hint(NULL);
        return CLI_USAGE;
    }
    const cli_command *cmd = find_command(argv[i]);
    if (!cmd)
        return usage_error("unknown subcommand", argv[i]);
    return cmd->run(cmd, argc - i, argv + i);
}

int main(int argc, char **argv)
{
    cli_buffer_stderr();
    int rc = argc > 0 ? run(argc, argv) : CLI_USAGE;
    fflush(stderr);
    /* Output lost on a full disk or a closed pipe must not end in success. */
    if (cli_finish_stdout() != CLI_OK && rc == CLI_OK)
        rc = CLI_FAIL;
    return rc;
}
