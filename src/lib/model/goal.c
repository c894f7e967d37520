/* Goals, their confidence history and analyses: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

static const cp__field confidence_fields[] = {
    CP__DATE(struct cp_confidence_entry, date, CP__F_REQUIRED),
    CP__INT(struct cp_confidence_entry, score, CP__F_REQUIRED, 1, 10),
};
const cp__type cp__confidence_entry_type = {"confidence entry", sizeof(struct cp_confidence_entry),
                                            confidence_fields, CP__NFIELDS(confidence_fields),
                                            NULL};

static const cp__field swot_fields[] = {
    CP__STRLIST(struct cp_swot, strengths, 0),
    CP__STRLIST(struct cp_swot, weaknesses, 0),
    CP__STRLIST(struct cp_swot, opportunities, 0),
    CP__STRLIST(struct cp_swot, threats, 0),
};
const cp__type cp__swot_type = {"SWOT analysis", sizeof(struct cp_swot), swot_fields,
                                CP__NFIELDS(swot_fields), NULL};

static const cp__field force_fields[] = {
    CP__STRLIST(struct cp_force_field, forces_for, 0),
    CP__STRLIST(struct cp_force_field, forces_against, 0),
};
const cp__type cp__force_field_type = {"force-field analysis", sizeof(struct cp_force_field),
                                       force_fields, CP__NFIELDS(force_fields), NULL};

static const cp__field goal_fields[] = {
    CP__STR(struct cp_goal, id, CP__F_REQUIRED | CP__F_ID),
    CP__STR(struct cp_goal, statement, CP__F_REQUIRED),
    CP__ENUM(struct cp_goal, skill_area, 0, 0, cp__skill_area_enum),
    CP__ENUM(struct cp_goal, horizon, 0, 0, cp__horizon_enum),
    CP__ENUM(struct cp_goal, status, 0, CP_GOAL_STATUS_ACTIVE, cp__goal_status_enum),
    CP__INT(struct cp_goal, confidence, 0, 1, 10),
    CP__LIST(struct cp_goal, confidence_history, cp__confidence_entry_type),
    CP__BOOL(struct cp_goal, sensitive),
    CP__OBJECT(struct cp_goal, swot, "swot", cp__swot_type),
    CP__OBJECT(struct cp_goal, force_field, "force_field", cp__force_field_type),
    CP__LIST(struct cp_goal, actions, cp__action_type),
};
const cp__type cp__goal_type = {"goal", sizeof(struct cp_goal), goal_fields,
                                CP__NFIELDS(goal_fields), NULL};
