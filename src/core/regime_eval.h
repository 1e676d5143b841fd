/* The regimes evaluator: every regime of rules.ini judged for one traveller
 * and trip, and the ways in ranked best first. Pure C: no I/O, no
 * allocation. */
#ifndef ED_REGIME_EVAL_H
#define ED_REGIME_EVAL_H

#include "core/verdict.h"

/* judges every regime of r for a transit check whose transit verdict is
 * already in out (transit_evaluate calls it) */
void regimes_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out);

#endif
