/* The wizard: loads rules and screens before curses starts (bad files are
 * reported like `entrydesk check` reports them, exit 2), then runs the one
 * input loop. Screens never see raw keys or resize events: the loop turns
 * keys into actions and redraws everything from state after each one. */
#include "ui/wizard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "load/answers_io.h"
#include "load/paths.h"
#include "load/rules_load.h"
#include "load/today.h"
#include "core/slip.h"
#include "ui/ui.h"

const char *wiz_text(const wiz *w, const char *key)
{
	return screens_text(&w->scr, key);
}

void wiz_say(wiz *w, ui_look look, const char *key, const char *const *pairs)
{
	term_fill(w->msg, sizeof w->msg, wiz_text(w, key), pairs);
	w->msg_look = look;
}

void wiz_titlebar(const wiz *w, const char *title)
{
	(void)w;
	attron(term_look(LOOK_TITLE));
	mvhline(0, 0, ' ', COLS);
	attroff(term_look(LOOK_TITLE));
	term_put(0, 1, COLS - 2, title, LOOK_TITLE);
}

void wiz_helpline(const wiz *w, const char *fallback)
{
	const char *s = w->msg[0] ? w->msg : fallback;
	/* two rows, so a long help or message is never cut */
	term_wrap(LINES - 3, 1, COLS - 2, 2, s, w->msg[0] ? w->msg_look : LOOK_NORMAL);
}

/* htop-like: each entry keeps its slot; the key in bold, the label in
 * reverse (or colour) */
void wiz_keybar(const wiz *w, const char *const *names)
{
	int n = 0, slot, x = 0;

	while (names[n])
		n++;
	slot = n ? COLS / n : COLS;
	move(LINES - 1, 0);
	clrtoeol();
	for (int i = 0; i < n; i++, x += slot) {
		char key[64];
		const char *t = wiz_text(w, "keys:help");
		int used;
		snprintf(key, sizeof key, "keys:%s", names[i]);
		t = wiz_text(w, key);
		{
			const char *sp = strchr(t, ' ');
			size_t klen = sp ? (size_t)(sp - t) : strlen(t);
			char k[32];
			snprintf(k, sizeof k, "%.*s", (int)klen, t);
			used = term_put(LINES - 1, x, slot, k, LOOK_KEY);
			attron(term_look(LOOK_KEYLABEL));
			mvhline(LINES - 1, x + used, ' ', slot - used - (i + 1 < n ? 1 : 0));
			attroff(term_look(LOOK_KEYLABEL));
			term_put(LINES - 1, x + used, slot - used - 1, sp ? sp + 1 : "",
				 LOOK_KEYLABEL);
		}
	}
}

void wiz_begin(wiz *w, ed_flow flow)
{
	char day[16];

	raw_clear(&w->raw);
	raw_set(&w->raw, AK_FLOW, flow_name(flow));
	date_format(w->today, day, sizeof day);
	raw_set(&w->raw, AK_CHECK_DATE, day);
	w->fl = screens_flow(&w->scr, flow);
	w->view = VIEW_FORM;
	w->screen = w->field = 0;
	w->dirty = false;
	w->save_path[0] = '\0';
	form_focus_load(w);
}

bool wiz_adopt(wiz *w, ed_raw_answers *loaded)
{
	ed_flow flow;

	if (!flow_parse(raw_get(loaded, AK_FLOW), &flow) || flow == FLOW_BOTH)
		return false;
	raw_clear(&w->raw);
	w->raw = *loaded;
	memset(loaded, 0, sizeof *loaded);
	w->fl = screens_flow(&w->scr, flow);
	w->view = VIEW_FORM;
	w->screen = w->field = 0;
	w->dirty = false;
	form_focus_load(w);
	return true;
}

void wiz_ask(wiz *w, ui_purpose purpose)
{
	w->modal = MODAL_CONFIRM;
	w->purpose = purpose;
}

void wiz_prompt(wiz *w, ui_purpose purpose, const char *initial)
{
	w->modal = MODAL_PROMPT;
	w->purpose = purpose;
	editor_set(&w->prompt, initial);
}

bool wiz_save(wiz *w, const char *path)
{
	ed_error err = {0};

	if (!answers_save(path, &w->raw, &err)) {
		const char *pairs[] = { "why", err.msg, NULL };
		wiz_say(w, LOOK_ERROR, "msg:save_failed", pairs);
		return false;
	}
	snprintf(w->save_path, sizeof w->save_path, "%s", path);
	w->dirty = false;
	{
		const char *pairs[] = { "path", path, NULL };
		wiz_say(w, LOOK_GOOD, "msg:saved", pairs);
	}
	return true;
}

void wiz_quit(wiz *w)
{
	if (w->fl && w->dirty)
		wiz_ask(w, ASK_QUIT);
	else
		w->running = false;
}

void wiz_unique_name(const wiz *w, const char *stem, const char *ext,
		     char *out, size_t size)
{
	char day[16];
	/* the time of day in China, like the check day */
	long secs = (long)(time(NULL) % 86400) + 60L * w->rules.utc_offset_minutes;

	secs = ((secs % 86400) + 86400) % 86400;
	date_format(w->today, day, sizeof day);
	snprintf(out, size, "%s-%s-%s-%02ld%02ld%02ld.%s", stem,
		 w->fl ? flow_name(w->fl->flow) : "check", day,
		 secs / 3600, secs / 60 % 60, secs % 60, ext);
}

/* the answers file name F2 offers first: this check's own file once it
 * has one, else a name no other check of the day has (a fixed name would
 * let F2 Enter replace the previous traveller's answers) */
static void default_save_path(const wiz *w, char *out, size_t size)
{
	if (w->save_path[0]) {
		snprintf(out, size, "%s", w->save_path);
		return;
	}
	wiz_unique_name(w, "check", "ini", out, size);
}

/* keeps what was typed when the session ends without a save */
static bool save_draft(wiz *w)
{
	const char *draft = paths_draft();
	ed_error err = {0};

	if (!w->fl || !w->dirty || !draft)
		return false;
	return answers_save(draft, &w->raw, &err);
}

static void draw_all(wiz *w)
{
	erase();
	w->cur_y = w->cur_x = -1;
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		char cols[16], lines[16], line[300];
		snprintf(cols, sizeof cols, "%d", COLS);
		snprintf(lines, sizeof lines, "%d", LINES);
		const char *pairs[] = { "cols", cols, "lines", lines, "need_cols", "80",
					"need_lines", "24", NULL };
		int y = LINES / 2 > 0 ? LINES / 2 - 1 : 0;
		term_fill(line, sizeof line, wiz_text(w, "app:too_small"), pairs);
		y += term_wrap(y, 1, COLS > 2 ? COLS - 2 : COLS, LINES - y, line, LOOK_BOLD);
		if (w->key_ignored && y + 1 < LINES)
			term_wrap(y + 1, 1, COLS > 2 ? COLS - 2 : COLS, LINES - y - 1,
				  wiz_text(w, "app:key_ignored"), LOOK_NORMAL);
		curs_set(0);
		refresh();
		return;
	}
	w->key_ignored = false;
	if (w->view == VIEW_START)
		start_draw(w);
	else if (w->view == VIEW_FORM)
		form_draw(w);
	else
		verdict_draw(w);
	if (w->modal != MODAL_NONE)
		modal_draw(w);
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
		wiz_quit(w);
		return true;
	case ACT_SAVE:
		if (!w->fl) {
			wiz_say(w, LOOK_ERROR, "msg:nothing_to_save", NULL);
			return true;
		}
		default_save_path(w, path, sizeof path);
		wiz_prompt(w, PROMPT_SAVE, path);
		return true;
	case ACT_NEW:
		if (w->fl && w->dirty)
			wiz_ask(w, ASK_NEW);
		else if (w->fl) {
			w->purpose = ASK_NEW;
			raw_clear(&w->raw);
			w->fl = NULL;
			w->view = VIEW_START;
		}
		return true;
	default:
		return false;
	}
}

static void handle_key(wiz *w, ui_action act, wint_t ch)
{
	if (act == ACT_RESIZE || act == ACT_NONE)
		return;
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		/* Nothing is shown, so no key may change anything unseen (not
		 * even an open prompt's text); no room for the question either:
		 * quit keeps the answers in the draft */
		if (act == ACT_QUIT) {
			w->status = 130;
			w->running = false;
		}
		w->key_ignored = true; /* and say so: a key must not vanish silently */
		return;
	}
	if (act != ACT_CHAR || w->modal == MODAL_NONE)
		w->msg[0] = '\0';
	if (w->modal != MODAL_NONE) {
		modal_key(w, act, ch);
		return;
	}
	if (global_key(w, act))
		return;
	if (w->view == VIEW_START)
		start_key(w, act, ch);
	else if (w->view == VIEW_FORM)
		form_key(w, act, ch);
	else
		verdict_key(w, act, ch);
}

static int loop(wiz *w)
{
	bool draw = true;

	w->running = true;
	w->status = 0;
	while (w->running) {
		wint_t ch = 0;
		int r;

		if (ui_hangup) {
			save_draft(w);
			return 128 + (int)ui_hangup;
		}
		if (ui_interrupt)
			return 130;
		if (draw)
			draw_all(w);
		r = get_wch(&ch);
		if (r == ERR) {
			draw = false;
			continue;
		}
		draw = true;
		{
			ui_action act = term_action(r, ch);
			if (act == ACT_INTERRUPT)
				return 130;
			if (act == ACT_NONE && w->modal == MODAL_NONE)
				wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
			else
				handle_key(w, act, ch);
		}
	}
	return w->status;
}

/* Loads the answers to start with (a file or the draft), before curses. */
static bool open_initial(wiz *w, const wizard_options *o)
{
	const char *path = o->open_path;
	ed_raw_answers loaded = {{0}};
	ed_error err = {0};

	if (o->resume) {
		path = paths_draft();
		if (!path || access(path, R_OK) != 0) {
			const char *pairs[] = { "path", path ? path : "", NULL };
			char msg[1200];
			term_fill(msg, sizeof msg, wiz_text(w, "msg:no_draft"), pairs);
			fprintf(stderr, "entrydesk: %s\n", msg);
			return false;
		}
	}
	if (!path)
		return true;
	if (!answers_load(path, &loaded, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		raw_clear(&loaded);
		return false;
	}
	if (!wiz_adopt(w, &loaded)) {
		fprintf(stderr, "entrydesk: %s: [check] flow: missing; accepted: transit or epass\n",
			path);
		raw_clear(&loaded);
		return false;
	}
	if (o->resume) {
		w->dirty = true; /* still only a draft */
		wiz_say(w, LOOK_GOOD, "msg:resumed", NULL);
	} else {
		snprintf(w->save_path, sizeof w->save_path, "%s", path);
		const char *pairs[] = { "path", path, NULL };
		wiz_say(w, LOOK_GOOD, "msg:opened", pairs);
	}
	form_opened(w, path);
	return true;
}

static void wiz_free(wiz *w)
{
	raw_clear(&w->raw);
	free(w->slip);
	screens_free(&w->scr);
	rules_free(&w->rules);
}

int wizard_run(const wizard_options *o)
{
	static wiz w; /* static: the crash and exit paths can still reach it */
	ed_error err = {0};
	int status;

	memset(&w, 0, sizeof w);
	w.o = o;
	if (!rules_load(paths_rules(o->rules_path), &w.rules, &err) ||
	    !slip_check_texts(&w.rules, &err) ||
	    !screens_load(paths_screens(o->screens_dir), &w.scr, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		wiz_free(&w);
		return 2;
	}
	if (!today_get(&w.rules, &w.today, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		wiz_free(&w);
		return 2;
	}
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
	term_stop();
	if (status == 130) {
		/* Ctrl-C: nothing typed is lost; say where it went */
		if (save_draft(&w)) {
			const char *pairs[] = { "path", paths_draft(), NULL };
			char msg[1200];
			term_fill(msg, sizeof msg, wiz_text(&w, "msg:interrupted"), pairs);
			fprintf(stderr, "entrydesk: %s\n", msg);
		}
	}
	wiz_free(&w);
	return status;
}
