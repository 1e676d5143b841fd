# Shared by the command-line tests (test-check-cli.sh, test-ways-cli.sh,
# test-rules-texts.sh), which need no terminal: sourced after `set -u`,
# from any folder. Gives $bin (ENTRYDESK_BIN or ./entrydesk, run from the
# project root), a private $tmp removed at exit, ok/ko counting the cases,
# run (below) and cli_finish.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=${ENTRYDESK_BIN:-./entrydesk}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset ENTRYDESK_RULES
passed=0 failed=0

ok() { echo "PASS $1"; passed=$((passed + 1)); }
ko() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# run NAME STATUS ARGS...: runs the binary, keeps stdout/stderr in $tmp;
# false (with the reason in $why) when the exit status is not STATUS. Each
# case is one `if ...; then ok NAME; else ko NAME "$why"; fi`: a failing
# case always counts.
why=""
run() {
	local want=$2
	shift 2
	"$bin" "$@" >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	if [ "$rc" != "$want" ]; then
		why="exit $rc, expected $want; stderr: $(head -c 300 "$tmp/err")"
		return 1
	fi
	why="stdout: $(head -c 600 "$tmp/out"); stderr: $(head -c 300 "$tmp/err")"
	return 0
}

# cli_finish [LABEL]: the counts, and the script's status
cli_finish() {
	echo "${1:+$1: }$passed passed, $failed failed"
	[ "$failed" = 0 ]
}
