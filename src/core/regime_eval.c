/* Every way in (regimes-2026.md): each regime of rules.ini judged for one
 * traveller and trip, beside the transit verdict, and the ways that let the
 * traveller in ranked best first. Pure C: no I/O, no allocation. */
#include "core/regime_eval.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/verdict_query.h"

static bool word_listed(char *const *list, size_t n, const char *w)
{
	for (size_t i = 0; w && i < n; i++)
		if (!strcasecmp(list[i], w))
			return true;
	return false;
}

/* The stay as the version counts it (regimes-2026.md 8, item 7): by
 * calendar days from the entry day (day 1) or from 00:00 the day after
 * entry, or unsettled: then until is the earlier reading, until_late the
 * later. A stay in hours counts as transit does, from 00:00 after entry. */
static void way_clock(const ed_regime_version *rv, const ed_regime_country *c,
		      const ed_answers *a, ed_way *w)
{
	ed_stay_count count = c && c->count_entry_day ? COUNT_ENTRY_DAY : rv->stay_count;
	ed_date next = date_add_days(a->entry_date, 1);

	w->has_until = true;
	if (rv->stay_hours > 0) {
		w->stay_from = (ed_moment){next, 0};
		w->until = (ed_moment){date_add_days(a->entry_date, rv->stay_hours / 24), 1440};
		w->until_late = w->until;
		return;
	}
	w->stay_from = count == COUNT_NEXT_DAY ? (ed_moment){next, 0} :
		       (ed_moment){a->entry_date, 0};
	w->until = (ed_moment){date_add_days(a->entry_date, rv->stay_days - 1), 1440};
	w->until_late = (ed_moment){date_add_days(a->entry_date, rv->stay_days), 1440};
	if (count == COUNT_NEXT_DAY)
		w->until = w->until_late;
	else if (count == COUNT_ENTRY_DAY)
		w->until_late = w->until;
}

static bool port_listed(const ed_regime_version *rv, const ed_port *p)
{
	for (size_t i = 0; p && i < rv->n_entry_ports; i++)
		if (rv->entry_ports[i] == p)
			return true;
	return false;
}

/* a regime of rules.ini's own data (not a transit scheme) */
static void judge_version(const ed_regime_version *rv, const ed_answers *a,
			  const ed_verdict *tv, ed_way *w)
{
	unsigned reasons = 0, reviews = 0;
	const ed_regime_country *c = regime_country(rv, a->nationality);
	bool nat_ok;

	if (tv->not_foreign) {
		nat_ok = false;
	} else if (rv->any_nationality) {
		nat_ok = true;
	} else if (!c || (c->has_from && date_cmp(a->entry_date, c->from) < 0)) {
		nat_ok = false;
	} else if (c->has_until && date_cmp(a->entry_date, c->until) > 0) {
		nat_ok = c->end_unconfirmed;
		if (nat_ok)
			reviews |= 1u << V_REGIME_ENDED;
	} else {
		nat_ok = true;
	}
	if (!nat_ok)
		reasons |= 1u << R_NATIONALITY;
	if (nat_ok && c && c->secondary)
		reviews |= 1u << V_START_SECONDARY;
	if (nat_ok && c && c->terms_uncertain)
		reviews |= 1u << V_MUTUAL_TERMS;
	if (nat_ok && c && c->has_uncertain_until &&
	    date_cmp(a->entry_date, c->uncertain_until) <= 0)
		reviews |= 1u << V_START_UNCERTAIN;
	if (nat_ok && c && c->has_suspended_from &&
	    date_cmp(a->entry_date, c->suspended_from) >= 0)
		reviews |= 1u << V_AGREEMENT_SUSPENDED;
	/* the passport first: expired, or expiring before the departure,
	 * opens nothing; short of the months carriers expect, confirm */
	if (tv->passport_expired)
		reasons |= 1u << R_PASSPORT_EXPIRED;
	else if (rv->passport_months > 0 &&
		 date_cmp(a->passport_expiry,
			  date_add_months(a->entry_date, rv->passport_months)) < 0)
		reviews |= 1u << V_PASSPORT_MONTHS;

	if (rv->n_passport_types && !word_listed(rv->passport_types, rv->n_passport_types,
						 a->passport_type))
		reasons |= 1u << R_PASSPORT_TYPE;
	if (rv->n_purposes && a->purpose &&
	    !word_listed(rv->purposes, rv->n_purposes, a->purpose))
		reasons |= 1u << R_PURPOSE;
	if (rv->n_entry_ports && !port_listed(rv, tv->entry_port))
		reasons |= 1u << R_ENTRY_PORT;
	if (rv->n_entry_provinces &&
	    !(tv->entry_port && tv->entry_port->province &&
	      word_listed(rv->entry_provinces, rv->n_entry_provinces, tv->entry_port->province)))
		reasons |= 1u << R_ENTRY_PORT;
	if (rv->n_arriving_from) {
		bool from_ok = false;
		for (size_t i = 0; i < rv->n_arriving_from; i++)
			from_ok |= !strcmp(rv->arriving_from[i], a->arriving_from);
		if (!from_ok)
			reasons |= 1u << R_ARRIVING_FROM;
	}
	if (rv->group) {
		if (!a->group || strcasecmp(a->group, rv->group))
			reasons |= 1u << R_GROUP;
		else if ((a->group_size >= 0 &&
			  ((rv->group_min && a->group_size < rv->group_min) ||
			   (rv->group_max && !rv->group_max_uncertain &&
			    a->group_size > rv->group_max))) ||
			 (rv->together && a->group_together == 0))
			reasons |= 1u << R_GROUP;
		else if ((a->group_size < 0 && (rv->group_min || rv->group_max)) ||
			 (rv->together && a->group_together < 0) ||
			 (rv->group_max && a->group_size > rv->group_max))
			reviews |= 1u << V_GROUP_UNCONFIRMED;
	}

	way_clock(rv, c, a, w);
	w->stay_days = (int)(date_to_days(a->departure_date) - date_to_days(a->entry_date)) + 1;
	if (date_cmp(a->departure_date, w->until_late.date) > 0)
		reasons |= 1u << R_STAY_LIMIT;
	else if (date_cmp(a->departure_date, w->until.date) > 0)
		reviews |= 1u << V_STAY_COUNTING;
	if (nat_ok && c && c->capped && rv->cap_days > 0) {
		if (a->days_180 < 0)
			reviews |= 1u << V_STAY_CAP_UNKNOWN;
		else if (a->days_180 + w->stay_days > rv->cap_days)
			reasons |= 1u << R_STAY_CAP;
	}
	for (size_t i = 0; i < rv->n_areas; i++)
		if (rv->areas[i]->uncertain)
			reviews |= 1u << V_AREA_UNCERTAIN;

	w->reasons = reasons;
	w->reviews = reviews;
	w->outcome = reasons ? OUTCOME_NOT_ELIGIBLE : reviews ? OUTCOME_REVIEW : OUTCOME_ELIGIBLE;
	/* worth telling what failed: the traveller's nationality, passport,
	 * group and route fit, so the regime was theirs to lose (a German
	 * landing in Beijing is not told about Hainan) */
	w->close = nat_ok && !(reasons & (1u << R_GROUP | 1u << R_PASSPORT_TYPE |
					   1u << R_ENTRY_PORT | 1u << R_ARRIVING_FROM));
}

/* A diplomatic, service or other non-ordinary passport (regimes-2026.md
 * 8, item 8): never a plain yes nor "a visa is needed" by default. The
 * agreement of rules.ini for this nationality and passport type is named
 * and confirmed; without one, the general point to confirm. An ordinary
 * passport is not this regime's. */
static void judge_type(const ed_regime_version *rv, const ed_answers *a,
		       const ed_verdict *tv, ed_way *w)
{
	const ed_regime_country *c = regime_country(rv, a->nationality);
	bool listed = c && (!c->has_from || date_cmp(a->entry_date, c->from) >= 0) &&
		      (!c->has_until || date_cmp(a->entry_date, c->until) <= 0) &&
		      word_listed(rv->passport_types, rv->n_passport_types, a->passport_type);

	if (!a->passport_type || !strcasecmp(a->passport_type, "ordinary") ||
	    tv->not_foreign) {
		w->reasons = 1u << R_PASSPORT_TYPE;
		w->outcome = OUTCOME_NOT_ELIGIBLE;
		return;
	}
	if (tv->passport_expired) {
		w->reasons = 1u << R_PASSPORT_EXPIRED;
		w->outcome = OUTCOME_NOT_ELIGIBLE;
		w->close = true;
		return;
	}
	w->reviews = 1u << (listed ? V_TYPE_AGREEMENT : V_TYPE_UNCONFIRMED);
	w->outcome = OUTCOME_REVIEW;
	if (listed) {
		way_clock(rv, c, a, w);
		w->stay_days = (int)(date_to_days(a->departure_date) -
				     date_to_days(a->entry_date)) + 1;
		if (date_cmp(a->departure_date, w->until_late.date) > 0) {
			w->reasons = 1u << R_STAY_LIMIT;
			w->outcome = OUTCOME_NOT_ELIGIBLE;
			w->close = true;
		}
	}
}

/* a transit scheme as a regime: the transit verdict already judged it */
static void judge_transit(const ed_regime *g, const ed_verdict *tv, ed_way *w)
{
	const char *granted = verdict_scheme_id(tv);
	const char *port = tv->port_scheme ? tv->port_scheme->id : "";

	w->outcome = OUTCOME_NOT_ELIGIBLE;
	if (!strcmp(g->id, granted) && tv->outcome != OUTCOME_NOT_ELIGIBLE) {
		w->outcome = tv->outcome;
		w->reviews = tv->reviews;
		w->has_until = tv->has_deadline;
		w->stay_from = tv->stay_from;
		w->until = w->until_late = tv->deadline;
		return;
	}
	if (!strcmp(g->id, port)) {
		/* the port's scheme failed: its reasons are what failed */
		w->reasons = tv->reasons;
		w->reviews = tv->reviews;
		w->close = !(tv->reasons & (1u << R_NATIONALITY));
	}
}

static int way_order(const ed_way *a, const ed_way *b)
{
	if (a->outcome != b->outcome)
		return a->outcome == OUTCOME_ELIGIBLE ? -1 : 1;
	return (a->regime->rank > b->regime->rank) - (a->regime->rank < b->regime->rank);
}

void regimes_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out)
{
	out->n_ways = out->n_ways_in = 0;
	for (size_t i = 0; i < r->n_regimes && out->n_ways < ED_MAX_WAYS; i++) {
		const ed_regime *g = &r->regimes[i];
		ed_way *w = &out->ways[out->n_ways];

		memset(w, 0, sizeof *w);
		w->regime = g;
		if (g->kind == REGIME_TRANSIT) {
			judge_transit(g, out, w);
		} else {
			const ed_regime_version *rv = regime_version_at(g, a->entry_date);
			if (!rv)
				continue; /* not in force on the entry date */
			w->version = rv;
			if (g->kind == REGIME_PASSPORT_TYPE)
				judge_type(rv, a, out, w);
			else
				judge_version(rv, a, out, w);
		}
		out->n_ways++;
	}
	/* the ways in, best first: eligible before review, then by rank */
	for (size_t i = 0; i < out->n_ways; i++) {
		size_t k;
		if (out->ways[i].outcome == OUTCOME_NOT_ELIGIBLE)
			continue;
		k = out->n_ways_in++;
		while (k > 0 && way_order(&out->ways[i], &out->ways[out->ways_in[k - 1]]) < 0) {
			out->ways_in[k] = out->ways_in[k - 1];
			k--;
		}
		out->ways_in[k] = i;
	}
}
