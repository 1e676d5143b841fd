/* The quick answer by nationality: the text `entrydesk ways` prints,
 * scrollable; F9 prints it (its text on a page), Esc goes back to the
 * start. */
#include "ui/ways_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ways.h"
#include "load/slip_run.h"

extern const ui_view_ops ways_view;

/* the quick answer's own state; its text is w->slip (what F9 prints, and
 * a failed print offers as a file) */
typedef struct ways_own {
	ed_date day; /* the day the answer is for */
	int scroll;  /* its first line shown */
} ways_own;

void ways_view_answer(wiz *w, const char *typed)
{
	char nat[128], code[4], count[16];
	const char *space;
	size_t n_cand;
	ed_date day = w->s.today;
	ed_quick q;
	text_buf b = {0};

	/* "NATIONALITY [DATE]": the date is the last word when it reads as one */
	snprintf(nat, sizeof nat, "%s", typed);
	text_trim(nat);
	space = strrchr(nat, ' ');
	if (space && date_parse_any(space + 1, w->s.today, &day)) {
		nat[space - nat] = '\0';
		text_trim(nat);
	}
	if (!ways_nationality(&w->rules, nat, code, &n_cand)) {
		if (space && date_why_invalid(space + 1, count, sizeof count)) {
			const char *pairs[] = { "typed", space + 1, NULL };
			wiz_say(w, LOOK_ERROR, "start:ways_bad_date", pairs);
		} else {
			snprintf(count, sizeof count, "%zu", n_cand);
			const char *pairs[] = { "typed", nat, "count", count, NULL };
			wiz_say(w, LOOK_ERROR, n_cand ? "start:ways_several" : "start:ways_unknown",
				pairs);
		}
		wiz_prompt(w, PROMPT_WAYS, typed);
		return;
	}
	ways_quick(&w->rules, code, day, &q);
	ways_quick_text(&q, &w->rules, 78, &b);
	free(w->slip);
	w->slip = text_buf_take(&b);
	w->msg[0] = '\0';
	wiz_request_with(w, REQ_WAYS)->u.day = day;
}


static int body_rows(void)
{
	return LINES - 5;
}

bool ways_view_sheet(wiz *w, sd_slips *s)
{
	const ways_own *o = w->own;

	return w->view == VIEW_WAYS && w->slip &&
	       slip_run_add_sheet(s, w->slip, &w->rules, o->day);
}

static void ways_enter(wiz *w, const ui_req *r)
{
	ways_own *o = w->own;

	o->day = r->u.day;
	o->scroll = 0;
}

static void *ways_create(void)
{
	return calloc(1, sizeof(ways_own));
}

static void ways_draw(wiz *w)
{
	ways_own *o = w->own;
	size_t n = text_lines(w->slip, (size_t)-1, NULL, NULL);
	int rows = body_rows(), y = 2;

	widget_titlebar(w, wiz_text(w, "ways:title"));
	if (o->scroll > (int)n - rows)
		o->scroll = (int)n - rows;
	if (o->scroll < 0)
		o->scroll = 0;
	for (size_t i = (size_t)o->scroll; i < n && y < 2 + rows; i++, y++) {
		const char *s = NULL;
		size_t len = 0;
		char buf[1024];
		text_lines(w->slip, i, &s, &len);
		snprintf(buf, sizeof buf, "%.*s", (int)len, s);
		term_put(y, 1, COLS - 2, buf, i < 2 ? LOOK_BOLD : LOOK_NORMAL);
	}
	widget_helpline(w, wiz_text(w, "ways:help"));
	widget_keybar(w, &ways_view);
	w->cur_y = 2; /* on the title: what a screen reader reads first */
	w->cur_x = 1;
}

static void ways_key(wiz *w, ui_action act, wint_t ch)
{
	ways_own *o = w->own;
	int page = body_rows() - 2;

	if (widget_scroll_key(&o->scroll, act, ch, page))
		return;
	switch (act) {
	case ACT_PREV_SCREEN:
		o->scroll -= page;
		if (o->scroll < 0)
			o->scroll = 0;
		break;
	case ACT_CHAR:
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
		break;
	case ACT_CANCEL:
		wiz_request(w, REQ_START);
		break;
	case ACT_PRINT:
		wiz_request(w, REQ_PRINT);
		break;
	default:
		break;
	}
}

static bool ways_handles(const wiz *w, ui_action act)
{
	(void)w;
	switch (act) {
	case ACT_VERDICT: case ACT_LEFT: case ACT_RIGHT: case ACT_DELETE: case ACT_SAVE:
	case ACT_BACKSPACE: case ACT_CLEAR:
		return false;
	default:
		return true;
	}
}

static const char *ways_label(const wiz *w, ui_action act)
{
	if (act == ACT_NEXT_SCREEN)
		return "keys:page";
	if (act == ACT_PRINT && w->printing)
		return "keys:cancel_print";
	return NULL;
}

const ui_view_ops ways_view = {
	.create = ways_create, .destroy = free, .enter = ways_enter,
	.draw = ways_draw, .key = ways_key, .handles = ways_handles, .label = ways_label,
};
