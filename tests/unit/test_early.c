/* Early verdicts: "not eligible" before the end only when no way in can
 * apply whatever the remaining answers (the 24-hour direct transit
 * included). The case of issue 10: an Indian transiting Guangzhou the same
 * day is told "not eligible" after the departure time, though the full
 * check gives the 24-hour direct transit. */
#include "verdict_helpers.h"

#include "core/early.h"

TestSuite(early, .init = verdict_setup, .fini = verdict_teardown);

/* an Indian passport through Guangzhou, answers in the wizard's order */
static const char *INDIAN_SAME_DAY[] = {
	"check.flow", "transit",
	"traveller.nationality", "IND",
	"traveller.passport_expiry", "2030-01-01",
	"trip.arriving_from", "THA",
	"trip.entry_port", "CAN",
	"trip.entry_date", "2026-12-05",
	"trip.entry_time", "08:00",
	"trip.destination", "USA",
	"trip.departure_date", "2026-12-05",
	"trip.departure_time", "22:00",
	NULL,
};

static const ed_date TODAY = {2026, 11, 29};

static unsigned rule_out(const char **changes)
{
	build(FLOW_TRANSIT, INDIAN_SAME_DAY, changes);
	return verdict_rule_out(FLOW_TRANSIT, &RAW, &R, TODAY);
}

#define RULE_OUT(...) rule_out((const char *[]){__VA_ARGS__, NULL})

Test(early, the_direct_transit_keeps_a_same_day_transit_open)
{
	cr_assert_eq(rule_out(NULL), 0, "the 24-hour direct transit may still apply");
	/* and the full check agrees: eligible for the direct transit */
	{
		ed_verdict v = run_check(FLOW_TRANSIT, INDIAN_SAME_DAY,
					 (const char *[]){"trip.seat_confirmed", "yes",
							  "history.visa_refusal_stamp", "no",
							  "history.immigration_violation", "no", NULL});
		cr_assert_eq(v.outcome, OUTCOME_ELIGIBLE);
		cr_assert(v.direct_transit);
	}
}

/* each answer that closes the direct transit too: now it may be said */
Test(early, not_eligible_once_the_direct_transit_is_closed_as_well)
{
	const unsigned nat = 1u << R_NATIONALITY;
	cr_assert_eq(RULE_OUT("trip.seat_confirmed", "no") & nat, nat, "no seat: no way in");
	cr_assert_eq(RULE_OUT("trip.departure_date", "2026-12-07", "trip.departure_time", ""),
		     nat, "more than a day later, whatever the times");
	cr_assert_eq(RULE_OUT("trip.departure_date", "2026-12-06", "trip.departure_time", "08:01"),
		     nat, "24 hours and a minute");
	cr_assert_eq(RULE_OUT("trip.departure_date", "2026-12-06", "trip.departure_time", "08:00"),
		     0, "24 hours exactly is still the direct transit");
	cr_assert_eq(RULE_OUT("trip.destination", "THA") & nat, nat, "back where they came from");
	cr_assert_eq(RULE_OUT("trip.exit_port", "PEK"), nat, "leaving by another airport");
	cr_assert_eq(RULE_OUT("traveller.passport_expiry", "2026-12-04"),
		     1u << R_PASSPORT_EXPIRED,
		     "passport expired before the departure: that alone, nothing else is worth saying");
}

/* answers not yet given keep every way in open */
Test(early, unknown_answers_keep_the_direct_transit_open)
{
	cr_assert_eq(RULE_OUT("trip.departure_date", "", "trip.departure_time", ""), 0);
	cr_assert_eq(RULE_OUT("trip.entry_time", "", "trip.departure_time", ""), 0);
	cr_assert_eq(RULE_OUT("trip.destination", "", "trip.arriving_from", ""), 0);
	cr_assert_eq(RULE_OUT("trip.entry_port", ""), 0);
	/* the next day, time unknown: a time within 24 hours may still come */
	cr_assert_eq(RULE_OUT("trip.departure_date", "2026-12-06", "trip.departure_time", ""), 0);
	cr_assert_eq(RULE_OUT("trip.entry_time", "", "trip.departure_date", "2026-12-06"), 0);
}

/* a listed nationality: the scheme decides, the direct transit aside */
Test(early, each_way_in_answers_for_itself)
{
	ed_partial p;
	build(FLOW_TRANSIT, INDIAN_SAME_DAY, NULL);
	partial_build(FLOW_TRANSIT, &RAW, &R, TODAY, &p);
	cr_assert_eq(scheme_fails_already(&p, &R), 1u << R_NATIONALITY);
	cr_assert(direct_can_apply(&p, &R));
	build(FLOW_TRANSIT, INDIAN_SAME_DAY,
	      (const char *[]){"traveller.nationality", "DEU", "trip.departure_date", "2026-12-09",
			       NULL});
	partial_build(FLOW_TRANSIT, &RAW, &R, TODAY, &p);
	cr_assert_eq(scheme_fails_already(&p, &R), 0);
	cr_assert_not(direct_can_apply(&p, &R));
	cr_assert_eq(verdict_rule_out(FLOW_TRANSIT, &RAW, &R, TODAY), 0);
	cr_assert_str_eq(transit_ways_in[0].id, "scheme");
	cr_assert_str_eq(transit_ways_in[1].id, "direct_transit");
}

/* a refusal slip needs only what was answered: the monthly limit known on
 * the first screen decides, with nothing invented for the rest */
Test(early, an_epass_refusal_from_the_first_answers)
{
	ed_partial p;
	ed_verdict v;
	const ed_date day = {2026, 11, 29};
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2026-11-29",
					   "traveller.residence", "HKG",
					   "traveller.permit_status", "lost", NULL}, NULL);
	cr_assert_not(epass_refusal_so_far(&RAW, &R, day, &p, &v), "nothing decides yet");
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2026-11-29",
					   "traveller.residence", "HKG",
					   "traveller.permit_status", "lost",
					   "traveller.applications_this_month", "2", NULL}, NULL);
	cr_assert(epass_refusal_so_far(&RAW, &R, day, &p, &v));
	cr_assert_eq(v.outcome, OUTCOME_NOT_ELIGIBLE);
	cr_assert_eq(v.reasons, 1u << R_MONTHLY_LIMIT, "only what the answers decide");
	cr_assert(p.known[AK_APPLICATIONS] && p.known[AK_RESIDENCE]);
	cr_assert_not(p.known[AK_MOBILE] || p.known[AK_PERMIT_NUMBER] || p.known[AK_FACE_CHECK],
		      "the slip can tell what was not answered");
}

/* issue 16: a Taiwan resident outside the Mainland who has used no pass
 * this month was told "Applications left: 0 more"; check says 2 */
Test(early, an_epass_refusal_keeps_the_applications_left)
{
	ed_partial p;
	ed_verdict v;
	const ed_date day = {2026, 11, 29};
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2026-11-29",
					   "traveller.residence", "TWN",
					   "traveller.permit_status", "lost",
					   "traveller.applications_this_month", "0",
					   "trip.location_now", "taiwan", NULL}, NULL);
	cr_assert(epass_refusal_so_far(&RAW, &R, day, &p, &v));
	cr_assert(v.reasons & (1u << R_NOT_IN_MAINLAND));
	cr_assert_eq(v.applications_left, 2);
}

/* issue 16: the itinerary preview said "scheme 240h ... 24 provinces" to a
 * German on a round trip (the way in is the 30-day entry) and to an Indian
 * (who cannot use 240h): the preview is the traveller's own way so far */
Test(early, the_preview_is_the_travellers_way_in_so_far)
{
	const ed_date day = {2026, 12, 3};
	ed_partial p;
	ed_verdict v;
	const char *trip[] = {"check.flow", "transit", "check.date", "2026-12-03",
			      "trip.entry_port", "PEK", "trip.entry_date", "2026-12-10", NULL};

	build(FLOW_TRANSIT, trip, NULL);
	partial_build(FLOW_TRANSIT, &RAW, &R, day, &p);
	cr_assert_not(preview_way_in(&p, &R, &v), "no nationality: the port's scheme only");
	build(FLOW_TRANSIT, trip, (const char *[]){"traveller.nationality", "DEU",
		"trip.arriving_from", "DEU", "trip.destination", "DEU", NULL});
	partial_build(FLOW_TRANSIT, &RAW, &R, day, &p);
	cr_assert(preview_way_in(&p, &R, &v));
	cr_assert_str_eq(verdict_way_in(&v)->regime->id, "unilateral");
	assert_moment(verdict_way_in(&v)->until, "2027-01-08 24:00");
	build(FLOW_TRANSIT, trip, (const char *[]){"traveller.nationality", "IND", NULL});
	partial_build(FLOW_TRANSIT, &RAW, &R, day, &p);
	cr_assert(preview_way_in(&p, &R, &v));
	cr_assert_str_eq(verdict_way_in(&v)->regime->id, "24h");
	build(FLOW_TRANSIT, trip, (const char *[]){"traveller.nationality", "USA",
		"trip.arriving_from", "USA", "trip.destination", "USA", NULL});
	partial_build(FLOW_TRANSIT, &RAW, &R, day, &p);
	cr_assert(preview_way_in(&p, &R, &v));
	cr_assert_null(verdict_way_in(&v));
}

/* A Hong Kong code or a Chinese passport: no foreign passport, said as
 * soon as the nationality is in (no entry date needed: no version of any
 * rule changes it), as the complete check says */
Test(early, no_foreign_passport_from_the_nationality_alone)
{
	static const char *ONLY_NATIONALITY[] = { "check.flow", "transit",
						  "traveller.nationality", "HKG", NULL };
	const unsigned bit = 1u << R_NOT_FOREIGN_PASSPORT;

	build(FLOW_TRANSIT, ONLY_NATIONALITY, (const char *[]){ NULL });
	cr_assert_eq(verdict_rule_out(FLOW_TRANSIT, &RAW, &R, TODAY), bit);
	cr_assert_eq(RULE_OUT("traveller.nationality", "CHN"), bit);
	cr_assert_neq(RULE_OUT("traveller.nationality", "GBR") & bit, bit);
}
