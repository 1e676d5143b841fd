/* `entrydesk check --group MANIFEST.csv TRIP.ini`: the trip answered once,
 * each manifest row a traveller on it, each checked with the verdict
 * engine. --format ini prints a [rowN] section per row (N its line);
 * text prints the group sheet. A bad row is told on stderr (line, column,
 * accepted form, never its value), the others are still checked; status 2
 * at the end. */
#include "cli/group.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli_rules.h"
#include "core/answers.h"
#include "core/mrz.h"
#include "core/sheet.h"
#include "core/slip.h"
#include "core/text.h"
#include "core/verdict.h"
#include "load/answers_io.h"
#include "load/manifest.h"

typedef struct group_row {
	long line;
	ed_raw_answers raw;
	ed_answers a;
	ed_verdict v;
	ed_mrz_nationality nat;
	bool checked, noted, bad;
	char column[64];
	char why[256];
} group_row;

static void row_bad(group_row *g, ed_manifest_col c, const char *why)
{
	if (g->bad)
		return;
	g->bad = true;
	snprintf(g->column, sizeof g->column, "%s", manifest_column(c));
	snprintf(g->why, sizeof g->why, "%s", why);
}

/* one text column through the answers' own check (length, characters) */
static void put_text(group_row *g, ed_manifest_col c, ed_answer_key k, const char *v,
		     const ed_rules *r, ed_date today)
{
	char norm[1024], why[256];

	if (!answers_check_value(&answer_fields[k], v, r, today, norm, sizeof norm, why,
				 sizeof why))
		row_bad(g, c, why);
	else
		raw_set(&g->raw, k, norm);
}

/* a date column: YYYY-MM-DD only, as a manifest says */
static bool put_date(group_row *g, ed_manifest_col c, ed_answer_key k, const char *v,
		     ed_date *out)
{
	ed_date d;
	char norm[16];

	if (!date_parse(v, &d)) {
		row_bad(g, c, "not a date; accepted: YYYY-MM-DD (2030-06-30)");
		return false;
	}
	date_format(d, norm, sizeof norm);
	raw_set(&g->raw, k, norm);
	if (out)
		*out = d;
	return true;
}

static void put_nationality(group_row *g, const char *v, const ed_rules *r)
{
	char code[8];
	size_t n = strlen(v);

	for (size_t i = 0; i < n && i < sizeof code - 1; i++)
		code[i] = (char)toupper((unsigned char)v[i]);
	code[n < sizeof code - 1 ? n : sizeof code - 1] = '\0';
	if (n > 3 || !mrz_nationality(r, code, &g->nat)) {
		row_bad(g, MC_NATIONALITY, "not a country code; accepted: an ISO 3166-1 "
			"alpha-3 code (DEU), or an MRZ code rules.ini knows (D, GBN)");
		return;
	}
	g->noted = g->nat.note != NULL;
	if (g->nat.iso[0])
		raw_set(&g->raw, AK_NATIONALITY, g->nat.iso);
}

static void put_sex(group_row *g, const char *v)
{
	if (!strcasecmp(v, "F") || !strcasecmp(v, "female"))
		raw_set(&g->raw, AK_GENDER, "female");
	else if (!strcasecmp(v, "M") || !strcasecmp(v, "male"))
		raw_set(&g->raw, AK_GENDER, "male");
	else if (strcasecmp(v, "X") && strcmp(v, "<"))
		row_bad(g, MC_SEX, "not accepted; accepted: F, M, X (or female, male), "
			"or empty");
}

/* the traveller's keys from one manifest row, on top of the trip's */
static void fill_row(group_row *g, const ed_manifest_row *m, const ed_raw_answers *trip,
		     const ed_rules *r, ed_date check_day)
{
	static const ed_manifest_col required[] = { MC_SURNAME, MC_NATIONALITY,
						    MC_PASSPORT_EXPIRY };
	ed_date birth;

	g->line = m->line;
	for (int k = 0; k < AK_COUNT; k++)
		if (trip->val[k])
			raw_set(&g->raw, (ed_answer_key)k, trip->val[k]);
	if (m->bad) {
		g->bad = true;
		snprintf(g->column, sizeof g->column, "%s", m->column);
		snprintf(g->why, sizeof g->why, "%s", m->why);
		return;
	}
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (!m->val[required[i]])
			row_bad(g, required[i], "empty; accepted: a value in every row");
	if (g->bad)
		return;
	{
		char name[2 * MANIFEST_MAX_FIELD + 4];
		if (m->val[MC_GIVEN_NAMES])
			snprintf(name, sizeof name, "%s, %s", m->val[MC_SURNAME],
				 m->val[MC_GIVEN_NAMES]);
		else
			snprintf(name, sizeof name, "%s", m->val[MC_SURNAME]);
		put_text(g, MC_SURNAME, AK_NAME, name, r, check_day);
	}
	put_nationality(g, m->val[MC_NATIONALITY], r);
	if (m->val[MC_PASSPORT_NUMBER])
		put_text(g, MC_PASSPORT_NUMBER, AK_PASSPORT_NUMBER, m->val[MC_PASSPORT_NUMBER],
			 r, check_day);
	put_date(g, MC_PASSPORT_EXPIRY, AK_PASSPORT_EXPIRY, m->val[MC_PASSPORT_EXPIRY], NULL);
	if (m->val[MC_BIRTH_DATE] &&
	    put_date(g, MC_BIRTH_DATE, AK_BIRTH_DATE, m->val[MC_BIRTH_DATE], &birth) &&
	    date_cmp(birth, check_day) > 0)
		row_bad(g, MC_BIRTH_DATE, "after the day of the check; accepted: a birth "
			"date YYYY-MM-DD in the past");
	if (m->val[MC_SEX])
		put_sex(g, m->val[MC_SEX]);
}

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

static int run(const char *manifest_path, const char *trip_path, const ed_rules *r,
	       ed_date today, bool ini)
{
	ed_raw_answers trip = {{0}};
	ed_manifest m;
	ed_error err = {0};
	ed_date check_day = today;
	group_row *rows;
	sheet_row *sheet;
	int status = 0;
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
	for (size_t i = 0; i < m.n_rows; i++) {
		group_row *g = &rows[i];
		fill_row(g, &m.rows[i], &trip, r, check_day);
		if (!g->bad && !g->noted) {
			/* the trip was checked and every traveller key too: only a
			 * problem of the two together can remain */
			if (!answers_parse(&g->raw, r, today, manifest_path, &g->a, &err)) {
				g->bad = true;
				snprintf(g->column, sizeof g->column, "%.63s", err.key);
				snprintf(g->why, sizeof g->why, "%.255s", err.msg);
			} else {
				/* TODO(regimes): the group regimes (gba_group: 2 to 40
				 * travellers entering and leaving together) judge the
				 * group as a whole: give verdict_evaluate the group
				 * (size, together) once its API takes it */
				verdict_evaluate(&g->a, r, &g->v);
				g->checked = true;
			}
		}
		if (g->bad) {
			fprintf(stderr, "entrydesk: %s: line %ld, column %s: %s\n", manifest_path,
				g->line, g->column, g->why);
			status = 2;
		}
	}
	for (size_t i = 0; i < m.n_rows; i++) {
		group_row *g = &rows[i];
		sheet_row *s = &sheet[i];
		s->line = g->line;
		s->name = raw_get(&g->raw, AK_NAME);
		s->passport = raw_get(&g->raw, AK_PASSPORT_NUMBER);
		if (g->bad)
			s->bad_column = g->column;
		else if (g->noted)
			s->note = &g->nat;
		else
			s->a = &g->a, s->v = &g->v;
		if (ini && !g->bad) {
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
	if (!ini) {
		char *out = sheet_render(sheet, m.n_rows, r, check_day);
		if (out)
			fputs(out, stdout);
		else
			status = 2;
		free(out);
	}
	for (size_t i = 0; i < m.n_rows; i++)
		raw_clear(&rows[i].raw);
	free(rows);
	free(sheet);
	manifest_free(&m);
	raw_clear(&trip);
	return status;
}

int group_check(const char *manifest, const char *trip, const char *rules_path, bool ini)
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
	status = run(manifest, trip, &r, today, ini);
	rules_free(&r);
	return status;
}
