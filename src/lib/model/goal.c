/* Goals, their confidence history and analyses: type tables and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

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

/* Indices into goal_fields, in table (= JSON) order. */
enum { G_ID, G_STATEMENT, G_SKILL_AREA, G_HORIZON, G_STATUS, G_CONFIDENCE, G_HISTORY, G_SENSITIVE,
       G_SWOT, G_FORCE_FIELD, G_ACTIONS };

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

/* Plan's goals list field (plan.c keeps the table; looked up once by name). */
static const cp__field *plan_goals(void)
{
    return cp__type_field(&cp__plan_type, "goals");
}

cp_status cp_plan_add_goal(cp_plan *plan, const char *id, const char *statement, cp_goal **out,
                           cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    cp_status st = cp__check_string(&goal_fields[G_STATEMENT], statement, NULL, err);
    if (st != CP_OK)
        return st;
    cp__node *n = NULL;
    if ((st = cp__child_add(&plan->base, plan_goals(), id, &n, err)) != CP_OK)
        return st;
    if ((st = cp__set_string(n, &goal_fields[G_STATEMENT], statement, err)) != CP_OK) {
        cp__list_drop_last(&plan->goals);
        return st;
    }
    if (out)
        *out = (cp_goal *)n;
    return CP_OK;
}

size_t cp_plan_goal_count(const cp_plan *plan)
{
    return plan ? plan->goals.count : 0;
}

cp_goal *cp_plan_goal_at(const cp_plan *plan, size_t index)
{
    return plan ? (cp_goal *)cp__list_at(&plan->goals, index) : NULL;
}

cp_status cp_plan_remove_goal(cp_plan *plan, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    return cp__child_remove(&plan->base, plan_goals(), index, err);
}

cp_plan *cp_goal_get_plan(const cp_goal *goal)
{
    return (cp_plan *)goal->base.parent;
}

const char *cp_goal_get_id(const cp_goal *goal)
{
    return goal->id;
}

cp_status cp_goal_set_id(cp_goal *goal, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__set_string(&goal->base, &goal_fields[G_ID], id, err);
}

const char *cp_goal_get_statement(const cp_goal *goal)
{
    return goal->statement;
}

cp_status cp_goal_set_statement(cp_goal *goal, const char *statement, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__set_string(&goal->base, &goal_fields[G_STATEMENT], statement, err);
}

cp_skill_area cp_goal_get_skill_area(const cp_goal *goal)
{
    return (cp_skill_area)goal->skill_area;
}

cp_status cp_goal_set_skill_area(cp_goal *goal, cp_skill_area area, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__set_enum(&goal->base, &goal_fields[G_SKILL_AREA], (int)area, err);
}

cp_horizon cp_goal_get_horizon(const cp_goal *goal)
{
    return (cp_horizon)goal->horizon;
}

cp_status cp_goal_set_horizon(cp_goal *goal, cp_horizon horizon, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__set_enum(&goal->base, &goal_fields[G_HORIZON], (int)horizon, err);
}

cp_goal_status cp_goal_get_status(const cp_goal *goal)
{
    return (cp_goal_status)goal->status;
}

cp_status cp_goal_set_status(cp_goal *goal, cp_goal_status status, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    if (status == CP_GOAL_STATUS_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "a goal always has a status");
    return cp__set_enum(&goal->base, &goal_fields[G_STATUS], (int)status, err);
}

int cp_goal_get_confidence(const cp_goal *goal)
{
    return goal->confidence;
}

cp_status cp_goal_set_confidence(cp_goal *goal, int confidence, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__set_int(&goal->base, &goal_fields[G_CONFIDENCE], confidence, err);
}

int cp_goal_is_sensitive(const cp_goal *goal)
{
    return goal->sensitive;
}

cp_status cp_goal_set_sensitive(cp_goal *goal, int sensitive, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__set_bool(&goal->base, &goal_fields[G_SENSITIVE], sensitive, err);
}

cp_status cp_goal_add_confidence_entry(cp_goal *goal, cp_date date, int score, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    if (cp_date_is_none(date))
        return cp__fail(err, CP_EINVAL, NULL, "a confidence entry needs a date");
    if (!cp_date_is_valid(date))
        return cp__fail(err, CP_ERANGE, NULL, "not a calendar date");
    if (score < 1 || score > 10)
        return cp__fail(err, CP_ERANGE, NULL, "confidence must be between 1 and 10, not %d", score);
    cp__node *n = NULL;
    cp_status st = cp__child_add(&goal->base, &goal_fields[G_HISTORY], NULL, &n, err);
    if (st != CP_OK)
        return st;
    struct cp_confidence_entry *e = (struct cp_confidence_entry *)n;
    e->date = date;
    e->score = score;
    return CP_OK;
}

size_t cp_goal_confidence_entry_count(const cp_goal *goal)
{
    return goal ? goal->confidence_history.count : 0;
}

const cp_confidence_entry *cp_goal_confidence_entry_at(const cp_goal *goal, size_t index)
{
    return goal ? (const cp_confidence_entry *)cp__list_at(&goal->confidence_history, index)
                : NULL;
}

cp_goal *cp_confidence_entry_get_goal(const cp_confidence_entry *entry)
{
    return (cp_goal *)entry->base.parent;
}

cp_date cp_confidence_entry_get_date(const cp_confidence_entry *entry)
{
    return entry->date;
}

int cp_confidence_entry_get_score(const cp_confidence_entry *entry)
{
    return entry->score;
}

/* The string list `index` of the goal's K_OBJECT `field` (SWOT or force
 * field); NULL when the list index is unknown or (for reading) absent. */
static cp__strlist *analysis_list(const cp_goal *goal, int field, int index, int create)
{
    const cp__field *f = &goal_fields[field];
    const cp__type *t = f->type;
    if (index < 0 || (size_t)index >= t->nfields)
        return NULL;
    cp__node *obj = create ? cp__object_get((cp__node *)&goal->base, f)
                           : (cp__node *)*CP__CAT(&goal->base, f, cp__node *);
    return obj ? CP__AT(obj, &t->fields[index], cp__strlist) : NULL;
}

static cp_status analysis_add(cp_goal *goal, int field, int index, const char *text,
                              cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    const cp__type *t = goal_fields[field].type;
    if (index < 0 || (size_t)index >= t->nfields)
        return cp__fail(err, CP_EINVAL, NULL, "unknown %s list %d", t->name, index);
    if (!text || !*text)
        return cp__fail(err, CP_EINVAL, NULL, "text is NULL or empty");
    if (!cp__utf8_valid(text, strlen(text)))
        return cp__fail(err, CP_EVALUE, NULL, "text is not valid UTF-8");
    cp__strlist *l = analysis_list(goal, field, index, 1);
    if (!l || cp__strlist_push(l, text) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

static cp_status analysis_remove(cp_goal *goal, int field, int index, size_t item, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    const cp__type *t = goal_fields[field].type;
    if (index < 0 || (size_t)index >= t->nfields)
        return cp__fail(err, CP_EINVAL, NULL, "unknown %s list %d", t->name, index);
    cp__strlist *l = analysis_list(goal, field, index, 0);
    if (!l || item >= l->count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range", item);
    cp__strlist_remove(l, item);
    return CP_OK;
}

size_t cp_goal_swot_count(const cp_goal *goal, cp_swot_list list)
{
    cp__strlist *l = goal ? analysis_list(goal, G_SWOT, (int)list, 0) : NULL;
    return l ? l->count : 0;
}

const char *cp_goal_swot_at(const cp_goal *goal, cp_swot_list list, size_t index)
{
    cp__strlist *l = goal ? analysis_list(goal, G_SWOT, (int)list, 0) : NULL;
    return l ? cp__strlist_at(l, index) : NULL;
}

cp_status cp_goal_add_swot(cp_goal *goal, cp_swot_list list, const char *text, cp_error *err)
{
    return analysis_add(goal, G_SWOT, (int)list, text, err);
}

cp_status cp_goal_remove_swot(cp_goal *goal, cp_swot_list list, size_t index, cp_error *err)
{
    return analysis_remove(goal, G_SWOT, (int)list, index, err);
}

int cp_goal_has_swot(const cp_goal *goal)
{
    return goal && goal->swot;
}

size_t cp_goal_force_count(const cp_goal *goal, cp_force_list list)
{
    cp__strlist *l = goal ? analysis_list(goal, G_FORCE_FIELD, (int)list, 0) : NULL;
    return l ? l->count : 0;
}

const char *cp_goal_force_at(const cp_goal *goal, cp_force_list list, size_t index)
{
    cp__strlist *l = goal ? analysis_list(goal, G_FORCE_FIELD, (int)list, 0) : NULL;
    return l ? cp__strlist_at(l, index) : NULL;
}

cp_status cp_goal_add_force(cp_goal *goal, cp_force_list list, const char *text, cp_error *err)
{
    return analysis_add(goal, G_FORCE_FIELD, (int)list, text, err);
}

cp_status cp_goal_remove_force(cp_goal *goal, cp_force_list list, size_t index, cp_error *err)
{
    return analysis_remove(goal, G_FORCE_FIELD, (int)list, index, err);
}

int cp_goal_has_force_field(const cp_goal *goal)
{
    return goal && goal->force_field;
}
