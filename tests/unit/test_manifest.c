/* Manifests as agencies send them: a byte-order mark, quoted fields with
 * commas, doubled quotes and line breaks, CRLF, columns in any order and
 * extra ones, missing columns, and bad rows that name their line and
 * column while the others are read. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "load/manifest.h"

static bool parse(const char *text, ed_manifest *m, ed_error *e)
{
	memset(e, 0, sizeof *e);
	return manifest_parse("m.csv", text, strlen(text), m, e);
}

static const char *V(const ed_manifest *m, size_t row, ed_manifest_col c)
{
	cr_assert(row < m->n_rows, "no row %zu (%zu rows)", row, m->n_rows);
	return m->rows[row].val[c];
}

Test(manifest, bom_crlf_any_order_and_extra_columns)
{
	ed_manifest m;
	ed_error e;

	cr_assert(parse("\xEF\xBB\xBFroom,Passport_Expiry , NATIONALITY,surname\r\n"
			"12,2031-01-31,USA,DOE\r\n\r\n14, 2030-02-28 ,deu, MÜLLER \r\n", &m, &e),
		  "%s", e.msg);
	cr_assert_eq(m.n_rows, 2, "the blank line is no row");
	cr_assert_str_eq(V(&m, 0, MC_SURNAME), "DOE");
	cr_assert_str_eq(V(&m, 0, MC_PASSPORT_EXPIRY), "2031-01-31");
	cr_assert_str_eq(V(&m, 1, MC_SURNAME), "MÜLLER", "trimmed, UTF-8 kept");
	cr_assert_str_eq(V(&m, 1, MC_NATIONALITY), "deu");
	cr_assert_null(V(&m, 1, MC_GIVEN_NAMES), "absent column");
	cr_assert_eq(m.rows[0].line, 2);
	cr_assert_eq(m.rows[1].line, 4);
	manifest_free(&m);
}

Test(manifest, quoted_fields_per_rfc_4180)
{
	ed_manifest m;
	ed_error e;

	cr_assert(parse("surname,given_names,nationality,passport_expiry\n"
			"\"SMITH, JR\",\"LEA \"\"LOU\"\"\",FRA,2031-01-31\n"
			"\"\",\"\",FRA,2031-01-31\n"
			"LAST,ONE,FRA,2031-01-31", &m, &e), "%s", e.msg);
	cr_assert_eq(m.n_rows, 3);
	cr_assert_str_eq(V(&m, 0, MC_SURNAME), "SMITH, JR");
	cr_assert_str_eq(V(&m, 0, MC_GIVEN_NAMES), "LEA \"LOU\"");
	cr_assert_null(V(&m, 1, MC_SURNAME), "an empty quoted field is empty");
	cr_assert_str_eq(V(&m, 2, MC_GIVEN_NAMES), "ONE", "no line end after the last row");
	manifest_free(&m);
}

Test(manifest, bad_rows_name_line_and_column_and_the_rest_is_read)
{
	ed_manifest m;
	ed_error e;

	cr_assert(parse("surname,given_names,nationality,passport_expiry\n"
			"AN\"NE,X,FRA,2031-01-31\n"                 /* 2: quote inside */
			"\"BOB\"X,Y,FRA,2031-01-31\n"               /* 3: after the quote */
			"C,\"TWO\nLINES\",FRA,2031-01-31\n"         /* 4-5: line break */
			"D,E,FRA\n"                                 /* 6: too few */
			"F,G,FRA,2031-01-31,extra\n"                /* 7: too many */
			"GOOD,ROW,FRA,2031-01-31\n"                 /* 8 */
			"H,\"\x80\",FRA,2031-01-31\n"               /* 9: not UTF-8 */
			"I,J,\"FRA", &m, &e), "%s", e.msg);         /* 10: not closed */
	cr_assert_eq(m.n_rows, 8);
	struct { long line; const char *column, *why; } want[] = {
		{2, "surname", "a quote inside a field"},
		{3, "surname", "text after the closing quote"},
		{4, "given_names", "a line break"},
		{6, "passport_expiry", "the row ends before this column"},
		{7, "column 5", "more fields than the header"},
		{8, NULL, NULL},
		{9, "given_names", "not UTF-8"},
		{10, "nationality", "not closed"},
	};
	for (size_t i = 0; i < m.n_rows; i++) {
		const ed_manifest_row *r = &m.rows[i];
		cr_expect_eq(r->line, want[i].line, "row %zu: line %ld", i, r->line);
		cr_expect_eq(r->bad, want[i].column != NULL, "row at line %ld", r->line);
		if (!want[i].column)
			continue;
		cr_expect_str_eq(r->column, want[i].column, "line %ld", r->line);
		cr_expect(strstr(r->why, want[i].why), "line %ld: '%s'", r->line, r->why);
		cr_expect(strstr(r->why, "accepted"), "line %ld: '%s'", r->line, r->why);
	}
	cr_assert_str_eq(V(&m, 5, MC_SURNAME), "GOOD");
	manifest_free(&m);
}

Test(manifest, file_level_problems)
{
	ed_manifest m;
	ed_error e;

	cr_assert_not(parse("surname,given_names\nDOE,JANE\n", &m, &e));
	cr_assert(strstr(e.msg, "m.csv: line 1 (the header): no column nationality, "
			 "passport_expiry"), "%s", e.msg);
	cr_assert_not(parse("surname,nationality,SURNAME,passport_expiry\n", &m, &e));
	cr_assert(strstr(e.msg, "column surname given twice (columns 1 and 3)"), "%s", e.msg);
	cr_assert_not(parse("\xEF\xBB\xBF\r\n\r\n", &m, &e));
	cr_assert(strstr(e.msg, "no header row"), "%s", e.msg);
	cr_assert_not(parse("", &m, &e));
	cr_assert(strstr(e.msg, "no header row"), "%s", e.msg);
	cr_assert_not(parse("surname,\"nationality\n", &m, &e));
	cr_assert(strstr(e.msg, "(the header), column 2: a quoted field is not closed"),
		  "%s", e.msg);
	cr_assert_eq(m.n_rows, 0);
}

Test(manifest, files_are_opened_safely)
{
	ed_manifest m;
	ed_error e = {0};
	char path[] = "/tmp/ed-manifest-XXXXXX";
	int fd;
	FILE *f;

	cr_assert_not(manifest_load("/nonexistent/m.csv", &m, &e));
	cr_assert(strstr(e.msg, "cannot read the manifest"), "%s", e.msg);
	cr_assert_not(manifest_load("tests", &m, &e));
	cr_assert(strstr(e.msg, "not a regular file"), "%s", e.msg);
	fd = mkstemp(path);
	cr_assert(fd >= 0);
	f = fdopen(fd, "w");
	fputs("surname,nationality,passport_expiry\nA,B", f);
	fputc('\0', f);
	fputs(",C\n", f);
	fclose(f);
	cr_assert_not(manifest_load(path, &m, &e));
	cr_assert(strstr(e.msg, "a NUL byte"), "%s", e.msg);
	f = fopen(path, "w");
	fputs("surname,nationality,passport_expiry\n", f);
	for (int i = 0; i < MANIFEST_MAX_BYTES / 32; i++)
		fprintf(f, "%.52s,FRA,X\n", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
	fputs("DOE,FRA,2031-01-31\n", f);
	fclose(f);
	cr_assert_not(manifest_load(path, &m, &e));
	cr_assert(strstr(e.msg, "larger than"), "%s", e.msg);
	unlink(path);
}

Test(manifest, more_rows_than_the_bound_are_refused)
{
	static char text[64 * (MANIFEST_MAX_ROWS + 2)];
	size_t k = (size_t)snprintf(text, sizeof text, "surname,nationality,passport_expiry\n");
	ed_manifest m;
	ed_error e;

	for (int i = 0; i <= MANIFEST_MAX_ROWS; i++)
		k += (size_t)snprintf(text + k, sizeof text - k, "A,FRA,2031-01-31\n");
	cr_assert_not(parse(text, &m, &e));
	cr_assert(strstr(e.msg, "line 1002: more than 1000 travellers"), "%s", e.msg);
}

/* issue 17: a header's own text is never printed: an escape sequence in an
 * ignored column's name (it would set the terminal's title) is named by
 * its number, and ours by the names we know */
Test(manifest, a_header_text_is_never_printed)
{
	ed_manifest m;
	ed_error e;

	cr_assert(parse("Surname,nationality,passport_expiry,\x1b]0;owned\x07\x1b[31m\n"
			"DOE,USA,2031-01-31\n"
			"\"DOE,USA,2031-01-31,x\n", &m, &e), "%s", e.msg);
	cr_assert_eq(m.n_rows, 2);
	cr_assert(m.rows[0].bad);
	cr_assert_str_eq(m.rows[0].column, "column 4");
	cr_assert(m.rows[1].bad);
	cr_assert_str_eq(m.rows[1].column, "surname");
	manifest_free(&m);
}
