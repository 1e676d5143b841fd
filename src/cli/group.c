/* `entrydesk check --group MANIFEST.csv TRIP.ini`: the trip answered once,
 * each manifest row a traveller on it, each checked with the verdict
 * engine. --format ini prints a [rowN] section per row (N its line);
 * text prints the group sheet. A bad row is told on stderr (line, column,
 * accepted form, never its value), the others are still checked; status 2
 * at the end. The group regimes judge the group as a whole: its size is
 * the number of its travellers (core/group.h), not a key of the trip. */
#include "cli/group.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli_rules.h"
#include "cli/slips_out.h"
#include "core/answers.h"
#include "core/group.h"
#include "core/mrz.h"
#include "core/result.h"
#include "core/sheet.h"
#include "core/slip.h"
#include "load/verdict_ini.h"
#include "core/text.h"
#include "core/verdict.h"
#include "load/answers_io.h"
#include "load/group_rows.h"
#include "load/manifest.h"
#include "load/slip_run.h"

/* The trip: an answers file of flow transit, without the keys each
 * traveller brings. Checked once, with a stand-in traveller, so that its
 * problems are told once and name TRIP.ini. */
static bool load_trip(const char *path, const ed_rules *r, ed_date today,
		      ed_raw_answers *trip, ed_date *check_day)
{
	ed_raw_answers probe = {{0}};
	ed_answers a;
	ed_error err = {0};
	ed_flow flow;
	bool ok;

	if (!answers_load(path, trip, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		return false;
	}
	if (!flow_parse(raw_get(trip, AK_FLOW), &flow) || flow != FLOW_TRANSIT) {
		fprintf(stderr, "entrydesk: %s: [check] flow: a group check is of visitors "
			"entering together; accepted: transit\n", path);
		return false;
	}
	for (int k = 0; k < AK_COUNT; k++) {
		if (trip->val[k] && !strcmp(answer_fields[k].section, "traveller")) {
			fprintf(stderr, "entrydesk: %s: [traveller] %s: a group trip has no "
				"traveller keys; accepted: the trip only (each traveller comes "
				"from the manifest)\n", path, answer_fields[k].key);
			return false;
		}
	}
	for (int k = 0; k < AK_COUNT; k++)
		if (trip->val[k])
			raw_set(&probe, (ed_answer_key)k, trip->val[k]);
	raw_set(&probe, AK_NATIONALITY, r->n_countries ? r->countries[0].code : "USA");
	raw_set(&probe, AK_PASSPORT_EXPIRY, "9999-12-31");
	ok = answers_parse(&probe, r, today, path, &a, &err);
	if (ok)
		*check_day = a.date;
	else
		fprintf(stderr, "entrydesk: %s\n", err.msg);
	raw_clear(&probe);
	return ok;
}

/* key = "value", in the quotes the value does not hold */
static void quoted(const char *key, const char *v)
{
	char q = v && strchr(v, '"') ? '\'' : '"';
	printf("%s = %c%s%c\n", key, q, v ? v : "", q);
}

/* [rowN] of a traveller whose nationality gives a note, not a verdict */
static void print_note_ini(const group_row *g, const char *section)
{
	printf("[%s]\n", section);
	printf("flow = transit\n");
	printf("outcome = %s\n", g->nat.outcome ? g->nat.outcome : "review");
	quoted("note_label", g->nat.label);
	quoted("note", g->nat.note);
	quoted("note_source", g->nat.source);
}

/* the sheet, then the slip of each traveller checked; the exit status */
static int slips_out(const char *sheet, const group_row *rows, size_t n, const ed_rules *r,
		     ed_date check_day, group_output o)
{
	sd_slips slips = {0};
	bool ok = slip_run_add_sheet(&slips, sheet, r, check_day);
	int status;

	for (size_t i = 0; ok && i < n; i++) {
		/* the traveller's check, judged with the group */
		if (!rows[i].checked || rows[i].bad || rows[i].noted)
			continue;
		ok = result_add_slip(&slips, &rows[i].a, &rows[i].v, r);
	}
	if (!ok) {
		fprintf(stderr, "entrydesk: out of memory\n");
		sd_slips_free(&slips);
		return 2;
	}
	status = check_slips_out(&slips, o.output, o.paper);
	sd_slips_free(&slips);
	return status;
}

static int run(const char *manifest_path, const char *trip_path, const ed_rules *r,
	       ed_date today, group_output o)
{
	ed_raw_answers trip = {{0}};
	ed_manifest m;
	ed_error err = {0};
	ed_date check_day = today;
	group_row *rows;
	sheet_row *sheet;
	char why[300];
	int status = 0, size = 0;
	bool first = true;

	if (!load_trip(trip_path, r, today, &trip, &check_day)) {
		raw_clear(&trip);
		return 2;
	}
	if (!manifest_load(manifest_path, &m, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		raw_clear(&trip);
		return 2;
	}
	rows = calloc(m.n_rows + 1, sizeof *rows);
	sheet = calloc(m.n_rows + 1, sizeof *sheet);
	if (!rows || !sheet) {
		fprintf(stderr, "entrydesk: out of memory\n");
		free(rows);
		free(sheet);
		manifest_free(&m);
		raw_clear(&trip);
		return 2;
	}
	for (size_t i = 0; i < m.n_rows; i++)
		group_row_fill(&rows[i], &m.rows[i], &trip, r, check_day);
	if (!group_rows_size(rows, m.n_rows, &trip, r, &size, why, sizeof why)) {
		fprintf(stderr, "entrydesk: %s: %s\n", trip_path, why);
		status = 2;
		goto out;
	}
	for (size_t i = 0; i < m.n_rows; i++) {
		group_row *g = &rows[i];
		group_row_judge(g, size, r, today, manifest_path);
		if (g->bad) {
			fprintf(stderr, "entrydesk: %s: line %ld, column %s: %s\n", manifest_path,
				g->line, g->column, g->why);
			status = 2;
		}
	}
	for (size_t i = 0; i < m.n_rows; i++) {
		group_row *g = &rows[i];
		group_row_sheet(g, &sheet[i]);
		if (o.ini && !g->bad) {
			char section[32], *out = NULL;
			snprintf(section, sizeof section, "row%ld", g->line);
			if (!first)
				putchar('\n');
			first = false;
			if (g->noted)
				print_note_ini(g, section);
			else if ((out = report_ini(section, &g->a, &g->v, r)))
				fputs(out, stdout);
			free(out);
		}
	}
	if (!o.ini) {
		char *out = sheet_render(sheet, m.n_rows, r, check_day);
		if (!out)
			status = 2;
		else if (!o.slips)
			fputs(out, stdout);
		else if (slips_out(out, rows, m.n_rows, r, check_day, o))
			status = 2;
		free(out);
	}
out:
	for (size_t i = 0; i < m.n_rows; i++)
		group_row_clear(&rows[i]);
	free(rows);
	free(sheet);
	manifest_free(&m);
	raw_clear(&trip);
	return status;
}

int group_check(const char *manifest, const char *trip, const char *rules_path,
		group_output o)
{
	ed_rules r;
	ed_date today;
	int status;

	if (!trip) {
		fprintf(stderr, "entrydesk check --group: accepted: one trip answers file "
			"after the manifest (see entrydesk check --help)\n");
		return 2;
	}
	if (!cli_rules_open(rules_path, &r, &today))
		return 2;
	status = run(manifest, trip, &r, today, o);
	rules_free(&r);
	return status;
}
