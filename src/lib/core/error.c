/* Status codes and the error struct. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    const char *text;
} status_table[] = {
    [CP_OK] = {"CP_OK", "success"},
    [CP_EINVAL] = {"CP_EINVAL", "invalid argument"},
    [CP_ENOMEM] = {"CP_ENOMEM", "out of memory"},
    [CP_ESYNTAX] = {"CP_ESYNTAX", "syntax error"},
    [CP_ETYPE] = {"CP_ETYPE", "wrong type or missing member"},
    [CP_ERANGE] = {"CP_ERANGE", "out of range"},
    [CP_EDUPLICATE] = {"CP_EDUPLICATE", "duplicate"},
    [CP_ENOTFOUND] = {"CP_ENOTFOUND", "not found"},
    [CP_ELIMIT] = {"CP_ELIMIT", "limit exceeded"},
    [CP_EIO] = {"CP_EIO", "input/output error"},
    [CP_ECONSENT] = {"CP_ECONSENT", "consent refused"},
    [CP_EVALUE] = {"CP_EVALUE", "malformed value"},
    [CP_EUNKNOWN] = {"CP_EUNKNOWN", "unknown member"},
    [CP_EFORMAT] = {"CP_EFORMAT", "not a supported careerplan document"},
    [CP_ESTATE] = {"CP_ESTATE", "invalid state"},
};

#define STATUS_COUNT (sizeof status_table / sizeof status_table[0])

const char *cp_status_string(cp_status status)
{
    if ((unsigned)status < STATUS_COUNT)
        return status_table[status].text;
    return "unknown status";
}

const char *cp_status_name(cp_status status)
{
    if ((unsigned)status < STATUS_COUNT)
        return status_table[status].name;
    return "CP_UNKNOWN_STATUS";
}

void cp_error_clear(cp_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->position = -1;
}

cp_status cp__fail(cp_error *err, cp_status code, const char *path, const char *fmt, ...)
{
    if (!err)
        return code;
    cp_error_clear(err);
    err->code = code;
    if (path) {
        size_t n = strlen(path);
        if (n >= sizeof err->path) {
            /* Keep the pointer well formed: cut at the last complete token. */
            n = sizeof err->path - 1;
            while (n > 0 && path[n] != '/')
                n--;
        }
        memcpy(err->path, path, n);
        err->path[n] = '\0';
    }
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof err->message) {
        /* Cut at a character boundary and say so: "..." (3 bytes, U+2026). */
        size_t end = sizeof err->message - 4;
        while (end > 0 && ((unsigned char)err->message[end] & 0xC0) == 0x80)
            end--;
        memcpy(err->message + end, "\xe2\x80\xa6", 4);
    }
    /* No error ever has an empty message: a caller that had nothing to say
     * (a library below us that set no text) gets the code's own words. */
    if (n <= 0 || err->message[0] == '\0')
        snprintf(err->message, sizeof err->message, "%s", cp_status_string(code));
    return code;
}

cp_status cp__need(cp_error *err, int ok, const char *message)
{
    cp_error_clear(err);
    return ok ? CP_OK : cp__fail(err, CP_EINVAL, NULL, "%s", message);
}
