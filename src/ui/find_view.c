/* "Find an earlier check": a name or the last digits of a passport typed,
 * the checks on record narrowed as one types (names and numbers masked);
 * Enter shows the slip as it was given, F9 prints it again (marked as a
 * reprint), F5 starts a new check from its answers. The history is
 * opened for each search: the database may come and go. */
#include "ui/find_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "core/slip.h"
#include "core/text.h"
#include "history/codec.h"
#include "history/listing.h"
#include "history/reprint.h"

#define FIND_ROWS 30

typedef struct ui_find {
	ui_editor query;
	hist_record rows[FIND_ROWS]; /* the list: the short fields only */
	size_t n;
	int sel;
	bool failed;    /* the history could not be searched: why says so */
	char why[1500];
	bool showing;   /* the slip of rows[sel] is shown (w->slip) */
	int scroll;     /* its first line shown */
} ui_find;

extern const ui_view_ops find_view;

static void clear_rows(ui_find *f)
{
	for (size_t i = 0; i < f->n; i++)
		hist_record_clear(&f->rows[i]);
	f->n = 0;
}

static bool keep_row(void *ctx, const hist_record *rec)
{
	ui_find *f = ctx;

	if (hist_record_copy(&f->rows[f->n], rec))
		f->n++;
	return f->n < FIND_ROWS;
}

static bool keep_one(void *ctx, const hist_record *rec)
{
	hist_record_copy(ctx, rec);
	return false;
}

/* digits alone are a passport's last digits; anything else a name */
static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* the list for what is typed now: the newest checks when nothing is */
static void search(wiz *w)
{
	ui_find *f = w->own;
	char text[UI_EDIT_MAX * 4];
	hist_query q = { .limit = FIND_ROWS };
	hist_store *s;

	clear_rows(f);
	f->sel = 0;
	f->failed = false;
	editor_get(&f->query, text, sizeof text);
	if (all_digits(text) && strlen(text) <= 9)
		q.number_end = text;
	else if (*text)
		q.name = text;
	if (!w->rec.on) {
		snprintf(f->why, sizeof f->why, "%s", w->rec.off);
		f->failed = true;
		return;
	}
	s = hist_desk_open(&w->rec.desk, f->why, sizeof f->why);
	f->failed = !s || !hist_store_find(s, &q, keep_row, f, f->why, sizeof f->why);
	hist_store_close(s);
}

/* the selected check in full (its answers and slip), into out */
static bool load_selected(wiz *w, hist_record *out)
{
	ui_find *f = w->own;
	hist_query q = { .full = true };
	hist_store *s;
	bool ok;

	memset(out, 0, sizeof *out);
	if (f->n == 0)
		return false;
	q.id = f->rows[f->sel].id;
	s = hist_desk_open(&w->rec.desk, f->why, sizeof f->why);
	ok = s && hist_store_find(s, &q, keep_one, out, f->why, sizeof f->why);
	hist_store_close(s);
	if (ok && out->id != q.id) {
		hist_record_clear(out);
		ok = false;
	}
	if (!ok)
		wiz_say(w, LOOK_ERROR, "find:failed", (const char *const[]){ "why", f->why, NULL });
	return ok;
}

slipdoc *find_reprint_doc(wiz *w, sd_chinese *zh)
{
	hist_record rec;
	slipdoc *d;
	char why[600];

	if (w->view != VIEW_FIND || !load_selected(w, &rec))
		return NULL;
	d = hist_reprint_doc(&rec, &w->rules, why, sizeof why);
	*zh = hist_reprint_chinese(&rec, &w->rules, w->s.today);
	hist_record_clear(&rec);
	return d;
}

/* Enter: the slip as it was given, marked as a reprint */
static void show_slip(wiz *w)
{
	sd_chinese zh;
	slipdoc *d = find_reprint_doc(w, &zh);

	if (!d)
		return;
	free(w->slip);
	w->slip = slipdoc_text(d, SLIP_WIDTH, false);
	slipdoc_free(d);
	((ui_find *)w->own)->scroll = 0;
	((ui_find *)w->own)->showing = w->slip != NULL;
}

/* F5: a new check of today from the answers of the one found */
static void new_check(wiz *w)
{
	hist_record rec;
	ed_raw_answers raw = {{0}};
	bool ok;

	if (!load_selected(w, &rec))
		return;
	ok = codec_answers_decode(hist_record_get(&rec, HF_ANSWERS), &raw);
	hist_record_clear(&rec);
	if (ok) {
		raw_set(&raw, AK_CHECK_DATE, NULL); /* checked today, not on the day then */
		ok = session_adopt(&w->s, &raw, NULL, -1);
	}
	if (!ok) {
		raw_clear(&raw);
		wiz_say(w, LOOK_ERROR, "find:failed",
			(const char *const[]){ "why", "the answers of that check cannot be read", NULL });
		return;
	}
	wiz_say(w, LOOK_GOOD, "find:new_check", NULL);
	wiz_request(w, REQ_FORM_LOADED);
}

static void find_enter(wiz *w, const ui_req *r)
{
	ui_find *f = w->own;

	(void)r;
	editor_set(&f->query, NULL);
	f->showing = false;
	search(w);
}

static void draw_list(wiz *w, int y)
{
	ui_find *f = w->own;
	char line[1200];

	if (f->failed) {
		const char *pairs[] = { "why", f->why, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "find:failed"), pairs);
		term_wrap(y, 2, COLS - 4, 3, line, LOOK_ERROR);
		return;
	}
	if (f->n == 0) {
		term_put(y, 2, COLS - 4, wiz_text(w, "find:none"), LOOK_NORMAL);
		return;
	}
	for (size_t i = 0; i < f->n && y < LINES - 3; i++, y++) {
		hist_list_line(&f->rows[i], line, sizeof line);
		term_put(y, 1, COLS - 2, line, (int)i == f->sel ? LOOK_FOCUS : LOOK_NORMAL);
	}
}

static void draw_slip(wiz *w, int top)
{
	ui_find *f = w->own;
	int rows = LINES - 3 - top, y = top, i = 0;
	const char *s = w->slip;

	if (f->scroll < 0)
		f->scroll = 0;
	for (; s && *s && y < top + rows; i++) {
		size_t len = strcspn(s, "\n");
		char buf[1024];
		if (i >= f->scroll) {
			snprintf(buf, sizeof buf, "%.*s", (int)len, s);
			term_put(y++, 0, COLS, buf, LOOK_NORMAL);
		}
		s += len;
		if (*s == '\n')
			s++;
	}
}

static void find_draw(wiz *w)
{
	ui_find *f = w->own;
	int y = 2;

	widget_titlebar(w, wiz_text(w, "find:title"));
	w->cur_y = w->cur_x = -1;
	if (f->showing) {
		draw_slip(w, 2);
		widget_helpline(w, wiz_text(w, "find:help_slip"));
		widget_keybar(w, &find_view);
		w->cur_y = 2;
		w->cur_x = 0;
		return;
	}
	y += term_wrap(y, 2, COLS - 4, 2, wiz_text(w, "find:instructions"), LOOK_NORMAL);
	y++;
	term_put(y, 2, 10, wiz_text(w, "find:prompt"), LOOK_BOLD);
	w->cur_y = y;
	w->cur_x = editor_draw(&f->query, y, 12, COLS - 14, LOOK_FOCUS);
	y += 2;
	draw_list(w, y);
	widget_helpline(w, wiz_text(w, "find:help"));
	widget_keybar(w, &find_view);
}

static void find_key(wiz *w, ui_action act, wint_t ch)
{
	ui_find *f = w->own;

	if (act == ACT_PRINT) {
		if (f->n)
			wiz_request(w, REQ_PRINT);
		return;
	}
	if (act == ACT_NEW) {
		new_check(w);
		return;
	}
	if (f->showing) {
		if (act == ACT_CANCEL || act == ACT_ENTER)
			f->showing = false;
		else if (act == ACT_NEXT_FIELD)
			f->scroll++;
		else if (act == ACT_PREV_FIELD)
			f->scroll--;
		else if (act == ACT_NEXT_SCREEN)
			f->scroll += LINES - 6;
		else if (act == ACT_PREV_SCREEN)
			f->scroll -= LINES - 6;
		else
			wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
		return;
	}
	if (act == ACT_CANCEL)
		wiz_request(w, REQ_START);
	else if (act == ACT_ENTER && f->n)
		show_slip(w);
	else if (act == ACT_NEXT_FIELD && f->n)
		f->sel = (f->sel + 1) % (int)f->n;
	else if (act == ACT_PREV_FIELD && f->n)
		f->sel = (f->sel + (int)f->n - 1) % (int)f->n;
	else if (editor_key(&f->query, act, ch))
		search(w); /* the list narrows as one types */
	else if (act == ACT_CHAR && !iswprint(ch))
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
}

static bool find_handles(const wiz *w, ui_action act)
{
	const ui_find *f = w->own;

	switch (act) {
	case ACT_SAVE: case ACT_VERDICT: case ACT_SCAN: case ACT_MANIFEST:
		return false;
	case ACT_PRINT: case ACT_NEW:
		return f->n > 0;
	case ACT_PREV_SCREEN: case ACT_NEXT_SCREEN:
		return f->showing;
	default:
		return true;
	}
}

static void *find_create(void)
{
	return calloc(1, sizeof(ui_find));
}

static void find_destroy(void *own)
{
	clear_rows(own);
	free(own);
}

const ui_view_ops find_view = {
	.create = find_create, .destroy = find_destroy,
	.enter = find_enter, .draw = find_draw, .key = find_key, .handles = find_handles,
};
