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

expired_passport_renew_first() {
	trip_to_verdict DEU 2026-12-05 DEU PEK 2026-12-10 DEU 2026-12-20
	wait_for "NOT ELIGIBLE: renew the passport first"
	assert_not_screen "ELIGIBLE: 30-day"
	assert_not_screen "a visa is needed"
	save_answers "$ED_T/expired.ini"
	"$ED_BIN" --rules "$ED_ROOT/rules.ini" check --format ini "$ED_T/expired.ini" >"$ED_T/out" ||
		fail "check refused the saved answers: $(cat "$ED_T/out")"
	grep -qx "way_in = renew_passport" "$ED_T/out" ||
		fail "check says otherwise: $(grep way_in "$ED_T/out")"
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

run "an expired passport: renew it first, on screen and in check" expired_passport_renew_first
run "a passport expired before the check day is said at its field at once" expired_passport_said_at_its_field
run "the 24-hour transit's times are asked for when they decide" times_decide_are_asked_for
run "times left out are a point to confirm, never a visa" times_left_out_are_a_point_to_confirm
finish
