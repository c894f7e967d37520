/*
 * careerplan command-line tool — option parsing, loading documents, printing
 * diagnostics and checked writes to stdout.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdint.h>
#include <string.h>

/* ---- options ---- */

static const cli_option *find_long(const cli_option *options, const char *name, size_t len)
{
    for (const cli_option *o = options; o && (o->long_name || o->short_name); o++) {
        if (o->long_name && strlen(o->long_name) == len && strncmp(o->long_name, name, len) == 0)
            return o;
    }
    return NULL;
}

static const cli_option *find_short(const cli_option *options, char c)
{
    for (const cli_option *o = options; o && (o->long_name || o->short_name); o++) {
        if (o->short_name == c)
            return o;
    }
    return NULL;
}

/* "--name" or "--name=value" at argv[*i]; may consume argv[*i + 1]. */
static int parse_long(const cli_command *cmd, int argc, char **argv, int *i,
                      const cli_option *options)
{
    const char *name = argv[*i] + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const cli_option *o = find_long(options, name, len);
    if (!o)
        return cli_usage_error(cmd, "unknown option '--%.*s'", (int)len, name);
    if (o->flag) {
        if (eq)
            return cli_usage_error(cmd, "option '--%s' takes no value", o->long_name);
        *o->flag = 1;
        return CLI_CONTINUE;
    }
    if (eq) {
        *o->value = eq + 1;
    } else if (*i + 1 < argc) {
        *o->value = argv[++*i];
    } else {
        return cli_usage_error(cmd, "option '--%s' needs a value", o->long_name);
    }
    return CLI_CONTINUE;
}

/* "-abc" (bundled flags) or "-xVALUE" / "-x VALUE" at argv[*i]. */
static int parse_short(const cli_command *cmd, int argc, char **argv, int *i,
                       const cli_option *options)
{
    for (const char *p = argv[*i] + 1; *p; p++) {
        const cli_option *o = find_short(options, *p);
        if (!o)
            return cli_usage_error(cmd, "unknown option '-%c'", *p);
        if (o->flag) {
            *o->flag = 1;
            continue;
        }
        if (p[1]) {
            *o->value = p + 1;
        } else if (*i + 1 < argc) {
            *o->value = argv[++*i];
        } else {
            return cli_usage_error(cmd, "option '-%c' needs a value", *p);
        }
        break;
    }
    return CLI_CONTINUE;
}

int cli_parse_options(const cli_command *cmd, int argc, char **argv, const cli_option *options,
                      int *noperands)
{
    int n = 0;
    int options_done = 0;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options_done || a[0] != '-' || a[1] == '\0') {
            /* Operands move down in place: the write index never passes the read index. */
            argv[1 + n++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(cmd->usage, stdout);
            return CLI_OK;
        }
        int rc = a[1] == '-' ? parse_long(cmd, argc, argv, &i, options)
                             : parse_short(cmd, argc, argv, &i, options);
        if (rc != CLI_CONTINUE)
            return rc;
    }
    *noperands = n;
    return CLI_CONTINUE;
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s %s: ", CLI_PROGRAM, cmd->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\n", stderr);
    cli_usage_hint(cmd->name);
    return CLI_USAGE;
}

void cli_usage_hint(const char *name)
{
    fprintf(stderr, "try '%s help%s%s'\n", CLI_PROGRAM, name ? " " : "", name ? name : "");
}

/* ---- operands ---- */

int cli_is_stdin(const char *arg)
{
    return strcmp(arg, "-") == 0;
}

const char *cli_display_name(const char *arg)
{
    return cli_is_stdin(arg) ? "<stdin>" : arg;
}

int cli_check_stdin_once(const cli_command *cmd, int n, char **operands)
{
    int seen = 0;
    for (int i = 0; i < n; i++) {
        if (cli_is_stdin(operands[i]) && seen++)
            return cli_usage_error(cmd, "standard input ('-') may be named only once");
    }
    return CLI_CONTINUE;
}

/* ---- diagnostics ---- */

void cli_put_text(FILE *fp, const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            fprintf(fp, "\\x%02x", *p);
        else
            putc(*p, fp);
    }
}

static void put_located(const char *file, const char *severity, const char *path,
                        const char *message)
{
    cli_put_text(stderr, file);
    fprintf(stderr, ": %s: ", severity);
    if (path && *path) {
        cli_put_text(stderr, path);
        fputs(": ", stderr);
    }
    cli_put_text(stderr, message);
    fputs("\n", stderr);
}

void cli_report_error(const char *file, const cp_error *err)
{
    const char *message = err->message[0] ? err->message : cp_status_string(err->code);
    if (err->line > 0) {
        cli_put_text(stderr, file);
        fprintf(stderr, ":%d:%d: error: ", err->line, err->column);
        cli_put_text(stderr, message);
        fputs("\n", stderr);
        return;
    }
    put_located(file, "error", err->path, message);
}

void cli_report_diagnostics(const char *file, const cp_diagnostics *list)
{
    size_t n = cp_diagnostics_count(list);
    for (size_t i = 0; i < n; i++) {
        const cp_diagnostic *d = cp_diagnostics_at(list, i);
        const char *severity = cp_severity_to_string(cp_diagnostic_severity(d));
        put_located(file, severity ? severity : "note", cp_diagnostic_path(d),
                    cp_diagnostic_message(d));
    }
}

void cli_put_coded_diagnostics(FILE *fp, const char *file, const cp_diagnostics *list)
{
    cli_put_coded_diagnostics_from(fp, file, list, 1);
}

void cli_put_coded_diagnostics_from(FILE *fp, const char *file, const cp_diagnostics *list,
                                    long first_line)
{
    size_t n = cp_diagnostics_count(list);
    for (size_t i = 0; i < n; i++) {
        const cp_diagnostic *d = cp_diagnostics_at(list, i);
        const char *severity = cp_severity_to_string(cp_diagnostic_severity(d));
        cli_put_text(fp, file);
        if (cp_diagnostic_line(d) > 0)
            fprintf(fp, ":%ld:%d", cp_diagnostic_line(d) + first_line - 1,
                    cp_diagnostic_column(d));
        fprintf(fp, ": %s: ", severity ? severity : "note");
        const char *path = cp_diagnostic_path(d);
        if (path && *path) {
            cli_put_text(fp, path);
            fputs(": ", fp);
        }
        cli_put_text(fp, cp_diagnostic_message(d));
        fputs(" [", fp);
        cli_put_text(fp, cp_diagnostic_code(d));
        fputs("]\n", fp);
    }
}

void cli_report_coded_diagnostics(const char *file, const cp_diagnostics *list)
{
    cli_put_coded_diagnostics(stderr, file, list);
}

void cli_error(const char *file, const char *path, const char *fmt, ...)
{
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    put_located(file, "error", path, message);
}

void cli_load_progress(const cp_load_progress *p, void *user)
{
    cli_progress_update(user, p->clients, "clients", p->bytes, p->total_bytes);
}

int cli_load_document(const char *arg, unsigned int flags, cp_document **out)
{
    const char *file = cli_display_name(arg);
    cp_error err;
    cp_error_clear(&err);
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    opts.flags = flags;
    opts.warnings = cp_diagnostics_new();
    if (!opts.warnings) {
        put_located(file, "error", "", "out of memory");
        return CLI_FAIL;
    }
    cli_progress progress;
    cli_progress_begin(&progress, file);
    cp_load_tuning tuning = CP_LOAD_TUNING_INIT;
    tuning.jobs = cli_jobs();
    tuning.progress = cli_load_progress;
    tuning.progress_user = &progress;
    cp_status st = cli_is_stdin(arg)
                       ? cp_document_load_file_with(stdin, &opts, &tuning, out, &err)
                       : cp_document_load_path_with(arg, &opts, &tuning, out, &err);
    cli_progress_end(&progress);
    /* Warnings come first: they were found before whatever stopped the load. */
    cli_report_diagnostics(file, opts.warnings);
    cp_diagnostics_free(opts.warnings);
    if (st != CP_OK) {
        cli_report_error(file, &err);
        return CLI_FAIL;
    }
    return CLI_OK;
}

char *cli_read_input(const char *arg, size_t *len)
{
    const char *file = cli_display_name(arg);
    FILE *fp = cli_is_stdin(arg) ? stdin : fopen(arg, "rb");
    if (!fp) {
        cli_error(file, NULL, "cannot open %s: %s", arg, strerror(errno));
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *data = malloc(cap);
    while (data) {
        n += fread(data + n, 1, cap - n, fp);
        if (n < cap || ferror(fp))
            break;
        char *bigger = cap <= CP_DEFAULT_MAX_SIZE ? realloc(data, cap * 2) : NULL;
        if (!bigger)
            free(data);
        data = bigger;
        cap *= 2;
    }
    int failed = !data || ferror(fp);
    int saved = errno;
    if (fp != stdin)
        fclose(fp);
    if (failed) {
        if (data)
            cli_error(file, NULL, "read failed: %s", strerror(saved));
        else
            cli_error(file, NULL, "out of memory, or larger than %zu bytes", (size_t)CP_DEFAULT_MAX_SIZE);
        free(data);
        return NULL;
    }
    *len = n;
    return data;
}

int cli_require_clients(const char *file, cp_document *doc)
{
    if (cp_document_client(doc) || cp_document_caseload(doc))
        return CLI_OK;
    cli_error(file, "/kind", "a \"%s\" document: this command reads a client or a caseload",
              cp_document_kind_to_string(cp_document_get_kind(doc)));
    return CLI_FAIL;
}

int cli_load_caseload(const char *arg, cp_caseload **out)
{
    cp_document *doc = NULL;
    if (cli_load_document(arg, 0u, &doc) != CLI_OK)
        return CLI_FAIL;
    if (cli_require_clients(cli_display_name(arg), doc) != CLI_OK) {
        cp_document_free(doc);
        return CLI_FAIL;
    }
    cp_error err;
    cp_error_clear(&err);
    cp_caseload *caseload = cp_document_take_caseload(doc);
    if (!caseload) {
        /* A client document: a caseload of one, which then owns the client. */
        cp_client *client = cp_document_take_client(doc);
        if (cp_caseload_new(&caseload, &err) != CP_OK ||
            cp_caseload_adopt_client(caseload, client, &err) != CP_OK) {
            cli_report_error(cli_display_name(arg), &err);
            cp_caseload_free(caseload);
            cp_client_free(client);
            cp_document_free(doc);
            return CLI_FAIL;
        }
    }
    cp_document_free(doc);
    *out = caseload;
    return CLI_OK;
}

/* ---- option values ---- */

int cli_parse_one_file(const cli_command *cmd, int argc, char **argv, const cli_option *options)
{
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    if (n != 1)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected exactly one FILE");
    return CLI_CONTINUE;
}

int cli_parse_date(const cli_command *cmd, const char *option, const char *text, cp_date *out)
{
    /* "today" wherever a date is: the local date of the machine. */
    cp_status st = strcmp(text, "today") == 0 ? cp_date_today(out) : cp_date_parse(text, out, NULL);
    if (st == CP_OK)
        return CLI_CONTINUE;
    fprintf(stderr, "%s %s: --%s: '", CLI_PROGRAM, cmd->name, option);
    cli_put_text(stderr, text);
    fputs(st == CP_ERANGE ? "' is not a calendar date\n"
                          : "' is not a date of the form YYYY-MM-DD\n",
          stderr);
    cli_usage_hint(cmd->name);
    return CLI_USAGE;
}

int cli_parse_days(const cli_command *cmd, const char *option, const char *text, int *out)
{
    /* Digits only: no sign, no spaces, no base prefixes that strtol would take. */
    int ok = *text != '\0';
    for (const char *p = text; *p && ok; p++)
        ok = *p >= '0' && *p <= '9';
    if (ok) {
        errno = 0;
        long n = strtol(text, NULL, 10);
        if (errno == 0 && n <= INT_MAX) {
            *out = (int)n;
            return CLI_CONTINUE;
        }
    }
    fprintf(stderr, "%s %s: --%s: '", CLI_PROGRAM, cmd->name, option);
    cli_put_text(stderr, text);
    fputs("' is not a number of days (0 or more)\n", stderr);
    cli_usage_hint(cmd->name);
    return CLI_USAGE;
}

int cli_missing_option(const cli_command *cmd, const char *option, const char *what)
{
    return cli_usage_error(cmd, "--%s %s is required", option, what);
}

/* ---- output helpers ---- */

void cli_format_date(cp_date date, char buf[CP_DATE_BUFSIZE])
{
    if (cp_date_format(date, buf, CP_DATE_BUFSIZE) != CP_OK)
        strcpy(buf, "-");
}

void cli_put_lines(FILE *fp, const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if ((*p < 0x20 && *p != '\n') || *p == 0x7f)
            fprintf(fp, "\\x%02x", *p);
        else
            putc(*p, fp);
    }
}

void cli_put_client(FILE *fp, const cp_client *client)
{
    const char *given = cp_client_get_given_name(client);
    const char *family = cp_client_get_family_name(client);
    fputs("client ", fp);
    cli_put_text(fp, cp_client_get_id(client));
    if (!given && !family)
        return;
    fputs(" (", fp);
    if (given)
        cli_put_text(fp, given);
    if (given && family)
        putc(' ', fp);
    if (family)
        cli_put_text(fp, family);
    putc(')', fp);
}

void cli_json_set(json_t *obj, const char *key, json_t *value, int *bad)
{
    /* json_object_set_new() releases the value even when it fails. */
    if (!value || json_object_set_new(obj, key, value) != 0)
        *bad = 1;
}

void cli_json_append(json_t *array, json_t *value, int *bad)
{
    if (!value || json_array_append_new(array, value) != 0)
        *bad = 1;
}

json_t *cli_json_date(cp_date date)
{
    char buf[CP_DATE_BUFSIZE];
    if (cp_date_format(date, buf, sizeof buf) != CP_OK)
        return json_null();
    return json_string(buf);
}

/* The text of a JSON value, collected by json_dump_callback(): jansson
 * 2.14 ignores a failure to write an object's key, so json_dumps() could
 * return a text without it; a failed append here is remembered. */
struct json_text {
    char *data;
    size_t len, cap;
    int failed;
};

static int json_text_append(const char *text, size_t size, void *data)
{
    struct json_text *t = data;
    if (!t->failed && size > t->cap - t->len) {
        size_t cap = t->cap ? t->cap : 4096;
        while (cap - t->len < size && cap <= SIZE_MAX / 2)
            cap *= 2;
        char *grown = cap - t->len >= size ? realloc(t->data, cap) : NULL;
        if (grown) {
            t->data = grown;
            t->cap = cap;
        } else {
            t->failed = 1;
        }
    }
    if (t->failed)
        return -1;
    memcpy(t->data + t->len, text, size);
    t->len += size;
    return 0;
}

int cli_write_json(const char *file, json_t *root, int bad)
{
    struct json_text t = {NULL, 0, 0, bad || !root};
    /* 15 significant digits: a mean such as 1/3 prints as 0.333333333333333,
     * not with the noise of the 17th digit. */
    if (!t.failed && json_dump_callback(root, json_text_append, &t,
                                        JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                            JSON_REAL_PRECISION(15)) != 0)
        t.failed = 1;
    json_text_append("\n", 1, &t);
    json_decref(root);
    if (t.failed) {
        free(t.data);
        cli_error(file, NULL, "out of memory");
        return CLI_FAIL;
    }
    int rc = cli_write_stdout(t.data, t.len);
    free(t.data);
    return rc;
}

/* ---- stdout ---- */

static int stdout_failed;

static int report_stdout_error(int error)
{
    if (!stdout_failed)
        fprintf(stderr, "%s: cannot write to standard output: %s\n", CLI_PROGRAM,
                strerror(error));
    stdout_failed = 1;
    return CLI_FAIL;
}

int cli_write_stdout(const char *data, size_t len)
{
    errno = 0;
    if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
        return report_stdout_error(errno ? errno : EIO);
    return CLI_OK;
}

int cli_finish_stdout(void)
{
    errno = 0;
    /* ferror() catches a failure of an earlier buffered write whose errno is gone. */
    int bad = fflush(stdout) != 0 || ferror(stdout);
    int error = errno ? errno : EIO;
    if (fclose(stdout) != 0 && !bad) {
        bad = 1;
        error = errno ? errno : EIO;
    }
    if (bad)
        return report_stdout_error(error);
    return stdout_failed ? CLI_FAIL : CLI_OK;
}

int cli_parse_window(const cli_command *cmd, int argc, char **argv, cli_window *w)
{
    const char *as_of_text = NULL;
    const char *within_text = NULL;
    w->json = 0;
    w->csv = 0;
    const cli_option options[] = {
        {"as-of", 0, NULL, &as_of_text},
        {"within", 0, NULL, &within_text},
        {"json", 0, &w->json, NULL},
        /* Without allow_csv this row ends the table: --csv is unknown. */
        {w->allow_csv ? "csv" : NULL, 0, &w->csv, NULL},
        {NULL, 0, NULL, NULL},
    };
    int n = 0;
    int rc = cli_parse_options(cmd, argc, argv, options, &n);
    if (rc != CLI_CONTINUE)
        return rc;
    /* Only the reference date of a listing: today unless given. */
    if ((rc = cli_parse_date(cmd, "as-of", as_of_text ? as_of_text : "today", &w->as_of)) !=
        CLI_CONTINUE)
        return rc;
    w->within = 14;
    if (within_text &&
        (rc = cli_parse_days(cmd, "within", within_text, &w->within)) != CLI_CONTINUE)
        return rc;
    if (w->json && w->csv)
        return cli_usage_error(cmd, "--json and --csv exclude each other");
    if (n != 1)
        return cli_usage_error(cmd, n == 0 ? "no FILE given" : "expected exactly one FILE");
    /* The last day looked at; the queries stop at the end of the calendar too. */
    if (cp_date_add_days(w->as_of, w->within, &w->until) != CP_OK)
        cp_date_parse("9999-12-31", &w->until, NULL);
    return CLI_CONTINUE;
}

/* ---- output files ---- */

/* Writes text to what is not a regular file (a device such as /dev/null, a
 * pipe): in place, since renaming over it would replace it. */
static int write_in_place(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    size_t len = strlen(text);
    int ok = fp && fwrite(text, 1, len, fp) == len;
    int saved = errno;
    if (fp && fclose(fp) != 0 && ok) {
        ok = 0;
        saved = errno;
    }
    if (!ok) {
        cli_error(path, NULL, "cannot write: %s", strerror(saved ? saved : EIO));
        return CLI_FAIL;
    }
    return CLI_OK;
}

int cli_write_output(const char *path, const char *text)
{
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return write_in_place(path, text);
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    if (!tmp) {
        cli_error(path, NULL, "out of memory");
        return CLI_FAIL;
    }
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    memcpy(tmp, path, dir);
    strcpy(tmp + dir, ".cpout.XXXXXX");
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
