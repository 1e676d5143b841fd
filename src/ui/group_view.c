/* The group's travellers: the group sheet itself (the very text F9
 * prints), each traveller's line flagged when it needs attention, the
 * chosen one's slip on Enter. Travellers come by scan (F3, scan.c) or
 * from a manifest file (F4); every change judges the whole group again,
 * as its size is the group's (core/group.h). */
#include "ui/group_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip.h"
#include "core/text.h"
#include "core/verdict_query.h"
#include "load/manifest.h"
#include "load/slip_run.h"
#include "ui/scan.h"

extern const ui_view_ops group_view;

#define GROUP_MAX MANIFEST_MAX_ROWS

bool group_begin(wiz *w)
{
	group_free(w);
	w->group = calloc(1, sizeof *w->group);
	return w->group != NULL;
}

void group_free(wiz *w)
{
	ui_group *g = w->group;

	if (!g)
		return;
	for (size_t i = 0; i < g->n; i++)
		group_row_clear(&g->rows[i]);
	free(g->rows);
	free(g->text);
	free(g);
	w->group = NULL;
}

bool group_skips(const wiz *w, size_t screen)
{
	const ui_screen *s;

	if (!w->group || !w->fl || screen >= w->fl->n_screens)
		return false;
	s = &w->fl->screens[screen];
	for (size_t i = 0; i < s->n_fields; i++)
		if (strcmp(s->fields[i].af->section, "traveller"))
			return false;
	return s->n_fields > 0;
}

/* a new row at the end, or NULL (the group is full, or no memory) */
static group_row *new_row(ui_group *g)
{
	if (g->n >= GROUP_MAX)
		return NULL;
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 16;
		group_row *rows = realloc(g->rows, cap * sizeof *rows);
		if (!rows)
			return NULL;
		g->rows = rows;
		g->cap = cap;
	}
	memset(&g->rows[g->n], 0, sizeof g->rows[g->n]);
	return &g->rows[g->n++];
}

/* the trip as the session has it now, without any traveller's own keys */
static void trip_of(const wiz *w, ed_raw_answers *trip)
{
	for (int k = 0; k < AK_COUNT; k++)
		if (strcmp(answer_fields[k].section, "traveller"))
			raw_set(trip, (ed_answer_key)k, raw_get(&w->s.raw, (ed_answer_key)k));
}

/* the sheet (or the chosen traveller's slip) for what is shown now */
static void render(wiz *w)
{
	ui_group *g = w->group;
	sheet_row *rows = calloc(g->n + 1, sizeof *rows);

	free(g->text);
	g->text = NULL;
	if (g->slip_mode && g->sel < g->n && g->rows[g->sel].checked) {
		group_row *r = &g->rows[g->sel];
		g->text = slip_render(&r->a, &r->v, &w->rules, r->a.date);
	} else if (rows) {
		g->slip_mode = false;
		for (size_t i = 0; i < g->n; i++)
			group_row_sheet(&g->rows[i], &rows[i]);
		g->text = sheet_render(rows, g->n, &w->rules, w->s.today);
	}
	free(rows);
}

bool group_slips(wiz *w, sd_slips *s)
{
	ui_group *g = w->group;

	if (!g)
		return false;
	if (g->slip_mode && g->sel < g->n && g->rows[g->sel].checked) {
		group_row *r = &g->rows[g->sel];
		return slip_run_add_check(s, &r->a, &r->v, &w->rules);
	}
	return g->text && slip_run_add_sheet(s, g->text, &w->rules, w->s.today);
}

/* the whole group judged again: the trip may have changed, and the
 * group's size is every traveller's */
static void judge(wiz *w)
{
	ui_group *g = w->group;
	ed_raw_answers trip = {{0}};

	trip_of(w, &trip);
	for (size_t i = 0; i < g->n; i++) {
		/* rows keep their manifest line (0: scanned), as messages say */
		for (int k = 0; k < AK_COUNT; k++)
			if (strcmp(answer_fields[k].section, "traveller") &&
			    !(k == AK_VISA_REFUSAL && g->rows[i].own_refusal) &&
			    !(k == AK_VIOLATION && g->rows[i].own_violation))
				raw_set(&g->rows[i].raw, (ed_answer_key)k, trip.val[k]);
	}
	g->size_why[0] = '\0';
	if (!group_rows_size(g->rows, g->n, &trip, &g->size, g->size_why, sizeof g->size_why))
		g->size = -1;
	for (size_t i = 0; i < g->n; i++)
		if (g->size >= 0)
			group_row_judge(&g->rows[i], g->size, &w->rules, w->s.today, NULL);
		else
			g->rows[i].checked = false;
	raw_clear(&trip);
	render(w);
}

void group_add_mrz(wiz *w, const ed_mrz *m, const ed_mrz_nationality *nat)
{
	ui_group *g = w->group;
	ed_raw_answers trip = {{0}};
	group_row *r = g ? new_row(g) : NULL;
	char n[16];

	if (!r) {
		wiz_say(w, LOOK_ERROR, "group:full", NULL);
		return;
	}
	trip_of(w, &trip);
	group_row_from_mrz(r, m, nat, &trip);
	raw_clear(&trip);
	g->sel = g->n - 1;
	g->slip_mode = false;
	judge(w);
	snprintf(n, sizeof n, "%zu", g->n);
	{
		const char *pairs[] = { "n", n, NULL };
		wiz_say(w, LOOK_GOOD, "group:added", pairs);
	}
}

void group_add_manifest(wiz *w, const char *path)
{
	ui_group *g = w->group;
	ed_raw_answers trip = {{0}};
	ed_manifest m;
	ed_error err = {0};
	size_t added = 0, bad = 0;
	const ed_manifest_row *first_bad = NULL;
	const group_row *first_bad_row = NULL;
	char n[16], nbad[16], line[24];

	if (!g)
		return;
	if (!manifest_load(path, &m, &err)) {
		const char *pairs[] = { "why", err.msg, NULL };
		wiz_say(w, LOOK_ERROR, "group:manifest_failed", pairs);
		return;
	}
	trip_of(w, &trip);
	for (size_t i = 0; i < m.n_rows; i++) {
		group_row *r = new_row(g);
		if (!r)
			break;
		group_row_fill(r, &m.rows[i], &trip, &w->rules, w->s.today);
		added++;
		if (r->bad && !bad++) {
			first_bad = &m.rows[i];
			first_bad_row = r;
		}
	}
	snprintf(n, sizeof n, "%zu", added);
	snprintf(nbad, sizeof nbad, "%zu", bad);
	snprintf(line, sizeof line, "%ld", first_bad ? first_bad->line : 0L);
	{
		/* the file's line and column, never the value */
		const char *pairs[] = { "n", n, "path", path, "bad", nbad, "line", line,
					"column", first_bad_row ? first_bad_row->column : "",
					"why", first_bad_row ? first_bad_row->why : "", NULL };
		wiz_say(w, bad ? LOOK_WARN : LOOK_GOOD,
			bad ? "group:manifest_bad" : added == 1 ? "group:manifest_added_one" :
			"group:manifest_added", pairs);
	}
	manifest_free(&m);
	raw_clear(&trip);
	g->slip_mode = false;
	judge(w);
}

static void group_enter(wiz *w)
{
	if (!w->group && !group_begin(w))
		return;
	w->group->scroll = 0;
	judge(w);
}

/* the sheet's line of traveller i (its number at the line's start, after
 * the column headings), or -1 */
static int line_of_row(const char *text, size_t i)
{
	char start[24];
	int n = 0;
	bool table = false;
	const char *p = text;

	snprintf(start, sizeof start, "%zu ", i + 1);
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
		sel_line = line_of_row(g->text, g->sel);
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
				if (line_of_row(g->text, r) == i && needs_attention(g, r))
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

static void group_key(wiz *w, ui_action act, wint_t ch)
{
	ui_group *g = w->group;

	(void)ch;
	if (!g)
		return;
	switch (act) {
	case ACT_SCAN:
		scan_open(w);
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
		render(w);
		return;
	case ACT_PREV_SCREEN:
	case ACT_CANCEL:
		if (g->slip_mode) {
			g->slip_mode = false;
			g->scroll = 0;
			render(w);
		} else {
			wiz_request(w, REQ_FORM, 0);
		}
		return;
	case ACT_PRINT:
		/* what is shown is what prints: the sheet, or the one slip */
		if (!g->text)
			return;
		free(w->slip);
		w->slip = strdup(g->text);
		if (w->slip)
			wiz_request(w, w->printing ? REQ_CANCEL_PRINT : REQ_PRINT, 0);
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
	case ACT_PRINT:
		return true;
	default:
		return false;
	}
}

const ui_view_ops group_view = {
	.enter = group_enter, .draw = group_draw, .key = group_key, .handles = group_handles,
};
