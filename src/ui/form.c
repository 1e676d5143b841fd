/* A screen of a flow: its instructions and fields, the transit preview and
 * the conditions already failing. Values live in w->s.raw; the editor holds
 * the focused field's text and writes it back on every change. */
#include "ui/ui.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "core/early.h"
#include "core/field_checks.h"
#include "core/match.h"
#include "core/text.h"
#include "core/transit.h"
#include "core/verdict.h"
#include "core/verdict_query.h"
#include "load/answers_io.h"
#include "ui/complete.h"
#include "ui/group.h"
#include "ui/scan_field.h"

#define LABEL_X 2
#define LABEL_W 27
#define FIELD_X (LABEL_X + LABEL_W + 1)
#define N_CANDIDATES 5

extern const ui_view_ops form_view;

static const ui_screen *cur_screen(const wiz *w)
{
	return &w->fl->screens[w->screen];
}

static void form_focus_load(wiz *w)
{
	const ui_field *f = wiz_focus(w);
	editor_set(&w->ed, f ? raw_get(&w->s.raw, f->af->id) : NULL);
	w->pick = 0;
}

static bool is_typed(const ui_field *f)
{
	return f->af->type != FT_YESNO && f->af->type != FT_CHOICE;
}

static int field_width(void)
{
	return COLS >= 100 ? 30 : 20;
}

static const char *value_of(const wiz *w, const ui_field *f)
{
	const char *v = raw_get(&w->s.raw, f->af->id);
	return v && *v ? v : NULL;
}

/* true when the value is absent or fits; writes the normalized form */
static bool value_ok(const wiz *w, const ui_field *f, const char *v,
		     char *norm, size_t nsize, char *why, size_t wsize)
{
	if (!v || !*v) {
		snprintf(norm, nsize, "%s", "");
		return true;
	}
	if (answers_check_value(f->af, v, &w->rules, w->s.today, norm, nsize, why, wsize)) {
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
		const char *ui = wiz_text(w, f->af->type == FT_COUNTRY ?
					  "form:country_accepted" : "form:port_accepted");
		if (acc)
			snprintf(acc, wsize - (size_t)(acc - why), "accepted: %s", ui);
	}
	/* a refusal starts with the field's name: the agent sees which */
	if (strncmp(why, f->label, strlen(f->label)) && strlen(f->label) + 3 < wsize) {
		size_t ln = strlen(f->label) + 2, wl = strlen(why);
		if (ln + wl + 1 > wsize)
			wl = wsize - ln - 1;
		memmove(why + ln, why, wl);
		why[ln + wl] = '\0';
		memcpy(why, f->label, ln - 2);
		memcpy(why + ln - 2, ": ", 2);
	}
	return false;
}

static bool is_other_port(const ui_field *f, const char *v)
{
	return f->af->type == FT_PORT && v && !strcasecmp(v, "other");
}

/* the name shown beside a code: a country's, a port's, or "another port
 * in mainland China" for `other` */
static const char *known_name(const wiz *w, const ui_field *f, const char *v)
{
	if (is_other_port(f, v))
		return wiz_text(w, "form:other_port");
	return complete_name(&w->rules, f->af->type, v);
}

/* The candidates listed under a country or port field while what is typed
 * is not yet a code or name (core/match.h ranks them); for a port, the
 * last is "another port in mainland China". None for a value refused as
 * it is (LAX, Hong Kong at a port): the refusal says why. */
static size_t field_candidates(const wiz *w, const ui_field *f, ui_candidate *c, size_t max)
{
	const char *v = value_of(w, f);
	char norm[256], why[512];
	size_t n;

	if (!v || (f->af->type != FT_COUNTRY && f->af->type != FT_PORT) ||
	    known_name(w, f, v))
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
		c[n++] = (ui_candidate){ "other", wiz_text(w, "form:other_port") };
	}
	return n;
}

/* Takes a candidate into a country or port field: the highlighted one
 * on Enter; on Tab (or any other way out) the first only when core/match
 * is sure of it. Returns false (with the reason said) when the agent
 * must pick. */
static bool complete_field(wiz *w, const ui_field *f, bool enter)
{
	ui_candidate c[N_CANDIDATES];
	ed_match m[2];
	const char *v = value_of(w, f);
	size_t n = field_candidates(w, f, c, N_CANDIDATES), got;
	char value[64];

	if (n == 0) {
		/* a name known as it is ("pudong", "germany") becomes its code
		 * when that is certain, so the field shows code and name */
		if (v && !is_other_port(f, v) && known_name(w, f, v) &&
		    (f->af->type == FT_COUNTRY || f->af->type == FT_PORT)) {
			got = f->af->type == FT_COUNTRY ? match_countries(&w->rules, v, m, 2) :
							  match_ports(&w->rules, v, m, 2);
			if (match_sure(m, got) && known_name(w, f, m[0].value)) {
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
	got = f->af->type == FT_COUNTRY ? match_countries(&w->rules, v, m, 2) :
					  match_ports(&w->rules, v, m, 2);
	/* sure, or the only candidate ("ger", "jap", "viet"): Tab takes it */
	if (match_sure(m, got) || got == 1) {
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
static bool field_notes(wiz *w, const ui_field *f)
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
static bool leave_via(wiz *w, bool enter)
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
	v = value_of(w, f);
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
	if (had && field_notes(w, f))
		return false;
	return true;
}

static bool leave_ok(wiz *w)
{
	return leave_via(w, false);
}

/* the first field of screen `si` that does not fit (or, with `missing`,
 * is required and empty), or -1; why says what is wrong */
static int screen_problem(const wiz *w, size_t si, bool missing, char *why, size_t wsize)
{
	const ui_screen *s = &w->fl->screens[si];
	char norm[256];

	for (size_t i = 0; i < s->n_fields; i++) {
		const ui_field *f = &s->fields[i];
		const char *v = value_of(w, f);
		if (!v && f->required && missing) {
			const char *pairs[] = { "label", f->label, NULL };
			text_fill_pairs(why, wsize, wiz_text(w, "form:missing"), pairs);
			return (int)i;
		}
		if (!value_ok(w, f, v, norm, sizeof norm, why, wsize))
			return (int)i;
		/* a step the traveller must do before going on */
		if (f->refuse_no && v && !strcmp(v, "no")) {
			snprintf(why, wsize, "%s", f->refuse_no);
			return (int)i;
		}
	}
	return -1;
}

/* the first such field of the whole flow, in screen order */
static bool flow_problem(const wiz *w, bool missing, size_t *si, size_t *fi,
			 char *why, size_t wsize)
{
	for (size_t i = 0; i < w->fl->n_screens; i++) {
		int bad = group_skips(w, i) ? -1 : screen_problem(w, i, missing, why, wsize);
		if (bad >= 0) {
			*si = i;
			*fi = (size_t)bad;
			return true;
		}
	}
	return false;
}

/* the usual answers of a screen's empty yes/no fields (screens' default
 * key), set when the screen is shown, so the agent sees and may change them */
static void apply_defaults(wiz *w, size_t si)
{
	const ui_screen *s = &w->fl->screens[si];

	for (size_t i = 0; i < s->n_fields; i++)
		if (s->fields[i].def && !value_of(w, &s->fields[i]))
			session_set(&w->s, s->fields[i].af->id, s->fields[i].def);
}

/* the focus arrives on a field: typing replaces a value shown, and a
 * choice starts its keys afresh */
static void focus_arrive(wiz *w)
{
	w->ed_fresh = w->ed.len > 0;
	w->pick_num = 0;
	w->pick_bad = false;
}

static void go_to(wiz *w, size_t screen, size_t field)
{
	if (screen != w->screen)
		apply_defaults(w, screen);
	w->screen = screen;
	w->field = field;
	form_focus_load(w);
	focus_arrive(w);
}

/* the cursor on the field and the reason on the help line */
static void show_problem(wiz *w, size_t si, size_t fi, const char *why)
{
	go_to(w, si, fi);
	wiz_say_text(w, LOOK_ERROR, why);
}

/* The times decide the way in (field_checks' times_decide): the first F8
 * goes to the missing time and says why, rather than judging without it;
 * the next F8 judges as the answers stand (a point to confirm). */
static bool ask_times(wiz *w)
{
	ed_field_note notes[FC_COUNT];
	size_t n = field_checks(w->fl->flow, &w->s.raw, &w->rules, w->s.today, AK_COUNT,
				notes, FC_COUNT);

	for (size_t i = 0; i < n && i < FC_COUNT; i++) {
		ed_answer_key missing;
		if (notes[i].check != FC_TIMES_DECIDE)
			continue;
		missing = raw_get(&w->s.raw, AK_ENTRY_TIME) ? AK_DEPARTURE_TIME : AK_ENTRY_TIME;
		for (size_t si = 0; si < w->fl->n_screens; si++)
			for (size_t fi = 0; fi < w->fl->screens[si].n_fields; fi++)
				if (w->fl->screens[si].fields[fi].af->id == missing) {
					w->times_asked = true;
					go_to(w, si, fi);
					field_notes(w, &w->fl->screens[si].fields[fi]);
					return true;
				}
	}
	return false;
}

/* An e-pass refusal certain from the answers so far ends the flow at
 * once, on its verdict and refusal slip (the monthly limit before step 1) */
static bool epass_refused(wiz *w)
{
	ed_partial p;
	ed_verdict v;

	if (w->fl->flow != FLOW_EPASS || !epass_refusal_so_far(&w->s.raw, &w->rules,
								w->s.today, &p, &v))
		return false;
	wiz_request(w, REQ_VERDICT_EARLY);
	return true;
}

/* Moves to the next screen, or to the verdict after the last one; refuses
 * with the reason and the cursor on the field while anything is missing. */
static void next_screen(wiz *w)
{
	char why[512];
	size_t si, fi;
	int bad;

	if (!leave_ok(w))
		return;
	bad = screen_problem(w, w->screen, true, why, sizeof why);
	if (bad >= 0) {
		show_problem(w, w->screen, (size_t)bad, why);
		return;
	}
	if (epass_refused(w))
		return;
	for (si = w->screen + 1; si < w->fl->n_screens; si++)
		if (!group_skips(w, si)) {
			go_to(w, si, 0);
			return;
		}
	if (flow_problem(w, true, &si, &fi, why, sizeof why)) {
		show_problem(w, si, fi, why);
		return;
	}
	if (!w->times_asked && ask_times(w))
		return;
	/* a group check goes on to its travellers */
	wiz_request(w, w->group ? REQ_GROUP : REQ_VERDICT);
}

/* after a file was opened (or a draft resumed): the cursor on the first
 * value that does not fit, saying which and what is accepted; else says
 * when the check is complete (F8) */
static void form_opened(wiz *w, const char *path)
{
	char why[512], line[1200];
	size_t si, fi;

	if (flow_problem(w, false, &si, &fi, why, sizeof why)) {
		/* a value the file holds does not fit: say which and where */
		const ui_field *f = &w->fl->screens[si].fields[fi];
		const char *pairs[] = { "path", path, "label", f->label, "why", why, NULL };
		go_to(w, si, fi);
		text_fill_pairs(line, sizeof line, wiz_text(w, "msg:opened_bad"), pairs);
		wiz_say_text(w, LOOK_ERROR, line);
		return;
	}
	if (!flow_problem(w, true, &si, &fi, why, sizeof why)) {
		/* nothing to add: the verdict at once (PgUp goes back) */
		const char *pairs[] = { "path", path, NULL };
		go_to(w, w->fl->n_screens - 1, 0); /* where PgUp from the verdict lands */
		wiz_say(w, LOOK_GOOD, "msg:opened_complete", pairs);
		wiz_request(w, REQ_VERDICT);
	}
}

/* Moves the focus to the field of this flow named "section"/"key" (from
 * an answers_parse error), when a screen shows it. */
static void form_focus_key(wiz *w, const char *focus)
{
	char section[96];
	const char *colon = strchr(focus, ':');
	const ed_answer_field *af;

	if (!colon)
		return;
	snprintf(section, sizeof section, "%.*s", (int)(colon - focus), focus);
	af = answers_field(w->fl->flow, section, colon + 1);
	for (size_t si = 0; af && si < w->fl->n_screens; si++)
		for (size_t i = 0; i < w->fl->screens[si].n_fields; i++)
			if (w->fl->screens[si].fields[i].af == af) {
				go_to(w, si, i);
				return;
			}
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

static void field_help(const wiz *w, const ui_field *f, char *out, size_t size);

/* a key the field does not take: its hint, filled, as the message */
static void say_field_help(wiz *w, const ui_field *f)
{
	char text[1200];

	field_help(w, f, text, sizeof text);
	wiz_say_text(w, LOOK_ERROR, text);
}

/* yes/no: y or n (or the first letter of the shown words), Space toggles */
static void yesno_key(wiz *w, const ui_field *f, ui_action act, wint_t ch)
{
	const char *v = value_of(w, f);
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
			const char *v = value_of(w, f);
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
	size_t n = f->n_choices, i = choice_index(f, value_of(w, f));

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

static void form_key(wiz *w, ui_action act, wint_t ch)
{
	const ui_screen *s = cur_screen(w);
	const ui_field *f = wiz_focus(w);

	/* Up/Down (not Tab) move in the candidates while they are listed */
	if ((act == ACT_NEXT_FIELD || act == ACT_PREV_FIELD) && ch != L'\t' && ch != KEY_BTAB && f) {
		ui_candidate c[N_CANDIDATES];
		size_t n = field_candidates(w, f, c, N_CANDIDATES);
		if (n > 0) {
			int k = w->pick + (act == ACT_NEXT_FIELD ? 1 : -1);
			w->pick = k < 0 ? (int)n - 1 : (size_t)k >= n ? 0 : k;
			return;
		}
	}
	switch (act) {
	case ACT_NEXT_FIELD:
	case ACT_PREV_FIELD:
		if (!f)
			break; /* no field to move to: said below */
		if (act == ACT_NEXT_FIELD && ch == L'\t' && w->field + 1 == s->n_fields &&
		    w->screen + 1 < w->fl->n_screens) {
			next_screen(w); /* Tab goes on, as PgDn does */
			return;
		}
		if (leave_ok(w))
			go_to(w, w->screen, act == ACT_NEXT_FIELD ? (w->field + 1) % s->n_fields :
				 (w->field + s->n_fields - 1) % s->n_fields);
		return;
	case ACT_SCAN:
		wiz_request(w, REQ_SCAN);
		return;
	case ACT_ENTER:
		if (f && is_typed(f) && scan_in_field(w, f))
			return; /* a scanner typed a zone's first line here */
		if (f && w->field + 1 < s->n_fields) {
			if (leave_via(w, true))
				go_to(w, w->screen, w->field + 1);
		} else if (leave_via(w, true)) {
			next_screen(w);
		}
		return;
	case ACT_NEXT_SCREEN:
		next_screen(w);
		return;
	case ACT_PREV_SCREEN:
	case ACT_CANCEL:
		if (w->screen > 0 && !group_skips(w, w->screen - 1))
			go_to(w, w->screen - 1, 0);
		else
			wiz_say(w, LOOK_NORMAL, "msg:first_screen", NULL);
		return;
	case ACT_VERDICT: {
		/* the verdict once every required answer fits, or early when
		 * an answer already rules the check out */
		char why[512];
		size_t si, fi;
		if (!leave_ok(w))
			return;
		/* the usual answers of the screens not yet shown count as given:
		 * F8 once every required answer is in */
		for (size_t k = 0; k < w->fl->n_screens; k++)
			if (!group_skips(w, k))
				apply_defaults(w, k);
		if (!flow_problem(w, true, &si, &fi, why, sizeof why) && !w->times_asked &&
		    ask_times(w))
			return;
		if (!flow_problem(w, true, &si, &fi, why, sizeof why))
			wiz_request(w, w->group ? REQ_GROUP : REQ_VERDICT);
		else if (verdict_rule_out(w->fl->flow, &w->s.raw, &w->rules, w->s.today))
			wiz_request(w, REQ_VERDICT_EARLY);
		else
			wiz_say(w, LOOK_NORMAL, "msg:no_verdict_yet", NULL);
		return;
	}
	default:
		break;
	}
	if (!f) {
		/* a step without fields: any other key is said to do nothing */
		wiz_say(w, LOOK_ERROR, "msg:no_field", NULL);
		return;
	}
	if (f->af->type == FT_YESNO) {
		yesno_key(w, f, act, ch);
	} else if (f->af->type == FT_CHOICE) {
		choice_key(w, f, act, ch);
	} else {
		/* the first printable key on a filled field replaces its value */
		bool replace = act == ACT_CHAR && w->ed_fresh && iswprint(ch);
		w->ed_fresh = false;
		if (replace)
			editor_set(&w->ed, NULL);
		if (editor_key(&w->ed, act, ch) || replace) {
			char text[UI_EDIT_MAX * 4];
			editor_get(&w->ed, text, sizeof text);
			session_set(&w->s, f->af->id, *text ? text : NULL);
			w->pick = 0; /* a new list: its first is highlighted */
		}
	}
}

/* What is shown beside a field: the name of a code, the date understood
 * with its weekday, or that the value does not fit. */
static void annotation(const wiz *w, const ui_field *f, bool focused,
		       char *out, size_t size, ui_look *look)
{
	const char *v = value_of(w, f);
	char norm[256], why[512];
	ed_date d;

	out[0] = '\0';
	*look = LOOK_NORMAL;
	if (!v)
		return;
	if (f->af->type == FT_COUNTRY || f->af->type == FT_PORT) {
		const char *name = known_name(w, f, v);
		if (name)
			snprintf(out, size, "%s", name);
	} else if (f->af->type == FT_DATE && answers_date(v, w->s.today, &d)) {
		date_format_long(d, out, size);
	} else if (f->def && !strcmp(v, f->def)) {
		snprintf(out, size, "%s", wiz_text(w, "form:default_note"));
	}
	if (!focused && !out[0] &&
	    !value_ok(w, f, v, norm, sizeof norm, why, sizeof why)) {
		snprintf(out, size, "%s", wiz_text(w, "form:bad_value"));
		*look = LOOK_ERROR;
	}
}

static void draw_value(wiz *w, const ui_field *f, int y, bool focused)
{
	int fw = field_width();
	const char *v = value_of(w, f);
	const char *shown = v ? v : "";
	char note[256];
	ui_look look;

	if (focused && is_typed(f)) {
		w->cur_x = editor_draw(&w->ed, y, FIELD_X, fw, LOOK_FOCUS);
		w->cur_y = y;
	} else {
		if (f->af->type == FT_YESNO && v)
			shown = wiz_text(w, !strcmp(v, "yes") ? "yesno:yes" : "yesno:no");
		else if (f->af->type == FT_CHOICE)
			shown = screens_choice_label(f, v);
		attron(term_look(focused ? LOOK_FOCUS : LOOK_FIELD));
		mvhline(y, FIELD_X, ' ', fw);
		attroff(term_look(focused ? LOOK_FOCUS : LOOK_FIELD));
		term_put(y, FIELD_X, fw, shown, focused ? LOOK_FOCUS : LOOK_FIELD);
		if (focused) {
			w->cur_y = y;
			w->cur_x = FIELD_X;
		}
	}
	annotation(w, f, focused, note, sizeof note, &look);
	term_put(y, FIELD_X + fw + 2, COLS - (FIELD_X + fw + 2) - 1, note, look);
}

/* the way in so far, in the rules' own names: the area of a way */
static void way_area_text(const wiz *w, const ed_verdict *v, const ed_way *in,
			  char *out, size_t size)
{
	const ed_area *areas[64];
	size_t n = way_areas(v, in, areas, 64);
	char count[16];

	out[0] = '\0';
	if (in->version && n == 0) {
		const char *t = rules_text(&w->rules, "ways:area_mainland");
		snprintf(out, size, "%s", t ? t : "");
	} else if (n > 1) {
		const char *pairs[] = { "count", count, NULL };
		snprintf(count, sizeof count, "%zu", n);
		text_fill_pairs(out, size, wiz_text(w, "form:area_cross"), pairs);
	} else if (n == 1) {
		snprintf(out, size, "%s", areas[0]->name);
	}
}

/* The way in for this traveller so far (core's preview_way_in), once the
 * nationality, port and date are in; false before that. */
static bool preview_way(const wiz *w, const char *port_name, const char *day,
			char *out, size_t size)
{
	ed_partial part;
	ed_verdict v;
	const ed_way *in;
	char until[32] = "", area[200];
	const char *key;

	partial_build(FLOW_TRANSIT, &w->s.raw, &w->rules, w->s.today, &part);
	if (!preview_way_in(&part, &w->rules, &v))
		return false;
	in = verdict_way_in(&v);
	if (in && in->has_until)
		moment_format(in->until, until, sizeof until);
	area[0] = '\0';
	if (in)
		way_area_text(w, &v, in, area, sizeof area);
	key = v.passport_expired ? "form:preview_renew" : !in ? "form:preview_visa" :
	      v.direct_transit && !in->version ? "form:preview_direct" :
	      in->outcome == OUTCOME_REVIEW ? "form:preview_way_review" : "form:preview_way";
	{
		const char *pairs[] = {
			"port", port_name, "date", day,
			"way", in ? in->version ? in->version->label : in->regime->label : "",
			"deadline", until, "area", area, NULL
		};
		text_fill_pairs(out, size, wiz_text(w, key), pairs);
	}
	return true;
}

/* the way in so far as soon as entry port and date are known: the
 * traveller's own once the nationality is in, else the port's scheme */
static void preview_text(const wiz *w, char *out, size_t size)
{
	const char *port = raw_get(&w->s.raw, AK_ENTRY_PORT);
	const char *date = raw_get(&w->s.raw, AK_ENTRY_DATE);
	const ed_port *p;
	ed_transit_preview pv;
	ed_date d;
	char from[32], until[32], day[16], area[160], count[16];

	out[0] = '\0';
	if (!port || !*port || !date || !answers_date(date, w->s.today, &d))
		return;
	p = rules_port(&w->rules, port);
	/* while the port is still being typed ("shan"), say nothing yet */
	if (!p && wiz_focus(w) && wiz_focus(w)->af->id == AK_ENTRY_PORT)
		return;
	date_format(d, day, sizeof day);
	if (!transit_preview(&w->rules, port, d, &pv)) {
		const char *pairs[] = { "date", day, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:preview_no_rules"), pairs);
		return;
	}
	if (preview_way(w, p ? p->name : !strcasecmp(port, "other") ?
			wiz_text(w, "form:other_port") : port, day, out, size))
		return;
	moment_format(pv.stay_from, from, sizeof from);
	moment_format(pv.deadline, until, sizeof until);
	area[0] = '\0';
	if (pv.scheme && pv.scheme->cross_area) {
		/* travel crosses all the scheme's areas: name them by count */
		size_t n = 0;
		for (size_t i = 0; i < pv.scheme->n_entries; i++) {
			const ed_area *a = pv.scheme->entries[i].area;
			bool seen = false;
			for (size_t k = 0; k < i && !seen; k++)
				seen = pv.scheme->entries[k].area == a;
			n += a && !seen;
		}
		snprintf(count, sizeof count, "%zu", n);
		const char *pairs[] = { "count", count, NULL };
		text_fill_pairs(area, sizeof area, wiz_text(w, "form:area_cross"), pairs);
	} else if (pv.entry && pv.entry->area) {
		snprintf(area, sizeof area, "%s", pv.entry->area->name);
	}
	{
		const char *pairs[] = {
			"port", p ? p->name : !strcasecmp(port, "other") ?
				wiz_text(w, "form:other_port") : port, "date", day,
			"scheme", pv.scheme ? pv.scheme->id : "",
			"from", from, "deadline", until,
			"area", area,
			NULL
		};
		const char *key = !pv.scheme ? "form:preview_none" :
				  pv.unlisted ? "form:preview_unlisted" : "form:preview";
		text_fill_pairs(out, size, wiz_text(w, key), pairs);
	}
}

/* The form the rules accept for a number typed by hand (the mobile or
 * the permit number), on the application day; NULL for other reasons.
 * A typo and a real refusal read the same otherwise. */
static const char *typed_number_form(const wiz *w, ed_reason r)
{
	const char *day_text = raw_get(&w->s.raw, AK_CHECK_DATE);
	const char *residence = raw_get(&w->s.raw, AK_RESIDENCE);
	const ed_epass_version *v;
	ed_date day = w->s.today;

	if (r != R_MOBILE_NUMBER && r != R_PERMIT_NUMBER)
		return NULL;
	if (day_text && *day_text)
		answers_date(day_text, w->s.today, &day);
	v = rules_epass_at(&w->rules, day);
	if (!v)
		return NULL;
	if (r == R_MOBILE_NUMBER)
		return v->mobile_form;
	for (size_t i = 0; residence && i < v->n_residences; i++)
		if (!strcasecmp(v->residences[i].code, residence))
			return v->residences[i].permit_form;
	return NULL;
}

/* the conditions the answers so far already fail, in the rules' words */
static void ruled_out_text(const wiz *w, char *out, size_t size)
{
	unsigned bits = verdict_rule_out(w->fl->flow, &w->s.raw, &w->rules, w->s.today);
	char reasons[1024] = "";
	size_t n = 0;

	out[0] = '\0';
	if (!bits)
		return;
	for (int r = 0; r < R_COUNT; r++) {
		char key[96], typo[512] = "";
		const char *t, *form = typed_number_form(w, (ed_reason)r);
		if (!((bits >> r) & 1u))
			continue;
		snprintf(key, sizeof key, "ruled_out:%s", reason_code((ed_reason)r));
		t = wiz_text(w, key);
		if (form) {
			const char *pairs[] = { "form", form, NULL };
			text_fill_pairs(typo, sizeof typo, wiz_text(w, "form:typo_hint"), pairs);
		}
		n += (size_t)snprintf(reasons + n, sizeof reasons - n, "%s%s%s",
				      n ? "; " : "", t, typo);
		if (n >= sizeof reasons)
			break;
	}
	{
		const char *pairs[] = { "reasons", reasons, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:ruled_out"), pairs);
	}
}

/* the help line: candidates while typing a code or name, else the help */
static void field_help(const wiz *w, const ui_field *f, char *out, size_t size)
{
	const char *v = value_of(w, f);
	ui_candidate c[N_CANDIDATES];
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
		if (is_typed(f)) {
			const char *pairs[] = { "help", f->help, NULL };
			text_fill_pairs(out, size, wiz_text(w, "form:typed_hint"), pairs);
		}
		return;
	}
	n = field_candidates(w, f, c, N_CANDIDATES);
	if (n == 0) {
		char norm[256], why[512];
		/* a code or name taken as it is, or refused in words */
		if (known_name(w, f, v))
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
		size_t got = f->af->type == FT_COUNTRY ? match_countries(&w->rules, v, m, 2) :
							 match_ports(&w->rules, v, m, 2);
		const char *pairs[] = { "typed", v, "first", c[0].value, NULL };
		text_fill_pairs(out, size, wiz_text(w, match_sure(m, got) ? "form:candidates_sure" :
						  "form:candidates"), pairs);
	}
	(void)len;
	(void)list;
}

/* the candidates in a small list under the focused field, the
 * highlighted one in the focus colours */
static void draw_candidates(wiz *w, const ui_field *f, int y)
{
	ui_candidate c[N_CANDIDATES];
	size_t n = field_candidates(w, f, c, N_CANDIDATES);
	int width = COLS - FIELD_X - 2;

	for (size_t i = 0; i < n && y + 1 + (int)i < LINES - 3; i++) {
		char row[300];
		bool other = !strcmp(c[i].value, "other") && c[i].name == wiz_text(w, "form:other_port");
		ui_look look = (int)i == w->pick ? LOOK_FOCUS : LOOK_FIELD;
		if (other)
			snprintf(row, sizeof row, " %s", c[i].name);
		else
			snprintf(row, sizeof row, " %-4s %s", c[i].value, c[i].name);
		attron(term_look(look));
		mvhline(y + 1 + (int)i, FIELD_X, ' ', width);
		attroff(term_look(look));
		term_put(y + 1 + (int)i, FIELD_X, width, row, look);
	}
}

static void form_draw(wiz *w)
{
	const ui_screen *s = cur_screen(w);
	const ui_field *focus = wiz_focus(w);
	char title[512], num[16], total[16], text[1600];
	int y = 2, rows_left, instr_y, focus_y = -1;

	snprintf(num, sizeof num, "%zu", w->screen + 1);
	snprintf(total, sizeof total, "%zu", w->fl->n_screens);
	{
		const char *pairs[] = { "flow", w->fl->title, "screen", s->title,
					"n", num, "total", total, NULL };
		/* a screen with its own numbering ("Step 1 of 6") says so in its
		 * header, so the two counts never contradict each other */
		text_fill_pairs(title, sizeof title, s->header ? s->header : wiz_text(w, "form:step"),
			  pairs);
	}
	widget_titlebar(w, title);
	term_put(y++, 2, COLS - 4, s->title, LOOK_BOLD);
	/* leave room for the fields, the preview and the two bottom lines */
	rows_left = LINES - 3 - y - (int)s->n_fields - 6;
	instr_y = y;
	y += term_wrap(y, 2, COLS - 4, rows_left < 2 ? 2 : rows_left, s->instructions,
		       LOOK_NORMAL);
	y++;
	w->cur_y = w->cur_x = -1;
	for (size_t i = 0; i < s->n_fields && y < LINES - 3; i++, y++) {
		const ui_field *f = &s->fields[i];
		char label[300];
		snprintf(label, sizeof label, "%s%s", f->label,
			 f->required ? wiz_text(w, "form:required_mark") : "");
		term_put(y, LABEL_X, LABEL_W, label,
			 f == focus ? LOOK_BOLD : LOOK_NORMAL);
		draw_value(w, f, y, f == focus);
		if (f == focus)
			focus_y = y;
	}
	if (LINES - 3 - y > 4) /* a blank row when there is room for it */
		y++;
	if (s->preview && w->fl->flow == FLOW_TRANSIT) {
		preview_text(w, text, sizeof text);
		if (text[0] && y < LINES - 3)
			y += term_wrap(y, 2, COLS - 4, 2, text, LOOK_GOOD);
	}
	ruled_out_text(w, text, sizeof text);
	if (text[0] && y < LINES - 3)
		term_wrap(y, 2, COLS - 4, LINES - 3 - y, text, LOOK_WARN);
	if (focus) {
		field_help(w, focus, text, sizeof text);
	} else {
		snprintf(text, sizeof text, "%s", s->help);
		/* no field: the cursor where the reading starts */
		w->cur_y = instr_y;
		w->cur_x = 2;
	}
	widget_helpline(w, text);
	widget_keybar(w, &form_view);
	if (focus && focus_y >= 0)
		draw_candidates(w, focus, focus_y);
}

/* Enters the form: on the field a request named (an error's field, a
 * resumed draft's), and says how an opened file is */
static void form_enter(wiz *w, const ui_req *r)
{
	if (w->screen >= w->fl->n_screens)
		w->screen = w->field = 0;
	while (group_skips(w, w->screen) && w->screen + 1 < w->fl->n_screens)
		w->screen++, w->field = 0;
	apply_defaults(w, w->screen);
	if (r->kind == REQ_FORM && r->u.focus[0])
		form_focus_key(w, r->u.focus);
	form_focus_load(w);
	focus_arrive(w);
	if (r->kind == REQ_FORM_LOADED && r->u.path[0])
		form_opened(w, r->u.path);
}

static bool form_handles(const wiz *w, ui_action act)
{
	switch (act) {
	case ACT_PRINT:
	case ACT_MANIFEST:
		return false; /* only a verdict prints; a manifest is the group's */
	case ACT_SCAN:
		return w->fl->flow == FLOW_TRANSIT;
	default:
		return true;
	}
}

const ui_view_ops form_view = {
	.enter = form_enter, .draw = form_draw, .key = form_key, .handles = form_handles,
};
