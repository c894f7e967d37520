/* The internal RFC 4180 CSV reader and writer (src/lib/core/csv.c): records,
 * quoting, line ends, UTF-8, the byte order mark, the formula guard, and the
 * line and column of every error. */
#include "testutil.h"

#include "../../src/lib/core/csv.h"

/* Parses text and asserts the fields, joined row by row: fields by '|', rows by '/'. */
static void parses_as(const char *text, size_t len, const char *want)
{
    cp__csv t = {0};
    cp_error err;
    ck_assert_ok(cp__csv_parse(text, len, &t, &err), &err);
    cp__buf b = {0};
    for (size_t r = 0; r < t.count; r++) {
        if (r)
            cp__buf_putc(&b, '/');
        for (size_t f = 0; f < t.rows[r].count; f++) {
            if (f)
                cp__buf_putc(&b, '|');
            cp__buf_puts(&b, t.rows[r].fields[f].text);
        }
    }
    char *got = cp__buf_take(&b, NULL);
    ck_assert_str_eq(got, want);
    cp_free(got);
    cp__csv_fini(&t);
}

#define PARSES_AS(text, want) parses_as(text, sizeof text - 1, want)

START_TEST(records_and_fields)
{
    PARSES_AS("a,b,c\r\n1,2,3\r\n", "a|b|c/1|2|3");
    PARSES_AS("a,b\n1,2", "a|b/1|2");
    PARSES_AS("a,b\r1,2\r", "a|b/1|2");
    PARSES_AS("a,,c\n,,\n", "a||c/||");
    PARSES_AS("", "");
}
END_TEST

START_TEST(quoted_fields)
{
    PARSES_AS("\"a,b\",\"say \"\"hi\"\"\",\"\"\n", "a,b|say \"hi\"|");
    PARSES_AS("\"two\nlines\",x\r\n\"crlf\r\nkept\",y\r\n", "two\nlines|x/crlf\r\nkept|y");
}
END_TEST

START_TEST(blank_lines_skipped_quoted_empty_kept)
{
    PARSES_AS("a\n\n\r\nb\n", "a/b");
    PARSES_AS("a\n\"\"\n", "a/");
}
END_TEST

START_TEST(utf8_and_bom)
{
    PARSES_AS("\xEF\xBB\xBFname\nZo\xC3\xAB\n\"Bj\xC3\xB6rk, \xE6\x9D\x8E\"\n",
              "name/Zo\xC3\xAB/Bj\xC3\xB6rk, \xE6\x9D\x8E");
}
END_TEST

START_TEST(positions)
{
    const char text[] = "id,name\n\"x\",Zo\xC3\xAB\n\"a\nb\",\xC3\xA9t\xC3\xA9\n";
    cp__csv t = {0};
    cp_error err;
    ck_assert_ok(cp__csv_parse(text, sizeof text - 1, &t, &err), &err);
    ck_assert_uint_eq(t.count, 3);
    ck_assert_int_eq(t.rows[1].line, 2);
    ck_assert_int_eq(t.rows[1].fields[1].line, 2);
    ck_assert_int_eq(t.rows[1].fields[1].column, 5);
    ck_assert_int_eq(t.rows[2].line, 3);
    ck_assert_int_eq(t.rows[2].fields[1].line, 4);
    ck_assert_int_eq(t.rows[2].fields[1].column, 4);
    cp__csv_fini(&t);
}
END_TEST

/* Asserts a parse error: code, line, column and message. */
static void fails(const char *text, size_t len, cp_status code, int line, int column,
                  const char *message)
{
    cp__csv t = {0};
    cp_error err;
    ck_assert_cp(cp__csv_parse(text, len, &t, &err), code, "", &err);
    ck_assert_int_eq(err.line, line);
    ck_assert_int_eq(err.column, column);
    ck_assert_str_eq(err.message, message);
    cp__csv_fini(&t);
}

#define FAILS(text, code, line, column, message)                                                   \
    fails(text, sizeof text - 1, code, line, column, message)

START_TEST(syntax_errors)
{
    FAILS("a,b\n1,x\"y\n", CP_ESYNTAX, 2, 4,
          "CSV line 2, column 4: a quote inside a field that does not start with one");
    FAILS("a,b\n\"1\"x,2\n", CP_ESYNTAX, 2, 4,
          "CSV line 2, column 4: a closing quote must end its field (write a quote as \"\")");
    FAILS("a,b\n1,\"never\nclosed\n", CP_ESYNTAX, 2, 3,
          "CSV line 2, column 3: a quoted field is never closed");
}
END_TEST

START_TEST(not_utf8)
{
    FAILS("name\nZo\xC3\xAB\xFF\n", CP_EVALUE, 2, 4, "CSV line 2, column 4: not valid UTF-8 text");
    FAILS("name\n\"a\xC3\"\n", CP_EVALUE, 2, 3, "CSV line 2, column 3: not valid UTF-8 text");
    FAILS("a\0b\n", CP_EVALUE, 1, 2, "CSV line 1, column 2: not valid UTF-8 text");
}
END_TEST

static char *row(const char *const *values, size_t n)
{
    cp__buf b = {0};
    for (size_t i = 0; i < n; i++)
        cp__csv_put(&b, values[i], i == 0);
    cp__csv_end_row(&b);
    return cp__buf_take(&b, NULL);
}

START_TEST(writer_quotes_when_needed)
{
    const char *v[] = {"plain", "a,b", "say \"hi\"", "two\nlines", " padded", NULL, "", "Zo\xC3\xAB"};
    char *got = row(v, 8);
    ck_assert_str_eq(got, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,,Zo\xC3\xAB\r\n");
    cp_free(got);
}
END_TEST

START_TEST(formula_guard)
{
    const char *v[] = {"=SUM(A1)", "+44", "-1", "@me", "'=x", "'plain", "\tx", "a=b"};
    char *got = row(v, 8);
    ck_assert_str_eq(got, "'=SUM(A1),'+44,'-1,'@me,''=x,'plain,'\tx,a=b\r\n");
    cp_free(got);
    ck_assert_str_eq(cp__csv_unguard("'=SUM(A1)"), "=SUM(A1)");
    ck_assert_str_eq(cp__csv_unguard("''=x"), "'=x");
    ck_assert_str_eq(cp__csv_unguard("'plain"), "'plain");
    ck_assert_str_eq(cp__csv_unguard("=raw"), "=raw");
    ck_assert_str_eq(cp__csv_unguard("'"), "'");
}
END_TEST

/* Whatever goes out comes back, field for field. */
START_TEST(round_trip)
{
    const char *v[] = {"=1+1", "a,b", "\"q\"", "l1\r\nl2", "O'Brien", "'-x", "\xC3\x89lodie", ""};
    char *text = row(v, 8);
    cp__csv t = {0};
    cp_error err;
    ck_assert_ok(cp__csv_parse(text, strlen(text), &t, &err), &err);
    ck_assert_uint_eq(t.count, 1);
    ck_assert_uint_eq(t.rows[0].count, 8);
    for (size_t i = 0; i < 8; i++)
        ck_assert_str_eq(cp__csv_unguard(t.rows[0].fields[i].text), v[i]);
    cp__csv_fini(&t);
    cp_free(text);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("csv");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, records_and_fields);
    tcase_add_test(tc, quoted_fields);
    tcase_add_test(tc, blank_lines_skipped_quoted_empty_kept);
    tcase_add_test(tc, utf8_and_bom);
    tcase_add_test(tc, positions);
    tcase_add_test(tc, syntax_errors);
    tcase_add_test(tc, not_utf8);
    tcase_add_test(tc, writer_quotes_when_needed);
    tcase_add_test(tc, formula_guard);
    tcase_add_test(tc, round_trip);
    suite_add_tcase(s, tc);
    return s;
}

CP_TEST_MAIN(suite)
