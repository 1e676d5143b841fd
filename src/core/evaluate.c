/* One entry point for a check: the transit or the e-pass evaluator, by
 * the answers' flow. */
#include "core/evaluate.h"

#include "core/epass.h"
#include "core/transit.h"

void verdict_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out)
{
	if (a->flow == FLOW_EPASS)
		epass_evaluate(a, r, out);
	else
		transit_evaluate(a, r, out);
}
