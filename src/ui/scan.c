/* Passport scanners: the scan box (F3, or a zone's first line typed into a
 * field) reads the zone's lines, core/mrz.c verifies every check digit,
 * and the traveller screen (or the group's list) gets what the zone says.
 * A zone that does not read changes nothing and the help line names the
 * check that failed. The nationality's note (BN(O), a Chinese passport)
 * is shown before anything else; a Chinese passport is offered the e-pass
 * check. The zone's data is wiped once used and never logged. */
#include "ui/scan.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/mrz.h"
#include "core/text.h"
#include "ui/group_view.h"

extern const ui_view_ops scan_view;

static void wipe(void *p, size_t n)
{
	volatile unsigned char *v = p;
	while (n--)
		*v++ = 0;
}

static void scan_close(wiz *w)
{
	wipe(w->scan.lines, sizeof w->scan.lines);
	w->scan.n = w->scan.expected = 0;
	w->scan.problem[0] = '\0';
	editor_set(&w->prompt, NULL);
	w->modal = MODAL_NONE;
}

void scan_open(wiz *w)
{
	scan_close(w);
	w->modal = MODAL_SCAN;
}

/* the field of this flow that asks answers key k, or NULL */
static const ui_field *field_of(const wiz *w, ed_answer_key k, size_t *screen)
{
	for (size_t si = 0; w->fl && si < w->fl->n_screens; si++)
		for (size_t i = 0; i < w->fl->screens[si].n_fields; i++)
			if (w->fl->screens[si].fields[i].af->id == k) {
				if (screen)
					*screen = si;
				return &w->fl->screens[si].fields[i];
			}
	return NULL;
}

bool scan_in_field(wiz *w, const ui_field *f)
{
	static const size_t lens[] = { 44, 36, 30 };
	char text[UI_EDIT_MAX * 4], rest[UI_EDIT_MAX * 4];
	size_t len;

	editor_get(&w->ed, text, sizeof text);
	len = strlen(text);
	for (size_t k = 0; k < sizeof lens / sizeof *lens; k++) {
		/* from the end: the scanner typed after what the field held */
		for (size_t i = len >= lens[k] ? len - lens[k] + 1 : 0; i-- > 0;) {
			char line[MRZ_MAX_LINE + 1];
			memcpy(line, text + i, lens[k]);
			line[lens[k]] = '\0';
			if (!mrz_lines_expected(line))
				continue;
			/* the field gets back what it held around the line */
			snprintf(rest, sizeof rest, "%.*s%s", (int)i, text, text + i + lens[k]);
			session_set(&w->s, f->af->id, *rest ? rest : NULL);
			editor_set(&w->ed, *rest ? rest : NULL);
			scan_open(w);
			memcpy(w->scan.lines[0], line, lens[k] + 1);
			w->scan.n = 1;
			w->scan.expected = mrz_lines_expected(line);
			wipe(line, sizeof line);
			wipe(text, sizeof text);
			return true;
		}
	}
	wipe(text, sizeof text);
	return false;
}

void scan_carry(wiz *w)
{
	for (size_t i = 0; i < w->scan.n_carry; i++)
		if (field_of(w, w->scan.carry[i].key, NULL))
			session_set(&w->s, w->scan.carry[i].key, w->scan.carry[i].value);
	wipe(w->scan.carry, sizeof w->scan.carry);
	w->scan.n_carry = 0;
}

/* the traveller screen gets the zone's values; the focus goes to its
 * first field still empty */
static void fill_form(wiz *w, const ed_mrz_value *v, size_t n)
{
	size_t screen = 0;
	const ui_field *first = field_of(w, AK_PASSPORT_EXPIRY, &screen);
	const ui_screen *s;

	for (size_t i = 0; i < n; i++)
		if (field_of(w, v[i].key, NULL))
			session_set(&w->s, v[i].key, v[i].value);
	if (!first)
		return;
	s = &w->fl->screens[screen];
	first = &s->fields[s->n_fields - 1];
	for (size_t i = 0; i < s->n_fields; i++) {
		const char *have = raw_get(&w->s.raw, s->fields[i].af->id);
		if (!have || !*have) {
			first = &s->fields[i];
			break;
		}
	}
	snprintf(w->focus_key, sizeof w->focus_key, "%s:%s", first->af->section, first->af->key);
	wiz_request(w, REQ_FORM, 0);
}

/* a nationality that needs a word first: the note box */
static void show_note(wiz *w, const ed_mrz_nationality *nat, const ed_mrz_value *v, size_t n)
{
	w->scan.note = nat->note;
	w->scan.note_source = nat->source;
	w->scan.offer_epass = w->s.flow == FLOW_TRANSIT && !strcasecmp(nat->iso, "CHN");
	w->scan.n_carry = 0;
	for (size_t i = 0; w->scan.offer_epass && i < n; i++)
		if (v[i].key == AK_NAME || v[i].key == AK_GENDER)
			w->scan.carry[w->scan.n_carry++] = v[i];
	w->modal = MODAL_NOTE;
}

/* the zone's lines are all in: read, verify, fill */
static void scan_done(wiz *w)
{
	const char *lines[MRZ_MAX_LINES];
	ed_mrz m;
	ed_mrz_nationality nat;
	ed_mrz_value v[MRZ_FILL_MAX];
	char why[300];
	size_t n = w->scan.n;
	bool ok;

	for (size_t i = 0; i < MRZ_MAX_LINES; i++)
		lines[i] = w->scan.lines[i];
	ok = mrz_parse(lines, n, w->s.today, &m, why, sizeof why);
	scan_close(w);
	if (!ok) {
		const char *pairs[] = { "why", why, NULL };
		wiz_say(w, LOOK_ERROR, "scan:failed", pairs);
		return;
	}
	if (!mrz_nationality(&w->rules, m.nationality, &nat)) {
		const char *pairs[] = { "code", m.nationality, NULL };
		wiz_say(w, LOOK_ERROR, "scan:unknown_code", pairs);
		wipe(&m, sizeof m);
		return;
	}
	if (w->view == VIEW_GROUP) {
		group_add_mrz(w, &m, &nat);
		wipe(&m, sizeof m);
		return;
	}
	n = mrz_fill(&m, &nat, v);
	fill_form(w, v, n);
	if (m.format != MRZ_TD3) {
		wiz_say_text(w, LOOK_WARN, rules_text(&w->rules, "mrz.texts:not_passport"));
	} else if (m.name_full) {
		char line[1200];
		snprintf(line, sizeof line, "%s %s", wiz_text(w, "scan:read"),
			 rules_text(&w->rules, "mrz.texts:name_full"));
		wiz_say_text(w, LOOK_WARN, line);
	} else {
		wiz_say(w, LOOK_GOOD, "scan:read", NULL);
	}
	if (nat.note)
		show_note(w, &nat, v, n);
	wipe(&m, sizeof m);
	wipe(v, sizeof v);
}

static void scan_line(wiz *w)
{
	char line[UI_EDIT_MAX * 4];
	size_t len;

	editor_get(&w->prompt, line, sizeof line);
	editor_set(&w->prompt, NULL);
	len = strlen(line);
	while (len && strchr(" \t\r", line[len - 1]))
		line[--len] = '\0';
	w->scan.problem[0] = '\0';
	if (w->scan.n == 0) {
		w->scan.expected = mrz_lines_expected(line);
		if (!w->scan.expected) {
			snprintf(w->scan.problem, sizeof w->scan.problem, "%s",
				 wiz_text(w, "scan:not_first"));
			wipe(line, sizeof line);
			return;
		}
	}
	/* a longer line cannot be the zone's: mrz_parse names its length */
	snprintf(w->scan.lines[w->scan.n++], sizeof w->scan.lines[0], "%.*s",
		 (int)(len > MRZ_MAX_LINE + 1 ? MRZ_MAX_LINE + 1 : len), line);
	wipe(line, sizeof line);
	if (w->scan.n >= w->scan.expected || w->scan.n >= MRZ_MAX_LINES)
		scan_done(w);
}

static void scan_key(wiz *w, ui_action act, wint_t ch)
{
	if (w->modal == MODAL_NOTE) {
		bool yes = act == ACT_CHAR && (ch == L'y' || ch == L'Y');
		w->modal = MODAL_NONE;
		if (yes && w->scan.offer_epass) {
			wiz_request(w, REQ_BEGIN_EPASS, 1);
			return;
		}
		wipe(w->scan.carry, sizeof w->scan.carry);
		w->scan.n_carry = 0;
		return;
	}
	if (act == ACT_CANCEL)
		scan_close(w);
	else if (act == ACT_ENTER)
		scan_line(w);
	else if (act != ACT_NONE)
		editor_key(&w->prompt, act, ch);
}

static void note_draw(wiz *w)
{
	int width = COLS - 8 > 76 ? 76 : COLS - 8, inner = width - 4;
	int top = 2, rows = LINES - 6, x, y;
	char text[3000];

	snprintf(text, sizeof text, "%s (%s)", w->scan.note ? w->scan.note : "",
		 w->scan.note_source ? w->scan.note_source : "");
	x = widget_box(top, rows, width);
	term_put(top + 1, x, inner, wiz_text(w, "scan:note_title"), LOOK_BOLD);
	y = top + 3;
	y += term_wrap(y, x, inner, rows - 7, text, LOOK_WARN);
	term_wrap(y + 1, x, inner, top + rows - 2 - y,
		  wiz_text(w, w->scan.offer_epass ? "scan:offer_epass" : "scan:note_close"),
		  LOOK_BOLD);
	w->cur_y = top + rows - 2;
	w->cur_x = x;
}

static void scan_draw(wiz *w)
{
	int width = COLS - 8 > 72 ? 72 : COLS - 8, inner = width - 4;
	int top = LINES / 2 - 5, x;
	char n[24], total[24], line[200];

	if (w->modal == MODAL_NOTE) {
		note_draw(w);
		return;
	}
	x = widget_box(top, 10, width);
	term_wrap(top + 1, x, inner, 3, wiz_text(w, "scan:prompt"), LOOK_BOLD);
	snprintf(n, sizeof n, "%zu", w->scan.n + 1);
	snprintf(total, sizeof total, "%zu", w->scan.expected ? w->scan.expected : 2);
	{
		const char *pairs[] = { "n", n, "total", total, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "scan:progress"), pairs);
	}
	term_put(top + 4, x, inner, line, LOOK_NORMAL);
	w->cur_x = editor_draw(&w->prompt, top + 5, x, inner, LOOK_FOCUS);
	w->cur_y = top + 5;
	if (w->scan.problem[0])
		term_wrap(top + 6, x, inner, 3, w->scan.problem, LOOK_ERROR);
}

static bool scan_handles(const wiz *w, ui_action act)
{
	(void)w;
	(void)act;
	return true; /* the box takes every key: a scanner's keys go nowhere else */
}

const ui_view_ops scan_view = {
	.draw = scan_draw, .key = scan_key, .handles = scan_handles,
};
