# End-to-end test library: drives the real entrydesk in a detached tmux
# session of fixed size, locale and terminal, and reads the screen back.
# Every wait polls the screen; nothing sleeps and hopes.
#
# A test script sources this file, defines one function per case, runs
# them with `run "what the user sees" function_name` lines and ends with
# `finish`. Each case runs in a subshell with its own tmux server (private
# socket), its own HOME and XDG_STATE_HOME, and prints one line: PASS,
# FAIL (with the screen and any sanitizer report) or SKIP.
#
# Environment: ENTRYDESK_BIN (default ./entrydesk), ED_TIMEOUT (seconds per
# wait, default 10; tripled for a sanitizer build), ED_KEEP=1 keeps the
# temp folders.

set -u

ED_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ED_BIN=${ENTRYDESK_BIN:-./entrydesk}
case $ED_BIN in /*) ;; *) ED_BIN=$ED_ROOT/${ED_BIN#./} ;; esac
ED_TIMEOUT=${ED_TIMEOUT:-10}
case $ED_BIN in *-san*) ED_TIMEOUT=$((ED_TIMEOUT * 3)) ;; esac
ED_COLS=100
ED_ROWS=30
ED_TODAY=2023-01-01 # the seed's entry day: transit examples are "today"
ED_CASE=""
ED_T=""    # the case's temp folder (HOME, state, files)
ED_SOCK="" # its tmux socket name

# (TMUX unset: the tests also run from inside a tmux session)
ed_tmux() { TMUX= tmux -L "$ED_SOCK" -f "$ED_T/tmux.conf" "$@"; }

# the screen as text (no colours), one line per row; with the lines that
# scrolled off (after the program exits, tmux scrolls its note in)
screen() { ed_tmux capture-pane -p -S - -t ed 2>/dev/null; }

# ends the case as failed: the reason, then the screen as it is now
fail() {
	local dump
	dump=$(screen | awk '{ row[NR] = $0 } NF { last = NR } END { for (i = 1; i <= last; i++) print row[i] }')
	printf 'FAIL %s: %s\n' "$ED_CASE" "$*"
	if [ -n "$dump" ]; then
		printf -- '----- screen (%sx%s) -----\n%s\n-------------------------\n' \
			"$ED_COLS" "$ED_ROWS" "$dump"
	fi
	# a crash of the sanitizer build explains the screen
	cat "$ED_T"/asan.* "$ED_T"/ubsan.* 2>/dev/null
	exit 1
}

# ends the case as skipped (not allowed in CI, where it fails instead)
skip() {
	if [ "${CI:-}" = true ]; then
		fail "cannot run in CI: $*"
	fi
	printf 'SKIP %s: %s\n' "$ED_CASE" "$*"
	exit 3
}

now_ms() { date +%s%3N; }

# wait_for TEXT [SECONDS]: polls the screen every 50 ms until TEXT (fixed
# string) appears; fails the case with the screen after the timeout
wait_for() {
	local text=$1 limit=$(($(now_ms) + ${2:-$ED_TIMEOUT} * 1000))
	while :; do
		screen | grep -qF -- "$text" && return 0
		[ "$(now_ms)" -ge "$limit" ] && fail "waited ${2:-$ED_TIMEOUT}s for \"$text\""
		sleep 0.05
	done
}

# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on the screen
wait_gone() {
	local text=$1 limit=$(($(now_ms) + ${2:-$ED_TIMEOUT} * 1000))
	while screen | grep -qF -- "$text"; do
		[ "$(now_ms)" -ge "$limit" ] && fail "waited ${2:-$ED_TIMEOUT}s for \"$text\" to go"
		sleep 0.05
	done
}

# wait_until SECONDS COMMAND...: polls until COMMAND succeeds
wait_until() {
	local secs=$1 limit
	shift
	limit=$(($(now_ms) + secs * 1000))
	until "$@"; do
		[ "$(now_ms)" -ge "$limit" ] && fail "waited ${secs}s for: $*"
		sleep 0.05
	done
}

# assert_screen TEXT: TEXT is on the screen now (after a wait_for)
assert_screen() {
	screen | grep -qF -- "$1" || fail "expected \"$1\" on the screen"
}

# assert_not_screen TEXT: TEXT is not on the screen now
assert_not_screen() {
	screen | grep -qF -- "$1" && fail "did not expect \"$1\" on the screen"
	return 0
}

# the screen row holding TEXT (first match), for checks on one line
screen_line() { screen | grep -F -m1 -- "$1"; }

# the 0-based row of the first screen line holding TEXT, and the cursor's
# row: "the cursor sits on the focused field"
row_of() { ed_tmux capture-pane -p -t ed | grep -n -m1 -F -- "$1" | cut -d: -f1 | awk '{ print $1 - 1 }'; }
cursor_row() { ed_tmux display -p -t ed '#{cursor_y}'; }
assert_cursor_on() {
	local row
	row=$(row_of "$1")
	[ -n "$row" ] || fail "\"$1\" is not on the screen"
	[ "$(cursor_row)" = "$row" ] || fail "the cursor is on row $(cursor_row), not on the row of \"$1\" ($row)"
}

# wait_cursor_on TEXT: polls until the cursor is on the row of TEXT
cursor_on() { [ -n "$(row_of "$1")" ] && [ "$(cursor_row)" = "$(row_of "$1")" ]; }
wait_cursor_on() {
	local limit=$(($(now_ms) + ED_TIMEOUT * 1000))
	until cursor_on "$1"; do
		[ "$(now_ms)" -ge "$limit" ] && assert_cursor_on "$1"
		sleep 0.05
	done
}

# keys sent so far in the case: one per named key, one per typed character
ED_KEYS=0

# send KEY...: tmux key names (Tab, BTab, Enter, NPage, PPage, Escape, F1,
# F9, F10, C-l, Up, Down, BSpace...)
send() {
	ED_KEYS=$((ED_KEYS + $#))
	ed_tmux send-keys -t ed "$@"
}

# type TEXT: literal text, as typed
type_text() {
	ED_KEYS=$((ED_KEYS + ${#1}))
	ed_tmux send-keys -t ed -l -- "$1"
}

# field TEXT: types TEXT into the focused field and moves to the next one
# (an empty TEXT just moves on)
field() {
	[ -n "$1" ] && type_text "$1"
	send Tab
}

# date_go_on DATE: types DATE into the focused date field and goes on: a
# full date (2026-12-05, 05DEC2026) does by itself, as the agent sees;
# one that may still grow (5DEC, 5DEC26) takes a Tab
date_go_on() {
	type_text "$1"
	case $1 in
	????-??-?? | *[A-Za-z][0-9][0-9][0-9][0-9]) ;;
	*) send Tab ;;
	esac
}

# pick TEXT ROW: types TEXT into a country or port field, waits for ROW
# in the list of candidates under it and takes the highlighted (first)
# one with Enter, which moves to the next field
pick() {
	type_text "$1"
	wait_for "$2"
	send Enter
}

# The program runs under a small bash that writes its exit status to
# $ED_T/status: tmux can mark the pane dead (pty closed) some time before
# it learns the exit status.
ED_WRAP='"$@"; echo $? >"$0"'
# by its full path, so that a test may give entrydesk a PATH without lp
ED_BASH=$(command -v bash)

# pane_dead: true once the program has exited (its status is known)
pane_dead() { [ -s "$ED_T/status" ]; }

# the exit status of the program once it has exited (128 + N: signal N)
exit_status() { cat "$ED_T/status" 2>/dev/null; }

# wait_exit [SECONDS]: polls until the program has exited
wait_exit() { wait_until "${1:-$ED_TIMEOUT}" pane_dead; }

# the pid of the process the pane runs (the wrapping shell)
pane_pid() { ed_tmux display -p -t ed '#{pane_pid}'; }

# the environment every run gets: fixed locale, terminal, day and home
ed_env() {
	printf '%s\n' env -i \
		"PATH=$PATH" "HOME=$ED_T/home" "XDG_STATE_HOME=$ED_T/state" \
		"LANG=C.UTF-8" "LC_ALL=C.UTF-8" "TERM=tmux-256color" "TZ=UTC" \
		"ENTRYDESK_TODAY=$ED_TODAY" \
		"ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:log_path=$ED_T/asan" \
		"LSAN_OPTIONS=suppressions=$ED_LSAN_SUPP:print_suppressions=0" \
		"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$ED_T/ubsan"
}

# the font caches cairo, pango and fontconfig keep for the process (F9
# runs entrydesk-slip, which makes the PDF; the sanitizer build runs the
# sanitizer build of it): not leaks of ours (tests/unit/lsan.supp)
ED_LSAN_SUPP=$ED_ROOT/tests/unit/lsan.supp

# the command line, each word quoted for the shell tmux runs it with
ed_quote() {
	local out="" w
	for w in "$@"; do out="$out $(printf '%q' "$w")"; done
	printf '%s' "${out# }"
}

# start [ARGS...]: runs entrydesk ARGS in the session from the project root
# (so ./rules.ini and ./screens are used). Extra environment: ED_ENV=(...)
start() {
	local -a envv
	mapfile -t envv < <(ed_env)
	rm -f "$ED_T/status"
	ed_tmux new-session -d -s ed -x "$ED_COLS" -y "$ED_ROWS" -c "$ED_ROOT" \
		"$(ed_quote "${envv[@]}" "${ED_ENV[@]}" "$ED_BASH" -c "$ED_WRAP" "$ED_T/status" "$ED_BIN" "$@")"
}

# start_shell SCRIPT: runs bash -c SCRIPT in the same environment, with
# $ED and $T naming the binary and the case's temp folder
start_shell() {
	local -a envv
	mapfile -t envv < <(ed_env)
	rm -f "$ED_T/status"
	ed_tmux new-session -d -s ed -x "$ED_COLS" -y "$ED_ROWS" -c "$ED_ROOT" \
		"$(ed_quote "${envv[@]}" "${ED_ENV[@]}" "ED=$ED_BIN" "T=$ED_T" \
			"$ED_BASH" -c "$ED_WRAP" "$ED_T/status" "$ED_BASH" -c "$1")"
}

# resize COLS ROWS: the window changes size (the program gets SIGWINCH)
resize() {
	ED_COLS=$1
	ED_ROWS=$2
	ed_tmux resize-window -t ed -x "$1" -y "$2"
}

# wait_bottom TEXT: polls until the last row shows TEXT (after a resize,
# the key bar on the new last row says the program has laid out again;
# the old screen, cut by tmux, lacks it)
wait_bottom() {
	local limit=$(($(now_ms) + ED_TIMEOUT * 1000))
	until ed_tmux capture-pane -p -t ed | tail -n 1 | grep -qF -- "$1"; do
		[ "$(now_ms)" -ge "$limit" ] && fail "waited ${ED_TIMEOUT}s for \"$1\" on the last row"
		sleep 0.05
	done
}

# the pid of the running entrydesk: the pane's process or a descendant of
# it whose program is $ED_BIN (empty when it is not running)
app_pid() {
	local bin pids pid next
	bin=$(readlink -f "$ED_BIN")
	pids=$(pane_pid)
	while [ -n "$pids" ]; do
		next=""
		for pid in $pids; do
			if [ "$(readlink -f "/proc/$pid/exe" 2>/dev/null)" = "$bin" ]; then
				echo "$pid"
				return 0
			fi
			next="$next $(pgrep -P "$pid")"
		done
		pids=$(echo $next)
	done
	return 1
}

# signal NAME: sends signal NAME to the running entrydesk
signal() {
	local pid
	pid=$(app_pid) || fail "entrydesk is not running, cannot send SIG$1"
	kill -s "$1" "$pid"
}

# info TEXT: a measurement for the report, not an assertion
info() { printf 'INFO %s: %s\n' "$ED_CASE" "$*"; }

# --- the flows, as a desk agent types them (texts: screens/*.ini) ---

# the start screen, then the transit flow's first screen
open_transit() {
	wait_for "Start a check"
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
}

# The seed's transit example (policy.md 2.4): a German passport, USA ->
# Shanghai (PVG) on 2023-01-01 -> Japan on 2023-01-07, hotel. Ends on
# the verdict screen.
seed_traveller_fields() {
	pick ger "DEU  Germany"
	# a full date goes on by itself to the passport type; the Tab typed
	# by habit right after it is taken as said (it skips nothing)
	field 2030-01-01
	wait_for "Tuesday 1 January 2030"
	field ""
	field "MUELLER, Anna"
	type_text C01X00T47
}
seed_traveller() {
	seed_traveller_fields
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
}
# the entry, and the preview of the way in so far it brings at once (an
# exact code or a full date goes on by itself, the Tab after it is taken
# as said)
seed_entry() {
	field USA
	field PVG
	field 2023-01-01
	wait_for "Entry at Shanghai on 2023-01-01: 144-hour visa-free transit"
}
seed_onward_fields() {
	field JPN
	field 07JAN23
	field y
	field 10:00
	field ""
	type_text 20:00
	wait_for "Saturday 7 January 2023"
}
seed_onward() {
	seed_onward_fields
	send NPage
	wait_for "Visa-free entry or transit · screen 3 of 4"
}
seed_history_stay() {
	type_text n
	send Tab
	type_text n
	send NPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	type_text h
	send NPage
	wait_for "Verdict · Visa-free entry or transit"
}
seed_itinerary() {
	seed_entry
	seed_onward
}
seed_transit_to_verdict() {
	open_transit
	seed_traveller
	seed_itinerary
	seed_history_stay
	wait_for "Exit deadline: 2023-01-07 24:00"
}

# From the itinerary screen to past the last screen with the required
# answers only: FROM PORT ENTRY_DATE TO DEPARTURE_DATE, no times, the
# default exit port; the seat and the history keep their usual answers
# (shown as such), the stay is left empty. In a group check (ED_GROUP=1)
# the trip's screens are the group's: no traveller screen.
trip_required_only() {
	local title="Visa-free entry or transit" n=3 total=4
	if [ "${ED_GROUP:-}" = 1 ]; then
		title="Tour group: the trip" n=2 total=3
	fi
	field "$1"
	field "$2"
	field "$3"
	field "$4"
	type_text "$5"
	send NPage
	wait_for "$title · screen $n of $total"
	send NPage
	wait_for "$title · screen $((n + 1)) of $total"
	send NPage
}

# to_name: from the passport expiry (where the nationality leaves the
# focus) past the passport type to the name
to_name() {
	send Tab Tab
	wait_cursor_on "Name (as in the passport)"
}

# the transit flow with a nationality typed (the draft then has something)
transit_with_nationality() {
	open_transit
	pick ger "DEU  Germany"
	wait_for "Germany"
}

# The e-pass for a Hong Kong resident (ED_TODAY 2025-05-21, after the
# e-pass started): "before you start" from the start screen, filled
# (the permit lost, domestic travel, no application yet this month)
epass_resident() {
	wait_for "Start a check"
	send 2
	wait_for "Before you start"
	field ""
	field HKG
	wait_for "Hong Kong"
}
epass_before_you_start() {
	epass_resident
	type_text l
	wait_for "Lost"
	send Tab
	type_text d
	wait_for "Domestic travel"
	send Tab
	field 0
}

# step 5 of the e-pass: permit expiry, gender, mobile, password set
epass_step5_fields() {
	field 31MAY30
	wait_for "Friday 31 May 2030"
	type_text f
	wait_for "Female"
	send Tab
	field 13812345678
	type_text y
}

file_mode() { stat -c %a "$1"; }

# assert_private FILE: FILE exists with mode 0600 (it holds personal data)
assert_private() {
	[ -f "$1" ] || fail "no file $1"
	[ "$(file_mode "$1")" = 600 ] || fail "$1 has mode $(file_mode "$1"), not 600"
}

# answer_prompt PROMPT PATH: waits for a path prompt, replaces its text
# with PATH and presses Enter
answer_prompt() {
	wait_for "$1"
	send C-u
	type_text "$2"
	send Enter
}

# save_answers PATH: F2, then the answers saved to PATH
save_answers() {
	send F2
	answer_prompt "Save the answers to this file" "$1"
	wait_for "Answers saved to $1"
}

# a sanitizer build's report fails the case even when the screen was right
check_sanitizers() {
	local f
	for f in "$ED_T"/asan.* "$ED_T"/ubsan.*; do
		[ -e "$f" ] || continue
		printf 'FAIL %s: sanitizer report %s\n' "$ED_CASE" "$f"
		cat "$f"
		return 1
	done
	return 0
}

# every process below the pane (entrydesk and the shells around it)
pane_tree() {
	local pids next pid
	pids=$(pane_pid 2>/dev/null)
	while [ -n "$pids" ]; do
		echo $pids
		next=""
		for pid in $pids; do next="$next $(pgrep -P "$pid")"; done
		pids=$(echo $next)
	done
}

# true while one of the pids runs (a zombie has finished)
any_alive() {
	local pid state
	for pid; do
		state=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || continue
		[ -n "$state" ] && [ "$state" != Z ] && return 0
	done
	return 1
}

ed_cleanup() {
	local pids limit
	if [ -n "$ED_SOCK" ]; then
		pids=$(pane_tree)
		tmux -L "$ED_SOCK" kill-server 2>/dev/null
		# the hang-up makes entrydesk write its draft: let it finish
		# before the folder goes
		limit=$(($(now_ms) + 5000))
		while any_alive $pids && [ "$(now_ms)" -lt "$limit" ]; do
			sleep 0.05
		done
		# a wizard that outlives its terminal spins for ever (issue 8):
		# count it as a failure, and end it so it eats no CPU
		if any_alive $pids; then
			printf 'FAIL %s: entrydesk still ran 5 s after its terminal closed\n' "$ED_CASE"
			kill -9 $pids 2>/dev/null
		fi
	fi
	if [ -n "$ED_T" ] && [ "${ED_KEEP:-}" != 1 ]; then
		# a case may have made a folder immutable (an unwritable one for root)
		chattr -R -i "$ED_T" 2>/dev/null
		rm -rf "$ED_T"
	fi
	return 0
}

# run_case NAME FUNCTION: one case in a subshell with a fresh tmux server
# and temp folder; prints PASS/FAIL/SKIP NAME. Returns non-zero on FAIL.
run_case() {
	local name=$1 fn=$2 rc
	(
		ED_CASE=$name
		ED_T0=$(now_ms)
		ED_T=$(mktemp -d /tmp/edtest.XXXXXX)
		ED_SOCK=edtest-$$-$BASHPID
		ED_ENV=()
		trap ed_cleanup EXIT
		mkdir -p "$ED_T/home" "$ED_T/state"
		# no status line (the pane is the whole window), Esc passed on at
		# once, and the pane kept after the program exits so its last
		# screen (messages printed on the way out) can be read
		cat >"$ED_T/tmux.conf" <<-'EOF'
			set -g status off
			set -s escape-time 0
			set -g remain-on-exit on
			set -g default-terminal tmux-256color
			set -g history-limit 100
		EOF
		"$fn"
		check_sanitizers || exit 1
		printf 'PASS %s (%d ms)\n' "$ED_CASE" $(($(now_ms) - ED_T0))
	)
	rc=$?
	[ "$rc" = 3 ] && rc=0
	return "$rc"
}

# the test scripts' exit status: non-zero when a case failed
ED_FAILED=0
run() { run_case "$@" || ED_FAILED=1; }
finish() { exit "$ED_FAILED"; }
