/*
 * Progress of long work on stderr (issue 13): one line, rewritten in place,
 * "careerplan: FILE: 12,288 clients, 187.4 of 1,548.2 MB, 2,870 clients/s",
 * shown only when stderr is a terminal and the work has taken a second, so
 * that pipes, logs and scripts never see it; finished with a newline. Used
 * by whole-document loads (a batch of clients at a time) and JSON Lines (a
 * client at a time). CAREERPLAN_PROGRESS=1 shows it always, a line every 256
 * clients and one at the end (for tests and logs that want it), =0 never.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <stdint.h>
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
    p->what = "clients";
    p->start = p->last = now();
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

static void show(cli_progress *p, double t)
{
    double elapsed = t - p->start;
    char n[32], rate[32];
    grouped(n, sizeof n, p->items);
    grouped(rate, sizeof rate, elapsed > 0 ? (size_t)((double)p->items / elapsed) : 0);
    fprintf(stderr, "%s%s: %s: %s %s, %.1f", p->forced ? "" : "\r", CLI_PROGRAM, p->file, n,
            p->what, (double)p->bytes / 1e6);
    if (p->total_bytes)
        fprintf(stderr, " of %.1f", (double)p->total_bytes / 1e6);
    fprintf(stderr, " MB, %s %s/s%s", rate, p->what, p->forced ? "\n" : "\033[K");
    fflush(stderr);
    p->last = t;
    p->shown_items = p->items;
    p->shown = 1;
}

void cli_progress_update(cli_progress *p, size_t items, const char *what, uint64_t bytes,
                         uint64_t total_bytes)
{
    if (!p->on)
        return;
    p->items = items;
    p->what = what;
    p->bytes = bytes;
    p->total_bytes = total_bytes;
    if (p->forced) {
        /* Every 256 items (a load reports a batch at a time), the rest at the end. */
        if (items >= p->shown_items + 256)
            show(p, now());
        return;
    }
    /* On a terminal: after a second, four times a second; the clock read
     * every 64 items when they come one at a time. */
    if (items - p->seen_items < 64)
        return;
    p->seen_items = items;
    double t = now();
    if (t - p->start >= 1.0 && t - p->last >= 0.25)
        show(p, t);
}

void cli_progress_end(cli_progress *p)
{
    if (!p->on)
        return;
    if (p->forced && p->items != p->shown_items)
        show(p, now()); /* the last figures */
    else if (!p->forced && p->shown) {
        show(p, now());
        fputc('\n', stderr); /* the line stays, finished, above what comes next */
        fflush(stderr);
    }
    p->shown = 0;
    p->shown_items = p->items;
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
