/*
 * Internal: the layout of every model object, and their type tables.
 * Public headers see these only as opaque types. Field order in each struct
 * is free; the JSON order comes from the type tables in the matching .c file.
 */
#ifndef CP_MODEL_MODEL_H
#define CP_MODEL_MODEL_H

#include <careerplan/careerplan.h>

#include "../core/hashmap.h"
#include "node.h"

/* Small records without their own public header file live with their owner:
 * supporter (client.c), resource, artefact, section, history entry (plan.c),
 * confidence entry, swot, force field (goal.c), outcome, barrier, goal score,
 * change (review.c), disclosure (consent.c). */

struct cp_supporter {
    cp__node base;
    char *id;
    int role;
    char *name;
    char *contact;
};

struct cp_client {
    cp__node base;
    char *id;
    char *upn;
    char *uln;
    char *service_ref;
    char *given_name;
    char *family_name;
    cp_date date_of_birth;
    int setting;
    int year_group;
    int age;
    unsigned support;
    int need_level;
    int planning_style;
    unsigned recording_formats;
    int flexible_timing;
    cp__list supporters;
    cp__list plans;
    cp__list consents;
    cp__list disclosures;
};

struct cp_section {
    cp__node base;
    char *text;
    int sensitive;
};

struct cp_resource {
    cp__node base;
    char *title;
    char *url;
};

struct cp_artefact {
    cp__node base;
    int kind;
    char *uri;
    char *caption;
};

struct cp_history_entry {
    cp__node base;
    cp_date date;
    char *author;
    char *change;
    char *reason;
    int sensitive; /* the entry is about sensitive items */
};

struct cp_plan {
    cp__node base;
    char *id;
    cp_date created;
    char *practitioner;
    char *service;
    int guidance_model;
    char *guidance_stage;
    cp__node *sections[3]; /* where you are now / want to be / how you will get there */
    int status;
    cp_date agreed_date;
    cp__list resources;
    cp__list artefacts;
    int review_frequency;
    int reviews_per_year;
    cp_date next_review;
    cp__list goals;
    cp__list reviews;
    cp__list history;
};

struct cp_confidence_entry {
    cp__node base;
    cp_date date;
    int score;
};

struct cp_swot {
    cp__node base;
    cp__strlist strengths;
    cp__strlist weaknesses;
    cp__strlist opportunities;
    cp__strlist threats;
};

struct cp_force_field {
    cp__node base;
    cp__strlist forces_for;
    cp__strlist forces_against;
};

struct cp_goal {
    cp__node base;
    char *id;
    char *statement;
    int skill_area;
    int horizon;
    int status;
    int confidence;
    cp__list confidence_history;
    int sensitive;
    cp__node *swot;
    cp__node *force_field;
    cp__list actions;
};

struct cp_action {
    cp__node base;
    char *id;
    char *description;
    int owner;
    char *owner_supporter;
    cp_date due;
    char *measure;
    int agreed;
    cp__strlist supporters;
    cp__strlist resources;
    int priority;
    int status;
    cp_date completed;
    int sensitive;
};

struct cp_barrier {
    cp__node base;
    int kind;
    char *detail;
};

struct cp_outcome {
    cp__node base;
    char *action;
    int result;
    char *notes;
    cp__list barriers;
    char *helped;
};

struct cp_goal_score {
    cp__node base;
    char *goal;
    int score;
};

struct cp_change {
    cp__node base;
    int kind;
    char *action;
    char *goal;
    cp_date due;
    char *description;
};

struct cp_review {
    cp__node base;
    char *id;
    cp_date date;
    char *reviewer;
    int mode;
    cp__list outcomes;
    cp__list goal_scores;
    char *reflection;
    char *feedback;
    cp__list changes;
    cp_date next_review;
    int sensitive; /* reflection and feedback are personal: withheld from non-sensitive exports */
    int applied;   /* cp_review_apply() has run: applying twice is refused */
};

struct cp_consent {
    cp__node base;
    char *id;
    char *supporter;
    int role;
    int scope;
    char *purpose;
    cp_date granted;
    cp_date expires;
    cp_date withdrawn;
    char *recorded_by;
};

struct cp_disclosure {
    cp__node base;
    cp_date date;
    char *recipient;
    int scope;
    char *consent;
};

struct cp_caseload {
    cp__node base;
    char *name;
    cp__list clients;
    cp__hashmap index; /* client id -> cp_client*, rebuilt by cp__caseload_reindex */
};

extern const cp__type cp__supporter_type, cp__client_type, cp__section_type, cp__resource_type,
    cp__artefact_type, cp__history_entry_type, cp__plan_type, cp__confidence_entry_type,
    cp__swot_type, cp__force_field_type, cp__goal_type, cp__action_type, cp__barrier_type,
    cp__outcome_type, cp__goal_score_type, cp__change_type, cp__review_type, cp__consent_type,
    cp__disclosure_type, cp__caseload_type;

/* Enumeration tables (model/enums.c). */
extern const cp__enum cp__setting_enum, cp__support_enum, cp__need_level_enum,
    cp__planning_style_enum, cp__recording_format_enum, cp__supporter_role_enum,
    cp__guidance_model_enum, cp__plan_status_enum, cp__artefact_kind_enum,
    cp__review_frequency_enum, cp__skill_area_enum, cp__horizon_enum, cp__goal_status_enum,
    cp__owner_enum, cp__priority_enum, cp__action_status_enum, cp__review_mode_enum,
    cp__outcome_result_enum, cp__barrier_kind_enum, cp__change_kind_enum,
    cp__recipient_role_enum, cp__consent_scope_enum;

/* Ids (model/ids.c). */
/* Node with `id` in the tree under root (root's own id ignored when root is a client). */
cp__node *cp__node_find_id(const cp__node *root, const char *id);
/* Node with `id` and type `type` in the id scope of `from` (its client). */
cp__node *cp__node_resolve(const cp__node *from, const char *id, const cp__type *type);
/* Number of references (F_REF fields) to `id` under root. */
size_t cp__node_count_refs(const cp__node *root, const char *id);
/* Checks a loaded client (or caseload): unique ids, resolvable references,
 * cross-field rules. `path` points at root. */
cp_status cp__node_check(const cp__node *root, cp__path *path, cp_error *err);

/* Caseload index (model/caseload.c). */
void cp__caseload_fini(cp_caseload *cl);
cp__node *cp__caseload_find(const cp_caseload *cl, const char *id);
/* Rebuilds the id index; on duplicate fills err (path into clients) with CP_EDUPLICATE. */
cp_status cp__caseload_reindex(cp_caseload *cl, cp_error *err);
/* Moves a client's index entry from old_id to new_id (both may be NULL). */
cp_status cp__caseload_rename(cp_caseload *cl, cp__node *client, const char *old_id,
                              const char *new_id);

/* Field descriptor shorthands for the type tables. */
#define CP__FIELD(T, member, jname, kind, flags, lo, hi, en, ty)                                   \
    {jname, kind, flags, offsetof(T, member), lo, hi, en, ty}
#define CP__STR(T, m, flags) CP__FIELD(T, m, #m, CP__K_STRING, flags, 0, 0, NULL, NULL)
#define CP__REF(T, m, flags, ty) CP__FIELD(T, m, #m, CP__K_STRING, (flags) | CP__F_REF, 0, 0, NULL, &ty)
#define CP__DATE(T, m, flags) CP__FIELD(T, m, #m, CP__K_DATE, flags, 0, 0, NULL, NULL)
#define CP__BOOL(T, m) CP__FIELD(T, m, #m, CP__K_BOOL, 0, 0, 0, NULL, NULL)
#define CP__INT(T, m, flags, lo, hi) CP__FIELD(T, m, #m, CP__K_INT, flags, lo, hi, NULL, NULL)
#define CP__ENUM(T, m, flags, def, en) CP__FIELD(T, m, #m, CP__K_ENUM, flags, def, 0, &en, NULL)
#define CP__FLAGS(T, m, flags, en) CP__FIELD(T, m, #m, CP__K_FLAGS, flags, 0, 0, &en, NULL)
#define CP__STRLIST(T, m, flags) CP__FIELD(T, m, #m, CP__K_STRLIST, flags, 0, 0, NULL, NULL)
#define CP__LIST(T, m, ty) CP__FIELD(T, m, #m, CP__K_LIST, 0, 0, 0, NULL, &ty)
#define CP__OBJECT(T, m, jname, ty) CP__FIELD(T, m, jname, CP__K_OBJECT, 0, 0, 0, NULL, &ty)
#define CP__NFIELDS(a) (sizeof(a) / sizeof((a)[0]))

#endif
