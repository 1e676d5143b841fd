/* One check result (issue 16): the answers as far as they go, the rules
 * and the day -> the stage of the check, its verdict, the way in with its
 * deadline and area, the headline and summary lines in rules.ini's words
 * ([verdict], [ways] screen_*), and the slip for that stage. The verdict
 * screen, `check` (text, ini, pdf) and the wizard's preview all show this
 * one result; none of them words a verdict. Pure C: no curses, no I/O. */
#ifndef ED_RESULT_H
#define ED_RESULT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/early.h"
#include "core/error.h"
#include "core/rules.h"
#include "core/slipdoc.h"
#include "core/slipdoc_io.h"
#include "core/verdict.h"

typedef enum ed_stage {
	STAGE_NONE,    /* not a check yet: err names the answer to give */
	STAGE_PREVIEW, /* what the answers so far settle (the itinerary) */
	STAGE_EARLY,   /* not eligible already, from the answers so far: no slip */
	STAGE_REFUSAL, /* an e-pass refusal certain from the answers so far */
	STAGE_VERDICT  /* the complete check */
} ed_stage;

/* how a line reads: the views pick their look (colour, bold) from it */
typedef enum ed_severity {
	SEV_STRONG,       /* a fact to read first: the deadline */
	SEV_ELIGIBLE,
	SEV_CONFIRM,      /* to confirm with border inspection */
	SEV_NOT_ELIGIBLE,
	SEV_PRELIMINARY   /* not eligible already, the check not complete */
} ed_severity;

typedef struct ed_result_line {
	ed_severity sev;
	int indent;  /* columns of a wrapped line's continuation */
	char *text;  /* malloc'd */
} ed_result_line;

#define RESULT_MAX_LINES 6

typedef struct ed_result {
	ed_stage stage;
	/* the answers: p.a; p.known says which were given (all of them at
	 * STAGE_VERDICT); they point into the raw answers and the rules */
	ed_partial p;
	ed_verdict v;
	ed_error err; /* STAGE_NONE: why the answers are not a check yet */
	const ed_way *way_in; /* into v; NULL when none */
	/* the way in, its deadline and area, as the slip words them ("" when
	 * none): the e-pass has no way or area, its deadline is its validity */
	char *way;
	char *deadline_words;
	char *area_words;
	bool has_deadline;
	ed_moment deadline;
	ed_result_line headline;
	ed_result_line lines[RESULT_MAX_LINES];
	size_t n_lines;
	/* the slip for the stage: the document the PDF program gets (refusal
	 * and verdict only) and the text; at STAGE_EARLY the text lists the
	 * conditions failing so far. Malloc'd. */
	slipdoc *doc;
	char *slip;
	bool printable; /* a slip the traveller may hold: refusal, verdict */
	bool failed;    /* out of memory: show err */
} ed_result;

typedef enum ed_result_ask {
	RESULT_COMPLETE, /* the complete check, else STAGE_NONE */
	RESULT_FINAL,    /* also an e-pass refusal from the answers so far */
	RESULT_SO_FAR,   /* also the early verdict (the wizard's F8) */
	RESULT_PREVIEW   /* the preview of the itinerary (result_preview.c) */
} ed_result_ask;

/* Builds the result of `raw` (flow: the wizard's; the raw answers' own
 * flow is used when they name one) checked on `today`; `source` names the
 * answers file in messages (NULL: the wizard's answers). raw must outlive
 * out. Returns false when there is nothing to show (STAGE_NONE, err set). */
bool result_build(ed_result *out, ed_result_ask ask, ed_flow flow, const ed_raw_answers *raw,
		  const ed_rules *r, ed_date today, const char *source);
/* adds the slip of answers already judged elsewhere (a group's traveller,
 * judged with the group: core/group.c) to a set of slips for the printing
 * program; false on out of memory */
bool result_add_slip(sd_slips *s, const ed_answers *a, const ed_verdict *v,
		     const ed_rules *r);
/* the itinerary preview: the headline only (STAGE_PREVIEW), or false
 * while the entry port and date are not both in (result_preview.c) */
bool result_preview(ed_result *out, const ed_raw_answers *raw, const ed_rules *r,
		    ed_date today);
void result_free(ed_result *res);
/* a new copy of the slip document of a refusal or verdict (to print), or
 * NULL when the stage has none or memory runs out */
slipdoc *result_slip_doc(const ed_result *res, const ed_rules *r);

/* The words the verdict screen draws above the slip, in order: the
 * headline, then the summary lines. Returns how many (at most max). */
size_t result_screen_lines(const ed_result *res, const ed_result_line **out, size_t max);
/* The screen as plain text: those lines, then the slip. Malloc'd. */
char *result_screen_text(const ed_result *res);
/* the short words of failing conditions ([verdict] reason_CODE), "a; b",
 * into out; returns how many */
int result_reason_words(const ed_rules *r, unsigned bits, char *out, size_t size);

#endif
