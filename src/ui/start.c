/* The start screen: choose the flow, open a saved answers file, or resume
 * or discard a draft of an interrupted check; shows how old the rules are
 * and whether drafts are kept. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <wctype.h>

#include "core/date.h"
#include "core/text.h"

static const char *const items[] = { "start:transit", "start:epass", "start:open",
				     "start:group", "start:ways", "start:find" };
#define N_FIXED 6

extern const ui_view_ops start_view;

/* the start screen's own state */
typedef struct start_own {
	int sel; /* the choice highlighted */
	draft_info drafts[DRAFTS_MAX];
	size_t n_drafts;
} start_own;

static int n_items(const start_own *o)
{
	return N_FIXED + (int)o->n_drafts;
}

static void choose(wiz *w, int i)
{
	start_own *o = w->own;

	o->sel = i;
	if (i == 0)
		wiz_request(w, REQ_BEGIN_TRANSIT);
	else if (i == 1)
		wiz_request(w, REQ_BEGIN_EPASS);
	else if (i == 2)
		wiz_prompt(w, PROMPT_OPEN, "");
	else if (i == 3)
		wiz_request(w, REQ_BEGIN_GROUP);
	else if (i == 4)
		wiz_prompt(w, PROMPT_WAYS, "");
	else if (i == 5)
		wiz_request(w, REQ_FIND);
	else
		snprintf(wiz_request_with(w, REQ_RESUME)->u.path, sizeof w->request.u.path, "%s",
			 o->drafts[i - N_FIXED].path);
}

static void start_key(wiz *w, ui_action act, wint_t ch)
{
	start_own *o = w->own;
	int n = n_items(o);

	if (act == ACT_NEXT_FIELD)
		o->sel = (o->sel + 1) % n;
	else if (act == ACT_PREV_FIELD)
		o->sel = (o->sel + n - 1) % n;
	else if (act == ACT_ENTER)
		choose(w, o->sel);
	else if (act == ACT_DELETE && o->sel >= N_FIXED) {
		/* its answers go for good: asked first */
		wiz_ask(w, ASK_DISCARD_DRAFT);
		snprintf(wiz_popup(w)->path, sizeof wiz_popup(w)->path, "%s",
			 o->drafts[o->sel - N_FIXED].path);
		snprintf(wiz_popup(w)->n, sizeof wiz_popup(w)->n, "%d", o->sel + 1);
	}
	else if (act == ACT_CHAR && ch >= L'1' && ch <= L'9' && (int)(ch - L'1') < n)
		choose(w, (int)(ch - L'1'));
	else if (act == ACT_CHAR && ch < 0x80 && iswalpha(ch))
		/* a nationality's first letter (DEU, ger): the foreign
		 * passport's check, begun with it; no other choice starts so */
		wiz_request_with(w, REQ_BEGIN_TRANSIT)->u.first_key = ch;
	else
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
}

/* "4  14:30  transit  M******, A***" */
static void draft_line(const wiz *w, const draft_info *d, char *out, size_t size)
{
	char when[32];
	/* China time, as every other time entrydesk shows (the rules' UTC
	 * offset), never the machine's zone */
	moment_format(moment_at(d->saved, w->rules.utc_offset_minutes), when, sizeof when);
	char no_name[128];
	const char *who[] = { "who", d->who, NULL };
	/* no name yet: the nationality tells it from the others */
	text_fill_pairs(no_name, sizeof no_name,
			wiz_text(w, d->who[0] ? "start:no_name_who" : "start:no_name"), who);
	const char *pairs[] = { "time", when, "flow", flow_name(d->flow),
				"name", d->name[0] ? d->name : no_name, NULL };
	text_fill_pairs(out, size, wiz_text(w, d->in_use ? "start:draft_in_use" : "start:draft"),
			pairs);
}

static void start_draw(wiz *w)
{
	start_own *o = w->own;
	char line[600], asof[16], src[400], months[16];
	int y = 2;
	ed_date newest = rules_newest_as_of(&w->rules);

	widget_titlebar(w, wiz_text(w, "app:name"));
	term_put(y++, 2, COLS - 4, wiz_text(w, "start:title"), LOOK_BOLD);
	y++;
	y += term_wrap(y, 2, COLS - 4, 4, wiz_text(w, "start:instructions"), LOOK_NORMAL);
	y++;
	w->cur_y = w->cur_x = -1;
	for (int i = 0; i < n_items(o) && y < LINES - 7; i++) {
		ui_look look;
		char text[300];
		if (i == N_FIXED) {
			/* the drafts that fit below their heading, from the one
			 * that keeps the draft chosen in sight (numbers stay) */
			int room = LINES - 8 - y;
			char all[16];
			const char *pairs[] = { "n", all, NULL };
			snprintf(all, sizeof all, "%zu", o->n_drafts);
			text_fill_pairs(text, sizeof text, wiz_text(w, (int)o->n_drafts > room ?
								    "start:drafts_more" : "start:drafts"),
					pairs);
			term_put(y++, 2, COLS - 4, text, LOOK_BOLD);
			if (room > 0 && o->sel - N_FIXED >= room)
				i = o->sel - room + 1;
		}
		look = i == o->sel ? LOOK_FOCUS : LOOK_NORMAL;
		snprintf(line, sizeof line, " %d  ", i + 1);
		if (i == o->sel) {
			w->cur_y = y;
			w->cur_x = 4;
		}
		term_put(y, 4, 4, line, look);
		if (i < N_FIXED) {
			/* a long item wraps under itself: never cut mid-word */
			/* a blank line between items when the window has room */
			y += term_wrap(y, 8, COLS - 10, 2, wiz_text(w, items[i]), look) +
			     (LINES >= 28);
		} else {
			draft_line(w, &o->drafts[i - N_FIXED], text, sizeof text);
			y += term_wrap(y, 8, COLS - 10, 1, text, look);
		}
	}
	/* one blank line after the list: the fixed items have it below
	 * them when the window has room, the drafts never */
	if (LINES < 28 || o->n_drafts)
		y++;
	if (!w->s.drafts_on) {
		const char *pairs[] = { "why", w->s.drafts_off, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "start:drafts_off"), pairs);
		y += term_wrap(y, 2, COLS - 4, 2, line, LOOK_WARN);
	}
	if (!w->rec.on) {
		const char *pairs[] = { "why", w->rec.off, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "start:history_off"), pairs);
		y += term_wrap(y, 2, COLS - 4, 2, line, LOOK_WARN);
	}
	date_format(newest, asof, sizeof asof);
	snprintf(months, sizeof months, "%d", w->rules.age_warning_months);
	snprintf(src, sizeof src, "%s", w->rules.source ? w->rules.source : "");
	{
		const char *pairs[] = { "date", asof, "source", src, "path", w->rules.path,
					"months", months, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "app:rules_as_of"), pairs);
		/* the whole source line: it says where the verdicts come from
		 * (above the help line, which may take two rows) */
		int rows = LINES - 3 - y < 4 ? LINES - 3 - y : 4;
		if (rows > 0)
			y += term_wrap(y, 2, COLS - 4, rows, line, LOOK_NORMAL);
		if (rules_outdated(&w->rules, w->s.today)) {
			text_fill_pairs(line, sizeof line, wiz_text(w, "app:rules_outdated"), pairs);
			term_wrap(y, 2, COLS - 4, 2, line, LOOK_WARN);
		}
	}
	widget_helpline(w, wiz_text(w, o->n_drafts ? "start:help_drafts" : "start:help"));
	widget_keybar(w, &start_view);
}

static void start_enter(wiz *w, const ui_req *r)
{
	start_own *o = w->own;

	(void)r;
	o->n_drafts = w->s.drafts_on ? drafts_list(w->s.drafts_dir, o->drafts, DRAFTS_MAX) : 0;
	if (o->sel >= n_items(o))
		o->sel = 0;
}

static void *start_create(void)
{
	return calloc(1, sizeof(start_own));
}

static bool start_handles(const wiz *w, ui_action act)
{
	(void)w;
	switch (act) {
	case ACT_SAVE: case ACT_NEW: case ACT_PREV_SCREEN: case ACT_NEXT_SCREEN:
	case ACT_VERDICT: case ACT_PRINT: case ACT_CANCEL: case ACT_LEFT: case ACT_RIGHT:
	case ACT_HOME: case ACT_END: case ACT_BACKSPACE: case ACT_CLEAR:
		return false;
	default:
		return true;
	}
}

const ui_view_ops start_view = {
	.create = start_create, .destroy = free,
	.enter = start_enter, .draw = start_draw, .key = start_key, .handles = start_handles,
};
