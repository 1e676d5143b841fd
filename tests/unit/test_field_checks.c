/* Checks across fields said at the field: which note, at which field, and
 * whether the value is refused. */
#include "verdict_helpers.h"

#include "core/field_checks.h"

TestSuite(field_checks, .init = verdict_setup, .fini = verdict_teardown);

static const char *TRIP[] = {
	"check.flow", "transit",
	"traveller.nationality", "DEU",
	"traveller.passport_expiry", "2030-01-01",
	"trip.entry_date", "2026-12-05",
	"trip.departure_date", "2026-12-08",
	NULL,
};

static const ed_date TODAY = {2026, 11, 29};
static ed_field_note N[FC_COUNT];

static size_t notes(ed_answer_key at, const char **changes)
{
	build(FLOW_TRANSIT, TRIP, changes);
	return field_checks(FLOW_TRANSIT, &RAW, &R, TODAY, at, N, FC_COUNT);
}

#define NOTES(at, ...) notes(at, (const char *[]){__VA_ARGS__, NULL})

static void assert_date_is(ed_date d, const char *want)
{
	char buf[16];
	date_format(d, buf, sizeof buf);
	cr_assert_str_eq(buf, want);
}

Test(field_checks, a_plain_trip_has_nothing_to_say)
{
	cr_assert_eq(notes(AK_COUNT, NULL), 0);
}

Test(field_checks, departure_before_entry_is_refused_at_the_field)
{
	cr_assert_eq(NOTES(AK_DEPARTURE_DATE, "trip.departure_date", "2026-12-04"), 1);
	cr_assert_eq(N[0].check, FC_DEPARTURE_BEFORE_ENTRY);
	cr_assert_str_eq(field_check_code(N[0].check), "departure_before_entry");
	cr_assert(N[0].refused);
	cr_assert_eq(N[0].at, AK_DEPARTURE_DATE);
	assert_date_is(N[0].first, "2026-12-04");
	assert_date_is(N[0].second, "2026-12-05");
	/* changing the entry date instead: said there */
	cr_assert_eq(NOTES(AK_ENTRY_DATE, "trip.departure_date", "2026-12-04"), 1);
	cr_assert_eq(N[0].at, AK_ENTRY_DATE);
	/* at another field, nothing */
	cr_assert_eq(NOTES(AK_NATIONALITY, "trip.departure_date", "2026-12-04"), 0);
	/* the same day is fine, a day later too */
	cr_assert_eq(NOTES(AK_COUNT, "trip.departure_date", "2026-12-05"), 0);
}

Test(field_checks, same_day_departure_time_before_the_entry_time)
{
	cr_assert_eq(NOTES(AK_DEPARTURE_TIME, "trip.departure_date", "2026-12-05",
			   "trip.entry_time", "14:00", "trip.departure_time", "13:59"), 1);
	cr_assert_eq(N[0].check, FC_DEPARTURE_TIME_BEFORE_ENTRY);
	cr_assert(N[0].refused);
	cr_assert_eq(NOTES(AK_DEPARTURE_TIME, "trip.departure_date", "2026-12-05",
			   "trip.entry_time", "14:00", "trip.departure_time", "14:00"), 0);
}

Test(field_checks, passport_expiring_before_the_departure_is_said_not_refused)
{
	cr_assert_eq(NOTES(AK_DEPARTURE_DATE, "traveller.passport_expiry", "2026-12-07"), 1);
	cr_assert_eq(N[0].check, FC_PASSPORT_EXPIRES_BEFORE_DEPARTURE);
	cr_assert_not(N[0].refused, "the verdict decides: it is a fact of the trip");
	assert_date_is(N[0].first, "2026-12-07");
	assert_date_is(N[0].second, "2026-12-08");
	cr_assert_eq(NOTES(AK_PASSPORT_EXPIRY, "traveller.passport_expiry", "2026-12-07"), 1);
	cr_assert_eq(N[0].at, AK_PASSPORT_EXPIRY);
	/* expiring on the departure day is not before it */
	cr_assert_eq(NOTES(AK_COUNT, "traveller.passport_expiry", "2026-12-08"), 0);
}

Test(field_checks, an_entry_before_the_check_date_is_allowed_but_said)
{
	cr_assert_eq(NOTES(AK_ENTRY_DATE, "trip.entry_date", "2026-11-28"), 1);
	cr_assert_eq(N[0].check, FC_ENTRY_BEFORE_CHECK_DATE);
	cr_assert_not(N[0].refused);
	assert_date_is(N[0].second, "2026-11-29");
	cr_assert_eq(NOTES(AK_ENTRY_DATE, "trip.entry_date", "2026-11-29"), 0, "today is fine");
	/* the check date of the answers counts, not the machine's */
	cr_assert_eq(NOTES(AK_ENTRY_DATE, "trip.entry_date", "2026-11-28",
			   "check.date", "2026-11-20"), 0);
}

Test(field_checks, the_epass_has_none_of_these)
{
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", NULL}, NULL);
	cr_assert_eq(field_checks(FLOW_EPASS, &RAW, &R, TODAY, AK_COUNT, N, FC_COUNT), 0);
}

/* a passport already out of date on the check day is said at its field
 * at once, before any date of the trip is in; the day before the check
 * is expired, the check day itself is not */
Test(field_checks, a_passport_expired_on_the_check_day_is_said_at_once)
{
	cr_assert_eq(NOTES(AK_PASSPORT_EXPIRY, "traveller.passport_expiry", "2026-11-28",
			   "trip.entry_date", "", "trip.departure_date", ""), 1);
	cr_assert_eq(N[0].check, FC_PASSPORT_EXPIRED);
	cr_assert_not(N[0].refused);
	assert_date_is(N[0].first, "2026-11-28");
	assert_date_is(N[0].second, "2026-11-29");
	/* with the trip's dates in, the one note, not also "before the departure" */
	cr_assert_eq(NOTES(AK_PASSPORT_EXPIRY, "traveller.passport_expiry", "2026-11-28"), 1);
	cr_assert_eq(N[0].check, FC_PASSPORT_EXPIRED);
	cr_assert_eq(NOTES(AK_PASSPORT_EXPIRY, "traveller.passport_expiry", "2026-11-29",
			   "trip.entry_date", "", "trip.departure_date", ""), 0);
}
