/*
 * Builds a young person's career action plan, checks it and saves it.
 *
 *   build_plan [OUTPUT.json]     (default: plan.json)
 */
#include <careerplan/careerplan.h>
#include <stdio.h>

static int fail(const char *what, const cp_error *err)
{
    fprintf(stderr, "%s: %s (%s)\n", what, err->message, cp_status_name(err->code));
    return 1;
}

int main(int argc, char **argv)
{
    const char *out = argc > 1 ? argv[1] : "plan.json";
    cp_error err;
    cp_client *client = NULL;
    cp_plan *plan = NULL;
    cp_goal *goal = NULL;
    cp_action *action = NULL;
    cp_date created, due;

    if (cp_client_new("c-001", &client, &err) != CP_OK)
        return fail("client", &err);
    cp_client_set_given_name(client, "Sam", NULL);
    cp_client_set_setting(client, CP_SETTING_SCHOOL, NULL);
    cp_client_set_year_group(client, 11, NULL);

    cp_date_parse("2026-11-20", &created, NULL);
    cp_date_parse("2026-12-04", &due, NULL);
    if (cp_client_add_plan(client, "p-001", created, &plan, &err) != CP_OK ||
        cp_plan_add_goal(plan, "g-001", "Choose a college course I will enjoy", &goal, &err) != CP_OK ||
        cp_goal_add_action(goal, "a-001", "Book a virtual tour of the college", &action, &err) != CP_OK)
        return fail("plan", &err);
    cp_action_set_owner(action, CP_OWNER_CLIENT, NULL);
    cp_action_set_due(action, due, NULL);
    cp_action_set_measure(action, "Tour booked and notes taken", NULL);
    cp_action_set_agreed(action, 1, NULL);

    /* Check the plan as of today: SMART, the rule of three, dates. */
    cp_diagnostics *found = cp_diagnostics_new();
    if (!found || cp_client_validate(client, created, found, &err) != CP_OK)
        return fail("validate", &err);
    for (size_t i = 0; i < cp_diagnostics_count(found); i++) {
        const cp_diagnostic *d = cp_diagnostics_at(found, i);
        printf("%s %s: %s\n", cp_severity_to_string(cp_diagnostic_severity(d)),
               cp_diagnostic_path(d), cp_diagnostic_message(d));
    }
    printf("%zu finding(s)\n", cp_diagnostics_count(found));
    cp_diagnostics_free(found);

    if (cp_client_save_path(client, out, NULL, &err) != CP_OK)
        return fail("save", &err);
    printf("saved %s\n", out);
    cp_client_free(client);
    return 0;
}
