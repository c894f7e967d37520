/*
 * Progress of long work on stderr (issue 13): one line, rewritten in place,
 * "careerplan: FILE: 12,288 clients, 187.4 of 1,548.2 MB, 2,870 clients/s",
 * shown only when stderr is a terminal and the work has taken a second, so
 * that pipes, logs and scripts never see it. CAREERPLAN_PROGRESS=1 shows it
 * always and at every step (for tests and for logs that want it), =0 never.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_begin(cli_progress *p, const char *file)
{
    memset(p, 0, sizeof *p);
    const char *env = getenv("CAREERPLAN_PROGRESS");
    p->forced = env && strcmp(env, "1") == 0;
    p->on = p->forced || (isatty(fileno(stderr)) && !(env && strcmp(env, "0") == 0));
    p->file = file;
    p->start = now();
}

/* 1234567 -> "1,234,567" */
static void grouped(char *buf, size_t size, size_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n), o = 0;
    for (int i = 0; i < len && (size_t)o + 2 < size; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

void cli_progress_update(cli_progress *p, size_t items, const char *what, size_t bytes,
                         size_t total_bytes)
{
    if (!p->on)
        return;
    double t = now(), elapsed = t - p->start;
    /* On a terminal: after a second, four times a second. */
    if (!p->forced && (elapsed < 1.0 || t - p->last < 0.25))
        return;
    p->last = t;
    char n[32], rate[32];
    grouped(n, sizeof n, items);
    grouped(rate, sizeof rate, elapsed > 0 ? (size_t)((double)items / elapsed) : 0);
    fprintf(stderr, "%s%s: %s: %s %s, %.1f", p->forced ? "" : "\r", CLI_PROGRAM, p->file, n, what,
            (double)bytes / 1e6);
    if (total_bytes)
        fprintf(stderr, " of %.1f", (double)total_bytes / 1e6);
    fprintf(stderr, " MB, %s %s/s%s", rate, what, p->forced ? "\n" : "\033[K");
    fflush(stderr);
    p->shown = 1;
}

void cli_progress_end(cli_progress *p)
{
    /* The line stays, finished, above what comes next. */
    if (p->on && p->shown && !p->forced) {
        fputc('\n', stderr);
        fflush(stderr);
    }
    p->shown = 0;
}

static unsigned jobs = 1;

void cli_set_jobs(unsigned n)
{
    jobs = n;
}

unsigned cli_jobs(void)
{
    return jobs;
}
