/* Internal: helpers shared by the logic layer. */
#ifndef CP_LOGIC_LOGIC_H
#define CP_LOGIC_LOGIC_H

#include "../model/model.h"

#include <careerplan/cycle.h>

/* Open = planned, in progress or partly done: still to be worked on. */
int cp__action_is_open(const struct cp_action *a);
/* Copies a policy, or the defaults for NULL, after checking it. */
cp_status cp__policy_resolve(const cp_review_policy *in, cp_review_policy *out, cp_error *err);
/* Moves a Saturday or Sunday to the following Monday. */
cp_date cp__off_weekend(cp_date d);
/* Is the action (or its goal) sensitive? */
int cp__action_is_sensitive(const struct cp_action *a);
#endif
