/* No foreign passport (rules.ini [rules] not_foreign; regimes-2026.md 6),
 * against the real rules.ini: a Chinese citizen, or the HKG, MAC and TWN
 * codes a desk types for a Hong Kong, Macao or Taiwan resident, gets no
 * visa-free regime and never "a visa is needed", but the permit (and the
 * e-pass without it), in the verdict, the check result, the slip, the
 * group sheet and the quick answer alike. */
#include <stdlib.h>

#include "core/group.h"
#include "core/result.h"
#include "core/sheet.h"
#include "core/slip.h"
#include "core/ways.h"
#include "load/verdict_ini.h"
#include "verdict_helpers.h"

/* the reviewer's case: a Hong Kong agency's tour group by Shenzhen Bay,
 * which the GBA group regime lets a foreigner in by */
static const char *GBA[] = {
	"check.flow", "transit",
	"check.date", "2026-12-03",
	"traveller.nationality", "HKG",
	"traveller.passport_expiry", "2032-04-30",
	"trip.arriving_from", "HKG",
	"trip.entry_port", "shenzhen_bay",
	"trip.entry_date", "2026-12-10",
	"trip.destination", "HKG",
	"trip.exit_port", "lo_wu",
	"trip.departure_date", "2026-12-12",
	"trip.seat_confirmed", "yes",
	"trip.group", "hk_macao_tour",
	"trip.group_size", "12",
	"trip.group_together", "yes",
	"history.visa_refusal_stamp", "no",
	"history.immigration_violation", "no",
	NULL,
};

static const char *const NOT_FOREIGN[] = {"HKG", "MAC", "TWN", "CHN"};

TestSuite(not_foreign, .init = verdict_setup, .fini = verdict_teardown);

static ed_verdict check_as(const char *nat)
{
	return run_check(FLOW_TRANSIT, GBA, (const char *[]){"traveller.nationality", nat, NULL});
}

Test(not_foreign, the_list_is_rules_data)
{
	for (size_t i = 0; i < sizeof NOT_FOREIGN / sizeof *NOT_FOREIGN; i++)
		cr_assert(rules_not_foreign(&R, NOT_FOREIGN[i]), "%s", NOT_FOREIGN[i]);
	cr_assert(rules_not_foreign(&R, "hkg"));
	cr_assert_not(rules_not_foreign(&R, "USA"));
	cr_assert_not(rules_not_foreign(&R, "GBR"));
}

Test(not_foreign, no_regime_and_no_visa_but_the_permit)
{
	for (size_t i = 0; i < sizeof NOT_FOREIGN / sizeof *NOT_FOREIGN; i++) {
		ed_verdict v = check_as(NOT_FOREIGN[i]);
		cr_assert(v.not_foreign, "%s", NOT_FOREIGN[i]);
		cr_assert_eq(v.outcome, OUTCOME_NOT_ELIGIBLE);
		assert_reasons(v, "not_foreign_passport");
		cr_assert_eq(v.n_ways_in, 0u, "%s: no visa-free regime", NOT_FOREIGN[i]);
		cr_assert_null(verdict_way_in(&v));
		cr_assert_not(v.passport_expired);
	}
	/* the same trip for an American: the GBA group regime */
	{
		ed_verdict v = check_as("USA");
		const ed_way *in = verdict_way_in(&v);
		cr_assert_not(v.not_foreign);
		cr_assert(in && !strcmp(in->regime->id, "gba_group"));
	}
}

Test(not_foreign, an_expired_chinese_passport_is_still_the_permit)
{
	ed_verdict v = run_check(FLOW_TRANSIT, GBA, (const char *[]){
		"traveller.passport_expiry", "2025-01-01", NULL});
	cr_assert(v.not_foreign);
	assert_reasons(v, "not_foreign_passport");
}

/* text holds every one of `has` and none of `lacks` (NULL-ended lists) */
static void assert_says(const char *text, const char *const *has, const char *const *lacks)
{
	cr_assert(text);
	for (; *has; has++)
		cr_assert(strstr(text, *has), "lacks '%s':\n%s", *has, text);
	for (; *lacks; lacks++)
		cr_assert_null(strstr(text, *lacks), "says '%s':\n%s", *lacks, text);
}

Test(not_foreign, the_ini_names_the_permit_and_the_policy)
{
	ed_verdict v = check_as("HKG");
	char *ini = report_ini("verdict", &A, &v, &R);

	assert_says(ini, (const char *[]){"reasons = not_foreign_passport\n", "way_in = permit\n",
		"way_in_outcome = not_eligible\n", "ways_in =\n", "policy = not_foreign\n",
		"policy_source = ", "rules_as_of = 2026-12-03\n", NULL},
		(const char *[]){"way_in = visa", NULL});
	free(ini);
}

Test(not_foreign, the_slip_says_the_permit_never_a_visa)
{
	ed_verdict v = check_as("HKG");
	char *s = slip_render(&A, &v, &R, A.date);

	assert_says(s, (const char *[]){"Not a foreign passport", "Home Return Permit",
		"Mainland Travel Permit for Taiwan Residents", "e-pass check (start-screen choice 2)",
		"Policy applied:   Chinese citizens", NULL},
		(const char *[]){"visa is needed", "apply for a Chinese visa", "port visa", "GBA", NULL});
	free(s);
}

Test(not_foreign, the_check_result_headline_and_summary)
{
	ed_result res;
	char *screen;

	build(FLOW_TRANSIT, GBA, NULL);
	cr_assert(result_build(&res, RESULT_FINAL, FLOW_TRANSIT, &RAW, &R, (ed_date){2026, 12, 3},
			       NULL), "%s", res.err.msg);
	cr_assert_eq(res.headline.sev, SEV_NOT_ELIGIBLE);
	cr_assert(strstr(res.headline.text, rules_text(&R, "ways:screen_not_foreign")), "%s",
		  res.headline.text);
	screen = result_screen_text(&res);
	cr_assert(strstr(screen, rules_text(&R, "verdict:reason_not_foreign_passport")), "%s",
		  screen);
	cr_assert_null(strstr(screen, rules_text(&R, "ways:screen_visa")), "%s", screen);
	free(screen);
	result_free(&res);
}

Test(not_foreign, the_preview_says_the_permit)
{
	ed_result res;
	ed_raw_answers raw = {{0}};
	const char *kv[] = {
		"traveller.nationality", "HKG", "trip.entry_port", "SZX", "trip.entry_date",
		"2026-12-10", "trip.departure_date", "2026-12-12", NULL
	};

	raw_from_pairs(&raw, FLOW_TRANSIT, kv);
	cr_assert(result_preview(&res, &raw, &R, (ed_date){2026, 12, 3}));
	cr_assert(strstr(res.headline.text, "not a foreign passport"), "%s", res.headline.text);
	cr_assert_null(strstr(res.headline.text, "visa is needed"), "%s", res.headline.text);
	result_free(&res);
	raw_clear(&raw);
}

Test(not_foreign, the_group_sheet_says_permit_not_gba)
{
	ed_verdict v = check_as("HKG");
	sheet_row row = { .line = 2, .name = "CHAN, TAI MAN", .passport = "K1234567", .a = &A, .v = &v };
	char *out = sheet_render(&row, 1, &R, (ed_date){2026, 12, 3});

	cr_assert(out);
	cr_assert(strstr(out, rules_text(&R, "sheet:way_in_permit")), "%s", out);
	cr_assert(strstr(out, "NOT A FOREIGN"), "%s", out);
	cr_assert_null(strstr(out, "GBA group"), "%s", out);
	cr_assert_null(strstr(out, "24:00"), "%s", out);
	free(out);
}

Test(not_foreign, the_group_counts_foreigners_only)
{
	const char *five[] = {"USA", "HKG", "mac", "TWN", "CHN"};
	cr_assert_eq(group_size_of(&R, five, 5), 1);
}

Test(not_foreign, the_quick_answer_lists_no_way_and_no_visa)
{
	for (size_t i = 0; i < sizeof NOT_FOREIGN / sizeof *NOT_FOREIGN; i++) {
		ed_quick q;
		text_buf b = {0};

		ways_quick(&R, NOT_FOREIGN[i], (ed_date){2026, 12, 10}, &q);
		cr_assert(q.not_foreign, "%s", NOT_FOREIGN[i]);
		cr_assert_eq(q.n_apply, 0u);
		ways_quick_text(&q, &R, 80, &b);
		cr_assert(b.s && strstr(b.s, "Not a foreign passport"), "%s", b.s);
		cr_assert(strstr(b.s, "Home Return Permit"), "%s", b.s);
		cr_assert_null(strstr(b.s, rules_text(&R, "ways:quick_none")), "%s", b.s);
		cr_assert_null(strstr(b.s, "(eligible)"), "%s", b.s);
		text_buf_free(&b);
	}
}
