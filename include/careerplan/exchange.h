/* SPDX-License-Identifier: MIT */
/**
 * @file
 * CSV exchange of learners and their participation in activities (@since 0.2):
 * "CSV import and export of learners and participation keyed on UPN or ULN"
 * (issue 14), so that a school's management information system and a
 * spreadsheet can feed a caseload and read it back.
 *
 * The CSV is RFC 4180: a header row naming the columns, fields separated by
 * commas, quoted with double quotes when they hold a comma, a quote (written
 * twice) or a line end; UTF-8 text (a byte order mark at the start is
 * skipped); CRLF, LF or CR line ends on input, CRLF on output; blank lines
 * are skipped.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - or @
 * (or a TAB or CR) as a formula, so the exporters write such a value with an
 * apostrophe before it ("'=SUM(A1)"), and so any value made of apostrophes
 * followed by one of those characters; the importer takes exactly one
 * apostrophe off a value made of one or more apostrophes followed by one of
 * those characters. Every value therefore survives export and import
 * unchanged. This is a default of the library: the sources say nothing of it.
 *
 * Learners CSV, the columns in this order:
 *   id, upn, uln, service_ref, given_name, family_name, setting, year_group
 * (the client's members of those names; setting is its JSON name, e.g.
 * "school"; year_group a number from 7 to 13; an absent member is an empty
 * field). Special-category data (date of birth, support flags, need level,
 * NEET scores) is never exported.
 *
 * Participation CSV, one row per participation, clients in caseload order
 * and each client's participations as stored, the columns in this order:
 *   upn, uln, client_id, activity, date, attended, parent_attended
 * (date YYYY-MM-DD; attended and parent_attended "true" or "false").
 */
#ifndef CAREERPLAN_EXCHANGE_H
#define CAREERPLAN_EXCHANGE_H

#include "caseload.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Writes the learners of a caseload as CSV: the header row, then one row
 * per client in caseload order (see the file comment for the columns).
 *
 * @param caseload the caseload; not NULL
 * @param[out] out new: the text, NUL-terminated, freed with cp_free(); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_caseload_learners_to_csv(const cp_caseload *caseload, char **out, cp_error *err);

/**
 * Writes the participation of every learner of a caseload as CSV: the
 * header row, then one row per participation (see the file comment).
 *
 * @param caseload the caseload; not NULL
 * @param[out] out new: the text, NUL-terminated, freed with cp_free(); not NULL
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_caseload_participation_to_csv(const cp_caseload *caseload, char **out,
                                                  cp_error *err);

/**
 * Imports a learners CSV or a participation CSV into a caseload. A header
 * with an "activity" column makes it participation, any other learners.
 * Columns may come in any order; a column the kind does not have is
 * CP_EUNKNOWN, one named twice CP_EDUPLICATE (both on line 1).
 *
 * Matching ("keyed on UPN or ULN", issue 14): a row's learner is the client
 * whose UPN is the row's upn; when that field is empty or the column absent,
 * whose ULN is the row's uln; when both are empty, whose id is the row's id
 * (learners) or client_id (participation). At least one of the columns upn
 * and uln is required. A non-empty UPN must pass its check letter and a
 * non-empty ULN its check digit (the rules of cp_validate_client(),
 * upn-check-letter and uln-check-digit), whether or not they are the key.
 *
 * Learners: a row that matches a client sets, on it, the members whose
 * columns are present (an empty field removes the member); an id that
 * differs from the matched client's is CP_EVALUE (ids are not renamed by an
 * import). A row that matches no client adds one, with the row's id; without
 * an id it is CP_ENOTFOUND. Two rows with the same key are CP_EDUPLICATE,
 * and so is a new id that a client already has.
 *
 * Participation: columns activity and date are required; attended and
 * parent_attended read true, false, yes, no, 1, 0 (any case) or empty
 * (false). A row adds a participation to its learner, or, when the learner
 * already has one with the same activity and date, sets its attended and
 * parent_attended: importing the same file twice changes nothing the second
 * time. A row that matches no learner is CP_ENOTFOUND: no row is ever
 * dropped.
 *
 * All or nothing: every row is checked before the caseload is changed; on
 * any error, CP_ENOMEM included, the caseload is as it was (since 0.2: what
 * was applied before memory ran out is taken back without allocating).
 *
 * Errors name the line and the column (cp_error::line and cp_error::column, 1-based;
 * the column counts characters, of the start of the field) and say what is
 * wrong in the message: CP_ESYNTAX (CSV syntax; a row with more or fewer
 * fields than the header: the line, and the column of its first surplus field
 * or its last field), CP_EVALUE (not UTF-8, a malformed value, a check letter
 * or digit that fails, a row with no key), CP_ERANGE (year_group outside 7
 * to 13), CP_ETYPE (no header row, or a required column missing: line 1,
 * column 0, the message naming the column), CP_EUNKNOWN, CP_EDUPLICATE,
 * CP_ENOTFOUND. cp_error::path is "".
 *
 * @param caseload the caseload; not NULL
 * @param csv      the CSV text, UTF-8; not NULL
 * @param len      its length in bytes
 * @param err      optional; filled on failure
 * @return CP_OK, CP_EINVAL (NULL argument), the codes above, CP_ENOMEM
 * @since 0.2
 */
CP_API cp_status cp_caseload_import_csv(cp_caseload *caseload, const char *csv, size_t len,
                                        cp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* CAREERPLAN_EXCHANGE_H */
