#!/usr/bin/env bash
# The findings of the wizard's second review (issue 3), as the reviewer
# met them in tmux: no silent overwrite of a saved file, a not-eligible
# verdict that says why at the top, F8 on a complete file, the e-pass
# password step, the start screen at 80x24, and keys typed while the
# terminal is too small.
. "$(dirname "$0")/lib.sh"

# 1. the second traveller's F2 must not replace the first one's answers
no_silent_overwrite() {
	local f=$ED_T/answers.ini
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
	type_text "MUELLER, Anna"
	# the name offered is this check's own: flow, day and time of day
	send F2
	wait_for "Save the answers to this file"
	screen | grep -qE 'check-transit-2023-01-01-[0-9]{6}\.ini' ||
		fail "the offered name does not hold the time of day"
	send Escape
	wait_gone "Save the answers to this file"
	save_answers "$f"
	send F5
	wait_for "Start a check"
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
	field fra
	type_text "DUPONT, Jean"
	send F2
	answer_prompt "Save the answers to this file" "$f"
	wait_for "$f exists. Overwrite? (y/n)"
	send n
	# no: back to the prompt, and the first traveller's file is untouched
	wait_for "Save the answers to this file"
	grep -qF "MUELLER" "$f" || fail "the first traveller's answers were replaced"
	send Enter
	wait_for "$f exists. Overwrite? (y/n)"
	send y
	wait_for "Answers saved to $f"
	grep -qF "DUPONT" "$f" || fail "yes did not replace the file"
	assert_private "$f"
}

# the seed's traveller leaving a day late (not eligible), or on the
# departure date given
late_answers() {
	cat >"$ED_T/late.ini" <<-EOF
		[check]
		flow = transit
		[traveller]
		name = MUELLER, Anna
		nationality = DEU
		passport_expiry = 2030-01-01
		[trip]
		arriving_from = USA
		entry_port = PVG
		entry_date = 2023-01-01
		destination = JPN
		departure_date = ${1:-2023-01-08}
		seat_confirmed = yes
		[history]
		visa_refusal_stamp = no
		immigration_violation = no
	EOF
}

# 2. the reason is at the top, no deadline is shown as if granted, and the
# long slip says there is more and pages
not_eligible_says_why_at_top() {
	late_answers
	start "$ED_T/late.ini"
	# a complete file opens at its verdict
	wait_for "NOT ELIGIBLE: a visa is needed"
	assert_screen "Fails 1 condition: the departure is after the exit deadline"
	assert_not_screen "Exit deadline"
	[ "$(row_of "Fails 1 condition")" -le 4 ] || fail "the failing condition is not at the top"
	wait_for "more below (Down/PgDn): lines 1-"
	assert_screen "PgDnMore"
	assert_screen "PgUpBack"
	# PgDn pages on; PgUp pages back, and at the top goes back a screen
	send NPage
	wait_gone "lines 1-"
	send PPage
	wait_for "lines 1-"
	assert_screen "NOT ELIGIBLE: a visa is needed"
	send PPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
}

# 3. a complete file opens at its verdict, and the help line says so;
# PgUp goes back to its last screen
f8_on_complete_file() {
	late_answers 2023-01-07
	start "$ED_T/late.ini"
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	assert_screen "Complete: its verdict (PgUp goes back to the answers)"
	assert_screen "Exit deadline: 2023-01-07 24:00, China time"
	send PPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	send F8
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	assert_not_screen "No verdict yet"
}

# 9. a value of the file that does not fit: its field, and what to type
bad_value_in_opened_file() {
	late_answers 2023-01-07
	sed -i 's/^passport_expiry = .*/passport_expiry = 31FEB23/' "$ED_T/late.ini"
	start "$ED_T/late.ini"
	wait_for "Correct Passport expiry date:"
	assert_screen "accepted: a date"
	wait_cursor_on "Passport expiry date *"
	send F8
	wait_for "'31FEB23' is not a day: February 2023 has 28 days"
	assert_not_screen "Verdict ·"
}

# an e-pass for a Hong Kong resident, after the e-pass started: the focus
# on "The permit is"
epass_hong_kong() {
	ED_TODAY=2025-05-21
	start
	epass_resident
}

# the e-pass from the start screen to step 4, the permit number
epass_to_step4() {
	ED_TODAY=2025-05-21
	start
	epass_before_you_start
	local n
	for n in 1 2 3 4; do
		send NPage
		wait_for "Step $n of 6"
	done
}

# the e-pass from the start screen to step 5
epass_to_step5() {
	epass_to_step4
	field "CHAN Tai Man"
	type_text H12345678
	wait_for "H12345678"
	send NPage
	wait_for "Step 5 of 6"
	field 31MAY30
	wait_for "Friday 31 May 2030"
	send Tab
	field 13812345678
}

# 4. the password step is required, and "no" does not go on
epass_password_required() {
	epass_to_step5
	send NPage
	wait_for "Password set on the phone is required"
	type_text n
	send NPage
	wait_for "must set their password on their own phone first"
	assert_cursor_on "Password set on the phone"
	assert_not_screen "Step 6 of 6"
	type_text y
	send NPage
	wait_for "Step 6 of 6"
}

# 6. at the smallest size, every item and the rules' source are whole
start_screen_80x24() {
	ED_COLS=80
	ED_ROWS=24
	ED_TODAY=2028-04-01 # rules over 12 months old: the warning too
	start
	wait_for "Start a check"
	wait_for "3  Open a saved answers file"
	assert_screen "Foreign passport: visa-free entry or transit, checked for the trip"
	assert_screen "E-pass: Hong Kong, Macao or Taiwan resident without their permit"
	assert_screen "before relying on a verdict."
	# the source line ends on the screen: its last word is not cut
	local src
	src=$(sed -n 's/^source *= *//p' "$ED_ROOT/rules.ini" | head -n 1 | tr -d '"')
	[ -n "$src" ] || fail "no source line in rules.ini"
	assert_screen "${src##* }"
	assert_screen "F10Quit"
}

# 8. a key typed while the window is too small changes nothing, not even
# the text of an open prompt
too_small_ignores_keys() {
	start
	open_transit
	pick ger "DEU  Germany"
	send F2
	wait_for "Save the answers to this file"
	resize 60 20
	wait_for "Terminal too small"
	type_text Z
	wait_for "Keys are ignored until the window is large enough."
	resize 100 30
	wait_bottom "F10Quit"
	assert_screen "Save the answers to this file"
	screen_line "check-transit-2023-01-01-" | grep -qF "Z" && fail "the key typed while too small went into the prompt"
	assert_not_screen "Keys are ignored"
}

# 7. a choice field's help line fits the two help rows at 80x24, and a key
# it does not take brings the same hint, filled in
choice_hint_fits_80x24() {
	ED_COLS=80
	ED_ROWS=24
	epass_hong_kong
	wait_for "With the traveller"
	wait_for "Pick by number, letter or Space:"
	type_text z
	wait_for "Pick by number, letter or Space:"
	assert_not_screen "{choices}"
	assert_not_screen "{help}"
}

# 5. a permit number of the wrong form: kept (a real reason code), but the
# accepted form is said, and that a typo can be corrected
permit_typo_says_the_form() {
	epass_to_step4
	field ""
	type_text H1234567
	# Shift-Tab: leave the field but stay on the step (Tab from the last
	# field goes on to the next step, as PgDn does)
	send BTab
	wait_for "the permit number does not fit the residence"
	wait_for "accepted: H and 8 digits"
	assert_screen "a typo? correct it"
	send BTab
	wait_cursor_on "Permit number *"
	send End BSpace
	type_text 78
	wait_gone "the permit number does not fit"
}

# 10. port candidates by name or code, never by rules.ini's ids; a country
# field says a name can be typed
names_not_ids() {
	start
	open_transit
	type_text zzq
	send Tab
	wait_for "Nationality: 'zzq' is not an ISO 3166-1 country code; accepted: a country code (USA, DEU)"
	assert_screen "start of its name (ger)"
	send C-u
	seed_traveller
	field USA
	type_text shang
	wait_for "Shanghai Port International Cruise Terminal"
	assert_not_screen "shanghai_port_cruise"
	assert_not_screen "_cruise"
}

# 11. a step without fields: keys get the usual hint, and the cursor is at
# the start of the instructions
step_without_fields() {
	epass_hong_kong
	type_text l
	send Tab
	type_text d
	send Tab
	field 0
	send NPage
	wait_for "Step 1 of 6"
	# 12. one count only: the header does not say "screen 2 of 7"
	assert_screen "E-pass · the six steps on the traveller's phone"
	assert_not_screen "screen 2 of 7"
	wait_cursor_on "On the traveller's phone"
	send Tab
	wait_for "That key does nothing here"
	send NPage
	wait_for "Step 2 of 6"
	type_text x
	wait_for "That key does nothing here"
}

run "a save over an existing file asks first" no_silent_overwrite
run "a not-eligible verdict says why at the top, with no deadline" not_eligible_says_why_at_top
run "F8 on a complete file shows the verdict" f8_on_complete_file
run "a bad value in an opened file puts the cursor on its field" bad_value_in_opened_file
run "the e-pass password step is required and 'no' is refused" epass_password_required
run "the start screen at 80x24 shows every item whole" start_screen_80x24
run "keys typed while the terminal is too small are ignored, also in a prompt" too_small_ignores_keys
run "a choice field's hint fits the help line at 80x24" choice_hint_fits_80x24
run "a mistyped permit number shows the accepted form" permit_typo_says_the_form
run "completion shows port names, not ids; a country takes a name" names_not_ids
run "a step without fields answers keys with a hint" step_without_fields
finish
