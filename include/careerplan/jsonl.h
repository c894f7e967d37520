/* SPDX-License-Identifier: MIT */
/**
 * @file
 * JSON Lines: a caseload as a sequence of client documents, one per line,
 * read and written one client at a time (issue 13).
 *
 * The format (tests/bench/README.md): UTF-8 text; each line is a complete
 * "client" document (the envelope "format": "careerplan", "version": 1,
 * "kind": "client" and the client's members), normally in compact form, so
 * that a line is exactly what cp_client_load_string() loads. Lines end in LF;
 * a CR before the LF is accepted and dropped (CRLF files), and so is a last
 * line without LF. A line holding only whitespace (spaces, tabs, CR) is
 * skipped. The caseload's own members (its name) are not carried.
 *
 * Memory: the reader holds one line (its buffer grows to the longest line
 * read, never beyond the max_size of the load options) and gives one client
 * at a time, so a file of any length is read in constant memory. The
 * conversions cp_jsonl_read_caseload() and cp_jsonl_write_caseload() hold a
 * whole caseload: they are for data that fits in memory.
 *
 * Thread-safety: a reader is used by one thread at a time; different
 * readers may be used on different threads at once (each with its own
 * stream and its own warnings list).
 */
#ifndef CAREERPLAN_JSONL_H
#define CAREERPLAN_JSONL_H

#include "caseload.h"
#include "client.h"
#include "common.h"
#include "json.h"

#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A reader of a JSON Lines file, one client at a time. Opaque. @since 0.2 */
typedef struct cp_jsonl_reader cp_jsonl_reader;

/**
 * Opens a reader over a stream.
 *
 * @param fp   an open stream positioned at the first line; not NULL; borrowed:
 *             the reader reads from it until freed, and does not close it
 * @param opts load options for every line (flags, limits, warnings), copied;
 *             the warnings list, if any, is borrowed and must outlive the
 *             reader; max_size is the longest line accepted, in bytes (its
 *             line ending excluded); NULL means the defaults
 * @param[out] out on success a new reader, freed with cp_jsonl_reader_free(); not NULL
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, unknown options version), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_jsonl_reader_open_file(FILE *fp, const cp_load_options *opts,
                                           cp_jsonl_reader **out, cp_error *err);

/**
 * Opens a reader over a file, which the reader opens and closes.
 *
 * @param path file name; not NULL
 * @param opts as cp_jsonl_reader_open_file()
 * @param[out] out on success a new reader, freed with cp_jsonl_reader_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_jsonl_reader_open_file(), and CP_EIO (with the path and the
 *         system's reason) when the file cannot be opened
 * @since 0.2
 */
CP_API cp_status cp_jsonl_reader_open_path(const char *path, const cp_load_options *opts,
                                           cp_jsonl_reader **out, cp_error *err);

/**
 * Reads the next line that is not blank and loads it as a client document
 * with cp_client_load_string() and the reader's options.
 *
 * The end of the input is CP_OK with *out set to NULL (and again on every
 * later call). An error concerns one line: err's line is the line's number
 * in the file (from 1), its column the column in that line (from 1, in
 * characters) of the bad value (of the end of the bad token for a syntax
 * error; of the first character of the value at the error's path
 * otherwise), its message starts "line N: ", and its path is the JSON
 * Pointer within that line's document. Reading goes on after an error: the
 * next call reads the line after the bad one, so that a validator sees
 * every bad line; only CP_EIO (a read error) and CP_EINVAL end the input.
 * Warnings (unknown members kept) go to opts->warnings with the line
 * number of their line and the column in it (cp_diagnostic_line(),
 * cp_diagnostic_column()).
 *
 * @param r the reader; not NULL
 * @param[out] out on CP_OK a new client (freed with cp_client_free()), or
 *             NULL at the end of the input; NULL on failure; not NULL
 * @param err optional; filled on failure
 * @return CP_OK; the codes of cp_client_load_string() for a bad line
 *         (CP_ESYNTAX, CP_ETYPE, CP_ERANGE, ...; CP_EFORMAT for a line that
 *         is not a "client" document, e.g. "kind": "caseload", path "/kind");
 *         CP_ELIMIT for a line longer than opts->max_size bytes, which is
 *         skipped without being held in memory (column: the first byte over
 *         the limit, path ""); CP_EIO when reading fails; CP_ENOMEM; CP_EINVAL
 *         (NULL argument)
 * @since 0.2
 */
CP_API cp_status cp_jsonl_reader_next(cp_jsonl_reader *r, cp_client **out, cp_error *err);

/**
 * Reads the next line that is not blank without loading it, for callers
 * that load it themselves (a validator collecting every error of a line
 * with cp_document_load_collect()). The line ending (LF, CRLF) is removed.
 *
 * @param r the reader; not NULL
 * @param[out] text on CP_OK the line, borrowed: valid until the next call on
 *             the reader; NUL-terminated (it may also hold NUL bytes, counted
 *             in *len); NULL at the end of the input; not NULL
 * @param[out] len  on CP_OK its length in bytes; not NULL
 * @param err optional; filled on failure
 * @return CP_OK, CP_ELIMIT (a line over max_size, skipped, as in
 *         cp_jsonl_reader_next()), CP_EIO, CP_ENOMEM, CP_EINVAL
 * @since 0.2
 */
CP_API cp_status cp_jsonl_reader_next_line(cp_jsonl_reader *r, const char **text, size_t *len,
                                           cp_error *err);

/**
 * The line number (from 1) of the line last read by cp_jsonl_reader_next()
 * or cp_jsonl_reader_next_line(), good or bad; 0 before the first.
 *
 * @param r the reader; not NULL
 * @return the line number
 * @since 0.2
 */
CP_API long cp_jsonl_reader_line(const cp_jsonl_reader *r);

/**
 * The number of bytes of the input read so far (lines returned, blank and
 * skipped lines and their line endings), for a progress report.
 *
 * @param r the reader; not NULL
 * @return bytes read
 * @since 0.2
 */
CP_API uint64_t cp_jsonl_reader_bytes(const cp_jsonl_reader *r);

/**
 * Frees a reader and closes the file it opened (cp_jsonl_reader_open_path());
 * a stream given to cp_jsonl_reader_open_file() stays open.
 *
 * @param r the reader; NULL is a no-op
 * @since 0.2
 */
CP_API void cp_jsonl_reader_free(cp_jsonl_reader *r);

/**
 * The function cp_jsonl_for_each() calls for every client.
 *
 * @param client the client of one line, borrowed: freed after the call returns
 * @param line   its line number, from 1
 * @param ctx    the caller's pointer, as given to cp_jsonl_for_each()
 * @return CP_OK to go on; anything else stops cp_jsonl_for_each(), which returns it
 * @since 0.2
 */
typedef cp_status (*cp_jsonl_client_fn)(const cp_client *client, long line, void *ctx);

/**
 * Calls fn for every client of a JSON Lines file, in order, one client in
 * memory at a time; stops at the first bad line (its error as
 * cp_jsonl_reader_next() gives it) or the first status other than CP_OK
 * that fn returns.
 *
 * @param path file name; not NULL
 * @param opts as cp_jsonl_reader_open_file()
 * @param fn   called for each client; not NULL
 * @param ctx  passed to fn; may be NULL
 * @param err  optional; filled when a line fails or the file cannot be
 *             opened; a status returned by fn leaves it untouched
 * @return CP_OK when every line loaded and fn always returned CP_OK; else
 *         the first error, or fn's status
 * @since 0.2
 */
CP_API cp_status cp_jsonl_for_each(const char *path, const cp_load_options *opts,
                                   cp_jsonl_client_fn fn, void *ctx, cp_error *err);

/**
 * Writes a client as one line of JSON Lines: its canonical "client"
 * document in compact form (envelope first), then LF. The stream is not
 * flushed (fflush() it, or close it, when done).
 *
 * @param fp     an open stream; not NULL
 * @param client the client; not NULL
 * @param err    optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM, CP_EIO (the write failed)
 * @since 0.2
 */
CP_API cp_status cp_jsonl_write_client(FILE *fp, const cp_client *client, cp_error *err);

/**
 * Writes every client of a caseload, in order, as JSON Lines
 * (cp_jsonl_write_client()), then flushes the stream. The caseload's name is
 * not written.
 *
 * @param fp       an open stream; not NULL; not closed
 * @param caseload the caseload; not NULL
 * @param err      optional; filled on failure
 * @return as cp_jsonl_write_client(), and CP_EIO when the flush fails
 * @since 0.2
 */
CP_API cp_status cp_jsonl_write_caseload(FILE *fp, const cp_caseload *caseload, cp_error *err);

/**
 * Reads a whole JSON Lines stream into a caseload (no name), a client a
 * line, in order. The whole caseload is in memory: for small data.
 *
 * @param fp   an open stream; not NULL; not closed
 * @param opts as cp_jsonl_reader_open_file()
 * @param[out] out on success a new caseload, freed with cp_caseload_free(); not NULL
 * @param err  optional; filled on failure: the first bad line, as
 *             cp_jsonl_reader_next() reports it
 * @return CP_OK, the codes of cp_jsonl_reader_next(), and CP_EDUPLICATE
 *         (its message naming the line) when two lines hold the
 *         same client id
 * @since 0.2
 */
CP_API cp_status cp_jsonl_read_caseload(FILE *fp, const cp_load_options *opts, cp_caseload **out,
                                        cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_JSONL_H */
