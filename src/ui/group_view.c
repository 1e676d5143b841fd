/* The group's travellers on screen: the group sheet itself (the very
 * text F9 prints, group.c), each traveller's line flagged when it needs
 * attention, the chosen one's slip on Enter; F3 scans a traveller in, F4
 * reads a manifest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "core/verdict_query.h"
#include "ui/group.h"

extern const ui_view_ops group_view;

static void group_enter(wiz *w, const ui_req *r)
{
	(void)r;
	if (!w->group && !group_begin(w))
		return;
	w->group->scroll = 0;
	group_judge(w);
}

/* the sheet's line of traveller i (its number in the Line column at the
 * line's start, after the column headings), or -1 */
static int line_of_row(const wiz *w, size_t i)
{
	char label[24], start[32];
	int n = 0;
	bool table = false;
	const char *p = w->group->text;

	group_row_label(w, i, label, sizeof label);
	snprintf(start, sizeof start, "%s ", label);
	while (p && *p) {
		size_t len = strcspn(p, "\n");
		if (table && !strncmp(p, start, strlen(start)))
			return n;
		if (!strncmp(p, "-----", 5))
			table = true;
		n++;
		p += len + (p[len] == '\n');
	}
	return -1;
}

/* a traveller's line needs attention when it says more than the way in */
static bool needs_attention(const ui_group *g, size_t i)
{
	const group_row *r = &g->rows[i];
	const ed_way *in;

	if (r->bad || r->noted || !r->checked)
		return true;
	in = verdict_way_in(&r->v);
	return !in || in->outcome != OUTCOME_ELIGIBLE;
}

static void group_draw(wiz *w)
{
	ui_group *g = w->group;
	int top = 2, rows = LINES - 3 - top - 1, sel_line = -1, y, n_lines = 0;
	char title[300], num[16];
	const char *p;

	snprintf(num, sizeof num, "%zu", g ? g->n : 0);
	{
		const char *pairs[] = { "n", num, NULL };
		text_fill_pairs(title, sizeof title,
				wiz_text(w, g && g->n == 1 ? "group:title_one" : "group:title"), pairs);
	}
	widget_titlebar(w, title);
	w->cur_y = w->cur_x = -1;
	if (!g || !g->text) {
		widget_helpline(w, wiz_text(w, "group:help"));
		widget_keybar(w, &group_view);
		return;
	}
	if (g->size_why[0]) {
		const char *pairs[] = { "why", g->size_why, NULL };
		char line[600];
		text_fill_pairs(line, sizeof line, wiz_text(w, "group:size_problem"), pairs);
		top += term_wrap(top, 2, COLS - 4, 2, line, LOOK_ERROR);
		rows = LINES - 3 - top - 1;
	}
	if (!g->n)
		top += term_wrap(top, 2, COLS - 4, 2, wiz_text(w, "group:empty"), LOOK_BOLD);
	if (!g->slip_mode && g->n)
		sel_line = line_of_row(w, g->sel);
	for (p = g->text; *p; n_lines++)
		p += strcspn(p, "\n") + (p[strcspn(p, "\n")] == '\n');
	/* the chosen traveller's line stays in sight */
	if (sel_line >= 0 && sel_line < g->scroll)
		g->scroll = sel_line;
	if (sel_line >= 0 && sel_line >= g->scroll + rows)
		g->scroll = sel_line - rows + 1;
	if (g->scroll > n_lines - rows)
		g->scroll = n_lines - rows;
	if (g->scroll < 0)
		g->scroll = 0;
	y = top;
	p = g->text;
	for (int i = 0; *p && y < top + rows; i++) {
		size_t len = strcspn(p, "\n");
		if (i >= g->scroll) {
			char line[400];
			ui_look look = LOOK_NORMAL;
			snprintf(line, sizeof line, "%.*s", (int)len, p);
			for (size_t r = 0; !g->slip_mode && r < g->n; r++)
				if (line_of_row(w, r) == i && needs_attention(g, r))
					look = LOOK_WARN;
			if (i == sel_line) {
				look = LOOK_FOCUS;
				w->cur_y = y;
				w->cur_x = 0;
			}
			term_put(y++, 0, COLS, line, look);
		}
		p += len + (p[len] == '\n');
	}
	widget_helpline(w, wiz_text(w, g->slip_mode ? "group:help_slip" : "group:help"));
	widget_keybar(w, &group_view);
}

/* says which traveller's answer changed, by number, never by name */
static void flip_history(wiz *w, ed_answer_key k)
{
	char n[24];
	const char *now = group_flip_history(w, k);

	if (!now)
		return;
	group_row_label(w, w->group->sel, n, sizeof n);
	const char *pairs[] = { "n", n, "value", wiz_text(w, !strcmp(now, "yes") ? "yesno:yes" : "yesno:no"), NULL };
	wiz_say(w, LOOK_GOOD, k == AK_VISA_REFUSAL ? "group:refusal_set" : "group:violation_set",
		pairs);
}

static void group_key(wiz *w, ui_action act, wint_t ch)
{
	ui_group *g = w->group;

	if (!g)
		return;
	switch (act) {
	case ACT_SCAN:
		wiz_request(w, REQ_SCAN);
		return;
	case ACT_MANIFEST:
		wiz_prompt(w, PROMPT_MANIFEST, "");
		return;
	case ACT_NEXT_FIELD:
		if (g->slip_mode)
			g->scroll++;
		else if (g->sel + 1 < g->n)
			g->sel++;
		return;
	case ACT_PREV_FIELD:
		if (g->slip_mode)
			g->scroll--;
		else if (g->sel > 0)
			g->sel--;
		return;
	case ACT_NEXT_SCREEN:
		g->scroll += LINES / 2;
		return;
	case ACT_ENTER:
		if (g->slip_mode || !g->n)
			return;
		if (!g->rows[g->sel].checked) {
			wiz_say(w, LOOK_ERROR, "group:no_slip", NULL);
			return;
		}
		g->slip_mode = true;
		g->scroll = 0;
		group_render(w);
		return;
	case ACT_PREV_SCREEN:
	case ACT_CANCEL:
		if (g->slip_mode) {
			g->slip_mode = false;
			g->scroll = 0;
			group_render(w);
		} else {
			wiz_request(w, REQ_FORM);
		}
		return;
	case ACT_CHAR:
		/* r, v: the chosen traveller's own history answers, as the
		 * manifest's columns give them (issue 18) */
		if (!g->slip_mode && (ch == L'r' || ch == L'R' || ch == L'v' || ch == L'V'))
			flip_history(w, ch == L'r' || ch == L'R' ? AK_VISA_REFUSAL : AK_VIOLATION);
		return;
	case ACT_PRINT:
		/* what is shown is what prints: the sheet, or the one slip */
		if (!g->text)
			return;
		free(w->slip);
		w->slip = strdup(g->text);
		if (w->slip)
			wiz_request(w, REQ_PRINT);
		return;
	default:
		return;
	}
}

static bool group_handles(const wiz *w, ui_action act)
{
	(void)w;
	switch (act) {
	case ACT_SCAN: case ACT_MANIFEST: case ACT_NEXT_FIELD: case ACT_PREV_FIELD:
	case ACT_NEXT_SCREEN: case ACT_PREV_SCREEN: case ACT_ENTER: case ACT_CANCEL:
	case ACT_PRINT: case ACT_CHAR:
		return true;
	default:
		return false;
	}
}

const ui_view_ops group_view = {
	.enter = group_enter, .draw = group_draw, .key = group_key, .handles = group_handles,
};
