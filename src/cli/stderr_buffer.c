/*
 * Buffered diagnostics. C leaves stderr unbuffered (C11 7.21.3p7), so the
 * tool's diagnostics, written a character at a time by cli_put_text(), cost
 * one write(2) each: 1.17 million calls for the 1.3 MB `validate` printed
 * on a caseload of 10,000 clients (issue 13). Through a buffer they take
 * one call per line on a terminal (so that they still appear as they are
 * found, in step with stdout) and one per 64 KiB otherwise.
 *
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <unistd.h>

/* Static: the buffer must outlive main(), as exit() flushes it. */
static char stderr_buffer[1 << 16];

void cli_buffer_stderr(void)
{
    setvbuf(stderr, stderr_buffer, isatty(fileno(stderr)) ? _IOLBF : _IOFBF,
            sizeof stderr_buffer);
}
