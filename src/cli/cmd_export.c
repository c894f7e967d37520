/*
 * careerplan export: the copy of a client's plans that a recipient may see
 * under the client's consent (cp_client_export_for), on stdout, printed only
 * after FILE is saved with the disclosure logged (or, with --preview, not
 * logged, with a note saying so).
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

const char cli_export_usage[] =
    "usage: careerplan export --for RECIPIENT --as-of DATE [--client ID] [--compact]\n"
    "                         [--preview] FILE\n"
    "\n"
    "Print on stdout, as a client document, what RECIPIENT may see of a client in\n"
    "FILE under the client's consent active on DATE. FILE is a client document, or\n"
    "a caseload with --client ID naming the client. RECIPIENT is the id of one of\n"
    "the client's supporters, or a role: school, college, employer,\n"
    "training_provider, careers_service, local_authority, management_system, other.\n"
    "\n"
    "A consent with scope 'everything' gives the plans as held; 'non_sensitive'\n"
    "leaves out date of birth, support flags, need level, everything marked\n"
    "sensitive, unknown members, and the names and contact details of every\n"
    "supporter but RECIPIENT (their roles stay). The client's consents and\n"
    "disclosure log are never exported. Without a consent active on DATE for\n"
    "RECIPIENT (none, expired, or withdrawn on or before DATE) nothing is printed.\n"
    "\n"
    "Each export is a disclosure, and the tool prints one only after logging it:\n"
    "by default FILE is first saved, in canonical form, with the disclosure added\n"
    "to the client's disclosure log (atomically: a failed write leaves FILE as it\n"
    "was), and only then is the export printed. If FILE cannot be saved, nothing\n"
    "is printed. If the export cannot be written to stdout after the save, the\n"
    "disclosure stays logged. FILE '-' (standard input) cannot be saved, so it is\n"
    "refused unless --preview is given.\n"
    "\n"
    "With --preview the export is printed without logging the disclosure and\n"
    "FILE is not changed; a note on stderr says it is a preview. A preview is for\n"
    "reading before a disclosure, not for sending to RECIPIENT.\n"
    "\n"
    "Options:\n"
    "  --for RECIPIENT  who receives the export (required)\n"
    "  --as-of DATE     the date of the disclosure, YYYY-MM-DD or 'today'\n"
    "                   (required: it decides which consent applies, so it is\n"
    "                   never assumed)\n"
    "  --client ID      the client, when FILE is a caseload\n"
    "  --compact        print the export on one line\n"
    "  --preview        print without logging the disclosure; FILE is not changed\n"
    "  --record         log the disclosure in FILE: the default, accepted for\n"
    "                   compatibility with earlier versions\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when FILE is invalid, the consent does not\n"
    "cover RECIPIENT, RECIPIENT is unknown, FILE cannot be saved or the output\n"
    "cannot be written; 2 on a usage error (FILE '-' without --preview, or\n"
    "--preview with --record).\n";

/* Reports a refused or failed export. */
static void report_export_error(const char *file, const cp_error *err)
{
    if (err->code == CP_ECONSENT)
        cli_error(file, NULL, "consent refused: %s", err->message);
    else
        cli_report_error(file, err);
}

int cli_export_main(const cli_command *cmd, int argc, char **argv)
{
    const char *recipient = NULL;
    const char *as_of_text = NULL;
    const char *client_id = NULL;
    int compact = 0;
    int record = 0; /* the default since 0.2: accepted, changes nothing */
    int preview = 0;
    const cli_option options[] = {
        {"for", 0, NULL, &recipient},
        {"as-of", 0, NULL, &as_of_text},
        {"client", 0, NULL, &client_id},
        {"compact", 0, &compact, NULL},
        {"record", 0, &record, NULL},
        {"preview", 0, &preview, NULL},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (!recipient)
        return cli_missing_option(cmd, "for", "RECIPIENT");
    if (!*recipient)
        return cli_usage_error(cmd, "--for: the recipient is empty");
    if (!as_of_text)
        return cli_missing_option(cmd, "as-of", "DATE");
    cp_date as_of;
    if ((rc = cli_parse_date(cmd, "as-of", as_of_text, &as_of)) != CLI_CONTINUE)
        return rc;
    if (n != 1)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected exactly one FILE");
    if (record && preview)
        return cli_usage_error(cmd, "--preview and --record contradict each other: a preview "
                                    "is not logged");
    if (!preview && cli_is_stdin(argv[1]))
        return cli_usage_error(cmd, "standard input cannot be saved with the disclosure "
                                    "logged: give a FILE, or use --preview");

    const char *file = cli_display_name(argv[1]);
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    if (cli_require_clients(file, doc) != CLI_OK) {
        cp_document_free(doc);
        return CLI_FAIL;
    }
    cp_caseload *caseload = cp_document_caseload(doc);
    cp_client *client = cp_document_client(doc);
    if (caseload && !client_id) {
        cp_document_free(doc);
        return cli_usage_error(cmd, "%s is a caseload: name the client with --client ID",
                               file);
    }
    if (caseload)
        client = cp_caseload_find_client(caseload, client_id);
    else if (client_id && strcmp(cp_client_get_id(client), client_id) != 0)
        client = NULL;
    if (!client) {
        cli_error(file, NULL, "no client \"%s\"", client_id);
        cp_document_free(doc);
        return CLI_FAIL;
    }

    cp_error err;
    cp_error_clear(&err);
    cp_client *copy = NULL;
    char *text = NULL;
    size_t len = 0;
    cp_save_options save = CP_SAVE_OPTIONS_INIT;
    save.flags = compact ? CP_SAVE_COMPACT : 0u;
    rc = CLI_FAIL;
    if (cp_client_export_for(client, recipient, as_of, &copy, &err) != CP_OK) {
        report_export_error(file, &err);
    } else if (cp_client_save_string(copy, &save, &text, &len, &err) != CP_OK) {
        cli_report_error(file, &err);
    } else if (!preview && (caseload ? cp_caseload_save_path(caseload, argv[1], NULL, &err)
                                     : cp_client_save_path(client, argv[1], NULL, &err)) != CP_OK) {
        /* Not logged, not disclosed: the export is not printed. */
        cli_report_error(file, &err);
    } else {
        if (preview)
            fprintf(stderr, "careerplan export: preview: the disclosure is not logged and %s "
                            "is not changed\n", file);
        rc = cli_write_stdout(text, len);
    }
    cp_free(text);
    cp_client_free(copy);
    cp_document_free(doc);
    return rc;
}
