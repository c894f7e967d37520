/* The layout and helpers of the library's JSON reports (json_report.h). */
#include "json_report.h"

#include "../core/alloc.h"
#include "../core/buf.h"
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

/* jansson's dump ignores the result of writing an object's key (2.14,
 * dump.c), so a failure there would silently drop the key from a text
 * json_dumps() calls complete. The text is collected here instead, in the
 * library's own memory, and a failed append is remembered by the buffer
 * whatever jansson does with the -1. */
static int dump_to_buf(const char *text, size_t size, void *data)
{
    cp__buf *b = data;
    cp__buf_append(b, text, size);
    return b->failed ? -1 : 0;
}

cp_status cp__report_take_text(json_t *root, int oom, char **out, cp_error *err)
{
    cp__buf b = {0};
    /* 15 significant digits: a mean such as 1/3 prints as 0.333333333333333,
     * not with the noise of the 17th digit. */
    if (!root || oom ||
        json_dump_callback(root, dump_to_buf, &b,
                           JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)) != 0)
        b.failed = 1;
    json_decref(root);
    cp__buf_putc(&b, '\n'); /* with the newline */
    char *text = cp__buf_take(&b, NULL);
    cp__buf_fini(&b);
    if (!text)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    *out = text;
    return CP_OK;
}
