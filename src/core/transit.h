/* The visa-free transit evaluator (policy.md section 2): answers + rules ->
 * the transit verdict, every regime judged beside it (regime_eval.h); and
 * the preview of a port's scheme as soon as its port and date are known.
 * Pure C: no I/O, no allocation. */
#ifndef ED_TRANSIT_H
#define ED_TRANSIT_H

#include "core/verdict.h"

/* evaluates a transit check; answers must come from answers_parse */
void transit_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out);

/* What the wizard shows as soon as the entry port and date are known. */
typedef struct ed_transit_preview {
	const ed_transit_version *version; /* NULL: no rules for that date */
	const ed_scheme *scheme; /* NULL: no scheme at that port */
	const ed_scheme_entry *entry;
	bool unlisted; /* port not on an incomplete list: confirm */
	ed_moment stay_from;
	ed_moment deadline;
} ed_transit_preview;

/* fills out for an entry at `port_name` on `entry_date`; false when no
 * transit version is in force on that date */
bool transit_preview(const ed_rules *r, const char *port_name, ed_date entry_date,
		     ed_transit_preview *out);

#endif
