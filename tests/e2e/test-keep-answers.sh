#!/usr/bin/env bash
# Nothing typed is lost (issue 17): a draft belongs to one running wizard
# (a second one is told, and may open a copy); every signal that would end
# the wizard keeps a draft and gives the terminal back; a drafts folder
# that cannot be written is said on the start screen; a name no INI form
# carries is refused at its field and still survives Ctrl-C.
. "$(dirname "$0")/lib.sh"

drafts_dir() { printf '%s' "$ED_T/state/entrydesk/drafts"; }
draft_count() { ls "$(drafts_dir)"/draft-*.ini 2>/dev/null | wc -l; }
draft_file() { ls "$(drafts_dir)"/draft-*.ini 2>/dev/null | head -n 1; }

# a second wizard in a session of its own ("ed2"), its status in status2
start2() {
	local -a envv
	mapfile -t envv < <(ed_env)
	rm -f "$ED_T/status2"
	ed_tmux new-session -d -s ed2 -x "$ED_COLS" -y "$ED_ROWS" -c "$ED_ROOT" \
		"$(ed_quote "${envv[@]}" "$ED_BASH" -c "$ED_WRAP" "$ED_T/status2" "$ED_BIN" "$@")"
}
screen2() { ed_tmux capture-pane -p -S - -t ed2 2>/dev/null; }
wait_for2() {
	local limit=$(($(now_ms) + ED_TIMEOUT * 1000))
	until screen2 | grep -qF -- "$1"; do
		[ "$(now_ms)" -ge "$limit" ] && fail "the first wizard never showed \"$1\": $(screen2)"
		sleep 0.05
	done
}
# two drafts, and no wizard writing one (no temporary file left)
two_drafts_written() {
	[ "$(draft_count)" = 2 ] && ! ls "$(drafts_dir)"/*.tmp* >/dev/null 2>&1
}

# a draft to fight over: a German traveller, hung up on
make_draft() {
	start
	transit_with_nationality
	signal HUP
	wait_exit
	[ "$(draft_count)" = 1 ] || fail "no draft to start from"
	ed_tmux kill-session -t ed
}

two_wizards_one_draft() {
	make_draft
	local shared
	shared=$(draft_file)
	start2 --resume
	wait_for2 "Draft reopened"
	# the second wizard sees it taken, and is asked rather than let in
	start
	wait_for "open in another entrydesk"
	# the first draft listed: 7, the six choices come first
	send 7
	wait_for "This draft is open in another entrydesk"
	send n
	wait_for "The draft stays with the other entrydesk"
	assert_not_screen "Visa-free entry or transit · screen"
	send 7
	wait_for "Open a copy"
	send y
	wait_for "A copy of the draft reopened"
	assert_screen "Germany"
	# --resume, a third time, is refused with the reason
	(cd "$ED_ROOT" && env HOME="$ED_T/home" XDG_STATE_HOME="$ED_T/state" \
		ENTRYDESK_TODAY="$ED_TODAY" "$ED_BIN" --resume </dev/null >"$ED_T/out3" 2>&1)
	grep -qF "is open in another entrydesk" "$ED_T/out3" || fail "--resume took it: $(cat "$ED_T/out3")"
	# both end; each says a file of its own, and both answers are kept
	signal HUP
	wait_exit
	# the first wizard's terminal goes: it hangs up, writing its own draft
	ed_tmux kill-session -t ed2
	wait_until "$ED_TIMEOUT" two_drafts_written
	for f in "$(drafts_dir)"/draft-*.ini; do
		assert_private "$f"
		grep -q "^nationality *= *DEU" "$f" || fail "$f lacks the answers"
	done
	[ -f "$shared" ] || fail "the shared draft is gone"
}

# SIGUSR1, SIGUSR2, SIGALRM: ended as SIGTERM ends it (SIGPIPE: ignored)
signal_keeps_draft() {
	start_shell 'stty -a >"$T/stty.before"; "$ED"; echo "exit status $?"; stty -a >"$T/stty.after"; echo DONE'
	transit_with_nationality
	signal "$1"
	wait_for DONE
	cmp -s "$ED_T/stty.before" "$ED_T/stty.after" || fail "the terminal settings differ after SIG$1"
	assert_screen "interrupted; the answers typed so far are kept in"
	assert_private "$(draft_file)"
	grep -q "^nationality *= *DEU" "$(draft_file)" || fail "the draft lacks the nationality"
}
sigusr1_keeps_draft() { signal_keeps_draft USR1; }
sigusr2_keeps_draft() { signal_keeps_draft USR2; }
sigalrm_keeps_draft() { signal_keeps_draft ALRM; }

sigpipe_is_ignored() {
	start
	transit_with_nationality
	signal PIPE
	to_name
	type_text "MUELLER, Anna"
	wait_for "MUELLER, Anna"
	pane_dead && fail "SIGPIPE ended the wizard"
	signal TERM
	wait_exit
	assert_private "$(draft_file)"
}

# a drafts folder that exists and is ours but cannot be written (read-only;
# root, whom no mode stops, gets an immutable folder)
start_screen_says_drafts_cannot_be_written() {
	mkdir -p "$(drafts_dir)"
	chmod 700 "$ED_T/state/entrydesk" "$(drafts_dir)"
	if [ "$(id -u)" = 0 ]; then
		chattr +i "$(drafts_dir)" 2>/dev/null || skip "chattr +i is not supported here"
	else
		chmod 500 "$(drafts_dir)"
	fi
	start_shell '"$ED"; echo "exit status $?"; sleep 100'
	wait_for "Answers of an interrupted check cannot be kept: drafts are off: cannot write in"
	transit_with_nationality
	send C-c
	wait_for "exit status 130"
	assert_screen "NOT kept"
	chattr -i "$(drafts_dir)" 2>/dev/null
	chmod 700 "$(drafts_dir)"
}

# "Jack" O'Brien: both quotes, a quote first; no INI line carries it
quote_heavy_name_survives_ctrl_c() {
	local name="\"Jack\" O'Brien"
	start_shell '"$ED" "$@"; echo "exit status $?"; sleep 100'
	transit_with_nationality
	to_name
	type_text "$name"
	wait_for "$name"
	send Tab
	wait_for "cannot be kept in an answers file"
	assert_cursor_on "Name (as in the passport)"
	send C-c
	wait_for "exit status 130"
	assert_screen "the answers typed so far are kept in"
	assert_private "$(draft_file)"
	ed_tmux kill-session -t ed
	start --resume
	wait_for "Draft reopened"
	wait_for "$name"
	assert_screen "Germany"
}

run "two wizards and one draft: the second is told, may open a copy, and both answers are kept" two_wizards_one_draft
run "SIGUSR1 keeps a draft and restores the terminal" sigusr1_keeps_draft
run "SIGUSR2 keeps a draft and restores the terminal" sigusr2_keeps_draft
run "SIGALRM keeps a draft and restores the terminal" sigalrm_keeps_draft
run "SIGPIPE is ignored: the wizard goes on" sigpipe_is_ignored
run "a drafts folder that cannot be written is said on the start screen" start_screen_says_drafts_cannot_be_written
run "a name with both quotes is refused at its field and survives Ctrl-C" quote_heavy_name_survives_ctrl_c
finish
