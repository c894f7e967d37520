/* Actions: type table and accessors. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

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
