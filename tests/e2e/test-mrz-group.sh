#!/usr/bin/env bash
# `entrydesk mrz` as a scanner feeds it and `entrydesk check --group` as a
# tour desk runs it: the [traveller] answers a zone gives, the one-line
# refusals (naming the check, never the data), the notes of GBN and CHN;
# a 40-row manifest through the group sheet and the ini sections, and a
# manifest with bad rows (each named by line and column, the rest still
# checked, status 2). No terminal needed.
set -u
cd "$(dirname "$0")/../.."
bin=${ENTRYDESK_BIN:-./entrydesk}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ENTRYDESK_TODAY=2026-11-29 LC_ALL=C.UTF-8
unset ENTRYDESK_RULES
passed=0 failed=0
trip=tests/data/group/trip.ini
m40=tests/data/group/manifest-40.csv
bad=tests/data/group/manifest-bad.csv

ok() { echo "PASS $1"; passed=$((passed + 1)); }
ko() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
has() { grep -qF -- "$2" "$tmp/$1"; }

# run NAME STATUS ARGS... (stdin from $tmp/in when it exists)
run() {
	local name=$1 want=$2 rc
	shift 2
	"$bin" "$@" <"${input:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$rc" != "$want" ]; then
		ko "$name" "exit $rc, expected $want; stderr: $(head -c 300 "$tmp/err")"
		return 1
	fi
}

# td3 ISSUER NAME NUMBER NATIONALITY BIRTH SEX EXPIRY: into $tmp/zone
. tests/e2e/mrz.sh
td3() { td3_lines "$@" >"$tmp/zone"; }

# ---- entrydesk mrz ----

input=$tmp/zone
printf '%s\n%s\n' 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' \
	'L898902C36UTO7408122F1204159ZE184226B<<<<<10' >"$tmp/zone"
if run specimen-unknown-code 2 mrz && has err "nationality code UTO" &&
	! has err "ERIKSSON" && ! has err "L898902C3" && [ ! -s "$tmp/out" ]; then
	ok specimen-unknown-code
else ko specimen-unknown-code "$(cat "$tmp/err")"; fi

td3 D 'MUSTERMANN<<ERIKA' C01X00T47 D 830812 F 310131
if run germany-d 0 mrz && has out "[traveller]" && has out "name = MUSTERMANN, ERIKA" &&
	has out "nationality = DEU" && has out "passport_number = C01X00T47" &&
	has out "passport_expiry = 2031-01-31" && has out "birth_date = 1983-08-12" &&
	has out "gender = female" && [ ! -s "$tmp/err" ]; then
	ok germany-d
else ko germany-d "$(cat "$tmp/out" "$tmp/err")"; fi

# what a wedge scanner with Caps Lock on types: lower case, CR LF, spaces
tr 'A-Z' 'a-z' <"$tmp/zone" | sed 's/$/   \r/' >"$tmp/zone2"
input=$tmp/zone2
if run caps-lock-crlf 0 mrz && has out "name = MUSTERMANN, ERIKA"; then
	ok caps-lock-crlf
else ko caps-lock-crlf "$(cat "$tmp/err")"; fi
input=$tmp/zone

# the output is an answers file's [traveller]: with a trip it is checked
run mrz-for-check 0 mrz
{ printf '[check]\nflow = transit\ndate = 2026-11-29\n\n'; cat "$tmp/out";
	sed -n '/^\[trip\]/,$p' "$trip"; } >"$tmp/whole.ini"
if run mrz-then-check 0 check --format ini "$tmp/whole.ini" && has out "outcome = eligible"
then ok mrz-then-check; else ko mrz-then-check "$(cat "$tmp/err")"; fi

td3 GBR 'WONG<<KA<MING' K12345678 GBN 800505 M 310131
if run bno-note 1 mrz && has out "name = WONG, KA MING" && ! has out "nationality =" &&
	has out "; note: A British National (Overseas) passport" &&
	has out "since 31 January 2021"; then
	ok bno-note
else ko bno-note "$(cat "$tmp/out" "$tmp/err")"; fi

td3 CHN 'CHAN<<TAI<MAN' K98765432 CHN 800505 M 310131
if run chinese-citizen 1 mrz && has out "nationality = CHN" &&
	has out "Chinese citizen" && has out "e-pass"; then
	ok chinese-citizen
else ko chinese-citizen "$(cat "$tmp/out" "$tmp/err")"; fi

td3 USA 'VANDERSTEENHOVENMAASKANT<<JOHANNA<WILHE' 123456789 USA 900101 X 300101
if run name-cut 0 mrz && has out "may be cut" && ! has out "gender"; then
	ok name-cut
else ko name-cut "$(cat "$tmp/out" "$tmp/err")"; fi

# each check digit wrong in turn: refused, named, nothing of the data told
td3 USA 'DOE<<JANE' 123456789 USA 900101 F 300101
for pos in 10:'document number' 20:'birth date' 28:'expiry date' 43:'personal number' 44:composite; do
	col=${pos%%:*} what=${pos#*:}
	awk -v c="$col" 'NR == 2 { d = substr($0, c, 1); d = (d == "<") ? 1 : (d + 1) % 10;
		$0 = substr($0, 1, c - 1) d substr($0, c + 1) } { print }' "$tmp/zone" >"$tmp/wrong"
	input=$tmp/wrong
	if run "wrong-$col" 2 mrz && has err "$what" && has err "character $col" &&
		! has err "DOE" && ! has err "123456789" && [ "$(wc -l <"$tmp/err")" = 1 ] &&
		[ ! -s "$tmp/out" ]; then
		ok "wrong-check-digit-$col"
	else ko "wrong-check-digit-$col" "$(cat "$tmp/err")"; fi
done
input=$tmp/zone

printf 'P<USADOE<<JANE\n' >"$tmp/short"
input=$tmp/short
if run not-a-zone 2 mrz && has err "got 1 line of 14 characters" && ! has err DOE; then
	ok not-a-zone
else ko not-a-zone "$(cat "$tmp/err")"; fi
printf 'a\nb\nc\nd\ne\n' >"$tmp/five"
input=$tmp/five
if run five-lines 2 mrz && has err "got 5 lines"; then ok five-lines; else
	ko five-lines "$(cat "$tmp/err")"; fi
head -c 5000 /dev/zero | tr '\0' A >"$tmp/big"
input=$tmp/big
if run too-much-input 2 mrz && has err "more than 4096 bytes"; then ok too-much-input; else
	ko too-much-input "$(cat "$tmp/err")"; fi

# a scanner at a terminal sends no end of input: the zone is read as soon
# as its last line is in (the FIFO stays open for writing meanwhile)
td3 USA 'DOE<<JANE' 123456789 USA 900101 F 300101
mkfifo "$tmp/fifo"
exec 3<>"$tmp/fifo"
cat "$tmp/zone" >&3
timeout 10 "$bin" mrz <"$tmp/fifo" >"$tmp/out" 2>"$tmp/err"
rc=$?
exec 3>&-
if [ "$rc" = 0 ] && has out "name = DOE, JANE"; then ok zone-read-without-eof; else
	ko zone-read-without-eof "exit $rc (124: still waiting) $(cat "$tmp/err")"; fi
input=

# ---- check --group ----

if run group-40-sheet 0 check --group "$m40" "$trip" && has out "GROUP SHEET" &&
	has out "Travellers: 40" && [ "$(grep -c '^[0-9]' "$tmp/out")" = 40 ] &&
	has out "2    ERIKSSON, ANNA MAR *****000  Unilateral   2026-12-30 24:00" &&
	grep -q "^9 .*Unilateral   2026-12-30 24:00 CONFIRM:" "$tmp/out" &&
	grep -q '^31 .*none .*NOT ELIGIBLE:' "$tmp/out" &&
	grep -q '^13 .*BN(O): not' "$tmp/out" && grep -q '^25 .*Chinese' "$tmp/out" &&
	has out "CHAN 陳, TAI MAN" && ! has out "C1000000"; then
	ok group-40-sheet
else ko group-40-sheet "$(head -20 "$tmp/out"; cat "$tmp/err")"; fi

width=$(wc -L <"$tmp/out")
if [ "$width" -le 80 ]; then ok group-sheet-80-columns; else
	ko group-sheet-80-columns "$width columns"; fi

if run group-40-ini 0 check --format ini --group "$m40" "$trip" &&
	[ "$(grep -c '^\[row[0-9]*\]$' "$tmp/out")" = 40 ] &&
	has out "[row2]" && has out "[row41]" &&
	sed -n '/^\[row9\]/,/^$/p' "$tmp/out" | grep -q "reasons = passport_validity" &&
	sed -n '/^\[row31\]/,/^$/p' "$tmp/out" | grep -q "reasons = nationality" &&
	sed -n '/^\[row13\]/,/^$/p' "$tmp/out" | grep -q "outcome = not_eligible" &&
	sed -n '/^\[row2\]/,/^$/p' "$tmp/out" | grep -q "exit_deadline = 2026-12-11 24:00"; then
	ok group-40-ini
else ko group-40-ini "$(head -30 "$tmp/out"; cat "$tmp/err")"; fi

# the group regimes judge the group as a whole: 40 rows, one a Chinese
# citizen, make a Greater Bay Area tour of 39 (2 to 40); the trip may not
# say otherwise
gba=tests/data/group/trip-gba.ini
if run group-gba-as-a-whole 0 check --format ini --group "$m40" "$gba" &&
	sed -n '/^\[row2\]/,/^$/p' "$tmp/out" | grep -q "way_in = gba_group\|ways_in = .*gba_group"; then
	ok group-gba-as-a-whole
else ko group-gba-as-a-whole "$(sed -n '/^\[row2\]/,/^$/p' "$tmp/out" | head -30; cat "$tmp/err")"; fi
# one traveller alone is no group; with a Chinese citizen still not
head -2 "$m40" >"$tmp/one.csv"
if run group-of-one 0 check --format ini --group "$tmp/one.csv" "$gba" &&
	grep -q "^ways_in = unilateral$" "$tmp/out"; then ok group-of-one
else ko group-of-one "$(grep ways_in "$tmp/out"; cat "$tmp/err")"; fi
{ cat "$tmp/one.csv"; echo "CHAN,TAI MAN,CHN,K1234567,2031-01-01,1980-01-01,M"; } >"$tmp/pair.csv"
if run group-chinese-citizen-not-counted 0 check --format ini --group "$tmp/pair.csv" "$gba" &&
	grep -q "^ways_in = unilateral$" "$tmp/out"; then ok group-chinese-citizen-not-counted
else ko group-chinese-citizen-not-counted "$(grep ways_in "$tmp/out"; cat "$tmp/err")"; fi
sed 's/^group = hk_macao_tour$/&\ngroup_size = 12/' "$gba" >"$tmp/gba12.ini"
if run group-size-must-agree 2 check --group "$m40" "$tmp/gba12.ini" &&
	has err "gba12.ini: group size 12, not the group's 39 foreign travellers; accepted: empty or 39" &&
	[ ! -s "$tmp/out" ]; then
	ok group-size-must-agree
else ko group-size-must-agree "$(cat "$tmp/err")"; fi

if run group-bad-rows 2 check --group "$bad" "$trip" &&
	has err "$bad: line 3, column passport_expiry: not a date" &&
	has err "line 4, column nationality" && has err "line 5, column given_names: a quote" &&
	has err "line 6, column column 9: more fields" && has err "line 7, column surname: empty" &&
	has err "line 9, column birth_date" && has err "line 10, column sex" &&
	has err "line 11, column given_names: a line break" &&
	[ "$(wc -l <"$tmp/err")" = 8 ] && ! has err "JANE" && ! has err "2031-02-30" &&
	grep -q '^2 .*240h' "$tmp/out" && grep -q '^8 .*MARTIN, LEA "LOU"' "$tmp/out" &&
	grep -q '^13 .*BN(O)' "$tmp/out" && grep -A1 '^3 .*NOT CHECKED:' "$tmp/out" | grep -q passport_expiry &&
	has out "Travellers: 11, not checked: 8"; then
	ok group-bad-rows
else ko group-bad-rows "$(cat "$tmp/err"; head -20 "$tmp/out")"; fi

if run group-bad-rows-ini 2 check --format ini --group "$bad" "$trip" &&
	[ "$(grep -c '^\[row' "$tmp/out")" = 3 ] && has out "[row2]" && has out "[row8]" &&
	has out "[row13]"; then
	ok group-bad-rows-ini
else ko group-bad-rows-ini "$(grep '^\[' "$tmp/out")"; fi

printf 'surname,given_names,passport_number\nDOE,JANE,1\n' >"$tmp/nocols.csv"
if run group-missing-columns 2 check --group "$tmp/nocols.csv" "$trip" &&
	has err "line 1 (the header): no column nationality, passport_expiry" &&
	[ ! -s "$tmp/out" ]; then
	ok group-missing-columns
else ko group-missing-columns "$(cat "$tmp/err")"; fi

if run group-trip-with-traveller 2 check --group "$m40" tests/golden/transit_144h_eligible.ini &&
	has err "[traveller] name: a group trip has no traveller keys"; then
	ok group-trip-with-traveller
else ko group-trip-with-traveller "$(cat "$tmp/err")"; fi

sed 's/^flow = transit/flow = Transit/; s/^departure_date = .*/departure_date = 2026-11-30/' \
	"$trip" >"$tmp/trip-bad.ini"
if run group-trip-error-told-once 2 check --group "$m40" "$tmp/trip-bad.ini" &&
	has err "$tmp/trip-bad.ini: [trip] departure_date" && [ "$(wc -l <"$tmp/err")" = 1 ] &&
	[ ! -s "$tmp/out" ]; then
	ok group-trip-error-told-once
else ko group-trip-error-told-once "$(cat "$tmp/err")"; fi

if run group-manifest-is-a-folder 2 check --group tests/data "$trip" &&
	has err "tests/data: not a regular file"; then
	ok group-manifest-is-a-folder
else ko group-manifest-is-a-folder "$(cat "$tmp/err")"; fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
