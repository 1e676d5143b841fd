/* Questions asked of a finished verdict: the way in, its policy, its area
 * and exit ports, how its stay counts, whether the arrival card applies.
 * Pure C: no I/O, no allocation; evaluates nothing. */
#include "core/verdict_query.h"

#include <stdio.h>
#include <string.h>

/* the way's stay counts as the version says, or by the entry day for
 * this country: the slip says how (ways:counting_*) */
ed_stay_count way_stay_count(const ed_way *w, const char *nationality)
{
	const ed_regime_country *c;

	if (!w || !w->version)
		return COUNT_NEXT_DAY;
	if (w->version->stay_hours > 0)
		return COUNT_NEXT_DAY;
	c = regime_country(w->version, nationality);
	return c && c->count_entry_day ? COUNT_ENTRY_DAY : w->version->stay_count;
}

const ed_way *verdict_way_in(const ed_verdict *v)
{
	return v->flow == FLOW_TRANSIT && v->n_ways_in ? &v->ways[v->ways_in[0]] : NULL;
}

bool verdict_arrival_card(const ed_verdict *v, const ed_answers *a, const ed_rules *r)
{
	const ed_way *in = verdict_way_in(v);

	return in && r->has_arrival_card && !in->regime->arrival_card_exempt &&
	       !(v->direct_transit && !in->version) &&
	       date_cmp(a->entry_date, r->arrival_card_from) >= 0;
}

size_t way_areas(const ed_verdict *v, const ed_way *w, const ed_area **out, size_t max)
{
	if (!w)
		return 0;
	if (w->regime->kind == REGIME_TRANSIT)
		return verdict_areas(v, out, max);
	for (size_t i = 0; i < w->version->n_areas && i < max; i++)
		out[i] = w->version->areas[i];
	return w->version->n_areas;
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

unsigned reasons_deciding(unsigned reasons)
{
	unsigned expired = 1u << R_PASSPORT_EXPIRED;
	return reasons & expired ? expired : reasons;
}

bool verdict_policy(const ed_verdict *v, const ed_rules *r, ed_policy *out)
{
	const ed_way *in = verdict_way_in(v);

	memset(out, 0, sizeof *out);
	/* decided before any regime: a policy of rules.ini's words alone */
	if (v->flow == FLOW_TRANSIT && (v->not_foreign || v->passport_expired)) {
		const char *name = v->not_foreign ? "not_foreign" : "passport";
		char key[64];
		snprintf(out->buf, sizeof out->buf, "%s", name);
		out->section = out->buf;
		snprintf(key, sizeof key, "ways:policy_%s", name);
		out->label = rules_text(r, key);
		snprintf(key, sizeof key, "ways:policy_%s_zh", name);
		out->label_zh = rules_text(r, key);
		snprintf(key, sizeof key, "ways:policy_%s_source", name);
		out->source = rules_text(r, key);
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
