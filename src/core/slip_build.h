/* TEMPORARY (issue 11): the slip document of a verdict, built from the
 * current slip's texts so that the PDF and the text renderer have real
 * content. When slip.c builds a slipdoc itself (after the "Every way in"
 * rewrite), it replaces this file: slip_render = slip document +
 * slipdoc_text. Pure C, no I/O. */
#ifndef ED_SLIP_BUILD_H
#define ED_SLIP_BUILD_H

#include "core/answers.h"
#include "core/date.h"
#include "core/rules.h"
#include "core/slipdoc.h"
#include "core/verdict.h"

/* the slip of one check; NULL only on out of memory (a document whose
 * `failed` is set is freed and NULL returned) */
slipdoc *slip_build(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today);

/* the Chinese the slip of this check shows: [check] slip_chinese, or by
 * default Simplified for transit (read by mainland airline and border
 * staff) and Traditional for the e-pass (its applicants live in Hong Kong,
 * Macao or Taiwan) */
sd_chinese slip_chinese_for(const ed_answers *a);

#endif
