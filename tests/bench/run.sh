#!/usr/bin/env bash
# `make bench`: what one check costs. Prints figures, never fails on speed.
# Side by side, as ratios in one run (build/bench-runs: medians of CPU,
# user + system, and wall time):
#   a text `entrydesk check` against build/bench-bare, a C program linking
#     the libraries entrydesk links and doing nothing (target: at most 2x);
#   the wizard's first screen against dialog's first menu, each drawn on a
#     pseudo-terminal of 80x24 (target: no slower);
#   one PDF slip typeset by entrydesk-slip (target: at most 150 ms).
# Then in process (build/bench): one verdict, one slip, loading the rules
# and a rules file with ten times the data; and peak memory.
# ENTRYDESK_BIN names another entrydesk (e.g. an older build); without an
# entrydesk-slip beside it (or $ENTRYDESK_SLIP) the PDF is timed through
# `entrydesk check --format pdf`, as it was made before entrydesk-slip.
# Then the history (build/bench-history): recording on SQLite and
# PostgreSQL, finding by name.
set -u
cd "$(dirname "$0")/../.."
bin=${ENTRYDESK_BIN:-./entrydesk}
slip=${ENTRYDESK_SLIP:-$(dirname "$bin")/entrydesk-slip}
bench=${BENCH_BIN:-build/bench}
runs=${BENCH_RUNS_BIN:-build/bench-runs}
bare=${BENCH_BARE_BIN:-build/bench-bare}
answers=tests/golden/transit_144h_eligible.ini
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ENTRYDESK_TODAY=2026-11-21
status=0

# ratio A B: A / B to one decimal
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "?" }'; }
# field N of a "cpu wall" line
cpu() { cut -d' ' -f1 <<<"$1"; }
wall() { cut -d' ' -f2 <<<"$1"; }

echo "== side by side (medians; cpu = user + system)"
echo "entrydesk: $(ldd "$bin" 2>/dev/null | wc -l) libraries (ldd);" \
	"the bare program: $(ldd "$bare" 2>/dev/null | wc -l)"
a=$("$runs" 50 -- "$bin" --rules rules.ini check "$answers") || status=1
b=$("$runs" 50 -- "$bare") || status=1
if [ -n "$a" ] && [ -n "$b" ]; then
	echo "text check:    $(cpu "$a") ms cpu, $(wall "$a") ms wall;" \
		"bare C program $(cpu "$b") ms cpu, $(wall "$b") ms wall;" \
		"ratio $(ratio "$(cpu "$a")" "$(cpu "$b")")x cpu, $(ratio "$(wall "$a")" "$(wall "$b")")x wall (target <= 2x)"
fi

# each in a home of its own: no draft, no config; 80x24, UTF-8
screen_env=(env -i "PATH=$PATH" "HOME=$tmp/home" "XDG_STATE_HOME=$tmp/state"
	"XDG_CONFIG_HOME=$tmp/config" "TERM=xterm-256color" "LANG=C.UTF-8" "LC_ALL=C.UTF-8"
	"ENTRYDESK_TODAY=$ENTRYDESK_TODAY")
mkdir -p "$tmp/home"
if command -v dialog >/dev/null; then
	a=$("${screen_env[@]}" "$runs" 20 --pty "Start a check" -- "$bin" --rules rules.ini --screens screens) || status=1
	b=$("${screen_env[@]}" "$runs" 20 --pty "Shanghai" -- dialog --menu "Where to?" 12 40 3 \
		1 Beijing 2 Shanghai 3 Guangzhou) || status=1
	if [ -n "$a" ] && [ -n "$b" ]; then
		echo "first screen:  $(cpu "$a") ms cpu, $(wall "$a") ms wall;" \
			"dialog's first menu $(cpu "$b") ms cpu, $(wall "$b") ms wall;" \
			"ratio $(ratio "$(cpu "$a")" "$(cpu "$b")")x cpu, $(ratio "$(wall "$a")" "$(wall "$b")")x wall (target <= 1x)"
	fi
else
	echo "first screen:  (dialog is not installed: make bench installs it)"
fi

for g in transit_240h_eligible epass_eligible; do
	if [ -x "$slip" ]; then
		"$bin" --rules rules.ini check --format slipdoc "tests/golden/$g.ini" >"$tmp/$g.slip" || status=1
		a=$("$runs" 5 --in "$tmp/$g.slip" -- "$slip" --output "$tmp/$g.pdf") || status=1
		how="entrydesk-slip"
	else
		a=$("$runs" 5 -- "$bin" --rules rules.ini check --format pdf --output "$tmp/$g.pdf" \
			"tests/golden/$g.ini") || status=1
		how="entrydesk check --format pdf"
	fi
	[ -n "$a" ] && echo "PDF slip:      $g by $how: $(cpu "$a") ms cpu, $(wall "$a") ms wall," \
		"$(wc -c <"$tmp/$g.pdf") bytes (target <= 150 ms)"
done
echo

# rules.ini plus 9 renamed copies of its ports, areas, schemes and
# country lists: ten times the data the loader validates and indexes
awk -v COPIES=9 -f tests/bench/bigrules.awk rules.ini >"$tmp/big.ini"
echo "rules.ini: $(wc -c <rules.ini) bytes, $(grep -c '^\[' rules.ini) sections;" \
	"10x file: $(wc -c <"$tmp/big.ini") bytes, $(grep -c '^\[' "$tmp/big.ini") sections"
echo

echo "== in process ($bench)"
# speed never fails the bench; a check that cannot run does
"$bench" rules.ini "$answers" "$tmp/big.ini" || { status=$?; echo "bench: failed (status $status)"; }
echo

echo "== whole program: $bin check $answers, with each rules file"
for rules in rules.ini "$tmp/big.ini"; do
	a=$("$runs" 50 -- "$bin" --rules "$rules" check "$answers") || status=1
	[ -n "$a" ] && echo "$(basename "$rules"): $(cpu "$a") ms cpu, $(wall "$a") ms wall per check (median of 50)"
done
echo

echo "== peak memory"
if [ -x /usr/bin/time ]; then
	for rules in rules.ini "$tmp/big.ini"; do
		/usr/bin/time -v "$bin" --rules "$rules" check "$answers" 2>"$tmp/time" >/dev/null
		echo "check, $(basename "$rules"): $(grep 'Maximum resident' "$tmp/time" | awk '{print $NF}') KiB max RSS"
	done
	if [ -x "$slip" ] && [ -s "$tmp/transit_240h_eligible.slip" ]; then
		/usr/bin/time -v "$slip" --output "$tmp/x.pdf" <"$tmp/transit_240h_eligible.slip" 2>"$tmp/time"
		echo "entrydesk-slip, one slip: $(grep 'Maximum resident' "$tmp/time" | awk '{print $NF}') KiB max RSS"
	fi
else
	echo "(/usr/bin/time not installed: apt-get install time; bench's own figure above)"
fi
echo

# the history (issue 19): recording 10,000 checks, then `history --name`
# on 100,000 records, on SQLite and on a local throwaway PostgreSQL
echo "== the history: recording, and history --name on 100,000 records"
hist=${BENCH_HISTORY_RECORDS:-100000}
# median_cli ENV...: median of 11 runs of `entrydesk history --name müller`
median_cli() {
	local i t0 t1
	for ((i = 0; i < 11; i++)); do
		t0=$(date +%s%N)
		env "$@" "$bin" history --name müller >/dev/null || return 1
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000000))
	done | sort -n | sed -n 6p
}
home=$tmp/home
mkdir -p -m 0700 "$home/.local/share/entrydesk"
if build/bench-history "$home/.local/share/entrydesk/history.sqlite" "$answers" "$hist"; then
	echo "SQLite: entrydesk history --name müller: median $(median_cli HOME="$home") ms of 11 runs"
else
	status=1
fi
. tests/e2e/pg.sh
if pg_start >"$tmp/pg.log" 2>&1; then
	url=$(pg_url bench)
	if build/bench-history "$url" "$answers" "$hist"; then
		echo "PostgreSQL: entrydesk history --name müller: median" \
			"$(median_cli HOME="$home" ENTRYDESK_DATABASE="$url") ms of 11 runs"
	else
		status=1
	fi
	pg_stop
else
	echo "PostgreSQL: no local server could be started (make deps installs postgresql)"
fi
exit "$status"
