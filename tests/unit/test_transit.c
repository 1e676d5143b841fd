/* The transit verdict against the real rules.ini: the seed's worked
 * example, every reason code and its boundary, the 24-hour fallback, exit
 * through another city, and the dated versions up to the 240-hour policy. */
#include "core/transit.h"
#include "verdict_helpers.h"

/* the seed's example moved past the suspension (regimes-2026.md 4): enter
 * Shanghai 2023-01-10 under 144h; the seed's own date is tested apart */
static const char *SEED[] = {
	"check.flow", "transit",
	"check.date", "2023-01-10",
	"traveller.name", "SMITH, JOHN",
	"traveller.nationality", "USA",
	"traveller.passport_number", "123456789",
	"traveller.passport_expiry", "2030-06-30",
	"trip.arriving_from", "USA",
	"trip.entry_port", "PVG",
	"trip.entry_date", "2023-01-10",
	"trip.entry_time", "14:30",
	"trip.destination", "JPN",
	"trip.departure_date", "2023-01-15",
	"trip.departure_time", "10:00",
	"trip.seat_confirmed", "yes",
	"history.visa_refusal_stamp", "no",
	"history.immigration_violation", "no",
	NULL,
};

#define CHECK(...) run_check(FLOW_TRANSIT, SEED, (const char *[]){__VA_ARGS__, NULL})

TestSuite(transit, .init = verdict_setup, .fini = verdict_teardown);

Test(transit, seed_example_144h_until_7_january_24h_in_the_suspension)
{
	/* the seed's own date: the arithmetic stands, the policy was
	 * suspended until 2023-01-07 (regimes-2026.md 4) */
	ed_verdict v = CHECK("trip.entry_date", "2023-01-01", "trip.departure_date", "2023-01-06",
			     "check.date", "2023-01-01");
	assert_outcome(v, "review");
	assert_reviews(v, "policy_suspended");
	cr_assert_str_eq(verdict_scheme_id(&v), "144h");
	assert_moment(v.stay_from, "2023-01-02 00:00");
	assert_moment(v.deadline, "2023-01-07 24:00");
	assert_reasons(v, "");
	cr_assert_str_eq(v.version->v.section, "transit.suspended_2023");
	/* the last day of the suspension and the first day after it */
	v = CHECK("trip.entry_date", "2023-01-07", "trip.departure_date", "2023-01-08");
	assert_outcome(v, "review");
	assert_reviews(v, "policy_suspended");
	v = CHECK("trip.entry_date", "2023-01-08", "trip.departure_date", "2023-01-09");
	assert_outcome(v, "eligible");
	assert_reviews(v, "");
	/* a refusal stays a refusal: the suspension is one more point */
	v = CHECK("trip.entry_date", "2023-01-01", "trip.departure_date", "2023-01-06",
		  "traveller.nationality", "IND", "trip.departure_time", "");
	assert_outcome(v, "not_eligible");
}

Test(transit, seed_example_144h_arithmetic_after_the_suspension)
{
	ed_verdict v = CHECK(NULL);
	const ed_area *areas[4];
	assert_outcome(v, "eligible");
	cr_assert_str_eq(verdict_scheme_id(&v), "144h");
	assert_moment(v.stay_from, "2023-01-11 00:00");
	assert_moment(v.deadline, "2023-01-16 24:00");
	assert_reasons(v, "");
	cr_assert_eq(verdict_areas(&v, areas, 4), 1);
	cr_assert_str_eq(areas[0]->name, "Shanghai, Jiangsu and Zhejiang");
}

Test(transit, seventy_two_hours_at_changsha)
{
	ed_verdict v = CHECK("trip.entry_port", "CSX", "trip.entry_date", "2023-03-10",
			     "trip.departure_date", "2023-03-13", "check.date", "2023-03-10");
	assert_outcome(v, "eligible");
	cr_assert_str_eq(verdict_scheme_id(&v), "72h");
	assert_moment(v.deadline, "2023-03-13 24:00");
}

Test(transit, departure_on_deadline_day_at_2359_is_in_time)
{
	ed_verdict v = CHECK("trip.departure_date", "2023-01-16", "trip.departure_time", "23:59");
	assert_outcome(v, "eligible");
	v = CHECK("trip.departure_date", "2023-01-16", "trip.departure_time", "");
	assert_outcome(v, "eligible");
}

Test(transit, departure_the_day_after_the_deadline_fails)
{
	ed_verdict v = CHECK("trip.departure_date", "2023-01-17", "trip.departure_time", "00:00");
	assert_outcome(v, "not_eligible");
	assert_reasons(v, "departure_after_deadline");
	cr_assert_str_eq(verdict_scheme_id(&v), "none");
	/* the deadline it missed is still known for the slip */
	assert_moment(v.deadline, "2023-01-16 24:00");
}

Test(transit, deadline_across_month_and_year_end)
{
	ed_verdict v = CHECK("trip.entry_date", "2023-12-29", "trip.departure_date", "2024-01-04",
			     "traveller.nationality", "DEU");
	assert_moment(v.deadline, "2024-01-04 24:00");
	assert_outcome(v, "eligible");
	/* 2024 is a leap year: 144h from 2024-02-25 ends on the 29th... */
	v = CHECK("trip.entry_date", "2024-02-25", "trip.departure_date", "2024-03-02");
	assert_moment(v.deadline, "2024-03-02 24:00");
	/* ...and 2023 is not */
	v = CHECK("trip.entry_date", "2023-02-25", "trip.departure_date", "2023-03-03");
	assert_moment(v.deadline, "2023-03-03 24:00");
}

Test(transit, passport_valid_exactly_three_months_is_enough)
{
	ed_verdict v = CHECK("traveller.passport_expiry", "2023-04-10");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.passport_expiry", "2023-04-09");
	assert_reasons(v, "passport_validity");
}

Test(transit, passport_three_months_from_a_month_end)
{
	/* entry 2023-11-30 + 3 months = 2024-02-29 (policy.md section 1) */
	const char *base[] = {"trip.entry_date", "2023-11-30", "trip.departure_date", "2023-12-01"};
	ed_verdict v = CHECK(base[0], base[1], base[2], base[3],
			     "traveller.passport_expiry", "2024-02-29");
	assert_outcome(v, "eligible");
	v = CHECK(base[0], base[1], base[2], base[3], "traveller.passport_expiry", "2024-02-28");
	assert_reasons(v, "passport_validity");
}

Test(transit, nationality_not_on_the_list)
{
	ed_verdict v = CHECK("traveller.nationality", "IND");
	assert_reasons(v, "nationality");
	assert_outcome(v, "not_eligible");
}

Test(transit, norway_joins_on_17_november_2023)
{
	ed_verdict v = CHECK("traveller.nationality", "NOR", "trip.entry_date", "2023-11-16",
			     "trip.departure_date", "2023-11-18");
	assert_reasons(v, "nationality");
	v = CHECK("traveller.nationality", "NOR", "trip.entry_date", "2023-11-17",
		  "trip.departure_date", "2023-11-18");
	assert_outcome(v, "eligible");
}

Test(transit, seat_not_confirmed)
{
	ed_verdict v = CHECK("trip.seat_confirmed", "no");
	assert_reasons(v, "seat_not_confirmed");
}

Test(transit, third_country_rule)
{
	ed_verdict v = CHECK("trip.destination", "USA");
	assert_reasons(v, "not_third_country");
	v = CHECK("trip.arriving_from", "HKG", "trip.destination", "USA");
	assert_outcome(v, "eligible");
	v = CHECK("trip.arriving_from", "CHN");
	assert_reasons(v, "not_third_country");
	v = CHECK("trip.arriving_from", "HKG", "trip.destination", "MAC");
	assert_outcome(v, "eligible");
}

Test(transit, entry_port_without_a_scheme)
{
	ed_verdict v = CHECK("trip.entry_port", "URC", "trip.entry_time", "");
	assert_reasons(v, "entry_port");
	assert_outcome(v, "not_eligible");
	cr_assert_null(v.entry_port);
}

Test(transit, exit_through_another_city_of_the_same_area)
{
	ed_verdict v = CHECK("trip.exit_port", "NKG");
	const ed_port *ports[32];
	size_t n;
	assert_outcome(v, "eligible");
	n = verdict_exit_ports(&v, ports, 32);
	/* + Shanghai port's two cruise terminals, designated before 2023 */
	cr_assert_eq(n, 6, "Shanghai, Hangzhou, Ningbo, Nanjing, 2 cruise terminals: got %zu", n);
}

Test(transit, exit_through_a_city_of_another_area_fails)
{
	ed_verdict v = CHECK("trip.entry_port", "PEK", "trip.exit_port", "PVG");
	assert_reasons(v, "exit_port");
	/* a 72h city is another scheme */
	v = CHECK("trip.exit_port", "CSX");
	assert_reasons(v, "exit_port");
	/* a port no scheme knows */
	v = CHECK("trip.exit_port", "URC");
	assert_reasons(v, "exit_port");
}

Test(transit, refusal_stamp_and_violations)
{
	ed_verdict v = CHECK("history.visa_refusal_stamp", "yes");
	assert_reasons(v, "visa_refusal");
	v = CHECK("history.immigration_violation", "yes");
	assert_reasons(v, "immigration_violation");
}

Test(transit, every_failing_condition_is_listed)
{
	ed_verdict v = CHECK("traveller.nationality", "IND", "traveller.passport_expiry", "2023-02-01",
			     "trip.seat_confirmed", "no", "trip.destination", "USA",
			     "trip.exit_port", "PEK", "trip.departure_date", "2023-01-18",
			     "history.visa_refusal_stamp", "yes",
			     "history.immigration_violation", "yes");
	assert_reasons(v, "nationality,passport_validity,seat_not_confirmed,not_third_country,"
			  "exit_port,departure_after_deadline,visa_refusal,immigration_violation");
	assert_outcome(v, "not_eligible");
}

Test(transit, direct_transit_24h_when_the_scheme_fails)
{
	ed_verdict v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
			     "trip.departure_time", "14:30");
	assert_outcome(v, "eligible");
	cr_assert_str_eq(verdict_scheme_id(&v), "24h");
	cr_assert(v.direct_transit);
	/* the port's scheme failed, and says why */
	assert_reasons(v, "nationality");
	assert_moment(v.stay_from, "2023-01-10 14:30");
	assert_moment(v.deadline, "2023-01-11 14:30");
}

Test(transit, direct_transit_one_minute_late_fails)
{
	ed_verdict v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
			     "trip.departure_time", "14:31");
	assert_outcome(v, "not_eligible");
	cr_assert_str_eq(verdict_scheme_id(&v), "none");
}

Test(transit, direct_transit_needs_the_times_the_dates_leave_open_and_the_same_port)
{
	/* the next day without its time: the times decide (issue 15) */
	ed_verdict v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
			     "trip.departure_time", "");
	assert_outcome(v, "review");
	assert_reviews(v, "times_decide");
	v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
		  "trip.departure_time", "10:00", "trip.exit_port", "PEK");
	assert_outcome(v, "not_eligible");
	/* any nationality, at a port with no scheme at all */
	v = CHECK("traveller.nationality", "IND", "trip.entry_port", "URC",
		  "trip.departure_date", "2023-01-11", "trip.departure_time", "10:00");
	assert_outcome(v, "eligible");
	cr_assert_str_eq(verdict_scheme_id(&v), "24h");
}

Test(transit, direct_transit_needs_third_country_and_passport_through_departure)
{
	ed_verdict v = CHECK("traveller.nationality", "IND", "trip.destination", "USA",
			     "trip.departure_date", "2023-01-11", "trip.departure_time", "10:00");
	assert_outcome(v, "not_eligible");
	v = CHECK("traveller.nationality", "IND", "traveller.passport_expiry", "2023-01-10",
		  "trip.departure_date", "2023-01-11", "trip.departure_time", "10:00");
	assert_outcome(v, "not_eligible");
	v = CHECK("traveller.nationality", "IND", "traveller.passport_expiry", "2023-01-11",
		  "trip.departure_date", "2023-01-11", "trip.departure_time", "10:00");
	assert_outcome(v, "eligible");
}

Test(transit, direct_transit_is_one_airport_not_one_city)
{
	/* Pudong to Hongqiao leaves the port: that needs a permit (Art. 23) */
	ed_verdict v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
			     "trip.departure_time", "10:00", "trip.entry_port", "Pudong",
			     "trip.exit_port", "Hongqiao");
	assert_outcome(v, "not_eligible");
	v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
		  "trip.departure_time", "10:00", "trip.entry_port", "PKX", "trip.exit_port", "PEK");
	assert_outcome(v, "not_eligible");
	/* the same airport by code and by name */
	v = CHECK("traveller.nationality", "IND", "trip.departure_date", "2023-01-11",
		  "trip.departure_time", "10:00", "trip.entry_port", "PVG", "trip.exit_port", "pudong");
	assert_outcome(v, "eligible");
	cr_assert(v.direct_transit);
}

Test(transit, direct_transit_from_midnight_ends_at_24_00_the_same_day)
{
	ed_verdict v = CHECK("traveller.nationality", "IND", "trip.entry_time", "00:00",
			     "trip.departure_date", "2023-01-10", "trip.departure_time", "23:00");
	assert_outcome(v, "eligible");
	assert_moment(v.deadline, "2023-01-10 24:00");
}

Test(transit, the_144h_scheme_wins_over_24h_when_it_holds)
{
	ed_verdict v = CHECK("trip.departure_date", "2023-01-11", "trip.departure_time", "10:00");
	cr_assert_str_eq(verdict_scheme_id(&v), "144h");
	cr_assert_not(v.direct_transit);
}

/* the dated versions (issue 4) */

Test(transit, zhengzhou_from_15_july_2024)
{
	ed_verdict v = CHECK("trip.entry_port", "CGO", "trip.entry_date", "2024-07-14",
			     "trip.departure_date", "2024-07-16", "trip.entry_time", "");
	assert_reasons(v, "entry_port");
	v = CHECK("trip.entry_port", "CGO", "trip.entry_date", "2024-07-15",
		  "trip.departure_date", "2024-07-16");
	assert_outcome(v, "eligible");
	cr_assert_str_eq(verdict_scheme_id(&v), "144h");
}

Test(transit, two_hundred_forty_hours_from_17_december_2024)
{
	ed_verdict v = CHECK("trip.entry_date", "2024-12-16", "trip.departure_date", "2024-12-20");
	cr_assert_str_eq(verdict_scheme_id(&v), "144h");
	assert_moment(v.deadline, "2024-12-22 24:00");
	v = CHECK("trip.entry_date", "2024-12-17", "trip.departure_date", "2024-12-20");
	cr_assert_str_eq(verdict_scheme_id(&v), "240h");
	assert_moment(v.deadline, "2024-12-27 24:00");
}

Test(transit, two_hundred_forty_hour_deadline_is_entry_plus_ten_days)
{
	/* policy-since-2023.md: enter 2025-03-01, leave before 2025-03-11 24:00 */
	ed_verdict v = CHECK("trip.entry_date", "2025-03-01", "trip.departure_date", "2025-03-11",
			     "trip.departure_time", "23:59");
	assert_outcome(v, "eligible");
	assert_moment(v.stay_from, "2025-03-02 00:00");
	assert_moment(v.deadline, "2025-03-11 24:00");
	v = CHECK("trip.entry_date", "2025-03-01", "trip.departure_date", "2025-03-12");
	assert_reasons(v, "departure_after_deadline");
}

Test(transit, cross_province_exit_under_240h_not_under_144h)
{
	ed_verdict v = CHECK("trip.entry_date", "2025-03-01", "trip.departure_date", "2025-03-05",
			     "trip.exit_port", "CAN");
	const ed_area *areas[64];
	assert_outcome(v, "eligible");
	cr_assert_eq(verdict_areas(&v, areas, 64), 24);
	v = CHECK("trip.exit_port", "CAN");
	assert_reasons(v, "exit_port");
}

Test(transit, indonesia_joins_on_12_june_2025)
{
	ed_verdict v = CHECK("traveller.nationality", "IDN", "trip.entry_date", "2025-06-11",
			     "trip.departure_date", "2025-06-12", "trip.entry_time", "");
	assert_reasons(v, "nationality");
	v = CHECK("traveller.nationality", "IDN", "trip.entry_date", "2025-06-12",
		  "trip.departure_date", "2025-06-13");
	assert_outcome(v, "eligible");
}

Test(transit, purpose_counts_under_240h_only)
{
	ed_verdict v = CHECK("trip.entry_date", "2025-03-01", "trip.departure_date", "2025-03-05",
			     "trip.purpose", "work");
	assert_reasons(v, "purpose");
	v = CHECK("trip.entry_date", "2025-03-01", "trip.departure_date", "2025-03-05",
		  "trip.purpose", "tourism");
	assert_outcome(v, "eligible");
	v = CHECK("trip.purpose", "work");
	assert_outcome(v, "eligible");
}

Test(transit, unlisted_port_under_240h_is_to_be_confirmed)
{
	ed_verdict v = CHECK("trip.entry_port", "URC", "trip.entry_date", "2026-01-10",
			     "trip.departure_date", "2026-01-12");
	assert_outcome(v, "review");
	assert_reviews(v, "entry_port_unlisted,exit_port_unlisted");
	cr_assert_str_eq(verdict_scheme_id(&v), "240h");
	assert_moment(v.deadline, "2026-01-20 24:00");
}

Test(transit, unlisted_exit_port_under_240h_is_to_be_confirmed)
{
	ed_verdict v = CHECK("trip.entry_date", "2026-01-10", "trip.departure_date", "2026-01-12",
			     "trip.exit_port", "URC");
	assert_outcome(v, "review");
	assert_reviews(v, "exit_port_unlisted");
}

Test(transit, a_port_that_opens_later_is_not_an_unnamed_one)
{
	/* the bridge port joined on 2025-11-05: the day before it is no port */
	ed_verdict v = CHECK("trip.entry_port", "hzmb", "trip.entry_date", "2025-11-04",
			     "trip.departure_date", "2025-11-06", "trip.entry_time", "",
			     "trip.exit_port", "CAN");
	assert_outcome(v, "not_eligible");
	assert_reasons(v, "entry_port");
	v = CHECK("trip.entry_port", "hzmb", "trip.entry_date", "2025-11-05",
		  "trip.departure_date", "2025-11-06", "trip.exit_port", "CAN");
	assert_outcome(v, "eligible");
}

Test(transit, leaving_through_an_entry_only_port_is_to_be_confirmed)
{
	const ed_port *ports[128];
	size_t n;
	ed_verdict v = CHECK("trip.entry_port", "PEK", "trip.entry_date", "2026-01-10",
			     "trip.departure_date", "2026-01-12", "trip.exit_port", "hzmb",
			     "trip.destination", "HKG");
	assert_outcome(v, "review");
	assert_reviews(v, "exit_port_unlisted");
	/* and it is not offered as an exit */
	n = verdict_exit_ports(&v, ports, 128);
	for (size_t i = 0; i < n && i < 128; i++)
		cr_assert_str_neq(ports[i]->id, "hzmb");
}

Test(transit, uncertain_area_is_to_be_confirmed)
{
	/* Hunan's 240h area is carried over from the seed, not restated */
	ed_verdict v = CHECK("trip.entry_port", "CSX", "trip.entry_date", "2026-01-10",
			     "trip.departure_date", "2026-01-12");
	assert_outcome(v, "review");
	assert_reviews(v, "area_uncertain");
}

Test(transit, a_failing_condition_outweighs_a_point_to_confirm)
{
	ed_verdict v = CHECK("trip.entry_port", "URC", "trip.entry_date", "2026-01-10",
			     "trip.departure_date", "2026-01-12", "traveller.nationality", "IND",
			     "trip.entry_time", "");
	assert_outcome(v, "not_eligible");
	assert_reasons(v, "nationality");
}

Test(transit, airside_transfer_airports_as_of_the_entry_date)
{
	ed_verdict v = CHECK("trip.entry_date", "2024-01-10", "trip.departure_date", "2024-01-11",
			     "trip.entry_port", "PEK");
	cr_assert_null(v.airside);
	v = CHECK("trip.entry_date", "2024-01-11", "trip.departure_date", "2024-01-12",
		  "trip.entry_port", "PEK");
	cr_assert_not_null(v.airside);
	cr_assert(v.entry_airside);
	v = CHECK("trip.entry_date", "2025-11-04", "trip.departure_date", "2025-11-05",
		  "trip.entry_port", "TSN");
	cr_assert_not(v.entry_airside);
	v = CHECK("trip.entry_date", "2025-11-05", "trip.departure_date", "2025-11-06",
		  "trip.entry_port", "TSN");
	cr_assert(v.entry_airside);
	/* Hongqiao was never on the list, Pudong was */
	v = CHECK("trip.entry_date", "2025-11-05", "trip.departure_date", "2025-11-06",
		  "trip.entry_port", "SHA");
	cr_assert_not(v.entry_airside);
}

Test(transit, an_airport_by_its_name)
{
	ed_verdict v = CHECK("trip.entry_port", "Pudong", "trip.exit_port", "hongqiao");
	assert_outcome(v, "eligible");
	cr_assert_str_eq(v.entry_port->id, "shanghai");
	/* airside transfer is Pudong's, not Hongqiao's */
	v = CHECK("trip.entry_date", "2025-11-05", "trip.departure_date", "2025-11-06",
		  "trip.entry_port", "pudong");
	cr_assert(v.entry_airside);
	v = CHECK("trip.entry_date", "2025-11-05", "trip.departure_date", "2025-11-06",
		  "trip.entry_port", "Hongqiao");
	cr_assert_not(v.entry_airside);
}

Test(transit, preview_shows_scheme_and_deadline_from_port_and_date)
{
	ed_transit_preview p;
	cr_assert(transit_preview(&R, "pvg", (ed_date){2023, 1, 1}, &p));
	cr_assert_not_null(p.scheme);
	cr_assert_str_eq(p.scheme->id, "144h");
	assert_moment(p.deadline, "2023-01-07 24:00");
	cr_assert(transit_preview(&R, "URC", (ed_date){2023, 1, 1}, &p));
	cr_assert_null(p.scheme);
	cr_assert(transit_preview(&R, "URC", (ed_date){2026, 1, 1}, &p));
	cr_assert(p.unlisted);
	cr_assert_not(transit_preview(&R, "PVG", (ed_date){2000, 1, 1}, &p));
	/* the preview and the verdict agree on a port that opens later */
	cr_assert(transit_preview(&R, "hzmb", (ed_date){2025, 11, 4}, &p));
	cr_assert_null(p.scheme);
	cr_assert_not(p.unlisted);
}
