/* Early verdicts: what the answers given so far already decide, whatever
 * the remaining answers. "Not eligible" is said early only when no way in
 * can apply any more: each way in (a transit scheme, the 24-hour direct
 * transit, and the regimes to come) has its own "can it still apply?"
 * test in the table of early.c. verdict_rule_out below uses them. */
#ifndef ED_EARLY_H
#define ED_EARLY_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/rules.h"

/* The answers so far: those that parse, harmless stand-ins for the rest,
 * and which ones were given. */
typedef struct ed_partial {
	ed_answers a;
	bool known[AK_COUNT];
	ed_date today;
} ed_partial;

void partial_build(ed_flow flow, const ed_raw_answers *raw, const ed_rules *r, ed_date today,
		   ed_partial *out);

/* One way into mainland China. can_apply: false only when the known
 * answers rule it out, whatever the others will be. */
struct ed_verdict;

typedef struct ed_way_in {
	const char *id;
	bool (*can_apply)(const ed_partial *p, const ed_rules *r);
} ed_way_in;

/* the transit flow's ways in, ending with { NULL, NULL } */
extern const ed_way_in transit_ways_in[];

/* the port's visa-free transit scheme: the conditions that already fail
 * on known answers, bits (1u << R_x); 0 while it can still apply */
unsigned scheme_fails_already(const ed_partial *p, const ed_rules *r);
/* the 24-hour direct transit (Law, Art. 22(3)): can it still apply? */
bool direct_can_apply(const ed_partial *p, const ed_rules *r);
/* The way in the answers so far lead to, on the most favourable rest
 * (a confirmed seat, a third country, the same port out, times that fit):
 * what the wizard previews once the nationality, port and date are in.
 * Fills v; returns false while the nationality, entry port or entry date
 * is not given (the port's own scheme is all that can be said then). */
bool preview_way_in(const ed_partial *p, const ed_rules *r, struct ed_verdict *v);
/* the entry and departure times decide the way in: the dates are known,
 * a time is not, and the way in on the most favourable rest is the
 * 24-hour direct transit to confirm (issue 15: ask, do not judge) */
bool times_decide_way_in(const ed_partial *p, const ed_rules *r);

/* An e-pass refusal from the answers so far, for a refusal slip built only
 * from what was answered: fills p (p->known says which answers were given)
 * and v, the verdict with only the reasons the given answers decide and
 * outcome not eligible. Returns true when a refusal is certain; false (v
 * untouched) while every refusal still depends on answers to come. */
bool epass_refusal_so_far(const ed_raw_answers *raw, const ed_rules *r, ed_date today,
			  ed_partial *p, struct ed_verdict *v);

/* The conditions that already fail, judged on the answers given so far
 * (absent or malformed values are skipped): bits (1u << R_x). Lets a screen
 * say at once that an answer rules the check out. */
unsigned verdict_rule_out(ed_flow flow, const ed_raw_answers *raw,
			  const ed_rules *r, ed_date today);

#endif
