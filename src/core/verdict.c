/* What both verdicts share: codes and names, the area and exit ports of a
 * verdict, and the early rule-out the wizard shows while answers come in. */
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

void verdict_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out)
{
	if (a->flow == FLOW_EPASS)
		epass_evaluate(a, r, out);
	else
		transit_evaluate(a, r, out);
}

/* the scheme whose area the verdict speaks of: the granted one, or the
 * port's one while the outcome is still open */
static const ed_scheme *area_scheme(const ed_verdict *v)
{
	if (v->flow != FLOW_TRANSIT || v->direct_transit)
		return NULL;
	return v->port_scheme;
}

size_t verdict_areas(const ed_verdict *v, const ed_area **out, size_t max)
{
	const ed_scheme *s = area_scheme(v);
	size_t n = 0;

	if (!s)
		return 0;
	if (!s->cross_area) {
		if (v->entry && max > 0)
			out[0] = v->entry->area;
		return v->entry ? 1 : 0;
	}
	for (size_t i = 0; i < s->n_entries; i++) {
		const ed_area *a = s->entries[i].area;
		bool seen = false;
		for (size_t j = 0; j < n && j < max; j++)
			seen |= out[j] == a;
		if (seen)
			continue;
		if (n < max)
			out[n] = a;
		n++;
	}
	return n;
}

size_t verdict_exit_ports(const ed_verdict *v, const ed_port **out, size_t max)
{
	const ed_scheme *s = area_scheme(v);
	size_t n = 0;

	if (v->direct_transit && v->entry_port) {
		if (max > 0)
			out[0] = v->entry_port;
		return 1;
	}
	if (!s || (!s->cross_area && !v->entry))
		return 0;
	for (size_t i = 0; i < s->n_entries; i++) {
		if (!s->cross_area && s->entries[i].area != v->entry->area)
			continue;
		if (s->entries[i].exit_unconfirmed)
			continue; /* not a designated exit: the slip asks to confirm it */
		if (n < max)
			out[n] = s->entries[i].port;
		n++;
	}
	return n;
}

/* The answers given so far, with harmless stand-ins for the rest, and a
 * mask of which reasons rest only on given answers. */
unsigned verdict_rule_out(ed_flow flow, const ed_raw_answers *raw,
			  const ed_rules *r, ed_date today)
{
	ed_answers a;
	ed_verdict v;
	bool known[AK_COUNT] = {false};
	char norm[1024], why[512];
	unsigned mask = 0;

	memset(&a, 0, sizeof a);
	answers_defaults(&a);
	a.flow = flow;
	a.date = today;
	a.entry_date = today;
	a.departure_date = today;
	a.passport_expiry = a.permit_expiry = (ed_date){9999, 12, 31};
	a.entry_time = a.departure_time = ED_NO_TIME;
	a.seat_confirmed = a.verification_code = a.face_check = true;
	a.purpose = flow == FLOW_EPASS ? "domestic_travel" : NULL;
	a.mobile = a.permit_number = a.entry_port = "";

	for (int i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		const char *val = raw->val[i];
		if (!(f->flows & flow) || !val || !*val ||
		    !answers_check_value(f, val, r, today, norm, sizeof norm, why, sizeof why))
			continue;
		known[i] = true;
		answers_assign(&a, (ed_answer_key)i, norm, val);
	}

	if (flow == FLOW_EPASS) {
		epass_evaluate(&a, r, &v);
		mask |= 1u << R_NOT_YET_AVAILABLE;
		if (known[AK_RESIDENCE])
			mask |= 1u << R_RESIDENCE;
		if (known[AK_PERMIT_STATUS])
			mask |= 1u << R_PERMIT_WITH_TRAVELLER | 1u << R_PERMIT_EXPIRED;
		else if (known[AK_PERMIT_EXPIRY])
			mask |= 1u << R_PERMIT_EXPIRED;
		if (known[AK_APPLICATIONS])
			mask |= 1u << R_MONTHLY_LIMIT;
		if (known[AK_MOBILE])
			mask |= 1u << R_MOBILE_NUMBER;
		if (known[AK_PERMIT_NUMBER] && known[AK_RESIDENCE])
			mask |= 1u << R_PERMIT_NUMBER;
		if (known[AK_VERIFICATION_CODE] || known[AK_FACE_CHECK])
			mask |= 1u << R_VERIFICATION;
		if (known[AK_EPASS_PURPOSE])
			mask |= 1u << R_BORDER_CROSSING;
		return v.reasons & mask;
	}

	if (!known[AK_ENTRY_DATE] || (r->n_transit && date_cmp(a.entry_date, r->transit[0].v.from) < 0))
		return 0; /* the version in force is not known yet */
	if (!a.exit_port)
		a.exit_port = a.entry_port;
	transit_evaluate(&a, r, &v);
	/* another regime may still let the traveller in (a German needs no
	 * transit at all): then nothing is ruled out yet */
	for (size_t i = 0; i < v.n_ways_in; i++)
		if (v.ways[v.ways_in[i]].regime->kind != REGIME_TRANSIT)
			return 0;
	if (known[AK_NATIONALITY])
		mask |= 1u << R_NATIONALITY;
	if (known[AK_PASSPORT_EXPIRY])
		mask |= 1u << R_PASSPORT_VALIDITY;
	if (known[AK_SEAT_CONFIRMED])
		mask |= 1u << R_SEAT_NOT_CONFIRMED;
	if (known[AK_ARRIVING_FROM] && known[AK_DESTINATION])
		mask |= 1u << R_NOT_THIRD_COUNTRY;
	if (known[AK_ENTRY_PORT])
		mask |= 1u << R_ENTRY_PORT;
	if (known[AK_ENTRY_PORT] && known[AK_EXIT_PORT])
		mask |= 1u << R_EXIT_PORT;
	if (known[AK_ENTRY_PORT] && known[AK_DEPARTURE_DATE])
		mask |= 1u << R_DEPARTURE_AFTER_DEADLINE;
	if (known[AK_VISA_REFUSAL])
		mask |= 1u << R_VISA_REFUSAL;
	if (known[AK_VIOLATION])
		mask |= 1u << R_IMMIGRATION_VIOLATION;
	if (known[AK_TRANSIT_PURPOSE])
		mask |= 1u << R_PURPOSE;
	return v.reasons & mask;
}
