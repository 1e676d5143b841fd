/* The one action table (as tig's request.h): each row is an action, the
 * keys bound to it, its slot on the bottom bar (0: none) and its line in
 * F1's key list. The bindings, the bar and the help all come from here;
 * the words (bar labels, help lines) are texts of screens/common.ini,
 * [keys] NAME and [help] NAME, NAME being the row's name in lower case.
 * Adding an action is one row. */
#ifndef ED_UI_ACTIONS_H
#define ED_UI_ACTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* X(ID, keys (tmux-like names, space-separated; "~Find": bound but not
 *   shown, a code some terminals send for Home), bar slot 1..8 or 0,
 *   in F1's list) */
#define UI_ACTIONS(X) \
	X(NONE, "", 0, false) \
	X(CHAR, "", 0, false) \
	X(HELP, "F1", 1, true) \
	X(SAVE, "F2", 2, true) \
	X(NEW, "F5", 3, true) \
	X(PREV_SCREEN, "PgUp", 4, true) \
	X(NEXT_SCREEN, "PgDn", 5, true) \
	X(VERDICT, "F8", 6, true) \
	X(PRINT, "F9", 7, true) \
	X(QUIT, "F10", 8, true) \
	X(NEXT_FIELD, "Tab Down", 0, true) \
	X(PREV_FIELD, "S-Tab Up", 0, true) \
	X(ENTER, "Enter", 0, true) \
	X(CANCEL, "Esc", 0, true) \
	X(LEFT, "Left", 0, true) \
	X(RIGHT, "Right", 0, true) \
	X(HOME, "Home C-a ~Find", 0, true) \
	X(END, "End C-e ~Select", 0, true) \
	X(DELETE, "Del C-d", 0, true) \
	X(BACKSPACE, "Backspace C-h", 0, true) \
	X(CLEAR, "C-u", 0, true) \
	X(REDRAW, "C-l", 0, true) \
	X(INTERRUPT, "C-c", 0, true) \
	X(RESIZE, "", 0, false)

typedef enum ui_action {
#define UI_ACT_ENUM(id, keys, slot, listed) ACT_##id,
	UI_ACTIONS(UI_ACT_ENUM)
#undef UI_ACT_ENUM
	ACT_COUNT
} ui_action;

#define UI_BAR_SLOTS 8

typedef struct ui_action_row {
	const char *name; /* "next_field": the text key in [keys] and [help] */
	const char *keys; /* "Tab Down" */
	int slot;         /* on the bar, 1..UI_BAR_SLOTS, or 0 */
	bool listed;      /* in F1's key list */
} ui_action_row;

/* the row of an action */
const ui_action_row *action_row(ui_action act);
/* the first key of an action as shown ("F1", "PgDn") */
void action_key_name(ui_action act, char *out, size_t size);
/* the text key of an action in common.ini: "keys:next_field" */
void action_text_key(ui_action act, const char *section, char *out, size_t size);
/* the action in bar slot 1..UI_BAR_SLOTS, or ACT_NONE */
ui_action action_in_slot(int slot);
/* the action of a key: is_key for a curses KEY_ code, else a character */
ui_action action_of_key(bool is_key, wint_t ch);

#endif
