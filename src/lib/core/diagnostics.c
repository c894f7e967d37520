/* Diagnostics lists. */
#include "diagnostics.h"

#include "alloc.h"
#include "diagnostic_place.h"
#include "error.h"

struct cp_diagnostic {
    cp_severity severity;
    char *code;
    char *path;
    char *message;
    int line;   /* 0: not placed (cp_diagnostics_locate) */
    int column;
};

struct cp_diagnostics {
    cp_diagnostic *items;
    size_t count;
    size_t cap;
};

const char *cp_severity_to_string(cp_severity severity)
{
    switch (severity) {
    case CP_SEVERITY_INFO:
        return "info";
    case CP_SEVERITY_WARNING:
        return "warning";
    case CP_SEVERITY_ERROR:
        return "error";
    }
    return NULL;
}

cp_diagnostics *cp_diagnostics_new(void)
{
    return cp__calloc(1, sizeof(cp_diagnostics));
}

void cp__diagnostics_truncate(cp_diagnostics *list, size_t count)
{
    if (!list)
        return;
    for (size_t i = count; i < list->count; i++) {
        cp__free(list->items[i].code);
        cp__free(list->items[i].path);
        cp__free(list->items[i].message);
    }
    if (count < list->count)
        list->count = count;
}

cp_status cp__diagnostics_oom(cp_diagnostics *list, size_t count, cp_error *err)
{
    cp__diagnostics_truncate(list, count);
    return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
}

void cp_diagnostics_clear(cp_diagnostics *list)
{
    cp__diagnostics_truncate(list, 0);
}

void cp_diagnostics_free(cp_diagnostics *list)
{
    if (!list)
        return;
    cp_diagnostics_clear(list);
    cp__free(list->items);
    cp__free(list);
}

cp_status cp_diagnostics_add(cp_diagnostics *list, cp_severity severity, const char *code,
                             const char *path, const char *message)
{
    if (!list || !code || !*code || !message || !cp_severity_to_string(severity))
        return CP_EINVAL;
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 8;
        cp_diagnostic *items = cp__realloc(list->items, cap * sizeof *items);
        if (!items)
            return CP_ENOMEM;
        list->items = items;
        list->cap = cap;
    }
    cp_diagnostic d = {severity, cp__strdup(code), cp__strdup(path ? path : ""),
                       cp__strdup(message), 0, 0};
    if (!d.code || !d.path || !d.message) {
        cp__free(d.code);
        cp__free(d.path);
        cp__free(d.message);
        return CP_ENOMEM;
    }
    list->items[list->count++] = d;
    return CP_OK;
}

size_t cp_diagnostics_count(const cp_diagnostics *list)
{
    return list ? list->count : 0;
}

size_t cp_diagnostics_count_at_least(const cp_diagnostics *list, cp_severity min_severity)
{
    size_t n = 0;
    for (size_t i = 0; list && i < list->count; i++)
        n += list->items[i].severity >= min_severity;
    return n;
}

const cp_diagnostic *cp_diagnostics_at(const cp_diagnostics *list, size_t index)
{
    if (!list || index >= list->count)
        return NULL;
    return &list->items[index];
}

cp_severity cp_diagnostic_severity(const cp_diagnostic *d)
{
    return d->severity;
}

const char *cp_diagnostic_code(const cp_diagnostic *d)
{
    return d->code;
}

const char *cp_diagnostic_path(const cp_diagnostic *d)
{
    return d->path;
}

const char *cp_diagnostic_message(const cp_diagnostic *d)
{
    return d->message;
}

int cp_diagnostic_line(const cp_diagnostic *d)
{
    return d->line;
}

int cp_diagnostic_column(const cp_diagnostic *d)
{
    return d->column;
}

void cp__diagnostic_place(cp_diagnostics *list, size_t index, int line, int column)
{
    list->items[index].line = line;
    list->items[index].column = column;
}
