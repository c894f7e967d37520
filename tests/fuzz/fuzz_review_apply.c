/* Fuzz target: applying a review is all or nothing. For every review of
 * every plan of a loaded client (or of each client of a caseload), in
 * order: a refused apply leaves the client byte for byte as it was and
 * says why (fuzz.h); an accepted one marks the review applied, a second
 * apply is refused with CP_ESTATE and changes nothing, and the client still
 * saves to a text that loads. */
#include "fuzz.h"

static void apply_all(cp_client *c)
{
    for (size_t p = 0; p < cp_client_plan_count(c); p++) {
        cp_plan *plan = cp_client_plan_at(c, p);
        for (size_t r = 0; r < cp_plan_review_count(plan); r++) {
            cp_review *review = cp_plan_review_at(plan, r);
            char *before = fuzz_save_client(c);
            int was_applied = cp_review_is_applied(review);
            cp_error e;
            cp_status st = cp_review_apply(review, NULL, &e);
            char *after = fuzz_save_client(c);
            if (st != CP_OK) {
                fuzz_check_error(st, &e);
                FUZZ_REQUIRE(!was_applied || st == CP_ESTATE, "re-apply gave %s",
                             cp_status_name(st));
                FUZZ_REQUIRE(strcmp(before, after) == 0,
                             "a refused apply (%s: %s) changed the client:\n%s\n---\n%s",
                             cp_status_name(st), e.message, before, after);
            } else {
                FUZZ_REQUIRE(!was_applied, "an applied review was applied again");
                FUZZ_REQUIRE(cp_review_is_applied(review), "not marked applied");
                cp_client *back = NULL;
                cp_status lst = cp_client_load_string(after, strlen(after), NULL, &back, &e);
                FUZZ_REQUIRE(lst == CP_OK, "the client after the review does not load: %s: %s",
                             cp_status_name(lst), e.message);
                cp_client_free(back);
                st = cp_review_apply(review, NULL, &e);
                FUZZ_REQUIRE(st == CP_ESTATE, "second apply: %s", cp_status_name(st));
                char *again = fuzz_save_client(c);
                FUZZ_REQUIRE(strcmp(again, after) == 0, "a refused second apply changed it");
                cp_free(again);
            }
            cp_free(before);
            cp_free(after);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cp_document *doc = NULL;
    if (cp_document_load_string((const char *)data, size, NULL, &doc, NULL) != CP_OK)
        return 0;
    cp_client *c = cp_document_client(doc);
    if (c)
        apply_all(c);
    cp_caseload *cl = cp_document_caseload(doc);
    for (size_t i = 0; cl && i < cp_caseload_client_count(cl); i++)
        apply_all(cp_caseload_client_at(cl, i));
    cp_document_free(doc);
    return 0;
}
