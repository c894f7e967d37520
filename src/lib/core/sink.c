/* Recording errors and going on (cp_document_load_collect). */
#include "sink.h"

#include "error.h"

cp_status cp__sink_soften(cp__sink *sink, cp_status st, cp_error *err)
{
    if (st == CP_OK || st == CP_ENOMEM || !sink || !sink->list || !err)
        return st;
    const char *message = err->message[0] ? err->message : cp_status_string(st);
    if (cp_diagnostics_add(sink->list, CP_SEVERITY_ERROR, cp_status_name(st), err->path,
                           message) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if (!sink->failed) {
        sink->first = *err;
        sink->first.code = st;
        sink->failed = 1;
    }
    return CP_OK;
}
