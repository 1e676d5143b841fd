/* The e-pass verdict against the real rules.ini: every reason code and its
 * boundary, the validity that never outlasts the permit, the monthly
 * limit, and the early rule-out the wizard shows. */
#include "core/early.h"
#include "verdict_helpers.h"

static const char *BASE[] = {
	"check.flow", "epass",
	"check.date", "2025-04-01",
	"traveller.name", "CHAN TAI MAN",
	"traveller.residence", "HKG",
	"traveller.permit_number", "H12345678",
	"traveller.permit_expiry", "2030-01-01",
	"traveller.permit_status", "lost",
	"traveller.mobile", "+86 138 0013 8000",
	"traveller.applications_this_month", "0",
	"trip.purpose", "domestic_travel",
	"trip.verification_code", "yes",
	"trip.face_check", "yes",
	NULL,
};

#define CHECK(...) run_check(FLOW_EPASS, BASE, (const char *[]){__VA_ARGS__, NULL})

TestSuite(epass, .init = verdict_setup, .fini = verdict_teardown);

Test(epass, eligible_for_seven_days_counting_the_issue_day)
{
	ed_verdict v = CHECK(NULL);
	char buf[16];
	assert_outcome(v, "eligible");
	assert_reasons(v, "");
	date_format(v.valid_from, buf, sizeof buf);
	cr_assert_str_eq(buf, "2025-04-01");
	assert_moment(v.valid_until, "2025-04-07 24:00");
	cr_assert_eq(v.applications_left, 1);
}

Test(epass, validity_across_year_end_and_leap_day)
{
	ed_verdict v = CHECK("check.date", "2025-12-28");
	assert_moment(v.valid_until, "2026-01-03 24:00");
	v = CHECK("check.date", "2028-02-25");
	assert_moment(v.valid_until, "2028-03-02 24:00");
}

Test(epass, available_from_20_march_2025)
{
	ed_verdict v = CHECK("check.date", "2025-03-19");
	assert_reasons(v, "not_yet_available");
	assert_outcome(v, "not_eligible");
	v = CHECK("check.date", "2025-03-20");
	assert_outcome(v, "eligible");
}

Test(epass, residence_outside_hong_kong_macao_taiwan)
{
	ed_verdict v = CHECK("traveller.residence", "SGP");
	assert_reasons(v, "residence");
}

Test(epass, all_three_residences_with_their_permit_forms)
{
	ed_verdict v = CHECK("traveller.residence", "MAC", "traveller.permit_number", "M12345678");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.residence", "MAC", "traveller.permit_number", "M1234567890");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.residence", "MAC", "traveller.permit_number", "MA1234567");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.residence", "TWN", "traveller.permit_number", "12345678");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.permit_number", "HA1234567");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.permit_number", "h 1234 5678");
	assert_outcome(v, "eligible");
}

Test(epass, permit_number_that_does_not_match_the_residence)
{
	ed_verdict v = CHECK("traveller.permit_number", "H1234567");
	assert_reasons(v, "permit_number");
	v = CHECK("traveller.permit_number", "H123456789");
	assert_reasons(v, "permit_number");
	v = CHECK("traveller.residence", "TWN");
	assert_reasons(v, "permit_number");
	v = CHECK("traveller.residence", "MAC");
	assert_reasons(v, "permit_number");
	v = CHECK("traveller.residence", "MAC", "traveller.permit_number", "A1234567890");
	assert_reasons(v, "permit_number");
}

Test(epass, permit_with_the_traveller_needs_no_pass)
{
	ed_verdict v = CHECK("traveller.permit_status", "with_traveller");
	assert_reasons(v, "permit_with_traveller");
}

Test(epass, damaged_and_not_carried_qualify)
{
	ed_verdict v = CHECK("traveller.permit_status", "damaged");
	assert_outcome(v, "eligible");
	v = CHECK("traveller.permit_status", "not_carried");
	assert_outcome(v, "eligible");
}

Test(epass, expired_permit)
{
	ed_verdict v = CHECK("traveller.permit_status", "expired");
	assert_reasons(v, "permit_expired");
	/* stated lost, but its date has passed: the pass cannot outlast it */
	v = CHECK("traveller.permit_expiry", "2025-03-31");
	assert_reasons(v, "permit_expired");
}

Test(epass, pass_ends_with_the_permit)
{
	ed_verdict v = CHECK("traveller.permit_expiry", "2025-04-01");
	assert_outcome(v, "eligible");
	assert_moment(v.valid_until, "2025-04-01 24:00");
	v = CHECK("traveller.permit_expiry", "2025-04-03");
	assert_moment(v.valid_until, "2025-04-03 24:00");
	v = CHECK("traveller.permit_expiry", "2025-04-07");
	assert_moment(v.valid_until, "2025-04-07 24:00");
	v = CHECK("traveller.permit_expiry", "2025-04-08");
	assert_moment(v.valid_until, "2025-04-07 24:00");
}

Test(epass, two_applications_a_month)
{
	ed_verdict v = CHECK("traveller.applications_this_month", "1");
	assert_outcome(v, "eligible");
	cr_assert_eq(v.applications_left, 0);
	v = CHECK("traveller.applications_this_month", "2");
	assert_reasons(v, "monthly_limit");
	cr_assert_eq(v.applications_left, 0);
}

Test(epass, mainland_mobile_numbers_only)
{
	const char *good[] = {"13800138000", "8613800138000", "+8613800138000",
			      "+86 139-0000-0000", "19912345678"};
	const char *bad[] = {"12800138000", "1380013800", "138001380001", "85291234567",
			     "+85291234567", "23800138000", "+87 13800138000"};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		ed_verdict v = CHECK("traveller.mobile", good[i]);
		cr_assert_eq(v.outcome, OUTCOME_ELIGIBLE, "%s should be accepted", good[i]);
	}
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		ed_verdict v = CHECK("traveller.mobile", bad[i]);
		cr_assert(verdict_has(&v, R_MOBILE_NUMBER), "%s should be refused", bad[i]);
	}
}

Test(epass, verification_needs_sms_code_and_face_check)
{
	ed_verdict v = CHECK("trip.verification_code", "no");
	assert_reasons(v, "verification");
	v = CHECK("trip.face_check", "no");
	assert_reasons(v, "verification");
}

Test(epass, crossing_the_boundary_is_not_covered)
{
	ed_verdict v = CHECK("trip.purpose", "border_crossing");
	assert_reasons(v, "border_crossing");
}

Test(epass, every_failing_condition_is_listed)
{
	ed_verdict v = CHECK("check.date", "2025-03-01", "traveller.permit_status", "with_traveller",
			     "traveller.applications_this_month", "2", "traveller.mobile", "91234567",
			     "traveller.permit_number", "X1", "trip.face_check", "no",
			     "trip.purpose", "border_crossing");
	assert_reasons(v, "not_yet_available,permit_with_traveller,monthly_limit,mobile_number,"
			  "permit_number,verification,border_crossing");
}

Test(epass, rule_out_on_partial_answers)
{
	unsigned r;
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2025-04-01",
					   "traveller.permit_status", "with_traveller", NULL}, NULL);
	r = verdict_rule_out(FLOW_EPASS, &RAW, &R, (ed_date){2025, 4, 1});
	cr_assert_eq(r, 1u << R_PERMIT_WITH_TRAVELLER);
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2025-04-01",
					   "traveller.residence", "HKG", NULL}, NULL);
	r = verdict_rule_out(FLOW_EPASS, &RAW, &R, (ed_date){2025, 4, 1});
	cr_assert_eq(r, 0, "nothing answered rules it out yet");
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2025-04-01",
					   "traveller.applications_this_month", "2",
					   "trip.purpose", "border_crossing", NULL}, NULL);
	r = verdict_rule_out(FLOW_EPASS, &RAW, &R, (ed_date){2025, 4, 1});
	cr_assert_eq(r, 1u << R_MONTHLY_LIMIT | 1u << R_BORDER_CROSSING);
}

Test(epass, rule_out_transit_once_no_way_in_is_left)
{
	unsigned r;
	build(FLOW_TRANSIT, (const char *[]){"check.flow", "transit", "traveller.nationality", "IND",
					     "trip.entry_date", "2023-01-01",
					     "trip.departure_date", "2023-01-05", NULL}, NULL);
	r = verdict_rule_out(FLOW_TRANSIT, &RAW, &R, (ed_date){2023, 1, 1});
	cr_assert_eq(r, 1u << R_NATIONALITY);
}

/* one reading of step 5 for the wizard and `check`: no password, no pass */
Test(epass, the_password_of_step_5)
{
	ed_verdict v = CHECK("trip.password_set", "no");
	assert_outcome(v, "not_eligible");
	assert_reasons(v, "password_not_set");
	v = CHECK("trip.password_set", "yes");
	assert_outcome(v, "eligible");
	v = CHECK(NULL);
	assert_outcome(v, "eligible"); /* not asked: step 6 done speaks for step 5 */
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2025-04-01",
					   "trip.password_set", "no", NULL}, NULL);
	cr_assert_eq(verdict_rule_out(FLOW_EPASS, &RAW, &R, (ed_date){2025, 4, 1}),
		     1u << R_PASSWORD_NOT_SET, "the wizard can say it at step 5");
}

/* the e-pass cannot bring anyone in: where is the traveller now? */
Test(epass, a_traveller_outside_the_mainland_cannot_use_it_to_come_in)
{
	static const char *const outside[] = {"hong_kong_macao", "taiwan", "elsewhere"};
	ed_verdict v = CHECK("trip.location_now", "mainland");
	assert_outcome(v, "eligible");
	for (size_t i = 0; i < 3; i++) {
		v = CHECK("trip.location_now", outside[i]);
		assert_outcome(v, "not_eligible");
		assert_reasons(v, "not_in_mainland");
	}
	v = CHECK(NULL);
	assert_outcome(v, "eligible"); /* not asked: nothing said */
	build(FLOW_EPASS, (const char *[]){"check.flow", "epass", "check.date", "2025-04-01",
					   "trip.location_now", "hong_kong_macao", NULL}, NULL);
	cr_assert_eq(verdict_rule_out(FLOW_EPASS, &RAW, &R, (ed_date){2025, 4, 1}),
		     1u << R_NOT_IN_MAINLAND, "a refusal certain from the first answer");
}
