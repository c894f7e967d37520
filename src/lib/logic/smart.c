/* SMART checks of actions, decided from fields only (see validate.h). */
#include "../model/model.h"
#include "logic.h"

#include <careerplan/validate.h>
#include <string.h>

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

cp_status cp_validate_options_init(cp_validate_options *opts, unsigned int version)
{
    if (!opts || version != CP_VALIDATE_OPTIONS_VERSION)
        return CP_EINVAL;
    cp_validate_options d = CP_VALIDATE_OPTIONS_INIT;
    *opts = d;
    return CP_OK;
}

void cp__validate_options_resolve(const cp_validate_options *in, cp_validate_options *out)
{
    if (in && in->version == CP_VALIDATE_OPTIONS_VERSION)
        *out = *in;
    else
        cp_validate_options_init(out, CP_VALIDATE_OPTIONS_VERSION);
}

static const struct cp_client *action_client(const struct cp_action *a)
{
    return (const struct cp_client *)cp__node_client(&a->base);
}

int cp__action_is_open(const struct cp_action *a)
{
    return a->status == CP_ACTION_STATUS_PLANNED || a->status == CP_ACTION_STATUS_IN_PROGRESS ||
           a->status == CP_ACTION_STATUS_PARTLY_DONE;
}

int cp__action_has_deadline(const struct cp_action *a)
{
    return !cp_date_is_none(a->due) && a->timing != CP_ACTION_TIMING_OPTIONAL &&
           a->timing != CP_ACTION_TIMING_ONGOING;
}

static int same_owner(const struct cp_action *a, const struct cp_action *b)
{
    if (a->owner != b->owner)
        return 0;
    if (a->owner != CP_OWNER_SUPPORTER)
        return 1;
    return a->owner_supporter && b->owner_supporter &&
           strcmp(a->owner_supporter, b->owner_supporter) == 0;
}

/* The owner's open, dated actions of the client's non-closed plans due in the
 * fourteen days ending on a's due date (a itself included). */
static size_t due_in_fortnight(const struct cp_client *c, const struct cp_action *a)
{
    size_t n = 0;
    for (size_t i = 0; i < c->plans.count; i++) {
        const struct cp_plan *p = (const struct cp_plan *)c->plans.items[i];
        if (p->status == CP_PLAN_STATUS_CLOSED)
            continue;
        for (size_t j = 0; j < p->goals.count; j++) {
            const struct cp_goal *g = (const struct cp_goal *)p->goals.items[j];
            for (size_t k = 0; k < g->actions.count; k++) {
                const struct cp_action *b = (const struct cp_action *)g->actions.items[k];
                if (b != a && (!cp__action_is_open(b) || !cp__action_has_deadline(b) ||
                               !same_owner(a, b)))
                    continue;
                long d = cp_date_diff_days(b->due, a->due);
                n += d >= 0 && d < 14;
            }
        }
    }
    return n;
}

static const char *realistic_reason(const struct cp_action *a, const cp_validate_options *o)
{
    const struct cp_goal *g = (const struct cp_goal *)a->base.parent;
    const struct cp_client *c = action_client(a);
    if (!g || g->base.type != &cp__goal_type)
        return "the action belongs to no goal";
    if (g->status != CP_GOAL_STATUS_ACTIVE)
        return "the action's goal is not active";
    if (a->owner == CP_OWNER_SUPPORTER && a->owner_supporter) {
        const struct cp_supporter *s =
            c ? (const struct cp_supporter *)cp_client_find_supporter(c, a->owner_supporter) : NULL;
        if (!s)
            return "the action is owned by a supporter the client has not named";
        if (!s->name || !*s->name)
            return "the action is owned by a supporter whose name is not recorded";
    }
    if (c && o->max_due_per_fortnight && cp__action_has_deadline(a) &&
        due_in_fortnight(c, a) > o->max_due_per_fortnight)
        return "its owner has more open actions due in the fortnight up to its due date than "
               "the limit";
    return NULL;
}

const char *cp_action_smart_reason_with(const cp_action *action, cp_smart_letter letter,
                                        const cp_validate_options *opts)
{
    const struct cp_action *a = action;
    if (letter_index(letter) < 0)
        return NULL;
    if (!a)
        return "there is no action";
    cp_validate_options o;
    cp__validate_options_resolve(opts, &o);
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
        return realistic_reason(a, &o);
    case CP_SMART_TIME_BOUND:
        if (!cp_date_is_none(a->due))
            return NULL;
        if (c && c->flexible_timing)
            return NULL;
        if (a->timing)
            return NULL; /* flexible, optional or ongoing: not judged on T */
        return "the action has no due date (and the client's timing is not flexible)";
    }
    return NULL;
}

const char *cp_action_smart_reason(const cp_action *action, cp_smart_letter letter)
{
    return cp_action_smart_reason_with(action, letter, NULL);
}

unsigned cp_action_smart_check_with(const cp_action *action, const cp_validate_options *opts)
{
    unsigned failed = 0;
    for (unsigned bit = CP_SMART_SPECIFIC; bit <= CP_SMART_TIME_BOUND; bit <<= 1)
        if (cp_action_smart_reason_with(action, (cp_smart_letter)bit, opts))
            failed |= bit;
    return failed;
}

unsigned cp_action_smart_check(const cp_action *action)
{
    return cp_action_smart_check_with(action, NULL);
}
