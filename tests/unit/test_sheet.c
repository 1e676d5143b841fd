/* The group sheet as a tour leader reads it: one line per traveller at
 * most 80 columns (CJK as 2), passports masked, the deadline only for who
 * may enter, attention that wraps in its own column, every note once. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/sheet.h"
#include "core/slip.h"
#include "core/text.h"
#include "verdict_helpers.h"

TestSuite(sheet, .init = verdict_setup, .fini = verdict_teardown);

static const char *trip[] = {
	"check.flow", "transit", "check.date", "2026-11-29",
	"traveller.nationality", "USA", "traveller.passport_expiry", "2031-01-31",
	"trip.arriving_from", "USA", "trip.entry_port", "PVG", "trip.entry_date", "2026-12-01",
	"trip.destination", "JPN", "trip.exit_port", "NKG", "trip.departure_date", "2026-12-05",
	"trip.seat_confirmed", "yes", "history.visa_refusal_stamp", "no",
	"history.immigration_violation", "no", NULL,
};

/* the line of the sheet that starts with `start`, and the one after it */
static const char *line_of(const char *sheet, const char *start, char *buf, size_t size)
{
	const char *p = sheet;
	while (p && strncmp(p, start, strlen(start))) {
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	cr_assert(p, "no line starts with '%s':\n%s", start, sheet);
	snprintf(buf, size, "%.*s", (int)strcspn(p, "\n"), p);
	return strchr(p, '\n') + 1;
}

Test(sheet, rows_of_every_kind_fit_80_columns)
{
	ed_verdict ok = run_check(FLOW_TRANSIT, trip, NULL);
	ed_answers a_ok = A;
	ed_raw_answers keep = {{0}};
	ed_verdict no;
	ed_mrz_nationality bno;
	sheet_row rows[4];
	char *out, buf[256];
	const char *next;

	/* the answers point into RAW: keep the first traveller's apart */
	for (int k = 0; k < AK_COUNT; k++)
		raw_set(&keep, (ed_answer_key)k, raw_get(&RAW, (ed_answer_key)k));
	a_ok.entry_port = raw_get(&keep, AK_ENTRY_PORT);
	a_ok.exit_port = raw_get(&keep, AK_EXIT_PORT);
	no = run_check(FLOW_TRANSIT, trip, (const char *[]){"traveller.nationality", "IND",
		"traveller.passport_expiry", "2027-01-15", "trip.seat_confirmed", "no", NULL});
	cr_assert(mrz_nationality(&R, "GBN", &bno));
	memset(rows, 0, sizeof rows);
	rows[0] = (sheet_row){2, "CHAN 陳, TAI MAN 大文 CHRISTOPHER", "K12345678", &a_ok, &ok,
			      NULL, NULL, 0};
	rows[1] = (sheet_row){3, "DOE, JANE", "123456789", &A, &no, NULL, NULL, 0};
	rows[2] = (sheet_row){4, "WONG, KA MING", "K1", NULL, NULL, &bno, NULL, 0};
	rows[3] = (sheet_row){6, NULL, NULL, NULL, NULL, NULL, "passport_expiry", 0};
	out = sheet_render(rows, 4, &R, (ed_date){2026, 11, 29});
	cr_assert(out);
	for (const char *p = out; *p;) {
		size_t len = strcspn(p, "\n");
		cr_assert(text_columns_n(p, len) <= SLIP_WIDTH, "line of %zu columns: %.*s",
			  text_columns_n(p, len), (int)len, p);
		cr_assert(len == 0 || p[len - 1] != ' ', "trailing blanks: '%.*s'", (int)len, p);
		p += len + (p[len] == '\n');
	}
	cr_assert(!strstr(out, "K12345678") && !strstr(out, "123456789"), "unmasked:\n%s", out);
	line_of(out, "2 ", buf, sizeof buf);
	/* the way in in the rules' few words, and its own deadline */
	cr_assert(strstr(buf, "CHAN 陳, TAI MAN") && strstr(buf, "******678") &&
		  strstr(buf, "240h transit") && strstr(buf, "2026-12-11 24:00"), "%s", buf);
	cr_assert(!strstr(buf, "大文"), "the name is cut to its column: %s", buf);
	next = line_of(out, "3 ", buf, sizeof buf);
	cr_assert(strstr(buf, "none") && strstr(buf, "NOT ELIGIBLE") && !strstr(buf, "2026-12"),
		  "a traveller who may not enter has no deadline: %s", buf);
	/* the reasons go on below, in the attention column only */
	cr_assert(!strncmp(next, "      ", 6) && strstr(next, "nationality"), "%.160s", next);
	line_of(out, "4 ", buf, sizeof buf);
	cr_assert(strstr(buf, "BN(O)") && strstr(buf, "none"), "%s", buf);
	line_of(out, "6 ", buf, sizeof buf);
	cr_assert(strstr(buf, "NOT CHECKED"), "%s", buf);
	cr_assert(strstr(out, "Travellers: 4, not checked: 1"), "%s", out);
	cr_assert(strstr(out, "NOTES") && strstr(out, "January 2021"), "%s", out);
	cr_assert(strstr(out, "Trip: PVG 2026-12-01 - NKG 2026-12-05"), "%s", out);
	free(out);
	raw_clear(&keep);
}

/* the way-in column follows the verdict's way in: a German on a trip the
 * 30-day unilateral entry covers is "Unilateral" until its own deadline,
 * not the transit scheme's */
Test(sheet, way_in_is_the_verdicts)
{
	ed_verdict v = run_check(FLOW_TRANSIT, trip, (const char *[]){"traveller.nationality",
		"DEU", NULL});
	const ed_way *in = verdict_way_in(&v);
	sheet_row row = {2, "MUELLER, ANNA", "C01X00T47", &A, &v, NULL, NULL, 0};
	char *out, buf[256], until[32];

	cr_assert(in && !strcmp(in->regime->id, "unilateral"), "way in: %s",
		  in ? in->regime->id : "none");
	moment_format(in->until, until, sizeof until);
	out = sheet_render(&row, 1, &R, (ed_date){2026, 11, 29});
	line_of(out, "2 ", buf, sizeof buf);
	cr_assert(strstr(buf, "Unilateral") && strstr(buf, until), "%s (until %s)", buf, until);
	free(out);
}

Test(sheet, an_expired_passport_says_renew_first_not_a_way_in)
{
	/* issue 15: a passport expired in 2025 showed "Unilateral 2027-01-08" */
	ed_verdict v = run_check(FLOW_TRANSIT, trip, (const char *[]){"traveller.nationality", "DEU",
		"traveller.passport_expiry", "2025-06-01", NULL});
	sheet_row row = {2, "OLD, PASS", "C2000000", &A, &v, NULL, NULL, 0};
	char *out = sheet_render(&row, 1, &R, (ed_date){2026, 11, 29});
	char buf[256];

	cr_assert(out);
	line_of(out, "2 ", buf, sizeof buf);
	cr_assert(strstr(buf, "RENEW PASSP.") && strstr(buf, "RENEW THE"), "%s", buf);
	cr_assert(!strstr(out, "Unilateral") && !strstr(buf, "24:00"), "%s", out);
	free(out);
}

/* every message names a traveller as the Line column does: the manifest
 * line, or a scan's number (the second scan: S2), never the row's place
 * in the list (1..n) */
Test(sheet, line_column_is_the_label_messages_use)
{
	ed_verdict v = run_check(FLOW_TRANSIT, trip, NULL);
	sheet_row rows[] = {
		{ .line = 7, .name = "FROM, MANIFEST", .a = &A, .v = &v },
		{ .line = 0, .scan = 2, .name = "SECOND, SCAN", .a = &A, .v = &v },
	};
	char label[32], buf[256], *out;

	sheet_row_label(&rows[0], &R, label, sizeof label);
	cr_expect_str_eq(label, "7");
	sheet_row_label(&rows[1], &R, label, sizeof label);
	cr_expect_str_eq(label, "S2");
	out = sheet_render(rows, 2, &R, (ed_date){2026, 11, 29});
	cr_assert(out);
	line_of(out, "7 ", buf, sizeof buf);
	cr_expect(strstr(buf, "FROM, MANIFEST"), "%s", buf);
	line_of(out, "S2 ", buf, sizeof buf);
	cr_expect(strstr(buf, "SECOND, SCAN"), "%s", buf);
	free(out);
}
