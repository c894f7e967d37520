/*
 * careerplan import-csv and export-csv: learners and their participation in
 * activities exchanged as CSV (<careerplan/exchange.h>).
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

const char cli_import_csv_usage[] =
    "usage: careerplan import-csv CASELOAD CSV\n"
    "\n"
    "Import a learners CSV or a participation CSV (a header with an 'activity'\n"
    "column) into the caseload document CASELOAD, and save CASELOAD in canonical\n"
    "form (atomically: a failed write leaves it as it was). CSV may be '-' for\n"
    "standard input.\n"
    "\n"
    "Rows are matched to learners on UPN, else ULN, else the id (learners) or\n"
    "client_id (participation) column. A learners row that matches no learner\n"
    "adds one with its id; a participation row that matches none is an error.\n"
    "UPN check letters and ULN check digits are verified. Any error (with its\n"
    "line and column) leaves CASELOAD unchanged.\n"
    "\n"
    "Learners columns: id, upn, uln, service_ref, given_name, family_name,\n"
    "setting, year_group. Participation columns: upn, uln, client_id, activity,\n"
    "date, attended, parent_attended.\n"
    "\n"
    "Options:\n"
    "  -h, --help  show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when CASELOAD is invalid, the CSV is refused\n"
    "or CASELOAD cannot be saved; 2 on a usage error.\n";

const char cli_export_csv_usage[] =
    "usage: careerplan export-csv [--participation] FILE\n"
    "\n"
    "Print the learners of FILE (a caseload, or a client as a caseload of one)\n"
    "as CSV on stdout: id, upn, uln, service_ref, given_name, family_name,\n"
    "setting, year_group. Values a spreadsheet would run as a formula (starting\n"
    "with = + - @) are written after an apostrophe, which import-csv takes off.\n"
    "\n"
    "Options:\n"
    "  --participation  print their participation in activities instead: upn,\n"
    "                   uln, client_id, activity, date, attended, parent_attended\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when FILE is invalid or the output cannot be\n"
    "written; 2 on a usage error.\n";

/* Reads a whole stream; NULL (reported) on failure. */
static char *read_all(FILE *fp, const char *file, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *data = malloc(cap);
    while (data) {
        n += fread(data + n, 1, cap - n, fp);
        if (n < cap)
            break;
        char *bigger = realloc(data, cap * 2);
        if (!bigger) {
            free(data);
            data = NULL;
        }
        data = bigger;
        cap *= 2;
    }
    if (!data || ferror(fp)) {
        cli_error(file, NULL, data ? "cannot read it" : "out of memory");
        free(data);
        return NULL;
    }
    *len = n;
    return data;
}

static char *read_csv(const char *arg, size_t *len)
{
    const char *file = cli_display_name(arg);
    if (cli_is_stdin(arg))
        return read_all(stdin, file, len);
    FILE *fp = fopen(arg, "rb");
    if (!fp) {
        cli_error(file, NULL, "cannot open it: %s", strerror(errno));
        return NULL;
    }
    char *data = read_all(fp, file, len);
    fclose(fp);
    return data;
}

int cli_import_csv_main(const cli_command *cmd, int argc, char **argv)
{
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, NULL, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n != 2)
        return cli_usage_error(cmd, "expected CASELOAD and CSV");
    if (cli_is_stdin(argv[1]))
        return cli_usage_error(cmd, "CASELOAD is saved: it cannot be standard input");
    cp_error err;
    cp_caseload *caseload = NULL;
    if (cp_caseload_load_path(argv[1], NULL, &caseload, &err) != CP_OK) {
        cli_report_error(argv[1], &err);
        return CLI_FAIL;
    }
    size_t len = 0;
    char *csv = read_csv(argv[2], &len);
    rc = CLI_FAIL;
    if (csv && cp_caseload_import_csv(caseload, csv, len, &err) != CP_OK)
        cli_error(cli_display_name(argv[2]), NULL, "%s", err.message);
    else if (csv && cp_caseload_save_path(caseload, argv[1], NULL, &err) != CP_OK)
        cli_report_error(argv[1], &err);
    else if (csv)
        rc = CLI_OK;
    free(csv);
    cp_caseload_free(caseload);
    return rc;
}

int cli_export_csv_main(const cli_command *cmd, int argc, char **argv)
{
    int participation = 0;
    const cli_option options[] = {
        {"participation", 0, &participation, NULL},
        {NULL, 0, NULL, NULL},
    };
    int rc = cli_parse_one_file(cmd, argc, argv, options);
    if (rc != CLI_CONTINUE)
        return rc;
    cp_caseload *caseload = NULL;
    if (cli_load_caseload(argv[1], &caseload) != CLI_OK)
        return CLI_FAIL;
    cp_error err;
    char *text = NULL;
    cp_status st = participation ? cp_caseload_participation_to_csv(caseload, &text, &err)
                                 : cp_caseload_learners_to_csv(caseload, &text, &err);
    rc = CLI_FAIL;
    if (st != CP_OK)
        cli_report_error(cli_display_name(argv[1]), &err);
    else
        rc = cli_write_stdout(text, strlen(text));
    cp_free(text);
    cp_caseload_free(caseload);
    return rc;
}
