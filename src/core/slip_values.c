/* The values of the slip's {placeholders}, from the answers, the verdict
 * and the rules: dates and times in words (English and Chinese), the
 * traveller's ports and countries by name, the policy that decided, and the
 * terms of each way in. */
#include "core/slip_values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"
#include "core/verdict_query.h"

static const char *country_name(const ed_rules *r, const char *code, char *buf, size_t size)
{
	const ed_country *k = code && *code ? rules_country(r, code) : NULL;

	if (k && k->name)
		snprintf(buf, size, "%s (%s)", k->name, k->code);
	else
		snprintf(buf, size, "%s", code ? code : "");
	return buf;
}

/* "Shanghai 上海 (PVG SHA)" */
/* "Shanghai 上海 (PVG SHA)", or with `code` one airport of it:
 * "Shanghai 上海, Hongqiao (SHA)" */
static void port_words_at(text_buf *b, const ed_port *p, const char *code)
{
	size_t i;

	text_buf_add(b, p->name);
	if (p->name_zh && *p->name_zh)
		text_buf_printf(b, " %s", p->name_zh);
	if (code) {
		for (i = 0; i < p->n_aliases && p->aliases[i] != code; i++)
			;
		if (p->airport_names && i < p->n_aliases && p->airport_names[i])
			text_buf_printf(b, ", %s", p->airport_names[i]);
		text_buf_printf(b, " (%s)", code);
	} else if (p->n_aliases) {
		text_buf_add(b, " (");
		for (i = 0; i < p->n_aliases; i++)
			text_buf_printf(b, "%s%s", i ? " " : "", p->aliases[i]);
		text_buf_add(b, ")");
	}
}

void slip_port_words(text_buf *b, const ed_port *p)
{
	port_words_at(b, p, NULL);
}

/* the traveller's own airport where one was named: with two airports in a
 * city, which one matters */
static char *port_value(slip_ctx *c, const ed_port *p, const char *typed)
{
	text_buf b = {0};

	if (p) {
		const char *code = port_airport_code(p, typed);
		port_words_at(&b, p, p->n_aliases > 1 ? code : NULL);
		return text_buf_take(&b);
	}
	/* `other`: the agent's choice "another port in mainland China" */
	if (typed && !strcasecmp(typed, "other") && *slip_T(c, "slip:port_other"))
		typed = slip_T(c, "slip:port_other");
	slip_set(c, SV_port, "%s", typed ? typed : "");
	return slip_fill(c, slip_T(c, "slip:port_unknown"));
}

static void long_date(ed_date d, char *buf, size_t size)
{
	date_format_long(d, buf, size);
}

/* {name}: a day in words, in English and in Chinese */
static void date_var(slip_ctx *c, slip_var name, ed_date d)
{
	char day[64];

	long_date(d, day, sizeof day);
	slip_set(c, name, "%s", day);
	date_format_long_zh(d, day, sizeof day);
	slip_set_zh(c, name, "%s", day);
}

/* "2023年1月6日（星期五）10:00" */
void slip_day_time_zh(ed_date d, int minute, char *buf, size_t size)
{
	char day[64], hm[8] = "";

	date_format_long_zh(d, day, sizeof day);
	if (minute != ED_NO_TIME)
		time_format(minute, hm, sizeof hm);
	snprintf(buf, size, "%s%s", day, hm);
}

/* "YYYY-MM-DD" or "... HH:MM" in words: "Friday 6 January 2023 10:00" */
void slip_day_time(ed_date d, int minute, char *buf, size_t size)
{
	char day[64], hm[8];

	long_date(d, day, sizeof day);
	if (minute == ED_NO_TIME) {
		snprintf(buf, size, "%s", day);
	} else {
		time_format(minute, hm, sizeof hm);
		snprintf(buf, size, "%s %s", day, hm);
	}
}

/* {X_time} "24:00" and {X_day} "Saturday 7 January 2023"; with `both`,
 * also {both} "24:00 on Saturday 7 January 2023" */
static void set_moment_vars(slip_ctx *c, slip_var time_name, slip_var day_name,
			    slip_var both, ed_moment m)
{
	char day[64], hm[8];

	long_date(m.date, day, sizeof day);
	time_format(m.minute, hm, sizeof hm);
	slip_set(c, time_name, "%s", hm);
	slip_set(c, day_name, "%s", day);
	if (both != SV_COUNT)
		slip_set(c, both, "%s on %s", hm, day);
	date_format_long_zh(m.date, day, sizeof day);
	slip_set_zh(c, day_name, "%s", day);
	if (both != SV_COUNT)
		slip_set_zh(c, both, "%s%s", day, hm);
}

const ed_version *slip_policy_of(const ed_verdict *v)
{
	if (v->flow == FLOW_EPASS)
		return v->epass ? &v->epass->v : NULL;
	return v->version ? &v->version->v : NULL;
}

/* a country placeholder: "Germany (DEU)", and in Chinese "德国" when the
 * rules have its Chinese name (iso-codes' translations) */
static void country_var(slip_ctx *c, slip_var var, const char *code)
{
	const ed_country *k = code && *code ? rules_country(c->r, code) : NULL;
	char buf[160];

	slip_set(c, var, "%s", country_name(c->r, code, buf, sizeof buf));
	if (k && k->name_zh && *k->name_zh)
		slip_set_zh(c, var, "%s", k->name_zh);
}

/* Sets every placeholder any text may use. */
void slip_set_values(slip_ctx *c)
{
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	const ed_version *pol = slip_policy_of(v);
	const ed_epass_version *ep = v->epass;
	char buf[256];
	ed_date newest = rules_newest_as_of(c->r);
	size_t i;

	date_format(newest, buf, sizeof buf);
	slip_set(c, SV_as_of, "%s", buf);
	slip_set(c, SV_age_months, "%d", c->r->age_warning_months);
	date_var(c, SV_check_day, a->date);
	slip_set(c, SV_policy, "%s", pol && pol->label ? pol->label : "");
	slip_set(c, SV_policy_source, "%s", pol && pol->source ? pol->source : "");
	{
		/* the policy that decided (verdict_policy): a 72/144/240-hour
		 * transit names its regime, then the transit version applied */
		const ed_way *in = verdict_way_in(v);
		ed_policy dec;
		if (verdict_policy(v, c->r, &dec) &&
		    (!in || in->version || v->direct_transit || v->passport_expired ||
		     v->not_foreign)) {
			slip_set(c, SV_policy, "%s", dec.label ? dec.label : "");
			if (dec.label_zh)
				slip_set_zh(c, SV_policy, "%s", dec.label_zh);
			slip_set(c, SV_policy_source, "%s", dec.source ? dec.source : "");
		}
		if (in && !in->version && !v->direct_transit) {
			slip_set(c, SV_regime_label, "%s", in->regime->label);
			slip_set_zh(c, SV_regime_label, "%s", in->regime->label_zh);
			slip_set(c, SV_regime_source, "%s", in->regime->source);
		}
		/* a visa: the port's transit scheme was the nearest policy */
		for (i = 0; !in && !v->passport_expired && !v->not_foreign && v->port_scheme &&
			    i < c->r->n_regimes; i++) {
			if (strcmp(c->r->regimes[i].id, v->port_scheme->id))
				continue;
			slip_set(c, SV_regime_label, "%s", c->r->regimes[i].label);
			slip_set_zh(c, SV_regime_label, "%s", c->r->regimes[i].label_zh);
			slip_set(c, SV_regime_source, "%s", c->r->regimes[i].source);
		}
	}
	slip_set(c, SV_scheme, "%s", verdict_scheme_id(v));

	if (a->flow == FLOW_TRANSIT) {
		const ed_transit_version *tv = v->version;
		const ed_scheme *s = v->port_scheme;
		char *port;
		text_buf b = {0};

		date_var(c, SV_entry_day, a->entry_date);
		slip_set(c, SV_scheme_hours, "%d", s ? s->hours : 0);
		slip_set(c, SV_port_scheme, "%d", s ? s->hours : 0);
		country_var(c, SV_nationality, a->nationality);
		country_var(c, SV_arriving_from, a->arriving_from);
		country_var(c, SV_destination, a->destination);
		port = port_value(c, v->entry_port, a->entry_port);
		slip_set(c, SV_entry_port, "%s", port ? port : "");
		free(port);
		port = port_value(c, v->exit_port, a->exit_port ? a->exit_port : a->entry_port);
		slip_set(c, SV_exit_port, "%s", port ? port : "");
		free(port);
		date_var(c, SV_passport_expiry, a->passport_expiry);
		slip_day_time(a->departure_date, a->departure_time, buf, sizeof buf);
		slip_set(c, SV_departure, "%s", buf);
		slip_day_time_zh(a->departure_date, a->departure_time, buf, sizeof buf);
		slip_set_zh(c, SV_departure, "%s", buf);
		slip_set(c, SV_purpose, "%s", a->purpose ? a->purpose : "");
		if (tv) {
			date_var(c, SV_expiry_needed, date_add_months(a->entry_date, tv->passport_months));
			slip_set(c, SV_months, "%d", tv->passport_months);
			slip_set(c, SV_years, "%d", tv->violation_years);
			slip_set(c, SV_hours, "%d", tv->registration_hours);
			slip_set(c, SV_fallback_hours, "%d", tv->fallback_hours);
			for (i = 0; i < tv->n_purposes_allowed; i++)
				text_buf_printf(&b, "%s%s", i == 0 ? "" :
						i + 1 == tv->n_purposes_allowed ? " and " : ", ",
						tv->purposes_allowed[i]);
			slip_set(c, SV_purposes, "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		if (v->has_deadline) {
			set_moment_vars(c, SV_deadline_time, SV_deadline_day, SV_deadline, v->deadline);
			date_var(c, SV_stay_from_day, v->stay_from.date);
		}
		if (v->airside) {
			for (i = 0; i < v->airside->n_airports; i++)
				text_buf_printf(&b, "%s%s", i ? " " : "", v->airside->airports[i]);
			slip_set(c, SV_airside_airports, "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		{
			const ed_port *ports[SLIP_MAX_LIST];
			size_t n = verdict_exit_ports(v, ports, SLIP_MAX_LIST);
			for (i = 0; i < n && i < SLIP_MAX_LIST; i++)
				text_buf_printf(&b, "%s%s", i ? ", " : "", ports[i]->name);
			slip_set(c, SV_exit_choices, "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		{
			const ed_area *areas[SLIP_MAX_LIST];
			size_t n = verdict_areas(v, areas, SLIP_MAX_LIST);
			slip_set(c, SV_area_count, "%zu", n);
			if (v->entry && v->entry->area->uncertain)
				text_buf_add(&b, v->entry->area->name);
			if (v->exit_port && s) {
				const ed_scheme_entry *x = scheme_entry(s, v->exit_port);
				if (x && x->area->uncertain && (!v->entry || x->area != v->entry->area))
					text_buf_printf(&b, "%s%s", b.len ? ", " : "", x->area->name);
			}
			slip_set(c, SV_uncertain_areas, "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
	} else {
		const ed_country *res = rules_country(c->r, a->residence);
		slip_set(c, SV_residence, "%s", res && res->name ? res->name : a->residence);
		if (a->location_now) {
			/* [slip] location_VALUE: the place in words */
			char key[64];
			const char *words, *words_zh;
			snprintf(key, sizeof key, "slip:location_%s", a->location_now);
			words = rules_text(c->r, key);
			words_zh = slip_T_zh(c, key);
			slip_set(c, SV_location_now, "%s", words ? words : a->location_now);
			slip_set_zh(c, SV_location_now, "%s", words_zh ? words_zh :
				   words ? words : a->location_now);
		}
		date_var(c, SV_permit_expiry, a->permit_expiry);
		slip_set(c, SV_applications, "%d", a->applications_this_month);
		slip_set(c, SV_applications_left, "%d", v->applications_left);
		/* the monthly limit starts again on the 1st of the next month */
		date_var(c, SV_next_month, date_add_months((ed_date){a->date.y, a->date.m, 1}, 1));
		date_var(c, SV_valid_from, v->valid_from);
		set_moment_vars(c, SV_valid_until_time, SV_valid_until_day, SV_COUNT, v->valid_until);
		if (ep) {
			date_var(c, SV_available_from, ep->v.from);
			slip_set(c, SV_monthly_limit, "%d", ep->monthly_limit);
			slip_set(c, SV_mobile_form, "%s", ep->mobile_form ? ep->mobile_form : "");
			for (i = 0; i < ep->n_residences; i++)
				if (!strcmp(ep->residences[i].code, a->residence))
					slip_set(c, SV_permit_form, "%s", ep->residences[i].permit_form);
		}
	}
}

/* ---- the ways in ---- */

static void moment_words(ed_moment m, char *buf, size_t size)
{
	char day[64], hm[8];

	long_date(m.date, day, sizeof day);
	time_format(m.minute, hm, sizeof hm);
	snprintf(buf, size, "%s on %s", hm, day);
}

/* "a, b and c" of a list of words */
static void word_list(text_buf *b, char *const *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		text_buf_printf(b, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", w[i]);
}

/* {name} = the text `key` filled, in both forms */
static void text_var(slip_ctx *c, slip_var name, const char *key)
{
	char *en, *zh;

	slip_texts(c, key, &en, &zh);
	slip_set(c, name, "%s", en ? en : "");
	slip_set_zh(c, name, "%s", zh ? zh : en ? en : "");
	free(en);
	free(zh);
}

/* {name} = a value the same in both forms */
static void both_var(slip_ctx *c, slip_var name, const char *value)
{
	slip_set(c, name, "%s", value);
	slip_set_zh(c, name, "%s", value);
}

/* the placeholders of one way: {way} {way_label} {way_until} {way_area}
 * and the terms its texts name */
void slip_set_way(slip_ctx *c, const ed_way *w)
{
	const ed_regime_version *rv = w->version;
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	char buf[128];
	text_buf b = {0}, z = {0};

	slip_set(c, SV_way, "%s", rv ? rv->label : w->regime->label);
	slip_set_zh(c, SV_way, "%s", rv ? rv->label_zh : w->regime->label_zh);
	slip_set(c, SV_way_label, "%s", rv ? rv->label : w->regime->label);
	slip_set_zh(c, SV_way_label, "%s", rv ? rv->label_zh : w->regime->label_zh);
	slip_set(c, SV_way_source, "%s", rv ? rv->source : w->regime->source);
	both_var(c, SV_way_until, "");
	both_var(c, SV_way_until_late, "");
	if (w->has_until) { /* else until holds no date */
		moment_words(w->until, buf, sizeof buf);
		slip_set(c, SV_way_until, "%s", buf);
		slip_day_time_zh(w->until.date, w->until.minute, buf, sizeof buf);
		slip_set_zh(c, SV_way_until, "%s", buf);
		moment_words(w->until_late, buf, sizeof buf);
		slip_set(c, SV_way_until_late, "%s", buf);
		slip_day_time_zh(w->until_late.date, w->until_late.minute, buf, sizeof buf);
		slip_set_zh(c, SV_way_until_late, "%s", buf);
	}
	text_var(c, SV_way_outcome, w->outcome == OUTCOME_ELIGIBLE ?
		 "ways:outcome_eligible" : "ways:outcome_review");
	slip_set(c, SV_stay_days, "%d", w->stay_days);
	slip_set(c, SV_days_180, "%d", a->days_180);
	slip_set(c, SV_passport_type, "%s", a->passport_type ? a->passport_type : "");
	if (!rv) {
		const ed_area *areas[SLIP_MAX_LIST];
		size_t n = verdict_areas(v, areas, SLIP_MAX_LIST);
		slip_set(c, SV_area_count, "%zu", n);
		both_var(c, SV_way_area, "");
		if (v->direct_transit) {
			/* no area: the traveller stays in the port */
		} else if (v->port_scheme && v->port_scheme->cross_area) {
			text_var(c, SV_way_area, "ways:area_transit_cross");
		} else if (n > 0) {
			slip_set(c, SV_way_areas, "%s", areas[0]->name);
			slip_set_zh(c, SV_way_areas, "%s", *areas[0]->name_zh ? areas[0]->name_zh :
				   areas[0]->name);
			text_var(c, SV_way_area, "ways:area_only");
		}
		if (v->version) {
			date_var(c, SV_joined, v->version->v.from);
			slip_set(c, SV_way_source, "%s", v->version->v.source);
			word_list(&b, v->version->purposes_allowed, v->version->n_purposes_allowed);
			slip_set(c, SV_purposes, "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		return;
	}
	slip_set(c, SV_limit_days, "%d", rv->stay_days ? rv->stay_days : rv->stay_hours / 24);
	slip_set(c, SV_cap_days, "%d", rv->cap_days);
	slip_set(c, SV_cap_window, "%d", rv->cap_window);
	word_list(&b, rv->purposes, rv->n_purposes);
	slip_set(c, SV_purposes, "%s", b.s ? b.s : "");
	text_buf_free(&b);
	word_list(&b, rv->passport_types, rv->n_passport_types);
	slip_set(c, SV_passport_types, "%s", b.s ? b.s : "");
	text_buf_free(&b);
	for (size_t i = 0; i < rv->n_areas; i++) {
		const ed_area *ar = rv->areas[i];
		text_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == rv->n_areas ? " and " : ", ",
				ar->name);
		text_buf_printf(&z, "%s%s", i == 0 ? "" : "、", *ar->name_zh ? ar->name_zh : ar->name);
	}
	slip_set(c, SV_way_areas, "%s", b.s ? b.s : "");
	slip_set_zh(c, SV_way_areas, "%s", z.s ? z.s : "");
	text_buf_free(&b);
	text_buf_free(&z);
	text_var(c, SV_way_area, rv->n_areas ? "ways:area_only" : "ways:area_mainland");
	/* the area as a label's value: the names alone */
	if (rv->n_areas) {
		slip_set(c, SV_way_area_name, "%s", slip_get(c, SV_way_areas));
		slip_set_zh(c, SV_way_area_name, "%s", slip_get_zh(c, SV_way_areas));
	} else {
		text_var(c, SV_way_area_name, "ways:area_mainland");
	}
	for (size_t i = 0; i < rv->n_arriving_from; i++)
		text_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == rv->n_arriving_from ? " or " : ", ",
				country_name(c->r, rv->arriving_from[i], buf, sizeof buf));
	slip_set(c, SV_arriving_choices, "%s", b.s ? b.s : "");
	text_buf_free(&b);
	slip_set(c, SV_group_kind, "%s", rv->group ? rv->group : "");
	if (rv->group_max && !rv->group_max_uncertain) {
		slip_set(c, SV_group_size, "%d to %d", rv->group_min, rv->group_max);
		slip_set_zh(c, SV_group_size, "%d至%d", rv->group_min, rv->group_max);
	} else {
		slip_set(c, SV_group_size, "%d or more", rv->group_min);
		slip_set_zh(c, SV_group_size, "不少于%d", rv->group_min);
	}
	text_var(c, SV_group_terms, rv->group_min || rv->together ? "ways:group_terms" :
		 "ways:group_terms_open");
	if (a->group && strcmp(a->group, "none")) {
		text_buf_printf(&b, "%s", a->group);
		if (a->group_size >= 0)
			text_buf_printf(&b, ", %d people", a->group_size);
		if (a->group_together == 0)
			text_buf_add(&b, ", not entering and leaving together");
		both_var(c, SV_group_given, b.s ? b.s : "");
		text_buf_free(&b);
	} else {
		text_var(c, SV_group_given, "ways:group_none");
	}
	{
		const ed_regime_country *k = regime_country(rv, a->nationality);
		both_var(c, SV_regime_end, "");
		if (k && k->has_until)
			date_var(c, SV_regime_end, k->until);
		date_var(c, SV_joined, k && k->has_from ? k->from : rv->from);
		both_var(c, SV_uncertain_until, "");
		both_var(c, SV_suspended_from, "");
		if (k && k->has_uncertain_until)
			date_var(c, SV_uncertain_until, k->uncertain_until);
		if (k && k->has_suspended_from)
			date_var(c, SV_suspended_from, k->suspended_from);
	}
	slip_set(c, SV_passport_months, "%d", rv->passport_months);
}
