/* A check's one entry point: answers + rules -> verdict, the transit or
 * the e-pass evaluator by the answers' flow. */
#ifndef ED_EVALUATE_H
#define ED_EVALUATE_H

#include "core/verdict.h"

/* either, by a->flow */
void verdict_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out);

#endif
