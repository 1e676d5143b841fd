/* The form's flow without curses (form_flow.h): what is missing, what
 * does not fit, where the focus goes next and what F8 may show. */
#include "ui/form_flow.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "core/early.h"
#include "core/field_checks.h"
#include "core/match.h"
#include "core/text.h"
#include "core/verdict.h"
#include "load/answers_io.h"
#include "ui/complete.h"

/* the value of field f, NULL when empty */
static const char *ff_value(const ff_ctx *c, const ui_field *f)
{
	const char *v = raw_get(c->raw, f->af->id);
	return v && *v ? v : NULL;
}

/* "Label: why", unless why starts with the label already */
static void label_first(const ui_field *f, char *why, size_t wsize)
{
	size_t ln = strlen(f->label) + 2, wl = strlen(why);

	if (!strncmp(why, f->label, strlen(f->label)) || ln + 1 > wsize)
		return;
	if (ln + wl + 1 > wsize)
		wl = wsize - ln - 1;
	memmove(why + ln, why, wl);
	why[ln + wl] = '\0';
	memcpy(why, f->label, ln - 2);
	memcpy(why + ln - 2, ": ", 2);
}

bool ff_value_ok(const ff_ctx *c, const ui_field *f, const char *v,
		 char *norm, size_t nsize, char *why, size_t wsize)
{
	if (!v || !*v) {
		snprintf(norm, nsize, "%s", "");
		return true;
	}
	/* `other` in a port field: another port in mainland China */
	if (f->af->type == FT_PORT && !strcasecmp(v, "other")) {
		snprintf(norm, nsize, "%s", "other");
		return true;
	}
	if (answers_check_value(f->af, v, c->rules, c->today, norm, nsize, why, wsize)) {
		/* F2 must be able to write what the field takes ("Jack" O'Brien
		 * cannot be: no INI form carries both quotes with a quote first) */
		if (answers_value_writable(norm))
			return true;
		snprintf(why, wsize, "%s", ANSWERS_UNWRITABLE);
		return false;
	}
	/* the core names the file's form (alpha-3 codes); the agent may also
	 * type the start of a name, which the wizard completes */
	if (f->af->type == FT_COUNTRY || f->af->type == FT_PORT) {
		char *acc = strstr(why, "accepted: ");
		const char *ui = screens_text(c->scr, f->af->type == FT_COUNTRY ?
					      "form:country_accepted" : "form:port_accepted");
		if (acc)
			snprintf(acc, wsize - (size_t)(acc - why), "accepted: %s", ui);
	}
	/* a refusal starts with the field's name: the agent sees which */
	label_first(f, why, wsize);
	return false;
}

int ff_screen_problem(const ff_ctx *c, size_t si, bool missing, char *why, size_t wsize)
{
	const ui_screen *s = &c->fl->screens[si];
	char norm[ED_ANSWER_MAX_BYTES + 1];

	for (size_t i = 0; i < s->n_fields; i++) {
		const ui_field *f = &s->fields[i];
		const char *v = ff_value(c, f);
		if (!v && f->required && missing) {
			const char *pairs[] = { "label", f->label, NULL };
			text_fill_pairs(why, wsize, screens_text(c->scr, "form:missing"), pairs);
			return (int)i;
		}
		if (!ff_value_ok(c, f, v, norm, sizeof norm, why, wsize))
			return (int)i;
		/* a step the traveller must do before going on */
		if (f->refuse_no && v && !strcmp(v, "no")) {
			snprintf(why, wsize, "%s", f->refuse_no);
			return (int)i;
		}
	}
	return -1;
}

bool ff_flow_problem(const ff_ctx *c, bool missing, size_t *si, size_t *fi,
		     char *why, size_t wsize)
{
	for (size_t i = 0; i < c->fl->n_screens; i++) {
		int bad = ff_screen_problem(c, i, missing, why, wsize);
		if (bad >= 0) {
			*si = i;
			*fi = (size_t)bad;
			return true;
		}
	}
	return false;
}

size_t ff_next_screen(const ff_ctx *c, size_t si)
{
	return si + 1 < c->fl->n_screens ? si + 1 : c->fl->n_screens;
}

bool ff_times_field(const ff_ctx *c, size_t *si, size_t *fi)
{
	ed_field_note notes[FC_COUNT];
	size_t n = field_checks(c->fl->flow, c->raw, c->rules, c->today, AK_COUNT,
				notes, FC_COUNT);

	for (size_t i = 0; i < n && i < FC_COUNT; i++) {
		ed_answer_key missing;
		if (notes[i].check != FC_TIMES_DECIDE)
			continue;
		missing = raw_get(c->raw, AK_ENTRY_TIME) ? AK_DEPARTURE_TIME : AK_ENTRY_TIME;
		for (size_t s = 0; s < c->fl->n_screens; s++)
			for (size_t f = 0; f < c->fl->screens[s].n_fields; f++)
				if (c->fl->screens[s].fields[f].af->id == missing) {
					*si = s;
					*fi = f;
					return true;
				}
	}
	return false;
}

ff_verdict ff_f8(const ff_ctx *c, bool times_asked, size_t *si, size_t *fi)
{
	char why[512];

	if (!ff_flow_problem(c, true, si, fi, why, sizeof why))
		return !times_asked && ff_times_field(c, si, fi) ? FF_ASK_TIME : FF_VERDICT;
	/* a group's trip rules out no traveller before they are judged
	 * each (a Hong Kong group may return to Hong Kong) */
	if (!c->group && verdict_rule_out(c->fl->flow, c->raw, c->rules, c->today))
		return FF_EARLY;
	return FF_NOT_YET;
}

/* 2026-12-05, or 5DEC2026 / 05DEC2026: nothing more can be typed */
static bool date_complete(const char *t)
{
	size_t n = strlen(t), d = 0;

	if (n == 10) {
		for (size_t i = 0; i < n; i++)
			if (i == 4 || i == 7 ? t[i] != '-' : !isdigit((unsigned char)t[i]))
				return false;
		return true;
	}
	while (d < n && isdigit((unsigned char)t[d]))
		d++;
	if (d < 1 || d > 2 || n != d + 7)
		return false;
	for (size_t i = d; i < d + 3; i++)
		if (!isalpha((unsigned char)t[i]))
			return false;
	for (size_t i = d + 3; i < n; i++)
		if (!isdigit((unsigned char)t[i]))
			return false;
	return true;
}

/* true when the letters ending `typed`, then ch, start a month's name */
static bool month_word_goes_on(const char *typed, char ch)
{
	char word[16];
	size_t n = strlen(typed), k = n, len;

	while (k > 0 && isalpha((unsigned char)typed[k - 1]))
		k--;
	len = n - k;
	if (len == 0 || len + 1 >= sizeof word)
		return false;
	memcpy(word, typed + k, len);
	word[len] = ch;
	word[len + 1] = '\0';
	for (int m = 1; m <= 12; m++)
		if (!strncasecmp(date_month_name(m), word, len + 1))
			return true;
	return false;
}

/* a letter after a date: see ff_value_ended_by */
static bool date_ended_by(const ff_ctx *c, const ui_field *f, const char *typed,
			  const ui_field *next, wint_t ch)
{
	char norm[64], why[512];

	if (!iswalpha(ch))
		return false;
	if (next->af->type != FT_COUNTRY && next->af->type != FT_PORT && next->af->type != FT_TEXT)
		return false;
	/* the letter may still spell the month out (1JUN, then E of JUNE;
	 * 1SEP, then T): it stays in the date */
	if (month_word_goes_on(typed, (char)ch))
		return false;
	/* every other form of a date ends in digits or its month: after a
	 * date that stands (1DEC, 5DEC26) no letter can follow */
	return ff_value_ok(c, f, typed, norm, sizeof norm, why, sizeof why);
}

/* a digit after a country or port that Tab would take: no code or name
 * holds a digit */
static bool code_ended_by(const ff_ctx *c, const ui_field *f, const char *typed,
			  const ui_field *next, wint_t ch)
{
	ed_match first;

	if (!iswdigit(ch) || (next->af->type != FT_DATE && next->af->type != FT_TEXT &&
			      next->af->type != FT_TIME && next->af->type != FT_NUMBER))
		return false;
	return complete_tab_takes(c->rules, f->af->type, typed, &first);
}

bool ff_value_ended_by(const ff_ctx *c, const ui_field *f, const char *typed,
		       const ui_field *next, wint_t ch)
{
	if (!typed || !*typed || !next || ch > 0x7f)
		return false;
	if (f->af->type == FT_DATE)
		return date_ended_by(c, f, typed, next, ch);
	if (f->af->type == FT_COUNTRY || f->af->type == FT_PORT)
		return code_ended_by(c, f, typed, next, ch);
	return false;
}

bool ff_value_complete(const ff_ctx *c, const ui_field *f, const char *typed)
{
	ed_match m[2];
	size_t n;

	if (!typed)
		return false;
	if (f->af->type == FT_DATE)
		return date_complete(typed);
	if (f->af->type != FT_COUNTRY && f->af->type != FT_PORT)
		return false;
	/* three letters, as typed: a code copied from a ticket */
	if (strlen(typed) != 3 || !isalpha((unsigned char)typed[0]) ||
	    !isalpha((unsigned char)typed[1]) || !isalpha((unsigned char)typed[2]))
		return false;
	n = complete_match(c->rules, f->af->type, typed, m, 2);
	/* the code, and nothing else starts so */
	return n == 1 && m[0].rank == MATCH_CODE && !strcasecmp(m[0].value, typed);
}
