#!/usr/bin/env bash
# The history of checks (issue 19): every case runs on SQLite (a file in
# the case's own $HOME), then again on PostgreSQL (a throwaway server this
# script starts, tests/e2e/pg.sh; a database of its own per case). Real
# databases, no mocks. The wizard's cases are driven in tmux (lib.sh).
set -u
cd "$(dirname "$0")/../.."
. tests/e2e/lib.sh
. tests/e2e/pg.sh

ENGINE=sqlite
SEED=$ED_ROOT/tests/golden/transit_144h_eligible.ini     # SMITH, JOHN 123456789
DEU=$ED_ROOT/tests/golden/regime_deu_round_trip.ini      # MÜLLER, ANNA C01X00T47
EPASS=$ED_ROOT/tests/golden/epass_eligible.ini
JAN27=$ED_ROOT/tests/data/history/deu_january_2027.ini

# the case's database: its own PostgreSQL database, or the SQLite file
# in its own HOME
engine_setup() {
	ED_TODAY=2026-11-21
	if [ "$ENGINE" = postgresql ]; then
		ED_ENV=("ENTRYDESK_DATABASE=$(pg_url "c${BASHPID}x$RANDOM")")
	fi
	DATA=$ED_T/home/.local/share/entrydesk
}

# cli ARGS...: entrydesk in the case's environment; stdout in $ED_T/out,
# stderr in $ED_T/err, the status in $RC
cli() {
	local -a envv
	mapfile -t envv < <(ed_env)
	(cd "$ED_ROOT" && "${envv[@]}" "${ED_ENV[@]}" "$ED_BIN" "$@") >"$ED_T/out" 2>"$ED_T/err"
	RC=$?
}
out_has() { grep -qF -- "$1" "$ED_T/out" || fail "expected \"$1\" in stdout: $(head -c 600 "$ED_T/out")"; }
err_has() { grep -qF -- "$1" "$ED_T/err" || fail "expected \"$1\" in stderr: $(head -c 600 "$ED_T/err")"; }
no_personal_data() {
	local f
	for f in "$@"; do
		grep -qE 'SMITH|MÜLLER|MUELLER|123456789|C01X00T47' "$f" &&
			fail "personal data in $f: $(grep -E 'SMITH|MÜLLER|123456789|C01X00T47' "$f" | head -2)"
	done
	return 0
}
status_is() { [ "$RC" = "$1" ] || fail "exit $RC, expected $1; stderr: $(head -c 400 "$ED_T/err")"; }
# the number of checks on record
count() { cli history; [ "$RC" = 0 ] && wc -l <"$ED_T/out"; }
count_is() { [ "$(count)" = "$1" ]; }
# the id of the newest check on record
newest_id() { cli history --format ini; sed -n 's/^\[check\.\([0-9]*\)\]$/\1/p' "$ED_T/out" | head -n 1; }

# --- what is recorded, and finding it ---

check_record_and_list() {
	engine_setup
	cli check --record "$SEED" "$DEU" "$EPASS"
	status_is 0
	out_has "before 24:00 on Saturday 7 January 2023"
	cli history
	status_is 0
	[ "$(wc -l <"$ED_T/out")" = 3 ] || fail "3 checks expected: $(cat "$ED_T/out")"
	# newest first: the e-pass was checked last
	head -n 1 "$ED_T/out" | grep -q "epass" || fail "newest first: $(cat "$ED_T/out")"
	out_has "S****, J***"
	out_has "******789"
	out_has "M*****, A***"
	out_has "2023-01-07 24:00"
	# the rules' as_of, as core reports it
	local asof
	asof=$(grep -m1 "^rules_as_of = " <("$ED_BIN" --rules "$ED_ROOT/rules.ini" check --format ini "$SEED") | cut -d' ' -f3)
	[ -n "$asof" ] && out_has "$asof"
	no_personal_data "$ED_T/out" "$ED_T/err"
	cli history --name müller
	[ "$(wc -l <"$ED_T/out")" = 1 ] && out_has "******T47" || fail "--name müller: $(cat "$ED_T/out")"
	cli history --passport 789
	[ "$(wc -l <"$ED_T/out")" = 1 ] && out_has "S****, J***" || fail "--passport 789: $(cat "$ED_T/out")"
	cli history --format ini --name smith
	out_has "number = ******789"
	out_has "way_in = 144h"
	out_has "outcome = review"
	out_has "deadline = 2023-01-07 24:00"
	cli history --since 2026-11-22
	[ ! -s "$ED_T/out" ] || fail "--since the next day lists: $(cat "$ED_T/out")"
	cli history --since 2026-11-21 --until 2026-11-21
	[ "$(wc -l <"$ED_T/out")" = 3 ] || fail "--since/--until the day: $(cat "$ED_T/out")"
	cli history --until 2026-11-20
	[ ! -s "$ED_T/out" ] || fail "--until the day before lists: $(cat "$ED_T/out")"
	if [ "$ENGINE" = sqlite ]; then
		[ "$(file_mode "$DATA")" = 700 ] || fail "folder mode $(file_mode "$DATA")"
		for f in "$DATA"/history.sqlite*; do assert_private "$f"; done
	fi
}

wizard_records_the_verdict_once() {
	engine_setup
	start "$SEED"
	wait_for "Verdict · Visa-free entry or transit"
	wait_until 10 count_is 1
	# back to the answers and on again: the same check, not a second one
	send PPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	send NPage
	wait_for "Verdict · Visa-free entry or transit"
	send F10
	wait_exit
	count_is 1 || fail "the same verdict shown twice made $(count) records"
	cli history
	out_has "S****, J***"
	out_has "transit"
}

reprint_is_the_slip_as_given() {
	engine_setup
	cli check --record "$SEED"
	local id
	id=$(newest_id)
	cli check "$SEED"
	cp "$ED_T/out" "$ED_T/check.txt"
	cli reprint "$id"
	status_is 0
	out_has "REPRINT of the check of 2026-11-21"
	# the slip as given, with the mark (two lines) in it
	awk '/REPRINT of the check of/ { skip = 2 } skip { skip--; next } { print }' "$ED_T/out" \
		>"$ED_T/reprint.txt"
	diff "$ED_T/check.txt" "$ED_T/reprint.txt" >"$ED_T/diff" ||
		fail "the reprint is not the slip given: $(head -20 "$ED_T/diff")"
	cli reprint "$id" --format pdf --output "$ED_T/reprint.pdf"
	status_is 0
	assert_private "$ED_T/reprint.pdf"
	pdftotext "$ED_T/reprint.pdf" - | grep -q "REPRINT of the check of" ||
		fail "the PDF reprint has no mark"
	cli reprint "$id" --recheck
	status_is 0
	head -n 1 "$ED_T/out" | grep -q "unchanged since the check of 2026-11-21" ||
		fail "recheck line: $(head -n 2 "$ED_T/out")"
	out_has "before 24:00 on Saturday 7 January 2023"
}

# rules.ini with the unilateral list extended to 2027-12-31
extended_rules() {
	awk '/^\[/ { inside = ($0 == "[regime_version.unilateral_2024]") }
	     inside && /^ends = 2026-12-31$/ { print "ends = 2027-12-31"; next } { print }' \
		"$ED_ROOT/rules.ini" >"$ED_T/extended.ini"
	grep -q "^ends = 2027-12-31" "$ED_T/extended.ini" || fail "no unilateral end to extend"
}

affected_by_the_extension() {
	engine_setup
	ED_TODAY=2026-12-01
	extended_rules
	# January 2027 (to confirm), a trip of 2023 (ended), December 2026 (unchanged)
	cli check --record "$JAN27" "$SEED" "$DEU"
	status_is 0
	cli history --affected-by "$ED_T/extended.ini"
	status_is 0
	[ "$(grep -c '^ *would change:' "$ED_T/out")" = 1 ] || fail "one change expected: $(cat "$ED_T/out")"
	out_has "M*****, A***"
	out_has "would change: outcome review -> eligible"
	out_has "2 recorded trips not yet ended checked"
	no_personal_data "$ED_T/out" "$ED_T/err"
	# the same traveller asked again under the new rules
	cli history --name müller --since 2026-12-01
	local id
	id=$(sed -n '$s/^\([0-9]*\) .*/\1/p' "$ED_T/out")
	cli --rules "$ED_T/extended.ini" reprint "$id" --recheck
	status_is 0
	head -n 1 "$ED_T/out" | grep -q "changed since the check of 2026-12-01.*outcome review -> eligible" ||
		fail "recheck: $(head -n 1 "$ED_T/out")"
}

day_report() {
	engine_setup
	# every complete golden check: one saved at an early refusal (*_early)
	# is not a complete check, and --record takes complete answers only
	local n files
	files=$(ls "$ED_ROOT"/tests/golden/*.ini | grep -v '_early\.ini$')
	# shellcheck disable=SC2086 # one path a word
	cli check --record $files
	status_is 0
	n=$(echo "$files" | wc -l)
	cli history --report 2026-11-21
	status_is 0
	out_has "Checks on 2026-11-21 (China time): $n"
	out_has "By flow: "
	out_has "By way in: "
	out_has "By outcome: "
	out_has "Refusals (not eligible: reasons):"
	out_has "Points to confirm with border inspection:"
	out_has "policy_suspended"
	no_personal_data "$ED_T/out"
	cli history --report 2026-11-20
	out_has "Checks on 2026-11-20 (China time): 0"
}

old_records_purged() {
	engine_setup
	ED_TODAY=2026-10-15
	cli check --record "$SEED"
	ED_TODAY=2026-11-01
	cli check --record "$DEU"
	count_is 2 || fail "two records expected"
	ED_TODAY=2026-11-21
	cli history --purge
	status_is 0
	out_has "1 records older than 30 days deleted"
	count_is 1 || fail "the record of 2026-10-15 is still there"
	# keep_days from config.ini; the purge at the start of a check --record
	mkdir -p "$ED_T/home/.config/entrydesk"
	printf '[history]\nkeep_days = 60\n' >"$ED_T/home/.config/entrydesk/config.ini"
	ED_TODAY=2026-12-20
	cli history --purge
	out_has "0 records older than 60 days deleted"
	ED_TODAY=2027-01-15
	cli check --record "$SEED"
	count_is 1 || fail "the start did not purge the record of 2026-11-01"
	printf '[history]\nkeep_days = forever\n' >"$ED_T/home/.config/entrydesk/config.ini"
	cli history
	status_is 2
	err_has "[history] keep_days: line 2:"
	err_has "a whole number from 1 to 3650"
	# as issue 17's loaders: a key it does not know is refused by its
	# line, never quoted (a mistyped database would record elsewhere)
	printf '[print]\nprinter = desk\n[history]\nSMITH123456789 = x\n' \
		>"$ED_T/home/.config/entrydesk/config.ini"
	cli history
	status_is 2
	err_has "[history] line 4: a key this section does not have; accepted: database, counter and keep_days"
	no_personal_data "$ED_T/err"
}

# two wizards and a batch recording at once
two_wizards_and_a_batch() {
	engine_setup
	local -a envv
	local i
	mkdir -p "$ED_T/batch"
	for i in $(seq 1 60); do cp "$SEED" "$ED_T/batch/c$i.ini"; done
	# a fresh database: the three make the schema at once, one of them does
	mapfile -t envv < <(ed_env)
	("${envv[@]}" "${ED_ENV[@]}" "$ED_BIN" check --record "$ED_T"/batch/*.ini \
		>"$ED_T/batch.out" 2>"$ED_T/batch.err"; echo $? >"$ED_T/batch.rc") &
	start "$DEU"
	ed_tmux new-window -t ed -c "$ED_ROOT" \
		"$(ed_quote "${envv[@]}" "${ED_ENV[@]}" "$ED_BIN" "$EPASS")"
	wait
	[ "$(cat "$ED_T/batch.rc")" = 0 ] || fail "the batch failed: $(cat "$ED_T/batch.err")"
	wait_until 15 count_is 62
	cli history --name müller
	[ "$(wc -l <"$ED_T/out")" = 1 ] || fail "the wizard's check: $(cat "$ED_T/out")"
	cli history --passport 678
	[ "$(wc -l <"$ED_T/out")" = 1 ] || fail "the second wizard's check: $(cat "$ED_T/out")"
	grep -q "not recorded" "$ED_T/batch.err" && fail "a record was lost: $(cat "$ED_T/batch.err")"
	return 0
}

# the database goes away while a wizard runs: the check completes, the
# wizard says so once, the record waits in the queue and goes at the
# next start
database_disappears_mid_session() {
	engine_setup
	cli check --record "$DEU"
	start
	wait_for "Start a check"
	if [ "$ENGINE" = postgresql ]; then
		pg_stop_server
	else
		mkdir "$ED_T/aside"
		mv "$DATA"/history.sqlite* "$ED_T/aside/"
		mkdir "$DATA/history.sqlite" # the file cannot be opened any more
	fi
	send 3
	answer_prompt "Answers file to open" "$SEED"
	wait_for "Verdict · Visa-free entry or transit"
	wait_for "History: the check was not recorded"
	screen_line "History:" | grep -qE 'SMITH|123456789' && fail "personal data in the message"
	assert_private "$DATA/history-queue"
	send F10
	wait_exit
	if [ "$ENGINE" = postgresql ]; then
		pg_restart || fail "the server did not come back"
	else
		rmdir "$DATA/history.sqlite"
		mv "$ED_T"/aside/* "$DATA/"
	fi
	# the next start sends the queue
	ed_tmux kill-session -t ed
	start
	wait_for "Start a check"
	wait_until 10 count_is 2
	send F10
	wait_exit
	cli history --passport 789
	[ "$(wc -l <"$ED_T/out")" = 1 ] || fail "the queued check was not sent: $(cat "$ED_T/out")"
	[ ! -s "$DATA/history-queue" ] || fail "the queue still holds records"
	cli check --record "$EPASS"
	grep -q "warning" "$ED_T/err" && fail "warning after the database came back: $(cat "$ED_T/err")"
	return 0
}

# a check --record whose database is out of reach prints its slip still
batch_with_no_database() {
	engine_setup
	if [ "$ENGINE" = postgresql ]; then
		ED_ENV=("ENTRYDESK_DATABASE=postgresql://entrydesk@/none?host=$ED_T/nowhere&port=1")
	else
		mkdir -p "$DATA/history.sqlite"
	fi
	cli check --record "$SEED" "$DEU"
	status_is 0
	out_has "before 24:00 on Saturday 7 January 2023"
	[ "$(grep -c "warning" "$ED_T/err")" = 1 ] || fail "one warning expected: $(cat "$ED_T/err")"
	err_has "waits in"
	no_personal_data "$ED_T/err"
	[ "$(wc -l <"$DATA/history-queue")" = 2 ] || fail "two queued records expected"
	assert_private "$DATA/history-queue"
}

# libpq is loaded only when a PostgreSQL history is configured: entrydesk
# does not link it, and when it cannot be loaded the check completes, the
# message names the library once, and the record waits in the queue
libpq_missing_is_a_queued_record() {
	engine_setup
	ldd "$ED_BIN" | grep -q 'libpq' && fail "entrydesk links libpq: $(ldd "$ED_BIN" | grep libpq)"
	ED_ENV=("${ED_ENV[@]}" "ENTRYDESK_LIBPQ=$ED_T/no/libpq.so.5")
	cli check --record "$SEED"
	status_is 0
	out_has "before 24:00 on Saturday 7 January 2023"
	[ "$(grep -c "warning" "$ED_T/err")" = 1 ] || fail "one warning expected: $(cat "$ED_T/err")"
	[ "$(wc -l <"$ED_T/err")" = 1 ] || fail "one line expected: $(cat "$ED_T/err")"
	err_has "cannot load $ED_T/no/libpq.so.5, the PostgreSQL client library"
	err_has "waits in"
	no_personal_data "$ED_T/err"
	[ "$(wc -l <"$DATA/history-queue")" = 1 ] || fail "one queued record expected"
	# the library back: the next start sends the queue
	ED_ENV=("${ED_ENV[@]:0:1}")
	cli check --record "$EPASS"
	status_is 0
	grep -q "warning" "$ED_T/err" && fail "warning with libpq loaded: $(cat "$ED_T/err")"
	count_is 2 || fail "the queued check was not sent"
}

# the folder of the database or the queue: a symlink, or writable by others
folder_refused() {
	engine_setup
	mkdir -p "$ED_T/elsewhere" "$ED_T/home/.local/share"
	ln -s "$ED_T/elsewhere" "$DATA"
	cli check --record "$SEED"
	status_is 0
	out_has "before 24:00 on Saturday 7 January 2023"
	if [ "$ENGINE" = sqlite ]; then
		err_has "is a symlink"
		[ -z "$(ls -A "$ED_T/elsewhere")" ] || fail "written through the symlink"
		cli history
		status_is 2
		err_has "is a symlink"
	fi
	rm "$DATA"
	mkdir "$DATA"
	chmod 0777 "$DATA"
	cli check --record "$SEED"
	status_is 0
	if [ "$ENGINE" = sqlite ]; then
		err_has "others can write to"
		[ ! -e "$DATA/history.sqlite" ] || fail "a database in a folder others can write to"
	fi
	no_personal_data "$ED_T/err"
}

# the start screen's "Find an earlier check"
find_screen() {
	engine_setup
	cli check --record "$SEED" "$DEU" "$EPASS"
	start --print-to "$ED_T/again.pdf"
	wait_for "6  Find an earlier check"
	send 6
	wait_for "Type a name, or the last digits"
	wait_for "S****, J***"
	assert_screen "M*****, A***"
	assert_not_screen "SMITH"
	# the list narrows as one types
	type_text "mül"
	wait_gone "S****, J***"
	assert_screen "M*****, A***"
	send BSpace BSpace BSpace
	wait_for "S****, J***"
	type_text 789
	wait_gone "M*****, A***"
	assert_screen "******789"
	assert_not_screen "123456789"
	# Enter: the slip as it was given
	send Enter
	wait_for "REPRINT of the check of 2026-11-21"
	wait_for "before 24:00 on Saturday 7 January 2023"
	# F9: printed again, marked
	send F9
	wait_for "Slip saved to $ED_T/again.pdf"
	assert_private "$ED_T/again.pdf"
	pdftotext "$ED_T/again.pdf" - | grep -q "REPRINT of the check of" || fail "the reprint PDF has no mark"
	send Escape
	wait_for "Find:"
	# F1: the find screen's own help (it has no form screen)
	send F1
	wait_for "Keys (on the verdict"
	send Escape
	wait_gone "Keys (on the verdict"
	# F5: a new check of today from the same answers
	send F5
	wait_for "A new check from the earlier answers"
	wait_for "Visa-free entry or transit · screen 1 of 4"
	assert_screen "SMITH, JOHN"
	send F8
	wait_for "Verdict · Visa-free entry or transit"
	wait_until 10 count_is 4
	send F10
	wait_exit
}

# the start screen says when checks cannot be recorded, and why
start_screen_says_not_recorded() {
	engine_setup
	mkdir -p "$ED_T/elsewhere" "$ED_T/home/.local/share"
	ln -s "$ED_T/elsewhere" "$DATA"
	start
	if [ "$ENGINE" = sqlite ]; then
		wait_for "Checks are not recorded in the history"
		assert_screen "is a symlink"
	else
		wait_for "Start a check" # PostgreSQL keeps them: nothing to say
		assert_not_screen "Checks are not recorded"
	fi
	send F10
	wait_exit
}

bad_input_is_one_line() {
	engine_setup
	cli check --record "$SEED"
	cli history --since 2026-02-30
	status_is 2
	err_has "--since"
	err_has "YYYY-MM-DD"
	[ "$(wc -l <"$ED_T/err")" = 1 ] || fail "one line expected: $(cat "$ED_T/err")"
	cli history --passport "12;3"
	status_is 2
	err_has "--passport"
	cli history --name $'SMITH\x01'
	status_is 2
	err_has "--name"
	no_personal_data "$ED_T/err"
	cli history --format xml
	status_is 2
	err_has "text or ini"
	cli history --since
	status_is 2
	cli reprint abc
	status_is 2
	err_has "ID"
	cli reprint 999999
	status_is 2
	err_has "no check 999999"
	cli reprint 1 --format pdf
	status_is 2
	err_has "--output"
	cli history --affected-by "$ED_T/missing.ini"
	status_is 2
	cli check --record --group "$ED_ROOT/tests/data/group/manifest-40.csv" "$ED_ROOT/tests/data/group/trip-gba.ini"
	status_is 2
	err_has "--record"
}

cases() {
	run "$ENGINE: check --record, then history lists, finds and masks" check_record_and_list
	run "$ENGINE: the wizard records the verdict it shows, once" wizard_records_the_verdict_once
	run "$ENGINE: reprint is the slip as given, marked; --recheck says what changed" reprint_is_the_slip_as_given
	run "$ENGINE: --affected-by: 'confirm' for January 2027 becomes eligible with the extension" affected_by_the_extension
	run "$ENGINE: a day's report counts and lists refusals and points to confirm" day_report
	run "$ENGINE: records past keep_days are purged (--purge, and at start)" old_records_purged
	run "$ENGINE: two wizards and a check --record batch record at once" two_wizards_and_a_batch
	run "$ENGINE: the database disappears mid-session: queued, sent at the next start" database_disappears_mid_session
	run "$ENGINE: check --record without a database prints, warns once, queues" batch_with_no_database
	[ "$ENGINE" = postgresql ] &&
		run "$ENGINE: libpq that cannot be loaded: one line naming it, the record queued" \
			libpq_missing_is_a_queued_record
	run "$ENGINE: a symlinked or world-writable data folder is refused" folder_refused
	run "$ENGINE: bad options are one line naming the option" bad_input_is_one_line
	run "$ENGINE: the wizard finds an earlier check as one types; Enter, F9, F5" find_screen
	run "$ENGINE: the start screen says when checks cannot be recorded" start_screen_says_not_recorded
}

PG_WHY=""
no_server() { skip "no PostgreSQL server could be started (make deps installs postgresql): $PG_WHY"; }

# ED_ENGINES="sqlite" or "postgresql": one engine only
for ENGINE in ${ED_ENGINES:-sqlite postgresql}; do
	if [ "$ENGINE" = postgresql ]; then
		trap pg_stop EXIT
		log=$(mktemp)
		if ! pg_start >"$log" 2>&1; then
			PG_WHY=$(tail -n 3 "$log")
			rm -f "$log"
			run "postgresql: the server" no_server
			continue
		fi
		rm -f "$log"
	fi
	cases
done
finish
