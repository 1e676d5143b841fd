/* The slip a traveller takes home and the [verdict] section a script
 * reads: golden slips of each flow and outcome, the 80-column limit with
 * Chinese names, masking, the rules-age warning, and that rules.ini must
 * hold every text. Regenerate the goldens with tests/golden/regen.sh, then
 * read each one. */
#include <iniparser/iniparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "core/evaluate.h"
#include "core/slip.h"
#include "load/verdict_ini.h"
#include "core/text.h"
#include "load/answers_io.h"

#define GOLDEN "tests/golden/"
/* the day the goldens' checks default to; every golden sets its own date */
static const ed_date TODAY = {2026, 11, 21};

static ed_rules R;

static void setup(void)
{
	load_rules_or_die(RULES_PATH, &R);
}

static void teardown(void)
{
	rules_free(&R);
}

TestSuite(slip, .init = setup, .fini = teardown);

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	text_buf b = {0};
	char chunk[4096];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		text_buf_addn(&b, chunk, n);
	fclose(f);
	return text_buf_take(&b);
}

/* evaluates an answers file of tests/golden/ */
static void evaluate(const char *path, ed_raw_answers *raw, ed_answers *a, ed_verdict *v)
{
	ed_error err = {0};

	cr_assert(answers_load(path, raw, &err), "%s", err.msg);
	cr_assert(answers_parse(raw, &R, TODAY, path, a, &err), "%s", err.msg);
	verdict_evaluate(a, &R, v);
}

static void expect_width(const char *text, const char *what)
{
	const char *line = text;
	int no = 1;

	while (*line) {
		const char *end = strchr(line, '\n');
		size_t n = end ? (size_t)(end - line) : strlen(line);
		char *copy = text_dupn(line, n);
		cr_expect(text_columns(copy) <= SLIP_WIDTH, "%s line %d is %zu columns: %s", what,
			  no, text_columns(copy), copy);
		cr_expect(n == 0 || copy[n - 1] != ' ', "%s line %d ends in a space", what, no);
		free(copy);
		if (!end)
			break;
		line = end + 1;
		no++;
	}
}

/* compares with the golden; on a difference writes tests/out/ to diff */
static void expect_golden(const char *produced, const char *name, const char *ext)
{
	char path[256], out[256];
	char *want;

	snprintf(path, sizeof path, GOLDEN "%s.%s", name, ext);
	want = read_all(path);
	if (!want || strcmp(want, produced)) {
		FILE *f;
		mkdir("tests/out", 0755);
		snprintf(out, sizeof out, "tests/out/%s.%s", name, ext);
		f = fopen(out, "w");
		if (f) {
			fputs(produced, f);
			fclose(f);
		}
		cr_expect_fail("%s differs from the golden: diff %s %s", name, path, out);
	}
	free(want);
}

static void golden(const char *name)
{
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	char path[256], *slip, *ini;

	snprintf(path, sizeof path, GOLDEN "%s.ini", name);
	evaluate(path, &raw, &a, &v);
	slip = slip_render(&a, &v, &R, a.date);
	cr_assert(slip);
	expect_width(slip, name);
	expect_golden(slip, name, "txt");
	ini = report_ini("verdict", &a, &v, &R);
	cr_assert(ini);
	expect_golden(ini, name, "verdict");
	free(slip);
	free(ini);
	raw_clear(&raw);
}

Test(slip, golden_transit_144h_eligible) { golden("transit_144h_eligible"); }
Test(slip, golden_transit_not_eligible) { golden("transit_not_eligible"); }
Test(slip, golden_transit_24h_direct) { golden("transit_24h_direct"); }
Test(slip, golden_transit_240h_eligible) { golden("transit_240h_eligible"); }
Test(slip, golden_transit_240h_review) { golden("transit_240h_review"); }
Test(slip, golden_regime_deu_round_trip) { golden("regime_deu_round_trip"); }
Test(slip, golden_regime_usa_round_trip_visa) { golden("regime_usa_round_trip_visa"); }
Test(slip, golden_regime_vnm_240h) { golden("regime_vnm_240h"); }
Test(slip, golden_regime_hainan) { golden("regime_hainan"); }
Test(slip, golden_regime_gba_group) { golden("regime_gba_group"); }
Test(slip, golden_passport_expired) { golden("passport_expired"); }
Test(slip, golden_transit_24h_times_decide) { golden("transit_24h_times_decide"); }
Test(slip, golden_regime_kor_diplomat) { golden("regime_kor_diplomat"); }
Test(slip, golden_epass_eligible) { golden("epass_eligible"); }
Test(slip, golden_epass_not_eligible) { golden("epass_not_eligible"); }

/* the seed's worked example, as a script reads it */
Test(slip, seed_example_verdict_section)
{
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	char *ini;

	evaluate(GOLDEN "transit_144h_eligible.ini", &raw, &a, &v);
	ini = report_ini("verdict", &a, &v, &R);
	cr_assert(ini);
	/* the arithmetic stands; the date fell in the suspension */
	cr_expect(strncmp(ini, "[verdict]\nflow = transit\noutcome = review\nscheme = 144h\n"
			  "stay_from = 2023-01-02 00:00\nexit_deadline = 2023-01-07 24:00\n",
			  strlen("[verdict]\nflow = transit\noutcome = review\nscheme = 144h\n"
				 "stay_from = 2023-01-02 00:00\nexit_deadline = 2023-01-07 24:00\n")) == 0,
		  "%s", ini);
	cr_expect(strstr(ini, "\nreasons =\nreview = policy_suspended\n") != NULL, "%s", ini);
	cr_expect(strstr(ini, "\nexit_ports = shanghai,hangzhou,ningbo,nanjing,"
			 "shanghai_port_cruise,shanghai_wusongkou_cruise\n") != NULL, "%s", ini);
	cr_expect(strstr(ini, "\nway_in = 144h\nway_in_outcome = review\n"
			 "way_in_until = 2023-01-07 24:00\nway_in_area = shanghai_jiangsu_zhejiang\n"
			 "way_in_review = policy_suspended\nways_in = 144h\n") != NULL, "%s", ini);
	cr_expect(strstr(ini, "\npolicy = transit.suspended_2023\n") != NULL, "%s", ini);
	free(ini);
	raw_clear(&raw);
}

/* values with ; or # are quoted, so iniparser reads back the whole value */
Test(slip, verdict_section_reads_back_with_iniparser)
{
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	char path[] = "/tmp/ed-verdict-XXXXXX", *ini;
	dictionary *d;
	int fd;

	evaluate(GOLDEN "transit_144h_eligible.ini", &raw, &a, &v);
	ini = report_ini("verdict", &a, &v, &R);
	fd = mkstemp(path);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, ini, strlen(ini)), (ssize_t)strlen(ini));
	close(fd);
	d = iniparser_load(path);
	unlink(path);
	cr_assert(d);
	cr_expect_str_eq(iniparser_getstring(d, "verdict:policy_source", ""), v.version->v.source);
	cr_expect_str_eq(iniparser_getstring(d, "verdict:exit_deadline", ""), "2023-01-07 24:00");
	iniparser_freedict(d);
	free(ini);
	raw_clear(&raw);
}

/* a seed traveller with some answers changed, rendered */
static char *render_changed(const char **changes, ed_date today, ed_verdict *v_out)
{
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	char *slip;

	cr_assert(answers_load(GOLDEN "transit_144h_eligible.ini", &raw, &err), "%s", err.msg);
	for (; changes && changes[0]; changes += 2) {
		const ed_answer_field *f = answers_field(FLOW_TRANSIT, changes[0], NULL);
		cr_assert(f, "%s", changes[0]);
		raw_set(&raw, f->id, changes[1]);
	}
	cr_assert(answers_parse(&raw, &R, TODAY, "test", &a, &err), "%s", err.msg);
	verdict_evaluate(&a, &R, &v);
	slip = slip_render(&a, &v, &R, today);
	cr_assert(slip);
	if (v_out)
		*v_out = v;
	raw_clear(&raw);
	return slip;
}

Test(slip, long_chinese_name_stays_within_80_columns)
{
	const char *changes[] = {
		"traveller.name",
		"欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜",
		"trip.exit_port", "Zhangjiakou-Ningyuan-International-Airport-Terminal-2", NULL};
	char *slip = render_changed(changes, (ed_date){2023, 1, 1}, NULL);

	expect_width(slip, "long CJK name");
	cr_expect(strstr(slip, "欧阳娜娜") != NULL);
	free(slip);
}

Test(slip, passport_number_is_masked_but_the_last_three)
{
	const char *changes[] = {"traveller.passport_number", "X98765432", NULL};
	char *slip = render_changed(changes, (ed_date){2023, 1, 1}, NULL);

	cr_expect(strstr(slip, "******432") != NULL, "%s", slip);
	cr_expect(strstr(slip, "X98765") == NULL, "passport number printed in full");
	free(slip);
}

Test(slip, short_number_is_masked_entirely)
{
	const char *changes[] = {"traveller.passport_number", "AB1", NULL};
	char *slip = render_changed(changes, (ed_date){2023, 1, 1}, NULL);

	cr_expect(strstr(slip, "Passport:         ***\n") != NULL, "%s", slip);
	free(slip);
}

/* warns when the newest as_of is more than age_warning_months old */
Test(slip, rules_age_warning_after_twelve_months_only)
{
	ed_date newest = rules_newest_as_of(&R);
	ed_date limit = date_add_months(newest, R.age_warning_months);
	char *on_limit = render_changed(NULL, limit, NULL);
	char *day_after = render_changed(NULL, date_add_days(limit, 1), NULL);
	const char *warning = rules_text(&R, "slip:rules_outdated");

	cr_assert(warning);
	cr_expect(strstr(on_limit, "WARNING") == NULL, "warned on the limit day");
	cr_expect(strstr(day_after, "WARNING") != NULL, "no warning the day after the limit");
	free(on_limit);
	free(day_after);
}

Test(slip, deadline_in_words_as_the_nia_writes_it)
{
	char *slip = render_changed(NULL, (ed_date){2023, 1, 1}, NULL);
	char *flat = text_dup(slip);

	/* the sentence may wrap: compare with line breaks as spaces */
	for (char *p = flat; *p; p++)
		if (*p == '\n')
			*p = ' ';
	cr_expect(strstr(flat, "Leave mainland China before 24:00 on Saturday 7 January 2023, "
			 "China time") != NULL, "%s", slip);
	free(flat);
	free(slip);
}

Test(slip, failing_conditions_are_all_listed_with_their_fix)
{
	const char *changes[] = {"history.visa_refusal_stamp", "yes",
				 "trip.seat_confirmed", "no", NULL};
	ed_verdict v;
	char *slip = render_changed(changes, (ed_date){2023, 1, 1}, &v);

	cr_expect_eq(v.outcome, OUTCOME_NOT_ELIGIBLE);
	cr_expect(strstr(slip, "visa-refusal stamp") != NULL, "%s", slip);
	cr_expect(strstr(slip, "no confirmed date and seat") != NULL, "%s", slip);
	cr_expect(strstr(slip, "Art. 21 and 25") != NULL, "refusal articles missing: %s", slip);
	free(slip);
}

Test(slip, direct_transit_at_a_port_without_a_scheme_names_no_scheme)
{
	const char *changes[] = {"traveller.nationality", "IND", "trip.entry_port", "URC",
				 "trip.exit_port", "URC", "trip.departure_date", "2023-01-02",
				 "trip.departure_time", "10:00", NULL};
	ed_verdict v;
	char *slip = render_changed(changes, (ed_date){2023, 1, 1}, &v);

	cr_expect(v.direct_transit);
	cr_expect(strstr(slip, "0-hour") == NULL, "%s", slip);
	cr_expect(strstr(slip, "No visa-free transit scheme applies at URC") != NULL, "%s", slip);
	free(slip);
}

Test(slip, not_eligible_verdict_section_grants_no_deadline)
{
	const char *changes[] = {"trip.departure_date", "2023-01-08", NULL};
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	char *ini;

	cr_assert(answers_load(GOLDEN "transit_144h_eligible.ini", &raw, &err), "%s", err.msg);
	raw_set(&raw, AK_DEPARTURE_DATE, changes[1]);
	cr_assert(answers_parse(&raw, &R, TODAY, "test", &a, &err), "%s", err.msg);
	verdict_evaluate(&a, &R, &v);
	ini = report_ini("verdict", &a, &v, &R);
	cr_expect(strstr(ini, "outcome = not_eligible\n") != NULL, "%s", ini);
	cr_expect(strstr(ini, "exit_deadline =\n") != NULL, "%s", ini);
	cr_expect(strstr(ini, "area =\n") != NULL, "%s", ini);
	cr_expect(strstr(ini, "reasons = departure_after_deadline\n") != NULL, "%s", ini);
	free(ini);
	raw_clear(&raw);
}

/* ---- the text helpers the slip and the wizard lay out with ---- */

Test(text, chinese_characters_take_two_columns)
{
	cr_expect_eq(text_columns("abc"), 3);
	cr_expect_eq(text_columns("上海"), 4);
	cr_expect_eq(text_columns("Müller"), 6);
	cr_expect_eq(text_columns("e\xcc\x81"), 1, "a combining accent takes no column");
	cr_expect_eq(text_columns(""), 0);
	cr_expect_eq(text_columns("\xff"), 1, "an invalid byte still takes a column");
}

Test(text, fit_never_splits_a_character)
{
	cr_expect_eq(text_fit("上海市", 3), 3, "only one 2-column character fits in 3");
	cr_expect_eq(text_fit("上海市", 4), 6);
	cr_expect_eq(text_fit("abc", 10), 3);
}

static char *wrapped(const char *para, size_t width, const char *first, const char *rest)
{
	text_buf b = {0};
	text_wrap(&b, para, width, first, rest);
	return text_buf_take(&b);
}

Test(text, wrap_breaks_at_spaces_with_a_hanging_indent)
{
	char *s = wrapped("one two three four", 12, "  - ", "    ");
	cr_expect_str_eq(s, "  - one two\n    three\n    four\n");
	free(s);
}

Test(text, wrap_counts_columns_not_bytes)
{
	/* 6 CJK characters = 12 columns: fits a width of 12 exactly */
	char *s = wrapped("上海上海上海 ab", 12, NULL, NULL);
	cr_expect_str_eq(s, "上海上海上海\nab\n");
	free(s);
}

Test(text, wrap_cuts_a_word_longer_than_the_line)
{
	char *s = wrapped("上海市浦东新区国际机场", 10, "", "");
	const char *line = s;

	for (const char *nl; (nl = strchr(line, '\n')); line = nl + 1) {
		char *copy = text_dupn(line, (size_t)(nl - line));
		cr_expect(text_columns(copy) <= 10, "line too wide: %s", copy);
		free(copy);
	}
	{
		char joined[128];
		size_t k = 0;
		for (const char *p = s; *p && k + 1 < sizeof joined; p++)
			if (*p != '\n')
				joined[k++] = *p;
		joined[k] = '\0';
		cr_expect_str_eq(joined, "上海市浦东新区国际机场", "characters lost: %s", s);
	}
	free(s);
}

Test(text, wrap_keeps_forced_line_breaks_and_drops_trailing_spaces)
{
	char *s = wrapped("a\nb   ", 20, "> ", "  ");
	cr_expect_str_eq(s, "> a\n  b\n");
	free(s);
}

Test(text, trim_and_blank)
{
	char s[] = "  \tSMITH, JOHN \n";
	cr_expect_str_eq(text_trim(s), "SMITH, JOHN");
	cr_expect(text_blank("  \t"));
	cr_expect(text_blank(NULL));
	cr_expect_not(text_blank(" x "));
}

/* Renders answers given as pairs and checks that no {placeholder} of a
 * text was left unfilled (a typo in rules.ini, or one the code lacks). */
static void expect_all_filled(ed_flow flow, const char **pairs, unsigned want_reasons)
{
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	char *slip, *ini;

	raw_from_pairs(&raw, flow, pairs);
	cr_assert(answers_parse(&raw, &R, TODAY, "test", &a, &err), "%s", err.msg);
	verdict_evaluate(&a, &R, &v);
	cr_expect_eq(v.reasons & want_reasons, want_reasons, "reasons %#x, wanted %#x",
		     v.reasons, want_reasons);
	slip = slip_render(&a, &v, &R, a.date);
	ini = report_ini("verdict", &a, &v, &R);
	cr_assert(slip && ini);
	cr_expect(strchr(slip, '{') == NULL && strchr(slip, '}') == NULL,
		  "unfilled placeholder in:\n%s", slip);
	expect_width(slip, "all-failing slip");
	free(slip);
	free(ini);
	raw_clear(&raw);
}

#define BIT(r) (1u << (r))

Test(slip, every_transit_reason_text_is_filled)
{
	const char *all_2023[] = {
		"check.flow", "transit", "check.date", "2023-03-01",
		"traveller.nationality", "IND", "traveller.passport_expiry", "2023-04-01",
		"trip.arriving_from", "USA", "trip.entry_port", "PEK",
		"trip.entry_date", "2023-03-10", "trip.destination", "USA",
		"trip.exit_port", "PVG", "trip.departure_date", "2023-03-20",
		"trip.seat_confirmed", "no", "history.visa_refusal_stamp", "yes",
		"history.immigration_violation", "yes", NULL};
	const char *purpose_2026[] = {
		"check.flow", "transit", "check.date", "2026-03-01",
		"traveller.nationality", "GBR", "traveller.passport_expiry", "2030-01-01",
		"trip.arriving_from", "GBR", "trip.entry_port", "CSX",
		"trip.entry_date", "2026-03-01", "trip.destination", "KOR",
		"trip.exit_port", "Yichang", "trip.departure_date", "2026-03-05",
		"trip.seat_confirmed", "yes", "trip.purpose", "work",
		"history.visa_refusal_stamp", "no", "history.immigration_violation", "no", NULL};
	const char *unknown_port[] = {
		"check.flow", "transit", "check.date", "2023-03-01",
		"traveller.nationality", "USA", "traveller.passport_expiry", "2030-01-01",
		"trip.arriving_from", "USA", "trip.entry_port", "Lhasa",
		"trip.entry_date", "2023-03-10", "trip.entry_time", "10:00",
		"trip.destination", "JPN", "trip.departure_date", "2023-03-11",
		"trip.departure_time", "09:00", "trip.seat_confirmed", "yes",
		"history.visa_refusal_stamp", "no", "history.immigration_violation", "no", NULL};

	expect_all_filled(FLOW_TRANSIT, all_2023,
			  BIT(R_NATIONALITY) | BIT(R_PASSPORT_VALIDITY) | BIT(R_SEAT_NOT_CONFIRMED) |
			  BIT(R_NOT_THIRD_COUNTRY) | BIT(R_EXIT_PORT) |
			  BIT(R_DEPARTURE_AFTER_DEADLINE) | BIT(R_VISA_REFUSAL) |
			  BIT(R_IMMIGRATION_VIOLATION));
	expect_all_filled(FLOW_TRANSIT, purpose_2026, BIT(R_PURPOSE));
	expect_all_filled(FLOW_TRANSIT, unknown_port, BIT(R_ENTRY_PORT));
}

Test(slip, every_epass_reason_text_is_filled)
{
	const char *early[] = {
		"check.flow", "epass", "check.date", "2025-01-10",
		"traveller.residence", "USA", "traveller.permit_number", "X1",
		"traveller.permit_expiry", "2024-12-31", "traveller.permit_status", "expired",
		"traveller.mobile", "12", "traveller.applications_this_month", "5",
		"trip.purpose", "border_crossing", "trip.verification_code", "no",
		"trip.face_check", "no", NULL};
	const char *rest[] = {
		"check.flow", "epass", "check.date", "2025-05-10",
		"traveller.residence", "TWN", "traveller.permit_number", "H12345678",
		"traveller.permit_expiry", "2030-12-31", "traveller.permit_status", "with_traveller",
		"traveller.mobile", "0912345678", "traveller.applications_this_month", "2",
		"trip.purpose", "domestic_travel", "trip.verification_code", "yes",
		"trip.face_check", "no", "trip.password_set", "no",
		"trip.location_now", "hong_kong_macao", NULL};

	expect_all_filled(FLOW_EPASS, early,
			  BIT(R_NOT_YET_AVAILABLE) | BIT(R_RESIDENCE) | BIT(R_PERMIT_EXPIRED) |
			  BIT(R_MONTHLY_LIMIT) | BIT(R_MOBILE_NUMBER) | BIT(R_VERIFICATION) |
			  BIT(R_BORDER_CROSSING));
	expect_all_filled(FLOW_EPASS, rest,
			  BIT(R_PERMIT_WITH_TRAVELLER) | BIT(R_PERMIT_NUMBER) | BIT(R_MONTHLY_LIMIT) |
			  BIT(R_PASSWORD_NOT_SET) | BIT(R_NOT_IN_MAINLAND));
}

/* the monthly limit names the day it starts again, across a year end */
Test(slip, the_monthly_limit_names_the_first_of_next_month)
{
	const char *nov[] = {
		"check.flow", "epass", "check.date", "2026-11-29",
		"traveller.residence", "HKG", "traveller.permit_number", "H12345678",
		"traveller.permit_expiry", "2030-12-31", "traveller.permit_status", "lost",
		"traveller.mobile", "13800138000", "traveller.applications_this_month", "2",
		"trip.purpose", "domestic_travel", "trip.verification_code", "yes",
		"trip.face_check", "yes", NULL};
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_verdict v;
	ed_error err = {0};
	char *slip;

	raw_from_pairs(&raw, FLOW_EPASS, nov);
	cr_assert(answers_parse(&raw, &R, TODAY, "test", &a, &err), "%s", err.msg);
	verdict_evaluate(&a, &R, &v);
	slip = slip_render(&a, &v, &R, a.date);
	cr_assert(strstr(slip, "apply again from Tuesday 1 December 2026"), "%s", slip);
	free(slip);
	raw_set(&raw, AK_CHECK_DATE, "2026-12-31");
	cr_assert(answers_parse(&raw, &R, TODAY, "test", &a, &err), "%s", err.msg);
	verdict_evaluate(&a, &R, &v);
	slip = slip_render(&a, &v, &R, a.date);
	cr_assert(strstr(slip, "apply again from Friday 1 January 2027"), "%s", slip);
	free(slip);
	raw_clear(&raw);
}
