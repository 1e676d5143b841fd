#!/usr/bin/env bash
# `entrydesk ways NATIONALITY [DATE]` (issue 18): the quick answer by
# nationality as a script or a desk uses it. No terminal needed.
set -u
. "$(dirname "$0")/cli.sh"
export ENTRYDESK_TODAY=2026-12-03
has() { tr '\n' ' ' <"$tmp/$1" | tr -s ' ' | grep -qF -- "$2"; }
# the part of the answer before DOES NOT APPLY
ways_in() { sed '/^DOES NOT APPLY/q' "$tmp/out" >"$tmp/in"; }

if run gbr-today 0 ways GBR && ways_in &&
	has in "1. 30-day visa-free entry (unilateral policy) (eligible)" &&
	has in "Ends: 2026-12-31" && has in "240-hour visa-free transit (eligible)" &&
	has in "24-hour direct transit (staying in the port) (eligible)" &&
	has out "30-day visa-free entry (mutual visa exemption agreement): not for GBR"
then ok gbr-today; else ko gbr-today "$why"; fi

if run gbr-before 0 ways GBR 2026-02-16 && ways_in && ! has in "unilateral policy" &&
	has out "(unilateral policy): not for GBR passports on 2026-02-16"
then ok gbr-before; else ko gbr-before "$why"; fi

if run usa 0 ways USA && ways_in && ! has in "unilateral policy" &&
	has in "240-hour visa-free transit (eligible)"
then ok usa; else ko usa "$why"; fi

if run tha 0 ways THA && ways_in && has in "(mutual visa exemption agreement) (to confirm)" &&
	has in "at most 90 days in any 180"
then ok tha; else ko tha "$why"; fi

if run phl 0 ways PHL && ways_in && has in "visa-free entry to Hainan" &&
	has in "Ports: only Haikou, Sanya, Haikou seaport, Sanya seaport." &&
	! has in "240-hour" && ! has in "unilateral policy"
then ok phl; else ko phl "$why"; fi

if run after-end 0 ways GBR 5JAN27 && has out "(unilateral policy) (to confirm)" &&
	has out "the policy ran to 2026-12-31; no extension was found"
then ok after-end; else ko after-end "$why"; fi

if run by-name 0 ways Germany && has out "Germany (DEU)"; then ok by-name; else ko by-name "$why"; fi

if run unknown 2 ways zz && grep -q "^entrydesk ways: nationality 'zz'" "$tmp/err"
then ok unknown; else ko unknown "$why"; fi

if run bad-date 2 ways GBR 2026-13-01 && grep -q "date '2026-13-01'" "$tmp/err"
then ok bad-date; else ko bad-date "$why"; fi

# no foreign passport (rules.ini [rules] not_foreign): a Hong Kong, Macao or
# Taiwan code, or a Chinese citizen, gets no visa-free regime and no "a visa
# is needed", but the permit (and the e-pass without it)
for nat in HKG MAC TWN CHN "Hong Kong"; do
	if run "not-foreign-$nat" 0 ways "$nat" 2026-12-10 && has out "Not a foreign passport" &&
		has out "Home Return Permit" && has out "Mainland Travel Permit for Taiwan Residents" &&
		has out "e-pass check (start-screen choice 2)" && has out "Source: Exit-Entry" &&
		! has out "ordinary passport, entry" && ! has out "(eligible)" &&
		! has out "GBA" && ! has out "a visa is needed"
	then ok "not-foreign-$nat"; else ko "not-foreign-$nat" "$why"; fi
done

if run help 0 --help && has out "ways NATIONALITY [DATE]" && has out "check --format pdf" &&
	has out "history [--since DATE]" && has out "reprint ID" && has out "mrz < ZONE"
then ok help; else ko help "$why"; fi

# issue 17 for ways too: what was printed must have arrived, and a
# nationality or date with a control character is refused unquoted
if "$bin" ways GBR >/dev/full 2>"$tmp/err"; then
	ko ways-full "exit 0 onto a full device"
elif grep -q "cannot write the output" "$tmp/err"; then ok ways-full
else ko ways-full "$(head -c 300 "$tmp/err")"; fi
if "$bin" ways GBR >&- 2>"$tmp/err"; then
	ko ways-closed "exit 0 with standard output closed"
elif grep -q "standard output is closed" "$tmp/err"; then ok ways-closed
else ko ways-closed "$(head -c 300 "$tmp/err")"; fi
if run ways-control 2 ways "$(printf 'GB\302\233R')" && has err "not UTF-8" &&
	! grep -q "$(printf '\302\233')" "$tmp/err"
then ok ways-control; else ko ways-control "$why"; fi

if run width 0 ways THA && w=$(LC_ALL=C.UTF-8 wc -L <"$tmp/out") && [ "$w" -le 80 ]
then ok width; else ko width "${w:+$w columns; }$why"; fi

# the man page (item 6): every way in, the ways command, the way_in keys,
# the drafts folder as it is, one synopsis line per form
man1=doc/entrydesk.1
if grep -q '^\.B ways' "$man1" && grep -q 'way_in' "$man1" && grep -q 'entrydesk/drafts/' "$man1" &&
	! grep -q 'draft\.ini' "$man1" && grep -q 'unilateral' "$man1" &&
	[ "$(grep -c '^\.B check' "$man1")" = 3 ] &&
	! awk '/^\.B check$/ { c = 1; next } c && /^\.RB \[ \\-\\-rules$/ { bad = 1 } { c = 0 } END { exit !bad }' "$man1"
then ok man-page; else ko man-page "doc/entrydesk.1 lacks the ways command, way_in, the drafts folder or has a duplicated option"; fi

# the group sheet (issue 18, item 4): history per traveller from the
# manifest, manifest line numbers, words in the Attention column, nothing
# internal on the customer's paper
cat >"$tmp/m.csv" <<'CSV'
surname,given_names,nationality,passport_number,passport_expiry,visa_refusal_stamp,immigration_violation
ERIKSSON,ANNA,SWE,C1000000,2031-01-01,no,no
SMITH,JOHN,USA,X1000001,2031-01-01,yes,
CHAN,TAI MAN,GBN,K1000002,2031-01-01,,
CSV
if ENTRYDESK_TODAY=2026-11-29 run group-sheet 0 check --group "$tmp/m.csv" tests/data/group/trip.ini &&
	has out "visa refusal stamp" && ! has out "visa_refusal" &&
	! has out "regimes-2026" && grep -qE '^3 +SMITH' "$tmp/out" &&
	grep -qE '^2 +ERIKSSON' "$tmp/out" && grep -qE '^4 +CHAN' "$tmp/out"
then ok group-sheet; else ko group-sheet "$why"; fi

printf 'surname,nationality,passport_expiry,visa_refusal_stamp\nONE,SWE,2031-01-01,maybe\n' >"$tmp/bad.csv"
if ENTRYDESK_TODAY=2026-11-29 run group-history-bad 2 check --group "$tmp/bad.csv" tests/data/group/trip.ini &&
	grep -q "line 2, column visa_refusal_stamp: not accepted; accepted: yes or no" "$tmp/err"
then ok group-history-bad; else ko group-history-bad "$why"; fi

cli_finish
