/* Enumerations: every value to and from its JSON name. */
#include "testutil.h"

/* A table under test: the expected JSON names of values 1..n, in order, and
 * the two functions, called through int-typed adapters. */
typedef struct enum_case {
    const char *label;
    const char *const *names; /* NULL-terminated; names[i] is value i + 1 */
    const char *(*to_string)(int value);
    cp_status (*from_string)(const char *text, int *out);
    int flags; /* a bit set: value of names[i] is 1 << i */
} enum_case;

/* Adapters that also check an unused output stays untouched on failure. */
#define ENUM_ADAPTERS(ident, ctype)                                                                \
    static const char *ident##_to(int v)                                                           \
    {                                                                                              \
        return cp_##ident##_to_string((ctype)v);                                                   \
    }                                                                                              \
    static cp_status ident##_from(const char *text, int *out)                                      \
    {                                                                                              \
        ctype v = (ctype)12345;                                                                    \
        cp_status st = cp_##ident##_from_string(text, &v);                                         \
        if (st != CP_OK)                                                                           \
            ck_assert_int_eq((int)v, 12345);                                                       \
        *out = (int)v;                                                                             \
        return st;                                                                                 \
    }                                                                                              \
    static cp_status ident##_from_null_out(const char *text)                                       \
    {                                                                                              \
        return cp_##ident##_from_string(text, NULL);                                               \
    }

ENUM_ADAPTERS(setting, cp_setting)
ENUM_ADAPTERS(support, cp_support)
ENUM_ADAPTERS(need_level, cp_need_level)
ENUM_ADAPTERS(planning_style, cp_planning_style)
ENUM_ADAPTERS(recording_format, cp_recording_format)
ENUM_ADAPTERS(supporter_role, cp_supporter_role)
ENUM_ADAPTERS(guidance_model, cp_guidance_model)
ENUM_ADAPTERS(plan_status, cp_plan_status)
ENUM_ADAPTERS(artefact_kind, cp_artefact_kind)
ENUM_ADAPTERS(review_frequency, cp_review_frequency)
ENUM_ADAPTERS(skill_area, cp_skill_area)
ENUM_ADAPTERS(horizon, cp_horizon)
ENUM_ADAPTERS(goal_status, cp_goal_status)
ENUM_ADAPTERS(owner, cp_owner)
ENUM_ADAPTERS(priority, cp_priority)
ENUM_ADAPTERS(action_status, cp_action_status)
ENUM_ADAPTERS(review_mode, cp_review_mode)
ENUM_ADAPTERS(outcome_result, cp_outcome_result)
ENUM_ADAPTERS(barrier_kind, cp_barrier_kind)
ENUM_ADAPTERS(change_kind, cp_change_kind)
ENUM_ADAPTERS(recipient_role, cp_recipient_role)
ENUM_ADAPTERS(consent_scope, cp_consent_scope)
ENUM_ADAPTERS(term, cp_term)
ENUM_ADAPTERS(document_kind, cp_document_kind)
/* The enumerations of the 0.2 members (src/model/TYPE.toml). */
ENUM_ADAPTERS(action_timing, cp_action_timing)
ENUM_ADAPTERS(activity_status, cp_activity_status)
ENUM_ADAPTERS(activity_type, cp_activity_type)
ENUM_ADAPTERS(approval_state, cp_approval_state)
ENUM_ADAPTERS(checklist_point, cp_checklist_point)
ENUM_ADAPTERS(consent_giver, cp_consent_giver)
ENUM_ADAPTERS(consent_method, cp_consent_method)
ENUM_ADAPTERS(destination_kind, cp_destination_kind)
ENUM_ADAPTERS(destination_stage, cp_destination_stage)
ENUM_ADAPTERS(effort_level, cp_effort_level)
ENUM_ADAPTERS(institution_type, cp_institution_type)
ENUM_ADAPTERS(journey_phase, cp_journey_phase)
ENUM_ADAPTERS(leaver_stage, cp_leaver_stage)
ENUM_ADAPTERS(outcome_audience, cp_outcome_audience)
ENUM_ADAPTERS(school_term, cp_school_term)

static const char *const setting_names[] = {"school",
                                            "special_school",
                                            "college",
                                            "independent_training_provider",
                                            "higher_education",
                                            "adult",
                                            "neet",
                                            NULL};
static const char *const support_names[] = {"send",        "ehc_plan", "pupil_premium",
                                            "care_experienced", "young_carer", "eal",
                                            "risk_of_neet", NULL};
static const char *const need_level_names[] = {"universal", "targeted", "intensive", NULL};
static const char *const planning_style_names[] = {"goal_person", "river_person", "not_known",
                                                   NULL};
static const char *const recording_format_names[] = {
    "written_notes", "template",   "cards_photographed", "drawing",         "career_map",
    "photograph",    "whiteboard", "filmed_summary",     "online_platform", NULL};
static const char *const supporter_role_names[] = {
    "parent_carer", "tutor", "teacher", "mentor", "employer", "senco", "social_worker", "other",
    NULL};
static const char *const guidance_model_names[] = {
    "egan_skilled_helper", "grow", "oskar", "clear", "creative_career_coaching", "other", NULL};
static const char *const plan_status_names[] = {"draft", "agreed", "closed", NULL};
static const char *const artefact_kind_names[] = {
    "photo", "drawing", "film", "career_map", "document", "audio", "other", NULL};
static const char *const review_frequency_names[] = {"weekly", "fortnightly", "monthly",
                                                     "per_school_year", NULL};
static const char *const skill_area_names[] = {"self_awareness",
                                               "exploring_options",
                                               "making_a_decision",
                                               "preparing_an_application",
                                               "interview_and_transition",
                                               "other",
                                               NULL};
static const char *const horizon_names[] = {"short_term", "medium_term", "long_term", NULL};
static const char *const goal_status_names[] = {"active", "achieved", "revised", "dropped", NULL};
static const char *const owner_names[] = {"client", "adviser", "supporter", NULL};
static const char *const priority_names[] = {"low", "medium", "high", NULL};
static const char *const action_status_names[] = {"planned",  "in_progress", "done",
                                                  "partly_done", "not_done", "dropped", NULL};
static const char *const review_mode_names[] = {"face_to_face", "online", "telephone", "group",
                                                NULL};
static const char *const outcome_result_names[] = {"achieved", "partly_achieved", "not_achieved",
                                                   "no_longer_relevant", NULL};
static const char *const barrier_kind_names[] = {"time",   "confidence", "information",
                                                 "money",  "health",     "transport",
                                                 "caring", "other",      NULL};
static const char *const change_kind_names[] = {"action_added", "action_revised",
                                                "action_dropped", "goal_revised", NULL};
static const char *const recipient_role_names[] = {
    "school",          "college",         "employer",          "training_provider",
    "careers_service", "local_authority", "management_system", "other",
    NULL};
static const char *const consent_scope_names[] = {"non_sensitive", "everything", NULL};
static const char *const term_names[] = {"autumn", "spring", "summer", NULL};
static const char *const document_kind_names[] = {"client", "caseload", "strategic_plan",
                                                     "provision_map", NULL};
static const char *const action_timing_names[] = {"flexible", "optional", "ongoing", NULL};
static const char *const activity_status_names[] = {"planned", "proposed", "declined", NULL};
static const char *const activity_type_names[] = {
    "work_experience", "employer_encounter", "assembly", "personal_guidance", "provider_access",
    "careers_in_curriculum", "careers_lesson", "personal_development", "further_higher_education",
    "workshop", "fair", "other", NULL};
static const char *const approval_state_names[] = {
    "draft", "approved_by_senior_leaders", "approved_by_governors", NULL};
static const char *const checklist_point_names[] = {
    "strategic_priorities", "benchmarks_and_pal", "who_leads", "responsibility_assigned",
    "resources", "existing_systems", "staff_cpd", "curriculum_impact", "missed_content",
    "curriculum_integration", "curriculum_enhancement", "outcomes_supported", "expected_outcomes",
    "impact_justifies_effort", "who_benefits", "repeatable", "fits_provision", NULL};
static const char *const consent_giver_names[] = {"client", "parent_carer", NULL};
static const char *const consent_method_names[] = {"spoken", "in_writing", NULL};
static const char *const destination_kind_names[] = {
    "school_sixth_form", "further_education", "higher_education", "apprenticeship", "employment",
    "training", "neet", "other", NULL};
static const char *const destination_stage_names[] = {"intended", "actual", "sustained", NULL};
static const char *const effort_level_names[] = {"low", "medium", "high", NULL};
static const char *const institution_type_names[] = {
    "school", "special_school", "college", "independent_training_provider", NULL};
static const char *const journey_phase_names[] = {
    "introduce_and_inspire", "investigate_and_explore", "apply_and_demonstrate", NULL};
static const char *const leaver_stage_names[] = {"end_of_year_11", "end_of_year_13", NULL};
static const char *const outcome_audience_names[] = {"learners", "staff", "parents_carers", NULL};
static const char *const school_term_names[] = {"autumn", "spring", "summer", NULL};

#define CASE(ident, flags)                                                                         \
    {#ident, ident##_names, ident##_to, ident##_from, flags}

static const enum_case cases[] = {
    CASE(setting, 0),          CASE(support, 1),         CASE(need_level, 0),
    CASE(planning_style, 0),   CASE(recording_format, 1), CASE(supporter_role, 0),
    CASE(guidance_model, 0),   CASE(plan_status, 0),      CASE(artefact_kind, 0),
    CASE(review_frequency, 0), CASE(skill_area, 0),       CASE(horizon, 0),
    CASE(goal_status, 0),      CASE(owner, 0),            CASE(priority, 0),
    CASE(action_status, 0),    CASE(review_mode, 0),      CASE(outcome_result, 0),
    CASE(barrier_kind, 0),     CASE(change_kind, 0),      CASE(recipient_role, 0),
    CASE(consent_scope, 0),    CASE(term, 0),             CASE(document_kind, 0),
    CASE(action_timing, 0),
    CASE(activity_status, 0),
    CASE(activity_type, 0),
    CASE(approval_state, 0),
    CASE(checklist_point, 1),
    CASE(consent_giver, 0),
    CASE(consent_method, 0),
    CASE(destination_kind, 0),
    CASE(destination_stage, 0),
    CASE(effort_level, 0),
    CASE(institution_type, 0),
    CASE(journey_phase, 0),
    CASE(leaver_stage, 0),
    CASE(outcome_audience, 0),
    CASE(school_term, 0),
};
#define NCASES (sizeof cases / sizeof cases[0])

static cp_status (*const null_out[])(const char *) = {
    setting_from_null_out,          support_from_null_out,        need_level_from_null_out,
    planning_style_from_null_out,   recording_format_from_null_out,
    supporter_role_from_null_out,   guidance_model_from_null_out, plan_status_from_null_out,
    artefact_kind_from_null_out,    review_frequency_from_null_out,
    skill_area_from_null_out,       horizon_from_null_out,        goal_status_from_null_out,
    owner_from_null_out,            priority_from_null_out,       action_status_from_null_out,
    review_mode_from_null_out,      outcome_result_from_null_out, barrier_kind_from_null_out,
    change_kind_from_null_out,      recipient_role_from_null_out, consent_scope_from_null_out,
    term_from_null_out,             document_kind_from_null_out,
    action_timing_from_null_out,
    activity_status_from_null_out,
    activity_type_from_null_out,
    approval_state_from_null_out,
    checklist_point_from_null_out,
    consent_giver_from_null_out,
    consent_method_from_null_out,
    destination_kind_from_null_out,
    destination_stage_from_null_out,
    effort_level_from_null_out,
    institution_type_from_null_out,
    journey_phase_from_null_out,
    leaver_stage_from_null_out,
    outcome_audience_from_null_out,
    school_term_from_null_out,
};

static size_t count_names(const enum_case *c)
{
    size_t n = 0;
    while (c->names[n])
        n++;
    return n;
}

static int value_of(const enum_case *c, size_t i)
{
    return c->flags ? (int)(1u << i) : (int)i + 1;
}

START_TEST(every_value_round_trips)
{
    const enum_case *c = &cases[_i];
    size_t n = count_names(c);
    ck_assert_uint_gt(n, 0);
    for (size_t i = 0; i < n; i++) {
        int v = value_of(c, i);
        const char *s = c->to_string(v);
        ck_assert_msg(s != NULL, "%s: value %d has no name", c->label, v);
        ck_assert_str_eq(s, c->names[i]);
        int back = 0;
        ck_assert_int_eq(c->from_string(c->names[i], &back), CP_OK);
        ck_assert_int_eq(back, v);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(c->names[j], c->names[i]);
    }
}
END_TEST

START_TEST(zero_and_out_of_range_have_no_name)
{
    const enum_case *c = &cases[_i];
    size_t n = count_names(c);
    ck_assert_msg(c->to_string(0) == NULL, "%s: 0 has a name", c->label);
    ck_assert_ptr_null(c->to_string(-1));
    ck_assert_ptr_null(c->to_string(1000));
    if (c->flags) {
        ck_assert_ptr_null(c->to_string((int)(1u << n)));
        ck_assert_ptr_null(c->to_string((int)(1u << 30)));
    } else {
        ck_assert_ptr_null(c->to_string((int)n + 1));
    }
}
END_TEST

START_TEST(unknown_names_are_refused)
{
    const enum_case *c = &cases[_i];
    static const char *const bad[] = {"", "unknown", "School", " school", "school ", "DRAFT",
                                      "draft\n", "1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int out = 0;
        ck_assert_msg(c->from_string(bad[i], &out) == CP_EVALUE, "%s accepts \"%s\"", c->label,
                      bad[i]);
    }
    /* a name differing only in case is refused */
    char upper[64];
    snprintf(upper, sizeof upper, "%s", c->names[0]);
    upper[0] = (char)(upper[0] - 'a' + 'A');
    int out = 0;
    ck_assert_int_eq(c->from_string(upper, &out), CP_EVALUE);
}
END_TEST

START_TEST(null_arguments)
{
    const enum_case *c = &cases[_i];
    int out = 0;
    ck_assert_int_eq(c->from_string(NULL, &out), CP_EINVAL);
    ck_assert_int_eq(null_out[_i](c->names[0]), CP_EINVAL);
}
END_TEST

START_TEST(flag_names_take_one_bit_only)
{
    ck_assert_ptr_null(cp_support_to_string((cp_support)(CP_SUPPORT_SEND | CP_SUPPORT_EAL)));
    ck_assert_ptr_null(cp_support_to_string((cp_support)CP_SUPPORT_ALL));
    ck_assert_ptr_null(cp_support_to_string((cp_support)0));
    ck_assert_ptr_null(cp_support_to_string((cp_support)(CP_SUPPORT_ALL + 1)));
    ck_assert_ptr_null(cp_recording_format_to_string(
        (cp_recording_format)(CP_RECORDING_FORMAT_DRAWING | CP_RECORDING_FORMAT_TEMPLATE)));
    ck_assert_ptr_null(cp_recording_format_to_string((cp_recording_format)CP_RECORDING_FORMAT_ALL));
    ck_assert_ptr_null(cp_recording_format_to_string((cp_recording_format)0));
    ck_assert_ptr_null(
        cp_recording_format_to_string((cp_recording_format)(CP_RECORDING_FORMAT_ALL + 1)));
    /* the ALL masks are exactly the named bits */
    unsigned all = 0;
    for (size_t i = 0; support_names[i]; i++)
        all |= 1u << i;
    ck_assert_uint_eq(all, CP_SUPPORT_ALL);
    all = 0;
    for (size_t i = 0; recording_format_names[i]; i++)
        all |= 1u << i;
    ck_assert_uint_eq(all, CP_RECORDING_FORMAT_ALL);
    /* spot checks against the header constants */
    ck_assert_str_eq(cp_support_to_string(CP_SUPPORT_EHC_PLAN), "ehc_plan");
    ck_assert_str_eq(cp_support_to_string(CP_SUPPORT_RISK_OF_NEET), "risk_of_neet");
    ck_assert_str_eq(cp_recording_format_to_string(CP_RECORDING_FORMAT_ONLINE_PLATFORM),
                     "online_platform");
    cp_support s = (cp_support)0;
    ck_assert_int_eq(cp_support_from_string("eal", &s), CP_OK);
    ck_assert_int_eq(s, CP_SUPPORT_EAL);
}
END_TEST

START_TEST(header_constants_match_names)
{
    ck_assert_str_eq(cp_setting_to_string(CP_SETTING_NEET), "neet");
    ck_assert_str_eq(cp_need_level_to_string(CP_NEED_LEVEL_INTENSIVE), "intensive");
    ck_assert_str_eq(cp_planning_style_to_string(CP_PLANNING_STYLE_RIVER_PERSON), "river_person");
    ck_assert_str_eq(cp_supporter_role_to_string(CP_SUPPORTER_ROLE_SENCO), "senco");
    ck_assert_str_eq(cp_guidance_model_to_string(CP_GUIDANCE_MODEL_OSKAR), "oskar");
    ck_assert_str_eq(cp_plan_status_to_string(CP_PLAN_STATUS_CLOSED), "closed");
    ck_assert_str_eq(cp_artefact_kind_to_string(CP_ARTEFACT_KIND_CAREER_MAP), "career_map");
    ck_assert_str_eq(cp_review_frequency_to_string(CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR),
                     "per_school_year");
    ck_assert_str_eq(cp_skill_area_to_string(CP_SKILL_AREA_INTERVIEW_AND_TRANSITION),
                     "interview_and_transition");
    ck_assert_str_eq(cp_horizon_to_string(CP_HORIZON_MEDIUM_TERM), "medium_term");
    ck_assert_str_eq(cp_goal_status_to_string(CP_GOAL_STATUS_REVISED), "revised");
    ck_assert_str_eq(cp_owner_to_string(CP_OWNER_SUPPORTER), "supporter");
    ck_assert_str_eq(cp_priority_to_string(CP_PRIORITY_HIGH), "high");
    ck_assert_str_eq(cp_action_status_to_string(CP_ACTION_STATUS_PARTLY_DONE), "partly_done");
    ck_assert_str_eq(cp_review_mode_to_string(CP_REVIEW_MODE_FACE_TO_FACE), "face_to_face");
    ck_assert_str_eq(cp_outcome_result_to_string(CP_OUTCOME_RESULT_NO_LONGER_RELEVANT),
                     "no_longer_relevant");
    ck_assert_str_eq(cp_barrier_kind_to_string(CP_BARRIER_KIND_CARING), "caring");
    ck_assert_str_eq(cp_change_kind_to_string(CP_CHANGE_KIND_GOAL_REVISED), "goal_revised");
    ck_assert_str_eq(cp_recipient_role_to_string(CP_RECIPIENT_ROLE_MANAGEMENT_SYSTEM),
                     "management_system");
    ck_assert_str_eq(cp_consent_scope_to_string(CP_CONSENT_SCOPE_EVERYTHING), "everything");
    ck_assert_str_eq(cp_term_to_string(CP_TERM_SUMMER), "summer");
    ck_assert_str_eq(cp_document_kind_to_string(CP_DOCUMENT_KIND_CASELOAD), "caseload");
    ck_assert_str_eq(cp_severity_to_string(CP_SEVERITY_WARNING), "warning");
}
END_TEST

static Suite *enums_suite(void)
{
    Suite *s = suite_create("enums");
    TCase *tc = tcase_create("tables");
    tcase_add_loop_test(tc, every_value_round_trips, 0, (int)NCASES);
    tcase_add_loop_test(tc, zero_and_out_of_range_have_no_name, 0, (int)NCASES);
    tcase_add_loop_test(tc, unknown_names_are_refused, 0, (int)NCASES);
    tcase_add_loop_test(tc, null_arguments, 0, (int)NCASES);
    tcase_add_test(tc, flag_names_take_one_bit_only);
    tcase_add_test(tc, header_constants_match_names);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(enums_suite)
