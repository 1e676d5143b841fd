/* A group's travellers as answers, and their verdicts in the group. */
#include "load/group_rows.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/group.h"
#include "core/mrz_fill.h"

static void copy_trip(group_row *g, const ed_raw_answers *trip)
{
	for (int k = 0; k < AK_COUNT; k++)
		if (trip->val[k])
			raw_set(&g->raw, (ed_answer_key)k, trip->val[k]);
}

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

/* a history answer of the traveller's own: yes/no (y, n); empty keeps
 * the trip's. True when the row gave one. */
static bool put_yes_no(group_row *g, ed_manifest_col c, ed_answer_key k, const char *v)
{
	if (!v || !*v)
		return false;
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "y"))
		raw_set(&g->raw, k, "yes");
	else if (!strcasecmp(v, "no") || !strcasecmp(v, "n"))
		raw_set(&g->raw, k, "no");
	else {
		row_bad(g, c, "not accepted; accepted: yes or no (y, n), or empty for the "
			"trip's answer");
		return false;
	}
	return true;
}

void group_row_fill(group_row *g, const ed_manifest_row *m, const ed_raw_answers *trip,
		     const ed_rules *r, ed_date check_day)
{
	static const ed_manifest_col required[] = { MC_SURNAME, MC_NATIONALITY,
						    MC_PASSPORT_EXPIRY };
	ed_date birth;

	g->line = m->line;
	copy_trip(g, trip);
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
	g->own_refusal = put_yes_no(g, MC_VISA_REFUSAL, AK_VISA_REFUSAL, m->val[MC_VISA_REFUSAL]);
	g->own_violation = put_yes_no(g, MC_VIOLATION, AK_VIOLATION, m->val[MC_VIOLATION]);
}

void group_row_from_mrz(group_row *g, const ed_mrz *m, const ed_mrz_nationality *nat,
			const ed_raw_answers *trip)
{
	ed_mrz_value v[MRZ_FILL_MAX];
	size_t n = mrz_fill(m, nat, v);

	copy_trip(g, trip);
	g->nat = *nat;
	g->noted = nat->note != NULL;
	for (size_t i = 0; i < n; i++)
		raw_set(&g->raw, v[i].key, v[i].value);
	memset(v, 0, sizeof v);
}

bool group_rows_size(const group_row *rows, size_t n, const ed_raw_answers *trip,
		     const ed_rules *r, int *size, char *why, size_t why_size)
{
	const char **nat = calloc(n + 1, sizeof *nat);
	const char *given = raw_get(trip, AK_GROUP_SIZE);

	if (!nat) {
		snprintf(why, why_size, "out of memory");
		return false;
	}
	for (size_t i = 0; i < n; i++)
		nat[i] = raw_get(&rows[i].raw, AK_NATIONALITY);
	*size = group_size_of(r, nat, n);
	free(nat);
	return group_size_agrees(given && *given ? atoi(given) : -1, *size, why, why_size);
}

void group_row_judge(group_row *g, int size, const ed_rules *r, ed_date today,
		     const char *file)
{
	ed_error err = {0};

	g->checked = false;
	if (g->bad || g->noted)
		return;
	/* the trip was checked and every traveller key too: only a problem
	 * of the two together can remain */
	if (!answers_parse(&g->raw, r, today, file, &g->a, &err)) {
		g->bad = true;
		snprintf(g->column, sizeof g->column, "%.63s", err.key);
		snprintf(g->why, sizeof g->why, "%.255s", err.msg);
		return;
	}
	/* the group regimes judge the group as a whole */
	group_evaluate(&g->a, size, r, &g->v);
	g->checked = true;
}

void group_row_sheet(const group_row *g, sheet_row *s)
{
	memset(s, 0, sizeof *s);
	s->line = g->line;
	s->scan = g->scan;
	s->name = raw_get(&g->raw, AK_NAME);
	s->passport = raw_get(&g->raw, AK_PASSPORT_NUMBER);
	if (g->bad)
		s->bad_column = g->column;
	else if (g->noted)
		s->note = &g->nat;
	else if (g->checked)
		s->a = &g->a, s->v = &g->v;
}

void group_row_clear(group_row *g)
{
	raw_clear(&g->raw);
}
