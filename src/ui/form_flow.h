/* The form's flow without curses: which field or screen comes next, what
 * is missing or does not fit, what F8 may show, and when a typed value is
 * complete enough to move on by itself. Pure: reads the screens, the raw
 * answers and the rules; changes nothing, draws nothing. */
#ifndef ED_UI_FORM_FLOW_H
#define ED_UI_FORM_FLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "core/answers.h"
#include "core/date.h"
#include "core/rules.h"
#include "ui/screens.h"

/* what the flow is judged on */
typedef struct ff_ctx {
	const ui_flow *fl;
	const ui_screens *scr;    /* common.ini: the words of a refusal */
	const ed_raw_answers *raw;
	const ed_rules *rules;
	ed_date today;
	bool group;    /* a group's trip: no early verdict before its travellers */
} ff_ctx;


/* true when v is empty or fits field f; writes its normal form to norm
 * ("" when empty); else why says so, starting with the field's label and
 * naming what is accepted */
bool ff_value_ok(const ff_ctx *c, const ui_field *f, const char *v,
		 char *norm, size_t nsize, char *why, size_t wsize);

/* the first field of screen si that does not fit (or, with `missing`, is
 * required and empty, or answers no to a step that must be done), or -1;
 * why says what is wrong */
int ff_screen_problem(const ff_ctx *c, size_t si, bool missing, char *why, size_t wsize);

/* the first such field of the flow's screens, in screen order */
bool ff_flow_problem(const ff_ctx *c, bool missing, size_t *si, size_t *fi,
		     char *why, size_t wsize);

/* the next screen after si, or n_screens when si is the last */
size_t ff_next_screen(const ff_ctx *c, size_t si);

/* the field to ask when the times decide the way in (core field_checks'
 * times_decide): the arrival time, else the departure time; false when
 * the times do not decide or no screen asks them */
bool ff_times_field(const ff_ctx *c, size_t *si, size_t *fi);

/* What F8 shows with the answers as they stand (the usual answers of
 * unseen screens already given): the verdict, the missing time first
 * (once: times_asked), an early verdict when an answer rules the check
 * out, or nothing yet. */
typedef enum ff_verdict {
	FF_VERDICT,   /* every required answer is in and fits */
	FF_ASK_TIME,  /* the time at si, fi decides: ask it first */
	FF_EARLY,     /* not complete, but already ruled out */
	FF_NOT_YET    /* not complete */
} ff_verdict;
ff_verdict ff_f8(const ff_ctx *c, bool times_asked, size_t *si, size_t *fi);

/* True when `typed` in field f is a value that is complete and can mean
 * nothing else, so the focus may move on by itself: a full ISO date
 * (2026-12-05) or an airline date with a four-digit year (05DEC2026); in
 * a country or port field, an exact code (USA, PVG) that is no start of
 * any other code or name ("IND" is also the start of Indonesia: no). An
 * airline date with a two-digit year may still grow into a four-digit
 * one, a name may grow: never. */
bool ff_value_complete(const ff_ctx *c, const ui_field *f, const char *typed);

/* True when ch, typed in field f after `typed`, cannot go on with it and
 * so ends it, starting the next field, `next`, as if Tab came between:
 * - a letter after a date that stands (1DEC, 5DEC26; never one that may
 *   still spell the month out: 1JUN then E), when `next` takes letters (a
 *   country, a port, a text). Saves the Tab after an airline date, which
 *   may still grow by a year's digits.
 * - a digit after a country or port Tab would take (IND, ger), when
 *   `next` takes digits (a date, a time, a text, a number): no code or
 *   name holds a digit. */
bool ff_value_ended_by(const ff_ctx *c, const ui_field *f, const char *typed,
		       const ui_field *next, wint_t ch);

#endif
