/* The verdict screen: the outcome in words (never by colour alone), the
 * deadline, then the slip itself, the very text F9 prints, scrollable. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/early.h"
#include "core/evaluate.h"
#include "core/slip.h"
#include "core/text.h"
#include "core/verdict_query.h"
#include "load/answers_io.h"

extern const ui_view_ops verdict_view;

/* the conditions already failing, as a slip-like text: the screens' short
 * words, and the rules' fix where it needs no value not yet known */
static char *early_text(const wiz *w, unsigned bits)
{
	text_buf b = {0};
	const char *prefix = rules_text(&w->rules, "slip:fix_prefix");
	char asof[16], line[256];

	/* as on the full slip: a verdict is only as good as its rules' date */
	date_format(rules_newest_as_of(&w->rules), asof, sizeof asof);
	{
		const char *pairs[] = { "date", asof, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:rules_as_of"), pairs);
		text_wrap(&b, line, SLIP_WIDTH, "", "");
		text_wrap(&b, "", SLIP_WIDTH, "", "");
	}
	for (int r = 0; r < R_COUNT; r++) {
		char key[96], fix[1024];
		const char *t;
		if (!((bits >> r) & 1u))
			continue;
		snprintf(key, sizeof key, "ruled_out:%s", reason_code((ed_reason)r));
		text_wrap(&b, wiz_text(w, key), SLIP_WIDTH, "- ", "  ");
		snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)r));
		t = rules_text(&w->rules, key);
		if (!t || strchr(t, '{'))
			continue;
		snprintf(fix, sizeof fix, "%s %s", prefix ? prefix : "", t);
		text_wrap(&b, fix, SLIP_WIDTH, "  ", "  ");
	}
	return text_buf_take(&b);
}

/* the check goes on record; the agent hears once when it cannot */
static void record(wiz *w)
{
	char why[1500];

	if (recording_keep(&w->rec, &w->s.raw, &w->ans, &w->verdict, &w->rules, w->s.today, why,
			   sizeof why))
		wiz_say(w, LOOK_WARN, "msg:not_recorded", (const char *const[]){ "why", why, NULL });
}

/* Enters the verdict: evaluates the answers (or, for an early verdict,
 * the conditions already failing); back to the form, on the field to
 * correct, when the answers do not make a check yet. */
static void verdict_enter(wiz *w, const ui_req *r)
{
	bool early = r->kind == REQ_VERDICT_EARLY;
	ed_error err = {0};
	unsigned bits;

	free(w->slip);
	w->slip = NULL;
	w->scroll = 0;
	if (answers_parse(&w->s.raw, &w->rules, w->s.today, NULL, &w->ans, &err)) {
		verdict_evaluate(&w->ans, &w->rules, &w->verdict);
		/* the same text `entrydesk check` prints for these answers */
		w->slip = slip_render(&w->ans, &w->verdict, &w->rules, w->ans.date);
		w->verdict_full = true;
		session_forget_draft(&w->s); /* the check is complete */
		record(w);
		return;
	}
	if (early && w->fl->flow == FLOW_EPASS) {
		/* an e-pass refusal certain from the answers so far: final, and
		 * its slip prints only what was answered */
		static ed_partial p; /* the slip's answers point into it */
		if (epass_refusal_so_far(&w->s.raw, &w->rules, w->s.today, &p, &w->verdict)) {
			w->slip = slip_render_known(&p.a, p.known, &w->verdict, &w->rules,
						    p.a.date);
			w->verdict_full = true;
			session_forget_draft(&w->s);
			return;
		}
	}
	bits = verdict_rule_out(w->fl->flow, &w->s.raw, &w->rules, w->s.today);
	if (early && bits) {
		memset(&w->verdict, 0, sizeof w->verdict);
		w->verdict.flow = w->fl->flow;
		w->verdict.outcome = OUTCOME_NOT_ELIGIBLE;
		w->verdict.reasons = bits;
		w->slip = early_text(w, bits);
		w->verdict_full = false;
		return;
	}
	wiz_say_text(w, LOOK_ERROR, err.msg);
	snprintf(wiz_request_with(w, REQ_FORM)->u.focus, sizeof w->request.u.focus, "%s:%s",
		 err.section, err.key);
}

/* the phrases of the set bits, "a; b; c", from common.ini [section];
 * returns how many */
static int phrases(const wiz *w, const char *section, unsigned bits, int count,
		   const char *(*code)(int), char *out, size_t size)
{
	size_t n = 0;
	int k = 0;

	out[0] = '\0';
	for (int i = 0; i < count; i++) {
		char key[96];
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "%s:%s", section, code(i));
		if (n < size)
			n += (size_t)snprintf(out + n, size - n, "%s%s", k ? "; " : "",
					      wiz_text(w, key));
		k++;
	}
	return k;
}

static const char *reason_at(int i) { return reason_code((ed_reason)i); }
static const char *review_at(int i) { return review_code((ed_review)i); }

/* The fixed top of the verdict screen, from row 3: the deadline only when
 * it is granted; when not eligible, the failing conditions in short words
 * (the slip below may be long: they must not hide 20 lines down); the
 * points border inspection confirms. Returns the next free row. */
static int draw_summary(wiz *w, int y)
{
	const ed_verdict *v = &w->verdict;
	int width = COLS - 4;
	char line[1600], list[1200], count[16], when[32];
	/* transit: the way in decides what the top says (issue 9) */
	const ed_way *in = verdict_way_in(v);
	ed_moment until = in ? in->until : v->deadline;
	unsigned reasons = v->flow == FLOW_TRANSIT && in ? 0 : v->reasons;
	unsigned reviews = in ? in->reviews : v->reviews;

	if (!w->verdict_full) {
		y += term_wrap(y, 2, width, 2, wiz_text(w, "verdict:incomplete"), LOOK_BOLD);
	} else if (v->flow == FLOW_TRANSIT && in && in->has_until) {
		moment_format(until, when, sizeof when);
		const char *pairs[] = { "deadline", when, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:deadline"), pairs);
		y += term_wrap(y, 2, width, 2, line, LOOK_BOLD);
	} else if (v->outcome == OUTCOME_ELIGIBLE && v->flow == FLOW_EPASS) {
		moment_format(v->valid_until, when, sizeof when);
		const char *pairs[] = { "deadline", when, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:valid_until"), pairs);
		y += term_wrap(y, 2, width, 2, line, LOOK_BOLD);
	}
	if (w->verdict_full && v->flow == FLOW_TRANSIT && in && v->reasons) {
		/* another way in succeeded where the transit scheme failed: name
		 * both, so ELIGIBLE never stands above a failing condition alone */
		const char *failed = v->port_scheme ? v->port_scheme->id : "";
		const char *way = in->version ? in->version->label : in->regime->label;
		phrases(w, "ruled_out", v->reasons, R_COUNT, reason_at, list, sizeof list);
		const char *pairs[] = { "failed", failed, "reasons", list, "way", way, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:other_way"), pairs);
		y += term_wrap(y, 2, width, 3, line, LOOK_WARN);
	}
	if (w->verdict_full && reasons) {
		int k = phrases(w, "ruled_out", reasons, R_COUNT, reason_at, list,
				sizeof list);
		snprintf(count, sizeof count, "%d", k);
		const char *pairs[] = { "count", count, "reasons", list, NULL };
		text_fill_pairs(line, sizeof line,
			  wiz_text(w, k == 1 ? "verdict:fails_one" : "verdict:fails"), pairs);
		y += term_wrap(y, 2, width, 4, line, LOOK_ERROR);
	}
	if (w->verdict_full && reviews) {
		phrases(w, "review", reviews, V_COUNT, review_at, list, sizeof list);
		const char *pairs[] = { "points", list, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:to_confirm"), pairs);
		y += term_wrap(y, 2, width, 3, line, LOOK_WARN);
	}
	return y;
}

/* the slip's rows below the top area, without the key bar and help line */
static int body_rows(const wiz *w)
{
	return LINES - 3 - w->verdict_top;
}

static void verdict_draw(wiz *w)
{
	const ed_verdict *v = &w->verdict;
	char line[800];
	const char *okey;
	ui_look look;
	size_t n, i;
	int y, rows;
	bool more;

	{
		const char *pairs[] = { "flow", w->fl->title, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, "verdict:title"), pairs);
		widget_titlebar(w, line);
	}
	if (!w->verdict_full) {
		okey = "verdict:preliminary";
		look = LOOK_ERROR;
	} else if (v->outcome == OUTCOME_ELIGIBLE) {
		okey = "verdict:eligible";
		look = LOOK_GOOD;
	} else if (v->outcome == OUTCOME_REVIEW) {
		okey = "verdict:review";
		look = LOOK_WARN;
	} else {
		okey = "verdict:not_eligible";
		look = LOOK_ERROR;
	}
	{
		const char *scheme = v->flow == FLOW_TRANSIT ? verdict_scheme_id(v) : "";
		const char *pairs[] = { "flow", w->fl->title, "scheme", scheme, NULL };
		text_fill_pairs(line, sizeof line, wiz_text(w, okey), pairs);
		if (w->verdict_full && v->flow == FLOW_TRANSIT) {
			/* the header names the way in, in rules.ini's words */
			const ed_way *in = verdict_way_in(v);
			const char *way[] = { "way", in ? in->version ? in->version->label :
					      in->regime->label : "", NULL };
			okey = !in ? v->passport_expired ? "ways:screen_renew" : "ways:screen_visa" :
			       in->outcome == OUTCOME_ELIGIBLE ?
			       "ways:screen_eligible" : "ways:screen_review";
			look = !in ? LOOK_ERROR : in->outcome == OUTCOME_ELIGIBLE ? LOOK_GOOD : LOOK_WARN;
			text_fill_pairs(line, sizeof line, rules_text(&w->rules, okey), way);
		}
		term_put(2, 2, COLS - 4, line, look);
	}
	y = draw_summary(w, 3);
	mvhline(y, 0, ACS_HLINE, COLS);
	w->verdict_top = y + 1;
	n = text_lines(w->slip, (size_t)-1, NULL, NULL);
	rows = body_rows(w);
	/* the last row says there is more, so the slip never just stops */
	more = (int)n > rows;
	if (more)
		rows--;
	if (w->scroll > (int)n - rows)
		w->scroll = (int)n - rows;
	if (w->scroll < 0)
		w->scroll = 0;
	y = w->verdict_top;
	for (i = (size_t)w->scroll; i < n && y < w->verdict_top + rows; i++, y++) {
		const char *s = NULL;
		size_t len = 0;
		char buf[1024];
		text_lines(w->slip, i, &s, &len);
		snprintf(buf, sizeof buf, "%.*s", (int)len, s);
		term_put(y, 0, COLS, buf, LOOK_NORMAL);
	}
	if (more) {
		char first[16], last[16], total[16];
		snprintf(first, sizeof first, "%d", w->scroll + 1);
		snprintf(last, sizeof last, "%d", w->scroll + rows);
		snprintf(total, sizeof total, "%zu", n);
		const char *pairs[] = { "first", first, "last", last, "total", total, NULL };
		text_fill_pairs(line, sizeof line,
			  wiz_text(w, w->scroll + rows < (int)n ? "verdict:more" : "verdict:end"),
			  pairs);
		term_put(w->verdict_top + rows, 0, COLS, line, LOOK_BOLD);
	}
	widget_helpline(w, wiz_text(w, w->verdict_full ? "verdict:help" : "verdict:help_early"));
	widget_keybar(w, &verdict_view);
	w->cur_y = 2; /* on the outcome: what a screen reader should read */
	w->cur_x = 2;
}

static void verdict_key(wiz *w, ui_action act, wint_t ch)
{
	int page = body_rows(w) - 2;

	if (page < 1)
		page = 1;
	if (widget_scroll_key(&w->scroll, act, ch, page))
		return;
	switch (act) {
	case ACT_CHAR:
		wiz_say(w, LOOK_ERROR, "msg:unknown_key", NULL);
		break;
	case ACT_PREV_SCREEN:
		/* PgUp pages up through the slip; at its top it goes back, as
		 * it does on every screen */
		if (w->scroll > 0)
			w->scroll = w->scroll > page ? w->scroll - page : 0;
		else
			wiz_request(w, REQ_FORM);
		break;
	case ACT_CANCEL:
		wiz_request(w, REQ_FORM);
		break;
	case ACT_PRINT:
		if (!w->verdict_full || !w->slip) /* an early verdict has no slip */
			wiz_say(w, LOOK_ERROR, "verdict:incomplete", NULL);
		else
			wiz_request(w, REQ_PRINT);
		break;
	default:
		break;
	}
}

static bool verdict_handles(const wiz *w, ui_action act)
{
	(void)w;
	switch (act) {
	case ACT_VERDICT: case ACT_LEFT: case ACT_RIGHT: case ACT_DELETE:
	case ACT_BACKSPACE: case ACT_CLEAR:
		return false;
	default:
		return true;
	}
}

/* the verdict's own words for the bar's slots */
static const char *verdict_label(const wiz *w, ui_action act)
{
	if (act == ACT_NEXT_SCREEN)
		return "keys:page";
	if (act == ACT_PRINT && w->printing)
		return "keys:cancel_print";
	if (act == ACT_PRINT && !w->verdict_full)
		return ""; /* blank: no slip to print yet (F9 says why) */
	return NULL;
}

const ui_view_ops verdict_view = {
	.enter = verdict_enter, .draw = verdict_draw, .key = verdict_key,
	.handles = verdict_handles, .label = verdict_label,
};
