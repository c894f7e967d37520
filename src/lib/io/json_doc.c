/*
 * Documents: the envelope, loading from memory, streams and files, and
 * saving (atomically when saving to a path).
 */
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700 /* realpath */

#include "../core/alloc.h"
#include "../core/diagnostics.h"
#include "../core/error.h"
#include "../model/model.h"
#include "caseload_load.h"
#include "file_read.h"
#include "json_locate.h"
#include "json_read.h"
#include "json_write.h"
#include "save_atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct cp_document {
    cp_document_kind kind;
    cp__node *root;
};

/* Document kind k (1, 2, ...) is the root type cp__document_types[k - 1], in
 * the order of the model description; its JSON name is that type's `kind`. */
const char *cp_document_kind_to_string(cp_document_kind kind)
{
    size_t k = (size_t)kind;
    return k >= 1 && k <= cp__document_type_count ? cp__document_types[k - 1]->kind : NULL;
}

cp_status cp_document_kind_from_string(const char *text, cp_document_kind *out)
{
    if (!text || !out)
        return CP_EINVAL;
    for (size_t i = 0; i < cp__document_type_count; i++) {
        if (strcmp(text, cp__document_types[i]->kind) == 0) {
            *out = (cp_document_kind)(i + 1);
            return CP_OK;
        }
    }
    return CP_EVALUE;
}

static const cp__type *kind_type(cp_document_kind kind)
{
    return cp__document_types[(size_t)kind - 1];
}

cp_status cp_load_options_init(cp_load_options *opts, unsigned int version)
{
    if (!opts || version != CP_LOAD_OPTIONS_VERSION)
        return CP_EINVAL;
    cp_load_options d = CP_LOAD_OPTIONS_INIT;
    *opts = d;
    return CP_OK;
}

static cp_status resolve_options(const cp_load_options *in, cp_load_options *out, cp_error *err)
{
    if (!in)
        return cp_load_options_init(out, CP_LOAD_OPTIONS_VERSION);
    if (in->version != CP_LOAD_OPTIONS_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "load options version %u is not supported",
                        in->version);
    if (in->flags & ~CP_LOAD_STRICT)
        return cp__fail(err, CP_EINVAL, NULL, "unknown load flags 0x%x", in->flags);
    *out = *in;
    if (out->max_depth > CP_MAX_DEPTH)
        out->max_depth = CP_MAX_DEPTH;
    return CP_OK;
}

static cp_status syntax_error(const char *json, size_t len, const json_error_t *je, cp_error *err)
{
    cp_status code = CP_ESYNTAX;
    if (cp__jansson_out_of_memory(json, len, je)) {
        cp__fail(err, CP_ENOMEM, "", "out of memory while parsing the JSON text");
        if (err) {
            err->line = je->line > 0 ? je->line : 1;
            err->column = je->column > 0 ? je->column : 1;
            err->position = je->position;
        }
        return CP_ENOMEM;
    }
    switch (json_error_code(je)) {
    case json_error_duplicate_key:
        code = CP_EDUPLICATE;
        break;
    case json_error_stack_overflow:
        code = CP_ELIMIT;
        break;
    /* Valid JSON that a document cannot hold is not a syntax error. */
    case json_error_null_character:
    case json_error_null_byte_in_key:
        code = CP_EVALUE;
        break;
    default:
        break;
    }
    cp__fail(err, code, "", "%s", je->text);
    if (err) {
        err->line = je->line > 0 ? je->line : 1;
        err->column = je->column > 0 ? je->column : 1;
        err->position = je->position;
    }
    return code;
}

/* jansson's words for a comma before a closing bracket ("unexpected token
 * near ']'", "string or '}' expected near '}'") become plain ones; the line
 * and column stay jansson's (of the bracket). */
static void plain_words(const char *json, size_t len, json_error_t *je)
{
    if (json_error_code(je) != json_error_invalid_syntax || je->position < 1 ||
        (size_t)je->position > len)
        return;
    size_t at = (size_t)je->position - 1;
    char close = json[at];
    if (close != ']' && close != '}')
        return;
    while (at > 0 && strchr(" \t\r\n", json[at - 1]))
        at--;
    if (at > 0 && json[at - 1] == ',')
        snprintf(je->text, sizeof je->text, "trailing comma: remove the ',' before '%c'", close);
}

/* A jansson error that is not about syntax gets a path where the text
 * allows: too deep (jansson's own limit, JSON_PARSER_MAX_DEPTH, which the
 * loader's max_depth stays below) and \u0000 in a string or key. */
static cp_status parse_error(const char *json, size_t len, const cp_load_options *o,
                             const json_error_t *je, cp_error *err)
{
    size_t end = je->position > 0 ? (size_t)je->position - 1 : 0;
    cp_status st = CP_OK;
    switch (json_error_code(je)) {
    case json_error_stack_overflow:
        st = cp__json_depth_error(json, len, o->max_depth, err);
        break;
    case json_error_null_character:
        st = cp__json_nul_error(json, len, end, 0, err);
        break;
    case json_error_null_byte_in_key:
        st = cp__json_nul_error(json, len, end, 1, err);
        break;
    default:
        break;
    }
    if (st != CP_OK)
        return st;
    json_error_t plain = *je;
    plain_words(json, len, &plain);
    return syntax_error(json, len, &plain, err);
}

/* A NUL byte is never valid in JSON text, but jansson skips one in some
 * places (directly after a number or a literal), so the loader looks for it
 * itself. Reported like jansson reports a bad byte: position is the NUL's
 * offset, column the count of characters before it on its line. */
static cp_status nul_error(const char *json, size_t at, cp_error *err)
{
    int line, column;
    cp__text_line_column(json, at, &line, &column);
    cp__fail(err, CP_ESYNTAX, "", "NUL byte in the input at byte %zu", at);
    if (err) {
        err->line = line;
        err->column = column > 0 ? column : 1;
        err->position = (long)at;
    }
    return CP_ESYNTAX;
}

static const char *const envelope[] = {"format", "version", "kind", NULL};

static cp_status read_envelope(json_t *root, cp_document_kind *kind, cp_error *err)
{
    if (!json_is_object(root))
        return cp__fail(err, CP_ETYPE, "", "a careerplan document is a JSON object");
    json_t *f = json_object_get(root, "format");
    if (!json_is_string(f) || strcmp(json_string_value(f), "careerplan") != 0)
        return cp__fail(err, CP_EFORMAT, "/format",
                        "not a careerplan document: \"format\" must be \"careerplan\"");
    json_t *v = json_object_get(root, "version");
    if (!json_is_integer(v) || json_integer_value(v) != 1)
        return cp__fail(err, CP_EFORMAT, "/version",
                        "unsupported format version: this library reads version 1");
    json_t *k = json_object_get(root, "kind");
    if (!json_is_string(k) || cp_document_kind_from_string(json_string_value(k), kind) != CP_OK)
        return cp__fail(err, CP_EFORMAT, "/kind",
                        "\"kind\" must be one of \"client\", \"caseload\", \"strategic_plan\", "
                        "\"provision_map\"");
    return CP_OK;
}

static cp_status load_text(const char *json, size_t len, const cp_load_options *opts,
                           cp_diagnostics *collect, cp_document **out, cp_error *err)
{
    cp_error_clear(err);
    if (!json || !out)
        return cp__fail(err, CP_EINVAL, NULL, "input or output is NULL");
    cp_load_options o;
    cp_status st = resolve_options(opts, &o, err);
    if (st != CP_OK)
        return st;
    /* A failed load takes back the warnings it added. */
    size_t warnings_before = cp_diagnostics_count(o.warnings);
    if (len > o.max_size)
        return cp__fail(err, CP_ELIMIT, "", "document of %zu bytes exceeds the limit of %zu bytes",
                        len, o.max_size);
    /* Zeroed: when an allocation fails jansson may leave it unset, code
     * byte included (json_error_code() then reads json_error_unknown). */
    json_error_t je;
    memset(&je, 0, sizeof je);
    /* Any value is decoded so that a valid JSON scalar is refused by the
     * envelope check (CP_ETYPE), not as a syntax error. */
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
    const char *nul = memchr(json, '\0', len);
    if (!root) {
        /* The first problem wins: a NUL before the parser's error caused it. */
        if (nul && nul - json < (ptrdiff_t)je.position)
            return nul_error(json, (size_t)(nul - json), err);
        return parse_error(json, len, &o, &je, err);
    }
    if (nul) {
        json_decref(root);
        return nul_error(json, (size_t)(nul - json), err);
    }

    /* Collecting, the steps report into a scratch error (err may be NULL)
     * and the sink keeps the first. */
    cp_error scratch;
    cp_error_clear(&scratch);
    cp__sink sink;
    memset(&sink, 0, sizeof sink);
    sink.list = collect;
    cp__rctx c;
    memset(&c, 0, sizeof c);
    c.opts = &o;
    c.err = collect ? &scratch : err;
    c.text = json;
    c.text_len = len;
    c.sink = &sink;
    cp_document_kind kind = CP_DOCUMENT_KIND_UNSET;
    cp_document *doc = NULL;
    cp__node *node = NULL;
    if ((st = read_envelope(root, &kind, err)) != CP_OK)
        goto done;
    if ((st = cp__json_check_limits(&c, root)) != CP_OK)
        goto done;
    node = cp__node_new(kind_type(kind), NULL);
    doc = cp__calloc(1, sizeof *doc);
    if (!node || !doc) {
        st = cp__fail(err, CP_ENOMEM, "", "out of memory");
        goto done;
    }
    if ((st = cp__json_read_node(&c, root, node, envelope)) != CP_OK)
        goto done;
    if (node->type->reindex && (st = node->type->reindex(node, c.err)) != CP_OK &&
        (st = cp__sink_soften(&sink, st, c.err)) != CP_OK)
        goto done;
    cp__path_init(&c.path);
    if ((st = cp__node_check(node, &c.path, c.err, &sink)) != CP_OK)
        goto done;
    if (sink.failed) {
        st = sink.first.code;
        if (err)
            *err = sink.first;
        goto done;
    }
    doc->kind = kind;
    doc->root = node;
    *out = doc;
    node = NULL;
    doc = NULL;
done:
    /* ... unless they share the list that collects the errors: a collecting
     * load reports everything it found there. */
    if (st != CP_OK && o.warnings != collect)
        cp__diagnostics_truncate(o.warnings, warnings_before);
    if (st != CP_OK && c.err == &scratch && scratch.code != CP_OK && err && !sink.failed)
        *err = scratch; /* a collecting load stopped (out of memory) */
    cp__node_free(node);
    cp__free(doc);
    json_decref(root);
    return st;
}

cp_status cp_load_tuning_init(cp_load_tuning *tuning, unsigned int version)
{
    if (!tuning || version != CP_LOAD_TUNING_VERSION)
        return CP_EINVAL;
    cp_load_tuning d = CP_LOAD_TUNING_INIT;
    *tuning = d;
    return CP_OK;
}

/* Options and tuning resolved; *o and *t filled. */
static cp_status resolve_all(const cp_load_options *opts, const cp_load_tuning *tuning,
                             cp_load_options *o, cp_load_tuning *t, cp_error *err)
{
    cp_status st = resolve_options(opts, o, err);
    if (st != CP_OK)
        return st;
    if (!tuning)
        return cp_load_tuning_init(t, CP_LOAD_TUNING_VERSION);
    if (tuning->version != CP_LOAD_TUNING_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "load tuning version %u is not supported",
                        tuning->version);
    *t = *tuning;
    return CP_OK;
}

/* A caseload loaded one client at a time, as a document. */
static cp_status caseload_document(cp__node *node, cp_document **out, cp_error *err)
{
    cp_document *doc = cp__calloc(1, sizeof *doc);
    if (!doc) {
        cp__node_free(node);
        return cp__fail(err, CP_ENOMEM, "", "out of memory");
    }
    doc->kind = CP_DOCUMENT_KIND_CASELOAD;
    doc->root = node;
    *out = doc;
    return CP_OK;
}

cp_status cp_document_load_string_with(const char *json, size_t len, const cp_load_options *opts,
                                       const cp_load_tuning *tuning, cp_document **out,
                                       cp_error *err)
{
    cp_error_clear(err);
    if (!json || !out)
        return cp__fail(err, CP_EINVAL, NULL, "input or output is NULL");
    cp_load_options o;
    cp_load_tuning t;
    cp_status st = resolve_all(opts, tuning, &o, &t, err);
    if (st != CP_OK)
        return st;
    if (len <= o.max_size) {
        cp__window w;
        cp__window_text(&w, json, len);
        cp__node *node = NULL;
        st = cp__caseload_load(&w, &o, &t, &node, err);
        cp__window_fini(&w);
        if (st == CP_OK)
            return caseload_document(node, out, err);
        if (st != CP__LOAD_WHOLE)
            return st;
    }
    return load_text(json, len, &o, NULL, out, err);
}

cp_status cp_document_load_string(const char *json, size_t len, const cp_load_options *opts,
                                  cp_document **out, cp_error *err)
{
    return cp_document_load_string_with(json, len, opts, NULL, out, err);
}

cp_status cp_document_load_collect(const char *json, size_t len, const cp_load_options *opts,
                                   cp_diagnostics *collect, cp_document **out, cp_error *err)
{
    if (!collect) {
        cp_error_clear(err);
        return cp__fail(err, CP_EINVAL, NULL, "the list to collect errors in is NULL");
    }
    return load_text(json, len, opts, collect, out, err);
}

/* Files up to this size are read whole and then split; larger ones are
 * read a window at a time. */
#define CP__STREAM_FROM ((off_t)4 << 20)

/* A caseload in a large regular file, read a window at a time. CP_OK with
 * *out, or CP__LOAD_WHOLE with the stream back at its position, or CP_EIO. */
static cp_status load_stream(FILE *fp, const cp_load_options *o, const cp_load_tuning *t,
                             cp_document **out, cp_error *err)
{
    struct stat sb;
    off_t start;
    if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode) || (start = ftello(fp)) < 0 ||
        sb.st_size - start < CP__STREAM_FROM || (uintmax_t)(sb.st_size - start) > o->max_size)
        return CP__LOAD_WHOLE;
    cp__window w;
    cp__window_stream(&w, fp, o->max_size);
    w.total = (size_t)(sb.st_size - start);
    cp__node *node = NULL;
    cp_status st = cp__caseload_load(&w, o, t, &node, err);
    cp__window_fini(&w);
    if (st == CP_OK)
        return caseload_document(node, out, err);
    if (st != CP__LOAD_WHOLE)
        return st;
    clearerr(fp);
    if (fseeko(fp, start, SEEK_SET) != 0)
        return cp__fail(err, CP_EIO, "", "cannot read the document again: %s", strerror(errno));
    return CP__LOAD_WHOLE;
}

cp_status cp_document_load_file_with(FILE *fp, const cp_load_options *opts,
                                     const cp_load_tuning *tuning, cp_document **out,
                                     cp_error *err)
{
    cp_error_clear(err);
    if (!fp || !out)
        return cp__fail(err, CP_EINVAL, NULL, "stream or output is NULL");
    cp_load_options o;
    cp_load_tuning t;
    cp_status st = resolve_all(opts, tuning, &o, &t, err);
    if (st != CP_OK)
        return st;
    if ((st = load_stream(fp, &o, &t, out, err)) != CP__LOAD_WHOLE)
        return st;
    cp__buf b = {0};
    /* read at the file's size when it has one (file_read.c) */
    st = cp__file_read_all(fp, o.max_size, &b, err);
    if (st == CP_OK)
        st = cp_document_load_string_with(b.data ? b.data : "", b.len, &o, &t, out, err);
    cp__buf_fini(&b);
    return st;
}

cp_status cp_document_load_file(FILE *fp, const cp_load_options *opts, cp_document **out,
                                cp_error *err)
{
    return cp_document_load_file_with(fp, opts, NULL, out, err);
}

cp_status cp_document_load_path_with(const char *path, const cp_load_options *opts,
                                     const cp_load_tuning *tuning, cp_document **out,
                                     cp_error *err)
{
    cp_error_clear(err);
    if (!path || !out)
        return cp__fail(err, CP_EINVAL, NULL, "path or output is NULL");
    cp_load_options o;
    cp_load_tuning t;
    cp_status st = resolve_all(opts, tuning, &o, &t, err);
    if (st != CP_OK)
        return st;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return cp__fail(err, CP_EIO, "", "cannot open %.200s: %s", path, strerror(errno));
    st = cp_document_load_file_with(fp, &o, &t, out, err);
    fclose(fp);
    return st;
}

cp_status cp_document_load_path(const char *path, const cp_load_options *opts, cp_document **out,
                                cp_error *err)
{
    return cp_document_load_path_with(path, opts, NULL, out, err);
}

void cp_document_free(cp_document *doc)
{
    if (!doc)
        return;
    cp__node_free(doc->root);
    cp__free(doc);
}

cp_document_kind cp_document_get_kind(const cp_document *doc)
{
    return doc ? doc->kind : CP_DOCUMENT_KIND_UNSET;
}

/* A document's root of one kind, borrowed or taken. */
#define CP__KIND_ROOT(T, KIND)                                                                     \
    cp_##T *cp_document_##T(cp_document *doc)                                                      \
    {                                                                                              \
        return doc && doc->kind == KIND ? (cp_##T *)doc->root : NULL;                              \
    }                                                                                              \
    cp_##T *cp_document_take_##T(cp_document *doc)                                                 \
    {                                                                                              \
        cp_##T *root = cp_document_##T(doc);                                                       \
        if (root)                                                                                  \
            doc->root = NULL;                                                                      \
        return root;                                                                               \
    }

CP__KIND_ROOT(client, CP_DOCUMENT_KIND_CLIENT)
CP__KIND_ROOT(caseload, CP_DOCUMENT_KIND_CASELOAD)
CP__KIND_ROOT(strategic_plan, CP_DOCUMENT_KIND_STRATEGIC_PLAN)
CP__KIND_ROOT(provision_map, CP_DOCUMENT_KIND_PROVISION_MAP)

/* ---- saving ---- */

/* The options of a save, checked before anything is written: 0 or 1
 * (compact) in *compact. */
static cp_status save_mode(const cp_save_options *opts, int *compact, cp_error *err)
{
    if (opts && opts->version != CP_SAVE_OPTIONS_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "save options version %u is not supported",
                        opts->version);
    if (opts && (opts->flags & ~(CP_SAVE_COMPACT | CP_SAVE_REPLACE_READONLY)))
        return cp__fail(err, CP_EINVAL, NULL, "unknown save flags 0x%x", opts->flags);
    *compact = opts && (opts->flags & CP_SAVE_COMPACT);
    return CP_OK;
}

/* What a streamed save writes: a node as a document of its kind. */
typedef struct save_job {
    const cp__node *node;
    const char *kind;
    int compact;
} save_job;

/* A cp__save_producer: the document through the writer's fixed buffer. */
static int produce(void *ctx, cp__buf_sink sink, void *sink_ctx)
{
    const save_job *job = ctx;
    return cp__json_write_stream(job->node, job->kind, job->compact, sink, sink_ctx);
}

/* A cp__buf_sink writing to a FILE * (ctx). */
static int file_sink(void *ctx, const char *data, size_t len)
{
    errno = 0;
    if (fwrite(data, 1, len, ctx) == len)
        return 0;
    return errno ? errno : EIO;
}

static cp_status save_string(const cp__node *node, cp_document_kind kind,
                             const cp_save_options *opts, char **out, size_t *len, cp_error *err)
{
    cp_error_clear(err);
    if (!node || !out)
        return cp__fail(err, CP_EINVAL, NULL, "object or output is NULL");
    int compact;
    cp_status st = save_mode(opts, &compact, err);
    if (st != CP_OK)
        return st;
    char *s = cp__json_write_string(node, cp_document_kind_to_string(kind), compact, len);
    if (!s)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = s;
    return CP_OK;
}

static cp_status save_file(const cp__node *node, cp_document_kind kind, FILE *fp,
                           const cp_save_options *opts, cp_error *err)
{
    cp_error_clear(err);
    if (!node || !fp)
        return cp__fail(err, CP_EINVAL, NULL, "object or stream is NULL");
    save_job job = {node, cp_document_kind_to_string(kind), 0};
    cp_status st = save_mode(opts, &job.compact, err);
    if (st != CP_OK)
        return st;
    int rc = produce(&job, file_sink, fp); /* ENOMEM: before anything is written */
    if (rc == 0 && fflush(fp) != 0)
        rc = errno ? errno : EIO;
    if (rc == ENOMEM)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (rc != 0)
        return cp__fail(err, CP_EIO, NULL, "write failed: %s", strerror(rc));
    return CP_OK;
}

static cp_status save_path(const cp__node *node, cp_document_kind kind, const char *path,
                           const cp_save_options *opts, cp_error *err)
{
    cp_error_clear(err);
    if (!node || !path || !*path)
        return cp__fail(err, CP_EINVAL, NULL, "object or path is NULL or empty");
    save_job job = {node, cp_document_kind_to_string(kind), 0};
    cp_status st = save_mode(opts, &job.compact, err);
    if (st != CP_OK)
        return st;
    return cp__save_atomic(path, produce, &job, opts, err);
}

cp_status cp_document_save_string(const cp_document *doc, const cp_save_options *opts, char **out,
                                  size_t *len, cp_error *err)
{
    if (!doc || !doc->root) {
        cp_error_clear(err);
        return cp__fail(err, CP_EINVAL, NULL, "document is NULL or empty");
    }
    return save_string(doc->root, doc->kind, opts, out, len, err);
}

static cp_status load_kind(cp_status st, cp_document *doc, cp_document_kind want, cp__node **out,
                           cp_error *err)
{
    if (st != CP_OK)
        return st;
    if (doc->kind != want) {
        cp_document_free(doc);
        return cp__fail(err, CP_EFORMAT, "/kind", "expected a \"%s\" document",
                        cp_document_kind_to_string(want));
    }
    *out = doc->root;
    doc->root = NULL;
    cp_document_free(doc);
    return CP_OK;
}

#define CP__KIND_IO(T, KIND)                                                                       \
    cp_status cp_##T##_load_string(const char *json, size_t len, const cp_load_options *opts,      \
                                   cp_##T **out, cp_error *err)                                    \
    {                                                                                              \
        cp_document *doc = NULL;                                                                   \
        if (!out)                                                                                  \
            return cp__fail(err, CP_EINVAL, NULL, "output is NULL");                               \
        cp_status st = cp_document_load_string(json, len, opts, &doc, err);                        \
        return load_kind(st, doc, KIND, (cp__node **)out, err);                                    \
    }                                                                                              \
    cp_status cp_##T##_load_file(FILE *fp, const cp_load_options *opts, cp_##T **out,              \
                                 cp_error *err)                                                    \
    {                                                                                              \
        cp_document *doc = NULL;                                                                   \
        if (!out)                                                                                  \
            return cp__fail(err, CP_EINVAL, NULL, "output is NULL");                               \
        cp_status st = cp_document_load_file(fp, opts, &doc, err);                                 \
        return load_kind(st, doc, KIND, (cp__node **)out, err);                                    \
    }                                                                                              \
    cp_status cp_##T##_load_path(const char *path, const cp_load_options *opts, cp_##T **out,      \
                                 cp_error *err)                                                    \
    {                                                                                              \
        cp_document *doc = NULL;                                                                   \
        if (!out)                                                                                  \
            return cp__fail(err, CP_EINVAL, NULL, "output is NULL");                               \
        cp_status st = cp_document_load_path(path, opts, &doc, err);                               \
        return load_kind(st, doc, KIND, (cp__node **)out, err);                                    \
    }                                                                                              \
    cp_status cp_##T##_save_string(const cp_##T *obj, const cp_save_options *opts, char **out,     \
                                   size_t *len, cp_error *err)                                     \
    {                                                                                              \
        return save_string((const cp__node *)obj, KIND, opts, out, len, err);                      \
    }                                                                                              \
    cp_status cp_##T##_save_file(const cp_##T *obj, FILE *fp, const cp_save_options *opts,         \
                                 cp_error *err)                                                    \
    {                                                                                              \
        return save_file((const cp__node *)obj, KIND, fp, opts, err);                              \
    }                                                                                              \
    cp_status cp_##T##_save_path(const cp_##T *obj, const char *path,                              \
                                 const cp_save_options *opts, cp_error *err)                       \
    {                                                                                              \
        return save_path((const cp__node *)obj, KIND, path, opts, err);                            \
    }

CP__KIND_IO(client, CP_DOCUMENT_KIND_CLIENT)
CP__KIND_IO(caseload, CP_DOCUMENT_KIND_CASELOAD)
CP__KIND_IO(strategic_plan, CP_DOCUMENT_KIND_STRATEGIC_PLAN)
CP__KIND_IO(provision_map, CP_DOCUMENT_KIND_PROVISION_MAP)
