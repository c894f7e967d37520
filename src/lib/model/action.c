/* Actions: the rules between owner and owner_supporter, and between status
 * and completion date (cp__action_check and the setters that keep them). */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

#include <string.h>

cp_status cp__action_check(const cp__node *node, cp__path *path, cp_error *err)
{
    const struct cp_action *a = (const struct cp_action *)node;
    if (a->owner_supporter && a->owner != CP_OWNER_SUPPORTER) {
        size_t m = cp__path_push(path, "owner_supporter");
        cp_status st = cp__fail(err, CP_EVALUE, cp__path_str(path),
                                "owner_supporter is set but owner is not \"supporter\"");
        cp__path_pop(path, m);
        return st;
    }
    if (!cp_date_is_none(a->completed) && a->status != CP_ACTION_STATUS_DONE &&
        a->status != CP_ACTION_STATUS_PARTLY_DONE) {
        size_t m = cp__path_push(path, "completed");
        cp_status st = cp__fail(err, CP_EVALUE, cp__path_str(path),
                                "a completion date needs status \"done\" or \"partly_done\"");
        cp__path_pop(path, m);
        return st;
    }
    return CP_OK;
}

/* Only a done or partly done action carries a completion date. */
static int may_have_completed(int status)
{
    return status == CP_ACTION_STATUS_DONE || status == CP_ACTION_STATUS_PARTLY_DONE;
}

cp_status cp_action_set_owner(cp_action *action, cp_owner owner, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    cp_status st = cp__set_enum(&action->base, &cp__action_fields[CP__ACTION_OWNER], (int)owner, err);
    if (st != CP_OK)
        return st;
    /* The loader refuses owner_supporter without owner "supporter"
     * (cp__action_check), so the API never leaves that combination behind. */
    if (owner != CP_OWNER_SUPPORTER) {
        cp__node_release(&action->base, action->owner_supporter);
        action->owner_supporter = NULL;
    }
    return CP_OK;
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
    return cp__set_string(&action->base, &cp__action_fields[CP__ACTION_OWNER_SUPPORTER], supporter_id, err);
}

/* ---- priority, status and completion ---- */

cp_status cp_action_set_status(cp_action *action, cp_action_status status, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    if (status == CP_ACTION_STATUS_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "an action always has a status");
    cp_status st = cp__set_enum(&action->base, &cp__action_fields[CP__ACTION_STATUS], (int)status, err);
    if (st != CP_OK)
        return st;
    /* Keeps the rule of cp__action_check: a completion date only with done / partly done. */
    if (!may_have_completed(action->status)) {
        cp_date none = CP_DATE_NONE;
        action->completed = none;
    }
    return CP_OK;
}

cp_status cp_action_set_completed(cp_action *action, cp_date completed, cp_error *err)
{
    CP__CHECK_OBJ(action, err);
    const cp__field *f = &cp__action_fields[CP__ACTION_COMPLETED];
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
    cp_status st = cp__check_date(&cp__action_fields[CP__ACTION_COMPLETED], on, err);
    if (st != CP_OK)
        return st;
    action->status = CP_ACTION_STATUS_DONE;
    action->completed = on;
    return CP_OK;
}

