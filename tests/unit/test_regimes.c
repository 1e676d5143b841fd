/* Every way in (issue 9, regimes-2026.md) against the real rules.ini: each
 * regime's countries on both sides of their start dates, the unilateral
 * end, the 30-day counting, purposes and passport types, the group
 * regimes, the ranking of several ways, and the history corrected. */
#include <ctype.h>
#include <stdlib.h>

#include "core/early.h"
#include "core/slip.h"
#include "verdict_helpers.h"

/* A German flying Frankfurt - Beijing - Frankfurt in December 2026. */
static const char *ROUND[] = {
	"check.flow", "transit",
	"check.date", "2026-11-29",
	"traveller.nationality", "DEU",
	"traveller.passport_expiry", "2031-05-31",
	"trip.arriving_from", "DEU",
	"trip.entry_port", "PEK",
	"trip.entry_date", "2026-12-01",
	"trip.destination", "DEU",
	"trip.departure_date", "2026-12-10",
	"trip.seat_confirmed", "yes",
	"history.visa_refusal_stamp", "no",
	"history.immigration_violation", "no",
	NULL,
};

/* phrase occurs in text, any run of spaces and line breaks counting as one */
static bool has_words(const char *text, const char *phrase)
{
	for (const char *t = text; *t; t++) {
		const char *a = t, *b = phrase;
		while (*a && *b) {
			if (isspace((unsigned char)*b)) {
				if (!isspace((unsigned char)*a))
					break;
				while (isspace((unsigned char)*a))
					a++;
				while (isspace((unsigned char)*b))
					b++;
			} else if (*a++ != *b++) {
				break;
			}
		}
		if (!*b)
			return true;
	}
	return false;
}

#define TRIP(...) run_check(FLOW_TRANSIT, ROUND, (const char *[]){__VA_ARGS__, NULL})

TestSuite(regimes, .init = verdict_setup, .fini = verdict_teardown);


/* "unilateral,240h": the ways in, best first */
static const char *ways_in(const ed_verdict *v, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < v->n_ways_in; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? "," : "",
				      v->ways[v->ways_in[i]].regime->id);
	return buf;
}


#define assert_ways_in(v, want) do { \
	char wb_[256]; \
	cr_assert_str_eq(ways_in(&(v), wb_, sizeof wb_), (want)); \
} while (0)


/* the day before a country's date and the day itself, entering at `port` */
static void joins_on(const char *id, const char *code, const char *before, const char *on,
		     const char *port)
{
	ed_verdict v = TRIP("traveller.nationality", code, "trip.entry_port", port,
			    "trip.entry_date", before, "trip.departure_date", before);
	const ed_way *w = way_of(&v, id);
	cr_assert(w, "%s %s", id, code);
	cr_expect((w->reasons >> R_NATIONALITY) & 1u, "%s: %s not yet on %s", id, code, before);
	v = TRIP("traveller.nationality", code, "trip.entry_port", port,
		 "trip.entry_date", on, "trip.departure_date", on);
	w = way_of(&v, id);
	cr_assert(w);
	cr_expect_not((w->reasons >> R_NATIONALITY) & 1u, "%s: %s on %s", id, code, on);
	cr_expect_neq(w->outcome, OUTCOME_NOT_ELIGIBLE, "%s: %s lets in on %s", id, code, on);
}

Test(regimes, unilateral_countries_on_both_sides_of_each_start_date)
{
	static const char *const joined[][3] = {
		{"DEU", "2023-11-30", "2023-12-01"}, {"MYS", "2023-11-30", "2023-12-01"},
		{"CHE", "2024-03-13", "2024-03-14"}, {"AUS", "2024-06-30", "2024-07-01"},
		{"PRT", "2024-10-14", "2024-10-15"}, {"KOR", "2024-11-07", "2024-11-08"},
		{"JPN", "2024-11-29", "2024-11-30"}, {"BRA", "2025-05-31", "2025-06-01"},
		{"SAU", "2025-06-08", "2025-06-09"}, {"RUS", "2025-09-14", "2025-09-15"},
		{"SWE", "2025-11-09", "2025-11-10"}, {"GBR", "2026-02-16", "2026-02-17"},
		{"CAN", "2026-02-16", "2026-02-17"},
	};
	for (size_t i = 0; i < sizeof joined / sizeof *joined; i++)
		joins_on("unilateral", joined[i][0], joined[i][1], joined[i][2], "PEK");
	/* Brunei: again from 2023-07-26 (regimes-2026.md 8, item 1) */
	joins_on("unilateral", "BRN", "2023-07-25", "2023-07-26", "PEK");
	/* the US was never on it */
	ed_verdict v = TRIP("traveller.nationality", "USA");
	assert_way(v, "unilateral", "not_eligible", "nationality", "");
}

Test(regimes, malaysia_moves_from_unilateral_to_mutual_on_2025_07_17)
{
	ed_verdict v = TRIP("traveller.nationality", "MYS", "trip.entry_date", "2025-07-16",
			    "trip.departure_date", "2025-07-20");
	assert_way(v, "unilateral", "eligible", "", "");
	assert_way(v, "mutual", "not_eligible", "nationality", "");
	v = TRIP("traveller.nationality", "MYS", "trip.entry_date", "2025-07-17",
		 "trip.departure_date", "2025-07-20", "history.days_in_china_180", "0");
	assert_way(v, "unilateral", "not_eligible", "nationality", "");
	assert_way(v, "mutual", "eligible", "", "");
}

Test(regimes, mutual_countries_on_both_sides_of_each_start_date)
{
	joins_on("mutual", "SGP", "2024-02-08", "2024-02-09", "PEK");
	joins_on("mutual", "THA", "2024-02-29", "2024-03-01", "PEK");
	joins_on("mutual", "KAZ", "2023-11-09", "2023-11-10", "PEK");
	joins_on("mutual", "UZB", "2025-05-31", "2025-06-01", "PEK");
	joins_on("mutual", "MYS", "2025-07-16", "2025-07-17", "PEK");
}

Test(regimes, hainan_59_then_61_countries_on_2026_08_20)
{
	joins_on("hainan", "VNM", "2026-08-19", "2026-08-20", "SYX");
	joins_on("hainan", "KGZ", "2026-08-19", "2026-08-20", "HAK");
	/* the two new ones are confirmed since 2026-12-03 (section 8, item 3) */
	ed_verdict v = TRIP("traveller.nationality", "VNM", "trip.entry_port", "SYX",
			    "trip.entry_date", "2026-08-20", "trip.departure_date", "2026-08-25");
	assert_way(v, "hainan", "eligible", "", "");
	/* one of the 59: eligible in Hainan only, not through Beijing */
	v = TRIP("traveller.nationality", "PHL", "trip.entry_port", "SYX");
	assert_way(v, "hainan", "eligible", "", "");
	cr_assert_str_eq(way_in_id(&v), "hainan");
	v = TRIP("traveller.nationality", "PHL");
	assert_way(v, "hainan", "not_eligible", "entry_port", "");
	cr_assert_str_eq(way_in_id(&v), "visa");
}

Test(regimes, kyrgyzstan_and_vietnam_on_240h_from_2026_08_20)
{
	static const char *const codes[] = {"KGZ", "VNM"};
	for (size_t i = 0; i < 2; i++) {
		ed_verdict v = TRIP("traveller.nationality", codes[i], "trip.destination", "JPN",
				    "trip.entry_date", "2026-08-19", "trip.departure_date", "2026-08-25");
		assert_reasons(v, "nationality");
		cr_assert_str_eq(way_in_id(&v), "visa");
		v = TRIP("traveller.nationality", codes[i], "trip.destination", "JPN",
			 "trip.entry_date", "2026-08-20", "trip.departure_date", "2026-08-25");
		assert_outcome(v, "eligible"); /* confirmed (section 8, item 3) */
		assert_reviews(v, "");
		cr_assert_str_eq(way_in_id(&v), "240h");
	}
}

Test(regimes, unilateral_ends_2026_12_31_then_confirm)
{
	ed_verdict v = TRIP("trip.entry_date", "2026-12-31", "trip.departure_date", "2027-01-05");
	assert_way(v, "unilateral", "eligible", "", "");
	v = TRIP("trip.entry_date", "2027-01-01", "trip.departure_date", "2027-01-05");
	assert_way(v, "unilateral", "review", "", "regime_ended");
	cr_assert_str_eq(way_in_id(&v), "unilateral");
	/* Russia's trial runs a year longer; Brunei has no end */
	v = TRIP("traveller.nationality", "RUS", "trip.entry_date", "2027-12-31",
		 "trip.departure_date", "2028-01-02");
	assert_way(v, "unilateral", "eligible", "", "");
	v = TRIP("traveller.nationality", "RUS", "trip.entry_date", "2028-01-01",
		 "trip.departure_date", "2028-01-02");
	assert_way(v, "unilateral", "review", "", "regime_ended");
	v = TRIP("traveller.nationality", "BRN", "trip.entry_date", "2028-01-01",
		 "trip.departure_date", "2028-01-02");
	assert_way(v, "unilateral", "eligible", "", "");
}

Test(regimes, thirty_days_within_thirty_one_to_confirm_thirty_two_over)
{
	/* entry 2026-12-01: day 30 is 2026-12-30 (the earlier reading) */
	ed_verdict v = TRIP("trip.departure_date", "2026-12-30");
	assert_way(v, "unilateral", "eligible", "", "");
	assert_moment(way_of(&v, "unilateral")->until, "2026-12-30 24:00");
	v = TRIP("trip.departure_date", "2026-12-31");
	assert_way(v, "unilateral", "review", "", "stay_counting");
	assert_moment(way_of(&v, "unilateral")->until_late, "2026-12-31 24:00");
	v = TRIP("trip.departure_date", "2027-01-01");
	assert_way(v, "unilateral", "not_eligible", "stay_limit", "");
	cr_assert_str_eq(way_in_id(&v), "visa");
	/* across a leap day: entry 2024-02-15, 15 days then */
	v = TRIP("trip.entry_date", "2024-02-15", "trip.departure_date", "2024-02-29");
	assert_way(v, "unilateral", "eligible", "", "");
	v = TRIP("trip.entry_date", "2024-02-15", "trip.departure_date", "2024-03-01");
	assert_way(v, "unilateral", "review", "", "stay_counting");
	v = TRIP("trip.entry_date", "2024-02-15", "trip.departure_date", "2024-03-02");
	assert_way(v, "unilateral", "not_eligible", "stay_limit", "");
}

Test(regimes, fifteen_days_until_2024_11_29_thirty_from_2024_11_30)
{
	ed_verdict v = TRIP("trip.entry_date", "2024-11-29", "trip.departure_date", "2024-12-13");
	assert_way(v, "unilateral", "eligible", "", "");
	assert_moment(way_of(&v, "unilateral")->until, "2024-12-13 24:00");
	v = TRIP("trip.entry_date", "2024-11-30", "trip.departure_date", "2024-12-13");
	assert_moment(way_of(&v, "unilateral")->until, "2024-12-29 24:00");
}

Test(regimes, work_is_refused_by_every_regime)
{
	/* a German with a ticket to Japan: every way would let her in... */
	ed_verdict v = TRIP("trip.destination", "JPN", "trip.departure_date", "2026-12-05");
	cr_assert_gt(v.n_ways_in, 1);
	/* ...but not to work */
	v = TRIP("trip.destination", "JPN", "trip.departure_date", "2026-12-05",
		 "trip.purpose", "work");
	assert_ways_in(v, "");
	cr_assert_str_eq(way_in_id(&v), "visa");
	for (size_t i = 0; i < v.n_ways; i++) {
		const ed_way *w = &v.ways[i];
		if (w->regime->kind != REGIME_TRANSIT && w->regime->kind != REGIME_PASSPORT_TYPE)
			cr_expect((w->reasons >> R_PURPOSE) & 1u, "%s", w->regime->id);
	}
	/* a group, a mutual and a Hainan traveller too */
	v = TRIP("traveller.nationality", "THA", "trip.purpose", "study");
	assert_way(v, "mutual", "not_eligible", "purpose", "stay_cap_unknown");
	v = TRIP("traveller.nationality", "PHL", "trip.entry_port", "SYX", "trip.purpose", "work");
	assert_way(v, "hainan", "not_eligible", "purpose", "");
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "10", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-03", "trip.purpose", "journalism");
	assert_way(v, "gba_group", "not_eligible", "purpose", "");
	/* exchange visits are a purpose of the unilateral policy (from
	 * 2024-11-30: section 8, item 2) */
	v = TRIP("trip.purpose", "exchange");
	assert_way(v, "unilateral", "eligible", "", "");
}

Test(regimes, diplomatic_passport_is_not_for_unilateral_or_mutual)
{
	ed_verdict v = TRIP("traveller.passport_type", "diplomatic");
	assert_way(v, "unilateral", "not_eligible", "passport_type", "");
	v = TRIP("traveller.passport_type", "ordinary");
	assert_way(v, "unilateral", "eligible", "", "");
	v = TRIP("traveller.nationality", "SGP", "traveller.passport_type", "service");
	assert_way(v, "mutual", "not_eligible", "passport_type", "");
}

Test(regimes, german_with_a_ticket_to_japan_unilateral_first_240h_also)
{
	ed_verdict v = TRIP("trip.destination", "JPN", "trip.departure_date", "2026-12-05");
	cr_assert_str_eq(way_in_id(&v), "unilateral");
	assert_ways_in(v, "unilateral,240h");
	assert_outcome(v, "eligible"); /* the transit verdict keeps its meaning */
	cr_assert_str_eq(verdict_scheme_id(&v), "240h");
	/* the round trip: unilateral only */
	v = TRIP(NULL, NULL);
	assert_ways_in(v, "unilateral");
	assert_outcome(v, "not_eligible");
}

Test(regimes, mutual_cap_of_90_in_180_days)
{
	ed_verdict v = TRIP("traveller.nationality", "THA");
	assert_way(v, "mutual", "review", "", "stay_cap_unknown");
	/* 10 days asked (entry day counted), 80 already: 90, the limit */
	v = TRIP("traveller.nationality", "THA", "history.days_in_china_180", "80");
	assert_way(v, "mutual", "eligible", "", "");
	v = TRIP("traveller.nationality", "THA", "history.days_in_china_180", "81");
	assert_way(v, "mutual", "not_eligible", "stay_cap", "");
	/* Singapore's agreement has no such cap */
	v = TRIP("traveller.nationality", "SGP");
	assert_way(v, "mutual", "eligible", "", "");
}

Test(regimes, mutual_terms_from_a_secondary_source_are_to_confirm)
{
	ed_verdict v = TRIP("traveller.nationality", "ARE");
	assert_way(v, "mutual", "review", "", "mutual_terms");
	cr_assert_str_eq(way_in_id(&v), "mutual");
}

Test(regimes, britain_and_canada_are_confirmed_from_2026_02_17)
{
	/* the commonest question: a plain yes since the audit of 2026-12-03 */
	ed_verdict v = TRIP("traveller.nationality", "GBR");
	assert_way(v, "unilateral", "eligible", "", "");
	v = TRIP("traveller.nationality", "CAN");
	assert_way(v, "unilateral", "eligible", "", "");
}

Test(regimes, gba_tour_group_from_hong_kong)
{
	const char *g[] = {"traveller.nationality", "USA", "trip.arriving_from", "HKG",
			   "trip.entry_port", "SZX", "trip.group", "hk_macao_tour",
			   "trip.group_size", "10", "trip.group_together", "yes",
			   "trip.departure_date", "2026-12-06", NULL};
	ed_verdict v = run_check(FLOW_TRANSIT, ROUND, g);
	assert_way(v, "gba_group", "eligible", "", "");
	/* Hong Kong to Germany is also a transit: 240h ranks first */
	assert_ways_in(v, "240h,gba_group");
	/* to the 6th day counted from the entry day (section 8, item 6) */
	assert_moment(way_of(&v, "gba_group")->until, "2026-12-06 24:00");
	/* leaving on the 7th calendar day is over */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "10", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-07");
	assert_way(v, "gba_group", "not_eligible", "stay_limit", "");
	/* 41 people: the limit of 40 is to confirm; 1 or not together: not
	 * this regime */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "41", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "review", "", "group_unconfirmed");
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "1", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "not_eligible", "group", "");
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "2", "trip.group_together", "no",
		 "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "not_eligible", "group", "");
	/* size and travelling together not given: to confirm */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "review", "", "group_unconfirmed");
	/* from the US, not Hong Kong or Macao */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "USA", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "10", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "not_eligible", "arriving_from", "");
	/* no group: the regime does not come close */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "not_eligible", "group", "");
	cr_assert_not(way_of(&v, "gba_group")->close);
	/* resumed on 2023-03-15 (section 8, item 6): not in the rules before */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "10", "trip.group_together", "yes",
		 "trip.entry_date", "2023-03-14", "trip.departure_date", "2023-03-16");
	cr_assert_null(way_of(&v, "gba_group"));
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
		 "trip.group", "hk_macao_tour", "trip.group_size", "10", "trip.group_together", "yes",
		 "trip.entry_date", "2023-03-15", "trip.departure_date", "2023-03-16");
	assert_way(v, "gba_group", "eligible", "", "");
	/* Jieyang Chaoshan (SWA) is outside the GBA and Shantou */
	v = TRIP("traveller.nationality", "USA", "trip.arriving_from", "HKG", "trip.entry_port", "SWA",
		 "trip.group", "hk_macao_tour", "trip.group_size", "10", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-05");
	assert_way(v, "gba_group", "not_eligible", "entry_port", "");
}

Test(regimes, hainan_asean_and_cruise_groups)
{
	ed_verdict v = TRIP("traveller.nationality", "IND", "trip.arriving_from", "HKG",
			    "trip.entry_port", "HAK", "trip.group", "hk_macao_tour",
			    "trip.group_size", "2", "trip.group_together", "yes",
			    "trip.departure_date", "2026-12-07");
	assert_way(v, "hainan_group", "eligible", "", "");
	assert_way(v, "gba_group", "not_eligible", "entry_port,stay_limit", "");
	cr_assert_str_eq(way_in_id(&v), "hainan_group");
	v = TRIP("traveller.nationality", "IND", "trip.arriving_from", "HKG",
		 "trip.entry_port", "HAK", "trip.group", "hk_macao_tour",
		 "trip.group_size", "2", "trip.group_together", "yes",
		 "trip.entry_date", "2024-07-29", "trip.departure_date", "2024-08-01");
	cr_assert_null(way_of(&v, "hainan_group"));
	/* ASEAN: 6 days in Xishuangbanna from 00:00 after entry, from
	 * 2025-02-10, 2 or more together (section 8, item 6) */
	v = TRIP("traveller.nationality", "LAO", "trip.arriving_from", "LAO",
		 "trip.entry_port", "mohan_railway", "trip.group", "asean_tour",
		 "trip.group_size", "2", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-07");
	assert_way(v, "asean_group", "eligible", "", "");
	assert_moment(way_of(&v, "asean_group")->until, "2026-12-07 24:00");
	v = TRIP("traveller.nationality", "LAO", "trip.arriving_from", "LAO",
		 "trip.entry_port", "mohan_railway", "trip.group", "asean_tour",
		 "trip.group_size", "2", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-08");
	assert_way(v, "asean_group", "not_eligible", "stay_limit", "");
	v = TRIP("traveller.nationality", "LAO", "trip.arriving_from", "LAO",
		 "trip.entry_port", "mohan_railway", "trip.group", "asean_tour",
		 "trip.group_size", "1", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-06");
	assert_way(v, "asean_group", "not_eligible", "group", "");
	v = TRIP("traveller.nationality", "IND", "trip.arriving_from", "LAO",
		 "trip.entry_port", "JHG", "trip.group", "asean_tour",
		 "trip.departure_date", "2026-12-03");
	assert_way(v, "asean_group", "not_eligible", "nationality", "group_unconfirmed");
	v = TRIP("traveller.nationality", "LAO", "trip.arriving_from", "LAO",
		 "trip.entry_port", "JHG", "trip.group", "asean_tour",
		 "trip.entry_date", "2025-02-09", "trip.departure_date", "2025-02-10");
	cr_assert_null(way_of(&v, "asean_group"));
	/* cruise: 15 days through a cruise port, a whole group; the area is
	 * stated, Hebei included (section 8, item 6) */
	v = TRIP("traveller.nationality", "IND", "trip.arriving_from", "JPN",
		 "trip.entry_port", "shanghai_wusongkou_cruise", "trip.group", "cruise_tour",
		 "trip.group_size", "300", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-15");
	assert_way(v, "cruise_group", "eligible", "", "");
	v = TRIP("traveller.nationality", "IND", "trip.arriving_from", "JPN",
		 "trip.entry_port", "PVG", "trip.group", "cruise_tour",
		 "trip.group_size", "300", "trip.group_together", "yes",
		 "trip.departure_date", "2026-12-15");
	assert_way(v, "cruise_group", "not_eligible", "entry_port", "");
}

Test(regimes, chinese_citizens_have_no_foreign_visitor_regime)
{
	ed_verdict v = TRIP("traveller.nationality", "CHN", "trip.arriving_from", "HKG",
			    "trip.entry_port", "SZX", "trip.group", "hk_macao_tour",
			    "trip.group_size", "10", "trip.group_together", "yes",
			    "trip.departure_date", "2026-12-03");
	/* not a foreign passport: no regime judged, and not "a visa" either
	 * but the permit (test_not_foreign.c) */
	cr_assert_null(way_of(&v, "gba_group"));
	assert_reasons(v, "not_foreign_passport");
	cr_assert_str_eq(way_in_id(&v), "permit");
}

/* ---- the history corrected (regimes-2026.md 4) ---- */

Test(regimes, ports_designated_before_2023_work_from_the_first_day)
{
	static const char *const ports[][2] = {
		{"beijing_west_railway", "beijing_tianjin_hebei"},
		{"tianjin_cruise", "beijing_tianjin_hebei"},
		{"shanghai_port_cruise", "shanghai_jiangsu_zhejiang"},
		{"qingdao_port", "shandong"},
		{"xiamen_port", "xiamen"},
	};
	for (size_t i = 0; i < 5; i++) {
		ed_verdict v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
				    "trip.entry_port", ports[i][0], "trip.entry_date", "2023-01-08",
				    "trip.departure_date", "2023-01-10");
		assert_outcome(v, "eligible");
		cr_assert_str_eq(v.entry->area->id, ports[i][1], "%s", ports[i][0]);
	}
}

Test(regimes, seven_cruise_ports_from_2024_05_15)
{
	static const char *const ports[] = {
		"dalian_cruise", "lianyungang_cruise", "wenzhou_cruise", "zhoushan_cruise",
		"guangzhou_cruise", "shenzhen_cruise", "beihai_cruise",
	};
	for (size_t i = 0; i < 7; i++) {
		ed_verdict v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
				    "trip.entry_port", ports[i], "trip.entry_date", "2024-05-14",
				    "trip.departure_date", "2024-05-16");
		assert_reasons(v, "entry_port");
		v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
			 "trip.entry_port", ports[i], "trip.entry_date", "2024-05-15",
			 "trip.departure_date", "2024-05-16");
		cr_expect_neq(v.outcome, OUTCOME_NOT_ELIGIBLE, "%s", ports[i]);
		cr_assert_str_eq(verdict_scheme_id(&v), "144h");
	}
	/* Beihai's area is not stated: to confirm */
	ed_verdict v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
			    "trip.entry_port", "beihai_cruise", "trip.entry_date", "2024-05-15",
			    "trip.departure_date", "2024-05-16");
	assert_reviews(v, "area_uncertain");
	/* under 240h the cruise ports are likely among the unnamed ones */
	v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
		 "trip.entry_port", "dalian_cruise", "trip.entry_date", "2025-01-10",
		 "trip.departure_date", "2025-01-12");
	assert_outcome(v, "review");
	assert_reviews(v, "entry_port_unlisted,exit_port_unlisted");
}

Test(regimes, guangdong_144h_exit_through_its_land_ports)
{
	static const char *const exits[] = {
		"lo_wu", "futian", "huanggang", "shenzhen_bay", "hzmb", "liantang",
	};
	for (size_t i = 0; i < 6; i++) {
		ed_verdict v = TRIP("traveller.nationality", "USA", "trip.destination", "HKG",
				    "trip.entry_port", "CAN", "trip.exit_port", exits[i],
				    "trip.entry_date", "2023-06-01", "trip.departure_date", "2023-06-05");
		assert_outcome(v, "eligible");
		assert_reasons(v, "");
	}
	/* an exit port only: not an entry port */
	ed_verdict v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
			    "trip.arriving_from", "HKG", "trip.entry_port", "lo_wu",
			    "trip.entry_date", "2023-06-01", "trip.departure_date", "2023-06-05");
	assert_reasons(v, "entry_port");
	/* and only for Guangdong's area */
	v = TRIP("traveller.nationality", "USA", "trip.destination", "HKG",
		 "trip.entry_port", "PVG", "trip.exit_port", "lo_wu",
		 "trip.entry_date", "2023-06-01", "trip.departure_date", "2023-06-05");
	assert_reasons(v, "exit_port");
	/* through 2024-12-16, the last day of 144h */
	v = TRIP("traveller.nationality", "USA", "trip.destination", "HKG",
		 "trip.entry_port", "SZX", "trip.exit_port", "futian",
		 "trip.entry_date", "2024-12-16", "trip.departure_date", "2024-12-18");
	assert_outcome(v, "eligible");
}

Test(regimes, policy_that_decided_is_on_the_slip)
{
	/* 240h cites the 240-hour policy, not only the Guangdong change */
	ed_verdict v = TRIP("traveller.nationality", "USA", "trip.destination", "JPN",
			    "trip.entry_date", "2026-03-01", "trip.departure_date", "2026-03-05");
	char *slip = slip_render(&A, &v, &R, A.date);
	cr_assert(slip);
	cr_expect(has_words(slip, "240-hour visa-free transit. Source: NIA announcement of"),
		  "%s", slip);
	free(slip);
	/* the German: the unilateral version's own source */
	v = TRIP(NULL, NULL);
	slip = slip_render(&A, &v, &R, A.date);
	cr_assert(slip);
	cr_expect(has_words(slip, "May enter without a visa: 30-day visa-free entry (unilateral policy)"),
		  "%s", slip);
	cr_expect(has_words(slip, "Source: Unilateral"), "%s", slip);
	cr_expect_null(strstr(slip, "A visa is needed"), "%s", slip);
	free(slip);
}

Test(regimes, a_refusal_says_what_failed_and_no_registration_reminder)
{
	/* 35 days: over the 30 */
	ed_verdict v = TRIP("trip.departure_date", "2027-01-04");
	char *slip = slip_render(&A, &v, &R, A.date);
	cr_assert(slip);
	cr_expect(strstr(slip, "A visa is needed"), "%s", slip);
	cr_expect(has_words(slip, "30-day visa-free entry (unilateral policy) does not apply: - A stay of 35 days is over 30 days"), "%s", slip);
	cr_expect_null(strstr(slip, "register at the local police"), "%s", slip);
	free(slip);
}

Test(regimes, the_wizard_rules_nothing_out_while_another_way_lets_in)
{
	/* a German on a round trip fails transit, but not unilateral entry:
	 * the wizard must not say "already not eligible" */
	ed_date today = {2026, 11, 29};
	build(FLOW_TRANSIT, ROUND, NULL);
	cr_assert_eq(verdict_rule_out(FLOW_TRANSIT, &RAW, &R, today), 0u);
	/* an Indian on the same trip: nationality rules transit out, and no
	 * other regime lets him in */
	build(FLOW_TRANSIT, ROUND, (const char *[]){"traveller.nationality", "IND", NULL});
	cr_assert(verdict_rule_out(FLOW_TRANSIT, &RAW, &R, today) & (1u << R_NATIONALITY));
}
