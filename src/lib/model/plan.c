/* Plans: a status that is always set, and the three summary sections
 * addressed by cp_plan_section. The rest is generated. */
#include "../core/alloc.h"
#include "../core/error.h"
#include "model.h"

cp_status cp_plan_set_status(cp_plan *plan, cp_plan_status status, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    if (status == CP_PLAN_STATUS_UNSET)
        return cp__fail(err, CP_EINVAL, NULL, "a plan always has a status");
    return cp__set_enum(&plan->base, &cp__plan_fields[CP__PLAN_STATUS], (int)status, err);
}

/* ---- summary sections ---- */

static int section_known(cp_plan_section section)
{
    return (int)section >= 0 && (int)section < 3;
}

static const struct cp_section *section_get(const cp_plan *plan, cp_plan_section section)
{
    if (!plan || !section_known(section))
        return NULL;
    return (const struct cp_section *)plan->sections[section];
}

const char *cp_plan_get_section(const cp_plan *plan, cp_plan_section section)
{
    const struct cp_section *s = section_get(plan, section);
    return s ? s->text : NULL;
}

int cp_plan_section_is_sensitive(const cp_plan *plan, cp_plan_section section)
{
    const struct cp_section *s = section_get(plan, section);
    return s ? s->sensitive : 0;
}

int cp_plan_has_section(const cp_plan *plan, cp_plan_section section)
{
    return section_get(plan, section) != NULL;
}

cp_status cp_plan_set_section(cp_plan *plan, cp_plan_section section, const char *text,
                              int sensitive, cp_error *err)
{
    CP__CHECK_OBJ(plan, err);
    if (!section_known(section))
        return cp__fail(err, CP_EINVAL, NULL, "unknown plan section %d", (int)section);
    const cp__field *f = &cp__plan_fields[CP__PLAN_WHERE_YOU_ARE_NOW + (int)section];
    cp__node **slot = CP__AT(&plan->base, f, cp__node *);
    if (!text) {
        cp__node_free(*slot);
        *slot = NULL;
        return CP_OK;
    }
    const cp__field *tf = &cp__section_fields[CP__SECTION_TEXT];
    cp_status st = cp__check_string(tf, text, NULL, err);
    if (st != CP_OK)
        return st;
    int created = *slot == NULL;
    cp__node *s = cp__object_get(&plan->base, f);
    if (!s)
        return cp__fail(err, CP_ENOMEM, NULL, "out of memory");
    if ((st = cp__set_string(s, tf, text, err)) != CP_OK) {
        /* A new section must not be left behind without its text. */
        if (created) {
            cp__node_free(s);
            *slot = NULL;
        }
        return st;
    }
    return cp__set_bool(s, &cp__section_fields[CP__SECTION_SENSITIVE], sensitive, err);
}

