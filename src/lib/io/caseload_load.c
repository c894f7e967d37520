/*
 * Loading a caseload one client at a time.
 *
 * The whole-document loader (json_doc.c) hands jansson the whole text and
 * builds the model from the tree: at a peak it holds the text, jansson's
 * tree of all of it (several times the text) and the model. Here a scan
 * that understands only JSON's structure (json_scan.c) finds each client's
 * stretch of the "clients" array; jansson parses that stretch alone, the
 * client is built and checked from the small tree, and the tree is freed.
 * Reading a file, the text is held only a window at a time. Batches of
 * clients are parsed on the threads the caller asks for, each client into
 * its own slot, and appended in the order of the text.
 *
 * This path decides nothing on its own: the moment anything is not plainly
 * right — a syntax error, a limit, a value the model refuses, a warning to
 * report, an envelope member after "clients", an escaped key — it gives up
 * (CP__LOAD_WHOLE) and the whole-document loader loads the same text from
 * the start, so every error, its path, line and column, and every warning
 * stay exactly what that loader reports. It accepts only what that loader
 * accepts, with the same result: jansson parses each client's text as a
 * complete value (a stretch the scan cut wrongly does not parse), the bytes
 * between them are checked here to be JSON's whitespace and punctuation,
 * the other members are parsed together by jansson, and each client is read
 * and checked by the same functions, at the same JSON Pointer.
 */
#define _POSIX_C_SOURCE 200809L

#include "caseload_load.h"

#include "../core/alloc.h"
#include "../core/buf.h"
#include "../core/error.h"
#include "../model/model.h"
#include "json_locate.h"
#include "json_read.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* A batch ends at this many clients or this many bytes of their text. */
#define CP__BATCH_CLIENTS 256
#define CP__BATCH_BYTES ((size_t)1 << 20)

/* What became of a client of the batch. */
enum { NOT_DONE = 0, BUILT, WHOLE, NO_MEMORY };

typedef struct slice {
    size_t from, to;  /* the client's text */
    size_t index;     /* in "clients" */
    cp__node *node;   /* the client, once built */
    cp__arena *arena; /* what it is built in, allocated with the batch's (run_batch) */
    int outcome;
    cp_error err;     /* NO_MEMORY: the error */
} slice;

typedef struct loader {
    cp__window *w;
    const cp_load_options *opts;
    const cp_load_tuning *tuning;
    cp__node *caseload;
    cp__list *clients;
    slice *batch; /* CP__BATCH_CLIENTS of them, from the "clients" array on */
    size_t nbatch, batch_bytes;
    size_t nclients;
    atomic_size_t next; /* the next slot of the batch a worker takes */
    atomic_int bad;     /* a client failed: the batch is given up */
    int oom;            /* an allocation failed: the load fails with err */
    cp_error err;
} loader;

/* An allocation failed: the load fails with CP_ENOMEM (not retried by the
 * whole-document loader, which would need more memory still). */
static int no_memory(loader *L, const char *path)
{
    L->oom = 1;
    cp__fail(&L->err, CP_ENOMEM, path, "out of memory");
    return 0;
}

/* ---- one client ---- */

/* Parses, reads and checks one client into s->node: BUILT; WHOLE when
 * anything is not right (the whole-document loader will say what);
 * NO_MEMORY with s->err. */
static int build_client(loader *L, slice *s, cp_diagnostics *warnings)
{
    const char *text = cp__window_at(L->w, s->from);
    size_t n = s->to - s->from;
    if (memchr(text, '\0', n))
        return WHOLE;
    json_error_t je;
    memset(&je, 0, sizeof je);
    json_t *v = json_loadb(text, n, JSON_REJECT_DUPLICATES, &je);
    if (!v) {
        if (!cp__jansson_out_of_memory(text, n, &je))
            return WHOLE;
        cp__fail(&s->err, CP_ENOMEM, "", "out of memory while parsing the JSON text");
        s->err.position = (long)(s->from + (je.position > 0 ? (size_t)je.position : 0));
        return NO_MEMORY;
    }
    cp_load_options o = *L->opts;
    o.warnings = warnings;
    cp__sink sink;
    memset(&sink, 0, sizeof sink);
    cp__rctx c;
    memset(&c, 0, sizeof c);
    c.opts = &o;
    c.err = &s->err;
    c.sink = &sink;
    cp__path_push(&c.path, "clients");
    cp__path_push_index(&c.path, s->index);
    cp__node *node = NULL;
    cp_status st = CP_ETYPE;
    /* The client object is at depth 3: the root, "clients", the client. */
    if (json_is_object(v) && (st = cp__json_check_limits_at(&c, v, 3)) == CP_OK) {
        node = cp__node_new(&cp__client_type, L->caseload);
        cp__arena *arena = node ? s->arena : NULL;
        if (node) { /* the client owns its arena from here on */
            ((struct cp_client *)node)->arena = c.arena = arena;
            s->arena = NULL;
        }
        if (!arena)
            st = cp__fail(&s->err, CP_ENOMEM, cp__path_str(&c.path), "out of memory");
        else if ((st = cp__json_read_node(&c, v, node, NULL)) == CP_OK)
            st = cp__node_check(node, &c.path, &s->err, &sink);
    }
    json_decref(v);
    if (st == CP_OK && cp_diagnostics_count(warnings) == 0) {
        s->node = node;
        return BUILT;
    }
    cp__node_free(node);
    return st == CP_ENOMEM ? NO_MEMORY : WHOLE;
}

typedef struct worker {
    loader *L;
    cp_diagnostics *warnings; /* a load that reports warnings is left to the whole loader */
} worker;

static void *work(void *arg)
{
    worker *k = arg;
    loader *L = k->L;
    for (;;) {
        size_t i = atomic_fetch_add(&L->next, 1);
        if (i >= L->nbatch || atomic_load(&L->bad))
            break;
        slice *sl = &L->batch[i];
        if ((sl->outcome = build_client(L, sl, k->warnings)) != BUILT)
            atomic_store(&L->bad, 1);
    }
    return NULL;
}

static void drop_batch(loader *L)
{
    for (size_t i = 0; i < L->nbatch; i++) {
        cp__node_free(L->batch[i].node);
        cp__arena_free(L->batch[i].arena);
        L->batch[i].arena = NULL;
    }
    L->nbatch = 0;
    L->batch_bytes = 0;
}

/* Builds the batch's clients (on the threads asked for) and appends them. */
static int run_batch(loader *L)
{
    if (!L->nbatch)
        return 1;
    unsigned jobs = L->tuning && L->tuning->jobs > 1 ? L->tuning->jobs : 1;
    if (jobs > L->nbatch)
        jobs = (unsigned)L->nbatch;
    if (jobs > CP_LOAD_MAX_JOBS)
        jobs = CP_LOAD_MAX_JOBS;
    worker ws[CP_LOAD_MAX_JOBS];
    pthread_t tid[CP_LOAD_MAX_JOBS];
    unsigned started = 0;
    atomic_store(&L->next, 0);
    atomic_store(&L->bad, 0);
    int ok = 1;
    /* Each client's arena (core/arena.h), all of them before any client is
     * parsed: 5/8 of its text's size, which on the benchmark's
     * (pretty-printed) caseloads left the least unused (a peak of 129 MiB
     * for 10,000 clients, against 131 MiB with 1/2 and 142 MiB with 3/4).
     * Allocated between two parses, a block this large (a "large" request
     * for glibc's malloc) would first merge every small chunk the previous
     * client's parse freed (malloc_consolidate), and the next parse would
     * then find none ready: 3 % more instructions for the whole load
     * (2.58 against 2.50 billion for 1,000 clients, callgrind). */
    for (size_t i = 0; ok && i < L->nbatch; i++) {
        slice *sl = &L->batch[i];
        if (!sl->arena && !(sl->arena = cp__arena_new((sl->to - sl->from) / 8 * 5)))
            ok = no_memory(L, "");
    }
    for (unsigned j = 0; j < jobs; j++) {
        ws[j].L = L;
        ws[j].warnings = NULL;
        if (L->opts->warnings && !(ws[j].warnings = cp_diagnostics_new()))
            ok = no_memory(L, "");
    }
    /* This thread is worker 0. */
    for (unsigned j = 1; ok && j < jobs; j++, started++)
        if (pthread_create(&tid[j], NULL, work, &ws[j]) != 0)
            break; /* fewer threads: the others share the work */
    if (ok)
        work(&ws[0]);
    for (unsigned j = 1; j <= started; j++)
        pthread_join(tid[j], NULL);
    for (unsigned j = 0; j < jobs; j++)
        cp_diagnostics_free(ws[j].warnings);
    /* The first client that did not build decides, as the whole loader
     * would stop there: out of memory fails; anything else, or a client
     * not reached (another thread stopped the batch), goes to that loader. */
    for (size_t i = 0; ok && i < L->nbatch; i++) {
        slice *sl = &L->batch[i];
        if (sl->outcome == NO_MEMORY) {
            L->oom = 1;
            L->err = sl->err;
            /* The parser's: at a line and column, when the text is at hand. */
            if (L->err.position > 0 && !L->w->fp) {
                int line, before;
                cp__text_line_column(L->w->buf, (size_t)L->err.position, &line, &before);
                L->err.line = line;
                L->err.column = before > 0 ? before : 1;
            }
        }
        if (sl->outcome != BUILT)
            ok = 0;
    }
    if (ok && cp__list_reserve(L->clients, L->nbatch) != CP_OK)
        ok = no_memory(L, "/clients");
    if (!ok) {
        drop_batch(L);
        return 0;
    }
    for (size_t i = 0; i < L->nbatch; i++) {
        cp__list_push(L->clients, L->batch[i].node); /* room reserved: cannot fail */
        L->batch[i].node = NULL;
        cp__arena_free(L->batch[i].arena); /* NULL: the client took it */
        L->batch[i].arena = NULL;
    }
    size_t done = L->batch[L->nbatch - 1].to;
    L->nbatch = 0;
    L->batch_bytes = 0;
    if (L->tuning && L->tuning->progress) {
        cp_load_progress p;
        memset(&p, 0, sizeof p);
        p.clients = L->clients->count;
        p.bytes = done;
        p.total_bytes = L->w->fp ? L->w->total : L->w->len;
        L->tuning->progress(&p, L->tuning->progress_user);
    }
    return 1;
}

/* ---- the document ---- */

/* The "clients" array from its '[' at `at`: sets *end after its ']'. */
static int read_clients(loader *L, size_t at, size_t *end)
{
    cp__window *w = L->w;
    if (!(L->batch = cp__calloc(CP__BATCH_CLIENTS, sizeof *L->batch)))
        return no_memory(L, "/clients");
    at = cp__scan_space(w, at + 1);
    if (cp__window_byte(w, at) == ']') {
        *end = at + 1;
        return 1;
    }
    for (;;) {
        if (L->nbatch == 0)
            w->keep = at;
        size_t to;
        if (cp__window_byte(w, at) != '{' || cp__scan_value(w, at, &to) != CP__SCAN_OK)
            return 0;
        if (++L->nclients > L->opts->max_items)
            return 0;
        slice *s = &L->batch[L->nbatch++];
        s->from = at;
        s->to = to;
        s->index = L->nclients - 1;
        s->node = NULL;
        s->arena = NULL;
        s->outcome = NOT_DONE;
        L->batch_bytes += to - at;
        if ((L->nbatch == CP__BATCH_CLIENTS || L->batch_bytes >= CP__BATCH_BYTES) &&
            !run_batch(L))
            return 0;
        at = cp__scan_space(w, to);
        int ch = cp__window_byte(w, at);
        if (ch == ']') {
            *end = at + 1;
            return run_batch(L);
        }
        if (ch != ',')
            return 0;
        at = cp__scan_space(w, at + 1);
    }
}

/* The members other than "clients", as one object's text. */
static int envelope_ok(json_t *rest)
{
    json_t *f = json_object_get(rest, "format"), *v = json_object_get(rest, "version"),
           *k = json_object_get(rest, "kind");
    return json_is_string(f) && strcmp(json_string_value(f), "careerplan") == 0 &&
           json_is_integer(v) && json_integer_value(v) == 1 && json_is_string(k) &&
           strcmp(json_string_value(k), "caseload") == 0;
}

static json_t *parse_rest(loader *L, cp__buf *rest)
{
    cp__buf_putc(rest, '}');
    if (rest->failed) {
        no_memory(L, "");
        return NULL;
    }
    json_error_t je;
    memset(&je, 0, sizeof je);
    json_t *root = json_loadb(rest->data, rest->len, JSON_REJECT_DUPLICATES, &je);
    if (!root && cp__jansson_out_of_memory(rest->data, rest->len, &je))
        no_memory(L, "");
    rest->len--; /* take the '}' back: more members may follow */
    return root;
}

/* The members of the root object; the clients are read as they come. */
static int read_root(loader *L, cp__buf *rest, json_t **rest_root)
{
    static const char *const envelope[] = {"format", "version", "kind", NULL};
    cp__window *w = L->w;
    /* Limits this path does not check where the whole loader does: the
     * "clients" key's length and the nesting of an empty "clients". */
    if (L->opts->max_depth < 3 || L->opts->max_string_length < 7)
        return 0;
    size_t at = cp__scan_space(w, 0);
    int seen_clients = 0;
    size_t members = 0;
    if (cp__window_byte(w, at) != '{')
        return 0;
    cp__buf_putc(rest, '{');
    if (rest->failed)
        return no_memory(L, "");
    at = cp__scan_space(w, at + 1);
    for (;;) {
        w->keep = at;
        size_t key_end, value_end;
        if (cp__window_byte(w, at) != '"' || cp__scan_value(w, at, &key_end) != CP__SCAN_OK)
            return 0;
        size_t colon = cp__scan_space(w, key_end);
        if (cp__window_byte(w, colon) != ':')
            return 0;
        size_t value = cp__scan_space(w, colon + 1);
        const char *key = cp__window_at(w, at);
        size_t key_len = key_end - at;
        if (memchr(key, '\\', key_len))
            return 0; /* an escaped key: the whole loader compares it decoded */
        members++;
        if (key_len == 9 && memcmp(key, "\"clients\"", 9) == 0) {
            /* The envelope comes first (as this library writes it). */
            json_t *r = NULL;
            if (seen_clients || !(r = parse_rest(L, rest)) || !envelope_ok(r)) {
                json_decref(r);
                return 0;
            }
            json_decref(r);
            seen_clients = 1;
            if (cp__window_byte(w, value) != '[' || !read_clients(L, value, &value_end))
                return 0;
        } else {
            if (cp__scan_value(w, value, &value_end) != CP__SCAN_OK)
                return 0;
            key = cp__window_at(w, at); /* reading on may have moved the window */
            /* Not a caseload: nothing to gain here. */
            if (key_len == 6 && memcmp(key, "\"kind\"", 6) == 0 &&
                (value_end - value != 10 || memcmp(cp__window_at(w, value), "\"caseload\"", 10)))
                return 0;
            if (rest->len > 1)
                cp__buf_putc(rest, ',');
            cp__buf_append(rest, key, key_len);
            cp__buf_putc(rest, ':');
            cp__buf_append(rest, cp__window_at(w, value), value_end - value);
            if (rest->failed)
                return no_memory(L, "");
        }
        at = cp__scan_space(w, value_end);
        int ch = cp__window_byte(w, at);
        if (ch == '}')
            break;
        if (ch != ',')
            return 0;
        at = cp__scan_space(w, at + 1);
    }
    /* Only whitespace after the root object. */
    w->keep = at + 1;
    if (!seen_clients || members > L->opts->max_items ||
        cp__window_byte(w, cp__scan_space(w, at + 1)) != -1 || w->failed)
        return 0;
    json_t *r = parse_rest(L, rest);
    if (!r)
        return 0;
    *rest_root = r;
    cp_error err;
    cp__sink sink;
    memset(&sink, 0, sizeof sink);
    cp__rctx c;
    memset(&c, 0, sizeof c);
    c.err = &err;
    c.sink = &sink;
    /* The caseload's own members. A warning (an unknown member) leaves the
     * load to the whole loader, which reports them in the text's order; as
     * for the clients, they are caught in a list of this load's own. */
    cp_load_options o = *L->opts;
    c.opts = &o;
    if (cp__json_check_limits(&c, r) != CP_OK)
        return 0; /* (the limits walk allocates nothing) */
    if (L->opts->warnings && !(o.warnings = cp_diagnostics_new()))
        return no_memory(L, "");
    cp_status st = cp__json_read_node(&c, r, L->caseload, envelope);
    if (st == CP_ENOMEM) {
        L->oom = 1;
        L->err = err;
    }
    int quiet = cp_diagnostics_count(o.warnings) == 0;
    cp_diagnostics_free(o.warnings);
    return st == CP_OK && quiet;
}

cp_status cp__caseload_load(cp__window *w, const cp_load_options *opts,
                            const cp_load_tuning *tuning, cp__node **out, cp_error *err)
{
    loader *L = cp__calloc(1, sizeof *L);
    cp__node *caseload = cp__node_new(&cp__caseload_type, NULL); /* (small) */
    cp__buf rest = {0};
    json_t *rest_root = NULL;
    int ok = 0;
    if (!L || !caseload) {
        cp__free(L);
        cp__node_free(caseload);
        return cp__fail(err, CP_ENOMEM, "", "out of memory");
    }
    L->w = w;
    L->opts = opts;
    L->tuning = tuning;
    L->caseload = caseload;
    L->clients = CP__AT(caseload, cp__type_field(caseload->type, "clients"), cp__list);
    ok = read_root(L, &rest, &rest_root);
    drop_batch(L);
    if (!L->oom && w->oom)
        no_memory(L, ""); /* the window could not grow */
    cp_error e;
    if (ok && caseload->type->reindex && caseload->type->reindex(caseload, &e) != CP_OK) {
        if (e.code == CP_ENOMEM) {
            L->oom = 1;
            L->err = e;
        }
        ok = 0;
    }
    json_decref(rest_root);
    cp__buf_fini(&rest);
    cp_status st = CP__LOAD_WHOLE;
    if (ok) {
        *out = caseload;
        caseload = NULL;
        st = CP_OK;
    } else if (L->oom) {
        if (err)
            *err = L->err;
        st = CP_ENOMEM;
    }
    cp__node_free(caseload);
    cp__free(L->batch);
    cp__free(L);
    return st;
}
