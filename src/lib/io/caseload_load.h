/*
 * Internal: loading a caseload one client at a time (caseload_load.c).
 */
#ifndef CP_IO_CASELOAD_LOAD_H
#define CP_IO_CASELOAD_LOAD_H

#include <careerplan/json.h>

#include "../model/node.h"
#include "json_scan.h"

/* What cp__caseload_load returns when it leaves the document to the
 * whole-document loader: not a caseload it can split, or anything wrong
 * with it. Not a cp_status a caller ever sees. */
#define CP__LOAD_WHOLE ((cp_status)-1000)

/*
 * Loads the caseload document in the window w, one client at a time on
 * `jobs` threads (0 or 1: this one), calling tuning's progress callback
 * (may be NULL) after each batch of clients. opts is resolved (not NULL).
 * Returns CP_OK with *out, the caseload's root node; CP_ENOMEM with err
 * filled; or CP__LOAD_WHOLE. opts->warnings is left as it was.
 */
cp_status cp__caseload_load(cp__window *w, const cp_load_options *opts,
                            const cp_load_tuning *tuning, cp__node **out, cp_error *err);

#endif
