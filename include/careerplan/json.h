/* SPDX-License-Identifier: MIT */
/**
 * @file
 * Reading and writing careerplan JSON documents.
 *
 * A document is a JSON object with the envelope members "format":
 * "careerplan", "version": 1 and "kind". A "client" document is one client
 * object with the envelope members added; a "caseload" document holds
 * "name" and a "clients" array of client objects; a "strategic_plan" document
 * is one strategic careers plan object with the envelope members added. Output is canonical: the
 * members of each object in a fixed order, two-space indentation (or compact
 * on request), absent values omitted, so save(load(save(x))) == save(x) byte
 * for byte. Members the library does not know are kept and written back
 * after the known ones, in their original order, unless strict mode asks for
 * them to be refused.
 */
#ifndef CAREERPLAN_JSON_H
#define CAREERPLAN_JSON_H

#include "caseload.h"
#include "client.h"
#include "strategic_plan.h"
#include "provision_map.h"
#include "common.h"
#include "diagnostics.h"

#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Load flag: refuse unknown members with CP_EUNKNOWN instead of keeping them. @since 0.1 */
#define CP_LOAD_STRICT 0x1u

/** Current version of cp_load_options. @since 0.1 */
#define CP_LOAD_OPTIONS_VERSION 1

/** Default nesting limit (objects and arrays). @since 0.1 */
#define CP_DEFAULT_MAX_DEPTH 64
/**
 * The deepest nesting of objects and arrays the loader can read, whatever
 * cp_load_options.max_depth asks: a larger max_depth is treated as this one.
 * The JSON parser (jansson) reads values nested at most 2048 deep, counting
 * the innermost value, so objects and arrays with something in them nest at
 * most 2047 deep. Keeping the loader's limit below the parser's means input
 * too deep is always refused by the loader, with CP_ELIMIT and the path,
 * line and column of the first object or array over the limit.
 * @since 0.2
 */
#define CP_MAX_DEPTH 2047
/** Default longest string, in bytes (keys and values). @since 0.1 */
#define CP_DEFAULT_MAX_STRING_LENGTH (1024u * 1024u)
/** Default largest array or object, in items. @since 0.1 */
#define CP_DEFAULT_MAX_ITEMS 1000000u
/**
 * Default largest document, in bytes: 4 GiB (the largest size_t on a
 * 32-bit system). A caseload of 100,000 clients is about 1.55 GB of JSON
 * (issue 13), so 0.1's default of 512 MiB refused it; 4 GiB leaves room for
 * about 250,000 such clients while still refusing a runaway input before it
 * is read (a file over the limit is refused from its size). The sources fix
 * no limit: this is a configurable default, like the others. Loading holds
 * the document, the parsed JSON and the model at once, several times the
 * document's size: set max_size lower where memory is short.
 * @since 0.1 (4 GiB since 0.2; 512 MiB in 0.1)
 */
#if SIZE_MAX > 0xFFFFFFFFu
#define CP_DEFAULT_MAX_SIZE ((size_t)4 * 1024u * 1024u * 1024u)
#else
#define CP_DEFAULT_MAX_SIZE ((size_t)SIZE_MAX)
#endif

/**
 * Options for loading. Start from CP_LOAD_OPTIONS_INIT (or
 * cp_load_options_init()) and change what you need; the struct grows only at
 * its end, and `version` tells the library which fields exist. Passing NULL
 * instead of options means the defaults.
 * @since 0.1
 */
typedef struct cp_load_options {
    unsigned int version;     /**< CP_LOAD_OPTIONS_VERSION */
    unsigned int flags;       /**< CP_LOAD_STRICT or 0 */
    size_t max_depth;         /**< deepest nesting of objects and arrays; the root is at depth 1;
                                   above CP_MAX_DEPTH means CP_MAX_DEPTH (since 0.2) */
    size_t max_string_length; /**< longest string or key, in bytes */
    size_t max_items;         /**< most members of one object or items of one array */
    size_t max_size;          /**< largest document, in bytes */
    cp_diagnostics *warnings; /**< optional, borrowed: receives a warning per unknown member kept;
                                   a load that fails leaves it as it was (since 0.2),
                                   unless it is also the list of cp_document_load_collect() */
} cp_load_options;

/** Static initialiser for cp_load_options with the default limits. @since 0.1 */
#define CP_LOAD_OPTIONS_INIT                                                                       \
    {CP_LOAD_OPTIONS_VERSION, 0, CP_DEFAULT_MAX_DEPTH, CP_DEFAULT_MAX_STRING_LENGTH,               \
     CP_DEFAULT_MAX_ITEMS, CP_DEFAULT_MAX_SIZE, NULL}

/**
 * Fills load options with the defaults.
 *
 * @param opts    the struct to fill; not NULL
 * @param version CP_LOAD_OPTIONS_VERSION
 * @return CP_OK, CP_EINVAL (NULL, or a version this library does not know)
 * @since 0.1
 */
CP_API cp_status cp_load_options_init(cp_load_options *opts, unsigned int version);

/** Save flag: compact output on one line, no spaces. @since 0.1 */
#define CP_SAVE_COMPACT 0x1u

/**
 * Save flag: let the *_save_path() functions replace a file that has no
 * write permission (mode 0444); without it they refuse with CP_EIO.
 * @since 0.2
 */
#define CP_SAVE_REPLACE_READONLY 0x2u

/** Current version of cp_save_options. @since 0.1 */
#define CP_SAVE_OPTIONS_VERSION 1

/**
 * Options for saving; NULL means the defaults (pretty, two-space indent,
 * final newline). Output always ends with a newline.
 * @since 0.1
 */
typedef struct cp_save_options {
    unsigned int version; /**< CP_SAVE_OPTIONS_VERSION */
    unsigned int flags;   /**< CP_SAVE_COMPACT, CP_SAVE_REPLACE_READONLY, or 0 */
} cp_save_options;

/** Static initialiser for cp_save_options. @since 0.1 */
#define CP_SAVE_OPTIONS_INIT {CP_SAVE_OPTIONS_VERSION, 0}

/** Kind of a document, from its "kind" member. @since 0.1 */
typedef enum cp_document_kind {
    CP_DOCUMENT_KIND_UNSET = 0,   /**< no kind; never that of a loaded document */
    CP_DOCUMENT_KIND_CLIENT = 1,  /**< "client" */
    CP_DOCUMENT_KIND_CASELOAD = 2, /**< "caseload" */
    CP_DOCUMENT_KIND_STRATEGIC_PLAN = 3, /**< "strategic_plan" (since 0.2) */
    CP_DOCUMENT_KIND_PROVISION_MAP = 4   /**< "provision_map" (since 0.2) */
} cp_document_kind;

/**
 * JSON name of a document kind, e.g. "caseload".
 *
 * @param kind a value of the enumeration
 * @return a static string, or NULL for CP_DOCUMENT_KIND_UNSET and unknown values
 * @since 0.1
 */
CP_API const char *cp_document_kind_to_string(cp_document_kind kind);

/**
 * Parses the JSON name of a document kind.
 *
 * @param text the name; not NULL
 * @param[out] out the kind; not NULL
 * @return CP_OK, CP_EINVAL (NULL argument), CP_EVALUE (unknown name)
 * @since 0.1
 */
CP_API cp_status cp_document_kind_from_string(const char *text, cp_document_kind *out);

/** A loaded document of any kind. Opaque. @since 0.1 */
typedef struct cp_document cp_document;

/**
 * Loads a document of any kind from memory.
 *
 * Errors: CP_ESYNTAX (with line, column and position), CP_ETYPE (wrong JSON
 * type or missing member), CP_ERANGE, CP_EVALUE, CP_EDUPLICATE (duplicate
 * object key or id), CP_ENOTFOUND (reference to an id that does not exist),
 * CP_ELIMIT, CP_EUNKNOWN (strict mode), CP_EFORMAT (envelope), CP_ENOMEM,
 * CP_EINVAL (NULL argument). The error's path is the JSON Pointer of the
 * offending value.
 *
 * Two errors also give the line, column (of the value's first character) and
 * position (of its first byte), since 0.2: nesting deeper than max_depth
 * (CP_ELIMIT, "nesting deeper than the limit of N", at the first object or
 * array over the limit; see CP_MAX_DEPTH), and a string or key holding the
 * escape \\u0000 (CP_EVALUE, "a string contains the NUL character \\u0000,
 * which is not allowed", or "a key ..."; for a key, the path is that of its
 * object and the line and column those of the key).
 *
 * Messages that help, since 0.2: an unknown enumeration name lists the
 * valid names ("\"dun\" is not a known action status: did you mean
 * \"done\"? It is one of: planned, ..."; the hint when a name is within
 * two edits); an unknown member within two edits of a member of its object
 * says so in its warning (opts->warnings) or, in strict mode, its error
 * ("unknown member \"measur\" in a action kept as it is: did you mean
 * \"measure\"?"); a comma before a closing bracket is CP_ESYNTAX "trailing
 * comma: remove the ',' before ']'" at the bracket's line and column.
 *
 * @param json bytes of the document (UTF-8); need not be NUL-terminated; not NULL
 * @param len  number of bytes
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new document, freed with cp_document_free(); not NULL
 * @param err  optional; filled on failure
 * @return CP_OK or an error code listed above
 * @since 0.1
 */
CP_API cp_status cp_document_load_string(const char *json, size_t len, const cp_load_options *opts,
                                         cp_document **out, cp_error *err);

/**
 * Loads a document of any kind from memory as cp_document_load_string()
 * does, but collects every error instead of stopping at the first, so that
 * a person fixing a file by hand sees all its problems at once.
 *
 * Each error in a member or an item (wrong type, missing member, out of
 * range, bad enumeration name or date, duplicate id, dangling reference, an
 * unknown member in strict mode...) is added to `collect` as a diagnostic of
 * severity error, its code the cp_status_name() of the error (e.g.
 * "CP_ERANGE"), its path the JSON Pointer of the value, its message the
 * error's; the load goes on, skipping that member or item. The load still
 * fails: it returns the first such error, fills `err` with it and gives no
 * document. Errors that stop the parser or concern the document as a whole
 * (CP_ESYNTAX, CP_ELIMIT, CP_EFORMAT, the root not being an object, a NUL,
 * CP_ENOMEM, CP_EINVAL) stop the load at once, as in
 * cp_document_load_string(), and are reported in `err` only. The unknown
 * members kept are reported to opts->warnings as usual; when that is the
 * same list as `collect`, the diagnostics come in document order.
 * cp_diagnostics_locate() then gives each its line and column in `json`.
 *
 * (A new function rather than a member of cp_load_options: that struct is
 * part of the 0.1 ABI, and its layout does not change.)
 *
 * @param json bytes of the document (UTF-8); need not be NUL-terminated; not NULL
 * @param len  number of bytes
 * @param opts options, or NULL for the defaults
 * @param collect receives the errors, after those it holds; not NULL
 * @param[out] out on success a new document, freed with cp_document_free(); not NULL
 * @param err  optional; filled on failure, with the first error
 * @return CP_OK (nothing added to collect but warnings) or the first error,
 *         with the codes of cp_document_load_string()
 * @since 0.2
 */
CP_API cp_status cp_document_load_collect(const char *json, size_t len,
                                          const cp_load_options *opts, cp_diagnostics *collect,
                                          cp_document **out, cp_error *err);

/**
 * Loads a document of any kind from a stream, read to its end.
 *
 * @param fp   an open stream; not NULL; not closed
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new document; not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_string(), and CP_EIO when reading fails
 * @since 0.1
 */
CP_API cp_status cp_document_load_file(FILE *fp, const cp_load_options *opts, cp_document **out,
                                       cp_error *err);

/**
 * Loads a document of any kind from a file.
 *
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new document; not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_string(), and CP_EIO when the file cannot be read
 * @since 0.1
 */
CP_API cp_status cp_document_load_path(const char *path, const cp_load_options *opts,
                                       cp_document **out, cp_error *err);

/**
 * How far a long load has got, given to a cp_load_progress_fn.
 * @since 0.2
 */
typedef struct cp_load_progress {
    size_t clients;     /**< clients of the caseload loaded so far */
    size_t bytes;       /**< bytes of the text read and done with so far */
    size_t total_bytes; /**< the text's length when known (a file's size), else 0 */
} cp_load_progress;

/**
 * Called by a load from time to time (after each batch of clients, at most
 * every 1 MiB of text or 256 clients) on the thread that called the load.
 * It must not call into the document being loaded (there is none yet).
 *
 * @param progress how far the load has got; valid during the call
 * @param user     cp_load_tuning.progress_user
 * @since 0.2
 */
typedef void (*cp_load_progress_fn)(const cp_load_progress *progress, void *user);

/** Current version of cp_load_tuning. @since 0.2 */
#define CP_LOAD_TUNING_VERSION 1

/** The most threads a load uses, whatever cp_load_tuning.jobs asks. @since 0.2 */
#define CP_LOAD_MAX_JOBS 64

/**
 * How a load does its work, as opposed to what it accepts
 * (cp_load_options): threads and progress. The result of a load never
 * depends on these: the same document, the same errors, the clients in the
 * same order, whatever the number of threads.
 *
 * With jobs above 1 the load calls the allocator (cp_set_allocator()) and
 * jansson's from several threads at once: allocators replaced there must be
 * thread-safe (malloc is).
 *
 * (A struct of its own rather than new members of cp_load_options, which
 * is part of the 0.1 ABI.)
 * @since 0.2
 */
typedef struct cp_load_tuning {
    unsigned int version;          /**< CP_LOAD_TUNING_VERSION */
    unsigned int jobs;             /**< threads that parse a caseload's clients (the calling
                                        thread is one of them); 0 or 1: the calling thread only;
                                        above CP_LOAD_MAX_JOBS means CP_LOAD_MAX_JOBS */
    cp_load_progress_fn progress;  /**< optional: called as clients are loaded */
    void *progress_user;           /**< passed to progress */
} cp_load_tuning;

/** Static initialiser for cp_load_tuning: one thread, no progress. @since 0.2 */
#define CP_LOAD_TUNING_INIT {CP_LOAD_TUNING_VERSION, 1, NULL, NULL}

/**
 * Fills a cp_load_tuning with the defaults (one thread, no progress).
 *
 * @param tuning  the struct to fill; not NULL
 * @param version CP_LOAD_TUNING_VERSION
 * @return CP_OK, CP_EINVAL (NULL, or a version this library does not know)
 * @since 0.2
 */
CP_API cp_status cp_load_tuning_init(cp_load_tuning *tuning, unsigned int version);

/**
 * Loads a document from memory as cp_document_load_string() does, with
 * threads and progress as `tuning` says.
 *
 * How a caseload is loaded (all the loaders, since 0.2): one client at a
 * time. A scan that follows only JSON's structure finds each client's text
 * in the "clients" array; the parser reads that client alone, the client is
 * built and checked, and the parser's tree of it is freed, so a load holds
 * the model, the text (a file: a window of it) and a few clients' trees,
 * not a tree of the whole document. With tuning->jobs above 1, batches of
 * clients are parsed on that many threads and appended in the text's order.
 * A caseload whose envelope ("format", "version", "kind") does not come
 * before "clients", and any document that is not plainly right (an error
 * or a warning to report), is loaded by the whole-document loader from the
 * start instead, on one thread: errors, warnings, paths, lines and columns
 * are always exactly those cp_document_load_string() reports.
 *
 * @param json   bytes of the document (UTF-8); not NULL
 * @param len    number of bytes
 * @param opts   options, or NULL for the defaults
 * @param tuning threads and progress, or NULL for CP_LOAD_TUNING_INIT
 * @param[out] out on success a new document, freed with cp_document_free(); not NULL
 * @param err    optional; filled on failure
 * @return as cp_document_load_string(); CP_EINVAL also for a tuning version
 *         this library does not know
 * @since 0.2
 */
CP_API cp_status cp_document_load_string_with(const char *json, size_t len,
                                              const cp_load_options *opts,
                                              const cp_load_tuning *tuning, cp_document **out,
                                              cp_error *err);

/**
 * Loads a document from a stream as cp_document_load_file() does, with
 * threads and progress as `tuning` says (see cp_document_load_string_with()).
 * A caseload in a regular file is read a window at a time (the stream is
 * read from its position to the end; a document the whole-document loader
 * must read is read again from that position); from a pipe or terminal it
 * is read whole first.
 *
 * @param fp     an open stream; not NULL; not closed
 * @param opts   options, or NULL for the defaults
 * @param tuning threads and progress, or NULL for CP_LOAD_TUNING_INIT
 * @param[out] out on success a new document; not NULL
 * @param err    optional; filled on failure
 * @return as cp_document_load_file(); CP_EINVAL also for a bad tuning version
 * @since 0.2
 */
CP_API cp_status cp_document_load_file_with(FILE *fp, const cp_load_options *opts,
                                            const cp_load_tuning *tuning, cp_document **out,
                                            cp_error *err);

/**
 * Loads a document from a file as cp_document_load_path() does, with
 * threads and progress as `tuning` says (see cp_document_load_file_with()).
 *
 * @param path   file name; not NULL
 * @param opts   options, or NULL for the defaults
 * @param tuning threads and progress, or NULL for CP_LOAD_TUNING_INIT
 * @param[out] out on success a new document; not NULL
 * @param err    optional; filled on failure
 * @return as cp_document_load_path(); CP_EINVAL also for a bad tuning version
 * @since 0.2
 */
CP_API cp_status cp_document_load_path_with(const char *path, const cp_load_options *opts,
                                            const cp_load_tuning *tuning, cp_document **out,
                                            cp_error *err);

/**
 * Frees a document and what it holds (unless taken with cp_document_take_client()
 * or cp_document_take_caseload()).
 *
 * @param doc the document; NULL is a no-op
 * @since 0.1
 */
CP_API void cp_document_free(cp_document *doc);

/**
 * Kind of a loaded document.
 *
 * @param doc the document; not NULL
 * @return its kind
 * @since 0.1
 */
CP_API cp_document_kind cp_document_get_kind(const cp_document *doc);

/**
 * The client of a "client" document.
 *
 * @param doc the document; not NULL
 * @return borrowed: valid until the document is freed; NULL for other kinds
 *         or once taken
 * @since 0.1
 */
CP_API cp_client *cp_document_client(cp_document *doc);

/**
 * The caseload of a "caseload" document.
 *
 * @param doc the document; not NULL
 * @return borrowed: valid until the document is freed; NULL for other kinds
 *         or once taken
 * @since 0.1
 */
CP_API cp_caseload *cp_document_caseload(cp_document *doc);

/**
 * The strategic careers plan of a "strategic_plan" document.
 *
 * @param doc the document; not NULL
 * @return borrowed: valid until the document is freed; NULL for other kinds
 *         or once taken
 * @since 0.2
 */
CP_API cp_strategic_plan *cp_document_strategic_plan(cp_document *doc);

/**
 * The provision map of a "provision_map" document.
 *
 * @param doc the document; not NULL
 * @return borrowed: valid until the document is freed; NULL for other kinds
 *         or once taken
 * @since 0.2
 */
CP_API cp_provision_map *cp_document_provision_map(cp_document *doc);

/**
 * Takes the client out of a "client" document; the document keeps nothing.
 *
 * @param doc the document; not NULL
 * @return new: the caller frees it with cp_client_free(); NULL for other kinds
 *         or once taken
 * @since 0.1
 */
CP_API cp_client *cp_document_take_client(cp_document *doc);

/**
 * Takes the caseload out of a "caseload" document; the document keeps nothing.
 *
 * @param doc the document; not NULL
 * @return new: the caller frees it with cp_caseload_free(); NULL for other
 *         kinds or once taken
 * @since 0.1
 */
CP_API cp_caseload *cp_document_take_caseload(cp_document *doc);

/**
 * Takes the strategic careers plan out of a "strategic_plan" document; the
 * document keeps nothing.
 *
 * @param doc the document; not NULL
 * @return new: the caller frees it with cp_strategic_plan_free(); NULL for
 *         other kinds or once taken
 * @since 0.2
 */
CP_API cp_strategic_plan *cp_document_take_strategic_plan(cp_document *doc);

/**
 * Takes the provision map out of a "provision_map" document; the
 * document keeps nothing.
 *
 * @param doc the document; not NULL
 * @return new: the caller frees it with cp_provision_map_free(); NULL for
 *         other kinds or once taken
 * @since 0.2
 */
CP_API cp_provision_map *cp_document_take_provision_map(cp_document *doc);

/**
 * Writes a document in canonical form to memory.
 *
 * @param doc  the document; not NULL, not emptied by a take
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new NUL-terminated string, freed with cp_free(); not NULL
 * @param[out] len optional: receives strlen(*out)
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument, emptied document), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_document_save_string(const cp_document *doc, const cp_save_options *opts,
                                         char **out, size_t *len, cp_error *err);

/**
 * Loads a "client" document from memory. A document of another kind fails
 * with CP_EFORMAT (path "/kind").
 *
 * @param json bytes of the document; not NULL
 * @param len  number of bytes
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new client, freed with cp_client_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_string()
 * @since 0.1
 */
CP_API cp_status cp_client_load_string(const char *json, size_t len, const cp_load_options *opts,
                                       cp_client **out, cp_error *err);

/**
 * Loads a "client" document from a stream read to its end.
 *
 * @param fp   an open stream; not NULL; not closed
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new client, freed with cp_client_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_file(), and CP_EFORMAT for another kind
 * @since 0.1
 */
CP_API cp_status cp_client_load_file(FILE *fp, const cp_load_options *opts, cp_client **out,
                                     cp_error *err);

/**
 * Loads a "client" document from a file.
 *
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new client, freed with cp_client_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_path(), and CP_EFORMAT for another kind
 * @since 0.1
 */
CP_API cp_status cp_client_load_path(const char *path, const cp_load_options *opts,
                                     cp_client **out, cp_error *err);

/**
 * Writes a client as a canonical "client" document to memory.
 *
 * @param client the client; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new NUL-terminated string, freed with cp_free(); not NULL
 * @param[out] len optional: receives strlen(*out)
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_client_save_string(const cp_client *client, const cp_save_options *opts,
                                       char **out, size_t *len, cp_error *err);

/**
 * Writes a client as a canonical "client" document to a stream (flushed, not closed).
 *
 * Since 0.2 the text is written as it is made, through a buffer of 64 KiB,
 * never held whole (the bytes are those of cp_client_save_string()). A write
 * that fails stops the save at once: CP_EIO with the system's reason, and
 * the stream holds the part written before it.
 *
 * @param client the client; not NULL
 * @param fp   an open stream; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO (the write or flush failed)
 * @since 0.1
 */
CP_API cp_status cp_client_save_file(const cp_client *client, FILE *fp,
                                     const cp_save_options *opts, cp_error *err);

/**
 * Writes a client as a canonical "client" document to a file, atomically:
 * the output goes to a temporary file in the same folder, which is flushed to
 * disk and renamed over @p path. On any failure the temporary file is removed
 * and an existing file at @p path is left untouched. A file that replaces
 * another keeps its permissions; a new file is created readable and writable
 * by its owner only (0600), since a plan holds personal data.
 *
 * Since 0.2: a symbolic link is followed and its target replaced, so the link
 * stays (a dangling link fails with CP_EIO); a hard link is not followed: the
 * name @p path gets the new file and the file's other names keep the old
 * content, as with any save by rename. A file without write permission is
 * refused with CP_EIO unless opts has CP_SAVE_REPLACE_READONLY, and so is
 * (since 0.2) a path that is not a regular file (a device such as /dev/null,
 * a pipe, a folder), which a save would otherwise replace. A replaced
 * file keeps its owner and group where the process may set them (root). The
 * temporary file is ".cpXXXXXX" in the target's folder, so any legal file
 * name can be saved, and the folder is synced after the rename, so the save
 * survives a power cut. A message too long for cp_error keeps the system's
 * reason and shortens the path in its middle. Since 0.2 the text goes to the
 * temporary file as it is made, through a buffer of 64 KiB: a save needs
 * no memory for the whole output.
 *
 * What survives a failure (since 0.2): when any step fails (creating the
 * temporary file, a write, setting its mode or owner, its fsync, closing
 * it, the rename, opening or syncing the folder), the function returns
 * CP_EIO with the path and the system's reason (e.g. "No space left on
 * device"); the file at @p path is as it was, byte for byte (a file that did
 * not exist still does not), and the temporary file is removed. A write that
 * writes part of the bytes is continued, an interrupted one (EINTR)
 * repeated. To undo a rename whose folder then fails to sync, the old file
 * gets a second name (".cpXXXXXX~", a hard link) just before the rename,
 * removed after the sync; where the file system has no hard links the old
 * content cannot be put back, and the new file stays. A folder that may not
 * be opened (EACCES, EPERM) is not synced, and that is no failure.
 *
 * A power cut or crash: after CP_OK the new content is on disk (file and
 * folder synced). During a save, @p path holds the old content or the new
 * one, whole, never a mix; a crash may leave the temporary file (and the
 * backup name) behind in the folder, which a later save does not reuse.
 *
 * @param client the client; not NULL
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO (with the path and the system's reason)
 * @since 0.1
 */
CP_API cp_status cp_client_save_path(const cp_client *client, const char *path,
                                     const cp_save_options *opts, cp_error *err);

/**
 * Loads a "caseload" document from memory. Another kind fails with CP_EFORMAT.
 *
 * @param json bytes of the document; not NULL
 * @param len  number of bytes
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new caseload, freed with cp_caseload_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_string()
 * @since 0.1
 */
CP_API cp_status cp_caseload_load_string(const char *json, size_t len, const cp_load_options *opts,
                                         cp_caseload **out, cp_error *err);

/**
 * Loads a "caseload" document from a stream read to its end.
 *
 * @param fp   an open stream; not NULL; not closed
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new caseload, freed with cp_caseload_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_file(), and CP_EFORMAT for another kind
 * @since 0.1
 */
CP_API cp_status cp_caseload_load_file(FILE *fp, const cp_load_options *opts, cp_caseload **out,
                                       cp_error *err);

/**
 * Loads a "caseload" document from a file.
 *
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new caseload, freed with cp_caseload_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_path(), and CP_EFORMAT for another kind
 * @since 0.1
 */
CP_API cp_status cp_caseload_load_path(const char *path, const cp_load_options *opts,
                                       cp_caseload **out, cp_error *err);

/**
 * Writes a caseload as a canonical "caseload" document to memory.
 *
 * @param caseload the caseload; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new NUL-terminated string, freed with cp_free(); not NULL
 * @param[out] len optional: receives strlen(*out)
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.1
 */
CP_API cp_status cp_caseload_save_string(const cp_caseload *caseload, const cp_save_options *opts,
                                         char **out, size_t *len, cp_error *err);

/**
 * Writes a caseload as a canonical "caseload" document to a stream (flushed, not closed).
 *
 * @param caseload the caseload; not NULL
 * @param fp   an open stream; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO
 * @since 0.1
 */
CP_API cp_status cp_caseload_save_file(const cp_caseload *caseload, FILE *fp,
                                       const cp_save_options *opts, cp_error *err);

/**
 * Writes a caseload as a canonical "caseload" document to a file,
 * atomically (see cp_client_save_path()).
 *
 * @param caseload the caseload; not NULL
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO
 * @since 0.1
 */
CP_API cp_status cp_caseload_save_path(const cp_caseload *caseload, const char *path,
                                       const cp_save_options *opts, cp_error *err);

/**
 * Loads a "strategic_plan" document from memory. Another kind fails with CP_EFORMAT.
 *
 * @param json bytes of the document; not NULL
 * @param len  number of bytes
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new strategic careers plan, freed with cp_strategic_plan_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_string()
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_load_string(const char *json, size_t len, const cp_load_options *opts,
                                         cp_strategic_plan **out, cp_error *err);

/**
 * Loads a "strategic_plan" document from a stream read to its end.
 *
 * @param fp   an open stream; not NULL; not closed
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new strategic careers plan, freed with cp_strategic_plan_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_file(), and CP_EFORMAT for another kind
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_load_file(FILE *fp, const cp_load_options *opts, cp_strategic_plan **out,
                                       cp_error *err);

/**
 * Loads a "strategic_plan" document from a file.
 *
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new strategic careers plan, freed with cp_strategic_plan_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_path(), and CP_EFORMAT for another kind
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_load_path(const char *path, const cp_load_options *opts,
                                       cp_strategic_plan **out, cp_error *err);

/**
 * Writes a strategic careers plan as a canonical "strategic_plan" document to memory.
 *
 * @param plan the strategic careers plan; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new NUL-terminated string, freed with cp_free(); not NULL
 * @param[out] len optional: receives strlen(*out)
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_save_string(const cp_strategic_plan *plan, const cp_save_options *opts,
                                         char **out, size_t *len, cp_error *err);

/**
 * Writes a strategic careers plan as a canonical "strategic_plan" document to a stream (flushed, not closed).
 *
 * @param plan the strategic careers plan; not NULL
 * @param fp   an open stream; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_save_file(const cp_strategic_plan *plan, FILE *fp,
                                       const cp_save_options *opts, cp_error *err);

/**
 * Writes a strategic careers plan as a canonical "strategic_plan" document to a file,
 * atomically (see cp_client_save_path()).
 *
 * @param plan the strategic careers plan; not NULL
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO
 * @since 0.2
 */
CP_API cp_status cp_strategic_plan_save_path(const cp_strategic_plan *plan, const char *path,
                                       const cp_save_options *opts, cp_error *err);

/**
 * Loads a "provision_map" document from memory. Another kind fails with CP_EFORMAT.
 *
 * @param json bytes of the document; not NULL
 * @param len  number of bytes
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new provision map, freed with cp_provision_map_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_string()
 * @since 0.2
 */
CP_API cp_status cp_provision_map_load_string(const char *json, size_t len, const cp_load_options *opts,
                                         cp_provision_map **out, cp_error *err);

/**
 * Loads a "provision_map" document from a stream read to its end.
 *
 * @param fp   an open stream; not NULL; not closed
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new provision map, freed with cp_provision_map_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_file(), and CP_EFORMAT for another kind
 * @since 0.2
 */
CP_API cp_status cp_provision_map_load_file(FILE *fp, const cp_load_options *opts, cp_provision_map **out,
                                       cp_error *err);

/**
 * Loads a "provision_map" document from a file.
 *
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new provision map, freed with cp_provision_map_free(); not NULL
 * @param err  optional; filled on failure
 * @return as cp_document_load_path(), and CP_EFORMAT for another kind
 * @since 0.2
 */
CP_API cp_status cp_provision_map_load_path(const char *path, const cp_load_options *opts,
                                       cp_provision_map **out, cp_error *err);

/**
 * Writes a provision map as a canonical "provision_map" document to memory.
 *
 * @param map  the provision map; not NULL
 * @param opts options, or NULL for the defaults
 * @param[out] out on success a new NUL-terminated string, freed with cp_free(); not NULL
 * @param[out] len optional: receives strlen(*out)
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_provision_map_save_string(const cp_provision_map *map, const cp_save_options *opts,
                                         char **out, size_t *len, cp_error *err);

/**
 * Writes a provision map as a canonical "provision_map" document to a stream (flushed, not closed).
 *
 * @param map  the provision map; not NULL
 * @param fp   an open stream; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO
 * @since 0.2
 */
CP_API cp_status cp_provision_map_save_file(const cp_provision_map *map, FILE *fp,
                                       const cp_save_options *opts, cp_error *err);

/**
 * Writes a provision map as a canonical "provision_map" document to a file,
 * atomically (see cp_client_save_path()).
 *
 * @param map  the provision map; not NULL
 * @param path file name; not NULL
 * @param opts options, or NULL for the defaults
 * @param err  optional; filled on failure
 * @return CP_OK, CP_EINVAL, CP_ENOMEM, CP_EIO
 * @since 0.2
 */
CP_API cp_status cp_provision_map_save_path(const cp_provision_map *map, const char *path,
                                       const cp_save_options *opts, cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_JSON_H */
