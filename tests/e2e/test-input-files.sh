#!/usr/bin/env bash
# What the wizard keeps and refuses as files go in and out (issue 7): a
# long Chinese name is kept whole, a name ending in a backslash is saved
# and reopened with the answers after it, and a FIFO given to the Open
# prompt is refused at once instead of hanging the wizard.
. "$(dirname "$0")/lib.sh"

# 13. form.c kept a checked value in 256 bytes: 100 Chinese characters
# (300 bytes) were cut to 85 on Tab, possibly inside a character
long_chinese_name_kept_whole() {
	local name="" i saved="$ED_T/zh.ini"
	for ((i = 0; i < 100; i++)); do name+="张"; done
	start
	open_transit
	field DEU
	to_name
	type_text "$name"
	send Tab
	wait_for "Optional."
	save_answers "$saved"
	grep -qxF "name = $name" "$saved" || fail "the saved name is not the 100 characters typed: $(grep '^name' "$saved")"
}

# 2. a name ending in '\' was saved bare: reopened, the line after it (the
# nationality) was joined to the name
backslash_name_saved_and_reopened() {
	local saved="$ED_T/bs.ini"
	start
	open_transit
	field DEU
	to_name
	field 'SMITH\'
	save_answers "$saved"
	grep -qxF 'name = "SMITH\"' "$saved" || fail "the name is not quoted: $(grep '^name' "$saved")"
	send F10
	wait_exit
	ed_tmux kill-session -t ed
	start "$saved"
	wait_for "Opened $saved"
	assert_screen 'SMITH\'
	assert_screen "Germany"
}

# 7. the Open prompt given a FIFO blocked for ever (fopen before fstat)
fifo_at_the_open_prompt_is_refused() {
	mkfifo "$ED_T/pipe.ini"
	start
	wait_for "3  Open a saved answers file"
	send 3
	answer_prompt "Answers file to open" "$ED_T/pipe.ini"
	wait_for "not a regular file (a pipe)"
	send Escape
	wait_for "Start a check"
}

run "a 100-character Chinese name is saved whole" long_chinese_name_kept_whole
run "a name ending in a backslash is saved and reopened with what follows" backslash_name_saved_and_reopened
run "a FIFO given to the Open prompt is refused at once" fifo_at_the_open_prompt_is_refused
finish
