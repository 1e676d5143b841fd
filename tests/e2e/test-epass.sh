#!/usr/bin/env bash
# The e-pass flow: "before you start", then the six steps of policy.md 3.1
# as the traveller does them on the phone, to the verdict; and an answer
# that rules the pass out said at once on its screen.
. "$(dirname "$0")/lib.sh"

ED_TODAY=2025-05-21 # a Wednesday, after the e-pass started (2025-03-20)

open_epass() {
	wait_for "Start a check"
	send 2
	wait_for "E-pass · before the six steps"
	assert_not_screen "of 7"
	wait_for "Before you start"
}

# next_step N TITLE: PgDn, then step N of 6 is on the screen
next_step() {
	send NPage
	wait_for "Step $1 of 6: $2"
}

six_steps() {
	start
	open_epass
	field "" # application day: today
	field HKG
	wait_for "Hong Kong"
	type_text l # the permit is lost
	wait_for "Lost"
	send Tab
	type_text d # needed for domestic travel
	wait_for "Domestic travel"
	send Tab
	field 0
	next_step 1 "open the 12367 service"
	assert_screen "Immigration Bureau 12367"
	next_step 2 "choose the temporary pass"
	next_step 3 "apply"
	next_step 4 "log in"
	field "陳大文 CHAN Tai Man"
	type_text H12345678
	wait_for "H12345678"
	next_step 5 "more details"
	epass_step5_fields
	next_step 6 "verify"
	type_text y
	send Tab
	type_text y
	send NPage
	wait_for "Verdict · E-pass"
	wait_for "ELIGIBLE: E-pass"
	assert_not_screen "NOT ELIGIBLE"
	# issue day + 6 days, at 24:00 (policy.md 3.3)
	assert_screen "Valid until 2025-05-27 24:00, China time"
	assert_screen "CHAN Tai Man"
	info "keystrokes from start to verdict: $ED_KEYS"
}

# the permit is with the traveller: said at once, on the first screen
ruled_out_at_once() {
	start
	open_epass
	field ""
	field MAC
	wait_for "Macao"
	type_text w
	wait_for "With the traveller"
	wait_for "Already not eligible: the traveller has the permit: no e-pass needed"
	send F8
	# a refusal certain from the answers so far is final: its slip prints
	# what was answered, nothing made up
	wait_for "NOT ELIGIBLE: E-pass"
	assert_not_screen "NOT ELIGIBLE already"
	assert_screen "Residence:        Macao"
	assert_screen "F9Print"
}

run "an e-pass check through all six steps reaches the verdict" six_steps
run "an answer that rules the e-pass out is said at once" ruled_out_at_once
finish
