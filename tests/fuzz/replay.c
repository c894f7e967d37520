/* Runs a fuzz harness over files and folders of inputs, without libFuzzer:
 * how `meson test` replays the committed corpus and crashers in every build
 * (gcc, valgrind, sanitizers), so what fuzzing once found stays found.
 *
 *   fuzz_load_replay PATH...   each PATH a file or a folder of files
 *
 * Exit status 0 when every input ran (a finding aborts); 1 when a path
 * cannot be read or none held an input: a replay that runs nothing fails. */
#define _POSIX_C_SOURCE 200809L
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

static long inputs;

static int run_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return 1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *data = malloc(cap);
    size_t n;
    while (data && (n = fread(data + len, 1, cap - len, fp)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *grown = realloc(data, cap * 2);
            if (!grown)
                free(data);
            data = grown;
            cap *= 2;
        }
    }
    int failed = ferror(fp) || !data;
    fclose(fp);
    if (failed) {
        fprintf(stderr, "replay: %s: cannot read\n", path);
        free(data);
        return 1;
    }
    /* An exact-size copy, so that ASan and valgrind see a read past the end. */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(data);
        return 1;
    }
    memcpy(exact, data, len);
    free(data);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    inputs++;
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (!S_ISDIR(st.st_mode))
        return run_file(path);
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return 1;
    }
    /* In name order, so a run is the same everywhere. */
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *ent;
    int rc = 0;
    while ((ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.')
            continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown) {
                rc = 1;
                break;
            }
            names = grown;
        }
        size_t n = strlen(path) + strlen(ent->d_name) + 2;
        names[count] = malloc(n);
        if (!names[count]) {
            rc = 1;
            break;
        }
        snprintf(names[count++], n, "%s/%s", path, ent->d_name);
    }
    closedir(d);
    if (names)
        qsort(names, count, sizeof *names, cmp_names);
    for (size_t i = 0; i < count; i++) {
        if (rc == 0)
            rc = run_path(names[i]);
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    int rc = 0;
    for (int i = 1; i < argc; i++)
        rc |= run_path(argv[i]);
    if (rc == 0 && inputs == 0) {
        fprintf(stderr, "replay: no input found in the paths given\n");
        return 1;
    }
    printf("replay: %ld inputs, no finding\n", inputs);
    return rc;
}
