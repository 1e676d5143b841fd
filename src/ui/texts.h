/* Every text of screens/common.ini the wizard shows, with the
 * placeholders the program fills in it: one X-macro row each. Loading
 * checks that each is there and names no other placeholder, so a typo is
 * a load error, never a "{nmae}" in front of a traveller. */
#ifndef ED_UI_TEXTS_H
#define ED_UI_TEXTS_H

#include <stdbool.h>

#include "core/error.h"

/* X("section:key", "placeholders, space-separated") */
#define UI_TEXTS(X) \
	X("app:name", "") \
	X("app:too_small", "cols lines need_cols need_lines") \
	X("app:key_ignored", "") \
	X("app:rules_as_of", "date source path months") \
	X("app:rules_outdated", "date source path months") \
	X("start:title", "") \
	X("start:instructions", "") \
	X("start:transit", "") \
	X("start:epass", "") \
	X("start:open", "") \
	X("start:help", "") \
	X("start:help_drafts", "") \
	X("start:drafts", "") \
	X("start:draft", "time flow name") \
	X("start:draft_in_use", "time flow name") \
	X("start:no_name", "") \
	X("start:no_name_who", "who") \
	X("start:drafts_off", "why") \
	X("start:history_off", "why") \
	X("start:find", "") \
	X("find:title", "") \
	X("find:instructions", "") \
	X("find:prompt", "") \
	X("find:none", "") \
	X("find:failed", "why") \
	X("find:help", "") \
	X("find:help_slip", "") \
	X("find:new_check", "") \
	X("start:open_prompt", "") \
	X("form:full", "label max") \
	X("form:step", "flow screen n total") \
	X("form:required_mark", "") \
	X("form:ruled_out", "reasons") \
	X("form:typo_hint", "form") \
	X("form:choice_hint", "choices help") \
	X("form:yesno_hint", "help") \
	X("form:candidates", "candidates typed") \
	X("form:no_candidate", "candidates typed") \
	X("form:country_accepted", "") \
	X("form:port_accepted", "") \
	X("form:missing", "label") \
	X("form:year_understood", "label date") \
	X("form:bad_value", "") \
	X("field_check:departure_before_entry", "first second") \
	X("field_check:departure_time_before_entry", "first second") \
	X("field_check:passport_expires_before_departure", "first second") \
	X("field_check:entry_before_check_date", "first second") \
	X("field_check:times_decide", "first second") \
	X("field_check:passport_expired", "first second") \
	X("verdict:title", "flow") \
	X("verdict:incomplete", "") \
	X("verdict:help", "") \
	X("verdict:help_early", "") \
	X("verdict:more", "first last total") \
	X("verdict:end", "first last total") \
	X("msg:saved", "path") \
	X("msg:not_recorded", "why") \
	X("msg:save_failed", "why") \
	X("msg:save_prompt", "path") \
	X("msg:printed", "where") \
	X("msg:default_printer", "") \
	X("msg:print_failed", "why") \
	X("msg:print_to_taken", "") \
	X("msg:offer_slip_file", "path") \
	X("msg:offer_slip_pdf", "path") \
	X("msg:slip_prompt", "path") \
	X("msg:slip_saved", "path") \
	X("msg:overwrite", "path") \
	X("msg:quit_unsaved", "path") \
	X("msg:new_unsaved", "path") \
	X("msg:print_slow", "secs") \
	X("msg:opened", "path") \
	X("msg:opened_complete", "path") \
	X("msg:opened_bad", "path label why") \
	X("msg:open_failed", "why") \
	X("msg:unknown_key", "") \
	X("msg:not_here", "key") \
	X("msg:no_field", "") \
	X("msg:printing", "") \
	X("msg:print_cancelled", "") \
	X("msg:discard_draft", "n") \
	X("msg:draft_discarded", "") \
	X("msg:draft_in_use", "") \
	X("msg:draft_in_use_kept", "") \
	X("msg:draft_wait", "") \
	X("msg:draft_busy", "path") \
	X("msg:resumed_copy", "") \
	X("msg:not_kept", "why") \
	X("msg:no_drafts", "path") \
	X("msg:no_draft", "path") \
	X("msg:first_screen", "") \
	X("msg:yes_no", "") \
	X("msg:resumed", "") \
	X("msg:interrupted", "path") \
	X("msg:kept", "path") \
	X("msg:no_verdict_yet", "") \
	X("msg:not_a_terminal", "") \
	X("msg:nothing_to_save", "") \
	X("help:title", "") \
	X("help:keys", "") \
	X("help:dates", "") \
	X("help:close", "") \
	X("yesno:yes", "") \
	X("yesno:no", "") \
	X("scan:prompt", "") \
	X("scan:progress", "n total") \
	X("scan:not_first", "") \
	X("scan:failed", "why") \
	X("scan:unknown_code", "code") \
	X("scan:read", "") \
	X("scan:note_title", "") \
	X("scan:note_close", "") \
	X("scan:offer_epass", "") \
	X("start:group", "") \
	X("start:ways", "") \
	X("start:ways_prompt", "") \
	X("start:ways_unknown", "typed") \
	X("start:ways_several", "typed count") \
	X("start:ways_bad_date", "typed") \
	X("ways:title", "") \
	X("ways:help", "") \
	X("group:title", "n") \
	X("group:title_one", "n") \
	X("group:manifest_added_one", "n path bad line column why") \
	X("group:help", "") \
	X("group:help_slip", "") \
	X("group:empty", "") \
	X("group:full", "") \
	X("group:added", "n") \
	X("group:refusal_set", "n value") \
	X("group:violation_set", "n value") \
	X("group:manifest_prompt", "path") \
	X("group:manifest_added", "n path bad line column why") \
	X("group:manifest_bad", "n path bad line column why") \
	X("group:manifest_failed", "why") \
	X("group:size_problem", "why") \
	X("group:no_slip", "")

struct ini;
/* checks the texts of common.ini (d: the file as load/ini.h read it; a
 * problem fills its error): the table's, and the bar label and help line
 * of each action */
bool ui_texts_check(struct ini *d);

#endif
