/*
 * Test helper for the schema test: loads a careerplan document and prints
 * its canonical form (what the library saves) on stdout.
 *
 * Usage: cp_fmt [--strict] FILE
 * Exit status: 0 printed, 1 the document did not load (the error on
 * stderr), 2 usage or output error.
 */
#include <careerplan/careerplan.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    cp_load_options opts = CP_LOAD_OPTIONS_INIT;
    int i = 1;
    if (i < argc && strcmp(argv[i], "--strict") == 0) {
        opts.flags |= CP_LOAD_STRICT;
        i++;
    }
    if (i != argc - 1) {
        fprintf(stderr, "usage: cp_fmt [--strict] FILE\n");
        return 2;
    }
    cp_document *doc = NULL;
    cp_error err;
    cp_status st = cp_document_load_path(argv[i], &opts, &doc, &err);
    if (st != CP_OK) {
        fprintf(stderr, "%s: %s at \"%s\" (line %d, column %d): %s\n", argv[i],
                cp_status_name(st), err.path, err.line, err.column, err.message);
        return 1;
    }
    char *out = NULL;
    size_t len = 0;
    st = cp_document_save_string(doc, NULL, &out, &len, &err);
    cp_document_free(doc);
    if (st != CP_OK) {
        fprintf(stderr, "%s: save failed: %s\n", argv[i], cp_status_name(st));
        return 2;
    }
    int ok = fwrite(out, 1, len, stdout) == len && fflush(stdout) == 0;
    cp_free(out);
    return ok ? 0 : 2;
}
