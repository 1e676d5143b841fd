/* The e-pass evaluator: answers + rules -> whether a Hong Kong, Macao or
 * Taiwan resident may use the electronic temporary pass, with the
 * applications left this month. Pure C: no I/O, no allocation. */
#ifndef ED_EPASS_H
#define ED_EPASS_H

#include "core/verdict.h"

/* evaluates an e-pass check */
void epass_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out);

#endif
