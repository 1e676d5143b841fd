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
	wait_cursor_on "Name (as in the passport)"
	screen_line "Nationality *" | grep -qE "USA +United States" ||
		fail "united states did not become USA United States"
	# UK is the United Kingdom, never Ukraine: sure, so Tab takes it
	send BTab
	send C-u
	type_text UK
	wait_for "GBR  United Kingdom"
	assert_screen "UKR  Ukraine"
	send Tab
	wait_cursor_on "Name (as in the passport)"
	screen_line "Nationality *" | grep -qE "GBR +United Kingdom" || fail "UK did not become GBR"
	# a start of a name is not sure: Tab asks to pick, Down and Enter pick
	send BTab
	send C-u
	type_text ger
	wait_for "DEU  Germany"
	send Tab
	wait_for "Several match \"ger\": pick one with Up/Down and Enter"
	screen_line "Nationality *" | grep -qF "ger" || fail "Tab changed what was typed"
	send Down
	send Up
	send Enter
	wait_cursor_on "Name (as in the passport)"
	screen_line "Nationality *" | grep -qE "DEU +Germany" || fail "Enter did not take DEU"
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
	wait_for "Entry date *"
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
	# the verdict of a port the rules do not list (2023: none but 24 hours)
	wait_for "another port in mainland China on 2023-01-01: no visa-free transit scheme"
}

run "country completion lists the matches; Tab takes only a sure one (united states, UK, ger)" country_completion
run "port completion: bei lists Beijing first; Hong Kong and LAX refused in words; other" port_completion_and_refusals
finish
