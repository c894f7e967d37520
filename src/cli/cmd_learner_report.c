/*
 * careerplan learner-report: the record of a learner's activities, to share
 * with them (<careerplan/report.h>).
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <string.h>

const char cli_learner_report_usage[] =
    "usage: careerplan learner-report [--json] MAP CASELOAD CLIENT_ID\n"
    "\n"
    "Print the learner report of client CLIENT_ID of CASELOAD (a caseload, or a\n"
    "client document): each activity of the provision map MAP the learner has\n"
    "been assigned to, with its title, type and date, whether they attended and\n"
    "whether a parent or carer attended, grouped by phase and in date order.\n"
    "It holds only what the learner may see: no UPN or ULN, support flags or\n"
    "NEET scores.\n"
    "\n"
    "Options:\n"
    "  --json      print it as JSON\n"
    "  -h, --help  show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when a file is invalid, MAP is not a provision\n"
    "map, there is no such client, an activity is not in MAP, or the output\n"
    "cannot be written; 2 on a usage error.\n";

/* The learner report of a client against a loaded map, on stdout. */
static int report(const char *map_file, const cp_provision_map *map, const char *file,
                  const cp_client *client, int json)
{
    cp_error err;
    char *text = NULL;
    cp_status st = json ? cp_client_learner_report_json(client, map, &text, &err)
                        : cp_client_learner_report_text(client, map, &text, &err);
    if (st == CP_ENOTFOUND) {
        cli_error(file, NULL, "client %s: %s (%s)", cp_client_get_id(client), err.message,
                  map_file);
        return CLI_FAIL;
    }
    if (st != CP_OK) {
        cli_report_error(file, &err);
        return CLI_FAIL;
    }
    int rc = cli_write_stdout(text, strlen(text));
    cp_free(text);
    return rc;
}

int cli_learner_report_main(const cli_command *cmd, int argc, char **argv)
{
    int json = 0;
    const cli_option options[] = {
        {"json", 0, &json, NULL},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n != 3)
        return cli_usage_error(cmd, "expected MAP, CASELOAD and CLIENT_ID");
    if ((rc = cli_check_stdin_once(cmd, 2, argv + 1)) != CLI_CONTINUE)
        return rc;
    const char *map_file = cli_display_name(argv[1]), *file = cli_display_name(argv[2]);
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    const cp_provision_map *map = cp_document_provision_map(doc);
    cp_caseload *caseload = NULL;
    rc = CLI_FAIL;
    if (!map)
        cli_error(map_file, "/kind", "a \"%s\" document: MAP must be a provision_map",
                  cp_document_kind_to_string(cp_document_get_kind(doc)));
    else if (cli_load_caseload(argv[2], &caseload) == CLI_OK) {
        const cp_client *client = cp_caseload_find_client(caseload, argv[3]);
        if (!client)
            cli_error(file, NULL, "no client \"%s\"", argv[3]);
        else
            rc = report(map_file, map, file, client, json);
    }
    cp_caseload_free(caseload);
    cp_document_free(doc);
    return rc;
}
