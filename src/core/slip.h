/* The printed slip (plain UTF-8, at most 80 columns, CJK counted as 2) and
 * the machine-readable [verdict] section, both from a verdict. Every word
 * of them comes from the rules' text sections. Pure: returns malloc'd text. */
#ifndef ED_SLIP_H
#define ED_SLIP_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/error.h"
#include "core/rules.h"
#include "core/verdict.h"

#define SLIP_WIDTH 80

/* the slip text, lines of at most SLIP_WIDTH columns; `today` is the day
 * the slip is made (for the rules-age warning). NULL only on out of memory */
char *slip_render(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today);

/* An e-pass refusal slip from the answers given so far (early.h
 * epass_refusal_so_far): as slip_render, but an answer whose known[AK_x]
 * is false is printed as not given or left out, never a stand-in. */
char *slip_render_known(const ed_answers *a, const bool *known, const ed_verdict *v,
			const ed_rules *r, ed_date today);

/* the [section] of `entrydesk check --format ini` */
char *report_ini(const char *section, const ed_answers *a, const ed_verdict *v,
		 const ed_rules *r);

/* TEMPORARY for the slip document (issue 11) until slip.c builds a
 * slipdoc itself: the text `tmpl` with its {placeholders} filled as on
 * the slip, after setting the NULL-terminated name/value pairs `extra`
 * (e.g. the Chinese forms of dates). malloc'd; NULL on out of memory. */
char *slip_fill(const ed_answers *a, const ed_verdict *v, const ed_rules *r,
		const char *tmpl, const char *const *extra);
/* a passport or permit number as printed: all but its last 3 characters
 * as '*', enough to match the document, not enough to copy it */
void slip_mask(const char *s, char *out, size_t size);

/* checks that rules.ini has every text the slip uses (at load time) */
bool slip_check_texts(const ed_rules *r, ed_error *err);

#endif
