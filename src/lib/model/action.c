/* Actions: type table and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

static cp_status check_action(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_action *a = (const struct cp_action *)node;
    if (a->owner_supporter && a->owner != CP_OWNER_SUPPORTER) {
        size_t m = cp__path_push(path, "owner_supporter");
        cp_status st = cp__fail(err, CP_EVALUE, path->buf,
                                "owner_supporter is set but owner is not \"supporter\"");
        cp__path_pop(path, m);
        return st;
    }
    if (!cp_date_is_none(a->completed) && a->status != CP_ACTION_STATUS_DONE &&
        a->status != CP_ACTION_STATUS_PARTLY_DONE) {
        size_t m = cp__path_push(path, "completed");
        cp_status st = cp__fail(err, CP_EVALUE, path->buf,
                                "a completion date needs status \"done\" or \"partly_done\"");
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}

/* Indices into action_fields, in table (= JSON) order. */
enum { A_ID, A_DESCRIPTION, A_OWNER, A_OWNER_SUPPORTER, A_DUE, A_MEASURE, A_AGREED, A_SUPPORTERS,
       A_RESOURCES, A_PRIORITY, A_STATUS, A_COMPLETED, A_SENSITIVE };

static const cp__field action_fields[] = {
    CP__STR(struct cp_action, id, CP__F_REQUIRED | CP__F_ID),
    CP__STR(struct cp_action, description, CP__F_REQUIRED),
    CP__ENUM(struct cp_action, owner, 0, 0, cp__owner_enum),
    CP__REF(struct cp_action, owner_supporter, 0, cp__supporter_type),
    CP__DATE(struct cp_action, due, 0),
    CP__STR(struct cp_action, measure, 0),
    CP__BOOL(struct cp_action, agreed),
    CP__FIELD(struct cp_action, supporters, "supporters", CP__K_STRLIST, CP__F_REF, 0, 0, NULL,
              &cp__supporter_type),
    CP__STRLIST(struct cp_action, resources, 0),
    CP__ENUM(struct cp_action, priority, 0, 0, cp__priority_enum),
    CP__ENUM(struct cp_action, status, 0, CP_ACTION_STATUS_PLANNED, cp__action_status_enum),
    CP__DATE(struct cp_action, completed, 0),
    CP__BOOL(struct cp_action, sensitive),
};
const cp__type cp__action_type = {"action", sizeof(struct cp_action), action_fields,
                                  CP__NFIELDS(action_fields), check_action};

_Static_assert(CP__NFIELDS(action_fields) == A_SENSITIVE + 1,
               "action_fields and its index enum differ");

/* Goal's actions list field (goal.c keeps the table; looked up once by name). */
static const cp__field *goal_actions(void)
{
    return cp__type_field(&cp__goal_type, "actions");
}

/* Only a done or partly done action carries a completion date. */
static int may_have_completed(int status)
{
    return status == CP_ACTION_STATUS_DONE || status == CP_ACTION_STATUS_PARTLY_DONE;
}

cp_status cp_goal_add_action(cp_goal *goal, const char *id, const char *description,
                             cp_action **out, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    const cp__field *df = &action_fields[A_DESCRIPTION];
    cp_status st = cp__check_string(df, description, NULL, err);
    if (st != CP_OK)
        return st;
    cp__node *n = NULL;
    if ((st = cp__child_add(&goal->base, goal_actions(), id, &n, err)) != CP_OK)
        return st;
    if ((st = cp__set_string(n, df, description, err)) != CP_OK) {
        cp__list_drop_last(&goal->actions);
        return st;
    }
    if (out)
        *out = (cp_action *)n;
    return CP_OK;
}

size_t cp_goal_action_count(const cp_goal *goal)
{
    return goal ? goal->actions.count : 0;
}

cp_action *cp_goal_action_at(const cp_goal *goal, size_t index)
{
    return goal ? (cp_action *)cp__list_at(&goal->actions, index) : NULL;
}

cp_status cp_goal_remove_action(cp_goal *goal, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(goal, err);
    return cp__child_remove(&goal->base, goal_actions(), index, err);
}

cp_goal *cp_action_get_goal(const cp_action *action)
{
    return (cp_goal *)action->base.parent;
}

const char *cp_action_get_id(const cp_action *action)
{
    return action->id;
}

cp_status cp_action_set_id(cp_action *action, const char *id, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_string(&action->base, &action_fields[A_ID], id, err);
}

const char *cp_action_get_description(const cp_action *action)
{
    return action->description;
}

cp_status cp_action_set_description(cp_action *action, const char *description, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_string(&action->base, &action_fields[A_DESCRIPTION], description, err);
}

cp_owner cp_action_get_owner(const cp_action *action)
{
    return (cp_owner)action->owner;
}

cp_status cp_action_set_owner(cp_action *action, cp_owner owner, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    cp_status st = cp__set_enum(&action->base, &action_fields[A_OWNER], (int)owner, err);
    if (st != CP_OK)
        return st;
    /* The loader refuses owner_supporter without owner "supporter"
     * (check_action), so the API never leaves that combination behind. */
    if (owner != CP_OWNER_SUPPORTER) {
        cp__free(action->owner_supporter);
        action->owner_supporter = NULL;
    }
    return CP_OK;
}

const char *cp_action_get_owner_supporter(const cp_action *action)
{
    return action->owner_supporter;
}

cp_status cp_action_set_owner_supporter(cp_action *action, const char *supporter_id,
                                        cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (supporter_id && !*supporter_id)
        return cp__fail(err, CP_EINVAL, NULL, "owner_supporter must not be empty");
    if (supporter_id && action->owner != CP_OWNER_SUPPORTER)
        return cp__fail(err, CP_ESTATE, NULL,
                        "owner_supporter needs owner \"supporter\"; set the owner first");
    return cp__set_string(&action->base, &action_fields[A_OWNER_SUPPORTER], supporter_id, err);
}

cp_date cp_action_get_due(const cp_action *action)
{
    return action->due;
}

cp_status cp_action_set_due(cp_action *action, cp_date due, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_date(&action->base, &action_fields[A_DUE], due, err);
}

const char *cp_action_get_measure(const cp_action *action)
{
    return action->measure;
}

cp_status cp_action_set_measure(cp_action *action, const char *measure, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_string(&action->base, &action_fields[A_MEASURE], measure, err);
}

int cp_action_is_agreed(const cp_action *action)
{
    return action->agreed;
}

cp_status cp_action_set_agreed(cp_action *action, int agreed, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_bool(&action->base, &action_fields[A_AGREED], agreed, err);
}

/* ---- supporters who help, and resources: string lists ---- */

size_t cp_action_supporter_count(const cp_action *action)
{
    return action ? action->supporters.count : 0;
}

const char *cp_action_supporter_at(const cp_action *action, size_t index)
{
    return action ? cp__strlist_at(&action->supporters, index) : NULL;
}

cp_status cp_action_add_supporter(cp_action *action, const char *supporter_id, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (!supporter_id || !*supporter_id)
        return cp__fail(err, CP_EINVAL, NULL, "supporter id is NULL or empty");
    cp_status st = cp__check_string(&action_fields[A_SUPPORTERS], supporter_id, NULL, err);
    if (st != CP_OK)
        return st;
    if (!cp__node_resolve(&action->base, supporter_id, &cp__supporter_type))
        return cp__fail(err, CP_ENOTFOUND, NULL, "supporter \"%.100s\" does not exist",
                        supporter_id);
    if (cp__strlist_find(&action->supporters, supporter_id) != (size_t)-1)
        return cp__fail(err, CP_EDUPLICATE, NULL, "supporter \"%.100s\" is listed already",
                        supporter_id);
    if (cp__strlist_push(&action->supporters, supporter_id) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

cp_status cp_action_remove_supporter(cp_action *action, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (index >= action->supporters.count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range (%zu supporters)", index,
                        action->supporters.count);
    cp__strlist_remove(&action->supporters, index);
    return CP_OK;
}

size_t cp_action_resource_count(const cp_action *action)
{
    return action ? action->resources.count : 0;
}

const char *cp_action_resource_at(const cp_action *action, size_t index)
{
    return action ? cp__strlist_at(&action->resources, index) : NULL;
}

cp_status cp_action_add_resource(cp_action *action, const char *resource, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (!resource || !*resource)
        return cp__fail(err, CP_EINVAL, NULL, "resource is NULL or empty");
    if (!cp__utf8_valid(resource, strlen(resource)))
        return cp__fail(err, CP_EVALUE, NULL, "resource is not valid UTF-8");
    if (cp__strlist_push(&action->resources, resource) != CP_OK)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    return CP_OK;
}

cp_status cp_action_remove_resource(cp_action *action, size_t index, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (index >= action->resources.count)
        return cp__fail(err, CP_ERANGE, NULL, "index %zu is out of range (%zu resources)", index,
                        action->resources.count);
    cp__strlist_remove(&action->resources, index);
    return CP_OK;
}

/* ---- priority, status and completion ---- */

cp_priority cp_action_get_priority(const cp_action *action)
{
    return (cp_priority)action->priority;
}

cp_status cp_action_set_priority(cp_action *action, cp_priority priority, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_enum(&action->base, &action_fields[A_PRIORITY], (int)priority, err);
}

cp_action_status cp_action_get_status(const cp_action *action)
{
    return (cp_action_status)action->status;
}

cp_status cp_action_set_status(cp_action *action, cp_action_status status, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (status == CP_ACTION_STATUS_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "an action always has a status");
    cp_status st = cp__set_enum(&action->base, &action_fields[A_STATUS], (int)status, err);
    if (st != CP_OK)
        return st;
    /* Keeps the rule of check_action: a completion date only with done / partly done. */
    if (!may_have_completed(action->status)) {
        cp_date none = CP_DATE_NONE;
        action->completed = none;
    }
    return CP_OK;
}

cp_date cp_action_get_completed(const cp_action *action)
{
    return action->completed;
}

cp_status cp_action_set_completed(cp_action *action, cp_date completed, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    const cp__field *f = &action_fields[A_COMPLETED];
    cp_status st = cp__check_date(f, completed, err);
    if (st != CP_OK)
        return st;
    if (!cp_date_is_none(completed) && !may_have_completed(action->status))
        return cp__fail(err, CP_ESTATE, NULL,
                        "a completion date needs status \"done\" or \"partly_done\", not \"%s\"",
                        cp__enum_name(&cp__action_status_enum, action->status));
    return cp__set_date(&action->base, f, completed, err);
}

cp_status cp_action_complete(cp_action *action, cp_date on, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (cp_date_is_none(on))
        return cp__fail(err, CP_EINVAL, NULL, "a completion date is required");
    cp_status st = cp__check_date(&action_fields[A_COMPLETED], on, err);
    if (st != CP_OK)
        return st;
    action->status = CP_ACTION_STATUS_DONE;
    action->completed = on;
    return CP_OK;
}

int cp_action_is_sensitive(const cp_action *action)
{
    return action->sensitive;
}

cp_status cp_action_set_sensitive(cp_action *action, int sensitive, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    return cp__set_bool(&action->base, &action_fields[A_SENSITIVE], sensitive, err);
}
