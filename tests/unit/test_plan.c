/* Plans: accessors, summary sections, resources, artefacts, history, reviews. */
#include "testutil.h"

static cp_client *client;
static cp_plan *plan;

static void setup(void)
{
    ck_assert_int_eq(cp_client_new("c1", &client, NULL), CP_OK);
    ck_assert_int_eq(cp_client_add_plan(client, "p1", cpt_date("2026-01-10"), &plan, NULL), CP_OK);
}

static void teardown(void)
{
    cp_client_free(client);
}

START_TEST(new_plan_defaults)
{
    ck_assert_ptr_eq(cp_plan_get_client(plan), client);
    ck_assert_str_eq(cp_plan_get_id(plan), "p1");
    ck_assert(cpt_same_date(cp_plan_get_created(plan), "2026-01-10"));
    ck_assert_int_eq(cp_plan_get_status(plan), CP_PLAN_STATUS_DRAFT);
    ck_assert_ptr_null(cp_plan_get_practitioner(plan));
    ck_assert_ptr_null(cp_plan_get_service(plan));
    ck_assert_int_eq(cp_plan_get_guidance_model(plan), CP_GUIDANCE_MODEL_UNSET);
    ck_assert_ptr_null(cp_plan_get_guidance_stage(plan));
    ck_assert(cp_date_is_none(cp_plan_get_agreed_date(plan)));
    ck_assert_int_eq(cp_plan_get_review_frequency(plan), CP_REVIEW_FREQUENCY_UNSET);
    ck_assert_int_eq(cp_plan_get_reviews_per_year(plan), 0);
    ck_assert(cp_date_is_none(cp_plan_get_next_review(plan)));
    ck_assert_uint_eq(cp_plan_resource_count(plan), 0);
    ck_assert_uint_eq(cp_plan_artefact_count(plan), 0);
    ck_assert_uint_eq(cp_plan_history_entry_count(plan), 0);
    ck_assert_uint_eq(cp_plan_review_count(plan), 0);
}
END_TEST

START_TEST(id_unique_in_client)
{
    cp_error e;
    cp_plan *p2 = NULL;
    ck_assert_ok(cp_client_add_plan(client, "p2", cpt_date("2026-02-01"), &p2, &e), &e);
    ck_assert_cp(cp_plan_set_id(p2, "p1", &e), CP_EDUPLICATE, "", &e);
    ck_assert_cp(cp_plan_set_id(p2, "", &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_set_id(p2, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_str_eq(cp_plan_get_id(p2), "p2");
    ck_assert_ok(cp_plan_set_id(p2, "p3", &e), &e);
    ck_assert_str_eq(cp_plan_get_id(p2), "p3");
}
END_TEST

START_TEST(created_is_required)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    ck_assert_cp(cp_plan_set_created(plan, none, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_set_created(plan, feb30, &e), CP_ERANGE, "", &e);
    ck_assert(cpt_same_date(cp_plan_get_created(plan), "2026-01-10"));
    ck_assert_ok(cp_plan_set_created(plan, cpt_date("2025-12-31"), &e), &e);
    ck_assert(cpt_same_date(cp_plan_get_created(plan), "2025-12-31"));
}
END_TEST

START_TEST(text_fields)
{
    cp_error e;
    ck_assert_ok(cp_plan_set_practitioner(plan, "A. Adviser", &e), &e);
    ck_assert_str_eq(cp_plan_get_practitioner(plan), "A. Adviser");
    ck_assert_ok(cp_plan_set_service(plan, "Careers Service", &e), &e);
    ck_assert_str_eq(cp_plan_get_service(plan), "Careers Service");
    ck_assert_ok(cp_plan_set_guidance_stage(plan, "options", &e), &e);
    ck_assert_str_eq(cp_plan_get_guidance_stage(plan), "options");
    ck_assert_cp(cp_plan_set_service(plan, "bad \xc0 utf8", &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_plan_get_service(plan), "Careers Service");
    ck_assert_ok(cp_plan_set_practitioner(plan, NULL, &e), &e);
    ck_assert_ptr_null(cp_plan_get_practitioner(plan));
    ck_assert_cp(cp_plan_set_practitioner(NULL, "x", &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(enums_and_status)
{
    cp_error e;
    ck_assert_ok(cp_plan_set_guidance_model(plan, CP_GUIDANCE_MODEL_GROW, &e), &e);
    ck_assert_int_eq(cp_plan_get_guidance_model(plan), CP_GUIDANCE_MODEL_GROW);
    ck_assert_cp(cp_plan_set_guidance_model(plan, (cp_guidance_model)7, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_plan_get_guidance_model(plan), CP_GUIDANCE_MODEL_GROW);
    ck_assert_ok(cp_plan_set_guidance_model(plan, CP_GUIDANCE_MODEL_UNSET, &e), &e);
    ck_assert_int_eq(cp_plan_get_guidance_model(plan), CP_GUIDANCE_MODEL_UNSET);

    ck_assert_cp(cp_plan_set_status(plan, CP_PLAN_STATUS_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_set_status(plan, (cp_plan_status)4, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_plan_get_status(plan), CP_PLAN_STATUS_DRAFT);
    ck_assert_ok(cp_plan_set_status(plan, CP_PLAN_STATUS_AGREED, &e), &e);
    ck_assert_int_eq(cp_plan_get_status(plan), CP_PLAN_STATUS_AGREED);

    ck_assert_ok(cp_plan_set_review_frequency(plan, CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR, &e), &e);
    ck_assert_int_eq(cp_plan_get_review_frequency(plan), CP_REVIEW_FREQUENCY_PER_SCHOOL_YEAR);
    ck_assert_cp(cp_plan_set_review_frequency(plan, (cp_review_frequency)-1, &e), CP_ERANGE, "",
                 &e);
}
END_TEST

START_TEST(reviews_per_year_range)
{
    cp_error e;
    ck_assert_ok(cp_plan_set_reviews_per_year(plan, 5, &e), &e);
    ck_assert_int_eq(cp_plan_get_reviews_per_year(plan), 5);
    ck_assert_cp(cp_plan_set_reviews_per_year(plan, 6, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_plan_set_reviews_per_year(plan, -1, &e), CP_ERANGE, "", &e);
    ck_assert_int_eq(cp_plan_get_reviews_per_year(plan), 5);
    ck_assert_ok(cp_plan_set_reviews_per_year(plan, 1, &e), &e);
    ck_assert_int_eq(cp_plan_get_reviews_per_year(plan), 1);
    ck_assert_ok(cp_plan_set_reviews_per_year(plan, 0, &e), &e);
    ck_assert_int_eq(cp_plan_get_reviews_per_year(plan), 0);
}
END_TEST

START_TEST(optional_dates)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    ck_assert_ok(cp_plan_set_agreed_date(plan, cpt_date("2026-01-12"), &e), &e);
    ck_assert(cpt_same_date(cp_plan_get_agreed_date(plan), "2026-01-12"));
    ck_assert_cp(cp_plan_set_agreed_date(plan, feb30, &e), CP_ERANGE, "", &e);
    ck_assert(cpt_same_date(cp_plan_get_agreed_date(plan), "2026-01-12"));
    ck_assert_ok(cp_plan_set_agreed_date(plan, none, &e), &e);
    ck_assert(cp_date_is_none(cp_plan_get_agreed_date(plan)));
    ck_assert_ok(cp_plan_set_next_review(plan, cpt_date("2026-03-01"), &e), &e);
    ck_assert(cpt_same_date(cp_plan_get_next_review(plan), "2026-03-01"));
    ck_assert_cp(cp_plan_set_next_review(plan, feb30, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_plan_set_next_review(plan, none, &e), &e);
    ck_assert(cp_date_is_none(cp_plan_get_next_review(plan)));
}
END_TEST

START_TEST(sections_set_replace_remove)
{
    cp_error e;
    const cp_plan_section now = CP_PLAN_SECTION_WHERE_YOU_ARE_NOW;
    const cp_plan_section want = CP_PLAN_SECTION_WHERE_YOU_WANT_TO_BE;
    const cp_plan_section how = CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE;
    ck_assert_ptr_null(cp_plan_get_section(plan, now));
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, now), 0);
    ck_assert_int_eq(cp_plan_has_section(plan, now), 0);

    ck_assert_ok(cp_plan_set_section(plan, now, "In year 11,\nunsure about sixth form", 1, &e),
                 &e);
    ck_assert_ok(cp_plan_set_section(plan, want, "Training as an electrician", 0, &e), &e);
    ck_assert_str_eq(cp_plan_get_section(plan, now), "In year 11,\nunsure about sixth form");
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, now), 1);
    ck_assert_str_eq(cp_plan_get_section(plan, want), "Training as an electrician");
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, want), 0);
    ck_assert_ptr_null(cp_plan_get_section(plan, how));
    ck_assert_int_eq(cp_plan_has_section(plan, now), 1);
    ck_assert_int_eq(cp_plan_has_section(plan, want), 1);
    ck_assert_int_eq(cp_plan_has_section(plan, how), 0);

    /* replacing sets text and sensitivity together */
    ck_assert_ok(cp_plan_set_section(plan, now, "Starting college", 0, &e), &e);
    ck_assert_str_eq(cp_plan_get_section(plan, now), "Starting college");
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, now), 0);
    ck_assert_ok(cp_plan_set_section(plan, want, "Apprenticeship", 7, &e), &e);
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, want), 1);

    /* a refused text leaves the section as it was */
    ck_assert_cp(cp_plan_set_section(plan, now, "bad \xff", 1, &e), CP_EVALUE, "", &e);
    ck_assert_str_eq(cp_plan_get_section(plan, now), "Starting college");
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, now), 0);
    /* ... and does not create an absent one */
    ck_assert_cp(cp_plan_set_section(plan, how, "bad \xff", 1, &e), CP_EVALUE, "", &e);
    ck_assert_ptr_null(cp_plan_get_section(plan, how));
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, how), 0);
    ck_assert_int_eq(cp_plan_has_section(plan, how), 0);

    /* NULL removes; removing an absent section is fine */
    ck_assert_ok(cp_plan_set_section(plan, want, NULL, 1, &e), &e);
    ck_assert_ptr_null(cp_plan_get_section(plan, want));
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, want), 0);
    ck_assert_int_eq(cp_plan_has_section(plan, want), 0);
    ck_assert_ok(cp_plan_set_section(plan, how, NULL, 0, &e), &e);
    ck_assert_int_eq(cp_plan_has_section(plan, how), 0);
    ck_assert_int_eq(cp_plan_has_section(plan, now), 1);
    ck_assert_str_eq(cp_plan_get_section(plan, now), "Starting college");
}
END_TEST

START_TEST(sections_unknown)
{
    cp_error e;
    ck_assert_cp(cp_plan_set_section(plan, (cp_plan_section)3, "x", 0, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_set_section(plan, (cp_plan_section)-1, "x", 0, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_set_section(NULL, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW, "x", 0, &e),
                 CP_EINVAL, "", &e);
    ck_assert_ptr_null(cp_plan_get_section(plan, (cp_plan_section)3));
    ck_assert_int_eq(cp_plan_section_is_sensitive(plan, (cp_plan_section)3), 0);
    ck_assert_ptr_null(cp_plan_get_section(NULL, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW));
    ck_assert_int_eq(cp_plan_section_is_sensitive(NULL, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW), 0);
    ck_assert_ok(cp_plan_set_section(plan, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW, "x", 0, &e), &e);
    ck_assert_int_eq(cp_plan_has_section(plan, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW), 1);
    ck_assert_int_eq(cp_plan_has_section(plan, (cp_plan_section)3), 0);
    ck_assert_int_eq(cp_plan_has_section(plan, (cp_plan_section)-1), 0);
    ck_assert_int_eq(cp_plan_has_section(NULL, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW), 0);
}
END_TEST

START_TEST(resources)
{
    cp_error e;
    cp_resource *r = NULL;
    ck_assert_ok(cp_plan_add_resource(plan, "National Careers Service",
                                      "https://nationalcareers.service.gov.uk", &r, &e),
                 &e);
    ck_assert_ok(cp_plan_add_resource(plan, "Local college prospectus", NULL, NULL, &e), &e);
    ck_assert_cp(cp_plan_add_resource(plan, "", "https://x", NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_resource(plan, NULL, NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_resource(plan, "ok", "bad \xff", NULL, &e), CP_EVALUE, "", &e);
    ck_assert_cp(cp_plan_add_resource(NULL, "t", NULL, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_plan_resource_count(plan), 2);
    ck_assert_ptr_eq(cp_plan_resource_at(plan, 0), r);
    ck_assert_ptr_null(cp_plan_resource_at(plan, 2));
    ck_assert_str_eq(cp_resource_get_title(r), "National Careers Service");
    ck_assert_str_eq(cp_resource_get_url(r), "https://nationalcareers.service.gov.uk");
    ck_assert_ptr_null(cp_resource_get_url(cp_plan_resource_at(plan, 1)));

    ck_assert_cp(cp_resource_set_title(r, "", &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_resource_set_title(r, "NCS", &e), &e);
    ck_assert_str_eq(cp_resource_get_title(r), "NCS");
    ck_assert_ok(cp_resource_set_url(r, NULL, &e), &e);
    ck_assert_ptr_null(cp_resource_get_url(r));

    ck_assert_cp(cp_plan_remove_resource(plan, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_plan_remove_resource(plan, 0, &e), &e);
    ck_assert_uint_eq(cp_plan_resource_count(plan), 1);
    ck_assert_str_eq(cp_resource_get_title(cp_plan_resource_at(plan, 0)),
                     "Local college prospectus");
    ck_assert_uint_eq(cp_plan_resource_count(NULL), 0);
    ck_assert_ptr_null(cp_plan_resource_at(NULL, 0));
}
END_TEST

START_TEST(artefacts)
{
    cp_error e;
    cp_artefact *a = NULL;
    ck_assert_ok(cp_plan_add_artefact(plan, CP_ARTEFACT_KIND_CAREER_MAP, "file:///maps/c1.png",
                                      "Career map", &a, &e),
                 &e);
    ck_assert_cp(cp_plan_add_artefact(plan, CP_ARTEFACT_KIND_UNSET, "file:///x", NULL, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_artefact(plan, (cp_artefact_kind)8, "file:///x", NULL, NULL, &e),
                 CP_ERANGE, "", &e);
    ck_assert_cp(cp_plan_add_artefact(plan, CP_ARTEFACT_KIND_PHOTO, "", NULL, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_artefact(plan, CP_ARTEFACT_KIND_PHOTO, NULL, NULL, NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_plan_artefact_count(plan), 1);
    ck_assert_ptr_eq(cp_plan_artefact_at(plan, 0), a);
    ck_assert_int_eq(cp_artefact_get_kind(a), CP_ARTEFACT_KIND_CAREER_MAP);
    ck_assert_str_eq(cp_artefact_get_uri(a), "file:///maps/c1.png");
    ck_assert_str_eq(cp_artefact_get_caption(a), "Career map");

    ck_assert_cp(cp_artefact_set_kind(a, CP_ARTEFACT_KIND_UNSET, &e), CP_EINVAL, "", &e);
    ck_assert_int_eq(cp_artefact_get_kind(a), CP_ARTEFACT_KIND_CAREER_MAP);
    ck_assert_ok(cp_artefact_set_kind(a, CP_ARTEFACT_KIND_DRAWING, &e), &e);
    ck_assert_int_eq(cp_artefact_get_kind(a), CP_ARTEFACT_KIND_DRAWING);
    ck_assert_cp(cp_artefact_set_uri(a, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_ok(cp_artefact_set_uri(a, "https://example.org/d.jpg", &e), &e);
    ck_assert_str_eq(cp_artefact_get_uri(a), "https://example.org/d.jpg");
    ck_assert_ok(cp_artefact_set_caption(a, NULL, &e), &e);
    ck_assert_ptr_null(cp_artefact_get_caption(a));

    ck_assert_cp(cp_plan_remove_artefact(plan, 1, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_plan_remove_artefact(plan, 0, &e), &e);
    ck_assert_uint_eq(cp_plan_artefact_count(plan), 0);
}
END_TEST

START_TEST(history_is_append_only)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    const cp_history_entry *h = NULL;
    ck_assert_ok(cp_plan_add_history_entry(plan, cpt_date("2026-01-10"), "A. Adviser",
                                           "Plan written", NULL, 0, &h, &e),
                 &e);
    ck_assert_ok(cp_plan_add_history_entry(plan, cpt_date("2026-02-14"), NULL,
                                           "Goal g1 revised", "Changed her mind", 1, NULL,
                                           &e),
                 &e);
    ck_assert_cp(cp_plan_add_history_entry(plan, none, NULL, "x", NULL, 0, NULL, &e), CP_EINVAL,
                 "", &e);
    ck_assert_cp(cp_plan_add_history_entry(plan, feb30, NULL, "x", NULL, 0, NULL, &e), CP_ERANGE,
                 "", &e);
    ck_assert_cp(cp_plan_add_history_entry(plan, cpt_date("2026-02-15"), NULL, NULL, NULL, 0,
                                           NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_history_entry(plan, cpt_date("2026-02-15"), NULL, "", NULL, 0,
                                           NULL, &e),
                 CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_plan_history_entry_count(plan), 2);
    ck_assert_ptr_eq(cp_plan_history_entry_at(plan, 0), h);
    ck_assert(cpt_same_date(cp_history_entry_get_date(h), "2026-01-10"));
    ck_assert_str_eq(cp_history_entry_get_author(h), "A. Adviser");
    ck_assert_str_eq(cp_history_entry_get_change(h), "Plan written");
    ck_assert_int_eq(cp_history_entry_is_sensitive(h), 0);
    ck_assert_int_eq(cp_history_entry_is_sensitive(cp_plan_history_entry_at(plan, 1)), 1);
    ck_assert_ptr_null(cp_history_entry_get_reason(h));
    const cp_history_entry *h2 = cp_plan_history_entry_at(plan, 1);
    ck_assert_ptr_null(cp_history_entry_get_author(h2));
    ck_assert_str_eq(cp_history_entry_get_reason(h2), "Changed her mind");
    ck_assert_ptr_null(cp_plan_history_entry_at(plan, 2));
}
END_TEST

START_TEST(reviews_list)
{
    cp_error e;
    cp_date none = CP_DATE_NONE;
    cp_date feb30 = {2026, 2, 30};
    cp_review *r = NULL;
    ck_assert_ok(cp_plan_add_review(plan, "r1", cpt_date("2026-03-01"), &r, &e), &e);
    ck_assert_cp(cp_plan_add_review(plan, "r2", none, NULL, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_plan_add_review(plan, "r2", feb30, NULL, &e), CP_ERANGE, "", &e);
    ck_assert_cp(cp_plan_add_review(plan, "r1", cpt_date("2026-04-01"), NULL, &e), CP_EDUPLICATE,
                 "", &e);
    ck_assert_cp(cp_plan_add_review(plan, "p1", cpt_date("2026-04-01"), NULL, &e), CP_EDUPLICATE,
                 "", &e);
    ck_assert_cp(cp_plan_add_review(plan, "", cpt_date("2026-04-01"), NULL, &e), CP_EINVAL, "",
                 &e);
    ck_assert_ok(cp_plan_add_review(plan, "r2", cpt_date("2026-04-01"), NULL, &e), &e);
    ck_assert_uint_eq(cp_plan_review_count(plan), 2);
    ck_assert_ptr_eq(cp_plan_review_at(plan, 0), r);
    ck_assert_ptr_null(cp_plan_review_at(plan, 2));
    ck_assert_ptr_eq(cp_review_get_plan(r), plan);
    ck_assert_str_eq(cp_review_get_id(r), "r1");
    ck_assert(cpt_same_date(cp_review_get_date(r), "2026-03-01"));

    ck_assert_cp(cp_plan_remove_review(plan, 2, &e), CP_ERANGE, "", &e);
    ck_assert_ok(cp_plan_remove_review(plan, 0, &e), &e);
    ck_assert_uint_eq(cp_plan_review_count(plan), 1);
    ck_assert_str_eq(cp_review_get_id(cp_plan_review_at(plan, 0)), "r2");
    /* the removed id is free again */
    ck_assert_ok(cp_plan_add_review(plan, "r1", cpt_date("2026-05-01"), NULL, &e), &e);
    ck_assert_cp(cp_plan_remove_review(NULL, 0, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(children_know_their_plan)
{
    cp_error e;
    cp_plan *other = NULL;
    cp_resource *r1 = NULL, *r2 = NULL;
    cp_artefact *a1 = NULL, *a2 = NULL;
    const cp_history_entry *h1 = NULL, *h2 = NULL;
    ck_assert_ok(cp_client_add_plan(client, "p2", cpt_date("2026-02-01"), &other, &e), &e);
    ck_assert_ok(cp_plan_add_resource(plan, "NCS", NULL, &r1, &e), &e);
    ck_assert_ok(cp_plan_add_resource(other, "Prospectus", NULL, &r2, &e), &e);
    ck_assert_ok(cp_plan_add_artefact(plan, CP_ARTEFACT_KIND_PHOTO, "file:///a", NULL, &a1, &e),
                 &e);
    ck_assert_ok(cp_plan_add_artefact(other, CP_ARTEFACT_KIND_DRAWING, "file:///b", NULL, &a2,
                                      &e),
                 &e);
    ck_assert_ok(cp_plan_add_history_entry(plan, cpt_date("2026-01-10"), NULL, "Written", NULL,
                                           0, &h1, &e),
                 &e);
    ck_assert_ok(cp_plan_add_history_entry(other, cpt_date("2026-02-01"), NULL, "Written", NULL,
                                           0, &h2, &e),
                 &e);
    ck_assert_ptr_eq(cp_resource_get_plan(r1), plan);
    ck_assert_ptr_eq(cp_resource_get_plan(r2), other);
    ck_assert_ptr_eq(cp_artefact_get_plan(a1), plan);
    ck_assert_ptr_eq(cp_artefact_get_plan(a2), other);
    ck_assert_ptr_eq(cp_history_entry_get_plan(h1), plan);
    ck_assert_ptr_eq(cp_history_entry_get_plan(h2), other);
    ck_assert_ptr_eq(cp_resource_get_plan(cp_plan_resource_at(other, 0)), other);
}
END_TEST

START_TEST(sections_present_without_text)
{
    static const char json[] =
        "{\"format\": \"careerplan\", \"version\": 1, \"kind\": \"client\", \"id\": \"c\",\n"
        " \"plans\": [{\"id\": \"p\", \"created\": \"2026-01-10\",\n"
        "            \"where_you_are_now\": {},\n"
        "            \"how_you_will_get_there\": {\"text\": \"College\"}}]}\n";
    cp_error e;
    cp_client *c = NULL;
    ck_assert_ok(cp_client_load_string(json, strlen(json), NULL, &c, &e), &e);
    const cp_plan *p = cp_client_plan_at(c, 0);
    ck_assert_int_eq(cp_plan_has_section(p, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW), 1);
    ck_assert_ptr_null(cp_plan_get_section(p, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW));
    ck_assert_int_eq(cp_plan_section_is_sensitive(p, CP_PLAN_SECTION_WHERE_YOU_ARE_NOW), 0);
    ck_assert_int_eq(cp_plan_has_section(p, CP_PLAN_SECTION_WHERE_YOU_WANT_TO_BE), 0);
    ck_assert_int_eq(cp_plan_has_section(p, CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE), 1);
    ck_assert_str_eq(cp_plan_get_section(p, CP_PLAN_SECTION_HOW_YOU_WILL_GET_THERE), "College");
    cp_client_free(c);
}
END_TEST

static Suite *plan_suite(void)
{
    Suite *s = suite_create("plan");
    TCase *tc = tcase_create("plan");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, new_plan_defaults);
    tcase_add_test(tc, id_unique_in_client);
    tcase_add_test(tc, created_is_required);
    tcase_add_test(tc, text_fields);
    tcase_add_test(tc, enums_and_status);
    tcase_add_test(tc, reviews_per_year_range);
    tcase_add_test(tc, optional_dates);
    tcase_add_test(tc, sections_set_replace_remove);
    tcase_add_test(tc, sections_unknown);
    tcase_add_test(tc, resources);
    tcase_add_test(tc, artefacts);
    tcase_add_test(tc, history_is_append_only);
    tcase_add_test(tc, reviews_list);
    tcase_add_test(tc, children_know_their_plan);
    tcase_add_test(tc, sections_present_without_text);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(plan_suite)
