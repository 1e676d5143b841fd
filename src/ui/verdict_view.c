/* The verdict screen: the outcome in words (never by colour alone), the
 * deadline, then the slip itself, the very text F9 prints, scrollable. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/result.h"
#include "core/text.h"
#include "core/verdict_query.h"
#include "load/answers_io.h"

extern const ui_view_ops verdict_view;

/* the check goes on record; the agent hears once when it cannot */
static void record(wiz *w)
{
	char why[1500];

	if (recording_keep(&w->rec, &w->s.raw, &w->ans, &w->verdict, &w->rules, w->s.today, why,
			   sizeof why))
		wiz_say(w, LOOK_WARN, "msg:not_recorded", (const char *const[]){ "why", why, NULL });
}

/* Enters the verdict: the check result of the answers (core/result.h),
 * for an early verdict also an e-pass refusal or the conditions already
 * failing; back to the form, on the field to correct, when the answers do
 * not make a check yet. */
static void verdict_enter(wiz *w, const ui_req *r)
{
	bool early = r->kind == REQ_VERDICT_EARLY;
	ed_result *res = &w->result;

	result_free(res);
	free(w->slip);
	w->slip = NULL;
	w->scroll = 0;
	if (!result_build(res, early ? RESULT_SO_FAR : RESULT_COMPLETE, w->fl->flow, &w->s.raw,
			  &w->rules, w->s.today, NULL) || res->failed) {
		wiz_say_text(w, LOOK_ERROR, res->err.msg);
		snprintf(wiz_request_with(w, REQ_FORM)->u.focus, sizeof w->request.u.focus,
			 "%s:%s", res->err.section, res->err.key);
		result_free(res);
		return;
	}
	w->ans = res->p.a;
	w->verdict = res->v;
	w->slip = res->slip ? strdup(res->slip) : NULL;
	w->verdict_full = res->stage != STAGE_EARLY;
	if (res->stage == STAGE_EARLY)
		return;
	session_forget_draft(&w->s); /* the check is complete, or refused for good */
	if (res->stage == STAGE_VERDICT)
		record(w);
}

/* the look of a result's line: the words say it, the colour repeats it */
static ui_look look_of(ed_severity sev)
{
	switch (sev) {
	case SEV_ELIGIBLE: return LOOK_GOOD;
	case SEV_CONFIRM: return LOOK_WARN;
	case SEV_NOT_ELIGIBLE: case SEV_PRELIMINARY: return LOOK_ERROR;
	default: return LOOK_BOLD;
	}
}

/* The fixed top of the verdict screen, from row 2: the result's headline
 * and summary lines (the slip below may be long: they must not hide 20
 * lines down); an early verdict says the check is not complete. Returns
 * the next free row. */
static int draw_summary(wiz *w, int y)
{
	const ed_result_line *lines[RESULT_MAX_LINES + 1];
	size_t n = result_screen_lines(&w->result, lines, RESULT_MAX_LINES + 1);
	int width = COLS - 4;

	for (size_t i = 0; i < n; i++) {
		if (i == 0) {
			term_put(y++, 2, width, lines[i]->text, look_of(lines[i]->sev));
			if (w->result.stage == STAGE_EARLY)
				y += term_wrap(y, 2, width, 2, wiz_text(w, "verdict:incomplete"),
					       LOOK_BOLD);
			continue;
		}
		y += term_wrap(y, 2, width, lines[i]->indent, lines[i]->text,
			       look_of(lines[i]->sev));
	}
	return y;
}

/* the slip's rows below the top area, without the key bar and help line */
static int body_rows(const wiz *w)
{
	return LINES - 3 - w->verdict_top;
}

static void verdict_draw(wiz *w)
{
	char line[800];
	size_t n, i;
	int y, rows;
	bool more;

	{
		const char *pairs[] = { "flow", w->fl->title, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:title"), pairs);
		widget_titlebar(w, line);
	}
	y = draw_summary(w, 2);
	mvhline(y, 0, ACS_HLINE, COLS);
	w->verdict_top = y + 1;
	n = text_lines(w->slip, (size_t)-1, NULL, NULL);
	rows = body_rows(w);
	/* the last row says there is more, so the slip never just stops */
	more = (int)n > rows;
	if (more)
		rows--;
	if (w->scroll > (int)n - rows)
		w->scroll = (int)n - rows;
	if (w->scroll < 0)
		w->scroll = 0;
	y = w->verdict_top;
	for (i = (size_t)w->scroll; i < n && y < w->verdict_top + rows; i++, y++) {
		const char *s = NULL;
		size_t len = 0;
		char buf[1024];
		text_lines(w->slip, i, &s, &len);
		snprintf(buf, sizeof buf, "%.*s", (int)len, s);
		term_put(y, 0, COLS, buf, LOOK_NORMAL);
	}
	if (more) {
		char first[16], last[16], total[16];
		snprintf(first, sizeof first, "%d", w->scroll + 1);
		snprintf(last, sizeof last, "%d", w->scroll + rows);
		snprintf(total, sizeof total, "%zu", n);
		const char *pairs[] = { "first", first, "last", last, "total", total, NULL };
		text_fill_pairs(line, sizeof line,
			  wiz_text(w, w->scroll + rows < (int)n ? "verdict:more" : "verdict:end"),
			  pairs);
		term_put(w->verdict_top + rows, 0, COLS, line, LOOK_BOLD);
	}
	widget_helpline(w, wiz_text(w, w->verdict_full ? "verdict:help" : "verdict:help_early"));
	widget_keybar(w, &verdict_view);
	w->cur_y = 2; /* on the outcome: what a screen reader should read */
	w->cur_x = 2;
}

static void verdict_key(wiz *w, ui_action act, wint_t ch)
{
	int page = body_rows(w) - 2;

	if (page < 1)
		page = 1;
	if (widget_scroll_key(&w->scroll, act, ch, page))
		return;
	switch (act) {
	case ACT_CHAR:
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
		break;
	case ACT_PREV_SCREEN:
		/* PgUp pages up through the slip; at its top it goes back, as
		 * it does on every screen */
		if (w->scroll > 0)
			w->scroll = w->scroll > page ? w->scroll - page : 0;
		else
			wiz_request(w, REQ_FORM);
		break;
	case ACT_CANCEL:
		wiz_request(w, REQ_FORM);
		break;
	case ACT_PRINT:
		if (!w->verdict_full || !w->slip) /* an early verdict has no slip */
			wiz_say(w, LOOK_ERROR, "verdict:incomplete", NULL);
		else
			wiz_request(w, REQ_PRINT);
		break;
	default:
		break;
	}
}

static bool verdict_handles(const wiz *w, ui_action act)
{
	(void)w;
	switch (act) {
	case ACT_VERDICT: case ACT_LEFT: case ACT_RIGHT: case ACT_DELETE:
	case ACT_BACKSPACE: case ACT_CLEAR:
		return false;
	default:
		return true;
	}
}

/* the verdict's own words for the bar's slots */
static const char *verdict_label(const wiz *w, ui_action act)
{
	if (act == ACT_NEXT_SCREEN)
		return "keys:page";
	if (act == ACT_PRINT && w->printing)
		return "keys:cancel_print";
	if (act == ACT_PRINT && !w->verdict_full)
		return ""; /* blank: no slip to print yet (F9 says why) */
	return NULL;
}

const ui_view_ops verdict_view = {
	.enter = verdict_enter, .draw = verdict_draw, .key = verdict_key,
	.handles = verdict_handles, .label = verdict_label,
};
