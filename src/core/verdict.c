/* What both verdicts share: codes and names, the area and exit ports of a
 * verdict. The early rule-out the wizard shows while answers come in is in
 * early.c. */
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

bool verdict_policy(const ed_verdict *v, const ed_rules *r, ed_policy *out)
{
	const ed_way *in = verdict_way_in(v);

	memset(out, 0, sizeof *out);
	if (v->flow == FLOW_TRANSIT && v->passport_expired) {
		out->section = "passport";
		out->label = rules_text(r, "ways:policy_passport");
		out->label_zh = rules_text(r, "ways:policy_passport_zh");
		out->source = rules_text(r, "ways:policy_passport_source");
		return true;
	}
	if (in && in->version) {
		out->section = in->version->section;
		out->label = in->version->label;
		out->label_zh = in->version->label_zh;
		out->source = in->version->source;
		return true;
	}
	if (in && v->direct_transit) {
		snprintf(out->buf, sizeof out->buf, "regime.%s", in->regime->id);
		out->section = out->buf;
		out->label = in->regime->label;
		out->label_zh = in->regime->label_zh;
		out->source = in->regime->source;
		return true;
	}
	if (v->flow == FLOW_EPASS && v->epass) {
		out->section = v->epass->v.section;
		out->label = v->epass->v.label;
		out->source = v->epass->v.source;
		return true;
	}
	if (v->flow == FLOW_TRANSIT && v->version) {
		out->section = v->version->v.section;
		out->label = v->version->v.label;
		out->source = v->version->v.source;
		return true;
	}
	return false;
}
