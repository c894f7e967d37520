/* SPDX-License-Identifier: MIT */
/**
 * @file
 * The learner report (@since 0.2): "a Learner Report ... that has a record of
 * all the activities the learner has been assigned to. You can share this
 * information with a learner by printing it out or emailing it to them"
 * (source 003).
 *
 * What it holds: the learner's id (JSON only), given and family names and
 * year group, then each participation with its activity's title and type
 * (from the provision map), its date, whether the learner attended and
 * whether a parent or carer attended. Participations are grouped by the
 * phase of their activity, in the order of the Careers Learning Journey
 * (introduce and inspire, investigate and explore, apply and demonstrate;
 * activities with no phase last), and within a phase by date, then as
 * stored. Because the report is handed to the learner it holds nothing else:
 * no UPN or ULN, no support flags, no NEET scores, no FSQ results, no plans.
 */
#ifndef CAREERPLAN_REPORT_H
#define CAREERPLAN_REPORT_H

#include "client.h"
#include "common.h"
#include "provision_map.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * The learner report as text for people. Its layout:
 *
 *     Learner report: GIVEN FAMILY            (the id when both are absent)
 *     Year group: N                           (when set)
 *
 *     Introduce and Inspire
 *       YYYY-MM-DD  TITLE (type): attended, parent or carer attended
 *       YYYY-MM-DD  TITLE (type): not attended
 *
 * one block per phase that has participations (the last, "Other
 * activities", for activities with no phase), the type being the activity
 * type's name with spaces for underscores ("employer encounter");
 * "No activities recorded." when the learner has none. Lines end in LF.
 *
 * @param client the learner; not NULL
 * @param map    the provision map their participations refer to; not NULL
 * @param[out] out new: the text, freed with cp_free(); not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOTFOUND (a participation's
 *         activity is not in the map: err->path is the participation's
 *         "/participations/N/activity"), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_client_learner_report_text(const cp_client *client, const cp_provision_map *map,
                                               char **out, cp_error *err);

/**
 * The learner report as JSON for scripts: an object with "client" (the id),
 * "given_name", "family_name" and "year_group" (each only when set) and
 * "phases", an array of the groups described above, each an object with
 * "phase" (the phase's JSON name, null for activities with no phase),
 * "title" (as in the text) and "activities", an array of objects with
 * "activity" (its id), "title", "type", "date",
 * "attended" and "parent_attended" (booleans). Two-space indented, ending in
 * a newline.
 *
 * @param client the learner; not NULL
 * @param map    the provision map; not NULL
 * @param[out] out new: the text, freed with cp_free(); not NULL
 * @param err    optional; filled on failure
 * @return as cp_client_learner_report_text()
 * @since 0.2
 */
CP_API cp_status cp_client_learner_report_json(const cp_client *client, const cp_provision_map *map,
                                               char **out, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_REPORT_H */
