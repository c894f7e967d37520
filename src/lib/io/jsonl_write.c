/*
 * JSON Lines writer (include/careerplan/jsonl.h): a client a line, compact,
 * with its envelope.
 *
 * SPDX-License-Identifier: MIT
 */
#include "../core/error.h"

#include <careerplan/jsonl.h>

#include <errno.h>
#include <string.h>

cp_status cp_jsonl_write_client(FILE *fp, const cp_client *client, cp_error *err)
{
    if (cp__need(err, fp && client, "stream or client is NULL") != CP_OK)
        return CP_EINVAL;
    cp_save_options opts = CP_SAVE_OPTIONS_INIT;
    opts.flags = CP_SAVE_COMPACT;
    char *text = NULL;
    size_t len = 0;
    cp_status st = cp_client_save_string(client, &opts, &text, &len, err);
    if (st != CP_OK)
        return st;
    /* The compact form ends in one newline: the line's LF. */
    size_t written = fwrite(text, 1, len, fp);
    cp_free(text);
    if (written != len)
        return cp__fail(err, CP_EIO, NULL, "write failed: %s", strerror(errno));
    return CP_OK;
}

cp_status cp_jsonl_write_caseload(FILE *fp, const cp_caseload *caseload, cp_error *err)
{
    if (cp__need(err, fp && caseload, "stream or caseload is NULL") != CP_OK)
        return CP_EINVAL;
    size_t n = cp_caseload_client_count(caseload);
    for (size_t i = 0; i < n; i++) {
        cp_status st = cp_jsonl_write_client(fp, cp_caseload_client_at(caseload, i), err);
        if (st != CP_OK)
            return st;
    }
    if (fflush(fp) != 0)
        return cp__fail(err, CP_EIO, NULL, "write failed: %s", strerror(errno));
    return CP_OK;
}
