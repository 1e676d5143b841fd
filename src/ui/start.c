/* The start screen: choose the flow or open a saved answers file; shows
 * how old the rules are. */
#include "ui/ui.h"

#include <stdio.h>

static const char *const items[] = { "start:transit", "start:epass", "start:open" };
#define N_ITEMS 3

static void choose(wiz *w, int i)
{
	w->start_sel = i;
	if (i == 0)
		wiz_begin(w, FLOW_TRANSIT);
	else if (i == 1)
		wiz_begin(w, FLOW_EPASS);
	else
		wiz_prompt(w, PROMPT_OPEN, "");
}

void start_key(wiz *w, ui_action act, wint_t ch)
{
	if (act == ACT_NEXT_FIELD)
		w->start_sel = (w->start_sel + 1) % N_ITEMS;
	else if (act == ACT_PREV_FIELD)
		w->start_sel = (w->start_sel + N_ITEMS - 1) % N_ITEMS;
	else if (act == ACT_ENTER)
		choose(w, w->start_sel);
	else if (act == ACT_CHAR && ch >= L'1' && ch < L'1' + N_ITEMS)
		choose(w, (int)(ch - L'1'));
	else if (act == ACT_CHAR)
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
}

void start_draw(wiz *w)
{
	char line[600], asof[16], src[400], months[16];
	int y = 2;
	ed_date newest = rules_newest_as_of(&w->rules);

	wiz_titlebar(w, wiz_text(w, "app:name"));
	term_put(y++, 2, COLS - 4, wiz_text(w, "start:title"), LOOK_BOLD);
	y++;
	y += term_wrap(y, 2, COLS - 4, 4, wiz_text(w, "start:instructions"), LOOK_NORMAL);
	y++;
	w->cur_y = w->cur_x = -1;
	for (int i = 0; i < N_ITEMS; i++) {
		ui_look look = i == w->start_sel ? LOOK_FOCUS : LOOK_NORMAL;
		snprintf(line, sizeof line, " %d  ", i + 1);
		if (i == w->start_sel) {
			w->cur_y = y;
			w->cur_x = 4;
		}
		term_put(y, 4, 4, line, look);
		/* a long item wraps under itself: never cut mid-word */
		y += term_wrap(y, 8, COLS - 10, 2, wiz_text(w, items[i]), look) + 1;
	}
	date_format(newest, asof, sizeof asof);
	snprintf(months, sizeof months, "%d", w->rules.age_warning_months);
	snprintf(src, sizeof src, "%s", w->rules.source ? w->rules.source : "");
	{
		const char *pairs[] = { "date", asof, "source", src, "path", w->rules.path,
					"months", months, NULL };
		term_fill(line, sizeof line, wiz_text(w, "app:rules_as_of"), pairs);
		/* the whole source line: it says where the verdicts come from */
		y += term_wrap(y, 2, COLS - 4, 4, line, LOOK_NORMAL);
		if (rules_outdated(&w->rules, w->today)) {
			term_fill(line, sizeof line, wiz_text(w, "app:rules_outdated"), pairs);
			term_wrap(y, 2, COLS - 4, 2, line, LOOK_WARN);
		}
	}
	wiz_helpline(w, wiz_text(w, "start:help"));
	{
		static const char *const keys[] = { "help", "choose", "quit", NULL };
		wiz_keybar(w, keys);
	}
}
