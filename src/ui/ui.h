/* The wizard's shared state and what every view may use: the texts, the
 * help-line message, pop-up questions, the focused field, and requests to
 * the loop. A view never calls another view or the loop: it changes this
 * state, or asks the loop (wiz_request) to switch, print or leave. */
#ifndef ED_UI_UI_H
#define ED_UI_UI_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/mrz.h"
#include "core/mrz_fill.h"
#include "core/result.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "load/drafts.h"
#include "load/printers.h"
#include "ui/editor.h"
#include "ui/recording.h"
#include "ui/screens.h"
#include "ui/session.h"
#include "ui/term.h"
#include "ui/wizard_options.h"

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
	ASK_QUIT, ASK_NEW, ASK_SAVE_SLIP /* as a PDF */, ASK_SAVE_TEXT /* the PDF failed */,
	ASK_OVERWRITE_ANSWERS, ASK_OVERWRITE_SLIP,
	ASK_DRAFT_COPY, /* the draft is another wizard's: open a copy? */
	ASK_DISCARD_DRAFT, /* Delete on the start screen: discard it? */
	PROMPT_SAVE, PROMPT_OPEN, PROMPT_SLIP, PROMPT_MANIFEST,
	PROMPT_WAYS /* the nationality (and date) of the quick answer */
} ui_purpose;

/* what a view asks the loop to do after a key; the payload it needs
 * is in ui_req's member named after it */
typedef enum ui_request {
	REQ_NONE,
	REQ_BEGIN_TRANSIT,
	REQ_BEGIN_EPASS,   /* u.carry: a scan's name and gender go along */
	REQ_BEGIN_GROUP,   /* a group check: the trip, then the travellers */
	REQ_GROUP,         /* (back) to the group's travellers */
	REQ_RESUME,        /* u.path: the draft to take up */
	REQ_RESUME_COPY,   /* u.path: a copy of it (another wizard works on it) */
	REQ_DISCARD_DRAFT, /* u.path: the draft to delete */
	REQ_FORM,          /* (back) to the form; u.focus: "section:key" or "" */
	REQ_FORM_LOADED,   /* the answers were replaced (a file opened, an
			    * earlier check taken up): the form from its
			    * first screen; u.path: the file, said, or "" */
	REQ_VERDICT, REQ_VERDICT_EARLY,
	REQ_START,         /* the check is dropped: the start screen */
	REQ_WAYS,          /* the quick answer in w->slip (ways_view.c); u.day:
			    * the day it is for */
	REQ_WAYS_ASKED,    /* u.text: the nationality (and date) typed for it */
	REQ_FIND,          /* find an earlier check (find_view.c) */
	REQ_SCAN,          /* the scan box; u.line: a zone's first line
			    * typed into a field, or "" */
	REQ_ADD_TRAVELLER, /* u.read: a zone read for the group's list */
	REQ_ADD_MANIFEST,  /* u.path: a manifest's travellers for the group */
	REQ_PRINT,         /* print what is shown */
	REQ_PRINT_ON,      /* u.printer: on the printer picked from the list */
	REQ_SAVE_PDF,      /* u.path: the slip's PDF to this file (a failed print's offer) */
	REQ_QUIT           /* leave now (the agent said yes) */
} ui_request;

/* A request and its payload. Personal data (a zone, a name) is wiped by
 * the loop as soon as the request is carried out. */
typedef struct ui_req {
	ui_request kind;
	bool go_on_typing; /* REQ_FORM: a resumed draft's field, typed into
			    * when it was interrupted: a key goes on with
			    * its value rather than replacing it */
	union {
		struct {
			ed_mrz_value v[MRZ_FILL_MAX];
			size_t n;
		} carry;
		char focus[200];
		ed_date day;
		char path[1024];
		char text[UI_EDIT_MAX * 4];
		char line[MRZ_MAX_LINE + 1];
		struct {
			ed_mrz mrz;
			ed_mrz_nationality nat;
		} read;
		char printer[128];
		wint_t first_key; /* REQ_BEGIN_TRANSIT: the letter typed on the
				   * start screen, the nationality's first */
	} u;
} ui_req;

/* A pop-up over the view: help, a question, a prompt, the printer list,
 * the scan box or its note. They stack: the top one gets the keys and
 * is drawn last; each carries its own state, gone when it closes. */
typedef struct ui_popup {
	ui_modal kind;
	ui_purpose purpose; /* a question's or a prompt's */
	ui_editor line;     /* a prompt's text, the scan box's line */
	int recent_sel;     /* the Open prompt's recent file shown, -1: none yet */
	char path[1024];    /* the existing file an overwrite question names,
			     * the draft a copy or discard question names */
	char n[16];         /* the number of the draft a discard question names */
	ed_printers printers; /* F9's list */
	int printer_sel;      /* its highlighted row */
	/* a zone being read by the scanner, or its note (scan.c). Personal
	 * data: wiped as soon as it is used, never logged */
	struct {
		bool for_group; /* the zone is a traveller of the group */
		char lines[MRZ_MAX_LINES][MRZ_MAX_LINE + 8];
		size_t n, expected;
		char problem[300]; /* why the last line was not taken */
		ed_mrz_value carry[MRZ_FILL_MAX]; /* to the e-pass check offered */
		size_t n_carry;
		const char *note, *note_source;
		bool offer_epass;
	} scan;
} ui_popup;

#define UI_POPUPS_MAX 4

typedef struct wiz {
	const wizard_options *o;
	ed_rules rules;
	ui_screens scr;
	ui_session s; /* the answers, their file and draft, the check's day */
	ui_recording rec; /* the history the verdicts go to */

	const ui_flow *fl; /* NULL on the start screen */
	ui_view view;
	size_t screen, field;
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

	char msg[1200];
	ui_look msg_look;

	ui_popup popups[UI_POPUPS_MAX]; /* the pop-ups open, the top last */
	size_t n_popups;

	struct ui_group *group; /* a group check's travellers (group.c), or NULL */
	void *own; /* the state of the view shown, made by its ops' create */

	ed_result result; /* the check shown on the verdict screen (core/result.h) */
	ed_answers ans;
	ed_verdict verdict;
	bool verdict_full; /* false: only the conditions already failing */
	bool times_asked;  /* F8 already asked for the times that decide */
	char *slip;
	int scroll;
	int verdict_top; /* the slip's first row, below the summary */

	bool printing; /* a print job runs beside the wizard (print_job.c) */
	bool keep_on_exit; /* F10 while too small: leave, keeping a draft */

	ui_req request; /* what the last key asked of the loop */

	int cur_y, cur_x; /* where the cursor goes after drawing; -1: hidden */
	bool key_ignored; /* a key came while the terminal was too small */
	bool running;
	int status;
} wiz;

/* A view (tig's view_ops): enter sets it up from state, draw redraws it
 * from state, key changes state. `handles` says which actions it takes
 * now (the bar blanks the others, and they get a hint); `label` may give
 * a bar slot its own words on this view ("keys:page"), "" to blank a slot
 * whose key still answers (with why), or NULL. A view's own state (its
 * list, its highlighted row) is made by `create` when the wizard starts
 * and freed by `destroy` at its end, so that the view keeps its place
 * between visits; while the view is shown it is w->own, which no other
 * view reads. */
typedef struct ui_view_ops {
	void *(*create)(void); /* NULL: no state of its own; else NULL: no memory */
	void (*destroy)(void *own);
	void (*enter)(wiz *w, const ui_req *r); /* r: the request that came here */
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
/* zeroes personal data (a zone's lines, a name), in a way no compiler
 * leaves out */
void wiz_wipe(void *p, size_t n);
/* asks the loop for something after this key */
void wiz_request(wiz *w, ui_request r);
/* the same, with a payload: returns the request (its payload zeroed) to
 * fill */
ui_req *wiz_request_with(wiz *w, ui_request r);
/* the pop-up on top, or NULL; its kind (MODAL_NONE: none) */
ui_popup *wiz_popup(wiz *w);
ui_modal wiz_popup_kind(const wiz *w);
/* opens a pop-up over the others (the top one is replaced when they
 * are UI_POPUPS_MAX); returns it, its state zeroed */
ui_popup *wiz_popup_open(wiz *w, ui_modal kind);
/* closes the top pop-up; what it held goes */
void wiz_popup_close(wiz *w);
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

/* the field of this check's flow that asks answers key k (its screen in
 * *screen when not NULL), or NULL */
const ui_field *wiz_field_of(const wiz *w, ed_answer_key k, size_t *screen);

/* widgets.c: the title bar (with the check date), the help line (message, else `fallback`),
 * the key bar of fixed slots, a box, F1's key list */
void widget_titlebar(const wiz *w, const char *title);
void widget_helpline(const wiz *w, const char *fallback);
void widget_keybar(const wiz *w, const ui_view_ops *v);
/* a blank box with a border; returns its inner left column */
int widget_box(int top, int rows, int width);
/* the key list of F1, from the action table, into out */
void widget_key_list(const wiz *w, char *out, size_t size);
/* the keys that scroll a text shown a page at a time (*scroll): Down,
 * Enter or Tab a line, Up a line back, PgDn or Space a page, b a page
 * back, Home, End; true when act was one. PgUp is the view's: the
 * verdict goes back at the top. */
bool widget_scroll_key(int *scroll, ui_action act, wint_t ch, int page);

#endif
