/* SMART checks of actions, decided from fields only (see validate.h). */
#include "../model/model.h"

#include <careerplan/validate.h>

static const char *const letter_names[] = {"specific", "measurable", "agreed", "relevant",
                                           "time_bound"};

static int letter_index(cp_smart_letter letter)
{
    unsigned bit = (unsigned)letter;
    if (!bit || (bit & (bit - 1)) || bit > CP_SMART_TIME_BOUND)
        return -1;
    int i = 0;
    while (!(bit & 1u)) {
        bit >>= 1;
        i++;
    }
    return i;
}

const char *cp_smart_letter_to_string(cp_smart_letter letter)
{
    int i = letter_index(letter);
    return i < 0 ? NULL : letter_names[i];
}

static const struct cp_client *action_client(const struct cp_action *a)
{
    return (const struct cp_client *)cp__node_client(&a->base);
}

const char *cp_action_smart_reason(const cp_action *action, cp_smart_letter letter)
{
    const struct cp_action *a = action;
    if (letter_index(letter) < 0)
        return NULL;
    if (!a)
        return "there is no action";
    const struct cp_goal *g = (const struct cp_goal *)a->base.parent;
    const struct cp_client *c = action_client(a);
    switch (letter) {
    case CP_SMART_SPECIFIC:
        if (!a->description || !*a->description)
            return "the action has no description";
        if (!a->owner)
            return "the action has no owner: say who will do it";
        if (a->owner == CP_OWNER_SUPPORTER && !a->owner_supporter)
            return "the action is owned by a supporter but does not say which";
        return NULL;
    case CP_SMART_MEASURABLE:
        return a->measure && *a->measure ? NULL
                                         : "the action has no measure: how will everyone know it is done?";
    case CP_SMART_AGREED:
        return a->agreed ? NULL : "the client has not agreed the action";
    case CP_SMART_RELEVANT:
        if (!g || g->base.type != &cp__goal_type)
            return "the action belongs to no goal";
        return g->status == CP_GOAL_STATUS_ACTIVE ? NULL
                                                  : "the action's goal is not active";
    case CP_SMART_TIME_BOUND:
        if (!cp_date_is_none(a->due))
            return NULL;
        if (c && c->flexible_timing)
            return NULL;
        return "the action has no due date (and the client's timing is not flexible)";
    }
    return NULL;
}

unsigned cp_action_smart_check(const cp_action *action)
{
    unsigned failed = 0;
    for (unsigned bit = CP_SMART_SPECIFIC; bit <= CP_SMART_TIME_BOUND; bit <<= 1)
        if (cp_action_smart_reason(action, (cp_smart_letter)bit))
            failed |= bit;
    return failed;
}
