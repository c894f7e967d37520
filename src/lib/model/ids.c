/*
 * Ids and references. Ids of supporters, plans, goals, actions, reviews and
 * consents share one namespace per client (a goal and an action cannot both
 * be "a1"), so a reference names one thing without saying its kind; client
 * ids are unique within their caseload. Searches walk the client's tree:
 * a client holds tens of items, and the caseload has its own hash index.
 */
#include "../core/alloc.h"
#include "../core/error.h"
#include "../core/hashmap.h"
#include "model.h"

#include <stdio.h>
#include <string.h>

static const char *node_id(const cp__node *n)
{
    const cp__field *f = &n->type->fields[0];
    if (n->type->nfields && (f->flags & CP__F_ID))
        return *CP__CAT(n, f, char *);
    return NULL;
}

/* Calls visit(node, ctx) for every node under root, root included, stopping
 * when visit returns non-zero (which is then returned). */
static int walk(const cp__node *n, int (*visit)(const cp__node *, void *), void *ctx)
{
    int r = visit(n, ctx);
    if (r)
        return r;
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (f->kind == CP__K_LIST) {
            const cp__list *l = CP__CAT(n, f, cp__list);
            for (size_t j = 0; j < l->count; j++)
                if ((r = walk(l->items[j], visit, ctx)) != 0)
                    return r;
        } else if (f->kind == CP__K_OBJECT) {
            const cp__node *c = *CP__CAT(n, f, cp__node *);
            if (c && (r = walk(c, visit, ctx)) != 0)
                return r;
        }
    }
    return 0;
}

struct find_ctx {
    const cp__node *root;
    const char *id;
    const cp__type *type;
    const cp__node *found;
    size_t refs;
};

static int find_visit(const cp__node *n, void *p)
{
    struct find_ctx *c = p;
    if (n == c->root && (n->type->flags & CP__T_ID_SCOPE))
        return 0; /* a client's own id lives in the caseload's namespace */
    const char *id = node_id(n);
    if (id && strcmp(id, c->id) == 0 && (!c->type || n->type == c->type)) {
        c->found = n;
        return 1;
    }
    return 0;
}

cp__node *cp__node_find_id(const cp__node *root, const char *id)
{
    struct find_ctx c = {root, id, NULL, NULL, 0};
    walk(root, find_visit, &c);
    return (cp__node *)c.found;
}

cp__node *cp__node_resolve(const cp__node *from, const char *id, const cp__type *type)
{
    const cp__node *scope = cp__node_client(from);
    if (!scope)
        return NULL;
    struct find_ctx c = {scope, id, type, NULL, 0};
    walk(scope, find_visit, &c);
    return (cp__node *)c.found;
}

static int refs_visit(const cp__node *n, void *p)
{
    struct find_ctx *c = p;
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (!(f->flags & CP__F_REF))
            continue;
        if (f->kind == CP__K_STRING) {
            const char *s = *CP__CAT(n, f, char *);
            c->refs += s && strcmp(s, c->id) == 0;
        } else if (f->kind == CP__K_STRLIST) {
            c->refs += cp__strlist_find(CP__CAT(n, f, cp__strlist), c->id) != (size_t)-1;
        }
    }
    return 0;
}

size_t cp__node_count_refs(const cp__node *root, const char *id)
{
    struct find_ctx c = {root, id, NULL, NULL, 0};
    walk(root, refs_visit, &c);
    return c.refs;
}

/* ---- checking a loaded tree ---- */

struct check_ctx {
    cp__hashmap ids; /* id -> node, per client */
    cp__path *path;
    cp_error *err;
    cp__sink *sink; /* NULL: stop at the first error */
};

/* A failed step: CP_OK to go on (the sink collects), else st. */
static cp_status go_on(struct check_ctx *c, cp_status st)
{
    return cp__sink_soften(c->sink, st, c->err);
}

static cp_status fail_at(struct check_ctx *c, const char *member, cp_status code, const char *fmt,
                         const char *a, const char *b)
{
    size_t m = cp__path_push(c->path, member);
    cp__fail(c->err, code, cp__path_str(c->path), fmt, a, b);
    cp__path_pop(c->path, m);
    return code;
}

/* Pass 1: collect ids of the client's tree; duplicates fail. */
static cp_status collect(struct check_ctx *c, const cp__node *n, int is_root)
{
    const char *id = node_id(n);
    if (id && !is_root) {
        void *prev = NULL;
        int r = cp__hashmap_put(&c->ids, id, (void *)n, &prev);
        if (r < 0)
            return cp__fail(c->err, CP_ENOMEM, cp__path_str(c->path), "out of memory");
        if (r > 0)
        {
            const char *kind = ((const cp__node *)prev)->type->name;
            char what[80];
            snprintf(what, sizeof what, "%s %s", strchr("aeiou", kind[0]) ? "an" : "a", kind);
            cp_status st = fail_at(c, "id", CP_EDUPLICATE, "id \"%.100s\" is already used by %s",
                                   id, what);
            if (go_on(c, st) != CP_OK)
                return st;
        }
    }
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (f->kind == CP__K_LIST) {
            const cp__list *l = CP__CAT(n, f, cp__list);
            size_t m = cp__path_push(c->path, f->name);
            for (size_t j = 0; j < l->count; j++) {
                size_t k = cp__path_push_index(c->path, j);
                cp_status st = collect(c, l->items[j], 0);
                if (st != CP_OK)
                    return st;
                cp__path_pop(c->path, k);
            }
            cp__path_pop(c->path, m);
        } else if (f->kind == CP__K_OBJECT && *CP__CAT(n, f, cp__node *)) {
            size_t m = cp__path_push(c->path, f->name);
            cp_status st = collect(c, *CP__CAT(n, f, cp__node *), 0);
            if (st != CP_OK)
                return st;
            cp__path_pop(c->path, m);
        }
    }
    return CP_OK;
}

static cp_status check_ref(struct check_ctx *c, const cp__field *f, const char *id)
{
    const cp__node *target = cp__hashmap_get(&c->ids, id);
    if (!target || target->type != f->type) {
        cp__fail(c->err, CP_ENOTFOUND, cp__path_str(c->path), "%s \"%.100s\" does not exist", f->type->name,
                 id);
        return CP_ENOTFOUND;
    }
    return CP_OK;
}

/* Pass 2: references resolve to a node of the right type; per-type rules. */
static cp_status verify(struct check_ctx *c, const cp__node *n)
{
    cp_status st;
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        size_t m = cp__path_push(c->path, f->name);
        if ((f->flags & CP__F_REF) && f->kind == CP__K_STRING) {
            const char *s = *CP__CAT(n, f, char *);
            if (s && (st = check_ref(c, f, s)) != CP_OK && go_on(c, st) != CP_OK)
                return st;
        } else if ((f->flags & CP__F_REF) && f->kind == CP__K_STRLIST) {
            const cp__strlist *l = CP__CAT(n, f, cp__strlist);
            for (size_t j = 0; j < l->count; j++) {
                size_t k = cp__path_push_index(c->path, j);
                if ((st = check_ref(c, f, l->items[j])) != CP_OK && go_on(c, st) != CP_OK)
                    return st;
                cp__path_pop(c->path, k);
            }
        } else if (f->kind == CP__K_LIST) {
            const cp__list *l = CP__CAT(n, f, cp__list);
            for (size_t j = 0; j < l->count; j++) {
                size_t k = cp__path_push_index(c->path, j);
                if ((st = verify(c, l->items[j])) != CP_OK)
                    return st;
                cp__path_pop(c->path, k);
            }
        } else if (f->kind == CP__K_OBJECT && *CP__CAT(n, f, cp__node *)) {
            if ((st = verify(c, *CP__CAT(n, f, cp__node *))) != CP_OK)
                return st;
        }
        cp__path_pop(c->path, m);
    }
    if (n->type->check && (st = n->type->check(n, c->path, c->err)) != CP_OK &&
        go_on(c, st) != CP_OK)
        return st;
    return CP_OK;
}

/* Checks one id scope (a client): unique ids, resolvable references, the
 * cross-field rules of every node in it. */
static cp_status check_scope(const cp__node *scope, cp__path *path, cp_error *err,
                             cp__sink *sink)
{
    struct check_ctx c = {{0}, path, err, sink};
    cp_status st = collect(&c, scope, 1);
    if (st == CP_OK)
        st = verify(&c, scope);
    cp__hashmap_fini(&c.ids);
    return st;
}

cp_status cp__node_check(const cp__node *root, cp__path *path, cp_error *err, cp__sink *sink)
{
    if (root->type->flags & CP__T_ID_SCOPE)
        return check_scope(root, path, err, sink);
    /* A container of scopes (a caseload): check each scope below it. */
    for (size_t i = 0; i < root->type->nfields; i++) {
        const cp__field *f = &root->type->fields[i];
        if (f->kind != CP__K_LIST)
            continue;
        const cp__list *l = CP__CAT(root, f, cp__list);
        size_t m = cp__path_push(path, f->name);
        for (size_t j = 0; j < l->count; j++) {
            size_t k = cp__path_push_index(path, j);
            cp_status st = cp__node_check(l->items[j], path, err, sink);
            if (st != CP_OK)
                return st;
            cp__path_pop(path, k);
        }
        cp__path_pop(path, m);
    }
    return CP_OK;
}
