#!/usr/bin/env bash
# Issue 18, the counter's path walked as an agent walks it: the quick
# answer by nationality (start-screen choice 5, `entrydesk ways`), counted
# in keystrokes from launch.
. "$(dirname "$0")/lib.sh"

# "I am British: do I need a visa?" - at most 8 keys from launch
ways_british_today() {
	ED_TODAY=2026-12-03
	start --print-to "$ED_T/ways.txt"
	wait_for "Start a check"
	assert_screen "Quick answer"
	send 5
	wait_for "Nationality (code or name)"
	type_text GBR
	send Enter
	wait_for "WAYS INTO CHINA WITHOUT A VISA: United Kingdom (GBR)"
	assert_screen "30-day visa-free entry (unilateral policy) (eligible)"
	[ "$ED_KEYS" -le 8 ] || fail "$ED_KEYS keys from launch to the answer, more than 8"
	info "keys from launch to the quick answer for GBR: $ED_KEYS"
	# F9 prints it as text, as the group sheet prints
	send F9
	wait_for "Slip sent to"
	grep -q "240-hour visa-free transit" "$ED_T/ways.txt" || fail "the printed page lacks the 240h way"
	send Escape
	wait_for "Start a check"
}

# a name and a date: "british 5JAN27" after the end of the unilateral list
ways_name_and_date() {
	ED_TODAY=2026-12-03
	start
	wait_for "Start a check"
	send 5
	wait_for "Nationality (code or name)"
	type_text "Germany 2027-01-05"
	send Enter
	wait_for "Germany (DEU)"
	assert_screen "(to confirm)"
	send Escape
	wait_for "Start a check"
	send 5
	wait_for "Nationality (code or name)"
	type_text "zz"
	send Enter
	wait_for "Nationality: 'zz'"
}

run "start-screen 5, GBR, Enter: every way in, at most 8 keys" ways_british_today
run "a nationality's name and a date; a name that is no country" ways_name_and_date
finish
