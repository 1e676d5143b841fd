#!/usr/bin/env bash
# A rules.ini lacking a text some command prints (or its Chinese twin, or
# naming an unknown placeholder) is refused by every command alike, at
# load, with one line naming the file, section and key: the wizard's
# start, check, check --group and ways. Before, [sheet] footer was asked
# for by check --group alone, and [mrz.texts] by nobody. No terminal needed.
set -u
. "$(dirname "$0")/cli.sh"
export ENTRYDESK_TODAY=2026-11-21

# variant NAME SECTION AWK-ACTION: rules.ini with, inside [SECTION], the
# action applied to each line ($0) before it is printed
variant() {
	awk -v want="$2" "/^\\[/ { sec = substr(\$0, 2, index(\$0, \"]\") - 2) }
		sec == want { $3 } { print }" rules.ini >"$tmp/$1.ini"
}

# refused NAME WORDS: every command refuses $tmp/NAME.ini with exit 2
# and one line holding WORDS, and prints nothing else
refused() {
	local name=$1 words=$2 rules=$tmp/$1.ini what rc lines
	for what in wizard check group ways; do
		case $what in
		wizard) "$bin" --rules "$rules" </dev/null >"$tmp/out" 2>"$tmp/err" ;;
		check) "$bin" --rules "$rules" check tests/golden/transit_144h_eligible.ini \
			>"$tmp/out" 2>"$tmp/err" ;;
		group) "$bin" --rules "$rules" check --group tests/data/group/manifest-40.csv \
			tests/data/group/trip.ini >"$tmp/out" 2>"$tmp/err" ;;
		ways) "$bin" --rules "$rules" ways GBR >"$tmp/out" 2>"$tmp/err" ;;
		esac
		rc=$?
		lines=$(wc -l <"$tmp/err")
		if [ "$rc" = 2 ] && [ "$lines" = 1 ] && [ ! -s "$tmp/out" ] &&
		   grep -qF -- "$rules: $words" "$tmp/err"; then
			ok "$name: $what refuses it"
		else
			ko "$name: $what" "exit $rc, $lines line(s): $(head -c 300 "$tmp/err")"
		fi
	done
}

variant no-sheet-footer sheet 'if ($1 == "footer") next'
refused no-sheet-footer "[sheet] footer: missing text; expected one line of words"

variant no-mrz-name mrz.texts 'if ($1 == "name_full") next'
refused no-mrz-name "[mrz.texts] name_full: missing text; expected one line of words"

variant no-footer-zh slip 'if ($1 == "footer_zh") next'
refused no-footer-zh "[slip] footer_zh: missing Chinese text"

# the verdict screen's words are held to the same table: the ways view
# never reaches them, and check --group and ways refused no such file before
variant no-verdict-deadline verdict 'if ($1 == "deadline") next'
refused no-verdict-deadline "[verdict] deadline: missing text; expected one line of words"

variant no-verdict-reason verdict 'if ($1 == "reason_nationality") next'
refused no-verdict-reason "[verdict] reason_nationality: "

variant placeholder-typo slip 'if ($1 == "deadline") sub(/\{deadline_time\}/, "{deadline_tim}")'
refused placeholder-typo "[slip] deadline: unknown placeholder {deadline_tim}; accepted:"

variant no-quick-title ways 'if ($1 == "quick_title" || $1 == "quick_title_zh") next'
refused no-quick-title "[ways] quick_title: missing text"

# the shipped rules.ini has every text: each command runs
if "$bin" --rules rules.ini ways GBR >"$tmp/out" 2>"$tmp/err" &&
   "$bin" --rules rules.ini check tests/golden/transit_144h_eligible.ini >/dev/null 2>&1; then
	ok "rules.ini has every text"
else
	ko "rules.ini has every text" "$(head -c 300 "$tmp/err")"
fi

cli_finish rules-texts
