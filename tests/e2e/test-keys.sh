#!/usr/bin/env bash
# Keys come from one action table: a key that does nothing on a screen
# says so (never silence), the bottom bar keeps its slots (a label that
# does not apply is blank, the others do not move), and F1 lists every
# bound key, Ctrl-A/E/D included.
. "$(dirname "$0")/lib.sh"

ED_COLS=80
ED_ROWS=24

# the column where TEXT starts on the last row (the key bar)
bar_col() {
	ed_tmux capture-pane -p -t ed | tail -n 1 | awk -v t="$1" '{ print index($0, t) }'
}

key_without_action_gets_a_hint() {
	start
	wait_for "Start a check"
	send F8
	wait_for "F8 does nothing here: F1 shows the keys."
	send F2
	wait_for "F2 does nothing here: F1 shows the keys."
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
	send F9
	wait_for "F9 does nothing here: F1 shows the keys."
}

bar_slots_stay() {
	local quit_start quit_form
	start
	wait_for "Start a check"
	wait_bottom "F10Quit"
	quit_start=$(bar_col F10Quit)
	assert_not_screen "F9Print"
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
	wait_bottom "F8Verdict"
	quit_form=$(bar_col F10Quit)
	[ "$quit_start" = "$quit_form" ] ||
		fail "F10 moved from column $quit_start to $quit_form"
	[ "$(bar_col F1Help)" = 1 ] || fail "F1 is not in the first slot"
}

# an e-pass refusal certain from the answers so far: a final verdict, so
# its bar has F9 (the refusal slip prints), and F10 keeps its place
epass_refusal_prints() {
	ED_TODAY=2025-05-21
	start
	epass_resident
	wait_bottom "F10Quit"
	local quit_col
	quit_col=$(bar_col F10Quit)
	type_text w
	wait_for "Already not eligible: the traveller has the permit"
	send F8
	wait_for "NOT ELIGIBLE: E-pass"
	wait_bottom "F10Quit"
	assert_screen "F9Print"
	[ "$(bar_col F10Quit)" = "$quit_col" ] || fail "F10 moved on the refusal verdict"
	[ "$(bar_col PgDnMore)" -gt 0 ] || fail "no PgDn on the refusal verdict"
}

help_lists_every_key() {
	start
	wait_for "Start a check"
	send F1
	wait_for "Any key closes this help."
	# the box's text as one line: the list wraps anywhere
	local k text
	text=$(ed_tmux capture-pane -p -t ed | sed -n 's/^[^│]*│ *\(.*[^ ]\) *│.*$/\1/p' | tr '\n' ' ')
	for k in "F1 this help" "Home/C-a start of the field" "End/C-e end of the field" \
		"Del/C-d delete" "C-u clear the field" "C-l repaint" "S-Tab/Up previous field" \
		"C-c leave now, keeping a draft"; do
		case $text in *"$k"*) ;; *) fail "F1 does not list \"$k\": $text" ;; esac
	done
}

run "a key that does nothing on a screen says so, never silence" key_without_action_gets_a_hint
run "the key bar keeps its slots: a label that does not apply is blank" bar_slots_stay
run "an e-pass refusal at once is final: F9 prints its slip, the slots stay" epass_refusal_prints
run "F1 lists every bound key, from the action table" help_lists_every_key
finish
