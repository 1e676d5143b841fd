/* The wizard: loads rules and screens before curses starts (bad files are
 * reported like `entrydesk check` reports them, exit 2), then runs the one
 * input loop. The loop turns keys into actions, handles resize and the
 * too-small state, dispatches to the current view through its ops, carries
 * out the views' requests, and runs a print job beside it all. */
#include "ui/wizard.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "core/slip.h"
#include "core/text.h"
#include "load/answers_io.h"
#include "load/paths.h"
#include "load/print.h"
#include "load/rules_load.h"
#include "load/slip_run.h"
#include "load/today.h"
#include "ui/group_view.h"
#include "ui/scan.h"
#include "ui/views.h"

static const ui_view_ops *const views[VIEW_COUNT] = {
	[VIEW_START] = &start_view, [VIEW_FORM] = &form_view, [VIEW_VERDICT] = &verdict_view,
	[VIEW_GROUP] = &group_view, [VIEW_WAYS] = &ways_view, [VIEW_FIND] = &find_view,
};

/* the print job beside the wizard: entrydesk-slip, which typesets the
 * slip document it is sent (in memory only: no file holds the
 * traveller's slip on the way) and writes the PDF or hands it to lp. It
 * is a process of its own: a crash there is a message here. */
static print_job job;
static char *job_doc;
static long job_started_ms;
static bool job_reported;

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* seconds a print job may run before the agent is told (and may cancel):
 * ENTRYDESK_PRINT_TIMEOUT, else 30 */
static long print_timeout_ms(void)
{
	const char *e = getenv("ENTRYDESK_PRINT_TIMEOUT");
	char *end;
	long v;

	if (e && *e) {
		v = strtol(e, &end, 10);
		if (!*end && v > 0 && v < 86400)
			return v * 1000;
	}
	return 30000;
}

static void switch_view(wiz *w, ui_view v, int arg)
{
	w->view = v;
	w->req_arg = arg;
	if (views[v]->enter)
		views[v]->enter(w);
}

static void begin(wiz *w, ed_flow flow)
{
	group_free(w);
	session_begin(&w->s, flow);
	w->fl = screens_flow(&w->scr, flow);
	w->screen = w->field = 0;
	w->times_asked = false;
	switch_view(w, VIEW_FORM, 0);
}

/* The draft at `path` becomes this check, on the field being edited, and
 * this wizard holds its lock: a draft belongs to one running wizard. One
 * that another holds is not taken (*in_use), unless as a `copy`: its
 * answers as a new check, which gets a draft of its own. */
static bool resume(wiz *w, const char *path, bool copy, bool *in_use, ed_error *err)
{
	ed_raw_answers loaded = {{0}};
	int lock = -1;

	*in_use = false;
	/* no lock to be had at all (a read-only folder): still resumed */
	if (!copy && (lock = drafts_lock(path, in_use)) < 0 && *in_use)
		return false;
	if (!drafts_read(path, &loaded, w->focus_key, sizeof w->focus_key, err) ||
	    !session_adopt(&w->s, &loaded, copy ? NULL : path, lock)) {
		drafts_unlock(lock, path, false);
		raw_clear(&loaded);
		if (!err->msg[0])
			error_set(err, path, "check", "flow", "missing; accepted: transit or epass");
		return false;
	}
	if (copy)
		w->s.dirty = true; /* nowhere saved yet: kept on an interruption */
	w->fl = screens_flow(&w->scr, w->s.flow);
	w->screen = w->field = 0;
	switch_view(w, VIEW_FORM, 0);
	wiz_say(w, LOOK_GOOD, copy ? "msg:resumed_copy" : "msg:resumed", NULL);
	return true;
}

/* Delete on the start screen: the draft goes, unless another running
 * wizard works on it */
static void discard_draft(wiz *w, const char *path)
{
	bool in_use;
	int lock = drafts_lock(path, &in_use);

	if (in_use) {
		wiz_say(w, LOOK_ERROR, "msg:draft_in_use_kept", NULL);
		return;
	}
	unlink(path);
	drafts_unlock(lock, path, true);
	switch_view(w, VIEW_START, 0);
	wiz_say(w, LOOK_GOOD, "msg:draft_discarded", NULL);
}

static void to_start(wiz *w)
{
	group_free(w);
	session_close(&w->s);
	w->fl = NULL;
	switch_view(w, VIEW_START, 0);
}

/* the destination named by --printer, $PRINTER or the printer list, or NULL */
static const char *printer_named(const wiz *w)
{
	const char *printer = w->o->printer ? w->o->printer : getenv("PRINTER");
	if (!(printer && *printer) && w->printer_chosen[0])
		printer = w->printer_chosen;
	return printer && *printer ? printer : NULL;
}

static void say_printed(wiz *w)
{
	const char *printer = w->o->print_to ? w->o->print_to : printer_named(w);
	const char *pairs[] = {
		"where", printer && *printer ? printer : wiz_text(w, "msg:default_printer"), NULL
	};
	wiz_say(w, LOOK_GOOD, "msg:printed", pairs);
}

static void print_failed(wiz *w, const char *why)
{
	const char *pairs[] = { "why", why, NULL };
	wiz_say(w, LOOK_ERROR, "msg:print_failed", pairs);
	wiz_ask(w, ASK_SAVE_SLIP);
}

static void job_free(void)
{
	free(job_doc);
	job_doc = NULL;
}

/* the earlier check's slip on the find screen, as it was given, marked
 * as a reprint */
static bool find_slips(wiz *w, sd_slips *slips, const char **fail)
{
	sd_chinese zh;
	slipdoc *d = find_reprint_doc(w, &zh);

	if (!d) {
		*fail = "the earlier check's slip cannot be read";
		return false;
	}
	return sd_slips_add(slips, d, zh);
}

/* the slip document of what is shown: the verdict's slip, on the group
 * screen the sheet or the one traveller's slip, on the quick answer its
 * page (as the text shows it), on the find screen the earlier check's;
 * NULL with *fail */
static char *shown_doc(wiz *w, const char **fail)
{
	sd_slips slips = {0};
	bool ok;
	char *doc;

	*fail = "out of memory while building the slip";
	if (w->view == VIEW_GROUP)
		ok = group_slips(w, &slips);
	else if (w->view == VIEW_WAYS)
		ok = w->slip && slip_run_add_sheet(&slips, w->slip, &w->rules, w->ways_day);
	else if (w->view == VIEW_FIND)
		ok = find_slips(w, &slips, fail);
	else
		ok = slip_run_add_check(&slips, &w->ans, &w->verdict, &w->rules);
	doc = ok ? sd_slips_write(&slips) : NULL;
	sd_slips_free(&slips);
	return doc;
}

/* F9: entrydesk-slip writes the PDF to --print-to FILE (mode 0600), or
 * sends it to the printer named or picked, beside the input loop */
static void start_print(wiz *w, bool chosen)
{
	char why[512], missing[600], *argv[8];
	const char *printer = NULL, *fail;
	print_how how = { true, false, missing };

	if (!w->o->print_to) {
		if (!chosen)
			w->printer_chosen[0] = '\0';
		printer = printer_named(w);
		/* no printer named: the agent picks from CUPS's list (the
		 * default marked), rather than meeting "no default destination" */
		if (!printer && !chosen && printer_pick_open(w))
			return;
	}
	job_free();
	if (!(job_doc = shown_doc(w, &fail))) {
		print_failed(w, fail);
		return;
	}
	slip_run_argv(argv, w->o->print_to, printer, w->o->paper);
	snprintf(missing, sizeof missing, "%s is not installed (%s)", SLIP_PROGRAM, argv[0]);
	if (!print_spawn(&job, argv, how, job_doc, strlen(job_doc), why, sizeof why)) {
		job_free();
		print_failed(w, why);
		return;
	}
	w->printing = true;
	job_started_ms = now_ms();
	job_reported = false;
	wiz_say(w, LOOK_NORMAL, "msg:printing", NULL);
}

static void cancel_print(wiz *w)
{
	if (!w->printing)
		return;
	print_cancel(&job);
	job_free();
	w->printing = false;
	wiz_say(w, LOOK_ERROR, "msg:print_cancelled", NULL);
	wiz_ask(w, ASK_SAVE_SLIP);
}

/* the job's progress, from the loop: done, failed, or slow */
static bool poll_print(wiz *w)
{
	char why[512] = "";
	print_state st;

	if (!w->printing)
		return false;
	st = print_poll(&job, 0, why, sizeof why);
	if (st == PRINT_RUNNING) {
		if (!job_reported && now_ms() - job_started_ms >= print_timeout_ms()) {
			char secs[24];
			snprintf(secs, sizeof secs, "%ld", print_timeout_ms() / 1000);
			const char *pairs[] = { "secs", secs, NULL };
			job_reported = true;
			wiz_say(w, LOOK_WARN, "msg:print_slow", pairs);
			return true;
		}
		return false;
	}
	w->printing = false;
	job_free();
	if (st == PRINT_OK)
		say_printed(w);
	else if (w->modal == MODAL_NONE)
		print_failed(w, slip_run_reason(why));
	else
		wiz_say(w, LOOK_ERROR, "msg:print_failed",
			(const char *const[]){ "why", slip_run_reason(why), NULL });
	return true;
}

/* carries out what a view asked for; a view's enter may ask again */
static void handle_requests(wiz *w)
{
	for (int guard = 0; guard < 4 && w->request != REQ_NONE; guard++) {
		ui_request r = w->request;
		int arg = w->req_arg;
		ed_error err = {0};
		w->request = REQ_NONE;
		switch (r) {
		case REQ_BEGIN_TRANSIT:
			begin(w, FLOW_TRANSIT);
			break;
		case REQ_BEGIN_EPASS:
			begin(w, FLOW_EPASS);
			if (arg == 1) /* offered after a Chinese passport's scan */
				scan_carry(w);
			break;
		case REQ_BEGIN_GROUP:
			begin(w, FLOW_TRANSIT);
			if (group_begin(w))
				switch_view(w, VIEW_FORM, 0); /* on the trip's first screen */
			break;
		case REQ_GROUP:
			switch_view(w, VIEW_GROUP, 0);
			break;
		case REQ_RESUME:
		case REQ_RESUME_COPY: {
			bool in_use;
			if (arg < 0 || (size_t)arg >= w->n_drafts)
				break;
			if (resume(w, w->drafts[arg].path, r == REQ_RESUME_COPY, &in_use, &err))
				break;
			if (in_use) {
				w->pending_draft = arg;
				wiz_ask(w, ASK_DRAFT_COPY);
			} else {
				const char *pairs[] = { "why", err.msg, NULL };
				wiz_say(w, LOOK_ERROR, "msg:open_failed", pairs);
			}
			break;
		}
		case REQ_DISCARD_DRAFT:
			if (arg >= 0 && (size_t)arg < w->n_drafts)
				discard_draft(w, w->drafts[arg].path);
			break;
		case REQ_FORM:
			if (arg == 1) { /* an answers file was opened */
				w->fl = screens_flow(&w->scr, w->s.flow);
				w->screen = w->field = 0;
			}
			switch_view(w, VIEW_FORM, 0);
			break;
		case REQ_VERDICT:
		case REQ_VERDICT_EARLY:
			switch_view(w, VIEW_VERDICT, r == REQ_VERDICT_EARLY);
			break;
		case REQ_WAYS:
			switch_view(w, VIEW_WAYS, 0);
			break;
		case REQ_START:
			session_forget_draft(&w->s); /* the agent dropped this check */
			to_start(w);
			break;
		case REQ_FIND:
			switch_view(w, VIEW_FIND, 0);
			break;
		case REQ_PRINT:
		case REQ_PRINT_CHOSEN:
			start_print(w, r == REQ_PRINT_CHOSEN);
			break;
		case REQ_CANCEL_PRINT:
			cancel_print(w);
			break;
		case REQ_QUIT:
			session_forget_draft(&w->s); /* "Quit anyway": nothing kept */
			w->running = false;
			break;
		case REQ_NONE:
			break;
		}
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
	if (w->modal == MODAL_SCAN || w->modal == MODAL_NOTE)
		scan_view.draw(w);
	else if (w->modal != MODAL_NONE)
		modal_view.draw(w);
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
		w->modal = MODAL_HELP;
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
			wiz_request(w, REQ_START, 0);
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
	if (act != ACT_CHAR || w->modal == MODAL_NONE)
		w->msg[0] = '\0';
	if (w->modal == MODAL_SCAN || w->modal == MODAL_NOTE) {
		scan_view.key(w, act, ch);
	} else if (w->modal != MODAL_NONE) {
		modal_view.key(w, act, ch);
	} else if (w->printing && act == ACT_PRINT) {
		wiz_request(w, REQ_CANCEL_PRINT, 0);
	} else if (!global_key(w, act)) {
		if (act != ACT_NONE && views[w->view]->handles(w, act))
			views[w->view]->key(w, act, ch);
		else
			hint(w, act);
	}
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
		if (poll_print(w))
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

/* Loads the answers to start with (a file or the newest draft), before
 * curses. */
static bool open_initial(wiz *w, const wizard_options *o)
{
	ed_raw_answers loaded = {{0}};
	ed_error err = {0};

	if (o->resume) {
		draft_info newest[1];
		bool in_use;
		const char *why = w->s.drafts_on ? NULL : w->s.drafts_off;
		if (!why && drafts_list(w->s.drafts_dir, newest, 1) == 1) {
			if (resume(w, newest[0].path, false, &in_use, &err))
				return true;
			if (in_use) {
				const char *pairs[] = { "path", newest[0].path, NULL };
				char msg[1400];
				text_fill_pairs(msg, sizeof msg, wiz_text(w, "msg:draft_busy"), pairs);
				fprintf(stderr, "entrydesk: %s\n", msg);
			} else {
				fprintf(stderr, "entrydesk: %s\n", err.msg);
			}
			return false;
		}
		{
			const char *pairs[] = { "path", why ? why : w->s.drafts_dir, NULL };
			char msg[1200];
			text_fill_pairs(msg, sizeof msg,
					wiz_text(w, why ? "msg:no_drafts" : "msg:no_draft"), pairs);
			fprintf(stderr, "entrydesk: %s\n", msg);
		}
		return false;
	}
	if (!o->open_path) {
		switch_view(w, VIEW_START, 0);
		return true;
	}
	if (!answers_load(o->open_path, &loaded, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		raw_clear(&loaded);
		return false;
	}
	if (!session_adopt(&w->s, &loaded, NULL, -1)) {
		fprintf(stderr, "entrydesk: %s: [check] flow: missing; accepted: transit or epass\n",
			o->open_path);
		raw_clear(&loaded);
		return false;
	}
	snprintf(w->s.save_path, sizeof w->s.save_path, "%s", o->open_path);
	snprintf(w->opened_path, sizeof w->opened_path, "%s", o->open_path);
	{
		const char *pairs[] = { "path", o->open_path, NULL };
		wiz_say(w, LOOK_GOOD, "msg:opened", pairs);
	}
	w->fl = screens_flow(&w->scr, w->s.flow);
	switch_view(w, VIEW_FORM, 0);
	handle_requests(w); /* a complete file goes on to its verdict */
	return true;
}

/* After curses: where the unsaved answers went, or that they were not
 * kept and why. */
static void keep_answers(wiz *w)
{
	const ui_field *f = w->view == VIEW_FORM ? wiz_focus(w) : NULL;
	char focus[96] = "", why[400], msg[1600];

	if (f)
		snprintf(focus, sizeof focus, "%s:%s", f->af->section, f->af->key);
	switch (session_draft(&w->s, focus, why, sizeof why)) {
	case KEPT_DRAFT: {
		const char *pairs[] = { "path", w->s.draft_path, NULL };
		text_fill_pairs(msg, sizeof msg,
				wiz_text(w, w->keep_on_exit ? "msg:kept" : "msg:interrupted"), pairs);
		fprintf(stderr, "entrydesk: %s\n", msg);
		break;
	}
	case KEPT_NOT: {
		const char *pairs[] = { "why", why, NULL };
		text_fill_pairs(msg, sizeof msg, wiz_text(w, "msg:not_kept"), pairs);
		fprintf(stderr, "entrydesk: %s\n", msg);
		break;
	}
	case KEPT_NOTHING_TO_KEEP:
		break;
	}
}

static void wiz_free(wiz *w)
{
	group_free(w);
	find_free(w);
	session_free(&w->s);
	recording_free(&w->rec);
	free(w->slip);
	printers_free(&w->printers);
	screens_free(&w->scr);
	rules_free(&w->rules);
}

int wizard_run(const wizard_options *o)
{
	static wiz w; /* static: the crash and exit paths can still reach it */
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
	session_init(&w.s, today, (long)time(NULL));
	recording_init(&w.rec, paths_rules(o->rules_path), today);
	if (!open_initial(&w, o)) {
		wiz_free(&w);
		return 2;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "entrydesk: %s\n", wiz_text(&w, "msg:not_a_terminal"));
		wiz_free(&w);
		return 2;
	}
	term_signals();
	term_start();
	status = loop(&w);
	if (w.printing)
		print_cancel(&job); /* no lp outlives the wizard */
	job_free();
	term_stop();
	/* interrupted, hung up, terminal lost, or F10 while too small: what
	 * was typed is kept (a normal quit has asked, or nothing is unsaved) */
	if (status != 0 || w.keep_on_exit)
		keep_answers(&w);
	wiz_free(&w);
	return status;
}
