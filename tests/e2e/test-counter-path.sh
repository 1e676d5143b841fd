#!/usr/bin/env bash
# Issue 18, the counter's path walked as an agent walks it: the quick
# answer by nationality (start-screen choice 5, `entrydesk ways`), counted
# in keystrokes from launch.
. "$(dirname "$0")/lib.sh"

# "I am British: do I need a visa?" - at most 8 keys from launch
ways_british_today() {
	ED_TODAY=2026-12-03
	start --print-to "$ED_T/ways.pdf"
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
	# F9 prints its text, as the group sheet prints: entrydesk-slip sets
	# it on a PDF page (--print-to: into the file, mode 0600)
	send F9
	wait_for "Slip saved to"
	pdftotext -layout "$ED_T/ways.pdf" "$ED_T/ways.txt" || fail "F9 wrote no readable PDF"
	assert_private "$ED_T/ways.pdf"
	grep -q "240-hour visa-free transit" "$ED_T/ways.txt" || fail "the printed page lacks the 240h way"
	grep -q "United Kingdom (GBR)" "$ED_T/ways.txt" || fail "the printed page lacks the nationality"
	# F1 on the quick answer: its own help (it has no form screen)
	send F1
	wait_for "Keys (on the verdict"
	assert_screen "Up/Down and Space scroll; F9 prints this page"
	send Escape
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
	wait_for "Nationality: no country matches 'zz'"
	send C-u
	type_text united
	send Enter
	wait_for "Nationality: 'united' matches 5 countries"
}

# screen 2: from the USA into Pudong on 1 January, on to Japan on the 7th
# (no times: the usual yes/no answers stand)
usa_pvg_jpn_itinerary() {
	field USA
	field PVG
	field 1JAN
	field JPN
	type_text 7JAN
}

# F8 on screen 2 once every required answer is in: screens 3 and 4 need
# no input (their yes/no defaults count as answered)
f8_on_screen_two() {
	start
	open_transit
	pick ger "DEU  Germany"
	type_text 1JAN30
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	usa_pvg_jpn_itinerary
	send F8
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	assert_not_screen "answer the remaining screens"
}

# Tab from a screen's last field goes on to the next screen
tab_from_last_field() {
	start
	open_transit
	pick ger "DEU  Germany"
	type_text 1JAN30
	send Tab
	wait_cursor_on "Passport type"
	send Tab Tab
	wait_cursor_on "Passport number"
	send Tab
	wait_for "Visa-free entry or transit · screen 2 of 4"
}

# typing over a filled field replaces its value: USA on USA is USA
typing_replaces() {
	start
	open_transit
	pick ger "DEU  Germany"
	send BTab
	wait_cursor_on "Nationality *"
	type_text FRA
	send Tab
	wait_for "France"
	screen_line "Nationality *" | grep -q "FRA  *France" || fail "FRA typed on DEU is not FRA"
}

# a pick field takes only its own keys: a date typed into "Passport type"
# changes nothing and says the keys it takes; "10" picks the tenth choice
pick_fields_own_keys() {
	start
	open_transit
	send Tab Tab
	wait_cursor_on "Passport type"
	type_text 2030-12-02
	wait_for "Pick by number, letter or Space"
	screen_line "Passport type" | grep -q "Diplomatic\|Service\|Other" &&
		fail "a date typed into Passport type picked a choice"
	# two digits: "10" is the tenth purpose, Other
	send BTab BTab
	wait_cursor_on "Nationality *"
	type_text DEU
	type_text 1JAN30
	send NPage
	wait_for "screen 2 of 4"
	usa_pvg_jpn_itinerary
	send NPage
	wait_for "screen 3 of 4"
	send NPage
	wait_for "screen 4 of 4"
	send Tab
	wait_cursor_on "Purpose of the trip"
	type_text 10
	wait_for "Other"
	screen_line "Purpose of the trip" | grep -q "Other" || fail "10 did not pick Other"
}

# A German round trip Frankfurt - Beijing - Frankfurt: the keys from
# launch to the verdict. The nationality typed on the start screen begins
# the check; the codes as the booking gives them each go on by itself;
# the letter after the year-less entry date (1DEC, then DEU) ends it.
german_round_trip() {
	ED_TODAY=2026-11-29
	start
	wait_for "Start a check"
	type_text DEU
	wait_for "Visa-free entry or transit · screen 1 of 4"
	wait_cursor_on "Passport expiry date"
	type_text 31MAY31
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	type_text DEUPEK1DECDEU10DEC
	send F8
	wait_for "ELIGIBLE: 30-day visa-free entry (unilateral policy)"
	info "keys from launch to the verdict, German round trip: $ED_KEYS"
	[ "$ED_KEYS" -le 30 ] || fail "$ED_KEYS keys, more than 30"
	# the answers are the ones typed: in on 1 December, out on the 10th
	send Escape
	wait_for "screen 2 of 4"
	screen_line "Entry date" | grep -q "Tuesday 1 December 2026" || fail "1DEC was not 1 December"
	screen_line "Going on to" | grep -qE "DEU +Germany|Germany" || fail "DEU did not go to Going on to"
	screen_line "Departure date" | grep -q "Thursday 10 December 2026" || fail "10DEC was not 10 December"
}

# On the start screen a letter is a nationality's first: the foreign
# passport's check begins with it (the numbers still choose; a key that
# is neither says so)
start_screen_nationality() {
	start
	wait_for "Start a check"
	assert_screen "typing its nationality (DEU, ger) begins 1"
	type_text '!'
	wait_for "That key does nothing here"
	assert_screen "Start a check"
	type_text ger
	wait_for "Visa-free entry or transit · screen 1 of 4"
	wait_for "DEU  Germany"
	assert_cursor_on "Nationality *"
	screen_line "Nationality *" | grep -q "ger" || fail "the letters typed are not in the nationality"
	send Enter
	wait_cursor_on "Passport expiry date"
	screen_line "Nationality *" | grep -q "DEU" || fail "Enter did not take Germany"
}

# A letter after a date that stands ends it and starts the next field
# when that field takes letters; a letter that may still belong to the
# date (1DE, then C), or before a yes/no field, stays in the date
letter_after_a_date() {
	ED_TODAY=2026-11-29
	start
	open_transit
	type_text DEU
	type_text 31MAY31
	send NPage
	wait_for "screen 2 of 4"
	# a month spelt out stays in the date (refused there, not split)
	type_text USAPVG1JUNE
	wait_for "1JUNE"
	assert_cursor_on "Entry date *"
	screen_line "Going on to" | grep -q "E" && fail "the E of JUNE went to Going on to"
	send C-u
	type_text 1DE
	wait_for "1DE"
	assert_cursor_on "Entry date *"
	type_text C
	wait_for "Tuesday 1 December 2026"
	assert_cursor_on "Entry date *"
	type_text J
	wait_cursor_on "Going on to *"
	wait_for "Several match \"J\""
	screen_line "Entry date" | grep -q "Tuesday 1 December 2026" || fail "the entry date changed"
	type_text PN
	wait_cursor_on "Departure date *"
	type_text 7DECy
	wait_for "7DECy"
	assert_cursor_on "Departure date *"
}

# A digit after a country Tab would take ends it: IND (also the start of
# Indonesia) then the expiry, typed on; a digit after a name with several
# matches stays, refused, for the agent to pick
digit_after_a_code() {
	start
	wait_for "Start a check"
	type_text IND1JAN30
	wait_for "Tuesday 1 January 2030"
	screen_line "Nationality *" | grep -q "India" || fail "IND was not taken as India"
	assert_cursor_on "Passport expiry date"
	send BTab
	wait_cursor_on "Nationality *"
	type_text a1
	wait_for "a1"
	assert_cursor_on "Nationality *"
}

# A stray letter on the start screen begins a check: Esc on its first
# screen goes back (asking first, as the letter is an answer typed)
stray_letter_then_esc() {
	start
	wait_for "Start a check"
	type_text q
	wait_for "Visa-free entry or transit · screen 1 of 4"
	send Escape
	wait_for "Start a new check anyway?"
	send y
	wait_for "Start a check"
	# with nothing typed (choice 1): Esc goes back at once
	send 1
	wait_cursor_on "Nationality *"
	send Escape
	wait_for "Start a check"
}

# A field takes at most the 200 characters an answer may have: the 201st
# key is refused there, with its reason, not at F8
a_full_field_refuses_the_key() {
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
	type_text "$(printf 'A%.0s' $(seq 200))"
	wait_for "AAAAAAAAAA"
	type_text B
	wait_for "Name (as in the passport): at most 200 characters"
	screen_line "Name (as in the passport)" | grep -q B && fail "the 201st key was taken"
	return 0
}

# A choice's words are not cut at the field's 20 columns when nothing
# stands beside them (80x24)
choice_words_whole() {
	ED_COLS=80 ED_ROWS=24
	printf '%s\n' '[check]' 'flow = transit' '[traveller]' 'nationality = GBR' \
		'passport_expiry = 2030-01-01' '[trip]' 'arriving_from = HKG' 'entry_port = SZX' \
		'entry_date = 2026-12-05' 'destination = HKG' 'departure_date = 2026-12-07' \
		'seat_confirmed = yes' 'group = hk_macao_tour' '[history]' 'visa_refusal_stamp = no' \
		'immigration_violation = no' '[stay]' 'accommodation = hotel' >"$ED_T/tour.ini"
	start "$ED_T/tour.ini"
	wait_for "Verdict"
	send Escape
	wait_for "screen 4 of 4"
	screen_line "Tour group" | grep -q "Hong Kong or Macao tour group" ||
		fail "the choice's words are cut: $(screen_line "Tour group")"
}

# a complete value goes on by itself (issue 18): an exact code no other
# code or name starts, a full date; the Tab typed by habit right after it
# is taken as said and skips nothing; "IND" (also the start of Indonesia)
# and an airline date that may still grow wait for the agent
goes_on_by_itself() {
	start
	open_transit
	type_text IND
	wait_for "India"
	assert_cursor_on "Nationality *"
	type_text o
	wait_for "Indonesia"
	send C-u
	type_text DEU
	wait_cursor_on "Passport expiry date"
	send Tab
	type_text 1JAN30
	wait_for "Tuesday 1 January 2030"
	assert_cursor_on "Passport expiry date"
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	type_text USA
	wait_cursor_on "Entry port *"
	send Tab
	type_text PV
	wait_for "Several match \"PV\""
	assert_cursor_on "Entry port *"
	type_text G
	wait_cursor_on "Entry date *"
	type_text 2023-01-01
	wait_cursor_on "Going on to *"
	send Enter
	type_text J
	wait_for "Several match \"J\""
	assert_cursor_on "Going on to *"
	# a pop-up between the move and the Tab: that Tab is meant, and moves
	send C-u
	type_text JPN
	wait_cursor_on "Departure date *"
	send F1
	wait_for "Any key closes this help"
	send Escape
	wait_gone "Any key closes this help"
	send Tab
	wait_cursor_on "Onward seat confirmed"
}

# country fields take what agents copy from tickets, and Tab takes the
# one match: "British", "HAN", "Tokyo"; "ger" with one match
country_names_and_airports() {
	start
	open_transit
	type_text British
	send Tab
	wait_for "United Kingdom"
	screen_line "Nationality *" | grep -q "GBR" || fail "British is not GBR"
	send BTab
	type_text ger
	send Tab
	wait_for "Germany"
	type_text 1JAN30
	send NPage
	wait_for "screen 2 of 4"
	type_text HAN
	send Tab
	wait_for "Vietnam"
	screen_line "Arriving from" | grep -q "VNM" || fail "HAN is not VNM"
	send Tab
	type_text 1JAN
	send Tab
	type_text Tokyo
	send Tab
	wait_for "Japan"
	screen_line "Going on to" | grep -q "JPN" || fail "Tokyo is not JPN"
}

# words (item 5): a refusal names its field, help examples are of 2026,
# a year-less passport expiry says the year read, and F10 offers to save
words_at_the_desk() {
	start
	open_transit
	type_text zzq
	send Tab
	wait_for "Nationality: 'zzq'"
	send C-u
	type_text DEU
	wait_for "2031-06-30 or 30JUN31"
	type_text 30JUN
	send Tab
	wait_for "Passport expiry date: no year typed, read as"
	send F10
	wait_for "Quit anyway?"
	assert_screen "first with F2"
}

run "a refusal names its field; 2026 examples; the year read; F10 offers to save" words_at_the_desk
run "country fields take British, HAN, Tokyo; Tab takes ger" country_names_and_airports
run "F8 on screen 2 once the required answers are in" f8_on_screen_two
run "Tab from a screen's last field goes on to the next screen" tab_from_last_field
run "typing over a filled field replaces its value" typing_replaces
run "a date typed into a pick field changes nothing; 10 picks Other" pick_fields_own_keys
run "a German round trip to the verdict, at most 30 keys" german_round_trip
run "a nationality typed on the start screen begins the check" start_screen_nationality
run "a letter after a date that stands starts the next field" letter_after_a_date
run "a digit after a country Tab would take starts the next field" digit_after_a_code
run "a stray letter on the start screen: Esc goes back" stray_letter_then_esc
run "a full field refuses the 201st key, saying why" a_full_field_refuses_the_key
run "a choice's words are whole when nothing stands beside them" choice_words_whole
run "a complete code or date goes on by itself; the habit Tab skips nothing" goes_on_by_itself
run "start-screen 5, GBR, Enter: every way in, at most 8 keys" ways_british_today
run "a nationality's name and a date; a name that is no country" ways_name_and_date
finish
