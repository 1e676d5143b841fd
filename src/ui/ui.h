/* The wizard's shared state and what every view may use: the texts, the
 * help-line message, pop-up questions, the focused field, and requests to
 * the loop. A view never calls another view or the loop: it changes this
 * state, or asks the loop (wiz_request) to switch, print or leave. */
#ifndef ED_UI_UI_H
#define ED_UI_UI_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/mrz_fill.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "load/drafts.h"
#include "load/printers.h"
#include "ui/editor.h"
#include "ui/recording.h"
#include "ui/screens.h"
#include "ui/session.h"
#include "ui/term.h"
#include "ui/wizard.h"

#define UI_MIN_COLS 80
#define UI_MIN_LINES 24

typedef enum ui_view {
	VIEW_START, VIEW_FORM, VIEW_VERDICT, VIEW_GROUP,
	VIEW_WAYS, /* the quick answer by nationality (ways_view.c) */
	VIEW_FIND, /* an earlier check on record (find_view.c) */
	VIEW_COUNT
} ui_view;
/* MODAL_SCAN: the lines of a zone being read; MODAL_NOTE: what a read
 * zone's nationality needs said (scan.c) */
typedef enum ui_modal {
	MODAL_NONE, MODAL_HELP, MODAL_PROMPT, MODAL_CONFIRM,
	MODAL_PRINTERS, /* F9's printer list (printer_pick.c) */
	MODAL_SCAN, MODAL_NOTE
} ui_modal;
/* what a yes/no question or a path prompt is for */
typedef enum ui_purpose {
	ASK_QUIT, ASK_NEW, ASK_SAVE_SLIP, ASK_OVERWRITE_ANSWERS, ASK_OVERWRITE_SLIP,
	ASK_DRAFT_COPY, /* the draft is another wizard's: open a copy? */
	PROMPT_SAVE, PROMPT_OPEN, PROMPT_SLIP, PROMPT_MANIFEST,
	PROMPT_WAYS /* the nationality (and date) of the quick answer */
} ui_purpose;

/* what a view asks the loop to do after a key */
typedef enum ui_request {
	REQ_NONE,
	REQ_BEGIN_TRANSIT, REQ_BEGIN_EPASS, /* a new check; e-pass arg 1: with
					     * the scan's name and gender */
	REQ_BEGIN_GROUP,   /* a group check: the trip, then the travellers */
	REQ_GROUP,         /* (back) to the group's travellers */
	REQ_RESUME,        /* the draft w->drafts[w->req_arg] */
	REQ_RESUME_COPY,   /* a copy of it (another wizard works on it) */
	REQ_DISCARD_DRAFT, /* delete the draft w->drafts[w->req_arg] */
	REQ_FORM,          /* (back) to the form; focus on w->focus_key if set */
	REQ_VERDICT, REQ_VERDICT_EARLY,
	REQ_START,         /* the check is dropped: the start screen */
	REQ_WAYS,          /* the quick answer in w->slip (ways_view.c) */
	REQ_FIND,          /* find an earlier check (find_view.c) */
	REQ_PRINT, REQ_CANCEL_PRINT,
	REQ_PRINT_CHOSEN,  /* print on w->printer_chosen (the printer list) */
	REQ_QUIT           /* leave now (the agent said yes) */
} ui_request;

typedef struct wiz {
	const wizard_options *o;
	ed_rules rules;
	ui_screens scr;
	ui_session s; /* the answers, their file and draft, the check's day */
	ui_recording rec; /* the history the verdicts go to */

	const ui_flow *fl; /* NULL on the start screen */
	ui_view view;
	size_t screen, field;
	int start_sel;
	ui_editor ed; /* the focused field's text while editing */
	int pick; /* the highlighted candidate of a country or port list */
	/* the focus just entered a filled field: the first printable key
	 * replaces its value (as in dialog's forms) */
	bool ed_fresh;
	/* a complete value (USA, 2026-12-05) just moved the focus on: a Tab
	 * or Enter typed right after it is taken as said (form.c) */
	bool moved_on;
	/* a choice field's keys since the focus came: the number typed so
	 * far (two digits for "10"), the value before it, and whether a key
	 * not the field's own came (then no key changes it until another
	 * action) */
	int pick_num;
	char pick_from[64];
	bool pick_bad;
	char focus_key[200]; /* "section:key" the form should focus on entering */
	char opened_path[1024]; /* the file just opened: the form says how it is */

	draft_info drafts[DRAFTS_MAX]; /* the start screen's list */
	size_t n_drafts;
	int pending_draft; /* the draft a copy question names */

	char msg[1200];
	ui_look msg_look;

	ui_modal modal;
	ui_purpose purpose;
	ui_editor prompt;
	int recent_sel; /* the Open prompt's recent file shown, -1: none yet */
	char pending_path[1024]; /* the existing file an overwrite question names */

	/* a zone being read by the scanner, or its note (scan.c). Personal
	 * data: wiped as soon as it is used, never logged */
	struct {
		char lines[MRZ_MAX_LINES][MRZ_MAX_LINE + 8];
		size_t n, expected;
		char problem[300]; /* why the last line was not taken */
		ed_mrz_value carry[MRZ_FILL_MAX]; /* to the e-pass check offered */
		size_t n_carry;
		const char *note, *note_source;
		bool offer_epass;
	} scan;
	struct ui_group *group; /* a group check's travellers (group_view.c), or NULL */
	struct ui_find *find;   /* the checks found on record (find_view.c), or NULL */

	ed_answers ans;
	ed_verdict verdict;
	bool verdict_full; /* false: only the conditions already failing */
	bool times_asked;  /* F8 already asked for the times that decide */
	char *slip;
	int scroll;
	ed_date ways_day; /* the day the quick answer in slip is for */
	int verdict_top; /* the slip's first row, below the summary */

	bool printing;   /* a print job runs beside the wizard */
	ed_printers printers;  /* F9's list while it is open */
	int printer_sel;       /* its highlighted row */
	char printer_chosen[128]; /* the destination picked from it, or "" */
	bool keep_on_exit; /* F10 while too small: leave, keeping a draft */

	ui_request request;
	int req_arg;

	int cur_y, cur_x; /* where the cursor goes after drawing; -1: hidden */
	bool key_ignored; /* a key came while the terminal was too small */
	bool running;
	int status;
} wiz;

/* A view (tig's view_ops): enter sets it up from state, draw redraws it
 * from state, key changes state. `handles` says which actions it takes
 * now (the bar blanks the others, and they get a hint); `label` may give
 * a bar slot its own words on this view ("keys:page"), "" to blank a slot
 * whose key still answers (with why), or NULL. */
typedef struct ui_view_ops {
	void (*enter)(wiz *w);
	void (*draw)(wiz *w);
	void (*key)(wiz *w, ui_action act, wint_t ch);
	bool (*handles)(const wiz *w, ui_action act);
	const char *(*label)(const wiz *w, ui_action act);
} ui_view_ops;

/* the text "section:key" of common.ini */
const char *wiz_text(const wiz *w, const char *key);
/* sets the help-line message (from a common.ini text, filled) */
void wiz_say(wiz *w, ui_look look, const char *key, const char *const *pairs);
/* sets the help-line message to a text already made */
void wiz_say_text(wiz *w, ui_look look, const char *text);
/* asks the loop for something after this key */
void wiz_request(wiz *w, ui_request r, int arg);
/* opens a yes/no question or a path prompt */
void wiz_ask(wiz *w, ui_purpose purpose);
void wiz_prompt(wiz *w, ui_purpose purpose, const char *initial);
/* saves the answers to `path` (mode 0600); says how it went */
bool wiz_save(wiz *w, const char *path);
/* the focused field of the form, or NULL */
const ui_field *wiz_focus(const wiz *w);
/* a file name for this check that no earlier check of the day has taken:
 * flow, day and time of day ("check-transit-2023-01-01-143005.ini") */
void wiz_unique_name(const wiz *w, const char *stem, const char *ext,
		     char *out, size_t size);

/* find_view.c: the slip of the check found and selected, marked as a
 * reprint (F9), and the Chinese it showed; NULL (said) when it cannot be had */
slipdoc *find_reprint_doc(wiz *w, sd_chinese *zh);
/* find_view.c: frees what the find screen holds */
void find_free(wiz *w);

/* printer_pick.c: opens F9's printer list; false when CUPS gives none */
bool printer_pick_open(wiz *w);

/* widgets.c: the title bar (with the check date), the help line (message, else `fallback`),
 * the key bar of fixed slots, a box, F1's key list */
void widget_titlebar(const wiz *w, const char *title);
void widget_helpline(const wiz *w, const char *fallback);
void widget_keybar(const wiz *w, const ui_view_ops *v);
/* a blank box with a border; returns its inner left column */
int widget_box(int top, int rows, int width);
/* the key list of F1, from the action table, into out */
void widget_key_list(const wiz *w, char *out, size_t size);
/* the keys that scroll a text shown a page at a time (w->scroll): Down,
 * Enter or Tab a line, Up a line back, PgDn or Space a page, b a page
 * back, Home, End; true when act was one. PgUp is the view's: the
 * verdict goes back at the top. */
bool widget_scroll_key(wiz *w, ui_action act, wint_t ch, int page);

#endif
