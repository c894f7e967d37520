/* Shared by the fuzz harnesses (tests/fuzz/README.md): the entry point
 * libFuzzer calls, and the checks whose failure is a finding. A failed check
 * prints what broke and aborts, which libFuzzer reports as a crash and saves
 * the input for; replay.c runs the same harnesses over the committed corpus
 * in every build, so a finding stays found. */
#ifndef CP_FUZZ_H
#define CP_FUZZ_H

#include <careerplan/careerplan.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_REQUIRE(cond, ...)                                                                    \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: %s: ", __FILE__, __LINE__, #cond);                             \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* What every failure must carry: its own code, a known status, a message,
 * and a path that is a JSON Pointer ("" or starting with '/'), or none. */
static inline void fuzz_check_error(cp_status st, const cp_error *e)
{
    FUZZ_REQUIRE(st != CP_OK, "not a failure");
    FUZZ_REQUIRE(e->code == st, "err.code %s, returned %s", cp_status_name(e->code),
                 cp_status_name(st));
    FUZZ_REQUIRE(strcmp(cp_status_name(st), "CP_UNKNOWN_STATUS") != 0, "unknown status %d",
                 (int)st);
    FUZZ_REQUIRE(e->message[0] != '\0', "empty message for %s", cp_status_name(st));
    FUZZ_REQUIRE(memchr(e->message, '\0', sizeof e->message) != NULL, "message not terminated");
    FUZZ_REQUIRE(e->path[0] == '\0' || e->path[0] == '/', "path \"%s\" is not a JSON Pointer",
                 e->path);
}

/* The client saved as compact JSON; aborts if it cannot be saved. */
static inline char *fuzz_save_client(const cp_client *c)
{
    char *text = NULL;
    cp_error e;
    cp_save_options o = CP_SAVE_OPTIONS_INIT;
    o.flags = CP_SAVE_COMPACT;
    cp_status st = cp_client_save_string(c, &o, &text, NULL, &e);
    FUZZ_REQUIRE(st == CP_OK, "saving a loaded client: %s: %s", cp_status_name(st), e.message);
    return text;
}

#endif
