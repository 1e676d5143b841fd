#!/usr/bin/env bash
# Passport scanners and tour groups in the wizard (issue 12). A scanner is
# a keyboard: its zone arrives as keystrokes, all at once, each line ended
# by Enter (one send-keys here). Typed into a field of the traveller
# screen or read with F3 (Scan), it fills the traveller's answers; a zone
# that does not read changes nothing and names the check that failed; BN(O)
# and Chinese passports are told first. A group check answers the trip
# once and takes its travellers from a manifest. Keystrokes are counted
# as the agent types them; the scanner's own are counted apart.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mrz.sh"

SCAN_KEYS=0
# scan LINE...: the scanner types every line, Enter after each, at once
scan() {
	local all="" l
	for l in "$@"; do
		all="$all$l"$'\r'
		SCAN_KEYS=$((SCAN_KEYS + ${#l} + 1))
	done
	ed_tmux send-keys -t ed -l -- "$all"
}

# the seed's traveller (policy.md 2.4): a German passport, MUELLER Anna
seed_zone() { td3_lines D 'MUELLER<<ANNA' C01X00T47 D 850812 F 300101; }

# field_shows LABEL TEXT: the field labelled LABEL shows TEXT
field_shows() {
	local l
	l=$(screen | grep -m1 "^  $1")
	grep -qF -- "$2" <<<"$l" || fail "$1 shows \"$l\", not \"$2\""
}

# the seed example with its traveller scanned: the fewest keys, launch
# to verdict
scan_seed_to_verdict() {
	local -a z
	mapfile -t z < <(seed_zone)
	start
	open_transit
	scan "${z[@]}"
	wait_for "Passport read"
	field_shows "Nationality" "Germany"
	field_shows "Name (as in" "MUELLER, ANNA"
	field_shows "Passport number" "C01X00T47"
	wait_for "Tuesday 1 January 2030"
	# the focus on the first field the passport does not answer
	assert_cursor_on "Passport type"
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	trip_required_only USA PVG 01JAN JPN 07JAN
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	assert_screen "Exit deadline: 2023-01-07 24:00, China time"
	info "keystrokes from launch to verdict with a scan: $ED_KEYS (besides the scanner's $SCAN_KEYS)"
}

# a wrong check digit: the check is named, nothing typed is lost, even
# in the field the scanner typed into
scan_bad_check_digit() {
	local -a z
	mapfile -t z < <(seed_zone)
	# the expiry's check digit (line 2, position 28) made wrong
	local d=${z[1]:27:1}
	z[1]="${z[1]:0:27}$(((d + 1) % 10))${z[1]:28}"
	start
	open_transit
	field DEU
	wait_for "Germany"
	to_name
	type_text "MUELLER, Anna"
	scan "${z[@]}"
	wait_for "Scan not read"
	assert_screen "expiry"
	field_shows "Name (as in" "MUELLER, Anna"
	field_shows "Nationality" "Germany"
	assert_not_screen "C01X00T47"
	assert_not_screen "P<D<<"
	# F3 and a good zone: the same screen, filled
	mapfile -t z < <(seed_zone)
	send F3
	wait_for "Scan the passport's data page"
	scan "${z[@]}"
	wait_for "Passport read"
	field_shows "Passport number" "C01X00T47"
}

# BN(O): not recognised since 2021; the nationality stays unanswered
scan_gbn() {
	local -a z
	mapfile -t z < <(td3_lines GBN 'CHAN<<TAI<MAN' K12345678 GBN 800101 M 300101)
	start
	open_transit
	send F3
	wait_for "Scan the passport's data page"
	scan "${z[@]}"
	wait_for "look at this first"
	assert_screen "British National (Overseas)"
	assert_screen "31 January 2021"
	send Escape
	wait_gone "look at this first"
	field_shows "Name (as in" "CHAN, TAI MAN"
	screen_line "Nationality" | grep -q "GBR\|United Kingdom" && fail "GBN filled as GBR"
	true
}

# a Chinese passport: a citizen, outside the visitor regimes; the e-pass
# check is offered, with the name
scan_chn_offers_epass() {
	local -a z
	mapfile -t z < <(td3_lines CHN 'CHAN<<TAI<MAN' E12345678 CHN 800101 M 300101)
	start
	open_transit
	scan "${z[@]}"
	wait_for "look at this first"
	assert_screen "Chinese citizen"
	assert_screen "y: start the e-pass check"
	type_text y
	wait_for "Before you start"
}

# after F9 with --print-to: the PDF written (entrydesk-slip runs beside
# the wizard: polled for, pdfinfo accepts it), its text in $ED_T/sheet.txt;
# the PDF is removed once read, so that the next F9 is seen anew
pdf_done() { pdfinfo "$ED_T/sheet.pdf" >/dev/null 2>&1 && screen | grep -qF "Slip saved to"; }
printed_pdf() {
	wait_until "$ED_TIMEOUT" pdf_done || fail "F9 did not write a PDF: $(head -c 100 "$ED_T/sheet.pdf")"
	pdftotext -layout "$ED_T/sheet.pdf" "$ED_T/sheet.txt"
	assert_private "$ED_T/sheet.pdf"
	rm -f "$ED_T/sheet.pdf"
}

# group_from_manifest N [START-OPTIONS...]: the group check from launch,
# the trip once (USA PVG 01JAN - JPN 05JAN), then F4 and the manifest's
# first N travellers ($ED_T/group.csv)
group_from_manifest() {
	head -$(($1 + 1)) "$ED_ROOT/tests/data/group/manifest-40.csv" >"$ED_T/group.csv"
	chmod 600 "$ED_T/group.csv"
	shift
	start "$@"
	wait_for "Start a check"
	send 4
	wait_for "Tour group: the trip · screen 1 of 3"
	ED_GROUP=1 trip_required_only USA PVG 01JAN JPN 05JAN
	wait_for "No travellers yet"
	send F4
	wait_for "Manifest file"
	# the path is the agent's to type: counted
	type_text "$ED_T/group.csv"
	send Enter
}

# a group of 10 from a manifest: the trip once, F4, the list, the sheet
group_of_ten() {
	group_from_manifest 10 --print-to "$ED_T/sheet.pdf"
	wait_for "10 travellers added"
	wait_for "Tour group · 10 travellers"
	assert_screen "144h transit"
	assert_screen "2023-01-07 24:00"
	info "keystrokes from launch to a group of 10's verdicts: $ED_KEYS (of them the manifest path: $((${#ED_T} + 10)))"
	send F9
	printed_pdf
	grep -q "GROUP SHEET" "$ED_T/sheet.txt" || fail "F9 did not print the group sheet"
	# a traveller's line: its number, the name, the masked passport
	[ "$(grep -c '^ *[0-9]\+ .*\*\*\*' "$ED_T/sheet.txt")" = 10 ] || fail "not 10 travellers on the sheet"
	grep -q "C1000000" "$ED_T/sheet.txt" && fail "a passport number unmasked on the sheet"
	# the second traveller's slip, on request
	send Down Enter
	wait_for "ENTRYDESK: VISA-FREE ENTRY"
	wait_for "MUSTERMANN, ERIKA"
	send F9
	printed_pdf
	grep -q "GROUP SHEET" "$ED_T/sheet.txt" && fail "F9 on a slip printed the sheet"
	grep -q "MUSTERMANN" "$ED_T/sheet.txt" || fail "the slip is not the chosen traveller's"
	send Escape
	wait_for "Tour group · 10 travellers"
}

# The history questions per traveller in the group wizard (issue 18): r
# on the chosen traveller turns over their own visa-refusal stamp, the
# others keep the trip's answer; the sheet then says what check --group
# says with the manifest's visa_refusal_stamp column; r again undoes it
group_history_per_traveller() {
	group_from_manifest 3
	wait_for "Tour group · 3 travellers"
	screen_line "SMITH, JOHN" | grep -q "144h transit" || fail "SMITH not on 144h transit before"
	send Down Down
	type_text r
	# named by the sheet's Line column (the manifest line), not 1..n
	wait_for "Traveller 4: visa-refusal stamp yes"
	screen | grep -q "^4  *SMITH, JOHN" || fail "line 4 is not SMITH's"
	wait_for "NOT ELIGIBLE"
	screen_line "SMITH, JOHN" | grep -q "NOT ELIGIBLE" || fail "SMITH's own stamp not judged"
	screen_line "ERIKSSON, ANNA" | grep -q "144h transit" || fail "another traveller changed"
	# check --group, the stamp in the manifest's column, says the same
	{ head -1 "$ED_T/group.csv" | tr -d '\r' | sed 's/$/,visa_refusal_stamp/'
	  sed -n 2,3p "$ED_T/group.csv" | tr -d '\r' | sed 's/$/,/'
	  sed -n 4p "$ED_T/group.csv" | tr -d '\r' | sed 's/$/,yes/'; } >"$ED_T/own.csv"
	printf '[check]\nflow = transit\ndate = %s\n[trip]\narriving_from = USA\nentry_port = PVG\nentry_date = 2023-01-01\ndestination = JPN\ndeparture_date = 2023-01-05\nseat_confirmed = yes\n[history]\nvisa_refusal_stamp = no\nimmigration_violation = no\n' \
		"$ED_TODAY" >"$ED_T/trip.ini"
	(cd "$ED_ROOT" && ENTRYDESK_TODAY=$ED_TODAY "$ED_BIN" check --group "$ED_T/own.csv" "$ED_T/trip.ini") \
		>"$ED_T/sheet.txt" 2>&1
	grep "SMITH, JOHN" "$ED_T/sheet.txt" | grep -q "NOT ELIGIBLE" || fail "check --group: $(grep SMITH "$ED_T/sheet.txt")"
	grep "ERIKSSON, ANNA" "$ED_T/sheet.txt" | grep -q "144h transit" || fail "check --group: ERIKSSON"
	type_text r
	wait_for "Traveller 4: visa-refusal stamp no"
	wait_gone "NOT ELIGIBLE"
	screen_line "SMITH, JOHN" | grep -q "144h transit" || fail "r again did not undo it"
}

# The reviewer's tour group (HKG - SZX - HKG, a Hong Kong tour group) at
# 80x24: the trip in the group's words and numbering, no early "not
# eligible" before any traveller, no group size asked (the travellers are
# counted), every traveller judged; F2's answers then give check --group
# the same group; a scanned traveller is named as the sheet's Line shows
# the group's screens say "the group" or "each traveller", never "the
# traveller" as if one stood at the desk
no_single_traveller() {
	screen | grep -qw "the traveller" && fail "\"the traveller\" on a group screen"
	return 0
}

gba_group_trip() {
	local -a z
	ED_COLS=80 ED_ROWS=24
	head -7 "$ED_ROOT/tests/data/group/manifest-40.csv" >"$ED_T/m.csv"
	chmod 600 "$ED_T/m.csv"
	ED_TODAY=2026-11-29
	start
	wait_for "Start a check"
	send 4
	wait_for "Tour group: the trip · screen 1 of 3"
	no_single_traveller
	field HKG
	field SZX
	type_text 5DECHKG
	send Tab
	type_text 9DEC
	send Tab Tab Tab Tab Tab
	wait_for "Tour group: the trip · screen 2 of 3"
	assert_not_screen "Already not eligible"
	no_single_traveller
	send NPage
	wait_for "Tour group: the trip · screen 3 of 3"
	assert_not_screen "Already not eligible"
	no_single_traveller
	assert_not_screen "Group size"
	send 1 Tab 1 Tab 2 Tab y
	wait_for "Hong Kong or Macao"
	send NPage
	wait_for "No travellers yet"
	send F4
	wait_for "Manifest file"
	type_text "$ED_T/m.csv"
	send Enter
	wait_for "6 travellers added"
	assert_not_screen "not judged"
	screen | grep -q "^4  *SMITH, JOHN .*GBA group" || fail "SMITH not judged on the GBA group"
	[ "$(screen | grep -c '^[2-7]  .*24:00')" = 6 ] || fail "not every traveller has a way in"
	mapfile -t z < <(seed_zone)
	send F3
	wait_for "Scan the passport's data page"
	scan "${z[@]}"
	wait_for "Traveller S1 added from the scan"
	screen | grep -q "^S1  *MUELLER, ANNA" || fail "the scan is not S1 on the sheet"
	send PPage
	wait_for "Tour group: the trip · screen 3 of 3"
	send F2
	wait_for "Save the answers"
	send C-u
	type_text "$ED_T/trip.ini"
	send Enter
	wait_for "Answers saved"
	grep -q "group_size" "$ED_T/trip.ini" && fail "F2 saved a group size"
	(cd "$ED_ROOT" && ENTRYDESK_TODAY=$ED_TODAY "$ED_BIN" check --group "$ED_T/m.csv" "$ED_T/trip.ini") \
		>"$ED_T/sheet.txt" 2>&1 || fail "check --group refused the saved trip: $(cat "$ED_T/sheet.txt")"
	grep "SMITH, JOHN" "$ED_T/sheet.txt" | grep -q "GBA group" || fail "check --group: $(grep SMITH "$ED_T/sheet.txt")"
}

run scan-seed-to-verdict scan_seed_to_verdict
run scan-bad-check-digit scan_bad_check_digit
run scan-gbn scan_gbn
run scan-chn-offers-epass scan_chn_offers_epass
run group-of-ten group_of_ten
run group-history-per-traveller group_history_per_traveller
run group-gba-trip gba_group_trip
finish
