#!/usr/bin/env bash
# `make bench`: what one check costs. Prints figures, never fails on speed.
# In process (build/bench): one verdict, one slip, loading the rules and a
# rules file with ten times the data. Whole program: `entrydesk check` of
# the seed's answers (hyperfine if installed, else a loop), peak memory.
# The history (build/bench-history): recording on SQLite and PostgreSQL,
# finding by name.
set -u
cd "$(dirname "$0")/../.."
bin=${ENTRYDESK_BIN:-./entrydesk}
bench=${BENCH_BIN:-build/bench}
answers=tests/golden/transit_144h_eligible.ini
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ENTRYDESK_TODAY=2026-11-21

# rules.ini plus 9 renamed copies of its ports, areas, schemes and
# country lists: ten times the data the loader validates and indexes
awk -v COPIES=9 -f tests/bench/bigrules.awk rules.ini >"$tmp/big.ini"
echo "rules.ini: $(wc -c <rules.ini) bytes, $(grep -c '^\[' rules.ini) sections;" \
	"10x file: $(wc -c <"$tmp/big.ini") bytes, $(grep -c '^\[' "$tmp/big.ini") sections"
echo

echo "== in process ($bench)"
# speed never fails the bench; a check that cannot run does
status=0
"$bench" rules.ini "$answers" "$tmp/big.ini" || { status=$?; echo "bench: failed (status $status)"; }
echo

echo "== whole program: $bin check $answers"
if command -v hyperfine >/dev/null; then
	hyperfine -N --warmup 5 --runs 100 --style basic \
		"$bin --rules rules.ini check $answers" \
		"$bin --rules $tmp/big.ini check $answers" 2>&1 | grep -v '^ *$'
else
	for rules in rules.ini "$tmp/big.ini"; do
		n=100
		t0=$(date +%s%N)
		for ((i = 0; i < n; i++)); do "$bin" --rules "$rules" check "$answers" >/dev/null; done
		t1=$(date +%s%N)
		echo "$rules: $(((t1 - t0) / n / 1000)) us per check (mean of $n)"
	done
fi
echo

echo "== peak memory of one check"
if [ -x /usr/bin/time ]; then
	for rules in rules.ini "$tmp/big.ini"; do
		/usr/bin/time -v "$bin" --rules "$rules" check "$answers" 2>"$tmp/time" >/dev/null
		echo "$(basename "$rules"): $(grep 'Maximum resident' "$tmp/time" | awk '{print $NF}') KiB max RSS"
	done
else
	echo "(/usr/bin/time not installed: apt-get install time; bench's own figure above)"
fi
echo

# the typeset slip: fonts loaded, laid out twice, CJK fonts subset and embedded
echo "== the PDF slip: $bin check --format pdf"
for g in transit_240h_eligible epass_eligible; do
	t0=$(date +%s%N)
	for ((i = 0; i < 5; i++)); do
		"$bin" --rules rules.ini check --format pdf --output "$tmp/$g.pdf" "tests/golden/$g.ini" ||
			{ status=1; break; }
	done
	t1=$(date +%s%N)
	echo "$g: $(((t1 - t0) / 5 / 1000000)) ms per slip (mean of 5), $(wc -c <"$tmp/$g.pdf") bytes"
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -v "$bin" --rules rules.ini check --format pdf --output "$tmp/$g.pdf" \
			"tests/golden/$g.ini" 2>"$tmp/time"
		echo "  $(grep 'Maximum resident' "$tmp/time" | awk '{print $NF}') KiB max RSS"
	fi
done

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
