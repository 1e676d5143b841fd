/* The slip and the [verdict] section. The layout (label column, rules,
 * bullets) is here; every word comes from the text sections of rules.ini,
 * with {placeholders} filled from the answers and the verdict. */
#include "core/slip.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"

#define LABEL_COLS 18 /* "Next destination: " */
#define MAX_VARS 64
#define MAX_LIST 128

typedef struct slip_var {
	const char *name;
	char *value;
} slip_var;

typedef struct slip_ctx {
	const ed_rules *r;
	const ed_answers *a;
	const ed_verdict *v;
	const bool *known; /* slip_render_known: the answers given; NULL: all */
	slip_var vars[MAX_VARS];
	size_t n_vars;
	text_buf out;
} slip_ctx;

/* The texts the slip uses, besides [reason.CODE] and [review.CODE]. */
static const char *const slip_texts[] = {
	"slip:title_transit", "slip:title_epass", "slip:label_check_date",
	"slip:label_application_date", "slip:label_rules", "slip:rules_value",
	"slip:rules_outdated", "slip:label_policy", "slip:policy_value", "slip:no_policy",
	"slip:heading_traveller", "slip:label_name", "slip:label_passport",
	"slip:label_nationality", "slip:label_arriving_from", "slip:label_entry",
	"slip:label_exit", "slip:label_destination", "slip:label_residence",
	"slip:label_permit", "slip:label_permit_expiry", "slip:not_given",
	"slip:port_unknown", "slip:heading_result", "slip:deadline",
	"slip:deadline_direct", "slip:label_area", "slip:area_cross",
	"slip:area_uncertain_mark", "slip:label_exit_ports", "slip:scheme_failed",
	"slip:no_scheme",
	"slip:heading_reasons", "slip:fix_prefix", "slip:heading_reviews",
	"slip:airside_heading", "slip:airside", "slip:airside_entry", "slip:label_valid",
	"slip:valid_value", "slip:label_usable_for", "slip:label_not_usable_for",
	"slip:label_applications_left", "slip:applications_left_value",
	"slip:heading_reminders", "slip:heading_legal", "slip:footer",
	"outcome:transit_eligible", "outcome:transit_direct",
	"outcome:transit_not_eligible", "outcome:transit_review",
	"outcome:epass_eligible", "outcome:epass_not_eligible", "outcome:epass_review",
	"reminders.transit:accommodation", "reminders.transit:penalties",
	"reminders.transit:force_majeure", "reminders.transit:decides",
	"reminders.direct:port", "reminders.direct:decides",
	"reminders.epass:checked_by", "reminders.epass:password",
	"reminders.epass:permit",
	"legal:transit", "legal:direct", "legal:refusal", "legal:epass",
	"slip:policy_value_transit",
	"ways:lead_eligible", "ways:lead_review", "ways:lead_direct", "ways:lead_visa",
	"ways:screen_eligible", "ways:screen_review", "ways:screen_visa",
	"ways:also_heading", "ways:also_item", "ways:outcome_eligible",
	"ways:outcome_review", "ways:area_mainland", "ways:area_only",
	"ways:area_transit_cross", "ways:close_heading", "ways:close_way",
	"ways:deadline", "ways:counting", "ways:group_terms", "ways:group_terms_open",
	"ways:group_none", "ways:penalties", "ways:legal_entry", "ways:close_way_title",
	"ways:way_area_value",
};

static bool require_text(const ed_rules *r, const char *key, const char *what, ed_error *err)
{
	const char *colon = strchr(key, ':');
	char section[96];
	size_t n = (size_t)(colon - key);
	const char *v = rules_text(r, key);

	if (v && !text_blank(v))
		return true;
	if (n >= sizeof section)
		n = sizeof section - 1;
	memcpy(section, key, n);
	section[n] = '\0';
	error_set(err, r->path, section, colon + 1,
		  "missing text; expected %s ({placeholders} allowed, see doc/rules-format.md)",
		  what);
	return false;
}

bool slip_check_texts(const ed_rules *r, ed_error *err)
{
	char key[128];
	size_t i;

	for (i = 0; i < sizeof slip_texts / sizeof slip_texts[0]; i++)
		if (!require_text(r, slip_texts[i], "one line of words", err))
			return false;
	for (i = 0; i < R_COUNT; i++) {
		snprintf(key, sizeof key, "reason.%s:text", reason_code((ed_reason)i));
		if (!require_text(r, key, "the failing condition in plain words", err))
			return false;
		snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)i));
		if (!require_text(r, key, "what would satisfy the condition", err))
			return false;
	}
	for (i = 0; i < V_COUNT; i++) {
		snprintf(key, sizeof key, "review.%s:text", review_code((ed_review)i));
		if (!require_text(r, key, "the point to confirm with border inspection", err))
			return false;
	}
	return true;
}

/* ---- placeholders ---- */

static void var_set(slip_ctx *c, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void var_set(slip_ctx *c, const char *name, const char *fmt, ...)
{
	text_buf b = {0};
	va_list ap;
	int n;
	size_t i;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	b.s = malloc((size_t)n + 1);
	if (!b.s)
		return;
	va_start(ap, fmt);
	vsnprintf(b.s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	for (i = 0; i < c->n_vars; i++) {
		if (!strcmp(c->vars[i].name, name)) {
			free(c->vars[i].value);
			c->vars[i].value = b.s;
			return;
		}
	}
	if (c->n_vars == MAX_VARS) {
		free(b.s);
		return;
	}
	c->vars[c->n_vars].name = name;
	c->vars[c->n_vars++].value = b.s;
}

static const char *var_get(const slip_ctx *c, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < c->n_vars; i++)
		if (strlen(c->vars[i].name) == len && !strncmp(c->vars[i].name, name, len))
			return c->vars[i].value;
	return NULL;
}

static void vars_free(slip_ctx *c)
{
	size_t i;

	for (i = 0; i < c->n_vars; i++)
		free(c->vars[i].value);
	c->n_vars = 0;
}

static const char *var_lookup(const void *c, const char *name, size_t len)
{
	return var_get(c, name, len);
}

/* the text with its {placeholders} filled (load checks the names) */
static char *fill(const slip_ctx *c, const char *tmpl)
{
	text_buf b = {0};

	text_fill(&b, tmpl, var_lookup, c);
	return text_buf_take(&b);
}

static const char *T(const slip_ctx *c, const char *key)
{
	const char *v = rules_text(c->r, key);
	return v ? v : "";
}

/* ---- layout ---- */

static void blank(slip_ctx *c)
{
	text_buf_add(&c->out, "\n");
}

static void rule_line(slip_ctx *c, char ch)
{
	char line[SLIP_WIDTH + 2];

	memset(line, ch, SLIP_WIDTH);
	line[SLIP_WIDTH] = '\n';
	line[SLIP_WIDTH + 1] = '\0';
	text_buf_add(&c->out, line);
}

/* a paragraph of text `key`, filled and wrapped */
static void para(slip_ctx *c, const char *key, const char *first, const char *rest)
{
	char *s = fill(c, T(c, key));

	text_wrap(&c->out, s, SLIP_WIDTH, first, rest);
	free(s);
}

/* "Label:            value", the value wrapped under itself */
static void labelled_value(slip_ctx *c, const char *label_key, const char *value)
{
	char first[256], indent[LABEL_COLS + 1];
	size_t cols;
	int n = snprintf(first, sizeof first, "%s:", T(c, label_key));

	cols = text_columns(first);
	memset(indent, ' ', LABEL_COLS);
	indent[LABEL_COLS] = '\0';
	if (n > 0 && cols < LABEL_COLS && (size_t)n + LABEL_COLS - cols < sizeof first) {
		memset(first + n, ' ', LABEL_COLS - cols);
		first[(size_t)n + LABEL_COLS - cols] = '\0';
	} else if (n > 0 && (size_t)n + 1 < sizeof first) {
		first[n] = ' ';
		first[n + 1] = '\0';
	}
	text_wrap(&c->out, value, SLIP_WIDTH, first, indent);
}

/* a labelled line whose value is the text `value_key`, filled */
static void labelled_text(slip_ctx *c, const char *label_key, const char *value_key)
{
	char *s = fill(c, T(c, value_key));

	labelled_value(c, label_key, s);
	free(s);
}

static void heading(slip_ctx *c, const char *key)
{
	blank(c);
	para(c, key, NULL, NULL);
}

static void bullet(slip_ctx *c, const char *key)
{
	para(c, key, "  - ", "    ");
}

/* ---- values ---- */

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

static void port_words(text_buf *b, const ed_port *p)
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
	if (typed && !strcasecmp(typed, "other") && *T(c, "slip:port_other"))
		typed = T(c, "slip:port_other");
	var_set(c, "port", "%s", typed ? typed : "");
	return fill(c, T(c, "slip:port_unknown"));
}

/* all but the last 3 characters as '*': enough to match the document,
 * not enough to copy it */
void slip_mask(const char *s, char *out, size_t size)
{
	if (!s)
		s = "";
	size_t chars = 0, i = 0, n = strlen(s), k = 0, seen = 0;
	unsigned cp;

	while (i < n) {
		i += text_decode(s + i, n - i, &cp);
		chars++;
	}
	for (i = 0; i < n && k + 5 < size;) {
		size_t len = text_decode(s + i, n - i, &cp);
		if (chars <= 3 || seen < chars - 3) {
			out[k++] = '*';
		} else {
			memcpy(out + k, s + i, len);
			k += len;
		}
		seen++;
		i += len;
	}
	out[k] = '\0';
}

static void long_date(ed_date d, char *buf, size_t size)
{
	date_format_long(d, buf, size);
}

/* "YYYY-MM-DD" or "... HH:MM" in words: "Friday 6 January 2023 10:00" */
static void day_time(ed_date d, int minute, char *buf, size_t size)
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
static void set_moment_vars(slip_ctx *c, const char *time_name, const char *day_name,
			    const char *both, ed_moment m)
{
	char day[64], hm[8];

	long_date(m.date, day, sizeof day);
	time_format(m.minute, hm, sizeof hm);
	var_set(c, time_name, "%s", hm);
	var_set(c, day_name, "%s", day);
	if (both)
		var_set(c, both, "%s on %s", hm, day);
}

static const ed_version *policy_of(const ed_verdict *v)
{
	if (v->flow == FLOW_EPASS)
		return v->epass ? &v->epass->v : NULL;
	return v->version ? &v->version->v : NULL;
}

/* Sets every placeholder any text may use. */
static void set_vars(slip_ctx *c)
{
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	const ed_version *pol = policy_of(v);
	const ed_epass_version *ep = v->epass;
	char buf[256], day[64];
	ed_date newest = rules_newest_as_of(c->r);
	size_t i;

	date_format(newest, buf, sizeof buf);
	var_set(c, "as_of", "%s", buf);
	var_set(c, "age_months", "%d", c->r->age_warning_months);
	long_date(a->date, day, sizeof day);
	var_set(c, "check_day", "%s", day);
	var_set(c, "policy", "%s", pol && pol->label ? pol->label : "");
	var_set(c, "policy_source", "%s", pol && pol->source ? pol->source : "");
	{
		/* the policy that decided: the way in's own version and source */
		const ed_way *in = verdict_way_in(v);
		if (in && in->version) {
			var_set(c, "policy", "%s", in->version->label);
			var_set(c, "policy_source", "%s", in->version->source);
		}
		if (in && !in->version) {
			var_set(c, "regime_label", "%s", in->regime->label);
			var_set(c, "regime_source", "%s", in->regime->source);
		}
		/* a visa: the port's transit scheme was the nearest policy */
		for (i = 0; !in && v->port_scheme && i < c->r->n_regimes; i++) {
			if (strcmp(c->r->regimes[i].id, v->port_scheme->id))
				continue;
			var_set(c, "regime_label", "%s", c->r->regimes[i].label);
			var_set(c, "regime_source", "%s", c->r->regimes[i].source);
		}
	}
	var_set(c, "scheme", "%s", verdict_scheme_id(v));

	if (a->flow == FLOW_TRANSIT) {
		const ed_transit_version *tv = v->version;
		const ed_scheme *s = v->port_scheme;
		char *port;
		text_buf b = {0};

		long_date(a->entry_date, day, sizeof day);
		var_set(c, "entry_day", "%s", day);
		var_set(c, "scheme_hours", "%d", s ? s->hours : 0);
		var_set(c, "port_scheme", "%d", s ? s->hours : 0);
		var_set(c, "nationality", "%s", country_name(c->r, a->nationality, buf, sizeof buf));
		var_set(c, "arriving_from", "%s", country_name(c->r, a->arriving_from, buf, sizeof buf));
		var_set(c, "destination", "%s", country_name(c->r, a->destination, buf, sizeof buf));
		port = port_value(c, v->entry_port, a->entry_port);
		var_set(c, "entry_port", "%s", port ? port : "");
		free(port);
		port = port_value(c, v->exit_port, a->exit_port ? a->exit_port : a->entry_port);
		var_set(c, "exit_port", "%s", port ? port : "");
		free(port);
		long_date(a->passport_expiry, day, sizeof day);
		var_set(c, "passport_expiry", "%s", day);
		day_time(a->departure_date, a->departure_time, buf, sizeof buf);
		var_set(c, "departure", "%s", buf);
		var_set(c, "purpose", "%s", a->purpose ? a->purpose : "");
		if (tv) {
			long_date(date_add_months(a->entry_date, tv->passport_months), day, sizeof day);
			var_set(c, "expiry_needed", "%s", day);
			var_set(c, "months", "%d", tv->passport_months);
			var_set(c, "years", "%d", tv->violation_years);
			var_set(c, "hours", "%d", tv->registration_hours);
			var_set(c, "fallback_hours", "%d", tv->fallback_hours);
			for (i = 0; i < tv->n_purposes_allowed; i++)
				text_buf_printf(&b, "%s%s", i == 0 ? "" :
						i + 1 == tv->n_purposes_allowed ? " and " : ", ",
						tv->purposes_allowed[i]);
			var_set(c, "purposes", "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		if (v->has_deadline) {
			set_moment_vars(c, "deadline_time", "deadline_day", "deadline", v->deadline);
			long_date(v->stay_from.date, day, sizeof day);
			var_set(c, "stay_from_day", "%s", day);
		}
		if (v->airside) {
			for (i = 0; i < v->airside->n_airports; i++)
				text_buf_printf(&b, "%s%s", i ? " " : "", v->airside->airports[i]);
			var_set(c, "airside_airports", "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		{
			const ed_port *ports[MAX_LIST];
			size_t n = verdict_exit_ports(v, ports, MAX_LIST);
			for (i = 0; i < n && i < MAX_LIST; i++)
				text_buf_printf(&b, "%s%s", i ? ", " : "", ports[i]->name);
			var_set(c, "exit_choices", "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		{
			const ed_area *areas[MAX_LIST];
			size_t n = verdict_areas(v, areas, MAX_LIST);
			var_set(c, "area_count", "%zu", n);
			if (v->entry && v->entry->area->uncertain)
				text_buf_add(&b, v->entry->area->name);
			if (v->exit_port && s) {
				const ed_scheme_entry *x = scheme_entry(s, v->exit_port);
				if (x && x->area->uncertain && (!v->entry || x->area != v->entry->area))
					text_buf_printf(&b, "%s%s", b.len ? ", " : "", x->area->name);
			}
			var_set(c, "uncertain_areas", "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
	} else {
		const ed_country *res = rules_country(c->r, a->residence);
		var_set(c, "residence", "%s", res && res->name ? res->name : a->residence);
		if (a->location_now) {
			/* [slip] location_VALUE: the place in words */
			char key[64];
			const char *words;
			snprintf(key, sizeof key, "slip:location_%s", a->location_now);
			words = rules_text(c->r, key);
			var_set(c, "location_now", "%s", words ? words : a->location_now);
		}
		long_date(a->permit_expiry, day, sizeof day);
		var_set(c, "permit_expiry", "%s", day);
		var_set(c, "applications", "%d", a->applications_this_month);
		var_set(c, "applications_left", "%d", v->applications_left);
		/* the monthly limit starts again on the 1st of the next month */
		long_date(date_add_months((ed_date){a->date.y, a->date.m, 1}, 1), day, sizeof day);
		var_set(c, "next_month", "%s", day);
		long_date(v->valid_from, day, sizeof day);
		var_set(c, "valid_from", "%s", day);
		set_moment_vars(c, "valid_until_time", "valid_until_day", NULL, v->valid_until);
		if (ep) {
			long_date(ep->v.from, day, sizeof day);
			var_set(c, "available_from", "%s", day);
			var_set(c, "monthly_limit", "%d", ep->monthly_limit);
			var_set(c, "mobile_form", "%s", ep->mobile_form ? ep->mobile_form : "");
			for (i = 0; i < ep->n_residences; i++)
				if (!strcmp(ep->residences[i].code, a->residence))
					var_set(c, "permit_form", "%s", ep->residences[i].permit_form);
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

/* the placeholders of one way: {way} {way_label} {way_until} {way_area}
 * and the terms its texts name */
static void set_way_vars(slip_ctx *c, const ed_way *w)
{
	const ed_regime_version *rv = w->version;
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	char buf[128];
	text_buf b = {0};
	char *s;

	var_set(c, "way", "%s", rv ? rv->label : w->regime->label);
	var_set(c, "way_label", "%s", rv ? rv->label : w->regime->label);
	var_set(c, "way_source", "%s", rv ? rv->source : w->regime->source);
	moment_words(w->until, buf, sizeof buf);
	var_set(c, "way_until", "%s", w->has_until ? buf : "");
	moment_words(w->until_late, buf, sizeof buf);
	var_set(c, "way_until_late", "%s", w->has_until ? buf : "");
	var_set(c, "way_outcome", "%s", T(c, w->outcome == OUTCOME_ELIGIBLE ?
					      "ways:outcome_eligible" : "ways:outcome_review"));
	var_set(c, "stay_days", "%d", w->stay_days);
	var_set(c, "days_180", "%d", a->days_180);
	var_set(c, "passport_type", "%s", a->passport_type ? a->passport_type : "");
	if (!rv) {
		const ed_area *areas[MAX_LIST];
		size_t n = verdict_areas(v, areas, MAX_LIST);
		var_set(c, "area_count", "%zu", n);
		if (v->direct_transit) {
			var_set(c, "way_area", "%s", "");
		} else if (v->port_scheme && v->port_scheme->cross_area) {
			s = fill(c, T(c, "ways:area_transit_cross"));
			var_set(c, "way_area", "%s", s ? s : "");
			free(s);
		} else if (n > 0) {
			var_set(c, "way_areas", "%s", areas[0]->name);
			s = fill(c, T(c, "ways:area_only"));
			var_set(c, "way_area", "%s", s ? s : "");
			free(s);
		}
		if (v->version) {
			char day[64];
			long_date(v->version->v.from, day, sizeof day);
			var_set(c, "joined", "%s", day);
			var_set(c, "way_source", "%s", v->version->v.source);
			word_list(&b, v->version->purposes_allowed, v->version->n_purposes_allowed);
			var_set(c, "purposes", "%s", b.s ? b.s : "");
			text_buf_free(&b);
		}
		return;
	}
	var_set(c, "limit_days", "%d", rv->stay_days ? rv->stay_days : rv->stay_hours / 24);
	var_set(c, "cap_days", "%d", rv->cap_days);
	var_set(c, "cap_window", "%d", rv->cap_window);
	word_list(&b, rv->purposes, rv->n_purposes);
	var_set(c, "purposes", "%s", b.s ? b.s : "");
	text_buf_free(&b);
	word_list(&b, rv->passport_types, rv->n_passport_types);
	var_set(c, "passport_types", "%s", b.s ? b.s : "");
	text_buf_free(&b);
	for (size_t i = 0; i < rv->n_areas; i++)
		text_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == rv->n_areas ? " and " : ", ",
				rv->areas[i]->name);
	var_set(c, "way_areas", "%s", b.s ? b.s : "");
	text_buf_free(&b);
	s = fill(c, T(c, rv->n_areas ? "ways:area_only" : "ways:area_mainland"));
	var_set(c, "way_area", "%s", s ? s : "");
	free(s);
	/* the area as a label's value: the names alone */
	if (rv->n_areas)
		var_set(c, "way_area_name", "%s", var_get(c, "way_areas", 9));
	else
		var_set(c, "way_area_name", "%s", T(c, "ways:area_mainland"));
	for (size_t i = 0; i < rv->n_arriving_from; i++)
		text_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == rv->n_arriving_from ? " or " : ", ",
				country_name(c->r, rv->arriving_from[i], buf, sizeof buf));
	var_set(c, "arriving_choices", "%s", b.s ? b.s : "");
	text_buf_free(&b);
	var_set(c, "group_kind", "%s", rv->group ? rv->group : "");
	if (rv->group_max)
		var_set(c, "group_size", "%d to %d", rv->group_min, rv->group_max);
	else
		var_set(c, "group_size", "%d or more", rv->group_min);
	s = fill(c, T(c, rv->group_min || rv->together ? "ways:group_terms" : "ways:group_terms_open"));
	var_set(c, "group_terms", "%s", s ? s : "");
	free(s);
	if (a->group && strcmp(a->group, "none")) {
		text_buf_printf(&b, "%s", a->group);
		if (a->group_size >= 0)
			text_buf_printf(&b, ", %d people", a->group_size);
		if (a->group_together == 0)
			text_buf_add(&b, ", not entering and leaving together");
		var_set(c, "group_given", "%s", b.s ? b.s : "");
		text_buf_free(&b);
	} else {
		var_set(c, "group_given", "%s", T(c, "ways:group_none"));
	}
	{
		const ed_regime_country *k = regime_country(rv, a->nationality);
		char day[64] = "";
		if (k && k->has_until)
			long_date(k->until, day, sizeof day);
		var_set(c, "regime_end", "%s", day);
		day[0] = '\0';
		long_date(k && k->has_from ? k->from : rv->from, day, sizeof day);
		var_set(c, "joined", "%s", day);
	}
}

/* ---- the slip's parts ---- */

static void part_header(slip_ctx *c, bool epass, ed_date today)
{
	char day[64];

	para(c, epass ? "slip:title_epass" : "slip:title_transit", NULL, NULL);
	rule_line(c, '=');
	long_date(c->a->date, day, sizeof day);
	labelled_value(c, epass ? "slip:label_application_date" : "slip:label_check_date", day);
	labelled_text(c, "slip:label_rules", "slip:rules_value");
	if (rules_outdated(c->r, today))
		para(c, "slip:rules_outdated", "  ", "  ");
	if (!epass && policy_of(c->v) && var_get(c, "regime_label", 12))
		labelled_text(c, "slip:label_policy", "slip:policy_value_transit");
	else if (policy_of(c->v))
		labelled_text(c, "slip:label_policy", "slip:policy_value");
	else
		para(c, "slip:no_policy", NULL, NULL);
}

static void optional_value(slip_ctx *c, const char *label, const char *value, bool masked)
{
	char buf[256];

	if (!value || !*value) {
		labelled_value(c, label, T(c, "slip:not_given"));
		return;
	}
	if (masked) {
		slip_mask(value, buf, sizeof buf);
		labelled_value(c, label, buf);
	} else {
		labelled_value(c, label, value);
	}
}

static void var_value(slip_ctx *c, const char *label, const char *var)
{
	const char *v = var_get(c, var, strlen(var));
	labelled_value(c, label, v ? v : "");
}

static void part_traveller_transit(slip_ctx *c)
{
	const ed_answers *a = c->a;
	char buf[512];
	const char *entry = var_get(c, "entry_port", 10);
	const char *exit = var_get(c, "exit_port", 9);

	heading(c, "slip:heading_traveller");
	optional_value(c, "slip:label_name", a->name, false);
	optional_value(c, "slip:label_passport", a->passport_number, true);
	var_value(c, "slip:label_nationality", "nationality");
	var_value(c, "slip:label_arriving_from", "arriving_from");
	day_time(a->entry_date, a->entry_time, buf, sizeof buf);
	{
		text_buf b = {0};
		text_buf_printf(&b, "%s, %s", entry ? entry : "", buf);
		labelled_value(c, "slip:label_entry", b.s);
		text_buf_free(&b);
		day_time(a->departure_date, a->departure_time, buf, sizeof buf);
		text_buf_printf(&b, "%s, %s", exit ? exit : "", buf);
		labelled_value(c, "slip:label_exit", b.s);
		text_buf_free(&b);
	}
	var_value(c, "slip:label_destination", "destination");
}

/* the permitted area(s) and the exit ports */
static void part_area(slip_ctx *c)
{
	const ed_area *areas[MAX_LIST];
	const ed_port *ports[MAX_LIST];
	size_t n = verdict_areas(c->v, areas, MAX_LIST), i;
	text_buf b = {0};

	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n == 1 && !(c->v->port_scheme && c->v->port_scheme->cross_area)) {
		text_buf_add(&b, areas[0]->name);
		if (areas[0]->name_zh && *areas[0]->name_zh)
			text_buf_printf(&b, " (%s)", areas[0]->name_zh);
		if (areas[0]->uncertain)
			text_buf_printf(&b, " %s", T(c, "slip:area_uncertain_mark"));
		labelled_value(c, "slip:label_area", b.s);
		text_buf_free(&b);
	} else if (n > 0) {
		para(c, "slip:area_cross", NULL, NULL);
		for (i = 0; i < n; i++) {
			text_buf_add(&b, areas[i]->name);
			if (areas[i]->name_zh && *areas[i]->name_zh)
				text_buf_printf(&b, " %s", areas[i]->name_zh);
			if (areas[i]->uncertain)
				text_buf_printf(&b, " %s", T(c, "slip:area_uncertain_mark"));
			text_wrap(&c->out, b.s, SLIP_WIDTH, "  - ", "    ");
			text_buf_free(&b);
		}
	}
	n = verdict_exit_ports(c->v, ports, MAX_LIST);
	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n == 0)
		return;
	if (!(c->v->port_scheme && c->v->port_scheme->cross_area)) {
		for (i = 0; i < n; i++) {
			if (i)
				text_buf_add(&b, "; ");
			port_words(&b, ports[i]);
		}
		labelled_value(c, "slip:label_exit_ports", b.s);
		text_buf_free(&b);
		return;
	}
	/* dozens of ports across provinces: one line per province, so the
	 * traveller finds the ports near them */
	labelled_value(c, "slip:label_exit_ports", "");
	for (i = 0; i < n; i++) {
		const char *prov = ports[i]->province ? ports[i]->province : "";
		bool seen = false;
		size_t j;

		for (j = 0; j < i && !seen; j++)
			seen = !strcmp(ports[j]->province ? ports[j]->province : "", prov);
		if (seen)
			continue;
		text_buf_printf(&b, "%s:", prov);
		for (j = i; j < n; j++) {
			if (strcmp(ports[j]->province ? ports[j]->province : "", prov))
				continue;
			text_buf_add(&b, j == i ? " " : "; ");
			port_words(&b, ports[j]);
		}
		text_wrap(&c->out, b.s, SLIP_WIDTH, "  - ", "    ");
		text_buf_free(&b);
	}
}

/* each condition of `bits` that fails, with what would satisfy it */
static void reason_bullets(slip_ctx *c, unsigned bits)
{
	char key[96], fix_first[128];
	int n = snprintf(fix_first, sizeof fix_first, "    %s ", T(c, "slip:fix_prefix"));

	if (n < 0 || (size_t)n >= sizeof fix_first)
		snprintf(fix_first, sizeof fix_first, "    ");
	for (size_t i = 0; i < R_COUNT; i++) {
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "reason.%s:text", reason_code((ed_reason)i));
		bullet(c, key);
		snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)i));
		para(c, key, fix_first, "    ");
	}
}

/* the points of `bits` to confirm, under their heading */
static void review_bullets(slip_ctx *c, unsigned bits)
{
	char key[96];

	if (!bits)
		return;
	heading(c, "slip:heading_reviews");
	for (size_t i = 0; i < V_COUNT; i++) {
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "review.%s:text", review_code((ed_review)i));
		bullet(c, key);
	}
}

/* every failing condition with what would satisfy it */
static void part_reasons(slip_ctx *c)
{
	if (!c->v->reasons)
		return;
	if (c->v->direct_transit) {
		blank(c);
		/* the port may have no scheme at all: there is no "0-hour" one */
		para(c, c->v->port_scheme ? "slip:scheme_failed" : "slip:no_scheme", NULL, NULL);
	} else {
		heading(c, "slip:heading_reasons");
	}
	reason_bullets(c, c->v->reasons);
}

static void part_reviews(slip_ctx *c)
{
	review_bullets(c, c->v->reviews);
}

/* the transit verdict's details: its deadline, area and exits, why the
 * port's scheme failed (24-hour direct transit), the points to confirm */
static void part_transit_details(slip_ctx *c)
{
	const ed_verdict *v = c->v;
	const ed_regime *port = v->port_scheme ? rules_regime(c->r, v->port_scheme->id) : NULL;

	/* the reasons below are the port scheme's, not the 24-hour transit's */
	if (v->direct_transit && port)
		var_set(c, "way_label", "%s", port->label);

	if (v->outcome != OUTCOME_NOT_ELIGIBLE && v->has_deadline) {
		blank(c);
		para(c, v->direct_transit ? "slip:deadline_direct" : "slip:deadline", NULL, NULL);
	}
	if (v->outcome != OUTCOME_NOT_ELIGIBLE && !v->direct_transit) {
		blank(c);
		part_area(c);
	}
	part_reasons(c);
	part_reviews(c);
	if (v->direct_transit && v->airside) {
		heading(c, "slip:airside_heading");
		para(c, "slip:airside", NULL, NULL);
		if (v->entry_airside)
			para(c, "slip:airside_entry", NULL, NULL);
	}
}

/* a regime of its own (not transit): deadline, day counting, area, and
 * the points to confirm */
static void part_way_details(slip_ctx *c, const ed_way *w)
{
	blank(c);
	para(c, "ways:deadline", NULL, NULL);
	if (w->version->stay_days)
		para(c, "ways:counting", NULL, NULL);
	blank(c);
	labelled_text(c, "slip:label_area", "ways:way_area_value");
	review_bullets(c, w->reviews);
}

/* a way that came close: every condition it failed, with the fix */
static void part_close_way(slip_ctx *c, const ed_way *w)
{
	blank(c);
	para(c, "ways:close_way", NULL, NULL);
	reason_bullets(c, w->reasons);
}

/* RESULT: the way in first, then the other ways in, then the details of
 * each; or "a visa is needed" and what failed in the ways that came close */
static void part_result_ways(slip_ctx *c)
{
	const ed_verdict *v = c->v;
	const ed_way *in = verdict_way_in(v);
	size_t i, shown = 0;

	heading(c, "slip:heading_result");
	rule_line(c, '-');
	if (!in) {
		para(c, "ways:lead_visa", NULL, NULL);
		heading(c, "ways:close_heading");
		for (i = 0; i < v->n_ways; i++) {
			if (!v->ways[i].close || !v->ways[i].reasons)
				continue;
			set_way_vars(c, &v->ways[i]);
			part_close_way(c, &v->ways[i]);
			shown++;
		}
		/* nothing came close: say at least why the port's transit failed */
		for (i = 0; !shown && i < v->n_ways; i++) {
			if (v->ways[i].regime->kind != REGIME_TRANSIT || !v->ways[i].reasons)
				continue;
			set_way_vars(c, &v->ways[i]);
			part_close_way(c, &v->ways[i]);
			shown++;
		}
		if (v->reviews && v->port_scheme)
			part_reviews(c);
		return;
	}
	set_way_vars(c, in);
	para(c, v->direct_transit && !in->version ? "ways:lead_direct" :
		in->outcome == OUTCOME_ELIGIBLE ? "ways:lead_eligible" : "ways:lead_review",
	     NULL, NULL);
	if (v->n_ways_in > 1) {
		heading(c, "ways:also_heading");
		for (i = 1; i < v->n_ways_in; i++) {
			set_way_vars(c, &v->ways[v->ways_in[i]]);
			bullet(c, "ways:also_item");
		}
	}
	for (i = 0; i < v->n_ways_in; i++) {
		const ed_way *w = &v->ways[v->ways_in[i]];
		set_way_vars(c, w);
		blank(c);
		rule_line(c, '.');
		para(c, "ways:close_way_title", NULL, NULL);
		if (w->version)
			part_way_details(c, w);
		else
			part_transit_details(c);
	}
}

static void part_reminders_legal(slip_ctx *c, const char *const *reminders,
				 const char *const *legal)
{
	heading(c, "slip:heading_reminders");
	for (; *reminders; reminders++)
		bullet(c, *reminders);
	heading(c, "slip:heading_legal");
	for (; *legal; legal++)
		bullet(c, *legal);
	blank(c);
	rule_line(c, '-');
	para(c, "slip:footer", NULL, NULL);
}

static void slip_transit(slip_ctx *c, ed_date today)
{
	static const char *const rem_transit[] = {
		"reminders.transit:accommodation", "reminders.transit:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_direct[] = {
		"reminders.direct:port", "reminders.direct:decides", NULL};
	static const char *const legal_granted[] = {"legal:transit", NULL};
	static const char *const legal_direct[] = {"legal:direct", NULL};
	static const char *const legal_refused[] = {"legal:transit", "legal:refusal", NULL};
	static const char *const rem_entry[] = {
		"reminders.transit:accommodation", "ways:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_refused[] = {"reminders.transit:decides", NULL};
	static const char *const legal_entry[] = {"ways:legal_entry", NULL};
	const ed_verdict *v = c->v;
	const ed_way *in = verdict_way_in(v);

	part_header(c, false, today);
	part_traveller_transit(c);
	part_result_ways(c);
	/* reminders only where they apply: none about registration when no
	 * way lets the traveller in */
	if (!in)
		part_reminders_legal(c, rem_refused, legal_refused);
	else if (in->version)
		part_reminders_legal(c, rem_entry, legal_entry);
	else if (v->direct_transit)
		part_reminders_legal(c, rem_direct, legal_direct);
	else
		part_reminders_legal(c, rem_transit, legal_granted);
}

static void slip_epass(slip_ctx *c, ed_date today)
{
	static const char *const rem[] = {
		"reminders.epass:checked_by", "reminders.epass:password",
		"reminders.epass:permit", NULL};
	static const char *const legal[] = {"legal:epass", NULL};
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	const char *key = v->outcome == OUTCOME_ELIGIBLE ? "outcome:epass_eligible" :
			  v->outcome == OUTCOME_REVIEW ? "outcome:epass_review" :
			  "outcome:epass_not_eligible";

	part_header(c, true, today);
	heading(c, "slip:heading_traveller");
	optional_value(c, "slip:label_name", a->name, false);
	if (!c->known || c->known[AK_RESIDENCE])
		var_value(c, "slip:label_residence", "residence");
	optional_value(c, "slip:label_permit", a->permit_number, true);
	if (!c->known || c->known[AK_PERMIT_EXPIRY])
		var_value(c, "slip:label_permit_expiry", "permit_expiry");

	heading(c, "slip:heading_result");
	rule_line(c, '-');
	para(c, key, NULL, NULL);
	if (v->outcome == OUTCOME_ELIGIBLE) {
		blank(c);
		labelled_text(c, "slip:label_valid", "slip:valid_value");
	}
	if (v->epass) {
		if (v->outcome == OUTCOME_NOT_ELIGIBLE)
			blank(c);
		labelled_value(c, "slip:label_usable_for", v->epass->usable_for);
		labelled_value(c, "slip:label_not_usable_for", v->epass->not_usable_for);
		if (!c->known || c->known[AK_APPLICATIONS])
			labelled_text(c, "slip:label_applications_left",
				      "slip:applications_left_value");
	}
	part_reasons(c);
	part_reviews(c);
	part_reminders_legal(c, rem, legal);
}

char *slip_render(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today)
{
	slip_ctx c;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	set_vars(&c);
	if (a->flow == FLOW_EPASS)
		slip_epass(&c, today);
	else
		slip_transit(&c, today);
	vars_free(&c);
	return text_buf_take(&c.out);
}

char *slip_render_known(const ed_answers *a, const bool *known, const ed_verdict *v,
			const ed_rules *r, ed_date today)
{
	slip_ctx c;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	c.known = known;
	set_vars(&c);
	slip_epass(&c, today);
	vars_free(&c);
	return text_buf_take(&c.out);
}

char *slip_fill(const ed_answers *a, const ed_verdict *v, const ed_rules *r,
		const char *tmpl, const char *const *extra)
{
	slip_ctx c;
	char *s;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	set_vars(&c);
	if (v->port_scheme) { /* reasons name the port's scheme (slip_build.c) */
		const ed_regime *port = rules_regime(r, v->port_scheme->id);
		if (port)
			var_set(&c, "way_label", "%s", port->label);
	}
	for (; extra && extra[0] && extra[1]; extra += 2)
		var_set(&c, extra[0], "%s", extra[1]);
	s = fill(&c, tmpl);
	vars_free(&c);
	return s;
}

/* ---- --format ini ---- */

/* key = value, quoted when iniparser would cut it at ; or # */
static void ini_pair(text_buf *b, const char *key, const char *value)
{
	const char *v = value ? value : "";
	char q = strchr(v, '"') ? '\'' : '"';

	if (!*v)
		text_buf_printf(b, "%s =\n", key);
	else if (strpbrk(v, ";#"))
		text_buf_printf(b, "%s = %c%s%c\n", key, q, v, q);
	else
		text_buf_printf(b, "%s = %s\n", key, v);
}

static void ini_codes(text_buf *b, const char *key, unsigned bits, bool reasons)
{
	text_buf list = {0};
	size_t i, n = reasons ? R_COUNT : V_COUNT;

	for (i = 0; i < n; i++) {
		if (!((bits >> i) & 1u))
			continue;
		text_buf_printf(&list, "%s%s", list.len ? "," : "",
				reasons ? reason_code((ed_reason)i) : review_code((ed_review)i));
	}
	ini_pair(b, key, list.s);
	text_buf_free(&list);
}

static void ini_moment(text_buf *b, const char *key, bool has, ed_moment m)
{
	char buf[32] = "";

	if (has)
		moment_format(m, buf, sizeof buf);
	ini_pair(b, key, buf);
}

char *report_ini(const char *section, const ed_answers *a, const ed_verdict *v,
		 const ed_rules *r)
{
	text_buf b = {0}, list = {0};
	const ed_version *pol = policy_of(v);
	char buf[64];
	size_t i, n;

	text_buf_printf(&b, "[%s]\n", section);
	ini_pair(&b, "flow", flow_name(a->flow));
	ini_pair(&b, "outcome", outcome_name(v->outcome));
	if (a->flow == FLOW_TRANSIT) {
		const ed_area *areas[MAX_LIST];
		const ed_port *ports[MAX_LIST];

		/* a traveller who may not transit has no deadline, area or exit:
		 * printing the port's would read as a grant */
		bool granted = v->outcome != OUTCOME_NOT_ELIGIBLE;

		ini_pair(&b, "scheme", verdict_scheme_id(v));
		ini_moment(&b, "stay_from", granted && v->has_deadline, v->stay_from);
		ini_moment(&b, "exit_deadline", granted && v->has_deadline, v->deadline);
		n = granted ? verdict_areas(v, areas, MAX_LIST) : 0;
		for (i = 0; i < n && i < MAX_LIST; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", areas[i]->id);
		ini_pair(&b, "area", list.s);
		text_buf_free(&list);
		n = granted ? verdict_exit_ports(v, ports, MAX_LIST) : 0;
		for (i = 0; i < n && i < MAX_LIST; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", ports[i]->id);
		ini_pair(&b, "exit_ports", list.s);
		text_buf_free(&list);
	} else {
		bool ok = v->outcome == OUTCOME_ELIGIBLE;
		buf[0] = '\0';
		if (ok)
			date_format(v->valid_from, buf, sizeof buf);
		ini_pair(&b, "valid_from", buf);
		ini_moment(&b, "valid_until", ok, v->valid_until);
		ini_pair(&b, "usable_for", v->epass ? v->epass->usable_for : "");
		snprintf(buf, sizeof buf, "%d", v->applications_left);
		ini_pair(&b, "applications_left", v->epass ? buf : "");
	}
	ini_codes(&b, "reasons", v->reasons, true);
	ini_codes(&b, "review", v->reviews, false);
	if (a->flow == FLOW_TRANSIT) {
		const ed_way *in = verdict_way_in(v);
		const ed_area *areas[MAX_LIST];

		ini_pair(&b, "way_in", in ? in->regime->id : "visa");
		ini_pair(&b, "way_in_outcome", outcome_name(in ? in->outcome : OUTCOME_NOT_ELIGIBLE));
		ini_moment(&b, "way_in_until", in && in->has_until, in ? in->until : v->deadline);
		n = in ? way_areas(v, in, areas, MAX_LIST) : 0;
		for (i = 0; i < n && i < MAX_LIST; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", areas[i]->id);
		ini_pair(&b, "way_in_area", in && !n && !v->direct_transit ? "mainland" : list.s);
		text_buf_free(&list);
		ini_codes(&b, "way_in_review", in ? in->reviews : 0, false);
		for (i = 0; i < v->n_ways_in; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", v->ways[v->ways_in[i]].regime->id);
		ini_pair(&b, "ways_in", list.s);
		text_buf_free(&list);
	}
	ini_pair(&b, "policy", pol ? pol->section : "");
	ini_pair(&b, "policy_label", pol ? pol->label : "");
	ini_pair(&b, "policy_source", pol ? pol->source : "");
	date_format(rules_newest_as_of(r), buf, sizeof buf);
	ini_pair(&b, "rules_as_of", buf);
	return text_buf_take(&b);
}
