/* The layout and helpers of the library's JSON reports (json_report.h). */
#include "json_report.h"

#include "../core/alloc.h"
#include "../core/error.h"

#include <string.h>

void cp__report_set(json_t *obj, const char *key, json_t *value, int *oom)
{
    /* json_object_set_new() releases the value even when it fails. */
    if (!value || json_object_set_new(obj, key, value) != 0)
        *oom = 1;
}

void cp__report_append(json_t *array, json_t *value, int *oom)
{
    if (!value || json_array_append_new(array, value) != 0)
        *oom = 1;
}

json_t *cp__report_append_object(json_t *array, int *oom)
{
    json_t *item = json_object();
    int failed = 0;
    cp__report_append(array, item, &failed);
    if (failed) {
        *oom = 1;
        return NULL;
    }
    return item;
}

json_t *cp__report_date(cp_date date)
{
    char buf[CP_DATE_BUFSIZE];
    if (cp_date_format(date, buf, sizeof buf) != CP_OK)
        return json_null();
    return json_string(buf);
}

json_t *cp__report_size(size_t n)
{
    return json_integer((json_int_t)n);
}

cp_status cp__report_take_text(json_t *root, int oom, char **out, cp_error *err)
{
    /* 15 significant digits: a mean such as 1/3 prints as 0.333333333333333,
     * not with the noise of the 17th digit. */
    char *text = root && !oom ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                                     JSON_REAL_PRECISION(15))
                              : NULL;
    json_decref(root);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    /* Copied into the library's own memory, so that cp_free() frees it
     * whatever allocator jansson was given; with the newline. */
    size_t n = strlen(text);
    char *copy = cp__malloc(n + 2);
    if (copy) {
        memcpy(copy, text, n);
        copy[n] = '\n';
        copy[n + 1] = '\0';
    }
    json_free_t jfree = NULL;
    json_get_alloc_funcs(NULL, &jfree); /* the host program may have replaced it */
    jfree(text);
    if (!copy)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = copy;
    return CP_OK;
}
