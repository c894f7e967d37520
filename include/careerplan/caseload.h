/*
 * libcareerplan — caseloads: a practitioner's or service's set of clients.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_CASELOAD_H
#define CAREERPLAN_CASELOAD_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif
#include "client.h"

/** A set of clients with constant-time lookup by id. Opaque. @since 0.1 */
typedef struct cp_caseload cp_caseload;

/* @@ACCESSORS@@ */

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_CASELOAD_H */
