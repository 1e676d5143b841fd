/* Answers: each field's accepted forms, and the messages for bad input,
 * which name the file, the section and key, and what is accepted. */
#include "verdict_helpers.h"

#include "core/text.h"

static const char *SEED[] = {
	"check.flow", "transit",
	"traveller.nationality", "USA",
	"traveller.passport_expiry", "2025-06-30",
	"trip.arriving_from", "USA",
	"trip.entry_port", "PVG",
	"trip.entry_date", "2023-01-01",
	"trip.destination", "JPN",
	"trip.departure_date", "2023-01-06",
	"trip.seat_confirmed", "yes",
	"history.visa_refusal_stamp", "no",
	"history.immigration_violation", "no",
	NULL,
};

TestSuite(answers, .init = verdict_setup, .fini = verdict_teardown);

static ed_error refused(const char **changes)
{
	ed_error err = {0};
	build(FLOW_TRANSIT, SEED, changes);
	cr_assert_not(answers_parse(&RAW, &R, (ed_date){2023, 1, 1}, "trip.ini", &A, &err),
		      "answers should be refused");
	return err;
}

#define REFUSED(...) refused((const char *[]){__VA_ARGS__, NULL})

Test(answers, the_check_date_defaults_to_today)
{
	ed_error err = {0};
	build(FLOW_TRANSIT, SEED, NULL);
	cr_assert(answers_parse(&RAW, &R, (ed_date){2026, 11, 21}, "trip.ini", &A, &err), "%s", err.msg);
	cr_assert_eq(A.date.y, 2026);
	cr_assert_str_eq(A.exit_port, "PVG", "the exit port defaults to the entry port");
}

Test(answers, missing_required_key)
{
	ed_error e = REFUSED("trip.seat_confirmed", "");
	cr_assert_str_eq(e.section, "trip");
	cr_assert_str_eq(e.key, "seat_confirmed");
	cr_assert(strstr(e.msg, "trip.ini: [trip] seat_confirmed: missing; accepted: yes or no"),
		  "message was: %s", e.msg);
}

Test(answers, malformed_date_names_the_key_and_form)
{
	ed_error e = REFUSED("trip.entry_date", "2023-02-30");
	cr_assert_str_eq(e.key, "entry_date");
	cr_assert(strstr(e.msg, "YYYY-MM-DD"), "message was: %s", e.msg);
	cr_assert(strstr(e.msg, "2023-02-30"), "the typed value is quoted: %s", e.msg);
}

Test(answers, departure_before_entry_is_an_input_error)
{
	ed_error e = REFUSED("trip.departure_date", "2022-12-31");
	cr_assert_str_eq(e.key, "departure_date");
	cr_assert(strstr(e.msg, "before the entry date 2023-01-01"), "message was: %s", e.msg);
	e = REFUSED("trip.departure_date", "2023-01-01", "trip.entry_time", "14:30",
		    "trip.departure_time", "14:29");
	cr_assert_str_eq(e.key, "departure_time");
}

Test(answers, unknown_country_code)
{
	ed_error e = REFUSED("traveller.nationality", "XYZ");
	cr_assert_str_eq(e.key, "nationality");
	cr_assert(strstr(e.msg, "alpha-3"), "message was: %s", e.msg);
}

Test(answers, choices_and_flow)
{
	ed_error e = REFUSED("trip.purpose", "sightseeing");
	cr_assert(strstr(e.msg, "tourism, business"), "message was: %s", e.msg);
	e = REFUSED("check.flow", "visa");
	cr_assert_str_eq(e.section, "check");
	cr_assert_str_eq(e.key, "flow");
}

Test(answers, entry_before_the_earliest_rules)
{
	ed_error e = REFUSED("trip.entry_date", "2001-01-01", "trip.departure_date", "2001-01-02");
	cr_assert_str_eq(e.key, "entry_date");
	cr_assert(strstr(e.msg, "earliest rules"), "message was: %s", e.msg);
}

Test(answers, values_are_normalized)
{
	char norm[64], why[256];
	const ed_date today = {2023, 1, 1};
	const ed_answer_field *f = answers_field(FLOW_TRANSIT, "trip.entry_date", NULL);
	cr_assert(answers_check_value(f, "07JAN23", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_str_eq(norm, "2023-01-07");
	/* without a year: from a month back, so a recent day is not next year's */
	cr_assert(answers_check_value(f, "29DEC", &R, (ed_date){2025, 12, 31}, norm, sizeof norm,
				      why, sizeof why));
	cr_assert_str_eq(norm, "2025-12-29");
	cr_assert(answers_check_value(f, "05JAN", &R, (ed_date){2025, 12, 31}, norm, sizeof norm,
				      why, sizeof why));
	cr_assert_str_eq(norm, "2026-01-05");
	cr_assert(answers_check_value(f, "20NOV", &R, (ed_date){2025, 12, 31}, norm, sizeof norm,
				      why, sizeof why));
	cr_assert_str_eq(norm, "2026-11-20");
	f = answers_field(FLOW_TRANSIT, "traveller", "nationality");
	cr_assert(answers_check_value(f, " deu ", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_str_eq(norm, "DEU");
	f = answers_field(FLOW_TRANSIT, "trip.entry_time", NULL);
	cr_assert(answers_check_value(f, "1430", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_str_eq(norm, "14:30");
	/* the hour's one digit: 930 and 9:30 are 09:30; never 960 or 2430 */
	cr_assert(answers_check_value(f, "930", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_str_eq(norm, "09:30");
	cr_assert(answers_check_value(f, "9:30", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_str_eq(norm, "09:30");
	cr_assert_not(answers_check_value(f, "960", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_not(answers_check_value(f, "2430", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_not(answers_check_value(f, "93", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_not(answers_check_value(f, "25:00", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert(strstr(why, "HH:MM"), "why was: %s", why);
	f = answers_field(FLOW_TRANSIT, "trip.seat_confirmed", NULL);
	cr_assert(answers_check_value(f, "Y", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_str_eq(norm, "yes");
	f = answers_field(FLOW_EPASS, "traveller.applications_this_month", NULL);
	cr_assert_not(answers_check_value(f, "-1", &R, today, norm, sizeof norm, why, sizeof why));
	cr_assert_not(answers_check_value(f, "two", &R, today, norm, sizeof norm, why, sizeof why));
}

Test(answers, a_chinese_name_is_text)
{
	char norm[256], why[256];
	const ed_answer_field *f = answers_field(FLOW_EPASS, "traveller.name", NULL);
	cr_assert(answers_check_value(f, "陳大文", &R, (ed_date){2025, 4, 1}, norm, sizeof norm, why,
				      sizeof why));
	cr_assert_str_eq(norm, "陳大文");
}

Test(answers, keys_belong_to_their_flow)
{
	cr_assert_not_null(answers_field(FLOW_TRANSIT, "trip.purpose", NULL));
	cr_assert_not_null(answers_field(FLOW_EPASS, "trip.purpose", NULL));
	cr_assert_neq(answers_field(FLOW_TRANSIT, "trip.purpose", NULL)->id,
		      answers_field(FLOW_EPASS, "trip.purpose", NULL)->id);
	cr_assert_null(answers_field(FLOW_TRANSIT, "traveller.permit_number", NULL));
	cr_assert_null(answers_field(FLOW_EPASS, "trip.nonsense", NULL));
}

/* issue 9: the new answers have defaults, so the common case costs no key */
Test(answers, regime_answers_default_to_the_common_case)
{
	ed_error err = {0};
	build(FLOW_TRANSIT, SEED, NULL);
	cr_assert(answers_parse(&RAW, &R, (ed_date){2026, 11, 21}, "trip.ini", &A, &err), "%s", err.msg);
	cr_assert_str_eq(A.passport_type, "ordinary");
	cr_assert_str_eq(A.group, "none");
	cr_assert_eq(A.group_size, -1, "not given: unknown");
	cr_assert_eq(A.group_together, -1);
	cr_assert_eq(A.days_180, -1);
}

Test(answers, regime_answers_are_read_and_checked)
{
	ed_error err = {0};
	build(FLOW_TRANSIT, SEED, (const char *[]){"traveller.passport_type", "diplomatic",
		"trip.purpose", "exchange", "trip.group", "cruise_tour", "trip.group_size", "12",
		"trip.group_together", "no", "history.days_in_china_180", "45", NULL});
	cr_assert(answers_parse(&RAW, &R, (ed_date){2026, 11, 21}, "trip.ini", &A, &err), "%s", err.msg);
	cr_assert_str_eq(A.passport_type, "diplomatic");
	cr_assert_str_eq(A.purpose, "exchange");
	cr_assert_str_eq(A.group, "cruise_tour");
	cr_assert_eq(A.group_size, 12);
	cr_assert_eq(A.group_together, 0);
	cr_assert_eq(A.days_180, 45);

	ed_error e = REFUSED("trip.group", "bus_tour");
	cr_assert_str_eq(e.key, "group");
	cr_assert(strstr(e.msg, "none, hk_macao_tour, asean_tour or cruise_tour"), "%s", e.msg);
	e = REFUSED("traveller.passport_type", "official");
	cr_assert(strstr(e.msg, "ordinary, diplomatic, service or other"), "%s", e.msg);
	e = REFUSED("history.days_in_china_180", "-3");
	cr_assert_str_eq(e.key, "days_in_china_180");
}

static const char *date_read(const char *typed, ed_date today)
{
	static char norm[512];
	char why[256];
	const ed_answer_field *f = answers_field(FLOW_TRANSIT, "trip.entry_date", NULL);
	if (!answers_check_value(f, typed, &R, today, norm, sizeof norm, why, sizeof why))
		snprintf(norm, sizeof norm, "refused: %s", why);
	return norm;
}

/* Without a year: the first such day on or after the same day one month
 * before the check date (F1 says so). */
Test(answers, a_date_without_a_year_counts_from_one_month_back)
{
	const ed_date nov29 = {2026, 11, 29};
	cr_assert_str_eq(date_read("28NOV", nov29), "2026-11-28", "yesterday is this year");
	cr_assert_str_eq(date_read("29OCT", nov29), "2026-10-29", "one month back is still this year");
	cr_assert_str_eq(date_read("28OCT", nov29), "2027-10-28", "before that is next year");
	cr_assert_str_eq(date_read("01JAN", nov29), "2027-01-01");
	cr_assert_str_eq(date_read("5DEC", nov29), "2026-12-05");
	/* month ends: one month before 31 March is 28 (or 29) February */
	cr_assert_str_eq(date_read("28FEB", (ed_date){2026, 3, 31}), "2026-02-28");
	cr_assert_str_eq(date_read("27FEB", (ed_date){2026, 3, 31}), "2027-02-27");
	cr_assert_str_eq(date_read("29FEB", (ed_date){2028, 3, 31}), "2028-02-29");
	cr_assert_str_eq(date_read("29FEB", (ed_date){2026, 3, 31}), "2028-02-29",
			 "29 February without a year is the next leap year's");
	/* year boundary: 31 December seen from January */
	cr_assert_str_eq(date_read("31DEC", (ed_date){2027, 1, 15}), "2026-12-31");
	cr_assert_str_eq(date_read("14DEC", (ed_date){2027, 1, 15}), "2027-12-14");
	cr_assert_str_eq(date_read("05DEC2026", nov29), "2026-12-05");
	cr_assert_str_eq(date_read("5DEC26", nov29), "2026-12-05");
}

Test(answers, an_impossible_date_names_the_months_length)
{
	const ed_date nov29 = {2026, 11, 29};
	cr_assert(strstr(date_read("2026-02-30", nov29), "February 2026 has 28 days"), "%s",
		  date_read("2026-02-30", nov29));
	cr_assert(strstr(date_read("29FEB27", nov29), "February 2027 has 28 days"), "%s",
		  date_read("29FEB27", nov29));
	cr_assert(strstr(date_read("31APR", nov29), "April has 30 days"), "%s",
		  date_read("31APR", nov29));
	cr_assert(strstr(date_read("soon", nov29), "accepted: a date YYYY-MM-DD"), "%s",
		  date_read("soon", nov29));
}

/* issue 17: a text answer is valid UTF-8 without C0, DEL or C1 controls;
 * the refusal names the key and never quotes the value */
Test(answers, text_is_valid_utf8_without_controls)
{
	static const char *const bad[] = {
		"M\xfcLLER",            /* Latin-1, not UTF-8: the PDF showed nothing */
		"MUELLER\xc3",          /* cut inside a character */
		"\xc0\xaf" "ANNA",      /* overlong */
		"\xed\xa0\x80",         /* a surrogate */
		"ANNA\xc2\x9b" "31m",   /* U+009B: a CSI on the terminal */
		"ANNA\xc2\x85",         /* U+0085, NEL */
		"ANNA\x7f",
		"ANNA\x1b[2J",
	};
	char norm[ED_ANSWER_MAX_BYTES + 1], why[512];
	const ed_answer_field *f = answers_field(FLOW_TRANSIT, "traveller.name", NULL);

	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		cr_expect_not(answers_check_value(f, bad[i], &R, (ed_date){2023, 1, 1}, norm,
						  sizeof norm, why, sizeof why), "#%zu taken", i);
		cr_expect(strstr(why, "control character or bytes that are not UTF-8"), "%s", why);
		cr_expect_null(strstr(why, "ANNA"), "quoted: %s", why);
	}
	ed_error err = REFUSED("traveller.name", "ANNA\xc2\x9b" "31m");
	cr_expect_str_eq(err.section, "traveller");
	cr_expect_str_eq(err.key, "name");
	cr_expect_null(strstr(err.msg, "ANNA"), "quoted: %s", err.msg);
	/* the real U+FFFD, accents, CJK and U+00A0 are text */
	cr_expect(text_clean("\xef\xbf\xbd M\xc3\x9cLLER \xe9\x99\xb3\xc2\xa0" "A"));
	cr_expect(answers_check_value(f, "O'BRIEN, \"JACK\"", &R, (ed_date){2023, 1, 1}, norm,
				      sizeof norm, why, sizeof why), "%s", why);
}
