/* The slip of a verdict as a document (slipdoc), the text slip drawn from
 * it (plain UTF-8, at most 80 columns, CJK counted as 2). Every word
 * of them comes from the rules' text sections. Pure: returns malloc'd text. */
#ifndef ED_SLIP_H
#define ED_SLIP_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/error.h"
#include "core/rules.h"
#include "core/slipdoc.h"
#include "core/verdict.h"

#define SLIP_WIDTH 80

/* the slip text, lines of at most SLIP_WIDTH columns; `today` is the day
 * the slip is made (for the rules-age warning). NULL only on out of memory */
char *slip_render(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today);

/* slip_doc for the answers given so far (an e-pass refusal, early.h
 * epass_refusal_so_far): an answer whose known[AK_x] is false is printed
 * as not given or left out, never a stand-in (known NULL: all given) */
slipdoc *slip_doc_known(const ed_answers *a, const bool *known, const ed_verdict *v,
			const ed_rules *r, ed_date today);

/* `tmpl` filled with the slip's own placeholders for this verdict, {way}
 * {way_until} {way_area} those of its way in: the words the screen shares
 * with the slip (core/result.c). Malloc'd; NULL only on out of memory. */
char *slip_fill_way(const ed_answers *a, const bool *known, const ed_verdict *v,
		    const ed_rules *r, const char *tmpl);

/* the slip as a document (English and Simplified Chinese), which the
 * text slip and the PDF both draw; NULL only on out of memory */
slipdoc *slip_doc(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today);

/* the Chinese the slip of this check shows: [check] slip_chinese, or by
 * default Simplified for transit (read by mainland airline and border
 * staff) and Traditional for the e-pass (its applicants live in Hong Kong,
 * Macao or Taiwan) */
sd_chinese slip_chinese_for(const ed_answers *a);

/* a passport or permit number as printed: all but its last 3 characters
 * as '*', enough to match the document, not enough to copy it */
void slip_mask(const char *s, char *out, size_t size);

#endif
