/* Field input of the form (form_input.h): what a focused field takes,
 * completion of codes and names, and the value taken when the focus leaves.
 * Values live in w->s.raw; the editor holds the focused field's text and
 * writes it back on every change. */
#include "ui/form_input.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "core/field_checks.h"
#include "core/match.h"
#include "core/text.h"
#include "ui/group.h"

ff_ctx form_ctx(const wiz *w)
{
	ff_ctx c = { .fl = w->fl, .scr = &w->scr, .raw = &w->s.raw, .rules = &w->rules,
		     .today = w->s.today, .group = w->group != NULL };

	return c;
}

static bool value_ok(const wiz *w, const ui_field *f, const char *v,
		     char *norm, size_t nsize, char *why, size_t wsize)
{
	ff_ctx c = form_ctx(w);
	return ff_value_ok(&c, f, v, norm, nsize, why, wsize);
}

/* rules.ini's words for `other` in a port field (the slip's too) */
static const char *other_port_words(const wiz *w)
{
	return rules_text(&w->rules, "slip:port_other");
}

void form_focus_load(wiz *w)
{
	const ui_field *f = wiz_focus(w);
	editor_set(&w->ed, f ? raw_get(&w->s.raw, f->af->id) : NULL);
	w->pick = 0;
}

bool form_is_typed(const ui_field *f)
{
	return f->af->type != FT_YESNO && f->af->type != FT_CHOICE;
}

const char *form_value(const wiz *w, const ui_field *f)
{
	const char *v = raw_get(&w->s.raw, f->af->id);
	return v && *v ? v : NULL;
}

static bool is_other_port(const ui_field *f, const char *v)
{
	return f->af->type == FT_PORT && v && !strcasecmp(v, "other");
}

/* the name shown beside a code: a country's, a port's, or "another port
 * in mainland China" for `other` */
const char *form_known_name(const wiz *w, const ui_field *f, const char *v)
{
	if (is_other_port(f, v))
		return other_port_words(w);
	return complete_name(&w->rules, f->af->type, v);
}

/* The candidates listed under a country or port field while what is typed
 * is not yet a code or name (core/match.h ranks them); for a port, the
 * last is "another port in mainland China". None for a value refused as
 * it is (LAX, Hong Kong at a port): the refusal says why. */
size_t form_candidates(const wiz *w, const ui_field *f, ui_candidate *c, size_t max)
{
	const char *v = form_value(w, f);
	char norm[256], why[512];
	size_t n;

	if (!v || (f->af->type != FT_COUNTRY && f->af->type != FT_PORT) ||
	    form_known_name(w, f, v))
		return 0;
	n = complete_candidates(&w->rules, f->af->type, v, c, max);
	if (n > max)
		n = max;
	if (f->af->type == FT_PORT) {
		if (n == 0 && !answers_check_value(f->af, v, &w->rules, w->s.today, norm,
						   sizeof norm, why, sizeof why))
			return 0;
		if (n == max)
			n--;
		c[n++] = (ui_candidate){ "other", other_port_words(w) };
	}
	return n;
}

/* Takes a candidate into a country or port field: the highlighted one
 * on Enter; on Tab (or any other way out) the first only when core/match
 * is sure of it. Returns false (with the reason said) when the agent
 * must pick. */
static bool complete_field(wiz *w, const ui_field *f, bool enter)
{
	ui_candidate c[FORM_CANDIDATES];
	ed_match m[2];
	const char *v = form_value(w, f);
	size_t n = form_candidates(w, f, c, FORM_CANDIDATES), got;
	char value[64];

	if (n == 0) {
		/* a name known as it is ("pudong", "germany") becomes its code
		 * when that is certain, so the field shows code and name */
		if (v && !is_other_port(f, v) && form_known_name(w, f, v) &&
		    (f->af->type == FT_COUNTRY || f->af->type == FT_PORT)) {
			got = complete_match(&w->rules, f->af->type, v, m, 2);
			if (match_sure(m, got) && form_known_name(w, f, m[0].value)) {
				snprintf(value, sizeof value, "%s", m[0].value);
				raw_set(&w->s.raw, f->af->id, value);
			}
		}
		return true;
	}
	if (enter) {
		int k = w->pick >= 0 && (size_t)w->pick < n ? w->pick : 0;
		snprintf(value, sizeof value, "%s", c[k].value);
		raw_set(&w->s.raw, f->af->id, value);
		return true;
	}
	/* sure, or the only candidate ("ger", "jap", "viet"): Tab takes it */
	if (complete_tab_takes(&w->rules, f->af->type, v, &m[0])) {
		snprintf(value, sizeof value, "%s", m[0].value);
		raw_set(&w->s.raw, f->af->id, value);
		return true;
	}
	{
		const char *pairs[] = { "typed", v, NULL };
		wiz_say(w, LOOK_ERROR, "form:pick_one", pairs);
	}
	return false;
}

/* what field_checks says at field `f` once its value is in, in the
 * screens' words; true when a note refuses the value */
bool form_field_notes(wiz *w, const ui_field *f)
{
	ed_field_note notes[FC_COUNT];
	size_t n = field_checks(w->fl->flow, &w->s.raw, &w->rules, w->s.today, f->af->id,
				notes, FC_COUNT);
	char line[1200] = "", one[600], key[96], a[64], b[64];
	bool refused = false;
	size_t len = 0;

	for (size_t i = 0; i < n && len < sizeof line; i++) {
		date_format_long(notes[i].first, a, sizeof a);
		date_format_long(notes[i].second, b, sizeof b);
		snprintf(key, sizeof key, "field_check:%s", field_check_code(notes[i].check));
		const char *pairs[] = { "first", a, "second", b, NULL };
		text_fill_pairs(one, sizeof one, wiz_text(w, key), pairs);
		len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", len ? " " : "", one);
		refused = refused || notes[i].refused;
	}
	if (n)
		wiz_say_text(w, refused ? LOOK_ERROR : LOOK_WARN, line);
	return refused;
}

/* Accepts the focused field's value before the focus moves: completes,
 * normalizes, or refuses with the accepted form (text and cursor stay). */
bool form_leave(wiz *w, bool enter)
{
	const ui_field *f = wiz_focus(w);
	/* any checked value: 200 characters of up to 4 bytes (a CJK name) */
	char norm[ED_ANSWER_MAX_BYTES + 1], why[512];
	const char *v;
	bool no_year, had;

	if (!f)
		return true;
	if (!complete_field(w, f, enter)) {
		form_focus_load(w);
		return false;
	}
	v = form_value(w, f);
	if (!is_other_port(f, v) &&
	    !value_ok(w, f, v, norm, sizeof norm, why, sizeof why)) {
		wiz_say_text(w, LOOK_ERROR, why);
		form_focus_load(w);
		return false;
	}
	if (is_other_port(f, v))
		snprintf(norm, sizeof norm, "other");
	/* a passport expiry typed without its year (30JUN): say the year read */
	no_year = f->af->id == AK_PASSPORT_EXPIRY && v && *v && *norm &&
		  isalpha((unsigned char)v[strlen(v) - 1]);
	had = v != NULL;
	raw_set(&w->s.raw, f->af->id, *norm ? norm : NULL); /* frees v */
	form_focus_load(w);
	if (no_year) {
		ed_date d;
		char day[32];
		if (date_parse(norm, &d)) {
			date_format_long(d, day, sizeof day);
			const char *pairs[] = { "label", f->label, "date", day, NULL };
			wiz_say(w, LOOK_WARN, "form:year_understood", pairs);
		}
	}
	if (had && form_field_notes(w, f))
		return false;
	return true;
}

static void set_choice(wiz *w, const ui_field *f, const char *value)
{
	session_set(&w->s, f->af->id, value);
}

static size_t choice_index(const ui_field *f, const char *v)
{
	for (size_t i = 0; v && i < f->n_choices; i++)
		if (!strcmp(f->choices[i].value, v))
			return i;
	return f->n_choices;
}

/* a key the field does not take: its hint, filled, as the message */
static void say_field_help(wiz *w, const ui_field *f)
{
	char text[1200];

	form_field_help(w, f, text, sizeof text);
	wiz_say_text(w, LOOK_ERROR, text);
}

/* yes/no: y or n (or the first letter of the shown words), Space toggles */
static void yesno_key(wiz *w, const ui_field *f, ui_action act, wint_t ch)
{
	const char *v = form_value(w, f);
	const char *yes = wiz_text(w, "yesno:yes"), *no = wiz_text(w, "yesno:no");
	wint_t c = towlower(ch);

	if (act == ACT_CHAR && (c == L'y' || c == (wint_t)tolower((unsigned char)yes[0])))
		set_choice(w, f, "yes");
	else if (act == ACT_CHAR && (c == L'n' || c == (wint_t)tolower((unsigned char)no[0])))
		set_choice(w, f, "no");
	else if ((act == ACT_CHAR && ch == L' ') || act == ACT_LEFT || act == ACT_RIGHT)
		set_choice(w, f, v && !strcmp(v, "yes") ? "no" : "yes");
	else if (act == ACT_CLEAR || act == ACT_BACKSPACE || act == ACT_DELETE)
		set_choice(w, f, NULL);
	else if (act == ACT_CHAR)
		say_field_help(w, f);
}

/* a key that is not the choice field's own: the value it had before the
 * number being typed, a hint, and no change until another action (a
 * date typed here changes nothing) */
static void choice_refuse(wiz *w, const ui_field *f)
{
	if (w->pick_num > 0)
		set_choice(w, f, w->pick_from[0] ? w->pick_from : NULL);
	w->pick_num = 0;
	w->pick_bad = true;
	say_field_help(w, f);
}

/* a digit: the choice of that number, or of the two digits typed ("10") */
static void choice_digit(wiz *w, const ui_field *f, int d)
{
	size_t n = f->n_choices;
	int two = w->pick_num * 10 + d;

	if (w->pick_num > 0 && two >= 1 && (size_t)two <= n) {
		w->pick_num = two;
	} else if (d >= 1 && (size_t)d <= n) {
		if (w->pick_num == 0) {
			const char *v = form_value(w, f);
			snprintf(w->pick_from, sizeof w->pick_from, "%s", v ? v : "");
		}
		w->pick_num = d;
	} else {
		choice_refuse(w, f);
		return;
	}
	set_choice(w, f, f->choices[w->pick_num - 1].value);
}

/* choice: Space or Right next, Left previous, a number or a first letter */
static void choice_key(wiz *w, const ui_field *f, ui_action act, wint_t ch)
{
	size_t n = f->n_choices, i = choice_index(f, form_value(w, f));

	if (!n)
		return;
	if (act == ACT_CHAR && ch != L' ' && w->pick_bad) {
		say_field_help(w, f);
		return;
	}
	if (act == ACT_CHAR && ch >= L'0' && ch <= L'9') {
		choice_digit(w, f, (int)(ch - L'0'));
		return;
	}
	w->pick_num = 0;
	w->pick_bad = false;
	if ((act == ACT_CHAR && ch == L' ') || act == ACT_RIGHT) {
		set_choice(w, f, f->choices[i >= n ? 0 : (i + 1) % n].value);
	} else if (act == ACT_LEFT) {
		set_choice(w, f, f->choices[i == 0 || i >= n ? n - 1 : i - 1].value);
	} else if (act == ACT_CLEAR || act == ACT_BACKSPACE || act == ACT_DELETE) {
		set_choice(w, f, NULL);
	} else if (act == ACT_CHAR) {
		for (size_t k = 1; k <= n; k++) {
			size_t j = (i >= n ? k - 1 : i + k) % n;
			if ((wint_t)towlower((wint_t)(unsigned char)f->choices[j].label[0]) ==
			    towlower(ch)) {
				set_choice(w, f, f->choices[j].value);
				return;
			}
		}
		choice_refuse(w, f);
	}
}

/* the help line: candidates while typing a code or name, else the help */
void form_field_help(const wiz *w, const ui_field *f, char *out, size_t size)
{
	const char *v = form_value(w, f);
	ui_candidate c[FORM_CANDIDATES];
	size_t n, len = 0;
	char list[512] = "";

	snprintf(out, size, "%s", f->help);
	if (f->af->type == FT_CHOICE) {
		for (size_t i = 0; i < f->n_choices && len < sizeof list; i++)
			len += (size_t)snprintf(list + len, sizeof list - len, "%s%zu %s",
						i ? "  " : "", i + 1, f->choices[i].label);
		const char *pairs[] = { "choices", list, "help", f->help, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:choice_hint"), pairs);
		return;
	}
	if (f->af->type == FT_YESNO) {
		const char *pairs[] = { "help", f->help, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:yesno_hint"), pairs);
		return;
	}
	if (!v || (f->af->type != FT_COUNTRY && f->af->type != FT_PORT)) {
		if (form_is_typed(f)) {
			const char *pairs[] = { "help", f->help, NULL };
			text_fill_pairs(out, size, wiz_text(w, "form:typed_hint"), pairs);
		}
		return;
	}
	n = form_candidates(w, f, c, FORM_CANDIDATES);
	if (n == 0) {
		char norm[256], why[512];
		/* a code or name taken as it is, or refused in words */
		if (form_known_name(w, f, v))
			return;
		if (!value_ok(w, f, v, norm, sizeof norm, why, sizeof why))
			snprintf(out, size, "%s", why);
		else {
			const char *pairs[] = { "typed", v, NULL };
			text_fill_pairs(out, size, wiz_text(w, "form:no_candidate"), pairs);
		}
		return;
	}
	{
		ed_match m[2];
		size_t got = complete_match(&w->rules, f->af->type, v, m, 2);
		const char *pairs[] = { "typed", v, "first", c[0].value, NULL };
		text_fill_pairs(out, size, wiz_text(w, match_sure(m, got) ? "form:candidates_sure" :
						  "form:candidates"), pairs);
	}
	(void)len;
	(void)list;
}

/* a typed field: the first printable key on a filled field replaces its
 * value; true when the value is now complete (ff_value_complete) */
static bool typed_key(wiz *w, const ui_field *f, ui_action act, wint_t ch)
{
	bool replace = act == ACT_CHAR && w->ed_fresh && iswprint(ch);
	char text[UI_EDIT_MAX * 4];
	ff_ctx c;

	w->ed_fresh = false;
	if (act == ACT_CHAR && !replace && w->ed.len >= ED_ANSWER_MAX_CHARS) {
		/* no value is longer: refused at the key, not at F8 */
		char max[16];
		snprintf(max, sizeof max, "%d", ED_ANSWER_MAX_CHARS);
		const char *pairs[] = { "label", f->label, "max", max, NULL };
		wiz_say(w, LOOK_ERROR, "form:full", pairs);
		return false;
	}
	if (replace)
		editor_set(&w->ed, NULL);
	if (!editor_key(&w->ed, act, ch) && !replace)
		return false;
	editor_get(&w->ed, text, sizeof text);
	session_set(&w->s, f->af->id, *text ? text : NULL);
	w->pick = 0; /* a new list: its first is highlighted */
	c = form_ctx(w);
	return act == ACT_CHAR && ff_value_complete(&c, f, text);
}

bool form_field_key(wiz *w, const ui_field *f, ui_action act, wint_t ch)
{
	if (f->af->type == FT_YESNO)
		yesno_key(w, f, act, ch);
	else if (f->af->type == FT_CHOICE)
		choice_key(w, f, act, ch);
	else
		return typed_key(w, f, act, ch);
	return false;
}
