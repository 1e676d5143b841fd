#!/usr/bin/env bash
# No wrong advice (issue 15), in the real wizard at 80x24: an expired
# passport opens no way in (the screen says renew it first, as `check`
# does on the answers the wizard saved); a 24-hour direct transit whose
# times were left out is asked for them by F8, not told "a visa is needed".
. "$(dirname "$0")/lib.sh"

ED_COLS=80
ED_ROWS=24
ED_TODAY=2026-12-03

# screen 1 and 2 of a trip: NAT EXPIRY FROM PORT ENTRY TO DEPARTURE (times
# left out), then screens 3 and 4 as they stand, and PgDn for the verdict
trip_to_verdict() {
	start
	open_transit
	type_text "$1"
	wait_for "$1 "
	send Enter
	type_text "$2"
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	field "$3"
	field "$4"
	field "$5"
	field "$6"
	type_text "$7"
	send NPage
	wait_for "Visa-free entry or transit · screen 3 of 4"
	send NPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	send NPage
}

# saved_check_says FILE LINE: F2 saves the answers in FILE, and `check`
# on them says LINE, as the screen did
saved_check_says() {
	save_answers "$1"
	"$ED_BIN" --rules "$ED_ROOT/rules.ini" check --format ini "$1" >"$ED_T/out" ||
		fail "check refused the saved answers: $(cat "$ED_T/out")"
	grep -qx "$2" "$ED_T/out" || fail "check says otherwise: $(grep way_in "$ED_T/out")"
}

expired_passport_renew_first() {
	trip_to_verdict DEU 2026-12-05 DEU PEK 2026-12-10 DEU 2026-12-20
	wait_for "NOT ELIGIBLE: renew the passport first"
	assert_not_screen "ELIGIBLE: 30-day"
	assert_not_screen "a visa is needed"
	saved_check_says "$ED_T/expired.ini" "way_in = renew_passport"
}

# a passport out of date on the check day is said at its field at once,
# before the trip is typed: the agent need not answer four screens to hear
# it (the day before the check: said; the check day itself: not)
expired_passport_said_at_its_field() {
	start
	open_transit
	type_text USA
	wait_for "United States"
	type_text 2026-12-02
	wait_for "Wednesday 2 December 2026"
	wait_for "the passport expired on"
	assert_screen "renew it first; no way in with it."
	# a full date moved on by itself: back to it, and the check day
	send BTab
	wait_cursor_on "Passport expiry date"
	send C-u
	type_text 2026-12-03
	wait_for "Thursday 3 December 2026"
	wait_gone "the passport expired on"
}

times_decide_are_asked_for() {
	trip_to_verdict IND 2031-02-28 ARE CAN 2026-12-10 AUS 2026-12-11
	# the verdict first asks for the time that decides, on its field
	wait_for "The times decide"
	assert_cursor_on "Entry time"
	assert_not_screen "a visa is needed"
	# given both times, 14 hours apart: the 24-hour direct transit
	type_text 20:00
	send Tab Tab
	type_text 10:00
	send F8
	wait_for "ELIGIBLE: 24-hour direct transit"
	assert_not_screen "a visa is needed"
}

times_left_out_are_a_point_to_confirm() {
	trip_to_verdict IND 2031-02-28 ARE CAN 2026-12-10 AUS 2026-12-11
	wait_for "The times decide"
	# the agent does not know them: F8 again judges without them
	send F8
	wait_for "CONFIRM WITH BORDER INSPECTION: 24-hour direct transit"
	assert_not_screen "a visa is needed"
}

# a Hong Kong passport (HKG, rules.ini [rules] not_foreign) is no foreign
# visitor's: no visa-free regime and no "a visa is needed", but the permit,
# on the screen and in check on the answers the wizard saved
hong_kong_passport_the_permit() {
	trip_to_verdict HKG 2031-05-31 HKG SZX 2026-12-10 JPN 2026-12-12
	wait_for "NOT FOR THESE REGIMES: not a foreign passport"
	assert_not_screen "a visa is needed"
	assert_not_screen "ELIGIBLE: 240-hour"
	saved_check_says "$ED_T/hk.ini" "way_in = permit"
}

run "an expired passport: renew it first, on screen and in check" expired_passport_renew_first
run "a Hong Kong passport: the permit, never a visa nor a regime" hong_kong_passport_the_permit
run "a passport expired before the check day is said at its field at once" expired_passport_said_at_its_field
run "the 24-hour transit's times are asked for when they decide" times_decide_are_asked_for
run "times left out are a point to confirm, never a visa" times_left_out_are_a_point_to_confirm
finish
