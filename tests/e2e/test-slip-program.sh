#!/usr/bin/env bash
# Printing in a program of its own (issue 16): entrydesk links none of the
# print stack; an entrydesk-slip that crashes or is missing is a message
# in the wizard, which keeps its answers; the group's PDF from the command
# line and from F9; entrydesk-slip refuses a bad slip document in one line.
. "$(dirname "$0")/lib.sh"

# the entrydesk-slip beside the binary under test (build/ for the
# sanitizer build)
ED_SLIP=$(dirname "$ED_BIN")/entrydesk-slip

no_print_stack_in_entrydesk() {
	command -v ldd >/dev/null || skip "ldd is missing"
	local libs
	libs=$(ldd "$ED_BIN") || fail "ldd $ED_BIN failed"
	if grep -Ei 'cairo|pango|opencc|cups|harfbuzz|fontconfig|gnutls|X11' <<<"$libs"; then
		fail "entrydesk links the print stack: $(grep -Eci 'cairo|pango|opencc|cups' <<<"$libs") of it"
	fi
	# the plain build: a handful (the sanitizer build adds its runtimes)
	case $ED_BIN in
	*-san*) ;;
	*) [ "$(wc -l <<<"$libs")" -le 12 ] || fail "ldd entrydesk lists $(wc -l <<<"$libs") libraries: $libs" ;;
	esac
	ldd "$ED_SLIP" | grep -q cairo || fail "entrydesk-slip does not link cairo"
}

# an entrydesk-slip that SIGSEGVs as soon as it starts, on ENTRYDESK_SLIP
crashing_slip() {
	mkdir -p "$ED_T/bin"
	printf '#!/bin/sh\nkill -SEGV $$\n' >"$ED_T/bin/entrydesk-slip"
	chmod +x "$ED_T/bin/entrydesk-slip"
	ED_ENV+=("ENTRYDESK_SLIP=$ED_T/bin/entrydesk-slip")
}

# the answers still there: saved with F2, the seed's name in the file
answers_kept() {
	save_answers "$ED_T/kept.ini"
	grep -qF "MUELLER" "$ED_T/kept.ini" || fail "the answers were lost: $(head -c 300 "$ED_T/kept.ini")"
}

crash_is_a_message() {
	crashing_slip
	start --print-to "$ED_T/slip.pdf"
	seed_transit_to_verdict
	send F9
	wait_for "Printing failed: entrydesk-slip was stopped by signal 11"
	# the PDF could not be made: the text is offered
	wait_for "The PDF was not made. Save the slip as a text file instead?"
	send y
	answer_prompt "Save the slip as this file" "$ED_T/slip.txt"
	wait_for "Slip saved to $ED_T/slip.txt."
	grep -qF "24:00 on Saturday 7 January 2023" "$ED_T/slip.txt" || fail "the text slip lacks the deadline"
	[ -e "$ED_T/slip.pdf" ] && fail "a PDF was left behind"
	assert_screen "CONFIRM WITH BORDER INSPECTION"
	answers_kept
}

crash_on_the_printer_path() {
	crashing_slip
	start --printer entrydesk-pdf
	seed_transit_to_verdict
	send F9
	wait_for "Printing failed: entrydesk-slip was stopped by signal 11"
	# a failed print offers the PDF; when that fails too, the text
	wait_for "Save the slip as a PDF file instead?"
	send y
	answer_prompt "Save the slip as this file" "$ED_T/slip.pdf"
	wait_for "The PDF was not made. Save the slip as a text file instead?"
	[ -e "$ED_T/slip.pdf" ] && fail "a PDF was left behind"
	send n
	wait_gone "Save the slip as a text file instead?"
	answers_kept
}

missing_is_a_message() {
	ED_ENV+=("ENTRYDESK_SLIP=$ED_T/nowhere/entrydesk-slip")
	start --print-to "$ED_T/slip.pdf"
	seed_transit_to_verdict
	send F9
	wait_for "Printing failed: entrydesk-slip is not installed"
	wait_for "Save the slip as a text file instead?"
	send n
	wait_gone "Save the slip as a text file instead?"
	answers_kept
}

# the command line: the group sheet, then each traveller's slip, one PDF
group_pdf_from_the_command_line() {
	local pdf=$ED_T/group.pdf pages
	(cd "$ED_ROOT" && env ENTRYDESK_TODAY=2026-11-29 \
		LSAN_OPTIONS="suppressions=$ED_LSAN_SUPP:print_suppressions=0" \
		"$ED_BIN" check --format pdf --output "$pdf" \
		--group tests/data/group/manifest-40.csv tests/data/group/trip.ini) \
		>"$ED_T/out" 2>&1 || fail "check --group --format pdf: $(cat "$ED_T/out")"
	assert_private "$pdf"
	pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
	[ "${pages:-0}" -gt 20 ] || fail "$pages pages: not the sheet and a slip each"
	pdftotext -layout -f 1 -l 1 "$pdf" "$ED_T/sheet.txt"
	grep -qF "ENTRYDESK: GROUP SHEET" "$ED_T/sheet.txt" || fail "page 1 is not the group sheet"
	grep -qF "Travellers: 40" "$ED_T/sheet.txt" || fail "the sheet lacks its travellers"
	grep -qF "MUSTERMANN, ERIKA" "$ED_T/sheet.txt" || fail "the sheet lacks a traveller"
	pdftotext "$pdf" "$ED_T/all.txt"
	[ "$(grep -c "ENTRYDESK: VISA-FREE" "$ED_T/all.txt")" -gt 20 ] ||
		fail "the travellers' slips are missing"
	grep -q "C1000000" "$ED_T/all.txt" && fail "a passport number unmasked"
	return 0
}

# the command line with no entrydesk-slip: one line, status 2, no file
missing_from_the_command_line() {
	(cd "$ED_ROOT" && env ENTRYDESK_SLIP="$ED_T/nowhere/entrydesk-slip" ENTRYDESK_TODAY=2026-11-21 \
		"$ED_BIN" check --format pdf --output "$ED_T/x.pdf" tests/golden/transit_144h_eligible.ini) \
		>"$ED_T/out" 2>&1
	[ $? = 2 ] || fail "status $?, expected 2"
	grep -qF "entrydesk: entrydesk-slip is not installed" "$ED_T/out" || fail "said: $(cat "$ED_T/out")"
	[ "$(wc -l <"$ED_T/out")" = 1 ] || fail "more than one line: $(cat "$ED_T/out")"
	[ -e "$ED_T/x.pdf" ] && fail "a PDF was written"
	return 0
}

# entrydesk-slip itself: bad slip documents are refused in one line
bad_documents_refused() {
	local rc
	printf 'not a slip\n' | "$ED_SLIP" --output "$ED_T/x.pdf" 2>"$ED_T/err"
	rc=$?
	[ "$rc" = 1 ] || fail "status $rc, expected 1"
	grep -qxF 'entrydesk-slip: slip document, line 1: not a slip document; accepted first line: "entrydesk-slip 1"' \
		"$ED_T/err" || fail "said: $(cat "$ED_T/err")"
	[ -e "$ED_T/x.pdf" ] && fail "a PDF was written from nothing"
	(cd "$ED_ROOT" && ENTRYDESK_TODAY=2026-11-21 "$ED_BIN" check --format slipdoc \
		tests/golden/transit_144h_eligible.ini) >"$ED_T/doc" || fail "--format slipdoc failed"
	head -c 700 "$ED_T/doc" | "$ED_SLIP" --check 2>"$ED_T/err"
	[ $? = 1 ] && grep -qF "cut" "$ED_T/err" || fail "a cut document: $(cat "$ED_T/err")"
	"$ED_SLIP" --check <"$ED_T/doc" || fail "the whole document was refused"
	"$ED_SLIP" --output "$ED_T/x.pdf" </dev/null 2>"$ED_T/err"
	grep -qF "empty" "$ED_T/err" || fail "no input: $(cat "$ED_T/err")"
	"$ED_SLIP" 2>"$ED_T/err"
	[ $? = 2 ] || fail "no mode: status $?"
	return 0
}

run "entrydesk links no cairo, pango, OpenCC or CUPS; entrydesk-slip does" no_print_stack_in_entrydesk
run "a crashing entrydesk-slip is a message; the slip is saved as text and the answers kept" crash_is_a_message
run "a crashing entrydesk-slip while printing: a message, the PDF then the text offered, the answers kept" crash_on_the_printer_path
run "a missing entrydesk-slip is a message; the answers kept" missing_is_a_message
run "check --group --format pdf: the sheet, then each traveller's slip, read back" group_pdf_from_the_command_line
run "check --format pdf without entrydesk-slip says so in one line" missing_from_the_command_line
run "entrydesk-slip refuses bad slip documents in one line" bad_documents_refused
finish
