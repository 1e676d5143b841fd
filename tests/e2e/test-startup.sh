#!/usr/bin/env bash
# Starting the wizard wrong: a screens file naming an unknown field type, a
# missing rules file, --resume with no draft, no terminal. Each gives one
# clear message (file, section, key, what is accepted) and exit status 2,
# before or without taking over the screen.
. "$(dirname "$0")/lib.sh"

# what the program printed, wrapped lines joined
output() { ed_tmux capture-pane -p -J -S - -t ed 2>/dev/null; }

assert_output() {
	output | grep -qF -- "$1" || fail "expected \"$1\" in the output"
}

# exits_2_saying TEXT...: the program ends with status 2 and printed each TEXT
exits_2_saying() {
	wait_exit
	local t
	for t; do assert_output "$t"; done
	[ "$(exit_status)" = 2 ] || fail "exit status $(exit_status), not 2"
}

bad_screen_file() {
	mkdir -p "$ED_T/screens"
	cp "$ED_ROOT"/screens/*.ini "$ED_T/screens/"
	sed -i 's/^type = country$/type = colour/' "$ED_T/screens/transit.ini"
	start --screens "$ED_T/screens"
	exits_2_saying "$ED_T/screens/transit.ini" "[field.nationality]" "type" "'colour'" \
		"text, date, time, yesno, number, country, port or choice"
}

unknown_answers_key_in_screens() {
	mkdir -p "$ED_T/screens"
	cp "$ED_ROOT"/screens/*.ini "$ED_T/screens/"
	sed -i 's/^key = traveller.nationality$/key = traveller.nationalty/' "$ED_T/screens/transit.ini"
	start --screens "$ED_T/screens"
	exits_2_saying "$ED_T/screens/transit.ini" "[field.nationality]" "traveller.nationalty"
}

missing_rules() {
	start --rules "$ED_T/no-such-rules.ini"
	exits_2_saying "$ED_T/no-such-rules.ini" "accepted"
}

resume_without_draft() {
	start --resume
	exits_2_saying "no draft to resume" "$ED_T/state/entrydesk/drafts"
}

not_a_terminal() {
	start_shell '"$ED" </dev/null; echo "status $?"'
	wait_exit
	assert_output "the wizard needs a terminal"
	assert_output "entrydesk check FILE"
	assert_output "status 2"
}

run "a screens file naming an unknown field type is reported at start-up" bad_screen_file
run "a screens file naming an unknown answers key is reported at start-up" unknown_answers_key_in_screens
run "a missing rules file is reported with the accepted form" missing_rules
run "--resume with no draft says so" resume_without_draft
run "without a terminal the wizard points to entrydesk check" not_a_terminal
finish
