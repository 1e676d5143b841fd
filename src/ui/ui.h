/* The wizard's state, shared by its views (start, form, verdict, pop-ups).
 * Each view has a draw function (a pure redraw from this state, so resize
 * and Ctrl-L are always right) and a key function (changes the state);
 * wizard.c owns the one input loop. */
#ifndef ED_UI_UI_H
#define ED_UI_UI_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "ui/editor.h"
#include "ui/screens.h"
#include "ui/term.h"
#include "ui/wizard.h"

#define UI_MIN_COLS 80
#define UI_MIN_LINES 24

typedef enum ui_view { VIEW_START, VIEW_FORM, VIEW_VERDICT } ui_view;
typedef enum ui_modal { MODAL_NONE, MODAL_HELP, MODAL_PROMPT, MODAL_CONFIRM } ui_modal;
/* what a yes/no question or a path prompt is for */
typedef enum ui_purpose {
	ASK_QUIT, ASK_NEW, ASK_SAVE_SLIP, ASK_OVERWRITE_ANSWERS, ASK_OVERWRITE_SLIP,
	PROMPT_SAVE, PROMPT_OPEN, PROMPT_SLIP
} ui_purpose;

typedef struct wiz {
	const wizard_options *o;
	ed_rules rules;
	ui_screens scr;
	ed_date today;

	ed_raw_answers raw; /* the truth: what was typed, per answers key */
	const ui_flow *fl;  /* NULL on the start screen */
	ui_view view;
	size_t screen, field;
	int start_sel;
	ui_editor ed; /* the focused field's text while editing */

	char msg[1200];
	ui_look msg_look;
	bool dirty;          /* answers changed since the last save */
	char save_path[1024];

	ui_modal modal;
	ui_purpose purpose;
	ui_editor prompt;
	char pending_path[1024]; /* the existing file an overwrite question names */

	ed_answers ans;
	ed_verdict verdict;
	bool verdict_full; /* false: only the conditions already failing */
	char *slip;
	int scroll;
	int verdict_top; /* the slip's first row, below the summary */

	int cur_y, cur_x; /* where the cursor goes after drawing; -1: hidden */
	bool key_ignored; /* a key came while the terminal was too small */
	bool running;
	int status;
} wiz;

/* the text "section:key" of common.ini */
const char *wiz_text(const wiz *w, const char *key);
/* sets the help-line message (from a common.ini text, filled) */
void wiz_say(wiz *w, ui_look look, const char *key, const char *const *pairs);
/* draws the bottom key bar from the listed action names ("help", ...) */
void wiz_keybar(const wiz *w, const char *const *names);
/* draws the title bar */
void wiz_titlebar(const wiz *w, const char *title);
/* draws the help line: the message, else `fallback` */
void wiz_helpline(const wiz *w, const char *fallback);

/* starts a new check of `flow` (keeps nothing of the old one) */
void wiz_begin(wiz *w, ed_flow flow);
/* takes over loaded answers (their flow) and shows its first screen */
bool wiz_adopt(wiz *w, ed_raw_answers *loaded);
/* opens a yes/no question or a path prompt */
void wiz_ask(wiz *w, ui_purpose purpose);
void wiz_prompt(wiz *w, ui_purpose purpose, const char *initial);
/* saves the answers to `path` (mode 0600); says how it went */
bool wiz_save(wiz *w, const char *path);
/* leaves the wizard, asking first when answers are unsaved */
void wiz_quit(wiz *w);
/* a file name for this check that no earlier check of the day has taken:
 * flow, day and time of day ("check-transit-2023-01-01-143005.ini") */
void wiz_unique_name(const wiz *w, const char *stem, const char *ext,
		     char *out, size_t size);

/* the start screen: redraw from state, then one action */
void start_draw(wiz *w);
void start_key(wiz *w, ui_action act, wint_t ch);

/* the focused field of the form, or NULL (a screen without fields) */
const ui_field *form_focus(const wiz *w);
/* loads the focused field into the editor */
void form_focus_load(wiz *w);
/* moves the focus to the field of an answers key ("section", "key") */
void form_focus_key(wiz *w, const char *section, const char *key);
/* after a file was opened (or the draft resumed): the cursor on the first
 * value that does not fit, saying which and what is accepted; else says
 * when the check is complete (F8) */
void form_opened(wiz *w, const char *path);
/* a screen of the flow: redraw from state, then one action */
void form_draw(wiz *w);
void form_key(wiz *w, ui_action act, wint_t ch);

/* evaluates the answers and shows the verdict (or the conditions already
 * failing when `early` and the answers are incomplete) */
bool verdict_open(wiz *w, bool early);
/* back to the screen the verdict was opened from */
void verdict_close(wiz *w);
/* the verdict screen: redraw from state, then one action */
void verdict_draw(wiz *w);
void verdict_key(wiz *w, ui_action act, wint_t ch);
/* F9: prints the slip (or writes it to --print-to) */
void verdict_print(wiz *w);

/* the pop-up over the view: help, question or prompt */
void modal_draw(wiz *w);
void modal_key(wiz *w, ui_action act, wint_t ch);

#endif
