/* The opportunity checklist of a proposed activity, by area
 * (<careerplan/journeys.h>); its text and JSON are in io/journeys_checklist.c. */
#include "journeys.h"

/* The points of each area, in the order of source 003, appendix 3. */
static const unsigned area_points[] = {
    [CP_CHECKLIST_AREA_ALIGNMENT] = CP_CHECKLIST_POINT_STRATEGIC_PRIORITIES |
                                    CP_CHECKLIST_POINT_BENCHMARKS_AND_PAL,
    [CP_CHECKLIST_AREA_LEADERSHIP] = CP_CHECKLIST_POINT_WHO_LEADS |
                                     CP_CHECKLIST_POINT_RESPONSIBILITY_ASSIGNED |
                                     CP_CHECKLIST_POINT_RESOURCES |
                                     CP_CHECKLIST_POINT_EXISTING_SYSTEMS |
                                     CP_CHECKLIST_POINT_STAFF_CPD,
    [CP_CHECKLIST_AREA_CURRICULUM] = CP_CHECKLIST_POINT_CURRICULUM_IMPACT |
                                     CP_CHECKLIST_POINT_MISSED_CONTENT |
                                     CP_CHECKLIST_POINT_CURRICULUM_INTEGRATION |
                                     CP_CHECKLIST_POINT_CURRICULUM_ENHANCEMENT,
    [CP_CHECKLIST_AREA_EFFORT] = CP_CHECKLIST_POINT_OUTCOMES_SUPPORTED |
                                 CP_CHECKLIST_POINT_EXPECTED_OUTCOMES |
                                 CP_CHECKLIST_POINT_IMPACT_JUSTIFIES_EFFORT |
                                 CP_CHECKLIST_POINT_WHO_BENEFITS | CP_CHECKLIST_POINT_REPEATABLE |
                                 CP_CHECKLIST_POINT_FITS_PROVISION,
};

static const char *const area_names[] = {"alignment", "leadership", "curriculum", "effort_impact"};

const char *cp_checklist_area_to_string(cp_checklist_area area)
{
    return (unsigned)area <= CP_CHECKLIST_AREA_EFFORT ? area_names[area] : NULL;
}

static size_t bits(unsigned v)
{
    size_t n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

size_t cp_activity_checklist_considered(const cp_activity *activity, cp_checklist_area area,
                                        size_t *total)
{
    if ((unsigned)area > CP_CHECKLIST_AREA_EFFORT) {
        if (total)
            *total = 0;
        return 0;
    }
    if (total)
        *total = bits(area_points[area]);
    return bits(cp_activity_get_checklist(activity) & area_points[area]);
}
