/* SPDX-License-Identifier: MIT */
/**
 * @file
 * The umbrella header: include this one.
 *
 * libcareerplan models career action planning: clients, their plans, goals
 * and SMART actions, reviews, consent to share, and caseloads, with JSON
 * serialization. See README.md for an overview and each header for the
 * contract of every function.
 */
#ifndef CAREERPLAN_CAREERPLAN_H
#define CAREERPLAN_CAREERPLAN_H

#include "common.h"
#include <careerplan/version.h>
#include "date.h"
#include "diagnostics.h"
#include "client.h"
#include "plan.h"
#include "goal.h"
#include "action.h"
#include "review.h"
#include "consent.h"
#include "caseload.h"
#include "strategic_plan.h"
#include "learner.h"
#include "provision_map.h"
#include "json.h"
#include "validate.h"
#include "cycle.h"
#include "sharing.h"
#include "query.h"
#include "strategic.h"
#include "exchange.h"
#include "report.h"
#include "journeys.h"
#include "html.h"
#include "calendar.h"
#include "jsonl.h"

#endif /* CAREERPLAN_CAREERPLAN_H */
