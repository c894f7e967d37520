/*
 * careerplan command-line tool — declarations shared by main.c, util.c and
 * the cmd_*.c files. The tool uses only the public libcareerplan API.
 *
 * Adding a subcommand: write cmd_NAME.c defining cli_NAME_usage and
 * cli_NAME_main, add CLI_DECLARE_COMMAND(NAME) below, one line to the table
 * in main.c and the file to meson.build.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_CLI_H
#define CAREERPLAN_CLI_H

#include <careerplan/careerplan.h>

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

/** The program name used in every message, whatever argv[0] is. */
#define CLI_PROGRAM "careerplan"

/** Exit statuses. */
enum {
    CLI_OK = 0,    /* success: every document valid, output written */
    CLI_FAIL = 1,  /* a document is invalid, or a file or write failed */
    CLI_USAGE = 2  /* bad command line */
};

/** Returned by cli_parse_options() when the command should go on and run. */
#define CLI_CONTINUE (-1)

typedef struct cli_command cli_command;

/**
 * A subcommand's entry point. argv[0] is the subcommand name; the handler
 * returns an exit status (CLI_OK, CLI_FAIL, CLI_USAGE).
 */
typedef int (*cli_handler)(const cli_command *cmd, int argc, char **argv);

/** One row of the subcommand table in main.c. */
struct cli_command {
    const char *name;    /* as typed: "validate" */
    const char *summary; /* one line for the main usage */
    const char *usage;   /* full help text, starting "usage: careerplan NAME ...\n" */
    cli_handler run;
};

/* Declares the two symbols a cmd_NAME.c file defines. */
#define CLI_DECLARE_COMMAND(NAME)                                                                  \
    extern const char cli_##NAME##_usage[];                                                        \
    int cli_##NAME##_main(const cli_command *cmd, int argc, char **argv)

CLI_DECLARE_COMMAND(validate);
CLI_DECLARE_COMMAND(fmt);
CLI_DECLARE_COMMAND(due);
CLI_DECLARE_COMMAND(review_summary);
CLI_DECLARE_COMMAND(export);
CLI_DECLARE_COMMAND(stats);
CLI_DECLARE_COMMAND(show);
CLI_DECLARE_COMMAND(milestones);
CLI_DECLARE_COMMAND(import_csv);
CLI_DECLARE_COMMAND(export_csv);
CLI_DECLARE_COMMAND(learner_report);
CLI_DECLARE_COMMAND(journeys);
CLI_DECLARE_COMMAND(render);
CLI_DECLARE_COMMAND(calendar);
CLI_DECLARE_COMMAND(apply_review);

/**
 * One option a subcommand accepts. Exactly one of flag and value is set:
 * flag options take no argument and set *flag to 1; value options take one
 * ("--name=V", "--name V", "-xV" or "-x V") and store it in *value
 * (borrowed from argv). A table ends with a row whose long_name is NULL and
 * short_name 0.
 */
typedef struct cli_option {
    const char *long_name; /* without the leading "--"; NULL for none */
    char short_name;       /* 0 for none */
    int *flag;
    const char **value;
} cli_option;

/**
 * Parses a subcommand's options. Options may come before, between or after
 * the operands; "--" ends them; "-" alone is an operand (standard input).
 * "-h" and "--help" print cmd->usage on stdout. The operands are moved, in
 * order, to argv[1] .. argv[*noperands].
 *
 * @return CLI_CONTINUE when the command should run, CLI_OK after --help,
 *         CLI_USAGE after printing a usage error on stderr
 */
int cli_parse_options(const cli_command *cmd, int argc, char **argv, const cli_option *options,
                      int *noperands);

/**
 * cli_parse_options() for a command that takes exactly one FILE operand,
 * left in argv[1]; none or more than one is a usage error.
 *
 * @return as cli_parse_options()
 */
int cli_parse_one_file(const cli_command *cmd, int argc, char **argv, const cli_option *options);

/**
 * Prints a usage error on stderr: the line "careerplan NAME: MESSAGE", then
 * "try 'careerplan help NAME'" (not the whole usage); returns CLI_USAGE.
 */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/**
 * Prints the line that ends every usage error on stderr: "try 'careerplan
 * help NAME'", or "try 'careerplan help'" when name is NULL.
 */
void cli_usage_hint(const char *name);

/** True when the operand names standard input ("-"). */
int cli_is_stdin(const char *arg);

/** Name shown in messages for an operand: "<stdin>" for "-", else the operand. */
const char *cli_display_name(const char *arg);

/**
 * Checks that standard input is named at most once among the operands;
 * otherwise reports a usage error and returns CLI_USAGE, else CLI_CONTINUE.
 */
int cli_check_stdin_once(const cli_command *cmd, int n, char **operands);

/**
 * Writes text to a stream with control characters (and DEL) shown as \xNN,
 * so that names and messages coming from a document cannot drive the
 * terminal. Other bytes, UTF-8 included, pass unchanged.
 */
void cli_put_text(FILE *fp, const char *text);

/**
 * Reports a failed load on stderr: "FILE:LINE:COLUMN: error: MESSAGE" when
 * the error has a position (syntax errors), else "FILE: error: PATH: MESSAGE"
 * ("FILE: error: MESSAGE" when the path is empty).
 */
void cli_report_error(const char *file, const cp_error *err);

/** Reports each diagnostic as "FILE: SEVERITY: PATH: MESSAGE" on stderr. */
void cli_report_diagnostics(const char *file, const cp_diagnostics *list);

/**
 * Reports each diagnostic with its code, for the domain checks:
 * "FILE: SEVERITY: PATH: MESSAGE [CODE]" ("FILE: SEVERITY: MESSAGE [CODE]"
 * when the path is empty).
 */
void cli_report_coded_diagnostics(const char *file, const cp_diagnostics *list);

/** Writes each diagnostic as cli_report_coded_diagnostics() does, on fp. */
void cli_put_coded_diagnostics(FILE *fp, const char *file, const cp_diagnostics *list);
/** As cli_put_coded_diagnostics() for a text that starts at line first_line
 * of FILE (a line of a JSON Lines file): each diagnostic's line is moved by
 * first_line - 1. */
void cli_put_coded_diagnostics_from(FILE *fp, const char *file, const cp_diagnostics *list,
                                    long first_line);

/**
 * validate's check of one text: loads it (plainly first, collecting every
 * error only when that fails), checks its rules, reports every problem on
 * stderr at FILE:LINE:COLUMN. lineno 0: the text is the whole FILE; lineno N
 * > 0: it is line N of a JSON Lines FILE, which must be a client document
 * (CP_EFORMAT at /kind otherwise), and its lines are reported as N.
 *
 * @return CLI_OK when nothing is an error; *kind is the document's kind
 */
int cli_validate_text(const char *file, long lineno, const char *text, size_t len,
                      unsigned flags, cp_date as_of, cp_diagnostics *list, cp_document_kind *kind);

/**
 * Reports an error on stderr as "FILE: error: PATH: MESSAGE", or
 * "FILE: error: MESSAGE" when path is NULL or empty. The message is
 * formatted with printf rules; control characters are escaped.
 */
void cli_error(const char *file, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/**
 * Parses the DATE of a date option (e.g. "as-of"): YYYY-MM-DD, or "today"
 * (the local date); a malformed date or one
 * that is not a calendar day is a usage error.
 *
 * @return CLI_CONTINUE with *out set, or CLI_USAGE after the message
 */
int cli_parse_date(const cli_command *cmd, const char *option, const char *text, cp_date *out);

/**
 * Parses a number of days, 0 or more, for an option such as "within".
 *
 * @return CLI_CONTINUE with *out set, or CLI_USAGE after the message
 */
int cli_parse_days(const cli_command *cmd, const char *option, const char *text, int *out);

/** Reports "careerplan NAME: --OPTION DATE is required" as cli_usage_error(); returns CLI_USAGE. */
int cli_missing_option(const cli_command *cmd, const char *option, const char *what);

/* The window of the due-date listings (due, milestones): "[--as-of DATE]
 * [--within DAYS] [--json] FILE". as_of is today (cli_parse_date's "today")
 * when not given; `until` is as_of + within (14 by default),
 * or the end of the calendar. */
typedef struct cli_window {
    cp_date as_of, until;
    int within, json;
    int allow_csv; /* set by the caller: --csv is accepted */
    int csv;
} cli_window;
/* Parses a listing's options and checks for exactly one FILE (argv[1] after
 * the call); --json with --csv is a usage error. CLI_CONTINUE, or the exit
 * status of a usage error. */
int cli_parse_window(const cli_command *cmd, int argc, char **argv, cli_window *w);

/** Writes "YYYY-MM-DD" (or "-" for no date) into buf. */
void cli_format_date(cp_date date, char buf[CP_DATE_BUFSIZE]);

/**
 * Writes multi-line text as cli_put_text() does, but lets newlines through:
 * for text the library composed, such as a review summary.
 */
void cli_put_lines(FILE *fp, const char *text);

/** Writes "client ID (GIVEN FAMILY)", or "client ID" when no name is recorded. */
void cli_put_client(FILE *fp, const cp_client *client);

/**
 * Loads FILE as a caseload: a caseload document as it is, a client document
 * as a caseload of one. Load problems are reported as cli_load_document() does.
 *
 * @param[out] out on success a new caseload, freed with cp_caseload_free()
 * @return CLI_OK or CLI_FAIL
 */
int cli_load_caseload(const char *arg, cp_caseload **out);

/** Sets obj[key] = value (stolen); a NULL value or a failure sets *bad. */
void cli_json_set(json_t *obj, const char *key, json_t *value, int *bad);

/** Appends value (stolen) to an array; a NULL value or a failure sets *bad. */
void cli_json_append(json_t *array, json_t *value, int *bad);

/** A JSON string for a date, "YYYY-MM-DD"; JSON null for no date. */
json_t *cli_json_date(cp_date date);

/**
 * Writes a JSON value on stdout, two-space indented and ending in a newline,
 * and releases it. bad (from cli_json_set) turns it into an out-of-memory
 * error reported against file.
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_write_json(const char *file, json_t *root, int bad);

/**
 * Loads a document from a file, or standard input for "-", reporting the
 * warnings (unknown members kept) and any error on stderr.
 *
 * @param arg   the operand: a path or "-"
 * @param flags cp_load_options flags (CP_LOAD_STRICT or 0)
 * @param[out] out on success a new document (free with cp_document_free())
 * @return CLI_OK or CLI_FAIL
 */
int cli_load_document(const char *arg, unsigned int flags, cp_document **out);

/**
 * Reads the whole of FILE ('-' for standard input) into memory, for
 * commands that need the text as well as the document (validate places its
 * diagnostics in it). Problems are reported as "FILE: error: ...".
 *
 * @param arg the operand
 * @param[out] len its length in bytes
 * @return new, freed with free(); NULL when reported
 */
char *cli_read_input(const char *arg, size_t *len);

/**
 * Checks that a loaded document holds a client or a caseload (the documents
 * of individual career action planning); otherwise reports
 * "FILE: error: /kind: ..." naming its kind and returns CLI_FAIL.
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_require_clients(const char *file, cp_document *doc);

/**
 * Writes bytes to stdout and flushes them. A failure is reported on stderr
 * (once per run).
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_write_stdout(const char *data, size_t len);

/**
 * Flushes and closes stdout at exit, reporting a write error that has not
 * been reported yet.
 *
 * @return CLI_OK, or CLI_FAIL when anything written to stdout was lost
 */
int cli_finish_stdout(void);

/**
 * What `careerplan calendar` writes for FILE (a client or a caseload; '-'
 * for standard input) or its client CLIENT_ID (NULL: every client), with
 * the options given (an invalid as_of: today, UTC), on stdout or to output.
 * Also `careerplan render --ics`. Problems are reported.
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_calendar_write(const char *arg, const char *client_id, const cp_ical_options *opts,
                       const char *output);

/**
 * The line width of `show` for a client's plan: --width TEXT when given
 * (1 to 9999 columns, else a usage error), else COLUMNS when it is such a
 * number, else the terminal's width when stdout is a terminal, else 80.
 *
 * @return CLI_CONTINUE with *out set, or CLI_USAGE after the message
 */
int cli_parse_width(const cli_command *cmd, const char *text, int *out);

/**
 * Prints a client's plan PLAN_ID (NULL: the newest) as text wrapped to
 * width (cp_client_plan_text); an unknown plan is reported against file.
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_show_client(const char *file, const cp_client *client, const char *plan_id, int width);

/**
 * Gives stderr a buffer (line-buffered on a terminal, 64 KiB otherwise)
 * before anything is written to it: main() calls it first, and flushes
 * stderr before stdout at the end so that a shared destination keeps its
 * order (stderr_buffer.c).
 */
void cli_buffer_stderr(void);

/* ---- output for people (table.c) ---- */

/**
 * The number of terminal columns text takes as cli_put_text() writes it:
 * one per code point of UTF-8, two for an East Asian wide or fullwidth one
 * (by Unicode block), four for a control character shown as \xNN.
 */
size_t cli_text_width(const char *text);

/** Writes text as cli_put_text() does, then spaces up to width columns. */
void cli_put_padded(FILE *fp, const char *text, size_t width);

/** Writes an enumeration value's name in words: "in_progress" as "in progress". */
void cli_put_words(FILE *fp, const char *name);

/** An enumeration value's name in words, new (free()); NULL when out of memory. */
char *cli_words(const char *name);

/** A new string formatted with printf rules (free()); NULL when out of memory. */
char *cli_strdupf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/**
 * A table for people: rows of cells whose columns line up, and lines (a
 * heading, a blank line) printed as they are between them. Cells and lines
 * are copied; they are written with cli_put_text() (control characters
 * escaped) and their widths measured with cli_text_width().
 */
typedef struct cli_table cli_table;

/** A new table of ncols columns (1 or more); NULL when out of memory. */
cli_table *cli_table_new(size_t ncols);

/** Adds a row of ncols cells (NULL: empty). @return 0, or -1 when out of memory */
int cli_table_add(cli_table *t, const char *const *cells);

/** Adds a line printed as it is. @return 0, or -1 when out of memory */
int cli_table_add_line(cli_table *t, const char *text);

/**
 * Prints the table: each row after indent, every cell but the row's last
 * non-empty one padded to its column's width, columns two spaces apart.
 */
void cli_table_print(const cli_table *t, FILE *fp, const char *indent);

/** Frees a table; NULL is allowed. */
void cli_table_free(cli_table *t);

/* ---- CSV output of reports (csv_out.c) ---- */

/** Writes one CSV field (RFC 4180): quoted, quotes doubled, when it holds a
 * comma, a quote, CR or LF; NULL writes an empty field. */
void cli_csv_put_field(FILE *fp, const char *text);

/** Writes a JSON value as one CSV field: a string as it is, a number or a
 * boolean as JSON writes it, null or NULL as an empty field.
 * @return 0, or -1 when out of memory */
int cli_csv_put_value(FILE *fp, const json_t *value);

/** Writes a header record of n names, ending in CRLF. */
void cli_csv_put_header(FILE *fp, const char *const *names, size_t n);

/** Writes a JSON object as two CSV records: the names of its leaves, nested
 * objects' members named "outer.inner", then their values.
 * @return 0, or -1 when out of memory */
int cli_csv_put_object(FILE *fp, const json_t *obj);

/**
 * Writes text to path for -o: through a temporary file in the same folder,
 * flushed to disk and renamed over path, so a failure leaves path as it was;
 * what exists and is not a regular file (/dev/null, a pipe) is written in
 * place instead of being replaced. Problems are reported.
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_write_output(const char *path, const char *text);

/* ---- progress and threads (progress.c) ---- */

/** Progress of long work on stderr: see progress.c for when it shows. */
typedef struct cli_progress {
    int on, forced, shown;
    const char *file, *what;
    double start, last;
    size_t items, seen_items, shown_items;
    uint64_t bytes, total_bytes;
} cli_progress;

/** Starts timing work on `file` (its display name; borrowed). */
void cli_progress_begin(cli_progress *p, const char *file);
/** Shows `items` `what` ("clients") done, `bytes` of `total_bytes` (0: unknown). */
void cli_progress_update(cli_progress *p, size_t items, const char *what, uint64_t bytes,
                         uint64_t total_bytes);
/** A cp_load_progress_fn showing a load's progress; user is a cli_progress. */
void cli_load_progress(const cp_load_progress *p, void *user);
/** Ends the line shown, if any. */
void cli_progress_end(cli_progress *p);

/** The threads a load uses (the global option --jobs N; 1 by default). */
void cli_set_jobs(unsigned n);
unsigned cli_jobs(void);

/* ---- JSON Lines input (jsonl_input.c, cmd_validate_jsonl.c, jsonl_queries.c) ---- */

/** True when the operand names a JSON Lines file: it ends in ".jsonl". */
int cli_is_jsonl(const char *arg);

/**
 * Opens a JSON Lines reader over the operand (a path, or "-": standard
 * input) with the load flags and the warnings list (NULL: none); an error
 * is reported.
 *
 * @return CLI_OK or CLI_FAIL
 */
int cli_jsonl_open(const char *arg, unsigned int flags, cp_diagnostics *warnings,
                   cp_jsonl_reader **out);

/**
 * Reports an error of a JSON Lines line on stderr:
 * "FILE:LINE:COLUMN: error: /pointer: MESSAGE [CODE]" (the pointer when not
 * empty; no pointer nor code for a syntax error), the reader's "line N: "
 * left out of the message.
 */
void cli_report_line_error(const char *file, const cp_error *err);

/** What cli_jsonl_each() calls for every client; it owns the client. */
typedef int (*cli_client_fn)(cp_client *client, void *ctx);

/**
 * Reads a JSON Lines operand a client at a time, calling fn for each (with
 * progress on a terminal); warnings and the first bad line are reported.
 *
 * @return CLI_OK, or CLI_FAIL (a bad line, or fn's CLI_FAIL)
 */
int cli_jsonl_each(const char *arg, cli_client_fn fn, void *ctx);

/**
 * `validate` of a JSON Lines operand: every line checked as a client
 * document, every problem reported at FILE:LINE:COLUMN, "FILE: ok (JSON
 * Lines, N clients)" on stdout unless quiet.
 *
 * @return CLI_OK, or CLI_FAIL when any line has an error
 */
int cli_validate_jsonl(const char *arg, unsigned int flags, cp_date as_of, int quiet);

/**
 * The lists of `due` over a JSON Lines operand: lists[0..2] (overdue, due,
 * reviews; JSON arrays given by the caller) receive the items of
 * cp_hits_to_json(), sorted as cp_hits_sort_by_date() sorts a caseload's.
 *
 * @return CLI_OK or CLI_FAIL (reported)
 */
int cli_due_jsonl(const char *arg, cp_date as_of, int within, json_t *lists[3]);

/**
 * The figures of `stats` over a JSON Lines operand (cp_stats_add() of each
 * client's), with no name.
 *
 * @param[out] out new figures, freed with cp_stats_free()
 * @return CLI_OK or CLI_FAIL (reported)
 */
int cli_stats_jsonl(const char *arg, cp_date as_of, cp_date from, cp_date to, cp_stats **out);

#endif /* CAREERPLAN_CLI_H */
