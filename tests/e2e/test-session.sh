#!/usr/bin/env bash
# Leaving the wizard: F10 with unsaved answers asks first; a hang-up keeps
# the typed answers in a private draft that --resume reopens; Ctrl-C and
# SIGTERM give the terminal back as it was.
. "$(dirname "$0")/lib.sh"

quit_asks_when_unsaved() {
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
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
	pick ger "DEU  Germany"
	wait_for "Germany"
	save_answers "$ED_T/answers.ini"
	assert_private "$ED_T/answers.ini"
	grep -q "^nationality *= *DEU" "$ED_T/answers.ini" || fail "the answers file lacks the nationality"
	send F10
	wait_exit
	assert_not_screen "Quit anyway?"
	[ "$(exit_status)" = 0 ] || fail "quitting exited with status $(exit_status)"
}

# the drafts folder, and the one draft in it (a check has its own)
drafts_dir() { printf '%s' "$ED_T/state/entrydesk/drafts"; }
draft_file() { ls "$(drafts_dir)"/draft-*.ini 2>/dev/null | head -n 1; }
draft_count() { ls "$(drafts_dir)"/draft-*.ini 2>/dev/null | wc -l; }
no_drafts() { [ "$(draft_count)" = 0 ]; }

hangup_then_resume() {
	start
	open_transit
	seed_traveller
	field USA
	field PVG
	# interrupted half-way through the date
	type_text 1JA
	wait_for "1JA"
	signal HUP
	wait_exit
	assert_private "$(draft_file)"
	ed_tmux kill-server
	start --resume
	wait_for "Draft reopened"
	# back where the agent was: screen 2, on the field being typed in,
	# and the next key goes on with the half-typed value
	wait_for "Visa-free entry or transit · screen 2 of 4"
	wait_cursor_on "Entry date"
	type_text N
	wait_for "Sunday 1 January 2023"
	local v
	for v in "United States" "Shanghai" "Sunday 1 January 2023" "leave before"; do
		assert_screen "$v"
	done
	# and the answers of screen 1
	send PPage
	wait_for "Visa-free entry or transit · screen 1 of 4"
	for v in "Germany" "MUELLER, Anna" "C01X00T47" "Tuesday 1 January 2030"; do
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
	[ -f "$(draft_file)" ] || fail "no draft in $(drafts_dir) after SIGHUP"
	ed_tmux kill-server
	start --resume
	wait_for "Draft reopened"
	wait_for "Visa-free entry or transit · screen 2 of 4"
	wait_cursor_on "Arriving from"
	seed_itinerary
	seed_history_stay
	wait_for "CONFIRM WITH BORDER INSPECTION: 144-hour visa-free transit"
	wait_until "$ED_TIMEOUT" no_drafts
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
	wait_for "Visa-free entry or transit · screen 1 of 4"
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
	transit_with_nationality
	signal TERM
	assert_terminal_restored
	assert_private "$(draft_file)"
}

sigquit_restores_terminal() {
	start_between_stty
	transit_with_nationality
	signal QUIT
	assert_terminal_restored
	assert_screen "exit status 131"
	assert_private "$(draft_file)"
}

# The pty closes and no SIGHUP reaches entrydesk (another session, as
# under setsid or nohup): the read fails with EIO and it must end, keeping
# the answers, instead of spinning.
lost_terminal_ends_at_once() {
	printf '%s\n' '"$ED"; echo "exit status $?" >"$T/after"' >"$ED_T/run.sh"
	start_shell 'setsid -w bash "$T/run.sh"'
	transit_with_nationality
	local pid t0 limit=1
	case $ED_BIN in *-san*) limit=3 ;; esac
	pid=$(app_pid) || fail "entrydesk is not running"
	t0=$(now_ms)
	ed_tmux kill-server
	while any_alive "$pid"; do
		if [ "$(now_ms)" -ge $((t0 + limit * 1000)) ]; then
			kill -9 "$pid" # a spinning wizard must not outlive its test
			fail "still running ${limit} s after its pty closed"
		fi
		sleep 0.02
	done
	info "ended $(($(now_ms) - t0)) ms after its pty closed"
	wait_until "$ED_TIMEOUT" test -s "$ED_T/after"
	grep -qx "exit status 129" "$ED_T/after" || fail "lost terminal: $(cat "$ED_T/after")"
	assert_private "$(draft_file)"
	grep -q "^nationality *= *DEU" "$(draft_file)" || fail "the draft lacks the nationality"
}

# F10 while the window is too small: a normal exit (0), the answers kept
f10_too_small_exits_normally() {
	start_shell '"$ED"; echo "exit status $?"; sleep 100'
	transit_with_nationality
	resize 60 20
	wait_for "Terminal too small"
	send F10
	wait_for "exit status 0"
	assert_not_screen "interrupted"
	assert_screen "entrydesk --resume reopens them."
	assert_private "$(draft_file)"
}

# a German traveller's name typed, then the terminal hangs up: one draft
interrupt_mueller() {
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
	type_text "MUELLER, Anna"
	wait_for "MUELLER, Anna"
	signal HUP
	wait_exit
	ed_tmux kill-server
}

# Two travellers interrupted one after the other: both drafts are listed
# on the start screen (masked names), each resumes, and quitting one with
# "Quit anyway" removes that one only.
two_interrupted_checks_both_resumable() {
	interrupt_mueller
	start
	open_transit
	field fra
	to_name
	type_text "DUPONT, Marc"
	wait_for "DUPONT, Marc"
	signal HUP
	wait_exit
	[ "$(draft_count)" = 2 ] || fail "$(draft_count) drafts after two interruptions, not 2"
	ed_tmux kill-server
	start
	wait_for "Interrupted checks (drafts):"
	wait_for "transit · M******, A***"
	assert_screen "transit · D*****, M***"
	assert_not_screen "MUELLER"
	# the second draft listed (7 is the newest, the Frenchman: the six
	# choices come first)
	send 8
	wait_for "Draft reopened"
	wait_for "MUELLER, Anna"
	wait_cursor_on "Name (as in the passport)"
	send F10
	wait_for "Quit anyway?"
	send y
	wait_exit
	[ "$(draft_count)" = 1 ] || fail "$(draft_count) drafts left, not 1"
	grep -q "DUPONT" "$(draft_file)" || fail "the wrong draft was removed"
	ed_tmux kill-server
	start --resume
	wait_for "DUPONT, Marc"
}

# A draft's time on the start screen is China time, as every other time
# (the tests run with TZ=UTC): saved at 16:30 UTC it shows 00:30 the next day
draft_time_is_china_time() {
	interrupt_mueller
	touch -d "2026-12-31 16:30:00 UTC" "$(draft_file)"
	start
	wait_for "Interrupted checks (drafts):"
	wait_for "2027-01-01 00:30 · transit · M******, A***"
	assert_not_screen "2026-12-31 16:30"
}

# Three drafts at 80x24 under the six choices: two fit, the heading says
# how many there are, and the list follows the one chosen (Up from the
# first choice is the last draft, 9)
more_drafts_than_fit() {
	ED_COLS=80 ED_ROWS=24
	local name
	for name in "AAA, Anna" "BBB, Bert" "CCC, Carl"; do
		start
		open_transit
		pick ger "DEU  Germany"
		to_name
		type_text "$name"
		wait_for "$name"
		signal HUP
		wait_exit
		ed_tmux kill-server
	done
	[ "$(draft_count)" = 3 ] || fail "$(draft_count) drafts, not 3"
	start
	wait_for "Interrupted checks (drafts), 3 in all"
	wait_for " 8  "
	assert_not_screen " 9  "
	send Up
	wait_for " 9  "
	assert_not_screen " 7  "
	assert_screen "Rules as of"
	send Enter
	wait_for "Draft reopened"
	wait_for "AAA, Anna"
}

# Delete on a draft asks first: n keeps it, y discards it (its file gone)
delete_asks_before_discarding() {
	start
	open_transit
	pick ger "DEU  Germany"
	signal HUP
	wait_exit
	ed_tmux kill-server
	[ "$(draft_count)" = 1 ] || fail "no draft to discard"
	start
	wait_for "Interrupted checks (drafts):"
	# no name yet: the nationality tells the draft apart
	assert_screen "transit · (no name yet; DEU)"
	send Up
	send DC
	wait_for "Discard draft 7? Its answers are gone for good."
	send n
	wait_gone "Discard draft 7?"
	[ "$(draft_count)" = 1 ] || fail "n discarded the draft"
	assert_screen " 7  "
	send DC
	wait_for "Discard draft 7?"
	send y
	wait_for "Draft discarded."
	[ "$(draft_count)" = 0 ] || fail "y kept the draft"
	assert_not_screen " 7  "
}

# Nine drafts (more than the six the start screen once listed): every one
# is listed and choosable, the oldest too, by Up from the first choice
nine_drafts_all_choosable() {
	ED_COLS=80 ED_ROWS=24
	local f i
	start
	open_transit
	pick ger "DEU  Germany"
	to_name
	type_text "OLD, Otto"
	wait_for "OLD, Otto"
	signal HUP
	wait_exit
	ed_tmux kill-server
	f=$(ls "$(drafts_dir)"/draft-*.ini)
	# within the days drafts are kept (older ones are removed at start)
	touch -d "@$(($(date +%s) - 7200))" "$f"
	# eight newer ones, as eight interrupted checks leave them
	for i in 1 2 3 4 5 6 7 8; do
		sed "s/OLD, Otto/NEW$i, Nina/" "$f" >"$(drafts_dir)/draft-2026112$i-0900$i-$i.ini"
		chmod 600 "$(drafts_dir)/draft-2026112$i-0900$i-$i.ini"
		touch -d "@$(($(date +%s) - 3600 + i * 60))" "$(drafts_dir)/draft-2026112$i-0900$i-$i.ini"
	done
	[ "$(draft_count)" = 9 ] || fail "$(draft_count) drafts, not 9"
	start
	wait_for "Interrupted checks (drafts), 9 in all"
	send Up
	wait_for " 15 "
	assert_screen "O**, O***"
	send Enter
	wait_for "Draft reopened"
	wait_for "OLD, Otto"
}

# No HOME and no XDG_STATE_HOME: no /tmp fallback; the start screen says
# drafts are off, and Ctrl-C says the answers were not kept, and why
drafts_off_without_home() {
	start_shell 'env -u HOME -u XDG_STATE_HOME "$ED"; echo "exit status $?"; sleep 100'
	wait_for "Answers of an interrupted check cannot be kept: drafts are off"
	transit_with_nationality
	send C-c
	wait_for "exit status 130"
	assert_screen "NOT kept: drafts are off: neither XDG_STATE_HOME nor HOME"
	ls -d /tmp/entrydesk-"$(id -u)" 2>/dev/null && fail "a /tmp fallback folder was made"
	return 0
}

# a drafts folder others can write to is refused, saying why
open_drafts_folder_is_refused() {
	mkdir -p "$ED_T/state/entrydesk"
	chmod 777 "$ED_T/state/entrydesk"
	start_shell '"$ED"; echo "exit status $?"; sleep 100'
	wait_for "drafts are off: others can write to"
	assert_screen "$ED_T/state/entrydesk (chmod 700 it)"
	transit_with_nationality
	signal HUP
	wait_for "exit status 129"
	assert_screen "NOT kept"
	[ "$(draft_count)" = 0 ] || fail "a draft was written in a folder others can write to"
}

# the drafts folder cannot be written (read-only; as root, whom no mode
# stops, a state "folder" that is a file): the exit message says so
unwritable_drafts_folder_says_not_kept() {
	mkdir -p "$(drafts_dir)"
	chmod 500 "$(drafts_dir)"
	if [ -w "$(drafts_dir)" ]; then
		chmod 700 "$(drafts_dir)"
		rm -rf "$ED_T/state"
		echo "not a folder" >"$ED_T/state"
	fi
	start_shell '"$ED"; echo "exit status $?"; sleep 100'
	transit_with_nationality
	send C-c
	wait_for "exit status 130"
	assert_screen "NOT kept"
	chmod 700 "$(drafts_dir)" 2>/dev/null
	return 0
}

run "F10 with unsaved answers asks first; n and Esc keep everything" quit_asks_when_unsaved
run "F2 saves the answers (mode 0600) and F10 then quits at once" quit_at_once_when_saved
run "SIGHUP keeps the typed answers in a 0600 draft that --resume reopens" hangup_then_resume
run "a check completed after --resume deletes the draft" resume_to_verdict_deletes_draft
run "Ctrl-C gives the terminal back as it was" ctrl_c_restores_terminal
run "SIGTERM gives the terminal back as it was and keeps a draft" sigterm_restores_terminal
run "SIGQUIT gives the terminal back as SIGTERM does, and keeps a draft" sigquit_restores_terminal
run "a lost terminal (pty closed, no SIGHUP) ends the wizard within 1 s, keeping a draft" lost_terminal_ends_at_once
run "F10 while the window is too small exits normally (0), keeping a draft" f10_too_small_exits_normally
run "two interrupted checks are both listed and resumable; Quit anyway removes its own" two_interrupted_checks_both_resumable
run "a draft's time on the start screen is China time, not the machine's zone" draft_time_is_china_time
run "three drafts at 80x24: two fit, the heading counts them, the list follows Up" more_drafts_than_fit
run "Delete on a draft asks first; n keeps it, y discards it" delete_asks_before_discarding
run "nine drafts: all listed, the oldest chosen by Up" nine_drafts_all_choosable
run "without HOME and XDG_STATE_HOME drafts are off, no /tmp fallback, and exit says so" drafts_off_without_home
run "a drafts folder others can write to is refused, saying why" open_drafts_folder_is_refused
run "when the draft cannot be written, the exit message says the answers were not kept" unwritable_drafts_folder_says_not_kept
finish
