/*
 * careerplan fmt: print a document in the library's canonical form.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

const char cli_fmt_usage[] =
    "usage: careerplan fmt [--compact] [--strict] FILE\n"
    "\n"
    "Print FILE ('-' for standard input) on stdout in canonical form: members in\n"
    "a fixed order, two-space indentation, absent values left out.\n"
    "\n"
    "Options:\n"
    "  --compact    print the document on one line\n"
    "  --strict     refuse unknown members instead of keeping them\n"
    "  -h, --help   show this help\n"
    "\n"
    "Exit status: 0 on success, 1 when FILE is invalid or the output cannot be\n"
    "written, 2 on a usage error.\n";

int cli_fmt_main(const cli_command *cmd, int argc, char **argv)
{
    int compact = 0;
    int strict = 0;
    const cli_option options[] = {
        {"compact", 0, &compact, NULL},
        {"strict", 0, &strict, NULL},
        {NULL, 0, NULL, NULL},
    };
    int rc = cli_parse_one_file(cmd, argc, argv, options);
    if (rc != CLI_CONTINUE)
        return rc;

    cp_document *doc = NULL;
    if (cli_load_document(argv[1], strict ? CP_LOAD_STRICT : 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    cp_save_options save = CP_SAVE_OPTIONS_INIT;
    save.flags = compact ? CP_SAVE_COMPACT : 0u;
    char *text = NULL;
    size_t len = 0;
    cp_error err;
    cp_error_clear(&err);
    if (cp_document_save_string(doc, &save, &text, &len, &err) != CP_OK) {
        cli_report_error(cli_display_name(argv[1]), &err);
        rc = CLI_FAIL;
    } else {
        rc = cli_write_stdout(text, len);
    }
    cp_free(text);
    cp_document_free(doc);
    return rc;
}
