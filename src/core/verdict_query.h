/* Questions asked of a finished verdict: its way in and policy, the areas
 * and exit ports, how a way's stay counts, the arrival card. They read a
 * verdict; none evaluates one. */
#ifndef ED_VERDICT_QUERY_H
#define ED_VERDICT_QUERY_H

#include "core/verdict.h"

/* the recommended way in, or NULL when a visa is needed */
const ed_way *verdict_way_in(const ed_verdict *v);

/* The failing conditions that decide, of the reason bits `reasons`, as
 * every output names them: a passport that expires before the trip ends
 * leaves nothing else worth reading (regimes-2026.md 8, item 9), so that
 * one alone; else all. */
unsigned reasons_deciding(unsigned reasons);
/* The policy that decided the verdict (issue 15, item 7): the way in's
 * own version (an entry, group or passport-type regime), the transit
 * version for a 72/144/240-hour transit, the 24-hour regime itself for the
 * direct transit, the passport rule ([ways] policy_passport) for a passport
 * that expires before the trip ends; with no way in, the transit version
 * in force (or the e-pass version). Returns false when none is in force. */
typedef struct ed_policy {
	const char *section; /* "regime_version.unilateral_2024", "regime.24h" */
	const char *label;
	const char *label_zh; /* may be NULL */
	const char *source;
	char buf[80]; /* holds section when it is made up */
} ed_policy;
bool verdict_policy(const ed_verdict *v, const ed_rules *r, ed_policy *out);
/* the online arrival card applies to the way in (regimes-2026.md 8, 10):
 * entry from [rules] arrival_card_from, a way in not exempt */
bool verdict_arrival_card(const ed_verdict *v, const ed_answers *a, const ed_rules *r);
/* how the way's stay in days counts for this nationality (a transit way
 * or a stay in hours: from 00:00 after entry) */
ed_stay_count way_stay_count(const ed_way *w, const char *nationality);
/* the areas of a way: ids of rules.ini, or none for the whole mainland;
 * writes up to max pointers, returns the count */
size_t way_areas(const ed_verdict *v, const ed_way *w, const ed_area **out, size_t max);

/* the areas the traveller may stay in: one, or all of a cross-area scheme.
 * Writes up to max pointers; returns how many there are. */
size_t verdict_areas(const ed_verdict *v, const ed_area **out, size_t max);
/* the designated exit ports for the verdict's area; returns the count */
size_t verdict_exit_ports(const ed_verdict *v, const ed_port **out, size_t max);

#endif
