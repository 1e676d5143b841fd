/* The wizard: loads rules and screens before curses starts (bad files are
 * reported like `entrydesk check` reports them, exit 2), then runs the one
 * input loop. The loop turns keys into actions, handles resize and the
 * too-small state, dispatches to the current view (or the pop-up on top)
 * through its ops, and carries out the views' requests; a print job
 * (print_job.c) runs beside it all. */
#include "ui/wizard.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "core/result.h"
#include "core/slip.h"
#include "core/text.h"
#include "load/paths.h"
#include "load/rules_load.h"
#include "load/today.h"
#include "ui/check_io.h"
#include "ui/group.h"
#include "ui/print_job.h"
#include "ui/scan.h"
#include "ui/views.h"
#include "ui/ways_view.h"

static const ui_view_ops *const views[VIEW_COUNT] = {
	[VIEW_START] = &start_view, [VIEW_FORM] = &form_view, [VIEW_VERDICT] = &verdict_view,
	[VIEW_GROUP] = &group_view, [VIEW_WAYS] = &ways_view, [VIEW_FIND] = &find_view,
};

/* the pop-ups, by kind: the top one of w->popups gets the keys */
static const ui_view_ops *const popups[] = {
	[MODAL_HELP] = &help_view, [MODAL_PROMPT] = &modal_view, [MODAL_CONFIRM] = &modal_view,
	[MODAL_PRINTERS] = &printer_pick_view, [MODAL_SCAN] = &scan_view,
	[MODAL_NOTE] = &scan_view,
};

/* each view's own state (its ops' create), for the wizard's run */
static void *owns[VIEW_COUNT];

static bool views_create(void)
{
	for (int v = 0; v < VIEW_COUNT; v++)
		if (views[v]->create && !(owns[v] = views[v]->create()))
			return false;
	return true;
}

static void views_destroy(void)
{
	for (int v = 0; v < VIEW_COUNT; v++) {
		if (owns[v] && views[v]->destroy)
			views[v]->destroy(owns[v]);
		owns[v] = NULL;
	}
}

/* the view `v` takes over; `r`: the request that brings it (what it
 * needs of it: the field to focus, the file opened...) */
static void switch_view(wiz *w, ui_view v, const ui_req *r)
{
	static const ui_req none;

	w->view = v;
	w->own = owns[v];
	if (views[v]->enter)
		views[v]->enter(w, r ? r : &none);
}

static void begin(wiz *w, ed_flow flow)
{
	group_free(w);
	session_begin(&w->s, flow);
	w->fl = screens_flow(&w->scr, flow);
	w->screen = w->field = 0;
	w->times_asked = false;
	switch_view(w, VIEW_FORM, NULL);
}

static void to_start(wiz *w)
{
	group_free(w);
	session_close(&w->s);
	w->fl = NULL;
	switch_view(w, VIEW_START, NULL);
}

/* the draft r->u.path taken up (or a copy of it) */
static void resume(wiz *w, const ui_req *r)
{
	bool copy = r->kind == REQ_RESUME_COPY, in_use;
	static ui_req form; /* static: large */
	ed_error err = {0};

	memset(&form, 0, sizeof form);
	form.kind = REQ_FORM;
	form.go_on_typing = true;
	if (check_take_draft(w, r->u.path, copy, &in_use, form.u.focus, sizeof form.u.focus,
			     &err)) {
		switch_view(w, VIEW_FORM, &form);
		wiz_say(w, LOOK_GOOD, copy ? "msg:resumed_copy" : "msg:resumed", NULL);
	} else if (in_use) {
		wiz_ask(w, ASK_DRAFT_COPY);
		snprintf(wiz_popup(w)->path, sizeof wiz_popup(w)->path, "%s", r->u.path);
	} else {
		const char *pairs[] = { "why", err.msg, NULL };
		wiz_say(w, LOOK_ERROR, "msg:open_failed", pairs);
	}
}

/* carries out one request */
static void carry_out(wiz *w, const ui_req *r)
{
	switch (r->kind) {
	case REQ_BEGIN_TRANSIT:
		begin(w, FLOW_TRANSIT);
		if (r->u.first_key) /* typed into the nationality, as there */
			views[w->view]->key(w, ACT_CHAR, r->u.first_key);
		break;
	case REQ_BEGIN_EPASS:
		begin(w, FLOW_EPASS);
		/* offered after a Chinese passport's scan: its name and gender */
		for (size_t i = 0; i < r->u.carry.n; i++)
			if (wiz_field_of(w, r->u.carry.v[i].key, NULL))
				session_set(&w->s, r->u.carry.v[i].key, r->u.carry.v[i].value);
		break;
	case REQ_BEGIN_GROUP:
		begin(w, FLOW_TRANSIT);
		if (group_begin(w)) {
			/* the trip once, in the group's words: no traveller's
			 * field, no group size (the travellers are counted) */
			w->fl = screens_group_flow(&w->scr);
			switch_view(w, VIEW_FORM, NULL); /* on the trip's first screen */
		}
		break;
	case REQ_GROUP:
		switch_view(w, VIEW_GROUP, r);
		break;
	case REQ_RESUME:
	case REQ_RESUME_COPY:
		resume(w, r);
		break;
	case REQ_DISCARD_DRAFT:
		if (check_discard_draft(w, r->u.path)) {
			switch_view(w, VIEW_START, NULL);
			wiz_say(w, LOOK_GOOD, "msg:draft_discarded", NULL);
		}
		break;
	case REQ_FORM_LOADED:
		w->fl = screens_flow(&w->scr, w->s.flow);
		w->screen = w->field = 0;
		switch_view(w, VIEW_FORM, r);
		break;
	case REQ_FORM:
		switch_view(w, VIEW_FORM, r);
		break;
	case REQ_VERDICT:
	case REQ_VERDICT_EARLY:
		switch_view(w, VIEW_VERDICT, r);
		break;
	case REQ_WAYS:
		switch_view(w, VIEW_WAYS, r);
		break;
	case REQ_WAYS_ASKED:
		ways_view_answer(w, r->u.text);
		break;
	case REQ_START:
		session_forget_draft(&w->s); /* the agent dropped this check */
		to_start(w);
		break;
	case REQ_FIND:
		switch_view(w, VIEW_FIND, r);
		break;
	case REQ_SCAN:
		scan_open(w, w->view == VIEW_GROUP, r->u.line);
		break;
	case REQ_ADD_TRAVELLER:
		group_add_mrz(w, &r->u.read.mrz, &r->u.read.nat);
		break;
	case REQ_ADD_MANIFEST:
		group_add_manifest(w, r->u.path);
		break;
	case REQ_PRINT:
		print_job_start(w, NULL, NULL);
		break;
	case REQ_PRINT_ON:
		print_job_start(w, r->u.printer, NULL);
		break;
	case REQ_SAVE_PDF:
		print_job_start(w, NULL, r->u.path);
		break;
	case REQ_QUIT:
		session_forget_draft(&w->s); /* "Quit anyway": nothing kept */
		w->running = false;
		break;
	case REQ_NONE:
		break;
	}
}

/* carries out what a view asked for; a view's enter may ask again */
static void handle_requests(wiz *w)
{
	static ui_req r; /* static: large; one at a time */

	for (int guard = 0; guard < 4 && w->request.kind != REQ_NONE; guard++) {
		r = w->request;
		wiz_request(w, REQ_NONE);
		carry_out(w, &r);
		wiz_wipe(&r, sizeof r); /* a zone read, a name: gone once used */
	}
}

static bool too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
}

static void draw_all(wiz *w)
{
	erase();
	w->cur_y = w->cur_x = -1;
	if (too_small()) {
		char cols[16], lines[16], line[300];
		snprintf(cols, sizeof cols, "%d", COLS);
		snprintf(lines, sizeof lines, "%d", LINES);
		const char *pairs[] = { "cols", cols, "lines", lines, "need_cols", "80",
					"need_lines", "24", NULL };
		int y = LINES / 2 > 0 ? LINES / 2 - 1 : 0;
		text_fill_pairs(line, sizeof line, wiz_text(w, "app:too_small"), pairs);
		y += term_wrap(y, 1, COLS > 2 ? COLS - 2 : COLS, LINES - y, line, LOOK_BOLD);
		if (w->key_ignored && y + 1 < LINES)
			term_wrap(y + 1, 1, COLS > 2 ? COLS - 2 : COLS, LINES - y - 1,
				  wiz_text(w, "app:key_ignored"), LOOK_NORMAL);
		curs_set(0);
		refresh();
		return;
	}
	w->key_ignored = false;
	views[w->view]->draw(w);
	if (w->n_popups)
		popups[wiz_popup_kind(w)]->draw(w);
	if (w->cur_y >= 0) {
		curs_set(1);
		move(w->cur_y, w->cur_x);
	} else {
		curs_set(0);
	}
	refresh();
}

/* the actions every view shares */
static bool global_key(wiz *w, ui_action act)
{
	char path[1024];

	switch (act) {
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		return true;
	case ACT_HELP:
		wiz_popup_open(w, MODAL_HELP);
		return true;
	case ACT_QUIT:
		if (session_must_ask(&w->s))
			wiz_ask(w, ASK_QUIT);
		else
			w->running = false;
		return true;
	case ACT_SAVE:
		if (!w->s.active)
			return false;
		if (w->s.save_path[0])
			snprintf(path, sizeof path, "%s", w->s.save_path);
		else /* a fixed name would let F2 Enter replace another's answers */
			wiz_unique_name(w, "check", "ini", path, sizeof path);
		wiz_prompt(w, PROMPT_SAVE, path);
		return true;
	case ACT_NEW:
		if (!w->s.active)
			return false;
		if (session_must_ask(&w->s))
			wiz_ask(w, ASK_NEW);
		else
			wiz_request(w, REQ_START);
		return true;
	default:
		return false;
	}
}

/* one line for an action the view does not take: never silence */
static void hint(wiz *w, ui_action act)
{
	char key[32];

	if (act == ACT_CHAR || act == ACT_NONE) {
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
		return;
	}
	action_key_name(act, key, sizeof key);
	const char *pairs[] = { "key", key, NULL };
	wiz_say(w, LOOK_ERROR, "msg:not_here", pairs);
}

static void handle_key(wiz *w, ui_action act, wint_t ch)
{
	if (act == ACT_RESIZE)
		return;
	if (too_small()) {
		/* Nothing is shown, so no key may change anything unseen (not
		 * even an open prompt's text); no room for the question either:
		 * F10 leaves, keeping the answers in a draft */
		if (act == ACT_QUIT) {
			w->keep_on_exit = true;
			w->running = false;
		}
		w->key_ignored = true; /* and say so: a key must not vanish silently */
		return;
	}
	if (act != ACT_CHAR || !w->n_popups)
		w->msg[0] = '\0';
	if (w->n_popups) {
		popups[wiz_popup_kind(w)]->key(w, act, ch);
	} else if (w->printing && act == ACT_PRINT) {
		print_job_cancel(w); /* F9 again, on any view: the job stops */
	} else if (!global_key(w, act)) {
		if (act != ACT_NONE && views[w->view]->handles(w, act)) {
			views[w->view]->key(w, act, ch);
			handle_requests(w);
			return;
		}
		hint(w, act);
	}
	/* a key the form did not see (a pop-up's, F1, a hint) came between a
	 * value that moved on by itself and the next Tab: that Tab is meant */
	w->moved_on = false;
	handle_requests(w);
}

/* After get_wch gave nothing: true when the terminal is gone (EOF or EIO
 * on input, or a hang-up), which no timeout explains. */
static bool terminal_lost(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	int n = 0;

	if (poll(&p, 1, 0) <= 0)
		return false;
	if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
		return true;
	/* readable, yet curses read nothing: end of file, unless a key
	 * arrived just now */
	return ioctl(STDIN_FILENO, FIONREAD, &n) < 0 || n == 0;
}

#define STATUS_LOST 129 /* as SIGHUP */

/* The pty is gone: give the kernel's hang-up (SIGHUP, then SIGCONT) a
 * moment to arrive before leaving. Leaving at once races it: a SIGCONT
 * that comes while the exit runs (LeakSanitizer stops the process at
 * exit in the sanitizer build) cancels that stop and hangs the exit.
 * Without a controlling terminal no hang-up comes, and this waits 0.3 s. */
static void await_hangup(void)
{
	for (int i = 0; i < 15 && !ui_hangup; i++)
		poll(NULL, 0, 20);
}

static int loop(wiz *w)
{
	bool draw = true;

	w->running = true;
	w->status = 0;
	while (w->running) {
		wint_t ch = 0;
		int r;

		if (ui_hangup)
			return 128 + (int)ui_hangup;
		if (ui_interrupt)
			return 130;
		if (print_job_poll(w))
			draw = true;
		if (draw)
			draw_all(w);
		r = get_wch(&ch);
		if (r == ERR) {
			if (terminal_lost()) {
				await_hangup();
				return STATUS_LOST;
			}
			draw = false;
			continue;
		}
		draw = true;
		{
			ui_action act = term_action(r, ch);
			if (act == ACT_INTERRUPT)
				return 130;
			handle_key(w, act, ch);
		}
	}
	return w->status;
}

static void wiz_free(wiz *w)
{
	while (w->n_popups)
		wiz_popup_close(w);
	group_free(w);
	views_destroy();
	w->own = NULL;
	session_free(&w->s);
	recording_free(&w->rec);
	free(w->slip);
	result_free(&w->result);
	screens_free(&w->scr);
	rules_free(&w->rules);
}

int wizard_run(const wizard_options *o)
{
	static wiz w; /* static: the crash and exit paths can still reach it */
	static ui_req first;
	bool resumed;
	ed_error err = {0};
	ed_date today;
	int status;

	memset(&w, 0, sizeof w);
	w.o = o;
	if (!rules_load(paths_rules(o->rules_path), &w.rules, &err) ||
	    !screens_load(paths_screens(o->screens_dir), &w.scr, &err) ||
	    !today_get(&w.rules, &today, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		wiz_free(&w);
		return 2;
	}
	if (!views_create()) {
		fprintf(stderr, "entrydesk: out of memory\n");
		wiz_free(&w);
		return 2;
	}
	session_init(&w.s, today, (long)time(NULL));
	recording_init(&w.rec, paths_rules(o->rules_path), today);
	if (!check_open_initial(&w, &first, &resumed)) {
		wiz_free(&w);
		return 2;
	}
	if (first.kind == REQ_NONE) {
		switch_view(&w, VIEW_START, NULL);
	} else {
		w.request = first;
		handle_requests(&w); /* a complete file goes on to its verdict */
		if (resumed)
			wiz_say(&w, LOOK_GOOD, "msg:resumed", NULL);
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "entrydesk: %s\n", wiz_text(&w, "msg:not_a_terminal"));
		wiz_free(&w);
		return 2;
	}
	term_signals();
	term_start();
	status = loop(&w);
	print_job_end(&w); /* no lp outlives the wizard */
	term_stop();
	/* interrupted, hung up, terminal lost, or F10 while too small: what
	 * was typed is kept (a normal quit has asked, or nothing is unsaved) */
	if (status != 0 || w.keep_on_exit)
		check_keep_answers(&w);
	wiz_free(&w);
	return status;
}
