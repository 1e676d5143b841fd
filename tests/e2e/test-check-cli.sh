#!/usr/bin/env bash
# `entrydesk check` as a script or a desk uses it: exit statuses, the
# [verdict] sections, and the one-line messages for unusable input (file,
# section, key, accepted form). No terminal needed.
set -u
. "$(dirname "$0")/cli.sh"
export ENTRYDESK_TODAY=2026-11-21
seed=tests/golden/transit_144h_eligible.ini
has() { grep -qF -- "$2" "$tmp/$1"; }

# a copy of the seed answers with one line changed (sed expression)
variant() { sed "$1" "$seed" >"$tmp/$2.ini"; echo "$tmp/$2.ini"; }

if run seed-ini 0 --rules rules.ini check --format ini "$seed" &&
	has out "[verdict]" && has out "scheme = 144h" &&
	has out "stay_from = 2023-01-02 00:00" && has out "exit_deadline = 2023-01-07 24:00" &&
	has out "outcome = review"; then ok seed-ini; else ko seed-ini "$why"; fi

if run seed-slip 0 check "$seed" && has out "before 24:00 on Saturday 7 January 2023" &&
	has out "******789" && ! has out "123456789"; then
	ok seed-slip
else ko seed-slip "$why"; fi

if run rules-after-check 0 check --rules rules.ini --format=ini "$seed" && has out "scheme = 144h"
then ok rules-after-check; else ko rules-after-check "$why"; fi

if run two-files 0 check --format ini "$seed" tests/golden/epass_eligible.ini &&
	has out "[transit_144h_eligible]" && has out "[epass_eligible]" && ! has out "[verdict]" &&
	[ "$(grep -n '^\[' "$tmp/out" | head -1)" = "1:[transit_144h_eligible]" ]; then
	ok two-files
else ko two-files "$why"; fi

mkdir -p "$tmp/other" && cp "$seed" "$tmp/other/"
if run same-base-name 0 check --format ini "$seed" "$tmp/other/transit_144h_eligible.ini" &&
	has out "[transit_144h_eligible]" && has out "[transit_144h_eligible_2]"; then
	ok same-base-name
else ko same-base-name "$why"; fi

if run not-eligible-is-status-0 0 check tests/golden/transit_not_eligible.ini &&
	has out "A visa is needed"; then ok not-eligible-is-status-0; else ko not-eligible-is-status-0 "$why"; fi

# issue 16: the answers the wizard saves at an early e-pass refusal are
# that refusal in check too, with the applications left the wizard shows
printf '[check]\nflow = epass\ndate = 2026-12-03\n\n[traveller]\nresidence = TWN\npermit_status = lost\napplications_this_month = 0\n\n[trip]\nlocation_now = taiwan\n' >"$tmp/early.ini"
if run early-refusal 0 check --format ini "$tmp/early.ini" && has out "outcome = not_eligible" &&
	has out "reasons = not_in_mainland" && has out "applications_left = 2"; then
	ok early-refusal; else ko early-refusal "$why $(cat "$tmp/out")"; fi
if run early-refusal-slip 0 check "$tmp/early.ini" && has out "NOT ELIGIBLE for the electronic" &&
	has out "Residence:        Taiwan" && ! has out "Permit valid to"; then
	ok early-refusal-slip; else ko early-refusal-slip "$why"; fi
# the same refusal before the count was asked: no count is made up
printf '[check]\nflow = epass\ndate = 2026-12-03\n\n[traveller]\nresidence = TWN\npermit_status = lost\n\n[trip]\nlocation_now = taiwan\n' >"$tmp/early-nocount.ini"
if run early-refusal-no-count 0 check --format ini "$tmp/early-nocount.ini" &&
	has out "reasons = not_in_mainland" && grep -qx "applications_left =" "$tmp/out"; then
	ok early-refusal-no-count; else ko early-refusal-no-count "$why $(cat "$tmp/out")"; fi
# an incomplete file that decides nothing yet is still refused by its key
printf '[check]\nflow = epass\n[traveller]\nresidence = TWN\n' >"$tmp/early2.ini"
if run early-undecided 2 check "$tmp/early2.ini" && has err "permit_number: missing"; then
	ok early-undecided; else ko early-undecided "$why"; fi
if run check-help 0 check --help && has out "--format"; then ok check-help; else ko check-help "$why"; fi

f=$(variant 's/^entry_prot*/entry_prot/; s/^exit_port = NKG/exit_prot = NKG/' unknown-key)
if run unknown-key 2 check "$f" && has err "$f" && has err "[trip] line 20: a key this section" &&
	has err "exit_port" && ! has err "exit_prot"; then ok unknown-key; else ko unknown-key "$why"; fi

f=$(variant 's/^entry_date = .*/entry_date = 2023-02-30/' bad-date)
if run malformed-date 2 check "$f" && has err "$f" && has err "[trip] entry_date" &&
	has err "YYYY-MM-DD"; then ok malformed-date; else ko malformed-date "$why"; fi

f=$(variant 's/^departure_date = .*/departure_date = 2022-12-31/' before)
if run departure-before-entry 2 check "$f" && has err "$f" && has err "departure_date"
then ok departure-before-entry; else ko departure-before-entry "$why"; fi

# a foreign airport is no port of mainland China: an input error, in words
f=$(variant 's/^entry_port = .*/entry_port = LAX/' lax)
if run foreign-entry-airport 2 check "$f" && has err "[trip] entry_port" &&
	has err "LAX is Los Angeles, United States" &&
	has err "the entry port is where the traveller enters mainland China"
then ok foreign-entry-airport; else ko foreign-entry-airport "$(cat "$tmp/err")"; fi
f=$(variant 's/^exit_port = .*/exit_port = ICN/' icn)
if run foreign-exit-airport 2 check "$f" && has err "[trip] exit_port" &&
	has err "ICN is Seoul, South Korea" && has err "the exit port is where the traveller leaves"
then ok foreign-exit-airport; else ko foreign-exit-airport "$(cat "$tmp/err")"; fi
# another port of mainland China: the verdict of an unlisted port
sed 's/^exit_port = .*/exit_port = other/' tests/golden/transit_240h_eligible.ini >"$tmp/other.ini"
if run other-mainland-port 0 check --format ini "$tmp/other.ini" && has out "outcome = review" &&
	has out "exit_port_unlisted"
then ok other-mainland-port; else ko other-mainland-port "$(cat "$tmp/out" "$tmp/err")"; fi

f=$(variant '/^passport_expiry/d' missing)
if run missing-required-key 2 check "$f" && has err "$f" && has err "[traveller] passport_expiry"
then ok missing-required-key; else ko missing-required-key "$why"; fi

# a bad file among good ones: the good ones are still reported, status 2
f=$(variant 's/^seat_confirmed = .*/seat_confirmed = maybe/' yesno)
if run bad-among-good 2 check --format ini "$seed" "$f" && has out "[transit_144h_eligible]" &&
	has err "[trip] seat_confirmed"; then ok bad-among-good; else ko bad-among-good "$why"; fi

if run missing-rules 2 --rules "$tmp/none.ini" check "$seed" && has err "$tmp/none.ini"
then ok missing-rules; else ko missing-rules "$why"; fi

sed '/^\[reason.visa_refusal\]/,/^$/{/^fix/d}' rules.ini >"$tmp/rules.ini"
if run missing-text 2 --rules "$tmp/rules.ini" check "$seed" &&
	has err "[reason.visa_refusal] fix"; then ok missing-text; else ko missing-text "$why"; fi

if run bad-format 2 check --format html "$seed" && has err "text, ini, pdf or slipdoc"; then ok bad-format; else ko bad-format "$why"; fi

if ENTRYDESK_TODAY=21/11/2026 run bad-today 2 check "$seed" && has err "ENTRYDESK_TODAY"
then ok bad-today; else ko bad-today "$why"; fi

if run no-files 2 check; then ok no-files; else ko no-files "$why"; fi

# "today" is China's date whatever TZ says: 23:30 UTC is already tomorrow
f=$(variant '/^date = /d' nodate)
a=$(env -u ENTRYDESK_TODAY TZ=Pacific/Kiritimati "$bin" check "$f" 2>&1 | grep '^Check date')
b=$(env -u ENTRYDESK_TODAY TZ=America/Adak "$bin" check "$f" 2>&1 | grep '^Check date')
if [ -n "$a" ] && [ "$a" = "$b" ]; then ok tz-independent; else ko tz-independent "'$a' vs '$b'"; fi

# slips never pass 80 columns (wc -L counts display columns in UTF-8)
if run width 0 check tests/golden/*.ini &&
	w=$(LC_ALL=C.UTF-8 wc -L <"$tmp/out") && [ "$w" -le 80 ]; then ok width
else ko width "${w:+$w columns; }$why"; fi

# --- issue 17: output that is not written is not a success ---

# runs the binary with stdout to $1 (a path, or "closed"), status in $rc
to() {
	local where=$1
	shift
	if [ "$where" = closed ]; then "$bin" "$@" >&- 2>"$tmp/err"; else "$bin" "$@" >"$where" 2>"$tmp/err"; fi
	rc=$?
}
for fmt in text ini; do
	to /dev/full check --format "$fmt" "$seed"
	if [ "$rc" = 2 ] && has err "cannot write the output"; then ok "full-device-$fmt"
	else ko "full-device-$fmt" "exit $rc: $(cat "$tmp/err")"; fi
	to closed check --format "$fmt" "$seed"
	if [ "$rc" = 2 ] && has err "standard output is closed"; then ok "stdout-closed-$fmt"
	else ko "stdout-closed-$fmt" "exit $rc: $(cat "$tmp/err")"; fi
done
to /dev/full check --group tests/data/group/manifest-40.csv tests/data/group/trip.ini
if [ "$rc" = 2 ] && has err "cannot write the output"; then ok full-device-group
else ko full-device-group "exit $rc: $(cat "$tmp/err")"; fi
for args in "--help" "check --help" "--version"; do
	to /dev/full $args
	if [ "$rc" = 2 ] && has err "cannot write the output"; then ok "full-device-${args// /-}"
	else ko "full-device-${args// /-}" "exit $rc"; fi
done

# a PDF that did not fit is an error, and no truncated slip is left (the
# font caches cairo and fontconfig keep are not leaks of ours: lsan.supp)
export LSAN_OPTIONS="suppressions=$PWD/tests/unit/lsan.supp:print_suppressions=0"
to /dev/null check --format pdf --output /dev/full "$seed"
if [ "$rc" = 2 ] && has err "/dev/full: cannot write the PDF"; then ok pdf-full-device
else ko pdf-full-device "exit $rc: $(cat "$tmp/err")"; fi
mkdir -p "$tmp/full"
if unshare -m true 2>/dev/null; then
	unshare -m "$BASH" -c 'mount -t tmpfs -o size=16k tmpfs "$1" &&
		head -c 12288 /dev/zero >"$1/fill" &&
		"$2" check --format pdf --output "$1/slip.pdf" "$3" 2>"$4/err"; echo $? >"$4/rc"
		ls "$1" >"$4/ls"' _ "$tmp/full" "$bin" "$seed" "$tmp"
	if [ "$(cat "$tmp/rc")" = 2 ] && has err "cannot write the PDF" && ! grep -q slip.pdf "$tmp/ls"
	then ok pdf-full-disk; else ko pdf-full-disk "exit $(cat "$tmp/rc"): $(cat "$tmp/err")"; fi
else
	echo "SKIP pdf-full-disk: no mount namespace to make a full disk in"
fi

# --- issue 17: text answers are clean UTF-8, and messages quote no data ---
for bad in 'MUELLER\xfc' 'ANNA\xc2\x9b31m' 'ANNA\xc2\x85'; do
	f=$(variant "s/^name = .*/name = $(printf "$bad")/" badtext)
	if run "text-refused" 2 check "$f" && has err "[traveller] name" &&
		has err "not UTF-8" && ! has err "ANNA" && ! has err "MUELLER"; then ok "text-refused-$bad"
	else ko "text-refused-$bad" "$why"; fi
done
f=$(variant 's/^passport_number = .*/E1234567 = passport_number/' swapped)
if run swapped-line 2 check "$f" && has err "a key this section does not have" &&
	! grep -qi E1234567 "$tmp/err"; then ok swapped-line; else ko swapped-line "$why"; fi
printf 'surname,nationality,passport_expiry,\033]0;owned\007\033[31m\nDOE,USA,2031-01-31\n' >"$tmp/esc.csv"
if run manifest-header-escape 2 check --group "$tmp/esc.csv" tests/data/group/trip.ini &&
	has err "column 4" && ! grep -q $'\033' "$tmp/err"; then ok manifest-header-escape
else ko manifest-header-escape "$why"; fi

# no foreign passport (rules.ini [rules] not_foreign): HKG is not told "a
# visa is needed" nor given a visa-free regime, in the slip, its [verdict]
# and a group sheet; the answers error's example nationality is a foreign one
hk=$(variant 's/^nationality = .*/nationality = HKG/' hk)
if run hk-slip 0 check "$hk" && has out "Not a foreign passport" &&
	has out "Home Return Permit" && has out "e-pass check (start-screen choice 2)" &&
	has out "Policy applied:   Chinese citizens" && has out "Rules:            as of" &&
	! has out "visa is needed" && ! has out "apply for a Chinese visa"
then ok hk-slip; else ko hk-slip "$why"; fi
if run hk-ini 0 check --format ini "$hk" && has out "reasons = not_foreign_passport" &&
	has out "way_in = permit" && has out "ways_in =" && has out "policy = not_foreign" &&
	has out "policy_source = \"Exit-Entry Administration Law" && has out "rules_as_of = " &&
	! has out "way_in = visa"
then ok hk-ini; else ko hk-ini "$why"; fi
printf 'surname,given_names,nationality,passport_number,passport_expiry\n%s\n%s\n%s\n' \
	'CHAN,TAI MAN,HKG,K1234567,2031-01-01' 'SMITH,JOHN,USA,C1015838,2031-03-03' \
	'JONES,AMY,GBR,C1015839,2031-03-03' >"$tmp/hk.csv"
if ENTRYDESK_TODAY=2026-11-29 run hk-group 0 check --group "$tmp/hk.csv" tests/data/group/trip-gba.ini &&
	grep -q "^2    CHAN, TAI MAN .*PERMIT .*NOT A FOREIGN" "$tmp/out" &&
	! grep -q "^2 .*GBA group" "$tmp/out" && grep -q "^3 .*GBA group" "$tmp/out"
then ok hk-group; else ko hk-group "$why"; fi
if ENTRYDESK_TODAY=2026-11-29 run hk-group-ini 0 check --format ini --group "$tmp/hk.csv" \
	tests/data/group/trip-gba.ini &&
	sed -n '/^\[row2\]/,/^$/p' "$tmp/out" >"$tmp/row2" && has row2 "way_in = permit" &&
	has row2 "reasons = not_foreign_passport" && ! has row2 "gba_group"
then ok hk-group-ini; else ko hk-group-ini "$why"; fi
bad=$(variant 's/^nationality = .*/nationality = XX1/' badnat)
if run nationality-example 2 check "$bad" && has err "alpha-3 code (USA, DEU, GBR)" &&
	! has err "HKG"
then ok nationality-example; else ko nationality-example "$why"; fi

cli_finish
