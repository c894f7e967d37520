/* Fuzz target: every loader, on any bytes. A load either succeeds or fails
 * with a well-formed error (fuzz.h) and no output; the loader of each kind
 * agrees with the document loader on what the text is; a strict load never
 * accepts what the default load refuses; the warnings list is filled only
 * by a successful load. Memory errors and leaks are the sanitizers'. */
#include "fuzz.h"

typedef cp_status (*typed_load)(const char *json, size_t len, const cp_load_options *opts,
                                void **out, cp_error *err);

static cp_status load_client(const char *j, size_t n, const cp_load_options *o, void **out,
                             cp_error *e)
{
    cp_client *c = NULL;
    cp_status st = cp_client_load_string(j, n, o, &c, e);
    *out = c;
    cp_client_free(c);
    return st;
}

static cp_status load_caseload(const char *j, size_t n, const cp_load_options *o, void **out,
                               cp_error *e)
{
    cp_caseload *c = NULL;
    cp_status st = cp_caseload_load_string(j, n, o, &c, e);
    *out = c;
    cp_caseload_free(c);
    return st;
}

static cp_status load_strategic(const char *j, size_t n, const cp_load_options *o, void **out,
                                cp_error *e)
{
    cp_strategic_plan *p = NULL;
    cp_status st = cp_strategic_plan_load_string(j, n, o, &p, e);
    *out = p;
    cp_strategic_plan_free(p);
    return st;
}

static cp_status load_provision(const char *j, size_t n, const cp_load_options *o, void **out,
                                cp_error *e)
{
    cp_provision_map *m = NULL;
    cp_status st = cp_provision_map_load_string(j, n, o, &m, e);
    *out = m;
    cp_provision_map_free(m);
    return st;
}

static const struct {
    cp_document_kind kind;
    typed_load load;
} loaders[] = {
    {CP_DOCUMENT_KIND_CLIENT, load_client},
    {CP_DOCUMENT_KIND_CASELOAD, load_caseload},
    {CP_DOCUMENT_KIND_STRATEGIC_PLAN, load_strategic},
    {CP_DOCUMENT_KIND_PROVISION_MAP, load_provision},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    cp_diagnostics *warnings = cp_diagnostics_new();
    FUZZ_REQUIRE(warnings != NULL, "out of memory");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = warnings;
    cp_document *doc = NULL;
    cp_error e;
    cp_status st = cp_document_load_string(text, size, &o, &doc, &e);
    cp_document_kind kind = CP_DOCUMENT_KIND_UNSET;
    if (st == CP_OK) {
        FUZZ_REQUIRE(doc != NULL, "no document");
        kind = cp_document_get_kind(doc);
        FUZZ_REQUIRE(kind != CP_DOCUMENT_KIND_UNSET, "a loaded document without a kind");
        cp_document_free(doc);
    } else {
        fuzz_check_error(st, &e);
        FUZZ_REQUIRE(doc == NULL, "output set on failure");
        FUZZ_REQUIRE(cp_diagnostics_count(warnings) == 0, "warnings from a failed load");
    }
    cp_diagnostics_free(warnings);

    for (size_t i = 0; i < sizeof loaders / sizeof loaders[0]; i++) {
        void *out = NULL;
        cp_error te;
        cp_status tst = loaders[i].load(text, size, NULL, &out, &te);
        int want = st == CP_OK && kind == loaders[i].kind;
        FUZZ_REQUIRE((tst == CP_OK) == want, "the %s loader says %s, the document loader %s (%s)",
                     cp_document_kind_to_string(loaders[i].kind), cp_status_name(tst),
                     cp_status_name(st), cp_document_kind_to_string(kind));
        if (tst != CP_OK) {
            fuzz_check_error(tst, &te);
            FUZZ_REQUIRE(out == NULL, "output set on failure");
        }
        /* a failure that is not about the kind is the same failure */
        if (st != CP_OK)
            FUZZ_REQUIRE(tst == st && strcmp(te.path, e.path) == 0,
                         "the %s loader: %s at \"%s\", the document loader: %s at \"%s\"",
                         cp_document_kind_to_string(loaders[i].kind), cp_status_name(tst),
                         te.path, cp_status_name(st), e.path);
    }

    /* Loading a caseload one client at a time (and on threads) accepts
     * exactly what the whole-document loader accepts, with the same result
     * and the same error: cp_document_load_collect() never splits. */
    cp_diagnostics *collected = cp_diagnostics_new();
    FUZZ_REQUIRE(collected != NULL, "out of memory");
    cp_document *whole = NULL, *split = NULL;
    cp_status wst = cp_document_load_collect(text, size, NULL, collected, &whole, &e);
    cp_diagnostics_free(collected);
    cp_load_tuning tuning = CP_LOAD_TUNING_INIT;
    tuning.jobs = 3;
    cp_error je;
    cp_status jst = cp_document_load_string_with(text, size, NULL, &tuning, &split, &je);
    FUZZ_REQUIRE((wst == CP_OK) == (st == CP_OK) && (jst == CP_OK) == (st == CP_OK),
                 "the whole loader says %s, the loader %s, on three threads %s",
                 cp_status_name(wst), cp_status_name(st), cp_status_name(jst));
    if (jst == CP_OK) {
        char *a = NULL, *b = NULL;
        size_t alen = 0, blen = 0;
        cp_save_options so = CP_SAVE_OPTIONS_INIT;
        so.flags = CP_SAVE_COMPACT;
        FUZZ_REQUIRE(cp_document_save_string(whole, &so, &a, &alen, NULL) == CP_OK &&
                         cp_document_save_string(split, &so, &b, &blen, NULL) == CP_OK,
                     "save failed");
        FUZZ_REQUIRE(alen == blen && memcmp(a, b, alen) == 0,
                     "loaded on three threads, the document differs from the whole loader's");
        cp_free(a);
        cp_free(b);
    } else if (st != CP_OK) {
        fuzz_check_error(jst, &je);
        cp_error pe;
        cp_status pst = cp_document_load_string(text, size, NULL, &split, &pe);
        FUZZ_REQUIRE(pst == jst && strcmp(pe.path, je.path) == 0 &&
                         strcmp(pe.message, je.message) == 0 && pe.line == je.line &&
                         pe.column == je.column,
                     "on three threads %s at \"%s\", on one %s at \"%s\"",
                     cp_status_name(jst), je.path, cp_status_name(pst), pe.path);
    }
    cp_document_free(whole);
    cp_document_free(split);

    cp_load_options strict = CP_LOAD_OPTIONS_INIT;
    strict.flags = CP_LOAD_STRICT;
    cp_status sst = cp_document_load_string(text, size, &strict, &doc, &e);
    if (sst == CP_OK)
        cp_document_free(doc);
    else
        fuzz_check_error(sst, &e);
    FUZZ_REQUIRE(sst != CP_OK || st == CP_OK, "strict accepts what the default refuses (%s)",
                 cp_status_name(st));
    return 0;
}
