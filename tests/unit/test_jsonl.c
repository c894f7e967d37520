/*
 * JSON Lines (include/careerplan/jsonl.h): the reader's lines, errors,
 * limits and warnings, the writer's bytes, the conversions.
 */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <stdio.h>

#define ENV "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"client\","
#define LINE(ID) ENV "\"id\":\"" ID "\"}"

/* A stream holding text, positioned at its start. */
static FILE *stream(const char *text, size_t len)
{
    FILE *fp = tmpfile();
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(text, 1, len, fp), len);
    rewind(fp);
    return fp;
}

static cp_jsonl_reader *reader(FILE *fp, const cp_load_options *o)
{
    cp_jsonl_reader *r = NULL;
    cp_error e;
    ck_assert_ok(cp_jsonl_reader_open_file(fp, o, &r, &e), &e);
    return r;
}

/* Reads the next client: asserts its id and line number. */
static void next_is(cp_jsonl_reader *r, const char *id, long line)
{
    cp_client *c = NULL;
    cp_error e;
    ck_assert_ok(cp_jsonl_reader_next(r, &c, &e), &e);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(cp_client_get_id(c), id);
    ck_assert_int_eq(cp_jsonl_reader_line(r), line);
    cp_client_free(c);
}

static void at_end(cp_jsonl_reader *r)
{
    cp_client *c = (cp_client *)r; /* anything but NULL */
    cp_error e;
    for (int i = 0; i < 2; i++) {
        ck_assert_ok(cp_jsonl_reader_next(r, &c, &e), &e);
        ck_assert_ptr_null(c);
    }
}

/* The whole of a stream's contents, NUL-terminated (free()). */
static char *contents(FILE *fp)
{
    long n = ftell(fp);
    ck_assert_int_ge(n, 0);
    char *s = malloc((size_t)n + 1);
    rewind(fp);
    ck_assert_uint_eq(fread(s, 1, (size_t)n, fp), (size_t)n);
    s[n] = '\0';
    return s;
}

START_TEST(reads_clients_in_order_with_line_numbers)
{
    const char text[] = LINE("c1") "\n" LINE("c2") "\n" LINE("c3") "\n";
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, NULL);
    ck_assert_int_eq(cp_jsonl_reader_line(r), 0);
    next_is(r, "c1", 1);
    next_is(r, "c2", 2);
    next_is(r, "c3", 3);
    at_end(r);
    ck_assert_uint_eq(cp_jsonl_reader_bytes(r), sizeof text - 1);
    ck_assert_int_eq(cp_jsonl_reader_line(r), 3);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(skips_blank_lines_accepts_crlf_and_no_final_newline)
{
    const char text[] = "\n  \t\r\n" LINE("c1") "\r\n\r\n" LINE("c2") "\r\n \n" LINE("c3");
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, NULL);
    next_is(r, "c1", 3);
    next_is(r, "c2", 5);
    next_is(r, "c3", 7);
    at_end(r);
    ck_assert_uint_eq(cp_jsonl_reader_bytes(r), sizeof text - 1);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(empty_input_is_the_end)
{
    FILE *fp = stream("", 0);
    cp_jsonl_reader *r = reader(fp, NULL);
    at_end(r);
    ck_assert_int_eq(cp_jsonl_reader_line(r), 0);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(syntax_error_on_line_3_of_5_and_reading_goes_on)
{
    const char text[] = LINE("c1") "\n" LINE("c2") "\n" ENV "\"id\":\"c3\",}\n" LINE("c4") "\n"
                        LINE("c5") "\n";
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, NULL);
    next_is(r, "c1", 1);
    next_is(r, "c2", 2);
    cp_client *c = NULL;
    cp_error e;
    ck_assert_cp(cp_jsonl_reader_next(r, &c, &e), CP_ESYNTAX, "", &e);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(e.line, 3);
    /* the '}' after the trailing comma: column 62 of the line */
    ck_assert_int_eq(e.column, (int)strlen(ENV "\"id\":\"c3\",}"));
    ck_assert_int_eq(e.column, 62);
    ck_assert_str_eq(e.message, "line 3: trailing comma: remove the ',' before '}'");
    ck_assert_int_eq(cp_jsonl_reader_line(r), 3);
    next_is(r, "c4", 4);
    next_is(r, "c5", 5);
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(value_error_names_line_pointer_and_column)
{
    const char text[] = LINE("c1") "\n\n" ENV "\"id\":\"c2\",\"plans\":[{\"id\":\"p1\",\"status\":\"dun\"}]}\n";
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, NULL);
    next_is(r, "c1", 1);
    cp_client *c = NULL;
    cp_error e;
    cp_status st = cp_jsonl_reader_next(r, &c, &e);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(e.code, st);
    ck_assert_int_ne(st, CP_OK);
    ck_assert_int_eq(e.line, 3);
    ck_assert_msg(strncmp(e.message, "line 3: ", 8) == 0, "%s", e.message);
    ck_assert_str_eq(e.path, "/plans/0/status");
    /* the value "dun" starts at column 87 */
    const char *line3 = strchr(strchr(text, '\n') + 1, '\n') + 1;
    ck_assert_int_eq(e.column, (int)(strstr(line3, "\"dun\"") - line3) + 1);
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(a_caseload_line_is_a_format_error)
{
    const char text[] = LINE("c1") "\n"
                        "{\"format\":\"careerplan\",\"version\":1,\"kind\":\"caseload\",\"clients\":[]}\n"
                        LINE("c3") "\n";
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, NULL);
    next_is(r, "c1", 1);
    cp_client *c = NULL;
    cp_error e;
    ck_assert_cp(cp_jsonl_reader_next(r, &c, &e), CP_EFORMAT, "/kind", &e);
    ck_assert_int_eq(e.line, 2);
    ck_assert_int_eq(e.column, 43); /* "caseload" */
    ck_assert_msg(strncmp(e.message, "line 2: ", 8) == 0, "%s", e.message);
    next_is(r, "c3", 3);
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(a_line_over_max_size_is_refused_and_skipped)
{
    const char text[] = LINE("c1") "\n" LINE("c22") "\r\n" LINE("c3") "\n";
    size_t max = strlen(LINE("c1")); /* one byte short for c22 */
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_size = max;
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, &o);
    next_is(r, "c1", 1);
    cp_client *c = NULL;
    cp_error e;
    ck_assert_cp(cp_jsonl_reader_next(r, &c, &e), CP_ELIMIT, "", &e);
    ck_assert_int_eq(e.line, 2);
    ck_assert_int_eq(e.column, (int)max + 1);
    char want[80];
    snprintf(want, sizeof want, "line 2: longer than the limit of %zu bytes", max);
    ck_assert_str_eq(e.message, want);
    next_is(r, "c3", 3);
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(a_line_exactly_max_size_with_crlf_is_read)
{
    const char text[] = LINE("c1") "\r\n";
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_size = strlen(LINE("c1"));
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, &o);
    next_is(r, "c1", 1);
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(a_long_line_is_not_held)
{
    /* 3 MB on one line, limit 1000 bytes: refused, then the next line reads */
    size_t big = 3u * 1024 * 1024;
    char *text = malloc(big + 200);
    memset(text, ' ', big);
    text[0] = '[';
    text[big - 1] = ']';
    text[big] = '\n';
    strcpy(text + big + 1, LINE("c2") "\n");
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.max_size = 1000;
    FILE *fp = stream(text, strlen(text));
    cp_jsonl_reader *r = reader(fp, &o);
    cp_client *c = NULL;
    cp_error e;
    ck_assert_cp(cp_jsonl_reader_next(r, &c, &e), CP_ELIMIT, "", &e);
    ck_assert_int_eq(e.line, 1);
    next_is(r, "c2", 2);
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
    free(text);
}
END_TEST

START_TEST(warnings_are_placed_on_their_line)
{
    const char text[] = ENV "\"id\":\"c1\",\"x\":1}\n\n" LINE("c2") "\n" ENV "\"id\":\"c3\",\"y\":2}\n";
    cp_diagnostics *w = cp_diagnostics_new();
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.warnings = w;
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, &o);
    next_is(r, "c1", 1);
    ck_assert_uint_eq(cp_diagnostics_count(w), 1);
    next_is(r, "c2", 3);
    ck_assert_uint_eq(cp_diagnostics_count(w), 1);
    next_is(r, "c3", 4);
    ck_assert_uint_eq(cp_diagnostics_count(w), 2);
    const cp_diagnostic *d = cp_diagnostics_at(w, 0);
    ck_assert_str_eq(cp_diagnostic_path(d), "/x");
    ck_assert_int_eq(cp_diagnostic_line(d), 1);
    ck_assert_int_eq(cp_diagnostic_column(d), 66); /* the value 1 or 2 */
    d = cp_diagnostics_at(w, 1);
    ck_assert_str_eq(cp_diagnostic_path(d), "/y");
    ck_assert_int_eq(cp_diagnostic_line(d), 4);
    ck_assert_int_eq(cp_diagnostic_column(d), 66); /* the value 1 or 2 */
    ck_assert_str_eq(cp_diagnostic_code(d), "unknown-member");
    at_end(r);
    cp_jsonl_reader_free(r);
    fclose(fp);
    cp_diagnostics_free(w);
}
END_TEST

START_TEST(strict_mode_applies_to_every_line)
{
    const char text[] = LINE("c1") "\n" ENV "\"id\":\"c2\",\"x\":1}\n";
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.flags = CP_LOAD_STRICT;
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, &o);
    next_is(r, "c1", 1);
    cp_client *c = NULL;
    cp_error e;
    ck_assert_cp(cp_jsonl_reader_next(r, &c, &e), CP_EUNKNOWN, "/x", &e);
    ck_assert_int_eq(e.line, 2);
    ck_assert_int_eq(e.column, 66);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(next_line_gives_the_text)
{
    const char text[] = "\r\n" LINE("c1") "\r\n";
    FILE *fp = stream(text, sizeof text - 1);
    cp_jsonl_reader *r = reader(fp, NULL);
    const char *line = NULL;
    size_t len = 0;
    cp_error e;
    ck_assert_ok(cp_jsonl_reader_next_line(r, &line, &len, &e), &e);
    ck_assert_str_eq(line, LINE("c1"));
    ck_assert_uint_eq(len, strlen(LINE("c1")));
    ck_assert_int_eq(cp_jsonl_reader_line(r), 2);
    ck_assert_ok(cp_jsonl_reader_next_line(r, &line, &len, &e), &e);
    ck_assert_ptr_null(line);
    cp_jsonl_reader_free(r);
    fclose(fp);
}
END_TEST

START_TEST(writer_writes_one_compact_line)
{
    cp_client *c = cpt_load_client("{'format':'careerplan','version':1,'kind':'client','id':'c1',"
                                   "'given_name':'Sam'}");
    FILE *fp = tmpfile();
    cp_error e;
    ck_assert_ok(cp_jsonl_write_client(fp, c, &e), &e);
    char *got = contents(fp);
    ck_assert_str_eq(got, ENV "\"id\":\"c1\",\"given_name\":\"Sam\"}\n");
    free(got);
    fclose(fp);
    cp_client_free(c);
    ck_assert_cp(cp_jsonl_write_client(NULL, c, &e), CP_EINVAL, "", &e);
}
END_TEST

START_TEST(round_trip_is_byte_identical)
{
    char *path = cpt_example_path("caseload.json");
    cp_caseload *cl = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_load_path(path, NULL, &cl, &e), &e);
    free(path);
    FILE *first = tmpfile();
    ck_assert_ok(cp_jsonl_write_caseload(first, cl, &e), &e);
    char *text1 = contents(first);
    size_t lines = 0;
    for (const char *p = text1; *p; p++)
        lines += *p == '\n';
    ck_assert_uint_eq(lines, cp_caseload_client_count(cl));
    ck_assert_uint_ge(lines, 2);
    /* JSONL -> clients -> JSONL, a client at a time */
    rewind(first);
    cp_jsonl_reader *r = reader(first, NULL);
    FILE *second = tmpfile();
    size_t n = 0;
    for (;;) {
        cp_client *c = NULL;
        ck_assert_ok(cp_jsonl_reader_next(r, &c, &e), &e);
        if (!c)
            break;
        ck_assert_str_eq(cp_client_get_id(c), cp_client_get_id(cp_caseload_client_at(cl, n)));
        ck_assert_ok(cp_jsonl_write_client(second, c, &e), &e);
        cp_client_free(c);
        n++;
    }
    ck_assert_uint_eq(n, lines);
    cp_jsonl_reader_free(r);
    char *text2 = contents(second);
    ck_assert_str_eq(text2, text1);
    /* and through a whole caseload */
    rewind(first);
    cp_caseload *back = NULL;
    ck_assert_ok(cp_jsonl_read_caseload(first, NULL, &back, &e), &e);
    ck_assert_uint_eq(cp_caseload_client_count(back), lines);
    ck_assert_ptr_null(cp_caseload_get_name(back));
    FILE *third = tmpfile();
    ck_assert_ok(cp_jsonl_write_caseload(third, back, &e), &e);
    char *text3 = contents(third);
    ck_assert_str_eq(text3, text1);
    free(text1);
    free(text2);
    free(text3);
    fclose(first);
    fclose(second);
    fclose(third);
    cp_caseload_free(back);
    cp_caseload_free(cl);
}
END_TEST

START_TEST(read_caseload_refuses_a_duplicate_client)
{
    const char text[] = LINE("c1") "\n" LINE("c2") "\n" LINE("c1") "\n";
    FILE *fp = stream(text, sizeof text - 1);
    cp_caseload *cl = (cp_caseload *)fp;
    cp_error e;
    ck_assert_cp(cp_jsonl_read_caseload(fp, NULL, &cl, &e), CP_EDUPLICATE, NULL, &e);
    ck_assert_ptr_null(cl);
    ck_assert_int_eq(e.line, 3);
    ck_assert_msg(strncmp(e.message, "line 3: ", 8) == 0, "%s", e.message);
    fclose(fp);
}
END_TEST

static cp_status count_ids(const cp_client *c, long line, void *ctx)
{
    char *seen = ctx;
    size_t n = strlen(seen);
    seen[n] = cp_client_get_id(c)[1];
    seen[n + 1] = (char)('0' + line);
    seen[n + 2] = '\0';
    return line == 4 ? CP_ESTATE : CP_OK;
}

START_TEST(for_each_calls_back_and_stops)
{
    const char text[] = LINE("c1") "\n\n" LINE("c2") "\n" LINE("c3") "\n" LINE("c4") "\n";
    char path[] = "/tmp/test_jsonl_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *fp = fdopen(fd, "wb");
    fputs(text, fp);
    fclose(fp);
    char seen[32] = "";
    cp_error e;
    ck_assert_cp(cp_jsonl_for_each(path, NULL, count_ids, seen, &e), CP_ESTATE, NULL, NULL);
    ck_assert_str_eq(seen, "112334");
    remove(path);
    ck_assert_cp(cp_jsonl_for_each(path, NULL, count_ids, seen, &e), CP_EIO, "", &e);
    cp_jsonl_reader *r = NULL;
    ck_assert_cp(cp_jsonl_reader_open_path(path, NULL, &r, &e), CP_EIO, "", &e);
    ck_assert_ptr_null(r);
}
END_TEST

START_TEST(null_arguments)
{
    cp_error e;
    cp_jsonl_reader *r = NULL;
    ck_assert_cp(cp_jsonl_reader_open_file(NULL, NULL, &r, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_jsonl_reader_open_path(NULL, NULL, &r, &e), CP_EINVAL, "", &e);
    cp_client *c = NULL;
    ck_assert_cp(cp_jsonl_reader_next(NULL, &c, &e), CP_EINVAL, "", &e);
    cp_load_options o = CP_LOAD_OPTIONS_INIT;
    o.version = 99;
    FILE *fp = stream("", 0);
    ck_assert_cp(cp_jsonl_reader_open_file(fp, &o, &r, &e), CP_EINVAL, "", &e);
    ck_assert_ptr_null(r);
    fclose(fp);
    ck_assert_int_eq(cp_jsonl_reader_line(NULL), 0);
    cp_jsonl_reader_free(NULL);
}
END_TEST

/* The figures of a caseload, computed a client at a time from its JSON
 * Lines and added up (cp_stats_add), are those of the whole caseload. */
START_TEST(stats_added_client_by_client_are_the_caseloads)
{
    char *path = cpt_example_path("caseload.json");
    cp_caseload *cl = NULL;
    cp_error e;
    ck_assert_ok(cp_caseload_load_path(path, NULL, &cl, &e), &e);
    free(path);
    ck_assert_ok(cp_caseload_set_name(cl, NULL, &e), &e);
    cp_date as_of = cpt_date("2026-03-01");
    const cp_date none = CP_DATE_NONE;
    cp_stats *whole = NULL;
    ck_assert_ok(cp_caseload_stats(cl, as_of, none, none, &whole, &e), &e);
    FILE *fp = tmpfile();
    ck_assert_ok(cp_jsonl_write_caseload(fp, cl, &e), &e);
    rewind(fp);
    cp_caseload *empty = NULL;
    cp_stats *total = NULL;
    ck_assert_ok(cp_caseload_new(&empty, &e), &e);
    ck_assert_ok(cp_caseload_stats(empty, as_of, none, none, &total, &e), &e);
    cp_caseload_free(empty);
    cp_jsonl_reader *r = reader(fp, NULL);
    for (;;) {
        cp_client *c = NULL;
        ck_assert_ok(cp_jsonl_reader_next(r, &c, &e), &e);
        if (!c)
            break;
        cp_caseload *one = NULL;
        cp_stats *part = NULL;
        ck_assert_ok(cp_caseload_new(&one, &e), &e);
        ck_assert_ok(cp_caseload_adopt_client(one, c, &e), &e);
        ck_assert_ok(cp_caseload_stats(one, as_of, none, none, &part, &e), &e);
        ck_assert_ok(cp_stats_add(total, part, &e), &e);
        cp_stats_free(part);
        cp_caseload_free(one);
    }
    cp_jsonl_reader_free(r);
    fclose(fp);
    char *want = NULL, *got = NULL;
    ck_assert_ok(cp_stats_to_json(whole, &want, &e), &e);
    ck_assert_ok(cp_stats_to_json(total, &got, &e), &e);
    ck_assert_str_eq(got, want);
    ck_assert_uint_eq(cp_stats_clients(total), cp_caseload_client_count(cl));
    ck_assert_uint_gt(cp_stats_plans(total), 0);
    /* figures of another date do not add */
    cp_stats *other = NULL;
    ck_assert_ok(cp_caseload_stats(cl, cpt_date("2026-03-02"), none, none, &other,
                                   &e), &e);
    ck_assert_cp(cp_stats_add(total, other, &e), CP_EINVAL, "", &e);
    ck_assert_cp(cp_stats_add(NULL, other, &e), CP_EINVAL, "", &e);
    ck_assert_uint_eq(cp_stats_clients(total), cp_caseload_client_count(cl));
    cp_free(want);
    cp_free(got);
    cp_stats_free(other);
    cp_stats_free(total);
    cp_stats_free(whole);
    cp_caseload_free(cl);
}
END_TEST

static Suite *jsonl_suite(void)
{
    Suite *s = suite_create("jsonl");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, reads_clients_in_order_with_line_numbers);
    tcase_add_test(tc, skips_blank_lines_accepts_crlf_and_no_final_newline);
    tcase_add_test(tc, empty_input_is_the_end);
    tcase_add_test(tc, syntax_error_on_line_3_of_5_and_reading_goes_on);
    tcase_add_test(tc, value_error_names_line_pointer_and_column);
    tcase_add_test(tc, a_caseload_line_is_a_format_error);
    tcase_add_test(tc, a_line_over_max_size_is_refused_and_skipped);
    tcase_add_test(tc, a_line_exactly_max_size_with_crlf_is_read);
    tcase_add_test(tc, a_long_line_is_not_held);
    tcase_add_test(tc, warnings_are_placed_on_their_line);
    tcase_add_test(tc, strict_mode_applies_to_every_line);
    tcase_add_test(tc, next_line_gives_the_text);
    tcase_add_test(tc, writer_writes_one_compact_line);
    tcase_add_test(tc, round_trip_is_byte_identical);
    tcase_add_test(tc, read_caseload_refuses_a_duplicate_client);
    tcase_add_test(tc, for_each_calls_back_and_stops);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, stats_added_client_by_client_are_the_caseloads);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(jsonl_suite)
