/*
 * Internal: the generic object model.
 *
 * Every model object starts with a cp__node header and is described by a
 * cp__type: a table of its fields (name, kind, offset, rules). The tables are
 * the single source of truth for three things that must never disagree:
 * validation (setters and the loader call the same checks), the canonical
 * member order of the JSON output, and deep copy / free. This is why the
 * JSON layer is one generic reader and one generic writer instead of a
 * reader and writer per type: a field added to a table is loaded, saved,
 * validated, copied and freed without further code.
 */
#ifndef CP_MODEL_NODE_H
#define CP_MODEL_NODE_H

#include <careerplan/common.h>
#include <careerplan/date.h>

#include "../core/arena.h"
#include "../core/path.h"

#include <stddef.h>

typedef enum cp__kind {
    CP__K_STRING,  /* char *, NULL when absent */
    CP__K_DATE,    /* cp_date, {0,0,0} when absent */
    CP__K_BOOL,    /* int 0/1, written only when 1 */
    CP__K_INT,     /* int in [min, max] with min >= 1; 0 when absent */
    CP__K_ENUM,    /* int index into enums->names; 0 when absent */
    CP__K_FLAGS,   /* unsigned bit set; JSON array of names; bit i = enums->names[i + 1] */
    CP__K_INTSET,  /* unsigned bit set of small numbers in [min, max] (max <= 31): bit n is
                    * the number n; JSON array of distinct integers, written ascending */
    CP__K_STRLIST, /* cp__strlist; JSON array of strings */
    CP__K_LIST,    /* cp__list of child nodes of `type`; JSON array of objects */
    CP__K_OBJECT   /* cp__node * child of `type`, NULL when absent; JSON object */
} cp__kind;

/* Field flags. */
#define CP__F_REQUIRED 0x01u  /* must be present when loading */
#define CP__F_ID 0x02u        /* string id, unique within the enclosing client (or caseload) */
#define CP__F_REF 0x04u       /* string / strlist of ids of node type `ref` */
#define CP__F_SPECIAL 0x08u   /* special-category personal data (removed from non-sensitive exports) */
#define CP__F_SENSITIVE 0x10u /* sensitive by nature (removed from non-sensitive exports) */
#define CP__F_MARKER 0x20u    /* a K_BOOL that, when set, makes its whole item sensitive */
#define CP__F_GUARDED 0x40u   /* removed from non-sensitive exports when the K_BOOL member
                               * fields[guard] of the same node is set */
#define CP__F_RECIPIENT 0x80u /* removed from non-sensitive exports unless the node's id is
                               * the recipient's (a supporter's own name and contact) */

/* Enumeration tables: names[0] is NULL (the "absent" value 0). */
typedef struct cp__enum {
    const char *name;          /* for messages, e.g. "setting" */
    const char *const *names;  /* names[1..count-1] are the JSON strings */
    int count;
} cp__enum;

struct cp__type;

/* A textual form a K_STRING member must have (model key `format`): checked
 * by the loader and the setters alike. src/lib/model/format.c. */
typedef struct cp__format {
    const char *message; /* printf format taking the value, e.g. "\"%.40s\" is not ..." */
    int (*valid)(const char *s);
} cp__format;
extern const cp__format cp__format_decimal;       /* "-12.5" */
extern const cp__format cp__format_academic_year; /* "2025-26" */
/* The first calendar year of a valid academic year ("2025-26" -> 2025). */
int cp__academic_year_first(const char *s);

typedef struct cp__field {
    const char *name;
    cp__kind kind;
    unsigned flags;
    size_t offset;
    int min, max;                 /* K_INT, K_INTSET range; K_ENUM default value in `min` */
    const cp__enum *enums;        /* K_ENUM, K_FLAGS */
    const struct cp__type *type;  /* K_LIST, K_OBJECT: child type; F_REF: referenced type */
    int guard;                    /* F_GUARDED: index of the guarding member */
    const cp__format *format;     /* K_STRING: the form of the value, or NULL */
} cp__field;

typedef struct cp__node cp__node;

/* Type flags. */
#define CP__T_ID_SCOPE 0x01u /* ids below a node of this type are unique within it (a client) */

typedef struct cp__type {
    const char *name; /* "goal", for messages */
    size_t size;
    const cp__field *fields;
    size_t nfields;
    /* The JSON "kind" of a document of this type ("client", "caseload"), or
     * NULL when the type is never a document root. */
    const char *kind;
    unsigned flags; /* CP__T_* */
    /* Optional cross-field rule run after loading and by cp__node_check;
     * `path` points at the node. */
    cp_status (*check)(const cp__node *node, cp__path *path, cp_error *err);
    /* Optional hooks of a container with an index over its children (a
     * caseload over its clients' ids): */
    void (*fini)(cp__node *node);                        /* before the node's fields are freed */
    cp_status (*reindex)(cp__node *node, cp_error *err); /* after loading or copying */
    /* the child with that id in O(1); makes the child's id unique in the container */
    cp__node *(*find)(const cp__node *container, const char *id);
    /* a child's id changes from old_id to new_id (either may be NULL) */
    cp_status (*rename)(cp__node *container, cp__node *child, const char *old_id,
                        const char *new_id);
} cp__type;

/* Unknown JSON members of a node are the io layer's representation (a json_t
 * object); the model only frees and copies them, through these hooks, which
 * io/unknown.c defines. */
typedef struct cp__unknown_hooks {
    void (*free)(void *unknown);
    void *(*clone)(const void *unknown); /* NULL when out of memory */
} cp__unknown_hooks;
extern const cp__unknown_hooks cp__unknown;

struct cp__node {
    const cp__type *type;
    cp__node *parent;
    void *unknown; /* unknown JSON members, owned by the io layer (a json_t object) */
};

typedef struct cp__list {
    cp__node **items;
    size_t count, cap;
} cp__list;

typedef struct cp__strlist {
    char **items;
    size_t count, cap;
} cp__strlist;

/* Field access. */
#define CP__AT(node, field, T) ((T *)(void *)((char *)(node) + (field)->offset))
#define CP__CAT(node, field, T) ((const T *)(const void *)((const char *)(node) + (field)->offset))

/* Creates a zeroed node with enum defaults applied; NULL when out of memory. */
cp__node *cp__node_new(const cp__type *type, cp__node *parent);
/* The same in arena (core/arena.h) when it is not NULL: the loader's, for
 * the nodes under a client it builds in the client's arena. */
cp__node *cp__node_new_in(cp__arena *arena, const cp__type *type, cp__node *parent);
/* Frees p, memory owner holds (a string, a node), unless it lies in the
 * arena of owner's client; NULL is a no-op. Every replacement or removal of
 * a model string or node goes through here or cp__node_free(). */
void cp__node_release(const cp__node *owner, void *p);
/* Frees a node, its fields and children; NULL is a no-op. */
void cp__node_free(cp__node *node);
/* Deep copy, unknown members included; NULL when out of memory. */
cp__node *cp__node_clone(const cp__node *node, cp__node *parent);
/* Empties one member: frees what it holds and leaves it absent. */
void cp__field_reset(cp__node *node, const cp__field *f);
/* Whether a node is marked sensitive (one of its CP__F_MARKER members is set). */
int cp__node_is_marked(const cp__node *node);
/* Finds a field by JSON name; NULL if unknown. */
const cp__field *cp__type_field(const cp__type *type, const char *name);

/* The id scope (a CP__T_ID_SCOPE node: the client) that holds a node, or
 * NULL; the node itself if it is one. */
cp__node *cp__node_client(const cp__node *node);

/* Lists. */
cp_status cp__list_push(cp__list *list, cp__node *node);
/* Makes room for `extra` more items so that as many pushes cannot fail. */
cp_status cp__list_reserve(cp__list *list, size_t extra);
/* Frees the last item: undoes the append of a child whose fields could not be set. */
void cp__list_drop_last(cp__list *list);
/* Detaches and returns the item at index (caller frees). */
cp__node *cp__list_take(cp__list *list, size_t index);
cp__node *cp__list_at(const cp__list *list, size_t index);
cp_status cp__strlist_push(cp__strlist *list, const char *s);
/* Appends s itself (no copy); on CP_ENOMEM the caller still owns it. */
cp_status cp__strlist_push_owned(cp__strlist *list, char *s);
/* Removes item index of list, a member of owner (cp__node_release()). */
void cp__strlist_remove(const cp__node *owner, cp__strlist *list, size_t index);
const char *cp__strlist_at(const cp__strlist *list, size_t index);
/* Index of s in list or (size_t)-1. */
size_t cp__strlist_find(const cp__strlist *list, const char *s);

/* Validating setters shared by the public API and the loader. `path` (may be
 * NULL) names the value in messages; the field name is used otherwise. */
cp_status cp__check_string(const cp__field *f, const char *value, const char *path, cp_error *err);
cp_status cp__set_string(cp__node *node, const cp__field *f, const char *value, cp_error *err);
/* Check a value against a field's rules without storing it. */
cp_status cp__check_date(const cp__field *f, cp_date value, cp_error *err);
cp_status cp__check_int(const cp__field *f, int value, cp_error *err);
cp_status cp__set_date(cp__node *node, const cp__field *f, cp_date value, cp_error *err);
cp_status cp__set_int(cp__node *node, const cp__field *f, int value, cp_error *err);
cp_status cp__set_enum(cp__node *node, const cp__field *f, int value, cp_error *err);
cp_status cp__set_bool(cp__node *node, const cp__field *f, int value, cp_error *err);
/* A K_FLAGS field: refuses bits that have no name in the field's table. */
cp_status cp__set_flags(cp__node *node, const cp__field *f, unsigned value, cp_error *err);
/* A K_INTSET field: refuses bits for numbers outside [min, max] (CP_ERANGE). */
cp_status cp__set_intset(cp__node *node, const cp__field *f, unsigned value, cp_error *err);
/* Appends to a K_STRLIST field: not empty, UTF-8; for a reference list the id
 * must resolve in the client and not be listed already. */
cp_status cp__strlist_add(cp__node *node, const cp__field *f, const char *value, cp_error *err);
/* Removes item `index` of a K_STRLIST field. */
cp_status cp__strlist_remove_at(cp__node *node, const cp__field *f, size_t index, cp_error *err);

/* The zero date: "absent". */
#define cp__no_date ((cp_date){0, 0, 0})

/* Enumerations. */
const char *cp__enum_name(const cp__enum *e, int value);
/* Returns the value (>= 1) or 0 when unknown. */
int cp__enum_value(const cp__enum *e, const char *name);
/* The public from_string functions: CP_EINVAL for NULL, CP_EVALUE for an unknown name. */
cp_status cp__enum_parse(const cp__enum *e, const char *text, int *out);
/* Bit-set enumerations: bit (1 << (i - 1)) is names[i]. The name of a single
 * bit (NULL for 0 or several bits), and the bit of a name. */
const char *cp__flag_name(const cp__enum *e, unsigned bit);
cp_status cp__flag_parse(const cp__enum *e, const char *text, unsigned *out);

/* UTF-8 validation: 1 if s[0..len) is well-formed UTF-8 without NUL. */
int cp__utf8_valid(const char *s, size_t len);


/* ---- helpers for the public accessors ---- */

/* Creates a child of list field `f` of `parent`, gives it `id` (checked for
 * uniqueness in the client) when its type has an id, appends it. *out is
 * borrowed. */
cp_status cp__child_add(cp__node *parent, const cp__field *f, const char *id, cp__node **out,
                        cp_error *err);
/* Removes and frees item `index` of list field `f`. Refused with CP_ESTATE
 * when an id inside the item is referenced from outside it. */
cp_status cp__child_remove(cp__node *parent, const cp__field *f, size_t index, cp_error *err);
/* A new document root of `type` (with `id` when its first member is an id);
 * CP_EINVAL when the caller gave no output (have_out 0). */
cp_status cp__root_new(const cp__type *type, const char *id, int have_out, cp__node **out,
                       cp_error *err);
/* Returns the K_OBJECT child of field f, creating it if absent (NULL when out of memory). */
cp__node *cp__object_get(cp__node *parent, const cp__field *f);

/* The string lists of a K_OBJECT member whose members are all K_STRLIST (a
 * SWOT analysis), addressed by their index in the object's table: list
 * `index` of member f of node, created with the object when `create`; NULL
 * for an unknown index or (when not creating) an absent object. */
cp__strlist *cp__object_strlist(const cp__node *node, const cp__field *f, int index, int create);
size_t cp__object_strlist_count(const cp__node *node, const cp__field *f, int index);
const char *cp__object_strlist_at(const cp__node *node, const cp__field *f, int index,
                                  size_t item);
cp_status cp__object_strlist_add(cp__node *node, const cp__field *f, int index, const char *text,
                                 cp_error *err);
cp_status cp__object_strlist_remove(cp__node *node, const cp__field *f, int index, size_t item,
                                    cp_error *err);

#define CP__CHECK_OBJ(obj, err)                                                                    \
    do {                                                                                           \
        if (!(obj))                                                                                \
            return cp__fail((err), CP_EINVAL, NULL, "object is NULL");                             \
    } while (0)

#endif
