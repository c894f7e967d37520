/*
 * The generic reader: walks a jansson tree guided by the type tables and
 * builds model nodes. Every error names the JSON Pointer of the value.
 */
#include "json_read.h"
#include "json_locate.h"

#include "../core/alloc.h"
#include "../core/error.h"
#include "../core/nearest.h"
#include "../model/model.h"

#include <stdio.h>
#include <string.h>

static const char *json_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
        return "an integer";
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    case JSON_NULL:
        return "null";
    }
    return "a value";
}

static cp_status fail(cp__rctx *c, cp_status code, const char *fmt, const char *a, const char *b)
{
    return cp__fail(c->err, code, cp__path_str(&c->path), fmt, a, b);
}

/* After a failed step at the current path: goes on (CP_OK) when the sink
 * collects, else returns st. */
static cp_status go_on(cp__rctx *c, cp_status st)
{
    return cp__sink_soften(c->sink, st, c->err);
}

static cp_status limits(cp__rctx *c, json_t *v, size_t depth)
{
    const cp_load_options *o = c->opts;
    if (json_is_string(v)) {
        if (json_string_length(v) > o->max_string_length)
            return cp__fail(c->err, CP_ELIMIT, cp__path_str(&c->path),
                            "string of %zu bytes is longer than the limit of %zu bytes",
                            json_string_length(v), o->max_string_length);
        return CP_OK;
    }
    if (!json_is_object(v) && !json_is_array(v))
        return CP_OK;
    if (depth > o->max_depth && c->text &&
        cp__json_depth_error(c->text, c->text_len, o->max_depth, c->err) != CP_OK)
        return CP_ELIMIT;
    if (depth > o->max_depth)
        return cp__fail(c->err, CP_ELIMIT, cp__path_str(&c->path), "nesting deeper than the limit of %zu",
                        o->max_depth);
    size_t n = json_is_object(v) ? json_object_size(v) : json_array_size(v);
    if (n > o->max_items)
        return cp__fail(c->err, CP_ELIMIT, cp__path_str(&c->path), "%zu items exceed the limit of %zu", n,
                        o->max_items);
    cp_status st;
    if (json_is_object(v)) {
        const char *key;
        json_t *child;
        json_object_foreach(v, key, child) {
            size_t m = cp__path_push(&c->path, key);
            if (strlen(key) > o->max_string_length)
                return cp__fail(c->err, CP_ELIMIT, cp__path_str(&c->path),
                                "key longer than the limit of %zu bytes", o->max_string_length);
            if ((st = limits(c, child, depth + 1)) != CP_OK)
                return st;
            cp__path_pop(&c->path, m);
        }
    } else {
        size_t i;
        json_t *child;
        json_array_foreach(v, i, child) {
            size_t m = cp__path_push_index(&c->path, i);
            if ((st = limits(c, child, depth + 1)) != CP_OK)
                return st;
            cp__path_pop(&c->path, m);
        }
    }
    return CP_OK;
}

cp_status cp__json_check_limits(cp__rctx *c, json_t *root)
{
    return limits(c, root, 1);
}

cp_status cp__json_check_limits_at(cp__rctx *c, json_t *value, size_t depth)
{
    return limits(c, value, depth);
}

static cp_status want(cp__rctx *c, json_t *v, int ok, const char *what)
{
    if (ok)
        return CP_OK;
    return fail(c, CP_ETYPE, "expected %s, found %s", what, json_type_name(v));
}

static cp_status read_string(cp__rctx *c, json_t *v, const cp__field *f, char **out)
{
    cp_status st = want(c, v, json_is_string(v), "a string");
    if (st != CP_OK)
        return st;
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    if (!n && (f->flags & (CP__F_REQUIRED | CP__F_ID | CP__F_REF)))
        return fail(c, CP_EVALUE, "%s must not be empty", f->name, NULL);
    if (f->format && !f->format->valid(s))
        return fail(c, CP_EVALUE, f->format->message, s, NULL);
    *out = c->arena ? cp__arena_strndup(c->arena, s, n) : cp__strndup(s, n);
    if (!*out)
        return fail(c, CP_ENOMEM, "out of memory", NULL, NULL);
    return CP_OK;
}

/* "\"agreeed\" is not a known plan status: did you mean \"agreed\"? It is
 * one of: draft, agreed, closed" (the list cut short at the message size). */
static cp_status enum_error(cp__rctx *c, const cp__enum *e, const char *text)
{
    char msg[CP_ERROR_MESSAGE_SIZE];
    const char *near = cp__nearest(text, e->names + 1, (size_t)e->count - 1);
    int n = snprintf(msg, sizeof msg, "\"%.60s\" is not a known %s: ", text, e->name);
    if (near)
        n += snprintf(msg + n, sizeof msg - (size_t)n, "did you mean \"%s\"? It is one of: ",
                      near);
    else
        n += snprintf(msg + n, sizeof msg - (size_t)n, "it must be one of: ");
    for (int i = 1; i < e->count && (size_t)n < sizeof msg; i++)
        n += snprintf(msg + n, sizeof msg - (size_t)n, "%s%s", i > 1 ? ", " : "", e->names[i]);
    return fail(c, CP_EVALUE, "%s", msg, NULL);
}

static cp_status read_enum(cp__rctx *c, json_t *v, const cp__enum *e, int *out)
{
    cp_status st = want(c, v, json_is_string(v), "a string");
    if (st != CP_OK)
        return st;
    int value = cp__enum_value(e, json_string_value(v));
    if (!value)
        return enum_error(c, e, json_string_value(v));
    *out = value;
    return CP_OK;
}

/* One item of an array of small integers (CP__K_INTSET), added to *bits. */
static cp_status read_small_int(cp__rctx *c, json_t *item, const cp__field *f, unsigned bits,
                                unsigned *out)
{
    cp_status st = want(c, item, json_is_integer(item), "an integer");
    if (st != CP_OK)
        return st;
    json_int_t n = json_integer_value(item);
    if (n < f->min || n > f->max)
        return cp__fail(c->err, CP_ERANGE, cp__path_str(&c->path), "%s must be between %d and %d, not %lld",
                        f->name, f->min, f->max, (long long)n);
    if (bits & (1u << n))
        return cp__fail(c->err, CP_EDUPLICATE, cp__path_str(&c->path), "%lld is listed twice",
                        (long long)n);
    *out = bits | 1u << n;
    return CP_OK;
}

/* One item of an array of strings (CP__K_STRLIST), appended to l. */
static cp_status read_strlist_item(cp__rctx *c, json_t *item, const cp__field *f, cp__strlist *l)
{
    char *s = NULL;
    cp_status st = read_string(c, item, f, &s);
    if (st != CP_OK)
        return st;
    if ((f->flags & CP__F_REF) && cp__strlist_find(l, s) != (size_t)-1)
        st = fail(c, CP_EDUPLICATE, "\"%.100s\" is listed twice", s, NULL);
    else if ((st = cp__strlist_push_owned(l, s)) == CP_OK)
        return CP_OK;
    else
        st = fail(c, st, "out of memory", NULL, NULL);
    if (!c->arena) /* (an arena's string stays until its client goes) */
        cp__free(s);
    return st;
}

/* Reads each item of the array v with one(c, item, f, state), under the
 * item's path; a bad item stops the read unless the load collects errors. */
typedef cp_status (*item_reader)(cp__rctx *c, json_t *item, const cp__field *f, void *state);

static cp_status read_items(cp__rctx *c, json_t *v, const cp__field *f, item_reader one,
                            void *state)
{
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
        size_t m = cp__path_push_index(&c->path, i);
        cp_status st = one(c, item, f, state);
        cp__path_pop(&c->path, m);
        if (st != CP_OK && go_on(c, st) != CP_OK)
            return st;
    }
    return CP_OK;
}

/* A name of a flags member, into the bits at state; a name twice is refused. */
static cp_status read_flag_item(cp__rctx *c, json_t *item, const cp__field *f, void *state)
{
    unsigned *bits = state;
    int value = 0;
    cp_status st = read_enum(c, item, f->enums, &value);
    if (st != CP_OK)
        return st;
    unsigned bit = 1u << (value - 1);
    if (*bits & bit)
        return fail(c, CP_EDUPLICATE, "\"%s\" is listed twice", json_string_value(item), NULL);
    *bits |= bit;
    return CP_OK;
}

static cp_status read_intset_item(cp__rctx *c, json_t *item, const cp__field *f, void *state)
{
    unsigned *bits = state;
    return read_small_int(c, item, f, *bits, bits);
}

static cp_status read_strlist_state(cp__rctx *c, json_t *item, const cp__field *f, void *state)
{
    return read_strlist_item(c, item, f, state);
}

static cp_status read_field(cp__rctx *c, json_t *v, cp__node *node, const cp__field *f)
{
    cp_status st;
    switch (f->kind) {
    case CP__K_STRING: {
        char *s = NULL;
        if ((st = read_string(c, v, f, &s)) != CP_OK)
            return st;
        *CP__AT(node, f, char *) = s;
        return CP_OK;
    }
    case CP__K_DATE: {
        if ((st = want(c, v, json_is_string(v), "a date string \"YYYY-MM-DD\"")) != CP_OK)
            return st;
        cp_error derr;
        st = cp_date_parse(json_string_value(v), CP__AT(node, f, cp_date), &derr);
        if (st != CP_OK)
            return cp__fail(c->err, st, cp__path_str(&c->path), "%s", derr.message);
        return CP_OK;
    }
    case CP__K_BOOL:
        if ((st = want(c, v, json_is_boolean(v), "true or false")) != CP_OK)
            return st;
        *CP__AT(node, f, int) = json_is_true(v);
        return CP_OK;
    case CP__K_INT: {
        if ((st = want(c, v, json_is_integer(v), "an integer")) != CP_OK)
            return st;
        json_int_t i = json_integer_value(v);
        if (i < f->min || i > f->max)
            return cp__fail(c->err, CP_ERANGE, cp__path_str(&c->path), "%s must be between %d and %d, not %lld",
                            f->name, f->min, f->max, (long long)i);
        *CP__AT(node, f, int) = (int)i;
        return CP_OK;
    }
    case CP__K_ENUM:
        return read_enum(c, v, f->enums, CP__AT(node, f, int));
    case CP__K_FLAGS:
    case CP__K_INTSET: {
        int flags = f->kind == CP__K_FLAGS;
        st = want(c, v, json_is_array(v), flags ? "an array of names" : "an array of integers");
        unsigned bits = 0;
        if (st != CP_OK ||
            (st = read_items(c, v, f, flags ? read_flag_item : read_intset_item, &bits)) != CP_OK)
            return st;
        *CP__AT(node, f, unsigned) = bits;
        return CP_OK;
    }
    case CP__K_STRLIST:
        if ((st = want(c, v, json_is_array(v), "an array of strings")) != CP_OK)
            return st;
        return read_items(c, v, f, read_strlist_state, CP__AT(node, f, cp__strlist));
    case CP__K_LIST: {
        if ((st = want(c, v, json_is_array(v), "an array of objects")) != CP_OK)
            return st;
        cp__list *l = CP__AT(node, f, cp__list);
        size_t i;
        json_t *item;
        json_array_foreach(v, i, item) {
            size_t m = cp__path_push_index(&c->path, i);
            if ((st = want(c, item, json_is_object(item), "an object")) != CP_OK) {
                cp__path_pop(&c->path, m);
                if (go_on(c, st) != CP_OK)
                    return st;
                continue;
            }
            cp__node *child = cp__node_new_in(c->arena, f->type, node);
            if (!child || cp__list_push(l, child) != CP_OK) {
                cp__node_free(child);
                return fail(c, CP_ENOMEM, "out of memory", NULL, NULL);
            }
            if ((st = cp__json_read_node(c, item, child, NULL)) != CP_OK)
                return st;
            /* The tree is the loader's own: release each item once read
             * (unknown members hold their own references), which keeps the
             * peak memory of a large caseload near one copy of it. */
            json_array_set_new(v, i, json_null());
            cp__path_pop(&c->path, m);
        }
        return CP_OK;
    }
    case CP__K_OBJECT: {
        if ((st = want(c, v, json_is_object(v), "an object")) != CP_OK)
            return st;
        cp__node *child = cp__node_new_in(c->arena, f->type, node);
        if (!child)
            return fail(c, CP_ENOMEM, "out of memory", NULL, NULL);
        *CP__AT(node, f, cp__node *) = child;
        return cp__json_read_node(c, v, child, NULL);
    }
    }
    return CP_OK;
}

/* The members of the envelope ("format", "version", "kind") are reserved on
 * any type that can be a document root: a client of a caseload carrying them
 * as unknown members would write them twice when saved as a client document,
 * which would then not load (issue 12). */
/* The type's name with its indefinite article: "a client", "an action". */
static const char *a_type(const cp__type *t, char *buf, size_t size)
{
    int vowel = t->name[0] != '\0' && strchr("aeiou", t->name[0]) != NULL;
    snprintf(buf, size, "%s %s", vowel ? "an" : "a", t->name);
    return buf;
}

static int reserved(const cp__type *t, const char *key)
{
    return t->kind && (strcmp(key, "format") == 0 || strcmp(key, "version") == 0 ||
                       strcmp(key, "kind") == 0);
}

/* Room for the hint ": did you mean \"NAME\"?" with a member name. */
#define CP__HINT_SIZE 96

/* ": did you mean \"measure\"?" for a key near a member of t, else "". */
static const char *hint(const cp__type *t, const char *key, char *buf, size_t size)
{
    const char *names[64];
    size_t n = t->nfields < 64 ? t->nfields : 64;
    for (size_t i = 0; i < n; i++)
        names[i] = t->fields[i].name;
    const char *near = cp__nearest(key, names, n);
    if (!near)
        return "";
    snprintf(buf, size, ": did you mean \"%.60s\"?", near);
    return buf;
}

static int skipped(const char *const *skip, const char *key)
{
    for (; skip && *skip; skip++)
        if (strcmp(*skip, key) == 0)
            return 1;
    return 0;
}

cp_status cp__json_read_node(cp__rctx *c, json_t *obj, cp__node *node, const char *const *skip)
{
    const cp__type *t = node->type;
    unsigned long long seen = 0; /* types have fewer than 64 fields */
    const char *key;
    json_t *v;
    cp_status st;
    char hint_buf[CP__HINT_SIZE];
    char what[96];
    json_object_foreach(obj, key, v) {
        if (skipped(skip, key))
            continue;
        size_t m = cp__path_push(&c->path, key);
        const cp__field *f = cp__type_field(t, key);
        if (!f && (reserved(t, key) || (c->opts->flags & CP_LOAD_STRICT))) {
            st = reserved(t, key)
                     ? fail(c, CP_EVALUE, "member \"%s\" of %s is reserved for the document envelope",
                            key, a_type(t, what, sizeof what))
                     : cp__fail(c->err, CP_EUNKNOWN, cp__path_str(&c->path), "unknown member \"%.100s\" in %s%s",
                                key, a_type(t, what, sizeof what),
                                hint(t, key, hint_buf, sizeof hint_buf));
            if (go_on(c, st) != CP_OK)
                return st;
        } else if (!f) {
            if (!node->unknown && !(node->unknown = json_object()))
                return fail(c, CP_ENOMEM, "out of memory", NULL, NULL);
            if (json_object_set((json_t *)node->unknown, key, v) != 0)
                return fail(c, CP_ENOMEM, "out of memory", NULL, NULL);
            if (c->opts->warnings) {
                char msg[300];
                snprintf(msg, sizeof msg, "unknown member \"%.100s\" in %.60s kept as it is%s", key,
                         a_type(t, what, sizeof what), hint(t, key, hint_buf, sizeof hint_buf));
                if (cp_diagnostics_add(c->opts->warnings, CP_SEVERITY_WARNING, "unknown-member",
                                       cp__path_str(&c->path), msg) != CP_OK)
                    return fail(c, CP_ENOMEM, "out of memory", NULL, NULL);
            }
        } else {
            /* A member that fails is still seen: not reported missing too. */
            seen |= 1ull << (size_t)(f - t->fields);
            if ((st = read_field(c, v, node, f)) != CP_OK && go_on(c, st) != CP_OK)
                return st;
        }
        cp__path_pop(&c->path, m);
    }
    for (size_t i = 0; i < t->nfields; i++) {
        const cp__field *f = &t->fields[i];
        if ((f->flags & CP__F_REQUIRED) && !(seen & (1ull << i))) {
            size_t m = cp__path_push(&c->path, f->name);
            st = fail(c, CP_ETYPE, "%s needs member \"%s\"", a_type(t, what, sizeof what), f->name);
            cp__path_pop(&c->path, m);
            if (go_on(c, st) != CP_OK)
                return st;
        }
    }
    return CP_OK;
}
