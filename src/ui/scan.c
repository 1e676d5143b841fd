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

extern const ui_view_ops scan_view;

void scan_open(wiz *w, bool for_group, const char *first_line)
{
	ui_popup *p = wiz_popup_open(w, MODAL_SCAN);

	p->scan.for_group = for_group;
	if (first_line && *first_line) {
		snprintf(p->scan.lines[0], sizeof p->scan.lines[0], "%s", first_line);
		p->scan.n = 1;
		p->scan.expected = mrz_lines_expected(first_line);
	}
}

/* the traveller screen gets the zone's values; the focus goes to its
 * first field still empty */
static void fill_form(wiz *w, const ed_mrz_value *v, size_t n)
{
	size_t screen = 0;
	const ui_field *first = wiz_field_of(w, AK_PASSPORT_EXPIRY, &screen);
	const ui_screen *s;

	for (size_t i = 0; i < n; i++)
		if (wiz_field_of(w, v[i].key, NULL))
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
	snprintf(wiz_request_with(w, REQ_FORM)->u.focus, sizeof w->request.u.focus, "%s:%s",
		 first->af->section, first->af->key);
}

/* a nationality that needs a word first: the note box */
static void show_note(wiz *w, const ed_mrz_nationality *nat, const ed_mrz_value *v, size_t n)
{
	ui_popup *p = wiz_popup_open(w, MODAL_NOTE);

	p->scan.note = nat->note;
	p->scan.note_source = nat->source;
	p->scan.offer_epass = w->s.flow == FLOW_TRANSIT && !strcasecmp(nat->iso, "CHN");
	for (size_t i = 0; p->scan.offer_epass && i < n; i++)
		if (v[i].key == AK_NAME || v[i].key == AK_GENDER)
			p->scan.carry[p->scan.n_carry++] = v[i];
}

/* the zone's lines are all in: read, verify, fill */
static void scan_done(wiz *w)
{
	const char *lines[MRZ_MAX_LINES];
	ed_mrz m;
	ed_mrz_nationality nat;
	ed_mrz_value v[MRZ_FILL_MAX];
	char why[300];
	ui_popup *p = wiz_popup(w);
	size_t n = p->scan.n;
	bool ok, for_group = p->scan.for_group;

	for (size_t i = 0; i < MRZ_MAX_LINES; i++)
		lines[i] = p->scan.lines[i];
	ok = mrz_parse(lines, n, w->s.today, &m, why, sizeof why);
	wiz_popup_close(w); /* the lines are wiped */
	if (!ok) {
		const char *pairs[] = { "why", why, NULL };
		wiz_say(w, LOOK_ERROR, "scan:failed", pairs);
		return;
	}
	if (!mrz_nationality(&w->rules, m.nationality, &nat)) {
		const char *pairs[] = { "code", m.nationality, NULL };
		wiz_say(w, LOOK_ERROR, "scan:unknown_code", pairs);
		wiz_wipe(&m, sizeof m);
		return;
	}
	if (for_group) { /* the group's list takes it */
		ui_req *r = wiz_request_with(w, REQ_ADD_TRAVELLER);
		r->u.read.mrz = m;
		r->u.read.nat = nat;
		wiz_wipe(&m, sizeof m);
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
	wiz_wipe(&m, sizeof m);
	wiz_wipe(v, sizeof v);
}

static void scan_line(wiz *w)
{
	ui_popup *p = wiz_popup(w);
	char line[UI_EDIT_MAX * 4];
	size_t len;

	editor_get(&p->line, line, sizeof line);
	editor_set(&p->line, NULL);
	len = strlen(line);
	while (len && strchr(" \t\r", line[len - 1]))
		line[--len] = '\0';
	p->scan.problem[0] = '\0';
	if (p->scan.n == 0) {
		p->scan.expected = mrz_lines_expected(line);
		if (!p->scan.expected) {
			snprintf(p->scan.problem, sizeof p->scan.problem, "%s",
				 wiz_text(w, "scan:not_first"));
			wiz_wipe(line, sizeof line);
			return;
		}
	}
	/* a longer line cannot be the zone's: mrz_parse names its length */
	snprintf(p->scan.lines[p->scan.n++], sizeof p->scan.lines[0], "%.*s",
		 (int)(len > MRZ_MAX_LINE + 1 ? MRZ_MAX_LINE + 1 : len), line);
	wiz_wipe(line, sizeof line);
	if (p->scan.n >= p->scan.expected || p->scan.n >= MRZ_MAX_LINES)
		scan_done(w);
}

static void scan_key(wiz *w, ui_action act, wint_t ch)
{
	ui_popup *p = wiz_popup(w);

	if (p->kind == MODAL_NOTE) {
		bool yes = act == ACT_CHAR && (ch == L'y' || ch == L'Y');
		if (yes && p->scan.offer_epass) {
			/* the new check takes the name and gender read */
			ui_req *r = wiz_request_with(w, REQ_BEGIN_EPASS);
			memcpy(r->u.carry.v, p->scan.carry, sizeof r->u.carry.v);
			r->u.carry.n = p->scan.n_carry;
		}
		wiz_popup_close(w); /* the carried values are wiped */
		return;
	}
	if (act == ACT_CANCEL)
		wiz_popup_close(w);
	else if (act == ACT_ENTER)
		scan_line(w);
	else if (act != ACT_NONE)
		editor_key(&p->line, act, ch);
}

static void note_draw(wiz *w, const ui_popup *p)
{
	int width = COLS - 8 > 76 ? 76 : COLS - 8, inner = width - 4;
	int top = 2, rows = LINES - 6, x, y;
	char text[3000];

	snprintf(text, sizeof text, "%s (%s)", p->scan.note ? p->scan.note : "",
		 p->scan.note_source ? p->scan.note_source : "");
	x = widget_box(top, rows, width);
	term_put(top + 1, x, inner, wiz_text(w, "scan:note_title"), LOOK_BOLD);
	y = top + 3;
	y += term_wrap(y, x, inner, rows - 7, text, LOOK_WARN);
	term_wrap(y + 1, x, inner, top + rows - 2 - y,
		  wiz_text(w, p->scan.offer_epass ? "scan:offer_epass" : "scan:note_close"),
		  LOOK_BOLD);
	w->cur_y = top + rows - 2;
	w->cur_x = x;
}

static void scan_draw(wiz *w)
{
	int width = COLS - 8 > 72 ? 72 : COLS - 8, inner = width - 4;
	int top = LINES / 2 - 5, x;
	char n[24], total[24], line[200];
	ui_popup *p = wiz_popup(w);

	if (p->kind == MODAL_NOTE) {
		note_draw(w, p);
		return;
	}
	x = widget_box(top, 10, width);
	term_wrap(top + 1, x, inner, 3, wiz_text(w, "scan:prompt"), LOOK_BOLD);
	snprintf(n, sizeof n, "%zu", p->scan.n + 1);
	snprintf(total, sizeof total, "%zu", p->scan.expected ? p->scan.expected : 2);
	{
		const char *pairs[] = { "n", n, "total", total, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "scan:progress"), pairs);
	}
	term_put(top + 4, x, inner, line, LOOK_NORMAL);
	w->cur_x = editor_draw(&p->line, top + 5, x, inner, LOOK_FOCUS);
	w->cur_y = top + 5;
	if (p->scan.problem[0])
		term_wrap(top + 6, x, inner, 3, p->scan.problem, LOOK_ERROR);
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
