/* Early verdicts (early.h): the answers so far, and for each way in
 * whether it can still apply. */
#include "core/early.h"

#include <stdio.h>
#include <string.h>

#include "core/epass.h"
#include "core/regime.h"
#include "core/transit.h"
#include "core/verdict.h"
#include "core/verdict_query.h"

void partial_build(ed_flow flow, const ed_raw_answers *raw, const ed_rules *r, ed_date today,
		   ed_partial *out)
{
	ed_answers *a = &out->a;
	char norm[1024], why[512];

	memset(out, 0, sizeof *out);
	answers_defaults(a);
	out->today = today;
	a->flow = flow;
	a->date = today;
	a->entry_date = today;
	a->departure_date = today;
	a->passport_expiry = a->permit_expiry = (ed_date){9999, 12, 31};
	a->entry_time = a->departure_time = ED_NO_TIME;
	a->seat_confirmed = a->verification_code = a->face_check = a->password_set = true;
	a->purpose = flow == FLOW_EPASS ? "domestic_travel" : NULL;
	a->mobile = a->permit_number = a->entry_port = "";

	for (int i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		const char *val = raw->val[i];
		if (!(f->flows & flow) || !val || !*val ||
		    !answers_check_value(f, val, r, today, norm, sizeof norm, why, sizeof why))
			continue;
		out->known[i] = true;
		answers_assign(a, (ed_answer_key)i, norm, val);
	}
	if (!a->exit_port)
		a->exit_port = a->entry_port;
}

unsigned scheme_fails_already(const ed_partial *p, const ed_rules *r)
{
	const bool *known = p->known;
	ed_verdict v;
	unsigned mask = 0;

	transit_evaluate(&p->a, r, &v);
	if (known[AK_NATIONALITY])
		mask |= 1u << R_NATIONALITY;
	if (known[AK_PASSPORT_EXPIRY])
		mask |= 1u << R_PASSPORT_VALIDITY;
	if (known[AK_PASSPORT_EXPIRY] && (known[AK_ENTRY_DATE] || known[AK_DEPARTURE_DATE]))
		mask |= 1u << R_PASSPORT_EXPIRED;
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
	return reasons_deciding(v.reasons & mask);
}

static bool scheme_can_apply(const ed_partial *p, const ed_rules *r)
{
	return scheme_fails_already(p, r) == 0;
}

/* a country other than `a`, `b` and mainland China: the most favourable
 * stand-in for an unknown end of the trip */
static void third_code(ed_code out, const char *a, const char *b)
{
	static const char *const pick[] = {"JPN", "KOR", "USA"};
	for (size_t i = 0; i < 3; i++) {
		if (strcmp(pick[i], a) && strcmp(pick[i], b)) {
			memcpy(out, pick[i], 4);
			return;
		}
	}
}

/* The most favourable completion of the unknown answers for the 24-hour
 * direct transit: a confirmed seat, a third country, the same port out;
 * with `times`, also times as close as the known ones allow. */
static void favourable_trip(const ed_partial *p, ed_answers *a, bool times)
{
	const bool *known = p->known;
	long days;

	*a = p->a;
	if (!known[AK_SEAT_CONFIRMED])
		a->seat_confirmed = true;
	if (!known[AK_ARRIVING_FROM])
		third_code(a->arriving_from, a->destination, "CHN");
	if (!known[AK_DESTINATION])
		third_code(a->destination, a->arriving_from, "CHN");
	if (!known[AK_ENTRY_PORT] && known[AK_EXIT_PORT])
		a->entry_port = a->exit_port;
	if (!known[AK_EXIT_PORT])
		a->exit_port = a->entry_port;
	if (!known[AK_DEPARTURE_DATE])
		a->departure_date = a->entry_date;
	if (!times)
		return;
	days = date_to_days(a->departure_date) - date_to_days(a->entry_date);
	if (!known[AK_ENTRY_TIME])
		a->entry_time = known[AK_DEPARTURE_TIME] && days != 0 ? a->departure_time : 0;
	if (!known[AK_DEPARTURE_TIME])
		a->departure_time = a->entry_time;
}

/* The 24-hour direct transit, judged on the most favourable completion of
 * the unknown answers. */
bool direct_can_apply(const ed_partial *p, const ed_rules *r)
{
	ed_answers a;
	ed_verdict v;

	favourable_trip(p, &a, true);
	/* judged whether or not the port's scheme applies (transit.c) */
	transit_evaluate(&a, r, &v);
	return v.direct_possible;
}

bool preview_way_in(const ed_partial *p, const ed_rules *r, ed_verdict *v)
{
	ed_answers a;

	if (!p->known[AK_NATIONALITY] || !p->known[AK_ENTRY_PORT] || !p->known[AK_ENTRY_DATE])
		return false;
	favourable_trip(p, &a, true);
	transit_evaluate(&a, r, v);
	return true;
}

bool times_decide_way_in(const ed_partial *p, const ed_rules *r)
{
	ed_answers a;
	ed_verdict v;
	const ed_way *in;

	if (!p->known[AK_ENTRY_DATE] || !p->known[AK_DEPARTURE_DATE] ||
	    (p->known[AK_ENTRY_TIME] && p->known[AK_DEPARTURE_TIME]))
		return false;
	favourable_trip(p, &a, false);
	transit_evaluate(&a, r, &v);
	in = verdict_way_in(&v);
	return in && v.direct_transit && !in->version &&
	       (in->reviews & (1u << V_TIMES_DECIDE));
}

/* a visa-free regime other than transit (unilateral, mutual, Hainan, the
 * groups) that lets the traveller in on the answers so far: a German needs
 * no transit at all */
static bool other_regime_can_apply(const ed_partial *p, const ed_rules *r)
{
	ed_verdict v;

	transit_evaluate(&p->a, r, &v);
	for (size_t i = 0; i < v.n_ways_in; i++)
		if (v.ways[v.ways_in[i]].regime->kind != REGIME_TRANSIT)
			return true;
	return false;
}

const ed_way_in transit_ways_in[] = {
	{ "scheme", scheme_can_apply },
	{ "direct_transit", direct_can_apply },
	{ "other_regime", other_regime_can_apply },
	{ NULL, NULL },
};

/* the reasons the known answers decide; v: the verdict of p */
static unsigned epass_certain(const ed_partial *p, const ed_rules *r, ed_verdict *out)
{
	const bool *known = p->known;
	ed_verdict v;
	unsigned mask = 1u << R_NOT_YET_AVAILABLE;

	epass_evaluate(&p->a, r, &v);
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
	if (known[AK_PASSWORD_SET])
		mask |= 1u << R_PASSWORD_NOT_SET;
	if (known[AK_LOCATION_NOW])
		mask |= 1u << R_NOT_IN_MAINLAND;
	if (out)
		*out = v;
	return v.reasons & mask;
}

bool epass_refusal_so_far(const ed_raw_answers *raw, const ed_rules *r, ed_date today,
			  ed_partial *p, ed_verdict *v)
{
	ed_verdict all;
	unsigned certain;

	partial_build(FLOW_EPASS, raw, r, today, p);
	certain = epass_certain(p, r, &all);
	if (!certain)
		return false;
	*v = all;
	if (!p->known[AK_APPLICATIONS])
		v->applications_left = -1; /* not asked: no count to tell */
	v->reasons = certain;
	v->outcome = OUTCOME_NOT_ELIGIBLE;
	snprintf(v->scheme_id, sizeof v->scheme_id, "none");
	return true;
}

unsigned verdict_rule_out(ed_flow flow, const ed_raw_answers *raw,
			  const ed_rules *r, ed_date today)
{
	ed_partial p;

	partial_build(flow, raw, r, today, &p);
	if (flow == FLOW_EPASS)
		return epass_certain(&p, r, NULL);
	/* no foreign passport: no version of any rule changes that */
	if (p.known[AK_NATIONALITY] && rules_not_foreign(r, p.a.nationality))
		return 1u << R_NOT_FOREIGN_PASSPORT;
	if (!p.known[AK_ENTRY_DATE] ||
	    (r->n_transit && date_cmp(p.a.entry_date, r->transit[0].v.from) < 0))
		return 0; /* the version in force is not known yet */
	for (const ed_way_in *w = transit_ways_in; w->id; w++)
		if (w->can_apply(&p, r))
			return 0;
	return scheme_fails_already(&p, r);
}
