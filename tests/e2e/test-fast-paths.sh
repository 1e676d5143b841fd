#!/usr/bin/env bash
# Fast paths that never mislead (issue 10): completion lists what matches
# and never substitutes silently; ports of mainland China only; checks at
# the field; defaults and hints.
. "$(dirname "$0")/lib.sh"

# the list under the field: the row holding TEXT starts at the field column
list_row() {
	screen_line "$1" | awk -v t="$1" '{ exit !(index($0, t) == 32) }' ||
		fail "\"$1\" is not a row of the list under the field"
}

country_completion() {
	start
	open_transit
	# a name agents use: the list shows, the exact name first; Enter takes it
	type_text "united states"
	wait_for "USA  United States"
	list_row "USA  United States"
	assert_screen "UMI  United States Minor Outlying Islands"
	send Enter
	wait_cursor_on "Passport expiry date"
	screen_line "Nationality *" | grep -qE "USA +United States" ||
		fail "united states did not become USA United States"
	# UK is the United Kingdom, never Ukraine: sure, so Tab takes it
	send BTab
	send C-u
	type_text UK
	wait_for "GBR  United Kingdom"
	assert_screen "UKR  Ukraine"
	send Tab
	wait_cursor_on "Passport expiry date"
	screen_line "Nationality *" | grep -qE "GBR +United Kingdom" || fail "UK did not become GBR"
	# the start of several names is not sure: Tab asks to pick, Down and
	# Enter pick
	send BTab
	send C-u
	type_text sw
	wait_for "SWE  Sweden"
	send Tab
	wait_for "Several match \"sw\": pick one with Up/Down and Enter"
	screen_line "Nationality *" | grep -qF "sw" || fail "Tab changed what was typed"
	send Down
	send Up
	send Enter
	wait_cursor_on "Passport expiry date"
	screen_line "Nationality *" | grep -qE "SWZ +Eswatini" || fail "Enter did not take SWZ"
	# the start of one name only ("ger"): Tab takes it (issue 18)
	send BTab
	send C-u
	type_text ger
	wait_for "DEU  Germany"
	send Tab
	wait_cursor_on "Passport expiry date"
	screen_line "Nationality *" | grep -qE "DEU +Germany" || fail "Tab did not take DEU"
}

port_completion_and_refusals() {
	start
	open_transit
	seed_traveller
	field USA
	# bei: Beijing first, never Beihai silently; the ids never show
	type_text bei
	wait_for "PEK  Beijing"
	row=$(row_of "PEK  Beijing")
	[ "$row" -lt "$(row_of "Beihai")" ] || fail "Beijing is not above Beihai"
	assert_screen "another port in mainland China"
	assert_not_screen "beihai "
	send Tab
	wait_for "Several match \"bei\""
	send Enter
	# polled on the cursor: the label is on the screen before Enter is read
	wait_cursor_on "Entry date *"
	screen_line "Entry port" | grep -qE "PEK +Beijing" || fail "bei + Enter did not give PEK Beijing"
	# Hong Kong is not a port of mainland China: refused in words
	send BTab
	send C-u
	type_text "Hong Kong"
	send Tab
	wait_for "Hong Kong is outside mainland China"
	assert_not_screen "Bridge port"
	# a foreign airport: refused with its city and country
	send C-u
	type_text LAX
	wait_for "LAX is Los Angeles, United States: the entry port is where the traveller enters"
	send Tab
	wait_for "LAX is Los Angeles, United States"
	assert_cursor_on "Entry port"
	# another port in mainland China: a choice of the list
	send C-u
	type_text other
	wait_for "another port in mainland China"
	send Tab
	wait_cursor_on "Entry date"
	screen_line "Entry port" | grep -qF "another port in mainland China" ||
		fail "other is not shown as another port in mainland China"
	field 2023-01-01
	# the way so far at a port the rules do not list (2023: none but 24 hours)
	wait_for "another port in mainland China on 2023-01-01: only the 24-hour direct transit"
}

# the checks across fields, said at the field in plain words
field_checks_at_the_field() {
	start
	open_transit
	pick ger "DEU  Germany"
	# the passport expires before the departure: said at the departure
	type_text 2023-01-05
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	field USA
	field PVG
	field 2023-01-03
	field JPN
	# a departure before the entry: refused at the field, the cursor stays
	type_text 2023-01-02
	send Tab
	wait_for "The departure (Monday 2 January 2023) is before the entry (Tuesday 3 January 2023)"
	assert_cursor_on "Departure date *"
	send C-u
	type_text 2023-01-07
	send Tab
	wait_for "Note: the passport expires (Thursday 5 January 2023) before the departure"
	wait_cursor_on "Onward seat confirmed"
}

# an entry before the check date is allowed, and said
entry_before_check_date() {
	start
	open_transit
	seed_traveller
	field USA
	field PVG
	type_text 2022-12-30
	send Tab
	wait_for "Note: the entry (Friday 30 December 2022) is before the check date (Sunday 1 January 2023)"
	wait_cursor_on "Going on to"
}

# the check date on every screen's title line; the 240h area by count
check_date_and_240h_area() {
	ED_TODAY=2025-06-01
	start
	wait_for "Start a check"
	screen | head -n 1 | grep -qF "Check date 2025-06-01" || fail "no check date on the start screen's title"
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
	screen | head -n 1 | grep -qF "Check date 2025-06-01" || fail "no check date on the form's title"
	# an American: no 30-day entry, the 240-hour transit the way so far
	field USA
	type_text 2030-01-01
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	field USA
	field PVG
	field 2025-06-01
	wait_for "Entry at Shanghai on 2025-06-01: 240-hour visa-free transit"
	assert_screen "leave before 2025-06-11 24:00 (24"
	assert_screen "provinces)."
	assert_not_screen "(Shanghai"
}

# ELIGIBLE by another way in never stands above a failing condition alone:
# the header names the way in, the next line the transit that failed
verdict_names_both_ways() {
	cp "$ED_ROOT/tests/golden/transit_24h_direct.ini" "$ED_T/in.ini"
	start "$ED_T/in.ini"
	wait_for "Verdict · Visa-free entry or transit"
	screen | head -n 1 | grep -qF "Check date 2024-03-02" || fail "the title does not show the file's check date"
	wait_for "24-hour direct transit"
	assert_screen "Not by the 144h visa-free transit, which fails: the nationality is not on the"
	assert_screen "The way in is 24-hour direct transit"
}

# yes/no fields start with the usual answer, shown as such; y/n change it
yesno_defaults() {
	start
	open_transit
	seed_traveller
	seed_entry
	field JPN
	field 07JAN23
	wait_for "usual answer, y/n changes"
	screen_line "Onward seat confirmed" | grep -qF "yes" || fail "the seat does not start at yes"
	type_text n
	wait_gone "usual answer"
	screen_line "Onward seat confirmed" | grep -qF "no" || fail "n did not change the seat to no"
	type_text y
	send NPage
	wait_for "Visa-free entry or transit · screen 3 of 4"
	screen_line "Visa-refusal stamp" | grep -qF "no" || fail "the stamp does not start at no"
	screen_line "Immigration violation" | grep -qF "no" || fail "the violation does not start at no"
	assert_screen "y: yes, n: no"
}

# an e-pass refusal certain from the answers so far (the monthly limit)
# ends the flow at once, before step 1, with a slip of what was answered
epass_refusal_at_once() {
	ED_TODAY=2025-05-21
	start --print-to "$ED_T/slip.txt"
	epass_resident
	type_text l
	send Tab
	type_text d
	send Tab
	type_text 2
	send NPage
	wait_for "NOT ELIGIBLE"
	assert_screen "Verdict · E-pass"
	assert_not_screen "Step 1 of 6"
	send F9
	wait_for "Slip saved to $ED_T/slip.txt"
	# --print-to writes the slip's PDF: read its text
	pdftotext -layout "$ED_T/slip.txt" "$ED_T/slip.text" || fail "the slip is not a PDF"
	grep -q "Hong Kong" "$ED_T/slip.text" || fail "the slip does not name the residence answered"
	grep -qi "permit valid until\|permit valid to\|permit expiry" "$ED_T/slip.text" &&
		fail "the slip prints a permit expiry that was not given"
	return 0
}

# the Open prompt: Tab completes the path; a complete file opens at its
# verdict; the files opened are listed next time (names only, 0600)
open_prompt_completes_and_remembers() {
	mkdir -p "$ED_T/desk"
	cp "$ED_ROOT/tests/golden/transit_24h_direct.ini" "$ED_T/desk/sharma-answers.ini"
	start
	wait_for "Start a check"
	send 3
	wait_for "Answers file to open (Tab completes"
	type_text "$ED_T/de"
	send Tab
	wait_for "$ED_T/desk/"
	type_text sh
	send Tab
	wait_for "$ED_T/desk/sharma-answers.ini"
	send Enter
	wait_for "Verdict · Visa-free entry or transit"
	assert_screen "The way in is 24-hour direct transit"
	local conf=$ED_T/home/.config/entrydesk/config.ini
	assert_private "$conf"
	grep -qF "$ED_T/desk/sharma-answers.ini" "$conf" || fail "the file opened is not listed in $conf"
	grep -vE '^(;|\[|printer = |file[0-9] = )' "$conf" && fail "config.ini holds more than names"
	# a new run: the recent file is listed, Down puts it on the line
	ed_tmux kill-server
	start
	wait_for "Start a check"
	send 3
	wait_for "Recent files"
	assert_screen "$ED_T/desk/sharma-answers.ini"
	send Down
	send Enter
	wait_for "Verdict · Visa-free entry or transit"
}

# `other` prints as "another port in mainland China" on the slip (rules.ini
# [slip] port_other), never as the bare value
other_port_on_the_slip() {
	sed -e 's/^entry_port = .*/entry_port = other/' -e 's/^date = .*/date = 2025-06-01/' \
		-e 's/^entry_date = .*/entry_date = 2025-06-01/' -e 's/^departure_date = .*/departure_date = 2025-06-05/' \
		-e 's/^nationality = .*/nationality = DEU/' \
		"$ED_ROOT/tests/golden/transit_24h_direct.ini" >"$ED_T/other.ini"
	(cd "$ED_ROOT" && "$ED_BIN" check "$ED_T/other.ini") >"$ED_T/slip.txt" 2>&1
	grep -q "^Entry: *another port in mainland China, Sunday 1 June 2025" "$ED_T/slip.txt" ||
		fail "the slip does not name the port in words: $(grep -m1 '^Entry:' "$ED_T/slip.txt")"
	grep -qw "other," "$ED_T/slip.txt" && fail "the slip prints the bare value other"
	return 0
}

run "country completion lists the matches; Tab takes a sure one or the only one (united states, UK, sw, ger)" country_completion
run "port completion: bei lists Beijing first; Hong Kong and LAX refused in words; other" port_completion_and_refusals
run "departure before entry refused at the field; a passport expiring before the departure said" field_checks_at_the_field
run "an entry before the check date is allowed and said" entry_before_check_date
run "the check date on the title line; the 240h area as 24 provinces" check_date_and_240h_area
run "the verdict names the way in and the transit that failed" verdict_names_both_ways
run "yes/no questions start with the usual answer and show it" yesno_defaults
run "an e-pass refusal (monthly limit) ends the flow at once with a slip of what was answered" epass_refusal_at_once
run "the Open prompt completes paths with Tab and lists the recent files" open_prompt_completes_and_remembers
run "another port in mainland China is printed in words on the slip" other_port_on_the_slip
finish
