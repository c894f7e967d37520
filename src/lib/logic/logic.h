/* Internal: helpers shared by the logic layer. */
#ifndef CP_LOGIC_LOGIC_H
#define CP_LOGIC_LOGIC_H

#include "../model/model.h"

#include <careerplan/cycle.h>
#include <careerplan/validate.h>

/* Open = planned, in progress or partly done: still to be worked on. */
int cp__action_is_open(const struct cp_action *a);
/* Has the action a deadline it can miss: a due date (and, since 0.2, a timing
 * that is neither optional nor ongoing)? */
int cp__action_has_deadline(const struct cp_action *a);
/* Copies validation options, or the defaults for NULL or an unknown version. */
void cp__validate_options_resolve(const cp_validate_options *in, cp_validate_options *out);
/* Has the client a plan whose status is "agreed"? */
int cp__client_has_agreed_plan(const struct cp_client *c);
/* Open actions failing a SMART letter in a plan that is not closed (0 for a
 * closed plan): a plan with any is a hit of cp_caseload_plans_failing_smart(). */
size_t cp__plan_failing_smart(const struct cp_plan *p);
/* Copies a policy, or the defaults for NULL, after checking it. */
cp_status cp__policy_resolve(const cp_review_policy *in, cp_review_policy *out, cp_error *err);
/* Copies schedule options, or the defaults for NULL, after checking them. */
cp_status cp__schedule_options_resolve(const cp_schedule_options *in, cp_schedule_options *out,
                                       cp_error *err);
/* The checks every scheduling function starts with: clears err; CP_EINVAL
 * unless args_given ("WHICH or output is NULL"), CP_ERANGE for an invalid
 * day, then the options resolved into out. */
cp_status cp__schedule_begin(int args_given, const char *which, cp_date day,
                             const cp_schedule_options *in, cp_schedule_options *out,
                             cp_error *err);
/* Moves a Saturday or Sunday to the following Monday. */
cp_date cp__off_weekend(cp_date d);
/* Is the action (or its goal) sensitive? */
int cp__action_is_sensitive(const struct cp_action *a);
/* A goal's score before a review (rules in cycle.h, cp_review_apply()): 0 when unknown. */
int cp__goal_score_before(const struct cp_review *r, const struct cp_goal *g);
/* Does a UPN pass its check letter, a ULN its check digit (validate.c)? */
int cp__upn_check_ok(const char *upn);
int cp__uln_check_ok(const char *uln);
#endif
