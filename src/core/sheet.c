/* The group sheet: a header, a table of one line per traveller (an
 * attention text longer than its column goes on to the lines below, in
 * that column), the notes of the rows, and a footer. */
#include "core/sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip.h"
#include "core/text.h"
#include "core/verdict_query.h"

/* column widths; a space between columns; attention takes the rest */
#define W_LINE 4
#define W_NAME 18
#define W_PASSPORT 9
#define W_WAY 12
#define W_DEADLINE 16
#define W_LEFT (W_LINE + W_NAME + W_PASSPORT + W_WAY + W_DEADLINE + 5)
#define W_ATTENTION (SLIP_WIDTH - W_LEFT)

/* "sheet:way_gba_group": a regime's few words for the way-in column */
static void way_key(const ed_regime *g, char *out, size_t size)
{
	snprintf(out, size, "sheet:way_%s", g->id);
}

/* "sheet:reason_nationality", "sheet:review_regime_ended" */
static void code_key(bool reason, size_t i, char *out, size_t size)
{
	snprintf(out, size, "sheet:%s_%s", reason ? "reason" : "review",
		 reason ? reason_code((ed_reason)i) : review_code((ed_review)i));
}

static const char *T(const ed_rules *r, const char *key)
{
	const char *v = rules_text(r, key);
	return v ? v : "";
}

/* s cut to `cols` columns and padded with spaces to them */
static void cell(text_buf *b, const char *s, size_t cols)
{
	size_t fit = text_fit(s ? s : "", cols);

	text_buf_addn(b, s ? s : "", fit);
	for (size_t w = text_columns_n(s ? s : "", fit); w < cols; w++)
		text_buf_add(b, " ");
	text_buf_add(b, " ");
}

/* the last `cols` columns of a masked number (masks are ASCII) */
static void passport_cell(text_buf *b, const char *number)
{
	char masked[128] = "";
	size_t n;

	if (number)
		slip_mask(number, masked, sizeof masked);
	n = strlen(masked);
	cell(b, n > W_PASSPORT ? masked + n - W_PASSPORT : masked, W_PASSPORT);
}

/* "CONFIRM: entry_port_unlisted", "NOT ELIGIBLE: nationality, ..." */
static void attention(const sheet_row *row, const ed_rules *r, text_buf *out)
{
	const ed_verdict *v = row->v;
	const ed_way *in;
	ed_outcome outcome;
	unsigned bits;
	size_t count;
	char key[96];

	if (row->bad_column) {
		text_buf_printf(out, "%s %s", T(r, "sheet:attention_not_checked"), row->bad_column);
		return;
	}
	if (row->note) {
		text_buf_add(out, row->note->label);
		return;
	}
	if (!v)
		return;
	/* no foreign passport: the permit, not a regime nor a visa */
	if (v->not_foreign) {
		text_buf_add(out, T(r, "sheet:attention_not_foreign"));
		return;
	}
	/* the passport decides first: nothing else is worth reading */
	if (v->passport_expired) {
		text_buf_add(out, T(r, "sheet:attention_renew"));
		return;
	}
	/* a way in: what it asks to confirm; none: why not */
	in = verdict_way_in(v);
	outcome = in ? in->outcome : v->outcome;
	if (outcome == OUTCOME_ELIGIBLE)
		return;
	bits = outcome == OUTCOME_NOT_ELIGIBLE ? v->reasons : in ? in->reviews : v->reviews;
	count = outcome == OUTCOME_NOT_ELIGIBLE ? R_COUNT : V_COUNT;
	text_buf_add(out, T(r, outcome == OUTCOME_NOT_ELIGIBLE ?
			     "sheet:attention_not_eligible" : "sheet:attention_review"));
	for (size_t i = 0, k = 0; i < count; i++) {
		if (!((bits >> i) & 1u))
			continue;
		/* words, never the code: [sheet] reason_CODE or review_CODE */
		code_key(outcome == OUTCOME_NOT_ELIGIBLE, i, key, sizeof key);
		text_buf_printf(out, "%s%s", k++ ? ", " : ": ", T(r, key));
	}
}

/* the attention text wrapped in its column, the first line after `left`,
 * the others under it */
static void attention_lines(text_buf *b, const char *text)
{
	text_buf wrapped = {0};
	const char *p;
	bool first = true;

	if (!text || !*text) {
		/* no trailing blanks after the last column */
		while (b->len && b->s[b->len - 1] == ' ')
			b->s[--b->len] = '\0';
		text_buf_add(b, "\n");
		return;
	}
	text_wrap(&wrapped, text, W_ATTENTION, NULL, NULL);
	for (p = wrapped.s; p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (!first)
			text_buf_printf(b, "%*s", W_LEFT, "");
		text_buf_addn(b, p, len);
		text_buf_add(b, "\n");
		first = false;
		p += len + (nl ? 1 : 0);
	}
	text_buf_free(&wrapped);
}

static void way_and_deadline(text_buf *b, const sheet_row *row, const ed_rules *r)
{
	const ed_verdict *v = row->v;
	const ed_way *in = v ? verdict_way_in(v) : NULL;
	char deadline[32] = "", key[96];
	const char *way = "";

	if (in) {
		/* the recommended way in and its own deadline */
		way_key(in->regime, key, sizeof key);
		way = T(r, key);
		if (in->has_until)
			moment_format(in->until, deadline, sizeof deadline);
	} else if (v && v->not_foreign) {
		way = T(r, "sheet:way_in_permit");
	} else if (v && v->passport_expired) {
		way = T(r, "sheet:way_in_renew");
	} else if (v || row->note) {
		way = T(r, "sheet:way_in_none");
	}
	cell(b, way, W_WAY);
	cell(b, deadline, W_DEADLINE);
}

static void header(text_buf *b, const sheet_row *rows, size_t n, const ed_rules *r,
		   ed_date check_date)
{
	char day[16], as_of[16], from[16], to[16], line[512];
	size_t bad = 0;
	const ed_answers *trip = NULL;

	for (size_t i = 0; i < n; i++) {
		bad += rows[i].bad_column != NULL;
		if (!trip && rows[i].a)
			trip = rows[i].a;
	}
	date_format(check_date, day, sizeof day);
	date_format(rules_newest_as_of(r), as_of, sizeof as_of);
	text_wrap(b, T(r, "sheet:title"), SLIP_WIDTH, NULL, NULL);
	snprintf(line, sizeof line, "%s: %s", T(r, "sheet:label_check_date"), day);
	text_wrap(b, line, SLIP_WIDTH, NULL, NULL);
	snprintf(line, sizeof line, "%s: %s", T(r, "sheet:label_rules"), as_of);
	text_wrap(b, line, SLIP_WIDTH, NULL, NULL);
	if (trip) {
		date_format(trip->entry_date, from, sizeof from);
		date_format(trip->departure_date, to, sizeof to);
		snprintf(line, sizeof line, "%s: %s %s - %s %s", T(r, "sheet:label_trip"),
			 trip->entry_port, from,
			 trip->exit_port ? trip->exit_port : trip->entry_port, to);
		text_wrap(b, line, SLIP_WIDTH, NULL, NULL);
	}
	snprintf(line, sizeof line, "%s: %zu", T(r, "sheet:label_travellers"), n);
	if (bad)
		snprintf(line + strlen(line), sizeof line - strlen(line), ", %s: %zu",
			 T(r, "sheet:label_not_checked"), bad);
	text_wrap(b, line, SLIP_WIDTH, NULL, NULL);
	for (int i = 0; i < SLIP_WIDTH; i++)
		text_buf_add(b, "-");
	text_buf_add(b, "\n");
	cell(b, T(r, "sheet:col_line"), W_LINE);
	cell(b, T(r, "sheet:col_name"), W_NAME);
	cell(b, T(r, "sheet:col_passport"), W_PASSPORT);
	cell(b, T(r, "sheet:col_way_in"), W_WAY);
	cell(b, T(r, "sheet:col_deadline"), W_DEADLINE);
	{
		const char *h = T(r, "sheet:col_attention");
		text_buf_addn(b, h, text_fit(h, W_ATTENTION));
		text_buf_add(b, "\n");
	}
}

/* each note once, in the order the rows first meet it */
static void notes(text_buf *b, const sheet_row *rows, size_t n, const ed_rules *r)
{
	bool heading = false;

	for (size_t i = 0; i < n; i++) {
		const ed_mrz_nationality *note = rows[i].note;
		bool seen = false;
		char para[2048];
		if (!note || !note->note)
			continue;
		for (size_t j = 0; j < i && !seen; j++)
			seen = rows[j].note && rows[j].note->note == note->note;
		if (seen)
			continue;
		if (!heading) {
			text_buf_printf(b, "\n%s\n", T(r, "sheet:heading_notes"));
			heading = true;
		}
		snprintf(para, sizeof para, "%s: %s (%s)", note->label, note->note,
			 note->source ? note->source : "");
		text_wrap(b, para, SLIP_WIDTH, "  - ", "    ");
	}
}

void sheet_row_label(const sheet_row *row, const ed_rules *r, char *out, size_t size)
{
	if (row->line > 0)
		snprintf(out, size, "%ld", row->line);
	else if (row->scan > 0)
		snprintf(out, size, "%s%ld", T(r, "sheet:line_scanned"), row->scan);
	else
		snprintf(out, size, "%s", T(r, "sheet:line_scanned"));
}

char *sheet_render(const sheet_row *rows, size_t n, const ed_rules *r, ed_date check_date)
{
	text_buf b = {0};

	header(&b, rows, n, r, check_date);
	for (size_t i = 0; i < n; i++) {
		const sheet_row *row = &rows[i];
		text_buf att = {0};
		char line[24];

		/* the manifest's own line, as every message names it */
		sheet_row_label(row, r, line, sizeof line);
		cell(&b, line, W_LINE);
		cell(&b, row->name, W_NAME);
		passport_cell(&b, row->passport);
		way_and_deadline(&b, row, r);
		attention(row, r, &att);
		attention_lines(&b, att.s);
		text_buf_free(&att);
	}
	notes(&b, rows, n, r);
	text_buf_add(&b, "\n");
	text_wrap(&b, T(r, "sheet:footer"), SLIP_WIDTH, NULL, NULL);
	return text_buf_take(&b);
}
