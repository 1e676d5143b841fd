/* A recorded check run again: its stored answers against other rules
 * (today's, or a new rules file), and what changed in core's result (way
 * in, outcome, deadline, area). Core decides; this only compares. */
#ifndef ED_HISTORY_RERUN_H
#define ED_HISTORY_RERUN_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "history/record.h"

typedef struct hist_rerun {
	ed_raw_answers raw;
	ed_answers a; /* points into raw */
	ed_verdict v;
	hist_record rec; /* the new result, as a record would hold it */
} hist_rerun;

/* Runs old's answers against r; `today` is the default check day. False
 * with why (naming the key, never its value) when the answers are not
 * usable under r. */
bool hist_rerun_make(hist_rerun *out, const hist_record *old, const ed_rules *r,
		     ed_date today, char *why, size_t why_size);
void hist_rerun_free(hist_rerun *x);

/* "way in 144h -> unilateral; deadline A -> B" for the fields that differ
 * between two records, into out ("" when none); returns how many differ */
int hist_rerun_changes(const hist_record *old, const hist_record *now, char *out, size_t size);

#endif
