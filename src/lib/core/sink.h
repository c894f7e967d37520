/* Internal: where a loader's errors go. Without a list, the first error
 * stops the load; with one (cp_document_load_collect), each error is recorded
 * as a diagnostic and the load goes on, remembering the first. */
#ifndef CP_CORE_SINK_H
#define CP_CORE_SINK_H

#include <careerplan/diagnostics.h>

typedef struct cp__sink {
    cp_diagnostics *list; /* borrowed; NULL: stop at the first error */
    cp_error first;       /* the first error recorded */
    int failed;           /* an error was recorded */
} cp__sink;

/* Given the status of a step and the error it filled (err may be NULL for
 * CP_OK): CP_OK stays CP_OK. With sink and its list, any other status
 * except CP_ENOMEM is recorded (severity error, code its cp_status_name(),
 * err's path and message), remembered if it is the first, and CP_OK is
 * returned so the caller goes on, skipping what failed. Otherwise returns
 * st (CP_ENOMEM, err filled, when recording fails): the caller stops. */
cp_status cp__sink_soften(cp__sink *sink, cp_status st, cp_error *err);

#endif
