/* Pop-ups: help, a yes/no question, a path prompt. Like every screen they
 * are redrawn from state: the view below is drawn first, then the box. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"
#include "load/answers_io.h"
#include "load/config.h"
#include "ui/group_view.h"
#include "ui/path_complete.h"
#include "ui/ways_view.h"
#include "ui/views.h"

static const char *question_key(ui_purpose p)
{
	switch (p) {
	case ASK_QUIT: return "msg:quit_unsaved";
	case ASK_NEW: return "msg:new_unsaved";
	case ASK_SAVE_SLIP: return "msg:offer_slip_pdf";
	case ASK_SAVE_TEXT: return "msg:offer_slip_file";
	case ASK_OVERWRITE_ANSWERS:
	case ASK_OVERWRITE_SLIP: return "msg:overwrite";
	case ASK_DRAFT_COPY: return "msg:draft_in_use";
	case PROMPT_SAVE: return "msg:save_prompt";
	case PROMPT_OPEN: return "start:open_prompt";
	case PROMPT_SLIP: return "msg:slip_prompt";
	case PROMPT_MANIFEST: return "group:manifest_prompt";
	case PROMPT_WAYS: return "start:ways_prompt";
	}
	return "msg:yes_no";
}

static void help_draw(wiz *w)
{
	const ui_field *f = w->view == VIEW_FORM ? wiz_focus(w) : NULL;
	int width = COLS - 8 > 76 ? 76 : COLS - 8, inner = width - 4;
	int top = 1, rows = LINES - 3, x, y;
	char text[4096];

	if (w->view == VIEW_START)
		snprintf(text, sizeof text, "%s", wiz_text(w, "start:help"));
	else if (w->view == VIEW_VERDICT)
		snprintf(text, sizeof text, "%s", wiz_text(w, "verdict:help"));
	else if (w->view == VIEW_GROUP)
		snprintf(text, sizeof text, "%s", wiz_text(w, "group:help"));
	else if (w->view == VIEW_WAYS)
		snprintf(text, sizeof text, "%s", wiz_text(w, "ways:help"));
	else if (w->view == VIEW_FIND)
		snprintf(text, sizeof text, "%s", wiz_text(w, "find:help"));
	else if (w->fl) /* the form: its screen's help */
		snprintf(text, sizeof text, "%s: %s", w->fl->screens[w->screen].title,
			 w->fl->screens[w->screen].help);
	else
		text[0] = '\0';
	if (f) {
		size_t n = strlen(text);
		snprintf(text + n, sizeof text - n, "\n\n%s: %s", f->label, f->help);
	}
	x = widget_box(top, rows, width);
	term_put(top + 1, x, inner, wiz_text(w, "help:title"), LOOK_BOLD);
	y = top + 3;
	y += term_wrap(y, x, inner, rows - 8, text, LOOK_NORMAL);
	y++;
	widget_key_list(w, text, sizeof text);
	term_wrap(y, x, inner, top + rows - 2 - y, text, LOOK_NORMAL);
	term_put(top + rows - 2, x, inner, wiz_text(w, "help:close"), LOOK_BOLD);
	w->cur_y = top + rows - 2;
	w->cur_x = x;
}

static void modal_draw(wiz *w)
{
	int width = COLS - 8 > 72 ? 72 : COLS - 8, inner = width - 4;
	int top = LINES / 2 - 4, x, y;

	if (w->modal == MODAL_HELP) {
		help_draw(w);
		return;
	}
	if (w->modal == MODAL_PRINTERS) {
		printer_pick_view.draw(w);
		return;
	}
	/* the Open prompt lists the recent files under its line */
	char recent[CONFIG_RECENT_MAX][CONFIG_PATH_MAX];
	size_t n_recent = w->modal == MODAL_PROMPT && w->purpose == PROMPT_OPEN ?
			  config_recent_get(recent, CONFIG_RECENT_MAX) : 0;
	int rows = 8 + (n_recent ? (int)n_recent + 1 : 0);

	if (top + rows > LINES - 2)
		top = LINES - 2 - rows > 0 ? LINES - 2 - rows : 0;
	x = widget_box(top, rows, width);
	y = top + 1;
	{
		char q[1400];
		const char *pairs[] = { "path", w->pending_path, NULL };
		text_fill_pairs(q, sizeof q, wiz_text(w, question_key(w->purpose)), pairs);
		y += term_wrap(y, x, inner, 3, q, LOOK_BOLD);
	}
	if (w->modal == MODAL_PROMPT) {
		if (n_recent) {
			term_put(top + 7, x, inner, wiz_text(w, "start:recent"), LOOK_BOLD);
			for (size_t i = 0; i < n_recent; i++)
				term_put(top + 8 + (int)i, x, inner, recent[i],
					 (int)i == w->recent_sel ? LOOK_FOCUS : LOOK_NORMAL);
		}
		w->cur_x = editor_draw(&w->prompt, top + 5, x, inner, LOOK_FOCUS);
		w->cur_y = top + 5;
	} else {
		term_put(top + 5, x, inner, wiz_text(w, "msg:yes_no"), LOOK_NORMAL);
		w->cur_y = top + 5;
		w->cur_x = x;
	}
	(void)y;
}

/* the slip into `path`: its PDF when the name ends in .pdf (made beside
 * the loop, as F9 makes it), else its text */
static void save_slip(wiz *w, const char *path)
{
	ed_error err = {0};
	size_t n = strlen(path);

	if (n > 4 && !strcmp(path + n - 4, ".pdf")) {
		if (path != w->pending_path)
			snprintf(w->pending_path, sizeof w->pending_path, "%s", path);
		wiz_request(w, REQ_SAVE_PDF, 0);
	} else if (file_save_private(path, w->slip ? w->slip : "", &err)) {
		const char *pairs[] = { "path", path, NULL };
		wiz_say(w, LOOK_GOOD, "msg:slip_saved", pairs);
	} else {
		const char *pairs[] = { "why", err.msg, NULL };
		wiz_say(w, LOOK_ERROR, "msg:save_failed", pairs);
	}
}

/* An existing file is replaced only after a yes: it may hold another
 * traveller's answers. This check's own answers file is not asked about. */
static bool ask_before_replacing(wiz *w, const char *path, ui_purpose ask)
{
	if (access(path, F_OK) != 0)
		return false;
	if (ask == ASK_OVERWRITE_ANSWERS && !strcmp(path, w->s.save_path))
		return false;
	snprintf(w->pending_path, sizeof w->pending_path, "%s", path);
	wiz_ask(w, ask);
	return true;
}

static void answer_prompt(wiz *w, const char *path)
{
	ed_error err = {0};

	switch (w->purpose) {
	case PROMPT_SAVE:
		if (!ask_before_replacing(w, path, ASK_OVERWRITE_ANSWERS))
			wiz_save(w, path);
		break;
	case PROMPT_SLIP:
		if (!ask_before_replacing(w, path, ASK_OVERWRITE_SLIP))
			save_slip(w, path);
		break;
	case PROMPT_MANIFEST:
		group_add_manifest(w, path);
		break;
	case PROMPT_WAYS:
		ways_view_answer(w, path);
		break;
	case PROMPT_OPEN: {
		ed_raw_answers loaded = {{0}};
		if (answers_load(path, &loaded, &err) && session_adopt(&w->s, &loaded, NULL, -1)) {
			const char *pairs[] = { "path", path, NULL };
			snprintf(w->s.save_path, sizeof w->s.save_path, "%s", path);
			wiz_say(w, LOOK_GOOD, "msg:opened", pairs);
			snprintf(w->opened_path, sizeof w->opened_path, "%s", path);
			config_recent_add(path, &err); /* a list of names: not worth a message */
			wiz_request(w, REQ_FORM, 1);
		} else {
			const char *pairs[] = { "why", err.msg[0] ? err.msg : path, NULL };
			wiz_say(w, LOOK_ERROR, "msg:open_failed", pairs);
		}
		raw_clear(&loaded);
		break;
	}
	default:
		break;
	}
}

static void answer_question(wiz *w, bool yes)
{
	if (!yes) {
		/* no: back to the prompt, so another name can be typed */
		if (w->purpose == ASK_OVERWRITE_ANSWERS)
			wiz_prompt(w, PROMPT_SAVE, w->pending_path);
		else if (w->purpose == ASK_OVERWRITE_SLIP)
			wiz_prompt(w, PROMPT_SLIP, w->pending_path);
		else if (w->purpose == ASK_DRAFT_COPY)
			wiz_say(w, LOOK_NORMAL, "msg:draft_wait", NULL);
		return;
	}
	switch (w->purpose) {
	case ASK_OVERWRITE_ANSWERS:
		wiz_save(w, w->pending_path);
		break;
	case ASK_OVERWRITE_SLIP:
		save_slip(w, w->pending_path);
		break;
	case ASK_QUIT:
		wiz_request(w, REQ_QUIT, 0);
		break;
	case ASK_NEW:
		wiz_request(w, REQ_START, 0);
		break;
	case ASK_DRAFT_COPY:
		wiz_request(w, REQ_RESUME_COPY, w->pending_draft);
		break;
	case ASK_SAVE_SLIP:
	case ASK_SAVE_TEXT: {
		char name[256];
		wiz_unique_name(w, "slip", w->purpose == ASK_SAVE_SLIP ? "pdf" : "txt", name,
				sizeof name);
		wiz_prompt(w, PROMPT_SLIP, name);
		break;
	}
	default:
		break;
	}
}

static void modal_key(wiz *w, ui_action act, wint_t ch)
{
	if (act == ACT_NONE)
		return;
	if (w->modal == MODAL_HELP) {
		w->modal = MODAL_NONE;
		return;
	}
	if (w->modal == MODAL_PRINTERS) {
		printer_pick_view.key(w, act, ch);
		return;
	}
	if (w->modal == MODAL_CONFIRM) {
		bool yes = act == ACT_CHAR && (ch == L'y' || ch == L'Y');
		bool no = act == ACT_CANCEL || (act == ACT_CHAR && (ch == L'n' || ch == L'N'));
		if (!yes && !no)
			return;
		w->modal = MODAL_NONE;
		answer_question(w, yes);
		return;
	}
	if (act == ACT_CANCEL) {
		w->modal = MODAL_NONE;
	} else if (act == ACT_ENTER) {
		char path[UI_EDIT_MAX * 4];
		editor_get(&w->prompt, path, sizeof path);
		w->modal = MODAL_NONE;
		if (*path)
			answer_prompt(w, path);
	} else if (w->purpose == PROMPT_OPEN && act == ACT_NEXT_FIELD && ch == L'\t') {
		/* Tab completes the path from its folder's entries */
		char path[UI_EDIT_MAX * 4];
		editor_get(&w->prompt, path, sizeof path);
		if (path_complete(path, sizeof path))
			editor_set(&w->prompt, path);
	} else if (w->purpose == PROMPT_OPEN &&
		   (act == ACT_NEXT_FIELD || act == ACT_PREV_FIELD)) {
		/* Up/Down: the recent files into the line */
		char recent[CONFIG_RECENT_MAX][CONFIG_PATH_MAX];
		int n = (int)config_recent_get(recent, CONFIG_RECENT_MAX);
		if (n > 0) {
			int k = w->recent_sel + (act == ACT_NEXT_FIELD ? 1 : -1);
			w->recent_sel = k < 0 ? n - 1 : k >= n ? 0 : k;
			editor_set(&w->prompt, recent[w->recent_sel]);
		}
	} else {
		editor_key(&w->prompt, act, ch);
	}
}

static bool modal_handles(const wiz *w, ui_action act)
{
	(void)w;
	(void)act;
	return true; /* a pop-up takes every key (any key closes help) */
}

const ui_view_ops modal_view = {
	.draw = modal_draw, .key = modal_key, .handles = modal_handles,
};
