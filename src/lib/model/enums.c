/*
 * Enumeration tables: the stable snake_case names that are the JSON values,
 * and the public to/from-string functions. Index i of each names array is the
 * C enum value i; index 0 is "absent". Append only: never reorder.
 */
#include "../core/error.h"
#include "model.h"

#include <string.h>

#define CP__ENUM_TABLE(ident, label, ...)                                                          \
    static const char *const ident##_names[] = {NULL, __VA_ARGS__};                                \
    const cp__enum cp__##ident##_enum = {label, ident##_names,                                     \
                                         (int)(sizeof ident##_names / sizeof ident##_names[0])};

#define CP__ENUM_FUNCS(ident, ctype)                                                               \
    const char *cp_##ident##_to_string(ctype value)                                                \
    {                                                                                              \
        return cp__enum_name(&cp__##ident##_enum, (int)value);                                     \
    }                                                                                              \
    cp_status cp_##ident##_from_string(const char *text, ctype *out)                               \
    {                                                                                              \
        if (!text || !out)                                                                         \
            return CP_EINVAL;                                                                      \
        int v = cp__enum_value(&cp__##ident##_enum, text);                                         \
        if (!v)                                                                                    \
            return CP_EVALUE;                                                                      \
        *out = (ctype)v;                                                                           \
        return CP_OK;                                                                              \
    }

CP__ENUM_TABLE(setting, "setting", "school", "special_school", "college",
               "independent_training_provider", "higher_education", "adult", "neet")
CP__ENUM_FUNCS(setting, cp_setting)

CP__ENUM_TABLE(need_level, "need level", "universal", "targeted", "intensive")
CP__ENUM_FUNCS(need_level, cp_need_level)

CP__ENUM_TABLE(planning_style, "planning style", "goal_person", "river_person", "not_known")
CP__ENUM_FUNCS(planning_style, cp_planning_style)

CP__ENUM_TABLE(supporter_role, "supporter role", "parent_carer", "tutor", "teacher", "mentor",
               "employer", "senco", "social_worker", "other")
CP__ENUM_FUNCS(supporter_role, cp_supporter_role)

CP__ENUM_TABLE(guidance_model, "guidance model", "egan_skilled_helper", "grow", "oskar", "clear",
               "creative_career_coaching", "other")
CP__ENUM_FUNCS(guidance_model, cp_guidance_model)

CP__ENUM_TABLE(plan_status, "plan status", "draft", "agreed", "closed")
CP__ENUM_FUNCS(plan_status, cp_plan_status)

CP__ENUM_TABLE(artefact_kind, "artefact kind", "photo", "drawing", "film", "career_map",
               "document", "audio", "other")
CP__ENUM_FUNCS(artefact_kind, cp_artefact_kind)

CP__ENUM_TABLE(review_frequency, "review frequency", "weekly", "fortnightly", "monthly",
               "per_school_year")
CP__ENUM_FUNCS(review_frequency, cp_review_frequency)

CP__ENUM_TABLE(skill_area, "skill area", "self_awareness", "exploring_options",
               "making_a_decision", "preparing_an_application", "interview_and_transition",
               "other")
CP__ENUM_FUNCS(skill_area, cp_skill_area)

CP__ENUM_TABLE(horizon, "horizon", "short_term", "medium_term", "long_term")
CP__ENUM_FUNCS(horizon, cp_horizon)

CP__ENUM_TABLE(goal_status, "goal status", "active", "achieved", "revised", "dropped")
CP__ENUM_FUNCS(goal_status, cp_goal_status)

CP__ENUM_TABLE(owner, "action owner", "client", "adviser", "supporter")
CP__ENUM_FUNCS(owner, cp_owner)

CP__ENUM_TABLE(priority, "priority", "low", "medium", "high")
CP__ENUM_FUNCS(priority, cp_priority)

CP__ENUM_TABLE(action_status, "action status", "planned", "in_progress", "done", "partly_done",
               "not_done", "dropped")
CP__ENUM_FUNCS(action_status, cp_action_status)

CP__ENUM_TABLE(review_mode, "review mode", "face_to_face", "online", "telephone", "group")
CP__ENUM_FUNCS(review_mode, cp_review_mode)

CP__ENUM_TABLE(outcome_result, "outcome", "achieved", "partly_achieved", "not_achieved",
               "no_longer_relevant")
CP__ENUM_FUNCS(outcome_result, cp_outcome_result)

CP__ENUM_TABLE(barrier_kind, "barrier", "time", "confidence", "information", "money", "health",
               "transport", "caring", "other")
CP__ENUM_FUNCS(barrier_kind, cp_barrier_kind)

CP__ENUM_TABLE(change_kind, "change", "action_added", "action_revised", "action_dropped",
               "goal_revised")
CP__ENUM_FUNCS(change_kind, cp_change_kind)

CP__ENUM_TABLE(recipient_role, "recipient role", "school", "college", "employer",
               "training_provider", "careers_service", "local_authority", "management_system",
               "other")
CP__ENUM_FUNCS(recipient_role, cp_recipient_role)

CP__ENUM_TABLE(consent_scope, "consent scope", "non_sensitive", "everything")
CP__ENUM_FUNCS(consent_scope, cp_consent_scope)

/* Bit-set enumerations: flag bit (1 << (i - 1)) is names[i]. */
CP__ENUM_TABLE(support, "support flag", "send", "ehc_plan", "pupil_premium", "care_experienced",
               "young_carer", "eal", "risk_of_neet")
CP__ENUM_TABLE(recording_format, "recording format", "written_notes", "template",
               "cards_photographed", "drawing", "career_map", "photograph", "whiteboard",
               "filmed_summary", "online_platform")

#define CP__FLAG_FUNCS(ident, ctype)                                                               \
    const char *cp_##ident##_to_string(ctype flag)                                                 \
    {                                                                                              \
        unsigned f = (unsigned)flag;                                                               \
        if (!f || (f & (f - 1)))                                                                   \
            return NULL;                                                                           \
        int i = 1;                                                                                 \
        while (!(f & 1u)) {                                                                        \
            f >>= 1;                                                                               \
            i++;                                                                                   \
        }                                                                                          \
        return cp__enum_name(&cp__##ident##_enum, i);                                              \
    }                                                                                              \
    cp_status cp_##ident##_from_string(const char *text, ctype *out)                               \
    {                                                                                              \
        if (!text || !out)                                                                         \
            return CP_EINVAL;                                                                      \
        int v = cp__enum_value(&cp__##ident##_enum, text);                                         \
        if (!v)                                                                                    \
            return CP_EVALUE;                                                                      \
        *out = (ctype)(1u << (v - 1));                                                             \
        return CP_OK;                                                                              \
    }

CP__FLAG_FUNCS(support, cp_support)
CP__FLAG_FUNCS(recording_format, cp_recording_format)
