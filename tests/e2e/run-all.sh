#!/usr/bin/env bash
# Runs every executable tests/e2e/test-*.sh against ./entrydesk and, when it
# is built, the sanitizer build build/entrydesk-san; ends with
# "N passed, N failed" on a line of its own and exits non-zero on any
# failure. ENTRYDESK_BIN set: only that binary.
set -u
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null || { echo "run-all: tmux is not installed (make deps)"; exit 1; }

if [ -n "${ENTRYDESK_BIN:-}" ]; then
	bins=("$ENTRYDESK_BIN")
else
	bins=(./entrydesk)
	[ -x build/entrydesk-san ] && bins+=(build/entrydesk-san)
fi

passed=0 failed=0 skipped=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
start=$(date +%s)
for bin in "${bins[@]}"; do
	echo "== $bin"
	for t in tests/e2e/test-*.sh; do
		[ -x "$t" ] || continue
		ENTRYDESK_BIN=$bin "$t" >"$out" 2>&1
		rc=$?
		sed "s|^|  |" "$out"
		p=$(grep -c '^PASS ' "$out")
		f=$(grep -c '^FAIL ' "$out")
		s=$(grep -c '^SKIP ' "$out")
		# a script that stopped without saying why still counts
		if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
			echo "  FAIL $t: exited with status $rc"
			f=1
		fi
		passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	done
done
echo "e2e: $((passed + failed + skipped)) cases in $(($(date +%s) - start)) s, $skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
