/* The verdict's codes and names: what every view and writer of a verdict
 * spells the same way. */
#include <stdio.h>
#include <string.h>

#include "core/verdict.h"

static const char *const reason_codes[R_COUNT] = {
#define ED_R_NAME(id, code) code,
	ED_REASONS(ED_R_NAME)
#undef ED_R_NAME
};

static const char *const review_codes[V_COUNT] = {
#define ED_V_NAME(id, code) code,
	ED_REVIEWS(ED_V_NAME)
#undef ED_V_NAME
};

const char *reason_code(ed_reason r)
{
	return r >= 0 && r < R_COUNT ? reason_codes[r] : "";
}

const char *review_code(ed_review v)
{
	return v >= 0 && v < V_COUNT ? review_codes[v] : "";
}

const char *outcome_name(ed_outcome o)
{
	switch (o) {
	case OUTCOME_ELIGIBLE: return "eligible";
	case OUTCOME_NOT_ELIGIBLE: return "not_eligible";
	case OUTCOME_REVIEW: return "review";
	}
	return "";
}

const char *verdict_scheme_id(const ed_verdict *v)
{
	return v->scheme_id[0] ? v->scheme_id : "none";
}
