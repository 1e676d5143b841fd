#!/bin/sh
# Rewrites the golden slips (NAME.txt) and [verdict] sections (NAME.verdict)
# from the answers files NAME.ini here, with the built ./entrydesk (or
# $ENTRYDESK_BIN). Read every changed golden before committing it: is it
# what a traveller should hold?
set -eu
cd "$(dirname "$0")/../.."
bin=${ENTRYDESK_BIN:-./entrydesk}
export ENTRYDESK_TODAY=2026-11-21
for f in tests/golden/*.ini; do
	name=${f%.ini}
	"$bin" --rules rules.ini check --format text "$f" >"$name.txt"
	"$bin" --rules rules.ini check --format ini "$f" >"$name.verdict"
done
git --no-pager diff --stat -- tests/golden/ 2>/dev/null || true
