/* A screen of a flow as a view: its instructions and fields drawn, the
 * keys that move between fields and screens, and F8. The field keys are
 * form_input.c's, what comes next form_flow.c's, the preview below the
 * fields form_preview.c's. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

#include "core/early.h"
#include "core/text.h"
#include "core/verdict.h"
#include "ui/form_flow.h"
#include "ui/form_input.h"
#include "ui/form_preview.h"
#include "ui/group.h"
#include "ui/scan_field.h"

#define LABEL_X 2
#define LABEL_W 27
#define FIELD_X (LABEL_X + LABEL_W + 1)

extern const ui_view_ops form_view;

static const ui_screen *cur_screen(const wiz *w)
{
	return &w->fl->screens[w->screen];
}

static int field_width(void)
{
	return COLS >= 100 ? 30 : 20;
}

/* the usual answers of a screen's empty yes/no fields (screens' default
 * key), set when the screen is shown, so the agent sees and may change them */
static void apply_defaults(wiz *w, size_t si)
{
	const ui_screen *s = &w->fl->screens[si];

	for (size_t i = 0; i < s->n_fields; i++)
		if (s->fields[i].def && !form_value(w, &s->fields[i]))
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

/* The times decide the way in (form_flow's ff_times_field): the first F8
 * goes to the missing time and says why, rather than judging without it;
 * the next F8 judges as the answers stand (a point to confirm). */
static void ask_time(wiz *w, size_t si, size_t fi)
{
	w->times_asked = true;
	go_to(w, si, fi);
	form_field_notes(w, &w->fl->screens[si].fields[fi]);
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
	ff_ctx c;

	if (!form_leave(w, false))
		return;
	c = form_ctx(w);
	bad = ff_screen_problem(&c, w->screen, true, why, sizeof why);
	if (bad >= 0) {
		show_problem(w, w->screen, (size_t)bad, why);
		return;
	}
	if (epass_refused(w))
		return;
	si = ff_next_screen(&c, w->screen);
	if (si < w->fl->n_screens) {
		go_to(w, si, 0);
		return;
	}
	if (ff_flow_problem(&c, true, &si, &fi, why, sizeof why)) {
		show_problem(w, si, fi, why);
		return;
	}
	if (!w->times_asked && ff_times_field(&c, &si, &fi)) {
		ask_time(w, si, fi);
		return;
	}
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
	ff_ctx c = form_ctx(w);

	if (ff_flow_problem(&c, false, &si, &fi, why, sizeof why)) {
		/* a value the file holds does not fit: say which and where */
		const ui_field *f = &w->fl->screens[si].fields[fi];
		const char *pairs[] = { "path", path, "label", f->label, "why", why, NULL };
		go_to(w, si, fi);
		text_fill_pairs(line, sizeof line, wiz_text(w, "msg:opened_bad"), pairs);
		wiz_say_text(w, LOOK_ERROR, line);
		return;
	}
	if (!ff_flow_problem(&c, true, &si, &fi, why, sizeof why)) {
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


/* A complete value moved the focus on by itself (form_flow's
 * ff_value_complete): the Tab or Enter an agent types by habit right
 * after it is taken as said, so no field is skipped unseen. True when
 * this key was that Tab or Enter. */
static bool habit_key(wiz *w, ui_action act, wint_t ch)
{
	bool moved = w->moved_on;

	w->moved_on = false;
	if (!moved || !(act == ACT_ENTER || (act == ACT_NEXT_FIELD && ch == L'\t')))
		return false;
	/* the note said as the value was taken (the loop cleared it with this
	 * key) stays to be read */
	if (w->field > 0)
		form_field_notes(w, &cur_screen(w)->fields[w->field - 1]);
	return true;
}

/* F8: the verdict once every required answer fits, or early when an
 * answer already rules the check out */
static void verdict_key(wiz *w)
{
	size_t si, fi;
	ff_ctx c;

	if (!form_leave(w, false))
		return;
	/* the usual answers of the screens not yet shown count as given:
	 * F8 once every required answer is in */
	for (size_t k = 0; k < w->fl->n_screens; k++)
		apply_defaults(w, k);
	c = form_ctx(w);
	switch (ff_f8(&c, w->times_asked, &si, &fi)) {
	case FF_ASK_TIME:
		ask_time(w, si, fi);
		break;
	case FF_VERDICT:
		wiz_request(w, w->group ? REQ_GROUP : REQ_VERDICT);
		break;
	case FF_EARLY:
		wiz_request(w, REQ_VERDICT_EARLY);
		break;
	case FF_NOT_YET:
		wiz_say(w, LOOK_NORMAL, "msg:no_verdict_yet", NULL);
		break;
	}
}

static void form_key(wiz *w, ui_action act, wint_t ch)
{
	const ui_screen *s = cur_screen(w);
	const ui_field *f = wiz_focus(w);

	if (habit_key(w, act, ch))
		return;
	/* Up/Down (not Tab) move in the candidates while they are listed */
	if ((act == ACT_NEXT_FIELD || act == ACT_PREV_FIELD) && ch != L'\t' && ch != KEY_BTAB && f) {
		ui_candidate c[FORM_CANDIDATES];
		size_t n = form_candidates(w, f, c, FORM_CANDIDATES);
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
		if (form_leave(w, false))
			go_to(w, w->screen, act == ACT_NEXT_FIELD ? (w->field + 1) % s->n_fields :
				 (w->field + s->n_fields - 1) % s->n_fields);
		return;
	case ACT_SCAN:
		wiz_request(w, REQ_SCAN);
		return;
	case ACT_ENTER:
		if (f && form_is_typed(f) && scan_in_field(w, f))
			return; /* a scanner typed a zone's first line here */
		if (f && w->field + 1 < s->n_fields) {
			if (form_leave(w, true))
				go_to(w, w->screen, w->field + 1);
		} else if (form_leave(w, true)) {
			next_screen(w);
		}
		return;
	case ACT_NEXT_SCREEN:
		next_screen(w);
		return;
	case ACT_PREV_SCREEN:
	case ACT_CANCEL:
		if (w->screen > 0)
			go_to(w, w->screen - 1, 0);
		else if (act == ACT_CANCEL && session_must_ask(&w->s))
			wiz_ask(w, ASK_NEW); /* Esc: back to the start, asked */
		else if (act == ACT_CANCEL)
			wiz_request(w, REQ_START);
		else
			wiz_say(w, LOOK_NORMAL, "msg:first_screen", NULL);
		return;
	case ACT_VERDICT:
		verdict_key(w);
		return;
	default:
		break;
	}
	if (!f) {
		/* a step without fields: any other key is said to do nothing */
		wiz_say(w, LOOK_ERROR, "msg:no_field", NULL);
		return;
	}
	/* a key that cannot go on with the value (a letter after 1DEC, a
	 * digit after IND) ends it and starts the next field, as if Tab came
	 * between */
	if (act == ACT_CHAR && !w->ed_fresh && w->field + 1 < s->n_fields) {
		ff_ctx c = form_ctx(w);
		if (ff_value_ended_by(&c, f, form_value(w, f), &s->fields[w->field + 1], ch) &&
		    form_leave(w, false)) {
			go_to(w, w->screen, w->field + 1);
			form_key(w, act, ch);
			return;
		}
	}
	/* a complete value (USA, 2026-12-05) goes on to the screen's next
	 * field, as Tab would; never off the screen by itself */
	if (form_field_key(w, f, act, ch) && w->field + 1 < s->n_fields &&
	    form_leave(w, false)) {
		go_to(w, w->screen, w->field + 1);
		w->moved_on = true;
	}
}

/* What is shown beside a field: the name of a code, the date understood
 * with its weekday, or that the value does not fit. */
static void annotation(const wiz *w, const ui_field *f, bool focused,
		       char *out, size_t size, ui_look *look)
{
	const char *v = form_value(w, f);
	char norm[256], why[512];
	ff_ctx c = form_ctx(w);
	ed_date d;

	out[0] = '\0';
	*look = LOOK_NORMAL;
	if (!v)
		return;
	if (f->af->type == FT_COUNTRY || f->af->type == FT_PORT) {
		const char *name = form_known_name(w, f, v);
		if (name)
			snprintf(out, size, "%s", name);
	} else if (f->af->type == FT_DATE && answers_date(v, w->s.today, &d)) {
		date_format_long(d, out, size);
	} else if (f->def && !strcmp(v, f->def)) {
		snprintf(out, size, "%s", wiz_text(w, "form:default_note"));
	}
	if (!focused && !out[0] &&
	    !ff_value_ok(&c, f, v, norm, sizeof norm, why, sizeof why)) {
		snprintf(out, size, "%s", wiz_text(w, "form:bad_value"));
		*look = LOOK_ERROR;
	}
}

static void draw_value(wiz *w, const ui_field *f, int y, bool focused)
{
	int fw = field_width();
	const char *v = form_value(w, f);
	const char *shown = v ? v : "";
	char note[256];
	ui_look look;

	annotation(w, f, focused, note, sizeof note, &look);
	if (focused && form_is_typed(f)) {
		w->cur_x = editor_draw(&w->ed, y, FIELD_X, fw, LOOK_FOCUS);
		w->cur_y = y;
	} else {
		int vw = fw, cols;
		if (f->af->type == FT_YESNO && v)
			shown = wiz_text(w, !strcmp(v, "yes") ? "yesno:yes" : "yesno:no");
		else if (f->af->type == FT_CHOICE)
			shown = screens_choice_label(f, v);
		/* a choice's words with nothing beside them take the room
		 * there ("Hong Kong or Macao tour", not "... t") */
		cols = (int)text_columns(shown);
		if (f->af->type == FT_CHOICE && !*note && cols > fw)
			vw = cols < COLS - FIELD_X - 2 ? cols : COLS - FIELD_X - 2;
		attron(term_look(focused ? LOOK_FOCUS : LOOK_FIELD));
		mvhline(y, FIELD_X, ' ', vw);
		attroff(term_look(focused ? LOOK_FOCUS : LOOK_FIELD));
		term_put(y, FIELD_X, vw, shown, focused ? LOOK_FOCUS : LOOK_FIELD);
		if (focused) {
			w->cur_y = y;
			w->cur_x = FIELD_X;
		}
	}
	term_put(y, FIELD_X + fw + 2, COLS - (FIELD_X + fw + 2) - 1, note, look);
}


/* the candidates in a small list under the focused field, the
 * highlighted one in the focus colours */
static void draw_candidates(wiz *w, const ui_field *f, int y)
{
	ui_candidate c[FORM_CANDIDATES];
	size_t n = form_candidates(w, f, c, FORM_CANDIDATES);
	int width = COLS - FIELD_X - 2;

	for (size_t i = 0; i < n && y + 1 + (int)i < LINES - 3; i++) {
		char row[300];
		bool other = !strcmp(c[i].value, "other") && c[i].name == rules_text(&w->rules, "slip:port_other");
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
		form_preview_text(w, text, sizeof text);
		if (text[0] && y < LINES - 3)
			y += term_wrap(y, 2, COLS - 4, 2, text, LOOK_GOOD);
	}
	form_ruled_out_text(w, text, sizeof text);
	if (text[0] && y < LINES - 3)
		term_wrap(y, 2, COLS - 4, LINES - 3 - y, text, LOOK_WARN);
	if (focus) {
		form_field_help(w, focus, text, sizeof text);
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
	apply_defaults(w, w->screen);
	w->moved_on = false; /* a Tab after coming back is meant */
	if (r->kind == REQ_FORM && r->u.focus[0])
		form_focus_key(w, r->u.focus);
	form_focus_load(w);
	focus_arrive(w);
	if (r->go_on_typing)
		w->ed_fresh = false; /* 20D, interrupted: the next key adds EC */
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
