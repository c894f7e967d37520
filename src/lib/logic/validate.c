/* Domain validation of a client's plans: the rules table is in validate.h. */
#include "../core/diagnostics.h"
#include "../core/error.h"
#include "../core/path.h"
#include "../model/model.h"
#include "logic.h"

#include <careerplan/validate.h>
#include <stdio.h>
#include <string.h>

typedef struct vctx {
    cp_diagnostics *out;
    cp__path path;
    cp_date as_of;
    cp_validate_options opts;
    int failed; /* an append ran out of memory */
} vctx;

static void add(vctx *v, cp_severity sev, const char *code, const char *member, const char *msg)
{
    size_t m = member ? cp__path_push(&v->path, member) : cp__path_mark(&v->path);
    if (cp_diagnostics_add(v->out, sev, code, cp__path_str(&v->path), msg) != CP_OK)
        v->failed = 1;
    cp__path_pop(&v->path, m);
}

static void check_action(vctx *v, const struct cp_plan *p, const struct cp_action *a)
{
    char msg[200];
    if (p->status != CP_PLAN_STATUS_CLOSED && cp__action_is_open(a)) {
        for (unsigned bit = CP_SMART_SPECIFIC; bit <= CP_SMART_TIME_BOUND; bit <<= 1) {
            const char *why = cp_action_smart_reason_with(a, (cp_smart_letter)bit, &v->opts);
            if (!why)
                continue;
            char code[32];
            snprintf(code, sizeof code, "smart-%s", cp_smart_letter_to_string((cp_smart_letter)bit));
            for (char *s = code; *s; s++)
                if (*s == '_')
                    *s = '-';
            /* the letter after "smart-", e.g. "time-bound" */
            snprintf(msg, sizeof msg, "action \"%.60s\" is not %s: %s", a->id, code + 6, why);
            add(v, CP_SEVERITY_WARNING, code, NULL, msg);
        }
    }
    if (!cp_date_is_none(a->due) && cp_date_compare(a->due, p->created) < 0) {
        snprintf(msg, sizeof msg, "action \"%.60s\" is due before its plan was created", a->id);
        add(v, CP_SEVERITY_ERROR, "due-before-plan", "due", msg);
    }
}

static void check_goal(vctx *v, const struct cp_plan *p, const struct cp_goal *g)
{
    char msg[200];
    size_t m = cp__path_push(&v->path, "actions");
    for (size_t i = 0; i < g->actions.count; i++) {
        const struct cp_action *a = (const struct cp_action *)g->actions.items[i];
        size_t k = cp__path_push_index(&v->path, i);
        check_action(v, p, a);
        cp__path_pop(&v->path, k);
    }
    cp__path_pop(&v->path, m);
    if (g->status == CP_GOAL_STATUS_ACTIVE && g->actions.count == 0) {
        snprintf(msg, sizeof msg, "goal \"%.60s\" has no action", g->id);
        add(v, CP_SEVERITY_WARNING, "goal-without-action", NULL, msg);
    }
}

static void check_plan(vctx *v, const struct cp_plan *p)
{
    char msg[200];
    size_t m = cp__path_push(&v->path, "goals");
    for (size_t i = 0; i < p->goals.count; i++) {
        size_t k = cp__path_push_index(&v->path, i);
        check_goal(v, p, (const struct cp_goal *)p->goals.items[i]);
        cp__path_pop(&v->path, k);
    }
    cp__path_pop(&v->path, m);
    /* Source 000: "Keep lists of actions manageable: the rule of three
     * suggests that this number engages and motivates" -- the list the client
     * holds is the plan's, so its open actions are counted, not each goal's. */
    size_t open = 0;
    for (size_t i = 0; i < p->goals.count; i++) {
        const struct cp_goal *g = (const struct cp_goal *)p->goals.items[i];
        for (size_t j = 0; j < g->actions.count; j++)
            open += cp__action_is_open((const struct cp_action *)g->actions.items[j]);
    }
    if (p->status != CP_PLAN_STATUS_CLOSED && v->opts.max_open_actions &&
        open > v->opts.max_open_actions) {
        snprintf(msg, sizeof msg,
                 "plan \"%.60s\" has %zu open actions: keep the list manageable, %u at a time "
                 "(rule of three)",
                 p->id, open, v->opts.max_open_actions);
        add(v, CP_SEVERITY_WARNING, "rule-of-three", NULL, msg);
    }
    m = cp__path_push(&v->path, "reviews");
    for (size_t i = 0; i < p->reviews.count; i++) {
        const struct cp_review *r = (const struct cp_review *)p->reviews.items[i];
        size_t k = cp__path_push_index(&v->path, i);
        if (cp_date_compare(r->date, p->created) < 0) {
            snprintf(msg, sizeof msg, "review \"%.60s\" is dated before its plan was created",
                     r->id);
            add(v, CP_SEVERITY_ERROR, "review-before-plan", "date", msg);
        }
        cp__path_pop(&v->path, k);
    }
    cp__path_pop(&v->path, m);
    /* a plan that leaves the next meeting to the client is not "review due" */
    if (!cp_date_is_none(v->as_of) && p->status != CP_PLAN_STATUS_CLOSED &&
        !p->next_meeting_left_to_client && !cp_date_is_none(p->next_review) &&
        cp_date_compare(p->next_review, v->as_of) < 0) {
        snprintf(msg, sizeof msg, "plan \"%.60s\" was due for review %ld day(s) ago", p->id,
                 cp_date_diff_days(p->next_review, v->as_of));
        add(v, CP_SEVERITY_WARNING, "next-review-overdue", "next_review", msg);
    }
}

/*
 * UPN check letter. Source: the DfE's Unique Pupil Number data standard (UK
 * Government Data Standards Catalogue, "Unique Pupil Number" 2.0, and the
 * school census validation rule 1510): the check letter at position 1 is the
 * sum of each of characters 2..13 times its position (2..13), modulo 23,
 * written 0 -> A, 1 -> B, ... 22 -> Z without I, O and S; for a temporary
 * UPN the final letter counts as its value in that same table (A = 0, B = 1,
 * ...). E.g. B801200005001 is valid, A801200005001 is not.
 */
static const char upn_letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

int cp__upn_check_ok(const char *upn)
{
    if (!upn || strlen(upn) != 13)
        return 0;
    unsigned long sum = 0;
    for (int i = 1; i < 13; i++) {
        char ch = upn[i];
        int value;
        if (ch >= '0' && ch <= '9')
            value = ch - '0';
        else if (i == 12 && ch && strchr(upn_letters, ch))
            value = (int)(strchr(upn_letters, ch) - upn_letters);
        else
            return 0;
        sum += (unsigned long)value * (unsigned long)(i + 1);
    }
    return upn[0] == upn_letters[sum % 23];
}

/*
 * ULN check digit. Source: the ESFA's Individualised Learner Record
 * specification, derived variable DD01 (ULN validity; as implemented in the
 * ESFA's ILR validation service, DerivedData_01Rule): the first nine digits
 * times 10, 9, ..., 2, summed, modulo 11; a remainder of 0 is invalid,
 * otherwise the tenth digit is 10 minus the remainder. E.g. 1000000043 is
 * valid, 1000000063 (remainder 0) is not. The ILR's placeholder 9999999999
 * ("not known") is not a ULN: leave the member out instead.
 */
int cp__uln_check_ok(const char *uln)
{
    if (!uln || strlen(uln) != 10)
        return 0;
    unsigned sum = 0;
    for (int i = 0; i < 10; i++)
        if (uln[i] < '0' || uln[i] > '9')
            return 0;
    for (int i = 0; i < 9; i++)
        sum += (unsigned)(uln[i] - '0') * (unsigned)(10 - i);
    unsigned r = sum % 11;
    return r != 0 && (unsigned)(uln[9] - '0') == 10 - r;
}

static void check_client(vctx *v, const struct cp_client *c)
{
    char msg[200];
    if (c->upn && !cp__upn_check_ok(c->upn)) {
        snprintf(msg, sizeof msg,
                 "UPN \"%.20s\" does not pass its check letter: school exchange would not "
                 "match it",
                 c->upn);
        add(v, CP_SEVERITY_ERROR, "upn-check-letter", "upn", msg);
    }
    if (c->uln && !cp__uln_check_ok(c->uln)) {
        snprintf(msg, sizeof msg,
                 "ULN \"%.20s\" does not pass its check digit: the learner record would not "
                 "match it",
                 c->uln);
        add(v, CP_SEVERITY_ERROR, "uln-check-digit", "uln", msg);
    }
    /* Structural rules first: ids and references (the loader enforces them,
     * but a document may also be assembled in ways that bypass it). */
    cp_error e;
    size_t at = cp__path_mark(&v->path);
    cp_status st = cp__node_check(&c->base, &v->path, &e, NULL);
    cp__path_pop(&v->path, at); /* an error returns without popping */
    if (st == CP_ENOMEM) /* the id index could not be built: nothing was checked */
        v->failed = 1;
    else if (st == CP_EDUPLICATE || st == CP_ENOTFOUND) {
        if (cp_diagnostics_add(v->out, CP_SEVERITY_ERROR,
                               st == CP_EDUPLICATE ? "duplicate-id" : "dangling-reference", e.path,
                               e.message) != CP_OK)
            v->failed = 1;
    }
    size_t m = cp__path_push(&v->path, "plans");
    for (size_t i = 0; i < c->plans.count; i++) {
        size_t k = cp__path_push_index(&v->path, i);
        check_plan(v, (const struct cp_plan *)c->plans.items[i]);
        cp__path_pop(&v->path, k);
    }
    cp__path_pop(&v->path, m);
}

/* Shared argument checks and set-up of both entry points. */
static cp_status begin(vctx *v, const void *obj, cp_date as_of, const cp_validate_options *opts,
                       cp_diagnostics *out, cp_error *err)
{
    if (!obj || !out)
        return cp__fail(err, CP_EINVAL, NULL, "object or output list is NULL");
    if (opts && opts->version != CP_VALIDATE_OPTIONS_VERSION)
        return cp__fail(err, CP_EINVAL, NULL, "validation options version %u is not supported",
                        opts->version);
    if (!cp_date_is_none(as_of) && !cp_date_is_valid(as_of))
        return cp__fail(err, CP_ERANGE, NULL, "as-of date is not a calendar date");
    memset(v, 0, sizeof *v);
    v->out = out;
    v->as_of = as_of;
    cp__validate_options_resolve(opts, &v->opts);
    return CP_OK;
}

cp_status cp_client_validate_with(const cp_client *client, cp_date as_of,
                                  const cp_validate_options *opts, cp_diagnostics *out,
                                  cp_error *err)
{
    vctx v;
    cp_status st = begin(&v, client, as_of, opts, out, err);
    if (st != CP_OK)
        return st;
    size_t before = cp_diagnostics_count(out);
    check_client(&v, client);
    return v.failed ? cp__diagnostics_oom(out, before, err) : CP_OK;
}

cp_status cp_caseload_validate_with(const cp_caseload *caseload, cp_date as_of,
                                    const cp_validate_options *opts, cp_diagnostics *out,
                                    cp_error *err)
{
    vctx v;
    cp_status st = begin(&v, caseload, as_of, opts, out, err);
    if (st != CP_OK)
        return st;
    size_t before = cp_diagnostics_count(out);
    size_t m = cp__path_push(&v.path, "clients");
    for (size_t i = 0; i < caseload->clients.count && !v.failed; i++) {
        size_t k = cp__path_push_index(&v.path, i);
        check_client(&v, (const struct cp_client *)caseload->clients.items[i]);
        cp__path_pop(&v.path, k);
    }
    cp__path_pop(&v.path, m);
    return v.failed ? cp__diagnostics_oom(out, before, err) : CP_OK;
}

cp_status cp_client_validate(const cp_client *client, cp_date as_of, cp_diagnostics *out,
                             cp_error *err)
{
    return cp_client_validate_with(client, as_of, NULL, out, err);
}

cp_status cp_caseload_validate(const cp_caseload *caseload, cp_date as_of, cp_diagnostics *out,
                               cp_error *err)
{
    return cp_caseload_validate_with(caseload, as_of, NULL, out, err);
}
