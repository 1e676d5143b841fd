/* The visa-free transit verdict (policy.md section 2 and the dated versions
 * of policy-since-2023.md): the port's scheme with every failing condition,
 * the points to confirm where the sources are uncertain, and the 24-hour
 * direct transit of the Law, Art. 22(3), when the scheme fails. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/transit.h"
#include "core/regime_eval.h"

/* mainland China itself: never a "third country or region" */
static const char MAINLAND[] = "CHN";

/* policy.md 2.3 rule 4: HKG, MAC and TWN count as regions of their own */
static bool third_country(const ed_answers *a)
{
	return strcmp(a->arriving_from, a->destination) != 0 &&
	       strcmp(a->arriving_from, MAINLAND) != 0 && strcmp(a->destination, MAINLAND) != 0;
}

/* Both names designate the same port: the same airport, not just the same
 * city. Pudong to Hongqiao means leaving the port (Law, Art. 22(3)). A city
 * typed where it has several airports matches only the same city name. */
static bool same_port(const ed_port *pa, const ed_port *pb, const char *a, const char *b)
{
	const char *ca, *cb;
	if (a && b && !strcasecmp(a, b))
		return true;
	if (!pa || pa != pb)
		return false;
	ca = port_airport_code(pa, a);
	cb = port_airport_code(pb, b);
	if (ca && cb)
		return ca == cb;
	/* one side names the city: the same port only if it has one airport */
	return pa->n_aliases <= 1;
}

/* true when a transit version newer than v lists the port: a port the
 * rules know to open later is not an unnamed one. A port of an older
 * version missing from v's incomplete list may be one of its unnamed
 * ports (the cruise ports of 2024, regimes-2026.md 4): confirm. */
static bool listed_elsewhere(const ed_rules *r, const ed_transit_version *v, const ed_port *port)
{
	for (size_t i = 0; port && i < r->n_transit; i++) {
		const ed_scheme *s;
		if (date_cmp(r->transit[i].v.from, v->v.from) > 0 &&
		    transit_version_entry(&r->transit[i], port, &s))
			return true;
	}
	return false;
}

static bool airside_has(const ed_airside_version *as, const char *code)
{
	for (size_t i = 0; as && code && i < as->n_airports; i++)
		if (!strcasecmp(as->airports[i], code))
			return true;
	return false;
}

/* the airport the agent typed (its code or name), or else every airport
 * of the typed city ("beijing": PEK and PKX both qualify) */
static bool entry_is_airside(const ed_airside_version *as, const ed_port *port, const char *typed)
{
	const char *code = port_airport_code(port, typed);
	if (code || airside_has(as, typed))
		return airside_has(as, code ? code : typed);
	if (!port || port->n_aliases == 0)
		return false;
	for (size_t i = 0; i < port->n_aliases; i++)
		if (!airside_has(as, port->aliases[i]))
			return false;
	return true;
}

typedef enum { DIRECT_NO, DIRECT_YES, DIRECT_TIMES } direct_fit;

/* policy.md 2.5: confirmed seat to a third country, at most fallback_hours
 * between arrival and departure, passport valid through the departure
 * date, leaving from the port of arrival. The hours need both times, or
 * dates that settle them (issue 15): the same calendar day is within 24
 * hours, more than one day apart is not; otherwise the times decide. */
static direct_fit direct_transit_fit(const ed_answers *a, const ed_transit_version *v,
				     const ed_verdict *out)
{
	long arrive, leave, lo_a, hi_a, lo_l, hi_l, limit;
	if (v->fallback_hours <= 0 || !a->seat_confirmed || !third_country(a))
		return DIRECT_NO;
	if (date_cmp(a->passport_expiry, a->departure_date) < 0)
		return DIRECT_NO;
	if (!same_port(out->entry_port, out->exit_port, a->entry_port, a->exit_port))
		return DIRECT_NO;
	/* each time unknown is anywhere in its day: the gap's bounds */
	arrive = moment_to_minutes((ed_moment){a->entry_date, 0});
	leave = moment_to_minutes((ed_moment){a->departure_date, 0});
	lo_a = arrive + (a->entry_time == ED_NO_TIME ? 0 : a->entry_time);
	hi_a = arrive + (a->entry_time == ED_NO_TIME ? 1439 : a->entry_time);
	lo_l = leave + (a->departure_time == ED_NO_TIME ? 0 : a->departure_time);
	hi_l = leave + (a->departure_time == ED_NO_TIME ? 1439 : a->departure_time);
	limit = (long)v->fallback_hours * 60;
	if (hi_l < lo_a || lo_l - hi_a > limit)
		return DIRECT_NO;
	/* at most the hours whatever the unknown times are (the same day) */
	if (hi_l - lo_a <= limit)
		return DIRECT_YES;
	return DIRECT_TIMES;
}

static bool purpose_allowed(const ed_transit_version *v, const char *purpose)
{
	if (!v->purposes_allowed || !purpose)
		return true;
	for (size_t i = 0; i < v->n_purposes_allowed; i++)
		if (!strcasecmp(v->purposes_allowed[i], purpose))
			return true;
	return false;
}

/* The scheme an entry at `port` falls under in v, and its entry (NULL when
 * unlisted). A port missing from an incomplete list is assumed under the
 * version's unlisted_scheme, with *unlisted set, unless the rules know it
 * from another version; NULL when no scheme applies. */
static const ed_scheme *entry_scheme(const ed_rules *r, const ed_transit_version *v,
				     const ed_port *port, const ed_scheme_entry **entry,
				     bool *unlisted)
{
	const ed_scheme *s = NULL;

	*entry = port ? transit_version_entry(v, port, &s) : NULL;
	*unlisted = false;
	if (*entry)
		return s;
	if (v->entry_list_complete || !v->unlisted_scheme || listed_elsewhere(r, v, port))
		return NULL;
	*unlisted = true;
	return v->unlisted_scheme;
}

/* stay from 00:00 the day after entry, until 24:00 on entry + hours/24 */
static void scheme_clock(const ed_scheme *s, ed_date entry, ed_moment *from, ed_moment *until)
{
	from->date = date_add_days(entry, 1);
	from->minute = 0;
	until->date = date_add_days(entry, s->hours / 24);
	until->minute = 1440;
}

bool transit_preview(const ed_rules *r, const char *port_name, ed_date entry_date,
		     ed_transit_preview *out)
{
	memset(out, 0, sizeof *out);
	out->version = rules_transit_at(r, entry_date);
	if (!out->version)
		return false;
	out->scheme = entry_scheme(r, out->version, rules_port(r, port_name), &out->entry,
				   &out->unlisted);
	if (out->scheme)
		scheme_clock(out->scheme, entry_date, &out->stay_from, &out->deadline);
	return true;
}

void transit_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out)
{
	const ed_transit_version *v;
	const ed_scheme *sch = NULL;
	const ed_scheme_entry *ent = NULL, *xent = NULL;
	unsigned reasons = 0, reviews = 0;
	bool unlisted;

	memset(out, 0, sizeof *out);
	out->flow = FLOW_TRANSIT;
	out->outcome = OUTCOME_NOT_ELIGIBLE;
	snprintf(out->scheme_id, sizeof out->scheme_id, "none");
	v = out->version = rules_transit_at(r, a->entry_date);
	out->entry_port = rules_port(r, a->entry_port);
	out->exit_port = rules_port(r, a->exit_port ? a->exit_port : a->entry_port);
	out->airside = rules_airside_at(r, a->entry_date);
	out->entry_airside = out->airside &&
			     entry_is_airside(out->airside, out->entry_port, a->entry_port);
	if (!v) /* answers_parse refuses entries before the first version */
		return;
	/* not a foreign passport (regimes-2026.md 6): no regime for foreign
	 * visitors is theirs, and no visa either; the permit is the answer */
	if (rules_not_foreign(r, a->nationality)) {
		out->not_foreign = true;
		out->reasons = 1u << R_NOT_FOREIGN_PASSPORT;
		return;
	}

	if (!transit_version_has_nationality(v, a->nationality))
		reasons |= 1u << R_NATIONALITY;
	/* the passport first (regimes-2026.md 8, item 9): expired at entry or
	 * before the planned departure, nothing opens, not even a visa */
	out->passport_expired = date_cmp(a->passport_expiry, a->entry_date) < 0 ||
				date_cmp(a->passport_expiry, a->departure_date) < 0;
	if (out->passport_expired)
		reasons |= 1u << R_PASSPORT_EXPIRED;
	if (date_cmp(a->passport_expiry, date_add_months(a->entry_date, v->passport_months)) < 0)
		reasons |= 1u << R_PASSPORT_VALIDITY;
	if (!a->seat_confirmed)
		reasons |= 1u << R_SEAT_NOT_CONFIRMED;
	if (!third_country(a))
		reasons |= 1u << R_NOT_THIRD_COUNTRY;

	sch = entry_scheme(r, v, out->entry_port, &ent, &unlisted);
	if (!sch)
		reasons |= 1u << R_ENTRY_PORT;
	else if (unlisted)
		reviews |= 1u << V_ENTRY_PORT_UNLISTED;
	out->port_scheme = sch;
	out->entry = ent;

	if (sch) {
		scheme_clock(sch, a->entry_date, &out->stay_from, &out->deadline);
		out->has_deadline = true;
		xent = out->exit_port ? scheme_entry(sch, out->exit_port) : NULL;
		if (sch->cross_area) {
			if (!xent && (v->exit_list_complete || listed_elsewhere(r, v, out->exit_port)))
				reasons |= 1u << R_EXIT_PORT;
			else if (!xent || xent->exit_unconfirmed)
				reviews |= 1u << V_EXIT_PORT_UNLISTED;
		} else if (!xent || !ent || xent->area != ent->area) {
			/* same scheme and same permitted area (policy.md 2.3 rule 6) */
			reasons |= 1u << R_EXIT_PORT;
		}
		if (date_cmp(a->departure_date, out->deadline.date) > 0)
			reasons |= 1u << R_DEPARTURE_AFTER_DEADLINE;
		if ((ent && ent->area->uncertain) || (xent && xent->area->uncertain))
			reviews |= 1u << V_AREA_UNCERTAIN;
	}

	if (a->visa_refusal_stamp)
		reasons |= 1u << R_VISA_REFUSAL;
	if (a->immigration_violation)
		reasons |= 1u << R_IMMIGRATION_VIOLATION;
	if (!purpose_allowed(v, a->purpose))
		reasons |= 1u << R_PURPOSE;

	/* suspended (2020-03-28 to 2023-01-07): the arithmetic stands, the
	 * policy did not; a nationality whose joining only secondary sources
	 * date is confirmed too */
	if (v->suspended)
		reviews |= 1u << V_POLICY_SUSPENDED;
	for (size_t i = 0; i < v->n_secondary; i++)
		if (!strcmp(v->secondary[i], a->nationality))
			reviews |= 1u << V_START_SECONDARY;

	out->reasons = reasons;
	out->reviews = reviews;
	direct_fit fit = direct_transit_fit(a, v, out);
	out->direct_possible = fit != DIRECT_NO;
	if (!reasons) {
		out->outcome = reviews ? OUTCOME_REVIEW : OUTCOME_ELIGIBLE;
		snprintf(out->scheme_id, sizeof out->scheme_id, "%s", sch->id);
	} else if (out->direct_possible) {
		/* offered only when the port's scheme fails (policy.md 2.5) */
		out->outcome = OUTCOME_ELIGIBLE;
		out->direct_transit = true;
		snprintf(out->scheme_id, sizeof out->scheme_id, "%dh", v->fallback_hours);
		out->stay_from = (ed_moment){a->entry_date,
					     a->entry_time == ED_NO_TIME ? 0 : a->entry_time};
		out->deadline = moment_from_minutes(moment_to_minutes(out->stay_from) +
						    (long)v->fallback_hours * 60);
		/* midnight is printed as 24:00 of the day before (policy.md 1) */
		if (out->deadline.minute == 0) {
			out->deadline.date = date_add_days(out->deadline.date, -1);
			out->deadline.minute = 1440;
		}
		/* without the arrival time the hours run from an unknown time:
		 * no date to print, "within 24 hours of arrival" */
		out->has_deadline = a->entry_time != ED_NO_TIME;
		out->reviews = reviews & (1u << V_POLICY_SUSPENDED);
		if (fit == DIRECT_TIMES)
			out->reviews |= 1u << V_TIMES_DECIDE;
		if (out->reviews)
			out->outcome = OUTCOME_REVIEW;
	}
	regimes_evaluate(a, r, out);
}
