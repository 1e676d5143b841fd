#!/usr/bin/env bash
# Leaving the wizard: F10 with unsaved answers asks first; a hang-up keeps
# the typed answers in a private draft that --resume reopens; Ctrl-C and
# SIGTERM give the terminal back as it was.
. "$(dirname "$0")/lib.sh"

quit_asks_when_unsaved() {
	start
	open_transit
	field ger
	type_text "MUELLER, Anna"
	wait_for "MUELLER, Anna"
	send F10
	wait_for "The answers are not saved. Quit anyway?"
	send n
	wait_gone "Quit anyway?"
	# nothing lost, and typing goes on in the same field
	assert_screen "Germany"
	assert_cursor_on "Name (as in the passport)"
	type_text "-SCHMIDT"
	wait_for "MUELLER, Anna-SCHMIDT"
	send F10
	wait_for "Quit anyway?"
	send Escape
	wait_gone "Quit anyway?"
	pane_dead && fail "Esc quit the wizard"
	send F10
	wait_for "Quit anyway?"
	send y
	wait_exit
	[ "$(exit_status)" = 0 ] || fail "quitting exited with status $(exit_status)"
}

quit_at_once_when_saved() {
	start
	open_transit
	field ger
	wait_for "Germany"
	save_answers "$ED_T/answers.ini"
	assert_private "$ED_T/answers.ini"
	grep -q "^nationality *= *DEU" "$ED_T/answers.ini" || fail "the answers file lacks the nationality"
	send F10
	wait_exit
	assert_not_screen "Quit anyway?"
	[ "$(exit_status)" = 0 ] || fail "quitting exited with status $(exit_status)"
}

draft_file() { printf '%s' "$ED_T/state/entrydesk/draft.ini"; }

hangup_then_resume() {
	start
	open_transit
	seed_traveller
	field USA
	field PVG
	type_text 2023-01-01
	wait_for "Sunday 1 January 2023"
	signal HUP
	wait_exit
	assert_private "$(draft_file)"
	ed_tmux kill-server
	start --resume
	wait_for "Draft reopened"
	# the answers typed before the hang-up, the one being typed included
	local v
	for v in "Germany" "MUELLER, Anna" "C01X00T47" "Tuesday 1 January 2030"; do
		wait_for "$v"
	done
	send NPage
	wait_for "Visa-free transit · screen 2 of 4"
	for v in "United States" "Shanghai" "Sunday 1 January 2023" "leave before"; do
		assert_screen "$v"
	done
}

# a completed check deletes its draft
resume_to_verdict_deletes_draft() {
	start
	open_transit
	seed_traveller
	signal HUP
	wait_exit
	[ -f "$(draft_file)" ] || fail "no draft at $(draft_file) after SIGHUP"
	ed_tmux kill-server
	start --resume
	wait_for "Draft reopened"
	send NPage
	wait_for "Visa-free transit · screen 2 of 4"
	seed_itinerary
	seed_history_stay
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	wait_until "$ED_TIMEOUT" test ! -e "$(draft_file)"
}

# Runs entrydesk inside bash between two `stty -a` and prints DONE after;
# the two must be the same.
start_between_stty() {
	start_shell 'stty -a >"$T/stty.before"; "$ED"; echo "exit status $?"; stty -a >"$T/stty.after"; echo DONE'
	wait_for "Start a check"
}
assert_terminal_restored() {
	wait_for DONE
	cmp -s "$ED_T/stty.before" "$ED_T/stty.after" ||
		fail "the terminal settings differ after exit: $(diff "$ED_T/stty.before" "$ED_T/stty.after" | tr '\n' ' ')"
	# the normal screen is back: what the shell printed is on it
	assert_screen "exit status"
}

ctrl_c_restores_terminal() {
	start_between_stty
	send 1
	wait_for "Visa-free transit · screen 1 of 4"
	type_text ger
	send C-c
	assert_terminal_restored
	assert_not_screen "Nationality *"
	# what was typed is kept, and the agent is told how to get it back
	assert_screen "entrydesk --resume reopens them."
	assert_private "$(draft_file)"
}

sigterm_restores_terminal() {
	start_between_stty
	send 1
	wait_for "Visa-free transit · screen 1 of 4"
	field ger
	wait_for "Germany"
	signal TERM
	assert_terminal_restored
	assert_private "$(draft_file)"
}

run "F10 with unsaved answers asks first; n and Esc keep everything" quit_asks_when_unsaved
run "F2 saves the answers (mode 0600) and F10 then quits at once" quit_at_once_when_saved
run "SIGHUP keeps the typed answers in a 0600 draft that --resume reopens" hangup_then_resume
run "a check completed after --resume deletes the draft" resume_to_verdict_deletes_draft
run "Ctrl-C gives the terminal back as it was" ctrl_c_restores_terminal
run "SIGTERM gives the terminal back as it was and keeps a draft" sigterm_restores_terminal
finish
