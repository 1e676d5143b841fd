/* The quick answer by nationality: each regime of rules.ini for one
 * nationality and entry day, and its words from [ways] quick_*. */
#include "core/ways.h"

#include "core/match.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *scheme_of(const ed_transit_version *tv, const char *id,
			     const ed_scheme **out)
{
	*out = NULL;
	for (size_t i = 0; tv && i < tv->n_schemes; i++)
		if (!strcmp(tv->schemes[i]->id, id))
			*out = tv->schemes[i];
	return *out ? (*out)->id : NULL;
}

static void judge_entry(const ed_regime *g, const char *nat, ed_date day, ed_quick_way *w)
{
	const ed_regime_version *v = regime_version_at(g, day);
	const ed_regime_country *c;

	w->version = v;
	if (!v) {
		w->reasons = 1u << R_NOT_YET_AVAILABLE;
		return;
	}
	c = w->country = regime_country(v, nat);
	if (v->has_until) {
		w->ends = v->until;
		w->has_ends = true;
	}
	if ((!v->any_nationality && !c) ||
	    (c && c->has_from && date_cmp(day, c->from) < 0) ||
	    (c && c->has_until && !c->end_unconfirmed && date_cmp(day, c->until) > 0)) {
		w->reasons = 1u << R_NATIONALITY;
		return;
	}
	if (c && c->has_until) {
		w->ends = c->until;
		w->has_ends = true;
		if (date_cmp(day, c->until) > 0)
			w->reviews |= 1u << V_REGIME_ENDED;
	}
	if (c && c->secondary)
		w->reviews |= 1u << V_START_SECONDARY;
	if (c && c->terms_uncertain)
		w->reviews |= 1u << V_MUTUAL_TERMS;
	if (c && c->has_uncertain_until && date_cmp(day, c->uncertain_until) <= 0)
		w->reviews |= 1u << V_START_UNCERTAIN;
	if (c && c->has_suspended_from && date_cmp(day, c->suspended_from) >= 0)
		w->reviews |= 1u << V_AGREEMENT_SUSPENDED;
	if (c && c->capped && v->cap_days > 0)
		w->reviews |= 1u << V_STAY_CAP_UNKNOWN;
	for (size_t i = 0; i < v->n_areas; i++)
		if (v->areas[i]->uncertain)
			w->reviews |= 1u << V_AREA_UNCERTAIN;
	w->applies = true;
}

static void judge_transit(const ed_rules *r, const ed_regime *g, const char *nat,
			  ed_date day, ed_quick_way *w)
{
	const ed_transit_version *tv = rules_transit_at(r, day);
	bool direct = !strcmp(g->id, "24h");

	w->transit = tv;
	if (!direct && !scheme_of(tv, g->id, &w->scheme)) {
		w->reasons = 1u << R_NOT_YET_AVAILABLE;
		return;
	}
	if (tv && tv->v.has_until && !direct) {
		w->ends = tv->v.until;
		w->has_ends = true;
	}
	if (direct) { /* every nationality (Exit-Entry Law Art. 22(3)) */
		w->applies = true;
		return;
	}
	if (!transit_version_has_nationality(tv, nat)) {
		w->reasons = 1u << R_NATIONALITY;
		return;
	}
	for (size_t i = 0; i < tv->n_secondary; i++)
		if (!strcmp(tv->secondary[i], nat))
			w->reviews |= 1u << V_START_SECONDARY;
	if (tv->suspended)
		w->reviews |= 1u << V_POLICY_SUSPENDED;
	w->applies = true;
}

void ways_quick(const ed_rules *r, const char *nationality, ed_date day, ed_quick *out)
{
	ed_quick_way no[ED_MAX_WAYS];
	size_t n_no = 0;

	memset(out, 0, sizeof *out);
	snprintf(out->nationality, sizeof out->nationality, "%s", nationality ? nationality : "");
	for (char *p = out->nationality; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	out->day = day;
	/* no foreign passport: no regime is theirs to judge (the permit) */
	out->not_foreign = rules_not_foreign(r, out->nationality);
	if (out->not_foreign)
		return;
	/* r->regimes are sorted by rank: best first within each part */
	for (size_t i = 0; i < r->n_regimes && out->n_apply + n_no < ED_MAX_WAYS; i++) {
		const ed_regime *g = &r->regimes[i];
		ed_quick_way w = { .regime = g };

		if (g->kind == REGIME_PASSPORT_TYPE)
			continue; /* an ordinary passport */
		if (g->kind == REGIME_TRANSIT)
			judge_transit(r, g, out->nationality, day, &w);
		else
			judge_entry(g, out->nationality, day, &w);
		if (w.applies)
			out->ways[out->n_apply++] = w;
		else
			no[n_no++] = w;
	}
	memcpy(out->ways + out->n_apply, no, n_no * sizeof *no);
	out->n_ways = out->n_apply + n_no;
}

bool ways_nationality(const ed_rules *r, const char *typed, char *code,
		      size_t *n_candidates)
{
	ed_match m[4];
	size_t n = match_countries(r, typed ? typed : "", m, 4);

	*n_candidates = n;
	if (!n || !m[0].country || (n > 1 && !match_sure(m, n < 4 ? n : 4)))
		return false; /* none, or several of the same best rank */
	snprintf(code, 4, "%s", m[0].country->code);
	return true;
}

/* ---- words ---- */

/* the values a quick_* text may name, for one way (w may be NULL) */
typedef struct quick_ctx {
	const ed_quick *q;
	const ed_rules *r;
	const ed_quick_way *w;
	char day[16], as_of[16], ends[16], nat_name[96], n[12], hours[12], days[12];
	char cap_days[12], cap_window[12], group_min[12], group_max[12], port_count[24];
	char area_count[24], uncertain_until[16], suspended_from[16], joined[16];
	char list[1024]; /* ports, purposes, areas or places, as the text needs */
} quick_ctx;

static const char *quick_lookup(const void *vctx, const char *name, size_t len)
{
	const quick_ctx *c = vctx;
	const ed_quick_way *w = c->w;
	static const struct { const char *name; size_t off; } fields[] = {
#define QF(n, f) { n, offsetof(quick_ctx, f) }
		QF("day", day), QF("as_of", as_of), QF("ends", ends),
		QF("nationality_name", nat_name), QF("n", n), QF("hours", hours),
		QF("stay_days", days), QF("cap_days", cap_days), QF("cap_window", cap_window),
		QF("group_min", group_min), QF("group_max", group_max),
		QF("port_count", port_count), QF("area_count", area_count),
		QF("uncertain_until", uncertain_until), QF("suspended_from", suspended_from),
		QF("joined", joined), QF("list", list),
#undef QF
	};

	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		if (strlen(fields[i].name) == len && !strncmp(fields[i].name, name, len))
			return (const char *)c + fields[i].off;
	if (len == 11 && !strncmp(name, "nationality", len))
		return c->q->nationality;
	if (w && len == 3 && !strncmp(name, "way", len))
		return w->version && w->regime->kind != REGIME_TRANSIT ? w->version->label :
		       w->regime->label;
	if (w && len == 6 && !strncmp(name, "source", len))
		return w->transit && w->regime->kind == REGIME_TRANSIT && strcmp(w->regime->id, "24h") ?
		       w->transit->v.source :
		       w->version && w->version->source ? w->version->source : w->regime->source;
	return NULL;
}

static void line(text_buf *b, quick_ctx *c, const char *key, size_t width,
		 const char *first, const char *rest)
{
	char full[64];
	text_buf t = {0};

	snprintf(full, sizeof full, "ways:%s", key);
	text_fill(&t, rules_text(c->r, full), quick_lookup, c);
	if (t.s)
		text_wrap(b, t.s, width, first, rest);
	text_buf_free(&t);
}

static void list_add(char *list, size_t size, const char *item)
{
	size_t n = strlen(list);
	if (item)
		snprintf(list + n, size - n, "%s%s", n ? ", " : "", item);
}

static void way_ports(quick_ctx *c, const ed_quick_way *w, text_buf *b, size_t width)
{
	const ed_regime_version *v = w->version;

	c->list[0] = '\0';
	if (w->regime->kind == REGIME_TRANSIT) {
		if (!w->scheme) {
			line(b, c, "quick_ports_direct", width, "     ", "       ");
			return;
		}
		snprintf(c->port_count, sizeof c->port_count, "%zu", w->scheme->n_entries);
		line(b, c, "quick_ports_transit", width, "     ", "       ");
		return;
	}
	for (size_t i = 0; i < v->n_entry_ports; i++)
		list_add(c->list, sizeof c->list, v->entry_ports[i]->name);
	for (size_t i = 0; i < v->n_entry_provinces; i++)
		list_add(c->list, sizeof c->list, v->entry_provinces[i]);
	line(b, c, c->list[0] ? "quick_ports_list" : "quick_ports_any", width, "     ", "       ");
}

static void way_stay_area(quick_ctx *c, const ed_quick_way *w, text_buf *b, size_t width)
{
	const ed_regime_version *v = w->version;
	const char *count;

	if (w->regime->kind == REGIME_TRANSIT) {
		if (!w->scheme) {
			snprintf(c->hours, sizeof c->hours, "%d",
				 w->transit && w->transit->fallback_hours > 0 ?
				 w->transit->fallback_hours : 24);
			line(b, c, "quick_stay_direct", width, "     ", "       ");
			return;
		}
		snprintf(c->hours, sizeof c->hours, "%d", w->scheme->hours);
		line(b, c, "quick_stay_hours", width, "     ", "       ");
		{
			const ed_area *seen[128];
			size_t n = 0;
			for (size_t i = 0; i < w->scheme->n_entries; i++) {
				const ed_area *a = w->scheme->entries[i].area;
				bool dup = !a;
				for (size_t k = 0; k < n && !dup; k++)
					dup = seen[k] == a;
				if (!dup && n < 128)
					seen[n++] = a;
			}
			snprintf(c->area_count, sizeof c->area_count, "%zu", n);
		}
		line(b, c, "quick_area_transit", width, "     ", "       ");
		return;
	}
	if (v->stay_hours > 0) {
		snprintf(c->hours, sizeof c->hours, "%d", v->stay_hours);
		line(b, c, "quick_stay_hours", width, "     ", "       ");
	} else {
		ed_stay_count sc = w->country && w->country->count_entry_day ? COUNT_ENTRY_DAY :
				   v->stay_count;
		count = sc == COUNT_ENTRY_DAY ? "ways:quick_count_entry_day" :
			sc == COUNT_NEXT_DAY ? "ways:quick_count_next_day" :
			"ways:quick_count_unsettled";
		snprintf(c->days, sizeof c->days, "%d", v->stay_days);
		snprintf(c->list, sizeof c->list, "%s", rules_text(c->r, count));
		line(b, c, "quick_stay_days", width, "     ", "       ");
	}
	c->list[0] = '\0';
	for (size_t i = 0; i < v->n_areas; i++)
		list_add(c->list, sizeof c->list, v->areas[i]->name);
	if (!c->list[0])
		snprintf(c->list, sizeof c->list, "%s", rules_text(c->r, "ways:area_mainland"));
	line(b, c, "quick_area", width, "     ", "       ");
}

static void way_conditions(quick_ctx *c, const ed_quick_way *w, text_buf *b, size_t width)
{
	const ed_regime_version *v = w->version;

	if (w->regime->kind == REGIME_TRANSIT) {
		line(b, c, w->scheme ? "quick_cond_transit" : "quick_cond_direct", width,
		     "     ", "       ");
		line(b, c, "quick_cond_passport", width, "     ", "       ");
		return;
	}
	c->list[0] = '\0';
	for (size_t i = 0; i < v->n_purposes; i++)
		list_add(c->list, sizeof c->list, v->purposes[i]);
	if (c->list[0])
		line(b, c, "quick_cond_purposes", width, "     ", "       ");
	if (v->group) {
		snprintf(c->group_min, sizeof c->group_min, "%d", v->group_min ? v->group_min : 1);
		if (v->group_max)
			snprintf(c->group_max, sizeof c->group_max, "%d", v->group_max);
		else
			snprintf(c->group_max, sizeof c->group_max, "-");
		line(b, c, v->group_max ? "quick_cond_group" : "quick_cond_group_open", width,
		     "     ", "       ");
	}
	if (v->n_arriving_from) {
		c->list[0] = '\0';
		for (size_t i = 0; i < v->n_arriving_from; i++) {
			const ed_country *k = rules_country(c->r, v->arriving_from[i]);
			list_add(c->list, sizeof c->list, k ? k->name : v->arriving_from[i]);
		}
		line(b, c, "quick_cond_arriving", width, "     ", "       ");
	}
	line(b, c, "quick_cond_passport", width, "     ", "       ");
}

static void way_confirm(quick_ctx *c, const ed_quick_way *w, text_buf *b, size_t width)
{
	static const struct { ed_review v; const char *key; } points[] = {
		{ V_REGIME_ENDED, "quick_v_regime_ended" },
		{ V_START_UNCERTAIN, "quick_v_start_uncertain" },
		{ V_START_SECONDARY, "quick_v_start_secondary" },
		{ V_AGREEMENT_SUSPENDED, "quick_v_agreement_suspended" },
		{ V_MUTUAL_TERMS, "quick_v_mutual_terms" },
		{ V_STAY_CAP_UNKNOWN, "quick_v_stay_cap_unknown" },
		{ V_POLICY_SUSPENDED, "quick_v_policy_suspended" },
		{ V_AREA_UNCERTAIN, "quick_v_area_uncertain" },
	};
	const ed_regime_country *k = w->country;

	if (!w->reviews)
		return;
	if (w->version) {
		snprintf(c->cap_days, sizeof c->cap_days, "%d", w->version->cap_days);
		snprintf(c->cap_window, sizeof c->cap_window, "%d", w->version->cap_window);
	}
	if (k && k->has_uncertain_until)
		date_format(k->uncertain_until, c->uncertain_until, sizeof c->uncertain_until);
	if (k && k->has_suspended_from)
		date_format(k->suspended_from, c->suspended_from, sizeof c->suspended_from);
	if (k && k->has_from)
		date_format(k->from, c->joined, sizeof c->joined);
	line(b, c, "quick_confirm", width, "     ", "       ");
	for (size_t i = 0; i < sizeof points / sizeof *points; i++)
		if (w->reviews & (1u << points[i].v))
			line(b, c, points[i].key, width, "       - ", "         ");
}

void ways_quick_text(const ed_quick *q, const ed_rules *r, size_t width, text_buf *b)
{
	quick_ctx c = { .q = q, .r = r };
	const ed_country *nat = rules_country(r, q->nationality);

	date_format(q->day, c.day, sizeof c.day);
	date_format(rules_newest_as_of(r), c.as_of, sizeof c.as_of);
	snprintf(c.nat_name, sizeof c.nat_name, "%s", nat ? nat->name : q->nationality);
	if (q->not_foreign) {
		/* no foreign passport: no regime listed, no visa; the permit */
		line(b, &c, "quick_title_not_foreign", width, "", "  ");
		line(b, &c, "quick_rules", width, "", "");
		text_buf_add(b, "\n");
		line(b, &c, "quick_not_foreign", width, "", "");
		text_buf_add(b, "\n");
		snprintf(c.list, sizeof c.list, "%s",
			 rules_text(r, "ways:policy_not_foreign_source"));
		line(b, &c, "quick_not_foreign_source", width, "", "");
		return;
	}
	line(b, &c, "quick_title", width, "", "  ");
	line(b, &c, "quick_rules", width, "", "");
	text_buf_add(b, "\n");
	line(b, &c, "quick_heading_yes", width, "", "");
	if (!q->n_apply)
		line(b, &c, "quick_none", width, "  ", "  ");
	for (size_t i = 0; i < q->n_apply; i++) {
		const ed_quick_way *w = &q->ways[i];

		c.w = w;
		snprintf(c.n, sizeof c.n, "%zu", i + 1);
		snprintf(c.list, sizeof c.list, "%s",
			 rules_text(r, w->reviews ? "ways:quick_review" : "ways:quick_eligible"));
		line(b, &c, "quick_item", width, "  ", "     ");
		way_stay_area(&c, w, b, width);
		way_ports(&c, w, b, width);
		way_conditions(&c, w, b, width);
		if (w->has_ends)
			date_format(w->ends, c.ends, sizeof c.ends);
		way_confirm(&c, w, b, width);
		line(b, &c, w->has_ends ? "quick_ends" : "quick_ends_none", width, "     ",
		     "       ");
	}
	c.w = NULL;
	if (q->n_ways > q->n_apply) {
		text_buf_add(b, "\n");
		line(b, &c, "quick_heading_no", width, "", "");
	}
	for (size_t i = q->n_apply; i < q->n_ways; i++) {
		const ed_quick_way *w = &q->ways[i];

		c.w = w;
		snprintf(c.list, sizeof c.list, "%s",
			 rules_text(r, w->reasons & (1u << R_NOT_YET_AVAILABLE) ?
				    "ways:quick_not_in_force" : "ways:quick_not_nationality"));
		{
			/* the reason may name the nationality or the day */
			text_buf t = {0};
			text_fill(&t, c.list, quick_lookup, &c);
			snprintf(c.list, sizeof c.list, "%s", t.s ? t.s : "");
			text_buf_free(&t);
		}
		line(b, &c, "quick_not_item", width, "  - ", "    ");
	}
	c.w = NULL;
	text_buf_add(b, "\n");
	line(b, &c, "quick_footer", width, "", "");
}
