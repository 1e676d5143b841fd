# End-to-end test library: drives the real entrydesk in a detached tmux
# session of fixed size, locale and terminal, and reads the screen back.
# Every wait polls the screen; nothing sleeps and hopes.
#
# A test script sources this file, defines one function per case and ends
# with `run_case "what the user sees" function_name` lines. Each case runs
# in a subshell with its own tmux server (private socket), its own HOME and
# XDG_STATE_HOME, and prints one line: PASS, FAIL (with the screen) or SKIP.
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

ed_tmux() { tmux -L "$ED_SOCK" -f "$ED_T/tmux.conf" "$@"; }

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

# send KEY...: tmux key names (Tab, BTab, Enter, NPage, PPage, Escape, F1,
# F9, F10, C-l, Up, Down, BSpace...)
send() { ed_tmux send-keys -t ed "$@"; }

# type TEXT: literal text, as typed
type_text() { ed_tmux send-keys -t ed -l -- "$1"; }

# field TEXT: types TEXT into the focused field and moves to the next one
field() {
	type_text "$1"
	send Tab
}

# pane_dead: true once the program in the pane has exited
pane_dead() { [ "$(ed_tmux display -p -t ed '#{pane_dead}' 2>/dev/null)" = 1 ]; }

# the exit status of the program once the pane is dead
exit_status() { ed_tmux display -p -t ed '#{pane_dead_status}'; }

# wait_exit [SECONDS]: polls until the program has exited
wait_exit() { wait_until "${1:-$ED_TIMEOUT}" pane_dead; }

# the pid of the program the pane runs (entrydesk itself, or the shell of
# start_shell)
pane_pid() { ed_tmux display -p -t ed '#{pane_pid}'; }

# the environment every run gets: fixed locale, terminal, day and home
ed_env() {
	printf '%s\n' env -i \
		"PATH=$PATH" "HOME=$ED_T/home" "XDG_STATE_HOME=$ED_T/state" \
		"LANG=C.UTF-8" "LC_ALL=C.UTF-8" "TERM=tmux-256color" "TZ=UTC" \
		"ENTRYDESK_TODAY=$ED_TODAY" "ESCDELAY=25" \
		"ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:log_path=$ED_T/asan" \
		"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$ED_T/ubsan"
}

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
	ed_tmux new-session -d -s ed -x "$ED_COLS" -y "$ED_ROWS" -c "$ED_ROOT" \
		"$(ed_quote "${envv[@]}" "${ED_ENV[@]}" "$ED_BIN" "$@")"
}

# start_shell SCRIPT: runs bash -c SCRIPT in the same environment, with
# $ED and $T naming the binary and the case's temp folder
start_shell() {
	local -a envv
	mapfile -t envv < <(ed_env)
	ed_tmux new-session -d -s ed -x "$ED_COLS" -y "$ED_ROWS" -c "$ED_ROOT" \
		"$(ed_quote "${envv[@]}" "${ED_ENV[@]}" "ED=$ED_BIN" "T=$ED_T" bash -c "$1")"
}

# resize COLS ROWS: the window changes size (the program gets SIGWINCH)
resize() {
	ED_COLS=$1
	ED_ROWS=$2
	ed_tmux resize-window -t ed -x "$1" -y "$2"
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

file_mode() { stat -c %a "$1"; }

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

ed_cleanup() {
	[ -n "$ED_SOCK" ] && tmux -L "$ED_SOCK" kill-server 2>/dev/null
	if [ -n "$ED_T" ] && [ "${ED_KEEP:-}" != 1 ]; then
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
		ED_T=$(mktemp -d /tmp/edtest.XXXXXX)
		ED_SOCK=edtest-$$-$BASHPID
		ED_ENV=()
		trap ed_cleanup EXIT
		mkdir -p "$ED_T/home" "$ED_T/state"
		# no status line (the pane is the whole window), Esc passed on at
		# once, and the pane kept after the program exits so its last
		# screen and exit status can be read
		cat >"$ED_T/tmux.conf" <<-'EOF'
			set -g status off
			set -s escape-time 0
			set -g remain-on-exit on
			set -g default-terminal tmux-256color
			set -g history-limit 100
		EOF
		"$fn"
		check_sanitizers || exit 1
		printf 'PASS %s\n' "$ED_CASE"
	)
	rc=$?
	[ "$rc" = 3 ] && rc=0
	return "$rc"
}

# the test scripts' exit status: non-zero when a case failed
ED_FAILED=0
run() { run_case "$@" || ED_FAILED=1; }
finish() { exit "$ED_FAILED"; }
