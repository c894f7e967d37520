/* The opportunity checklist summary (src/lib/logic/journeys_checklist.c,
 * its text and JSON in src/lib/io/journeys_checklist.c): points considered
 * per area, effort and impact. */
#include "testutil.h"

static const char map_doc[] =
    "{'format': 'careerplan', 'version': 1, 'kind': 'provision_map', 'activities': ["
    "{'id': 'rally', 'title': 'Robotics rally', 'type': 'employer_encounter', 'status': 'proposed', "
    "'checklist': ['strategic_priorities', 'benchmarks_and_pal', 'who_leads', 'resources', "
    "'curriculum_impact', 'impact_justifies_effort'], "
    "'alignment': 'Priority 2: STEM pathways', 'lead': 'Head of science', "
    "'effort': 'medium', 'impact': 'high'}, "
    "{'id': 'bare', 'title': 'Bare', 'type': 'other'}]}";

START_TEST(per_area)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    const cp_activity *a = cp_provision_map_activity_at(map, 0);
    size_t total = 0;
    ck_assert_uint_eq(cp_activity_checklist_considered(a, CP_CHECKLIST_AREA_ALIGNMENT, &total), 2);
    ck_assert_uint_eq(total, 2);
    ck_assert_uint_eq(cp_activity_checklist_considered(a, CP_CHECKLIST_AREA_LEADERSHIP, &total), 2);
    ck_assert_uint_eq(total, 5);
    ck_assert_uint_eq(cp_activity_checklist_considered(a, CP_CHECKLIST_AREA_CURRICULUM, &total), 1);
    ck_assert_uint_eq(total, 4);
    ck_assert_uint_eq(cp_activity_checklist_considered(a, CP_CHECKLIST_AREA_EFFORT, &total), 1);
    ck_assert_uint_eq(total, 6);
    ck_assert_uint_eq(cp_activity_checklist_considered(a, (cp_checklist_area)7, &total), 0);
    ck_assert_uint_eq(total, 0);
    ck_assert_str_eq(cp_checklist_area_to_string(CP_CHECKLIST_AREA_EFFORT), "effort_impact");
    ck_assert_ptr_null(cp_checklist_area_to_string((cp_checklist_area)7));
    cp_provision_map_free(map);
}
END_TEST

START_TEST(text_and_json)
{
    cp_provision_map *map = cpt_load_map(map_doc);
    char *out = NULL;
    cp_error err;
    ck_assert_ok(cp_activity_checklist_text(cp_provision_map_activity_at(map, 0), &out, &err), &err);
    ck_assert_str_eq(out, "Robotics rally (proposed)\n"
                          "Alignment: 2/2 points considered: Priority 2: STEM pathways\n"
                          "Leadership: 2/5 points considered: Head of science\n"
                          "Curriculum: 1/4 points considered\n"
                          "Effort vs impact: 1/6 points considered\n"
                          "Effort: medium, impact: high\n");
    cp_free(out);
    ck_assert_ok(cp_activity_checklist_text(cp_provision_map_activity_at(map, 1), &out, &err), &err);
    ck_assert_str_eq(out, "Bare (planned)\n"
                          "Alignment: 0/2 points considered\n"
                          "Leadership: 0/5 points considered\n"
                          "Curriculum: 0/4 points considered\n"
                          "Effort vs impact: 0/6 points considered\n"
                          "Effort: not recorded, impact: not recorded\n");
    cp_free(out);
    ck_assert_ok(cp_activity_checklist_json(cp_provision_map_activity_at(map, 0), &out, &err), &err);
    ck_assert_str_eq(out, "{\n  \"activity\": \"rally\",\n  \"status\": \"proposed\",\n  \"areas\": [\n"
                          "    {\n      \"area\": \"alignment\",\n      \"considered\": 2,\n"
                          "      \"total\": 2,\n      \"note\": \"Priority 2: STEM pathways\"\n    },\n"
                          "    {\n      \"area\": \"leadership\",\n      \"considered\": 2,\n"
                          "      \"total\": 5,\n      \"note\": \"Head of science\"\n    },\n"
                          "    {\n      \"area\": \"curriculum\",\n      \"considered\": 1,\n"
                          "      \"total\": 4,\n      \"note\": null\n    },\n"
                          "    {\n      \"area\": \"effort_impact\",\n      \"considered\": 1,\n"
                          "      \"total\": 6,\n      \"note\": null\n    }\n  ],\n"
                          "  \"effort\": \"medium\",\n  \"impact\": \"high\"\n}\n");
    cp_free(out);
    ck_assert_cp(cp_activity_checklist_json(NULL, &out, &err), CP_EINVAL, "", &err);
    ck_assert_cp(cp_activity_checklist_text(NULL, &out, &err), CP_EINVAL, "", &err);
    ck_assert_str_eq(err.message, "activity or output is NULL");
    cp_provision_map_free(map);
}
END_TEST

static Suite *journeys_checklist_suite(void)
{
    Suite *s = suite_create("journeys_checklist");
    TCase *tc = tcase_create("checklist");
    tcase_add_test(tc, per_area);
    tcase_add_test(tc, text_and_json);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(journeys_checklist_suite)
