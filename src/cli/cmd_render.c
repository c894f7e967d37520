/*
 * careerplan render: a client's plan (or a review summary) for people, as a
 * standalone HTML page (cp_client_plan_html, cp_review_summary_html) or as
 * text for a terminal (cp_client_plan_text, cp_review_summary_text).
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char cli_render_usage[] =
    "usage: careerplan render --html|--text [--for RECIPIENT --as-of DATE] [-o FILE]\n"
    "                         DOCUMENT [PLAN_ID]\n"
    "       careerplan render --html|--text --review REVIEW_ID [-o FILE] DOCUMENT\n"
    "\n"
    "Render the client's plan PLAN_ID in DOCUMENT ('-' for standard input), a\n"
    "client document, for people: where you are now, where you want to be, how\n"
    "you will get there, each goal's actions as who does what by when,\n"
    "supporters, resources, artefacts and the next review. Without PLAN_ID, the\n"
    "newest plan (the latest made). With --review, the summary of review\n"
    "REVIEW_ID instead.\n"
    "\n"
    "--html writes a standalone page (no script, no external assets, a print\n"
    "stylesheet; all text escaped; only http, https and mailto links). --text\n"
    "writes text wrapped to the terminal's width (COLUMNS, else 80).\n"
    "\n"
    "With --for, the plan as RECIPIENT (a supporter id or a role) may see it\n"
    "under the client's consent active on DATE: exactly what 'careerplan export'\n"
    "would give. No disclosure is logged and DOCUMENT is not changed.\n"
    "\n"
    "Options:\n"
    "  --html           write HTML\n"
    "  --text           write text\n"
    "  --for RECIPIENT  redact the plan for RECIPIENT (needs --as-of)\n"
    "  --as-of DATE     the date of the consent check, YYYY-MM-DD\n"
    "  --review ID      render the summary of this review instead of a plan\n"
    "  -o, --output FILE  write to FILE (replaced atomically) instead of stdout\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 on success; 1 when DOCUMENT is invalid or not a client, has\n"
    "no such plan or review, the consent does not cover RECIPIENT, or the output\n"
    "cannot be written; 2 on a usage error.\n";

/* Writes text to path through a temporary file in the same folder that is
 * flushed to disk and renamed over path: a failure leaves path as it was. */
static int write_atomically(const char *path, const char *text)
{
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    if (!tmp) {
        cli_error(path, NULL, "out of memory");
        return CLI_FAIL;
    }
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    memcpy(tmp, path, dir);
    strcpy(tmp + dir, ".cprender.XXXXXX");
    int fd = mkstemp(tmp);
    FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
    int ok = fp && fputs(text, fp) >= 0 && fflush(fp) == 0 && fsync(fileno(fp)) == 0;
    int saved = errno;
    if (fp)
        ok = fclose(fp) == 0 && ok;
    else if (fd >= 0)
        close(fd);
    if (ok && rename(tmp, path) != 0) {
        saved = errno;
        ok = 0;
    }
    if (!ok) {
        if (fd >= 0)
            unlink(tmp);
        cli_error(path, NULL, "cannot write: %s", strerror(saved));
    }
    free(tmp);
    return ok ? CLI_OK : CLI_FAIL;
}

static int width_of_terminal(void)
{
    const char *columns = getenv("COLUMNS");
    char *end = NULL;
    long w = columns ? strtol(columns, &end, 10) : 0;
    return columns && *columns && end && !*end && w > 0 && w < 10000 ? (int)w : 80;
}

/* Renders what was asked into *text; reports and returns CLI_FAIL when it cannot. */
static int render(const char *file, cp_client *client, int html, const char *review_id,
                  const char *plan_id, const char *recipient, cp_date as_of, char **text)
{
    cp_error err;
    cp_status st;
    if (review_id) {
        cp_review *review = cp_client_find_review(client, review_id);
        if (!review) {
            cli_error(file, NULL, "no review \"%s\"", review_id);
            return CLI_FAIL;
        }
        st = html ? cp_review_summary_html(review, text, &err)
                  : cp_review_summary_text(review, text, &err);
    } else if (html) {
        st = cp_client_plan_html(client, plan_id, recipient, as_of, text, &err);
    } else {
        st = cp_client_plan_text(client, plan_id, recipient, as_of, width_of_terminal(), text,
                                 &err);
    }
    if (st == CP_OK)
        return CLI_OK;
    if (st == CP_ECONSENT)
        cli_error(file, NULL, "consent refused: %s", err.message);
    else
        cli_report_error(file, &err);
    return CLI_FAIL;
}

int cli_render_main(const cli_command *cmd, int argc, char **argv)
{
    int html = 0, text = 0;
    const char *recipient = NULL, *as_of_text = NULL, *review_id = NULL, *output = NULL;
    const cli_option options[] = {
        {"html", 0, &html, NULL},
        {"text", 0, &text, NULL},
        {"for", 0, NULL, &recipient},
        {"as-of", 0, NULL, &as_of_text},
        {"review", 0, NULL, &review_id},
        {"output", 'o', NULL, &output},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (html == text)
        return cli_usage_error(cmd, "give one of --html and --text");
    if (n < 1 || n > (review_id ? 1 : 2))
        return cli_usage_error(cmd, n < 1 ? "no DOCUMENT given" : "too many operands");
    if (review_id && recipient)
        return cli_usage_error(cmd, "--review cannot be redacted with --for");
    if (recipient && !as_of_text)
        return cli_missing_option(cmd, "as-of", "with --for");
    if (as_of_text && !recipient)
        return cli_usage_error(cmd, "--as-of is only for --for");
    cp_date as_of = CP_DATE_NONE;
    if (as_of_text && (rc = cli_parse_date(cmd, "as-of", as_of_text, &as_of)) != CLI_CONTINUE)
        return rc;

    const char *file = cli_display_name(argv[1]);
    cp_document *doc = NULL;
    if (cli_load_document(argv[1], 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    cp_client *client = cp_document_client(doc);
    char *out = NULL;
    rc = CLI_FAIL;
    if (!client)
        cli_error(file, "/kind", "render needs a client document");
    else if (render(file, client, html, review_id, n == 2 ? argv[2] : NULL, recipient, as_of,
                    &out) == CLI_OK)
        rc = output ? write_atomically(output, out) : cli_write_stdout(out, strlen(out));
    cp_free(out);
    cp_document_free(doc);
    return rc;
}
