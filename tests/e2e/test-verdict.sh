#!/usr/bin/env bash
# The verdict screen and around it: change an answer from the verdict and
# see the outcome turn, start a new check, open a saved answers file; and
# the start screen's rules date and age warning, help, repaint, and
# Chinese text measured in display columns.
. "$(dirname "$0")/lib.sh"

# itinerary_from_verdict: PgUp from the verdict back to the itinerary
itinerary_from_verdict() {
	send PPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	send PPage
	wait_for "Visa-free entry or transit · screen 3 of 4"
	send PPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
}

# departure DATE: replaces the departure date (5th field of the itinerary)
departure() {
	send Down Down Down Down
	wait_for "Date of the onward flight or train"
	assert_cursor_on "Departure date *"
	send C-u
	type_text "$1"
	send NPage
	wait_for "Visa-free entry or transit · screen 3 of 4"
	send NPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	send NPage
	wait_for "Verdict · Visa-free entry or transit"
}

change_answer_from_verdict() {
	local slip=$ED_T/slip.pdf
	start --print-to "$slip"
	seed_transit_to_verdict
	itinerary_from_verdict
	# the other answers are all still there
	assert_screen "United States"
	assert_screen "Saturday 7 January 2023"
	departure 2023-01-08
	wait_for "NOT ELIGIBLE: a visa is needed"
	# the slip names the failing condition and what would satisfy it
	send F9
	wait_for "Slip saved to $slip."
	pdftotext "$slip" "$slip.txt" || fail "--print-to wrote no readable PDF"
	tr '\n' ' ' <"$slip.txt" | grep -qF "after the deadline" ||
		fail "the slip does not say the departure is too late"
	tr '\n' ' ' <"$slip.txt" | grep -qF "book an onward departure before" ||
		fail "the slip does not say what would satisfy it"
	itinerary_from_verdict
	departure 2023-01-07
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	assert_not_screen "NOT ELIGIBLE"
}

new_check_from_verdict() {
	start
	seed_transit_to_verdict
	send F5
	wait_for "The answers are not saved. Start a new check anyway?"
	send n
	wait_gone "Start a new check anyway?"
	assert_screen "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	send F5
	wait_for "Start a new check anyway?"
	send y
	wait_for "Start a check"
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
	assert_not_screen "Germany"
	assert_not_screen "MUELLER"
}

open_answers_file() {
	cat >"$ED_T/seed.ini" <<-'EOF'
		[check]
		flow = transit
		[traveller]
		name = 李小龍 LEE Siu Lung
		nationality = GBR
		passport_expiry = 2030-01-01
		[trip]
		arriving_from = KOR
		entry_port = PEK
		entry_date = 2023-03-10
		destination = USA
		departure_date = 2023-03-15
		seat_confirmed = yes
		[history]
		visa_refusal_stamp = no
		immigration_violation = no
	EOF
	start "$ED_T/seed.ini"
	# complete: it opens at its verdict
	wait_for "ELIGIBLE: 144-hour visa-free transit"
	assert_screen "Opened $ED_T/seed.ini."
	assert_screen "Exit deadline: 2023-03-16 24:00, China time"
	assert_screen "李小龍 LEE Siu Lung"
	itinerary_from_verdict
	assert_screen "Entry at Beijing on 2023-03-10: 144-hour visa-free transit"
	send PPage
	wait_for "Visa-free entry or transit · screen 1 of 4"
	assert_screen "United Kingdom"
}

# the date the start screen gives for the rules
shown_as_of() { screen | sed -n 's/.*Rules as of \([0-9-]*\):.*/\1/p' | head -n 1; }
months_after() { date -u -d "$1 + $2 months" +%F; }

rules_age_on_start_screen() {
	local as_of
	start
	wait_for "Rules as of "
	as_of=$(shown_as_of)
	[ -n "$as_of" ] || fail "no date after \"Rules as of\""
	restart_on_day() {
		ed_tmux kill-server
		rm -f "$ED_T/status"
		ED_TODAY=$1
		start
		wait_for "Rules as of $as_of"
	}
	restart_on_day "$(months_after "$as_of" 6)"
	assert_not_screen "Warning: these rules are more than 12 months old"
	restart_on_day "$(months_after "$as_of" 13)"
	assert_screen "Warning: these rules are more than 12 months old"
}

help_and_repaint_keep_values() {
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
	type_text "MUELLER, Anna"
	send F1
	wait_for "Any key closes this help."
	assert_screen "Name (as in the passport): Optional."
	send x
	wait_gone "Any key closes this help."
	# the key that closed the help typed nothing
	screen_line "Name (as in the passport)" | grep -qF "MUELLER, Anna" || fail "the name changed"
	screen_line "Name (as in the passport)" | grep -qF "Annax" && fail "the key closing the help was typed"
	send C-l
	wait_for "Germany"
	assert_screen "MUELLER, Anna"
	assert_cursor_on "Name (as in the passport)"
}

# the cursor follows display columns: a CJK character takes two
cursor_x() { ed_tmux display -p -t ed '#{cursor_x}'; }
chinese_name_by_columns() {
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
	wait_for "Optional. SURNAME"
	local x0
	x0=$(cursor_x)
	type_text "陳大文"
	wait_for "陳大文"
	[ "$(cursor_x)" = $((x0 + 6)) ] || fail "the cursor is at column $(cursor_x), not $((x0 + 6)) after three CJK characters"
	send BSpace
	wait_gone "陳大文"
	assert_screen "陳大"
	[ "$(cursor_x)" = $((x0 + 4)) ] || fail "Backspace did not take one whole character"
	send Left
	type_text "小"
	wait_for "陳小大"
	send End
	type_text " CHAN"
	send Home
	type_text "X"
	wait_for "X陳小大 CHAN"
	[ "$(cursor_x)" = $((x0 + 1)) ] || fail "Home did not go to the start"
}

# Six failing conditions at 80x24: the summary fills its four rows and
# says it goes on ("…"), never stops mid-sentence as if that were all
long_summary_ends_in_ellipsis() {
	ED_COLS=80 ED_ROWS=24
	cat >"$ED_T/six.ini" <<-'EOF'
		[check]
		flow = transit
		[traveller]
		nationality = USA
		passport_expiry = 2027-01-10
		[trip]
		arriving_from = JPN
		entry_port = PVG
		entry_date = 2026-12-05
		destination = JPN
		departure_date = 2026-12-20
		seat_confirmed = no
		[history]
		visa_refusal_stamp = yes
		immigration_violation = yes
		[stay]
		accommodation = hotel
	EOF
	start "$ED_T/six.ini"
	wait_for "Fails 6 conditions"
	screen | sed -n 7p | grep -q "…$" || fail "the fourth row of the summary does not end in …"
}

run "a summary too long for its rows ends in an ellipsis" long_summary_ends_in_ellipsis
run "changing an answer from the verdict turns the outcome, and back" change_answer_from_verdict
run "F5 on the verdict asks first, then starts an empty check" new_check_from_verdict
run "an answers file given on the command line opens with its values" open_answers_file
run "the start screen shows the rules' date and warns when they are old" rules_age_on_start_screen
run "F1 help and Ctrl-L keep every value" help_and_repaint_keep_values
run "Chinese names are edited by display columns" chinese_name_by_columns
finish
