/* The group's travellers, without curses: the list, each judged as a
 * member of the group (its size is the group's, core/group.h), and the
 * text shown and printed: the group sheet, or the chosen traveller's
 * slip. Travellers come by scan (REQ_ADD_TRAVELLER) or from a manifest
 * file (REQ_ADD_MANIFEST); group_view.c shows them. */
#include "ui/group.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/result.h"
#include "core/slip.h"
#include "load/manifest.h"
#include "load/slip_run.h"

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

/* the trip as the session has it now, without any traveller's own keys
 * and without a group size: the group's is its travellers' */
static void trip_of(const wiz *w, ed_raw_answers *trip)
{
	for (int k = 0; k < AK_COUNT; k++)
		if (strcmp(answer_fields[k].section, "traveller") && k != AK_GROUP_SIZE)
			raw_set(trip, (ed_answer_key)k, raw_get(&w->s.raw, (ed_answer_key)k));
}

/* the sheet (or the chosen traveller's slip) for what is shown now */
void group_render(wiz *w)
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
		/* the traveller's slip from the check result, as check --group */
		group_row *r = &g->rows[g->sel];
		return result_add_slip(s, &r->a, &r->v, &w->rules);
	}
	return g->text && slip_run_add_sheet(s, g->text, &w->rules, w->s.today);
}

/* the whole group judged again: the trip may have changed, and the
 * group's size is every traveller's */
void group_judge(wiz *w)
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
	if (!group_rows_size(g->rows, g->n, &trip, &w->rules, &g->size, g->size_why,
			     sizeof g->size_why))
		g->size = -1;
	for (size_t i = 0; i < g->n; i++)
		if (g->size >= 0)
			group_row_judge(&g->rows[i], g->size, &w->rules, w->s.today, NULL);
		else
			g->rows[i].checked = false;
	raw_clear(&trip);
	group_render(w);
}

const char *group_flip_history(wiz *w, ed_answer_key k)
{
	ui_group *g = w->group;
	group_row *row;
	const char *now;

	if (!g || g->sel >= g->n || (k != AK_VISA_REFUSAL && k != AK_VIOLATION))
		return NULL;
	row = &g->rows[g->sel];
	now = raw_get(&row->raw, k);
	now = now && !strcmp(now, "yes") ? "no" : "yes";
	raw_set(&row->raw, k, now);
	if (k == AK_VISA_REFUSAL)
		row->own_refusal = true;
	else
		row->own_violation = true;
	group_judge(w);
	return now;
}

void group_row_label(const wiz *w, size_t i, char *out, size_t size)
{
	sheet_row s;

	group_row_sheet(&w->group->rows[i], &s);
	sheet_row_label(&s, &w->rules, out, size);
}

void group_add_mrz(wiz *w, const ed_mrz *m, const ed_mrz_nationality *nat)
{
	ui_group *g = w->group;
	ed_raw_answers trip = {{0}};
	group_row *r = g ? new_row(g) : NULL;
	long scans = 0;
	char n[24];

	if (!r) {
		wiz_say(w, LOOK_ERROR, "group:full", NULL);
		return;
	}
	trip_of(w, &trip);
	group_row_from_mrz(r, m, nat, &trip);
	raw_clear(&trip);
	/* numbered among the scans, as the sheet's Line column shows it */
	for (size_t i = 0; i < g->n; i++)
		if (g->rows[i].line <= 0)
			scans++;
	r->scan = scans;
	g->sel = g->n - 1;
	g->slip_mode = false;
	group_judge(w);
	group_row_label(w, g->n - 1, n, sizeof n);
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
	group_judge(w);
}
