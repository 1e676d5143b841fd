/* The verdict screen: the outcome in words (never by colour alone), the
 * deadline, then the slip itself, the very text F9 prints, scrollable. */
#include "ui/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/slip.h"
#include "core/text.h"
#include "load/answers_io.h"
#include "load/paths.h"
#include "ui/print.h"

/* the conditions already failing, as a slip-like text: the screens' short
 * words, and the rules' fix where it needs no value not yet known */
static char *early_text(const wiz *w, unsigned bits)
{
	text_buf b = {0};
	const char *prefix = rules_text(&w->rules, "slip:fix_prefix");

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

bool verdict_open(wiz *w, bool early)
{
	ed_error err = {0};
	unsigned bits;

	free(w->slip);
	w->slip = NULL;
	w->scroll = 0;
	if (answers_parse(&w->raw, &w->rules, w->today, NULL, &w->ans, &err)) {
		verdict_evaluate(&w->ans, &w->rules, &w->verdict);
		/* the same text `entrydesk check` prints for these answers */
		w->slip = slip_render(&w->ans, &w->verdict, &w->rules, w->ans.date);
		w->verdict_full = true;
		w->view = VIEW_VERDICT;
		{
			const char *draft = paths_draft();
			if (draft)
				unlink(draft); /* the check is complete */
		}
		return true;
	}
	bits = verdict_rule_out(w->fl->flow, &w->raw, &w->rules, w->today);
	if (early && bits) {
		memset(&w->verdict, 0, sizeof w->verdict);
		w->verdict.flow = w->fl->flow;
		w->verdict.outcome = OUTCOME_NOT_ELIGIBLE;
		w->verdict.reasons = bits;
		w->slip = early_text(w, bits);
		w->verdict_full = false;
		w->view = VIEW_VERDICT;
		return true;
	}
	snprintf(w->msg, sizeof w->msg, "%s", err.msg);
	w->msg_look = LOOK_ERROR;
	form_focus_key(w, err.section, err.key);
	return false;
}

void verdict_close(wiz *w)
{
	w->view = VIEW_FORM;
	form_focus_load(w);
}

/* the slip's lines: count, or the start and length of line i */
static size_t slip_lines(const char *s, size_t want, const char **start, size_t *len)
{
	size_t n = 0;
	while (s && *s) {
		size_t l = strcspn(s, "\n");
		if (n == want && start) {
			*start = s;
			*len = l;
		}
		n++;
		s += l;
		if (*s == '\n')
			s++;
	}
	return n;
}

static int body_top(void)
{
	return 6;
}

static int body_rows(void)
{
	return LINES - 3 - body_top();
}

void verdict_draw(wiz *w)
{
	const ed_verdict *v = &w->verdict;
	char line[800], when[32];
	const char *okey;
	ui_look look;
	size_t n, i;
	int y;

	{
		const char *pairs[] = { "flow", w->fl->title, NULL };
		term_fill(line, sizeof line, wiz_text(w, "verdict:title"), pairs);
		wiz_titlebar(w, line);
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
		term_fill(line, sizeof line, wiz_text(w, okey), pairs);
		term_put(2, 2, COLS - 4, line, look);
	}
	line[0] = '\0';
	if (w->verdict_full && v->flow == FLOW_TRANSIT && v->has_deadline) {
		moment_format(v->deadline, when, sizeof when);
		const char *pairs[] = { "deadline", when, NULL };
		term_fill(line, sizeof line, wiz_text(w, "verdict:deadline"), pairs);
	} else if (w->verdict_full && v->flow == FLOW_EPASS &&
		   v->outcome == OUTCOME_ELIGIBLE) {
		moment_format(v->valid_until, when, sizeof when);
		const char *pairs[] = { "deadline", when, NULL };
		term_fill(line, sizeof line, wiz_text(w, "verdict:valid_until"), pairs);
	} else if (!w->verdict_full) {
		snprintf(line, sizeof line, "%s", wiz_text(w, "verdict:incomplete"));
	}
	term_wrap(3, 2, COLS - 4, 2, line, LOOK_BOLD);
	mvhline(5, 0, ACS_HLINE, COLS);
	n = slip_lines(w->slip, (size_t)-1, NULL, NULL);
	if (w->scroll > (int)n - body_rows())
		w->scroll = (int)n - body_rows();
	if (w->scroll < 0)
		w->scroll = 0;
	y = body_top();
	for (i = (size_t)w->scroll; i < n && y < body_top() + body_rows(); i++, y++) {
		const char *s = NULL;
		size_t len = 0;
		char buf[1024];
		slip_lines(w->slip, i, &s, &len);
		snprintf(buf, sizeof buf, "%.*s", (int)len, s);
		term_put(y, 0, COLS, buf, LOOK_NORMAL);
	}
	wiz_helpline(w, wiz_text(w, "verdict:help"));
	{
		static const char *const keys[] = {
			"help", "save", "print", "back", "new", "quit", NULL
		};
		wiz_keybar(w, keys);
	}
	w->cur_y = 2; /* on the outcome: what a screen reader should read */
	w->cur_x = 2;
}

void verdict_key(wiz *w, ui_action act, wint_t ch)
{
	int page = body_rows() - 1;

	switch (act) {
	case ACT_NEXT_FIELD:
	case ACT_ENTER:
		w->scroll++;
		break;
	case ACT_PREV_FIELD:
		w->scroll--;
		break;
	case ACT_NEXT_SCREEN:
		w->scroll += page;
		break;
	case ACT_CHAR:
		if (ch == L' ')
			w->scroll += page;
		else if (ch == L'b')
			w->scroll -= page;
		break;
	case ACT_HOME:
		w->scroll = 0;
		break;
	case ACT_END:
		w->scroll = 1 << 20;
		break;
	case ACT_PREV_SCREEN:
	case ACT_CANCEL:
		verdict_close(w);
		break;
	case ACT_PRINT:
		verdict_print(w);
		break;
	default:
		break;
	}
	if (w->scroll < 0)
		w->scroll = 0;
}

void verdict_print(wiz *w)
{
	ed_error err = {0};
	char why[512];
	const char *printer;

	if (!w->verdict_full || !w->slip) {
		wiz_say(w, LOOK_ERROR, "verdict:incomplete", NULL);
		return;
	}
	if (w->o->print_to) {
		if (file_save_private(w->o->print_to, w->slip, &err)) {
			const char *pairs[] = { "where", w->o->print_to, NULL };
			wiz_say(w, LOOK_GOOD, "msg:printed", pairs);
		} else {
			const char *pairs[] = { "why", err.msg, NULL };
			wiz_say(w, LOOK_ERROR, "msg:print_failed", pairs);
			wiz_ask(w, ASK_SAVE_SLIP);
		}
		return;
	}
	printer = w->o->printer ? w->o->printer : getenv("PRINTER");
	if (printer && !*printer)
		printer = NULL;
	if (print_slip(w->slip, printer, why, sizeof why)) {
		const char *pairs[] = {
			"where", printer ? printer : wiz_text(w, "msg:default_printer"), NULL
		};
		wiz_say(w, LOOK_GOOD, "msg:printed", pairs);
	} else {
		const char *pairs[] = { "why", why, NULL };
		wiz_say(w, LOOK_ERROR, "msg:print_failed", pairs);
		wiz_ask(w, ASK_SAVE_SLIP);
	}
}
