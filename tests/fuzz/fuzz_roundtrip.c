/* Fuzz target: no saved document ever fails to load (issue 12, defect 1),
 * and saving is a fixed point. Whatever loads is saved (pretty and compact),
 * each text loads again as the same kind, and saving that gives the same
 * bytes: load -> save -> load -> save is stable. The compact and the pretty
 * text hold the same document. */
#include "fuzz.h"

static char *save(const cp_document *doc, unsigned flags)
{
    cp_save_options o = CP_SAVE_OPTIONS_INIT;
    o.flags = flags;
    char *text = NULL;
    size_t len = 0;
    cp_error e;
    cp_status st = cp_document_save_string(doc, &o, &text, &len, &e);
    FUZZ_REQUIRE(st == CP_OK, "save: %s: %s", cp_status_name(st), e.message);
    FUZZ_REQUIRE(len == strlen(text), "length %zu for %zu bytes", len, strlen(text));
    return text;
}

static cp_document *reload(const char *text, cp_document_kind kind)
{
    cp_document *doc = NULL;
    cp_error e;
    cp_status st = cp_document_load_string(text, strlen(text), NULL, &doc, &e);
    FUZZ_REQUIRE(st == CP_OK, "a saved document does not load: %s at \"%s\" (%d:%d): %s\n%s",
                 cp_status_name(st), e.path, e.line, e.column, e.message, text);
    FUZZ_REQUIRE(cp_document_get_kind(doc) == kind, "saved as %s, loads as %s",
                 cp_document_kind_to_string(kind),
                 cp_document_kind_to_string(cp_document_get_kind(doc)));
    return doc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cp_document *doc = NULL;
    if (cp_document_load_string((const char *)data, size, NULL, &doc, NULL) != CP_OK)
        return 0;
    cp_document_kind kind = cp_document_get_kind(doc);
    char *pretty = save(doc, 0);
    char *compact = save(doc, CP_SAVE_COMPACT);
    cp_document_free(doc);

    doc = reload(pretty, kind);
    char *pretty2 = save(doc, 0);
    char *compact2 = save(doc, CP_SAVE_COMPACT);
    cp_document_free(doc);
    FUZZ_REQUIRE(strcmp(pretty, pretty2) == 0, "save is not stable:\n%s\n---\n%s", pretty,
                 pretty2);
    FUZZ_REQUIRE(strcmp(compact, compact2) == 0, "compact save differs after a pretty round trip");

    doc = reload(compact, kind);
    char *pretty3 = save(doc, 0);
    cp_document_free(doc);
    FUZZ_REQUIRE(strcmp(pretty, pretty3) == 0, "the compact text holds another document");

    cp_free(pretty);
    cp_free(compact);
    cp_free(pretty2);
    cp_free(compact2);
    cp_free(pretty3);
    return 0;
}
