/* The generic object model: creation, free, copy, lists and validating setters. */
#include "node.h"

#include "../core/alloc.h"
#include "../core/arena.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

cp__node *cp__node_new_in(cp__arena *arena, const cp__type *type, cp__node *parent)
{
    cp__node *n = arena ? cp__arena_calloc(arena, type->size) : cp__calloc(1, type->size);
    if (!n)
        return NULL;
    n->type = type;
    n->parent = parent;
    for (size_t i = 0; i < type->nfields; i++) {
        const cp__field *f = &type->fields[i];
        if (f->kind == CP__K_ENUM)
            *CP__AT(n, f, int) = f->min;
    }
    return n;
}

cp__node *cp__node_new(const cp__type *type, cp__node *parent)
{
    return cp__node_new_in(NULL, type, parent);
}

/* The arena the node's client was built in (core/arena.h), or NULL: a
 * client's own, or its nearest ancestor client's. */
static const cp__arena *arena_of(const cp__node *node)
{
    while (node && node->type != &cp__client_type)
        node = node->parent;
    return node ? ((const struct cp_client *)node)->arena : NULL;
}

/* Frees memory of a node of arena a's client unless a holds it. */
static void release_in(const cp__arena *a, void *p)
{
    if (p && !cp__arena_owns(a, p))
        cp__free(p);
}

void cp__node_release(const cp__node *owner, void *p)
{
    if (p)
        release_in(arena_of(owner), p);
}

static void free_in(cp__node *node, const cp__arena *a);

static void free_list(cp__list *l, const cp__arena *a)
{
    for (size_t i = 0; i < l->count; i++)
        free_in(l->items[i], a);
    cp__free(l->items);
    memset(l, 0, sizeof *l);
}

static void free_strlist(cp__strlist *l, const cp__arena *a)
{
    for (size_t i = 0; i < l->count; i++)
        release_in(a, l->items[i]);
    cp__free(l->items);
    memset(l, 0, sizeof *l);
}

/* Bytes of a member held by value, absent when all zero (a date, a number,
 * an enumeration, a bit set); 0 for the kinds that own memory. */
static size_t value_size(cp__kind kind)
{
    switch (kind) {
    case CP__K_DATE:
        return sizeof(cp_date);
    case CP__K_BOOL:
    case CP__K_INT:
    case CP__K_ENUM:
        return sizeof(int);
    case CP__K_FLAGS:
    case CP__K_INTSET:
        return sizeof(unsigned);
    default:
        return 0;
    }
}

static void reset_in(cp__node *node, const cp__field *f, const cp__arena *a)
{
    size_t n = value_size(f->kind);
    if (n) {
        memset(CP__AT(node, f, char), 0, n);
        return;
    }
    switch (f->kind) {
    case CP__K_STRING:
        release_in(a, *CP__AT(node, f, char *));
        *CP__AT(node, f, char *) = NULL;
        break;
    case CP__K_STRLIST:
        free_strlist(CP__AT(node, f, cp__strlist), a);
        break;
    case CP__K_LIST:
        free_list(CP__AT(node, f, cp__list), a);
        break;
    case CP__K_OBJECT:
        if (*CP__AT(node, f, cp__node *))
            free_in(*CP__AT(node, f, cp__node *), a);
        *CP__AT(node, f, cp__node *) = NULL;
        break;
    default: /* held by value: done above */
        break;
    }
}

void cp__field_reset(cp__node *node, const cp__field *f)
{
    reset_in(node, f, arena_of(node));
}

int cp__node_is_marked(const cp__node *node)
{
    for (size_t i = 0; i < node->type->nfields; i++) {
        const cp__field *f = &node->type->fields[i];
        if ((f->flags & CP__F_MARKER) && *CP__CAT(node, f, int))
            return 1;
    }
    return 0;
}

/* Frees node and what it holds; a is the arena of its client (or NULL). A
 * client frees with its own arena, which goes after everything it holds (a
 * client itself is never in its arena: cp__node_new() made it). */
static void free_in(cp__node *node, const cp__arena *a)
{
    cp__arena *own = NULL;
    if (node->type == &cp__client_type)
        a = own = ((struct cp_client *)node)->arena;
    if (node->type->fini)
        node->type->fini(node);
    for (size_t i = 0; i < node->type->nfields; i++)
        reset_in(node, &node->type->fields[i], a);
    cp__unknown.free(node->unknown);
    release_in(a, node);
    cp__arena_free(own);
}

void cp__node_free(cp__node *node)
{
    if (node)
        free_in(node, arena_of(node));
}

cp__node *cp__node_clone(const cp__node *src, cp__node *parent)
{
    const cp__type *t = src->type;
    cp__node *n = cp__node_new(t, parent);
    if (!n)
        return NULL;
    for (size_t i = 0; i < t->nfields; i++) {
        const cp__field *f = &t->fields[i];
        size_t size = value_size(f->kind);
        if (size) {
            memcpy(CP__AT(n, f, char), CP__CAT(src, f, char), size);
            continue;
        }
        switch (f->kind) {
        case CP__K_STRING: {
            const char *s = *CP__CAT(src, f, char *);
            if (s && !(*CP__AT(n, f, char *) = cp__strdup(s)))
                goto oom;
            break;
        }
        case CP__K_STRLIST: {
            const cp__strlist *l = CP__CAT(src, f, cp__strlist);
            for (size_t j = 0; j < l->count; j++)
                if (cp__strlist_push(CP__AT(n, f, cp__strlist), l->items[j]) != CP_OK)
                    goto oom;
            break;
        }
        case CP__K_LIST: {
            const cp__list *l = CP__CAT(src, f, cp__list);
            for (size_t j = 0; j < l->count; j++) {
                cp__node *c = cp__node_clone(l->items[j], n);
                if (!c || cp__list_push(CP__AT(n, f, cp__list), c) != CP_OK) {
                    cp__node_free(c);
                    goto oom;
                }
            }
            break;
        }
        case CP__K_OBJECT: {
            const cp__node *c = *CP__CAT(src, f, cp__node *);
            if (c && !(*CP__AT(n, f, cp__node *) = cp__node_clone(c, n)))
                goto oom;
            break;
        }
        default: /* held by value: copied above */
            break;
        }
    }
    if (src->unknown && !(n->unknown = cp__unknown.clone(src->unknown)))
        goto oom;
    if (t->reindex && t->reindex(n, NULL) != CP_OK)
        goto oom;
    return n;
oom:
    cp__node_free(n);
    return NULL;
}

const cp__field *cp__type_field(const cp__type *type, const char *name)
{
    for (size_t i = 0; i < type->nfields; i++)
        if (strcmp(type->fields[i].name, name) == 0)
            return &type->fields[i];
    return NULL;
}

cp__node *cp__node_client(const cp__node *node)
{
    while (node && !(node->type->flags & CP__T_ID_SCOPE))
        node = node->parent;
    return (cp__node *)node;
}

cp_status cp__list_push(cp__list *l, cp__node *node)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4;
        cp__node **items = cp__realloc(l->items, cap * sizeof *items);
        if (!items)
            return CP_ENOMEM;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = node;
    return CP_OK;
}

cp_status cp__list_reserve(cp__list *l, size_t extra)
{
    if (l->count + extra <= l->cap)
        return CP_OK;
    size_t cap = l->cap ? l->cap : 4;
    while (cap < l->count + extra)
        cap *= 2;
    cp__node **items = cp__realloc(l->items, cap * sizeof *items);
    if (!items)
        return CP_ENOMEM;
    l->items = items;
    l->cap = cap;
    return CP_OK;
}

cp__node *cp__list_take(cp__list *l, size_t index)
{
    if (index >= l->count)
        return NULL;
    cp__node *n = l->items[index];
    memmove(&l->items[index], &l->items[index + 1], (l->count - index - 1) * sizeof *l->items);
    l->count--;
    return n;
}

void cp__list_drop_last(cp__list *l)
{
    if (l->count)
        cp__node_free(cp__list_take(l, l->count - 1));
}

cp__node *cp__list_at(const cp__list *l, size_t index)
{
    return index < l->count ? l->items[index] : NULL;
}

cp_status cp__strlist_push_owned(cp__strlist *l, char *s)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4;
        char **items = cp__realloc(l->items, cap * sizeof *items);
        if (!items)
            return CP_ENOMEM;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = s;
    return CP_OK;
}

cp_status cp__strlist_push(cp__strlist *l, const char *s)
{
    char *copy = cp__strdup(s);
    if (!copy)
        return CP_ENOMEM;
    cp_status st = cp__strlist_push_owned(l, copy);
    if (st != CP_OK)
        cp__free(copy);
    return st;
}

void cp__strlist_remove(const cp__node *owner, cp__strlist *l, size_t index)
{
    if (index >= l->count)
        return;
    cp__node_release(owner, l->items[index]);
    memmove(&l->items[index], &l->items[index + 1], (l->count - index - 1) * sizeof *l->items);
    l->count--;
}

const char *cp__strlist_at(const cp__strlist *l, size_t index)
{
    return index < l->count ? l->items[index] : NULL;
}

size_t cp__strlist_find(const cp__strlist *l, const char *s)
{
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i], s) == 0)
            return i;
    return (size_t)-1;
}

int cp__utf8_valid(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        size_t n;
        unsigned cp;
        if (c == 0)
            return 0;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + n >= len)
            return 0;
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n + 1;
    }
    return 1;
}

const char *cp__enum_name(const cp__enum *e, int value)
{
    return value > 0 && value < e->count ? e->names[value] : NULL;
}

int cp__enum_value(const cp__enum *e, const char *name)
{
    if (!name)
        return 0;
    for (int i = 1; i < e->count; i++)
        if (strcmp(e->names[i], name) == 0)
            return i;
    return 0;
}

cp_status cp__enum_parse(const cp__enum *e, const char *text, int *out)
{
    if (!text || !out)
        return CP_EINVAL;
    int v = cp__enum_value(e, text);
    if (!v)
        return CP_EVALUE;
    *out = v;
    return CP_OK;
}

const char *cp__flag_name(const cp__enum *e, unsigned bit)
{
    if (!bit || (bit & (bit - 1)))
        return NULL;
    int i = 1;
    while (!(bit & 1u)) {
        bit >>= 1;
        i++;
    }
    return cp__enum_name(e, i);
}

cp_status cp__flag_parse(const cp__enum *e, const char *text, unsigned *out)
{
    int v = 0;
    cp_status st = cp__enum_parse(e, text, &v);
    if (st == CP_OK)
        *out = 1u << (v - 1);
    return st;
}

cp_status cp__check_string(const cp__field *f, const char *value, const char *path, cp_error *err)
{
    const char *where = path ? path : f->name;
    if (!value) {
        if (f->flags & (CP__F_REQUIRED | CP__F_ID))
            return cp__fail(err, CP_EINVAL, path, "%s is required", where);
        return CP_OK;
    }
    if (!*value && (f->flags & (CP__F_REQUIRED | CP__F_ID)))
        return cp__fail(err, CP_EINVAL, path, "%s must not be empty", where);
    if (!cp__utf8_valid(value, strlen(value)))
        return cp__fail(err, CP_EVALUE, path, "%s is not valid UTF-8", where);
    if (f->format && !f->format->valid(value))
        return cp__fail(err, CP_EVALUE, path, f->format->message, value);
    return CP_OK;
}

/* Is `id` already used in the scope that `node` belongs to (ignoring node)?
 * An id scope's own id is unique in its container (a client in a caseload),
 * which answers through its find hook. */
static int id_taken(const cp__node *node, const char *id)
{
    if (node->type->flags & CP__T_ID_SCOPE) {
        const cp__node *cl = node->parent;
        if (!cl || !cl->type->find)
            return 0;
        const cp__node *other = cl->type->find(cl, id);
        return other && other != node;
    }
    const cp__node *scope = cp__node_client(node);
    if (!scope) {
        scope = node;
        while (scope->parent)
            scope = scope->parent;
    }
    const cp__node *found = cp__node_find_id(scope, id);
    return found && found != node;
}

cp_status cp__set_string(cp__node *node, const cp__field *f, const char *value, cp_error *err)
{
    cp_status st = cp__check_string(f, value, NULL, err);
    if (st != CP_OK)
        return st;
    char **slot = CP__AT(node, f, char *);
    if ((f->flags & CP__F_ID) && *slot && strcmp(*slot, value) == 0)
        return CP_OK;
    if ((f->flags & CP__F_ID) && *slot && !(node->type->flags & CP__T_ID_SCOPE)) {
        /* Renaming would leave references to the old id dangling. */
        const cp__node *scope = cp__node_client(node);
        size_t refs = scope ? cp__node_count_refs(scope, *slot) : 0;
        if (refs)
            return cp__fail(err, CP_ESTATE, NULL,
                            "\"%.100s\" is referenced %zu time(s) and cannot be renamed", *slot,
                            refs);
    }
    if ((f->flags & CP__F_ID) && id_taken(node, value))
        return cp__fail(err, CP_EDUPLICATE, NULL, "id \"%.100s\" is already used", value);
    if ((f->flags & CP__F_REF) && value && f->type && !cp__node_resolve(node, value, f->type))
        return cp__fail(err, CP_ENOTFOUND, NULL, "%s \"%.100s\" does not exist", f->type->name,
                        value);
    char *copy = NULL;
    if (value && !(copy = cp__strdup(value)))
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if ((f->flags & CP__F_ID) && node->parent && node->parent->type->rename) {
        cp_status rs = node->parent->type->rename(node->parent, node, *slot, copy);
        if (rs != CP_OK) {
            cp__free(copy);
            return cp__fail(err, rs, NULL, "out of memory");
        }
    }
    cp__node_release(node, *slot);
    *slot = copy;
    return CP_OK;
}

cp_status cp__check_date(const cp__field *f, cp_date value, cp_error *err)
{
    if (!cp_date_is_none(value) && !cp_date_is_valid(value))
        return cp__fail(err, CP_ERANGE, NULL, "%s: %04d-%02d-%02d is not a calendar date", f->name,
                        value.year, value.month, value.day);
    if (cp_date_is_none(value) && (f->flags & CP__F_REQUIRED))
        return cp__fail(err, CP_EINVAL, NULL, "%s is required", f->name);
    return CP_OK;
}

cp_status cp__set_date(cp__node *node, const cp__field *f, cp_date value, cp_error *err)
{
    cp_status st = cp__check_date(f, value, err);
    if (st != CP_OK)
        return st;
    *CP__AT(node, f, cp_date) = value;
    return CP_OK;
}

cp_status cp__check_int(const cp__field *f, int value, cp_error *err)
{
    if (value != 0 && (value < f->min || value > f->max))
        return cp__fail(err, CP_ERANGE, NULL, "%s must be between %d and %d (0 clears it), not %d",
                        f->name, f->min, f->max, value);
    if (value == 0 && (f->flags & CP__F_REQUIRED))
        return cp__fail(err, CP_EINVAL, NULL, "%s is required", f->name);
    return CP_OK;
}

cp_status cp__set_int(cp__node *node, const cp__field *f, int value, cp_error *err)
{
    cp_status st = cp__check_int(f, value, err);
    if (st != CP_OK)
        return st;
    *CP__AT(node, f, int) = value;
    return CP_OK;
}

cp_status cp__set_enum(cp__node *node, const cp__field *f, int value, cp_error *err)
{
    if (value < 0 || value >= f->enums->count)
        return cp__fail(err, CP_ERANGE, NULL, "%d is not a %s", value, f->enums->name);
    if (value == 0 && (f->flags & CP__F_REQUIRED))
        return cp__fail(err, CP_EINVAL, NULL, "%s is required", f->name);
    *CP__AT(node, f, int) = value;
    return CP_OK;
}

cp_status cp__set_bool(cp__node *node, const cp__field *f, int value, cp_error *err)
{
    (void)err;
    *CP__AT(node, f, int) = value != 0;
    return CP_OK;
}

cp_status cp__set_flags(cp__node *node, const cp__field *f, unsigned value, cp_error *err)
{
    unsigned all = (1u << (f->enums->count - 1)) - 1u;
    if (value & ~all)
        return cp__fail(err, CP_EINVAL, NULL, "0x%x has bits that are not %s flags", value & ~all,
                        f->enums->name);
    *CP__AT(node, f, unsigned) = value;
    return CP_OK;
}

cp_status cp__set_intset(cp__node *node, const cp__field *f, unsigned value, cp_error *err)
{
    unsigned all = ((f->max >= 31 ? 0u : 1u << (f->max + 1)) - 1u) & ~((1u << f->min) - 1u);
    if (value & ~all)
        return cp__fail(err, CP_ERANGE, NULL, "%s must hold numbers between %d and %d (bits 0x%x)",
                        f->name, f->min, f->max, all);
    *CP__AT(node, f, unsigned) = value;
    return CP_OK;
}

cp_status cp__strlist_add(cp__node *node, const cp__field *f, const char *value, cp_error *err)
{
    const char *what = f->type ? f->type->name : f->name;
    if (!value || !*value)
        return cp__fail(err, CP_EINVAL, NULL, "%s item is NULL or empty", what);
    if (!cp__utf8_valid(value, strlen(value)))
        return cp__fail(err, CP_EVALUE, NULL, "%s item is not valid UTF-8", what);
    cp__strlist *l = CP__AT(node, f, cp__strlist);
    if (f->flags & CP__F_REF) {
        if (!cp__node_resolve(node, value, f->type))
            return cp__fail(err, CP_ENOTFOUND, NULL, "%s \"%.100s\" does not exist", what, value);
        if (cp__strlist_find(l, value) != (size_t)-1)
            return cp__fail(err, CP_EDUPLICATE, NULL, "%s \"%.100s\" is listed already", what,
                            value);
    }
    if (cp__strlist_push(l, value) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

cp_status cp__strlist_remove_at(cp__node *node, const cp__field *f, size_t index, cp_error *err)
{
    cp__strlist *l = CP__AT(node, f, cp__strlist);
    if (index >= l->count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range (%zu %s)", index,
                        l->count, f->name);
    cp__strlist_remove(node, l, index);
    return CP_OK;
}

cp_status cp__child_add(cp__node *parent, const cp__field *f, const char *id, cp__node **out,
                        cp_error *err)
{
    cp__node *n = cp__node_new(f->type, parent);
    if (!n)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    const cp__field *idf = &f->type->fields[0];
    cp_status st = CP_OK;
    if (f->type->nfields && (idf->flags & CP__F_ID))
        st = cp__set_string(n, idf, id, err);
    if (st == CP_OK && cp__list_push(CP__AT(parent, f, cp__list), n) != CP_OK)
        st = cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (st != CP_OK) {
        cp__node_free(n);
        return st;
    }
    if (out)
        *out = n;
    return CP_OK;
}

/* First id inside `n` (searched from `sub`, the subtree being removed) that is
 * referenced from outside `sub` within `scope`; NULL if none. */
static const char *referenced_from_outside(const cp__node *n, const cp__node *sub,
                                           const cp__node *scope, size_t *count)
{
    const cp__field *idf = n->type->nfields ? &n->type->fields[0] : NULL;
    const char *id = idf && (idf->flags & CP__F_ID) ? *CP__CAT(n, idf, char *) : NULL;
    if (id) {
        *count = cp__node_count_refs(scope, id) - cp__node_count_refs(sub, id);
        if (*count)
            return id;
    }
    for (size_t i = 0; i < n->type->nfields; i++) {
        const cp__field *f = &n->type->fields[i];
        if (f->kind != CP__K_LIST)
            continue;
        const cp__list *l = CP__CAT(n, f, cp__list);
        for (size_t j = 0; j < l->count; j++) {
            const char *r = referenced_from_outside(l->items[j], sub, scope, count);
            if (r)
                return r;
        }
    }
    return NULL;
}

cp_status cp__child_remove(cp__node *parent, const cp__field *f, size_t index, cp_error *err)
{
    cp__list *l = CP__AT(parent, f, cp__list);
    if (index >= l->count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range (%zu %s items)", index,
                        l->count, f->name);
    cp__node *n = l->items[index];
    const cp__node *scope = cp__node_client(parent);
    if (scope && !(n->type->flags & CP__T_ID_SCOPE)) {
        size_t outside = 0;
        const char *id = referenced_from_outside(n, n, scope, &outside);
        if (id)
            return cp__fail(err, CP_ESTATE, NULL,
                            "\"%.100s\" is still referenced %zu time(s); remove the references first",
                            id, outside);
    }
    cp__node_free(cp__list_take(l, index));
    return CP_OK;
}

cp__node *cp__object_get(cp__node *parent, const cp__field *f)
{
    cp__node **slot = CP__AT(parent, f, cp__node *);
    if (!*slot)
        *slot = cp__node_new(f->type, parent);
    return *slot;
}

cp__strlist *cp__object_strlist(const cp__node *node, const cp__field *f, int index, int create)
{
    const cp__type *t = f->type;
    if (index < 0 || (size_t)index >= t->nfields)
        return NULL;
    cp__node *obj = create ? cp__object_get((cp__node *)node, f)
                           : (cp__node *)*CP__CAT(node, f, cp__node *);
    return obj ? CP__AT(obj, &t->fields[index], cp__strlist) : NULL;
}

size_t cp__object_strlist_count(const cp__node *node, const cp__field *f, int index)
{
    const cp__strlist *l = node ? cp__object_strlist(node, f, index, 0) : NULL;
    return l ? l->count : 0;
}

const char *cp__object_strlist_at(const cp__node *node, const cp__field *f, int index,
                                  size_t item)
{
    const cp__strlist *l = node ? cp__object_strlist(node, f, index, 0) : NULL;
    return l ? cp__strlist_at(l, item) : NULL;
}

/* CP_EINVAL unless `index` names one of the string lists of member f. */
static cp_status known_list(const cp__field *f, int index, cp_error *err)
{
    if (index < 0 || (size_t)index >= f->type->nfields)
        return cp__fail(err, CP_EINVAL, NULL, "unknown %s list %d", f->type->name, index);
    return CP_OK;
}

cp_status cp__object_strlist_add(cp__node *node, const cp__field *f, int index, const char *text,
                                 cp_error *err)
{
    if (known_list(f, index, err) != CP_OK)
        return CP_EINVAL;
    if (!text || !*text)
        return cp__fail(err, CP_EINVAL, NULL, "text is NULL or empty");
    if (!cp__utf8_valid(text, strlen(text)))
        return cp__fail(err, CP_EVALUE, NULL, "text is not valid UTF-8");
    cp__node **slot = CP__AT(node, f, cp__node *);
    int created = *slot == NULL;
    cp__strlist *l = cp__object_strlist(node, f, index, 1);
    if (l && cp__strlist_push(l, text) == CP_OK)
        return CP_OK;
    if (created) { /* out of memory leaves no empty object behind */
        cp__node_free(*slot);
        *slot = NULL;
    }
    return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
}

cp_status cp__object_strlist_remove(cp__node *node, const cp__field *f, int index, size_t item,
                                    cp_error *err)
{
    if (known_list(f, index, err) != CP_OK)
        return CP_EINVAL;
    cp__strlist *l = cp__object_strlist(node, f, index, 0);
    if (!l || item >= l->count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range", item);
    cp__strlist_remove(node, l, item);
    return CP_OK;
}

cp_status cp__root_new(const cp__type *type, const char *id, int have_out, cp__node **out,
                       cp_error *err)
{
    if (!have_out)
        return cp__fail(err, CP_EINVAL, NULL, "output is NULL");
    cp__node *n = cp__node_new(type, NULL);
    if (!n)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (type->nfields && (type->fields[0].flags & CP__F_ID)) {
        cp_status st = cp__set_string(n, &type->fields[0], id, err);
        if (st != CP_OK) {
            cp__node_free(n);
            return st;
        }
    }
    *out = n;
    return CP_OK;
}
