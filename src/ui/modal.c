/* Pop-ups: a yes/no question, a path prompt. Like every screen they are
 * redrawn from state: the view below is drawn first, then the box. What
 * an answer needs of another view goes to the loop as a request. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"
#include "load/answers_io.h"
#include "load/config.h"
#include "ui/path_complete.h"

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
	case ASK_DISCARD_DRAFT: return "msg:discard_draft";
	case PROMPT_SAVE: return "msg:save_prompt";
	case PROMPT_OPEN: return "start:open_prompt";
	case PROMPT_SLIP: return "msg:slip_prompt";
	case PROMPT_MANIFEST: return "group:manifest_prompt";
	case PROMPT_WAYS: return "start:ways_prompt";
	}
	return "msg:yes_no";
}

static void modal_draw(wiz *w)
{
	int width = COLS - 8 > 72 ? 72 : COLS - 8, inner = width - 4;
	int top = LINES / 2 - 4, x, y;
	ui_popup *p = wiz_popup(w);
	/* the Open prompt lists the recent files under its line */
	char recent[CONFIG_RECENT_MAX][CONFIG_PATH_MAX];
	size_t n_recent = p->kind == MODAL_PROMPT && p->purpose == PROMPT_OPEN ?
			  config_recent_get(recent, CONFIG_RECENT_MAX) : 0;
	int rows = 8 + (n_recent ? (int)n_recent + 1 : 0);

	if (top + rows > LINES - 2)
		top = LINES - 2 - rows > 0 ? LINES - 2 - rows : 0;
	x = widget_box(top, rows, width);
	y = top + 1;
	{
		char q[1400];
		const char *pairs[] = { "path", p->path, "n", p->n, NULL };
		text_fill_pairs(q, sizeof q, wiz_text(w, question_key(p->purpose)), pairs);
		y += term_wrap(y, x, inner, 3, q, LOOK_BOLD);
	}
	if (p->kind == MODAL_PROMPT) {
		if (n_recent) {
			term_put(top + 7, x, inner, wiz_text(w, "start:recent"), LOOK_BOLD);
			for (size_t i = 0; i < n_recent; i++)
				term_put(top + 8 + (int)i, x, inner, recent[i],
					 (int)i == p->recent_sel ? LOOK_FOCUS : LOOK_NORMAL);
		}
		w->cur_x = editor_draw(&p->line, top + 5, x, inner, LOOK_FOCUS);
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
		snprintf(wiz_request_with(w, REQ_SAVE_PDF)->u.path, sizeof w->request.u.path, "%s",
			 path);
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
	wiz_ask(w, ask);
	snprintf(wiz_popup(w)->path, sizeof wiz_popup(w)->path, "%s", path);
	return true;
}

static void answer_prompt(wiz *w, ui_purpose purpose, const char *path)
{
	ed_error err = {0};

	switch (purpose) {
	case PROMPT_SAVE:
		if (!ask_before_replacing(w, path, ASK_OVERWRITE_ANSWERS))
			wiz_save(w, path);
		break;
	case PROMPT_SLIP:
		if (!ask_before_replacing(w, path, ASK_OVERWRITE_SLIP))
			save_slip(w, path);
		break;
	case PROMPT_MANIFEST:
		snprintf(wiz_request_with(w, REQ_ADD_MANIFEST)->u.path, sizeof w->request.u.path,
			 "%s", path);
		break;
	case PROMPT_WAYS:
		snprintf(wiz_request_with(w, REQ_WAYS_ASKED)->u.text, sizeof w->request.u.text,
			 "%s", path);
		break;
	case PROMPT_OPEN: {
		ed_raw_answers loaded = {{0}};
		if (answers_load(path, &loaded, &err) && session_adopt(&w->s, &loaded, NULL, -1)) {
			const char *pairs[] = { "path", path, NULL };
			snprintf(w->s.save_path, sizeof w->s.save_path, "%s", path);
			wiz_say(w, LOOK_GOOD, "msg:opened", pairs);
			config_recent_add(path, &err); /* a list of names: not worth a message */
			snprintf(wiz_request_with(w, REQ_FORM_LOADED)->u.path,
				 sizeof w->request.u.path, "%s", path);
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

/* the question `q` (closed now) was answered */
static void answer_question(wiz *w, const ui_popup *q, bool yes)
{
	if (!yes) {
		/* no: back to the prompt, so another name can be typed */
		if (q->purpose == ASK_OVERWRITE_ANSWERS)
			wiz_prompt(w, PROMPT_SAVE, q->path);
		else if (q->purpose == ASK_OVERWRITE_SLIP)
			wiz_prompt(w, PROMPT_SLIP, q->path);
		else if (q->purpose == ASK_DRAFT_COPY)
			wiz_say(w, LOOK_NORMAL, "msg:draft_wait", NULL);
		return;
	}
	switch (q->purpose) {
	case ASK_OVERWRITE_ANSWERS:
		wiz_save(w, q->path);
		break;
	case ASK_OVERWRITE_SLIP:
		save_slip(w, q->path);
		break;
	case ASK_QUIT:
		wiz_request(w, REQ_QUIT);
		break;
	case ASK_NEW:
		wiz_request(w, REQ_START);
		break;
	case ASK_DRAFT_COPY:
		snprintf(wiz_request_with(w, REQ_RESUME_COPY)->u.path, sizeof w->request.u.path,
			 "%s", q->path);
		break;
	case ASK_DISCARD_DRAFT:
		snprintf(wiz_request_with(w, REQ_DISCARD_DRAFT)->u.path, sizeof w->request.u.path,
			 "%s", q->path);
		break;
	case ASK_SAVE_SLIP:
	case ASK_SAVE_TEXT: {
		char name[256];
		wiz_unique_name(w, "slip", q->purpose == ASK_SAVE_SLIP ? "pdf" : "txt", name,
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
	ui_popup *p = wiz_popup(w), closed;

	if (act == ACT_NONE)
		return;
	if (p->kind == MODAL_CONFIRM) {
		bool yes = act == ACT_CHAR && (ch == L'y' || ch == L'Y');
		bool no = act == ACT_CANCEL || (act == ACT_CHAR && (ch == L'n' || ch == L'N'));
		if (!yes && !no)
			return;
		closed = *p;
		wiz_popup_close(w);
		answer_question(w, &closed, yes);
		return;
	}
	if (act == ACT_CANCEL) {
		wiz_popup_close(w);
	} else if (act == ACT_ENTER) {
		char path[UI_EDIT_MAX * 4];
		ui_purpose purpose = p->purpose;
		editor_get(&p->line, path, sizeof path);
		wiz_popup_close(w);
		if (*path)
			answer_prompt(w, purpose, path);
	} else if (p->purpose == PROMPT_OPEN && act == ACT_NEXT_FIELD && ch == L'\t') {
		/* Tab completes the path from its folder's entries */
		char path[UI_EDIT_MAX * 4];
		editor_get(&p->line, path, sizeof path);
		if (path_complete(path, sizeof path))
			editor_set(&p->line, path);
	} else if (p->purpose == PROMPT_OPEN &&
		   (act == ACT_NEXT_FIELD || act == ACT_PREV_FIELD)) {
		/* Up/Down: the recent files into the line */
		char recent[CONFIG_RECENT_MAX][CONFIG_PATH_MAX];
		int n = (int)config_recent_get(recent, CONFIG_RECENT_MAX);
		if (n > 0) {
			int k = p->recent_sel + (act == ACT_NEXT_FIELD ? 1 : -1);
			p->recent_sel = k < 0 ? n - 1 : k >= n ? 0 : k;
			editor_set(&p->line, recent[p->recent_sel]);
		}
	} else {
		editor_key(&p->line, act, ch);
	}
}

static bool modal_handles(const wiz *w, ui_action act)
{
	(void)w;
	(void)act;
	return true; /* a pop-up takes every key */
}

const ui_view_ops modal_view = {
	.draw = modal_draw, .key = modal_key, .handles = modal_handles,
};
