#!/usr/bin/env bash
# The whole screen at 80x24, for each screen of both flows, compared with
# the expected text in tests/e2e/screens/NAME.txt (as tig's tests compare
# screen dumps). A difference fails with the diff. After a deliberate
# change of a screen, tests/e2e/screens/regen.sh rewrites the files: read
# every changed one before committing it.
. "$(dirname "$0")/lib.sh"

ED_COLS=80
ED_ROWS=24
SCREENS=$ED_ROOT/tests/e2e/screens

# the screen as it is now, without trailing blanks
dump_now() { ed_tmux capture-pane -p -t ed | sed 's/[[:space:]]*$//'; }

# dump NAME: polls until the screen is the expected NAME.txt (fails with
# the difference after the timeout); ED_REGEN=1 writes NAME.txt instead,
# once the screen has stopped changing
dump() {
	local want=$SCREENS/$1.txt limit=$(($(now_ms) + ED_TIMEOUT * 1000)) a b
	if [ "${ED_REGEN:-}" = 1 ]; then
		a=$(dump_now)
		while sleep 0.2; b=$(dump_now); [ "$a" != "$b" ]; do a=$b; done
		printf '%s\n' "$a" >"$want"
		return 0
	fi
	[ -f "$want" ] || fail "no expected screen $want (tests/e2e/screens/regen.sh makes it)"
	until [ "$(dump_now)" = "$(cat "$want")" ]; do
		if [ "$(now_ms)" -ge "$limit" ]; then
			fail "the screen differs from $1.txt: $(diff <(cat "$want") <(dump_now) | head -20)"
		fi
		sleep 0.05
	done
}

transit_screens() {
	start
	wait_for "Start a check"
	dump start
	send 1
	wait_for "Visa-free entry or transit · screen 1 of 4"
	seed_traveller_fields
	dump transit-1
	send NPage
	wait_for "Visa-free entry or transit · screen 2 of 4"
	seed_entry
	seed_onward_fields
	dump transit-2
	send NPage
	wait_for "Visa-free entry or transit · screen 3 of 4"
	type_text n
	send Tab
	type_text n
	dump transit-3
	send NPage
	wait_for "Visa-free entry or transit · screen 4 of 4"
	type_text h
	dump transit-4
	send NPage
	wait_for "Exit deadline: 2023-01-07 24:00"
	dump transit-verdict
	send F1
	wait_for "Any key closes this help."
	dump help-verdict
}

epass_screens() {
	ED_TODAY=2025-05-21
	start
	epass_before_you_start
	dump epass-0
	local n
	for n in 1 2 3; do
		send NPage
		wait_for "Step $n of 6"
		dump "epass-$n"
	done
	send NPage
	wait_for "Step 4 of 6"
	field "CHAN Tai Man"
	type_text H12345678
	wait_for "H12345678"
	dump epass-4
	send NPage
	wait_for "Step 5 of 6"
	epass_step5_fields
	dump epass-5
	send NPage
	wait_for "Step 6 of 6"
	type_text y
	send Tab
	type_text y
	dump epass-6
	send NPage
	wait_for "ELIGIBLE: E-pass"
	dump epass-verdict
}

run "every transit screen at 80x24 is the expected text" transit_screens
run "every e-pass screen at 80x24 is the expected text" epass_screens
finish
