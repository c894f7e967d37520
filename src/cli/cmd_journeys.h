/*
 * careerplan journeys: what its two files share (cmd_journeys.c: options,
 * loading, gaps and coverage; cmd_journeys_learners.c: pal, guidance, neet).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef CAREERPLAN_CMD_JOURNEYS_H
#define CAREERPLAN_CMD_JOURNEYS_H

#include "cli.h"

typedef struct cli_journeys {
    cp_provision_map *map;      /* borrowed from its document */
    cp_caseload *caseload;      /* NULL without CASELOAD */
    const char *map_file, *caseload_file;
    cp_date as_of;
    int json, csv;
    const char *threshold, *weights; /* neet options as typed, or NULL */
} cli_journeys;

int cli_journeys_pal(const cli_journeys *j);
int cli_journeys_guidance(const cli_journeys *j);
int cli_journeys_neet(const cli_journeys *j);

#endif
