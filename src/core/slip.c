/* The slip: one document (core/slipdoc.h) built from a verdict, in English
 * and Chinese, which the text slip (slip_render) and the PDF (src/pdf/)
 * both draw. The order is here: the way in first (the deadline in words,
 * the area in one line), the other ways in, the compact lists, what failed
 * and what would satisfy it, the points to confirm, the traveller, the
 * reminders, the legal basis, the rules' version and sources. Every word
 * comes from the text sections of rules.ini, each with its _zh form, with
 * {placeholders} filled from the answers and the verdict. The [verdict]
 * section of --format ini is at the end. */
#include "core/slip.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"
#include "core/verdict_query.h"

#define MAX_VARS 64
#define MAX_LIST 128

typedef struct slip_var {
	const char *name;
	char *value;
} slip_var;

/* the placeholders' values: English, and the Chinese forms of those that
 * differ (dates, the ways' names); a Chinese text falls back to English */
typedef struct var_table {
	slip_var vars[MAX_VARS];
	size_t n;
} var_table;

typedef struct slip_ctx {
	const ed_rules *r;
	const ed_answers *a;
	const ed_verdict *v;
	const bool *known; /* slip_render_known: the answers given; NULL: all */
	var_table en, zh;
	slipdoc *d;
} slip_ctx;

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
	"reminders.epass:permit_lost", "reminders.epass:permit_damaged",
	"reminders.epass:permit_not_carried", "reminders.epass:permit_expired",
	"legal:transit", "legal:direct", "legal:refusal", "legal:epass",
	"slip:policy_value_transit",
	"ways:lead_eligible", "ways:lead_review", "ways:lead_direct", "ways:lead_visa",
	"ways:screen_eligible", "ways:screen_review", "ways:screen_visa",
	"ways:also_heading", "ways:also_item", "ways:outcome_eligible",
	"ways:outcome_review", "ways:area_mainland", "ways:area_only",
	"ways:area_transit_cross", "ways:close_heading", "ways:close_way",
	"ways:deadline", "ways:counting", "ways:group_terms", "ways:group_terms_open",
	"ways:group_none", "ways:penalties", "ways:legal_entry", "ways:close_way_title",
	"ways:way_area_value", "ways:lead_renew", "ways:lead_type", "ways:screen_renew",
	"ways:counting_entry_day", "ways:counting_next_day", "reminders.arrival_card:text",
	"ways:lead_direct_untimed", "ways:lead_direct_review", "slip:deadline_direct_untimed", "ways:policy_passport",
	"ways:policy_passport_source",
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

/* ---- placeholders ---- */

static void table_set(var_table *t, const char *name, char *value)
{
	size_t i;

	if (!value)
		return;
	for (i = 0; i < t->n; i++) {
		if (!strcmp(t->vars[i].name, name)) {
			free(t->vars[i].value);
			t->vars[i].value = value;
			return;
		}
	}
	if (t->n == MAX_VARS) {
		free(value);
		return;
	}
	t->vars[t->n].name = name;
	t->vars[t->n++].value = value;
}

static char *vformat(const char *fmt, va_list ap)
{
	va_list cp;
	char *s;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || !(s = malloc((size_t)n + 1)))
		return NULL;
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

static void var_set(slip_ctx *c, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void var_set_zh(slip_ctx *c, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* the English value; a Chinese one set before stays */
static void var_set(slip_ctx *c, const char *name, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	table_set(&c->en, name, vformat(fmt, ap));
	va_end(ap);
}

static void var_set_zh(slip_ctx *c, const char *name, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	table_set(&c->zh, name, vformat(fmt, ap));
	va_end(ap);
}

static const char *table_get(const var_table *t, const char *name, size_t len)
{
	for (size_t i = 0; i < t->n; i++)
		if (strlen(t->vars[i].name) == len && !strncmp(t->vars[i].name, name, len))
			return t->vars[i].value;
	return NULL;
}

static const char *var_get(const slip_ctx *c, const char *name, size_t len)
{
	return table_get(&c->en, name, len);
}

static void table_free(var_table *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->vars[i].value);
	t->n = 0;
}

static const char *var_lookup(const void *c, const char *name, size_t len)
{
	return var_get(c, name, len);
}

static const char *var_lookup_zh(const void *ctx, const char *name, size_t len)
{
	const slip_ctx *c = ctx;
	const char *v = table_get(&c->zh, name, len);

	return v ? v : var_get(c, name, len);
}

/* the text with its {placeholders} filled (load checks the names) */
static char *fill(const slip_ctx *c, const char *tmpl)
{
	text_buf b = {0};

	text_fill(&b, tmpl, var_lookup, c);
	return text_buf_take(&b);
}

static char *fill_zh(const slip_ctx *c, const char *tmpl)
{
	text_buf b = {0};

	text_fill(&b, tmpl, var_lookup_zh, c);
	return text_buf_take(&b);
}

static const char *T(const slip_ctx *c, const char *key)
{
	const char *v = rules_text(c->r, key);
	return v ? v : "";
}

/* the Chinese form of the text `key` ("section:key_zh"), or NULL */
static const char *T_zh(const slip_ctx *c, const char *key)
{
	char zkey[160];

	snprintf(zkey, sizeof zkey, "%s_zh", key);
	return rules_text(c->r, zkey);
}

/* both forms of the text `key`, filled; the caller frees them */
static void texts(const slip_ctx *c, const char *key, char **en, char **zh)
{
	const char *z = T_zh(c, key);

	*en = fill(c, T(c, key));
	*zh = z ? fill_zh(c, z) : NULL;
}

/* ---- the document ---- */

static sd_block *add(slip_ctx *c, sd_kind kind, const char *key)
{
	char *en, *zh;
	sd_block *b;

	texts(c, key, &en, &zh);
	b = slipdoc_add(c->d, kind, en ? en : "", zh);
	free(en);
	free(zh);
	return b;
}

/* fine print: what the traveller rarely reads but must have */
static sd_block *small(sd_block *b)
{
	if (b)
		b->small = true;
	return b;
}

/* "Label: value", the value data, not a text (zh may be NULL) */
static sd_block *kv_value(slip_ctx *c, const char *label_key, const char *en, const char *zh)
{
	const char *lz = T_zh(c, label_key);

	return slipdoc_add_kv(c->d, T(c, label_key), lz, en ? en : "", zh);
}

/* "Label: value", both texts of rules.ini */
static sd_block *kv_text(slip_ctx *c, const char *label_key, const char *value_key)
{
	char *en, *zh;
	sd_block *b;

	texts(c, value_key, &en, &zh);
	b = kv_value(c, label_key, en, zh);
	free(en);
	free(zh);
	return b;
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

/* {name}: a day in words, in English and in Chinese */
static void date_var(slip_ctx *c, const char *name, ed_date d)
{
	char day[64];

	long_date(d, day, sizeof day);
	var_set(c, name, "%s", day);
	date_format_long_zh(d, day, sizeof day);
	var_set_zh(c, name, "%s", day);
}

/* "2023年1月6日（星期五）10:00" */
static void day_time_zh(ed_date d, int minute, char *buf, size_t size)
{
	char day[64], hm[8] = "";

	date_format_long_zh(d, day, sizeof day);
	if (minute != ED_NO_TIME)
		time_format(minute, hm, sizeof hm);
	snprintf(buf, size, "%s%s", day, hm);
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
	date_format_long_zh(m.date, day, sizeof day);
	var_set_zh(c, day_name, "%s", day);
	if (both)
		var_set_zh(c, both, "%s%s", day, hm);
}

static const ed_version *policy_of(const ed_verdict *v)
{
	if (v->flow == FLOW_EPASS)
		return v->epass ? &v->epass->v : NULL;
	return v->version ? &v->version->v : NULL;
}

/* Sets every placeholder any text may use. */
/* a country placeholder: "Germany (DEU)", and in Chinese "德国" when the
 * rules have its Chinese name (iso-codes' translations) */
static void country_var(slip_ctx *c, const char *var, const char *code)
{
	const ed_country *k = code && *code ? rules_country(c->r, code) : NULL;
	char buf[160];

	var_set(c, var, "%s", country_name(c->r, code, buf, sizeof buf));
	if (k && k->name_zh && *k->name_zh)
		var_set_zh(c, var, "%s", k->name_zh);
}

static void set_vars(slip_ctx *c)
{
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	const ed_version *pol = policy_of(v);
	const ed_epass_version *ep = v->epass;
	char buf[256];
	ed_date newest = rules_newest_as_of(c->r);
	size_t i;

	date_format(newest, buf, sizeof buf);
	var_set(c, "as_of", "%s", buf);
	var_set(c, "age_months", "%d", c->r->age_warning_months);
	date_var(c, "check_day", a->date);
	var_set(c, "policy", "%s", pol && pol->label ? pol->label : "");
	var_set(c, "policy_source", "%s", pol && pol->source ? pol->source : "");
	{
		/* the policy that decided (verdict_policy): a 72/144/240-hour
		 * transit names its regime, then the transit version applied */
		const ed_way *in = verdict_way_in(v);
		ed_policy dec;
		if (verdict_policy(v, c->r, &dec) &&
		    (!in || in->version || v->direct_transit || v->passport_expired)) {
			var_set(c, "policy", "%s", dec.label ? dec.label : "");
			if (dec.label_zh)
				var_set_zh(c, "policy", "%s", dec.label_zh);
			var_set(c, "policy_source", "%s", dec.source ? dec.source : "");
		}
		if (in && !in->version && !v->direct_transit) {
			var_set(c, "regime_label", "%s", in->regime->label);
			var_set_zh(c, "regime_label", "%s", in->regime->label_zh);
			var_set(c, "regime_source", "%s", in->regime->source);
		}
		/* a visa: the port's transit scheme was the nearest policy */
		for (i = 0; !in && !v->passport_expired && v->port_scheme && i < c->r->n_regimes; i++) {
			if (strcmp(c->r->regimes[i].id, v->port_scheme->id))
				continue;
			var_set(c, "regime_label", "%s", c->r->regimes[i].label);
			var_set_zh(c, "regime_label", "%s", c->r->regimes[i].label_zh);
			var_set(c, "regime_source", "%s", c->r->regimes[i].source);
		}
	}
	var_set(c, "scheme", "%s", verdict_scheme_id(v));

	if (a->flow == FLOW_TRANSIT) {
		const ed_transit_version *tv = v->version;
		const ed_scheme *s = v->port_scheme;
		char *port;
		text_buf b = {0};

		date_var(c, "entry_day", a->entry_date);
		var_set(c, "scheme_hours", "%d", s ? s->hours : 0);
		var_set(c, "port_scheme", "%d", s ? s->hours : 0);
		country_var(c, "nationality", a->nationality);
		country_var(c, "arriving_from", a->arriving_from);
		country_var(c, "destination", a->destination);
		port = port_value(c, v->entry_port, a->entry_port);
		var_set(c, "entry_port", "%s", port ? port : "");
		free(port);
		port = port_value(c, v->exit_port, a->exit_port ? a->exit_port : a->entry_port);
		var_set(c, "exit_port", "%s", port ? port : "");
		free(port);
		date_var(c, "passport_expiry", a->passport_expiry);
		day_time(a->departure_date, a->departure_time, buf, sizeof buf);
		var_set(c, "departure", "%s", buf);
		day_time_zh(a->departure_date, a->departure_time, buf, sizeof buf);
		var_set_zh(c, "departure", "%s", buf);
		var_set(c, "purpose", "%s", a->purpose ? a->purpose : "");
		if (tv) {
			date_var(c, "expiry_needed", date_add_months(a->entry_date, tv->passport_months));
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
			date_var(c, "stay_from_day", v->stay_from.date);
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
			const char *words, *words_zh;
			snprintf(key, sizeof key, "slip:location_%s", a->location_now);
			words = rules_text(c->r, key);
			words_zh = T_zh(c, key);
			var_set(c, "location_now", "%s", words ? words : a->location_now);
			var_set_zh(c, "location_now", "%s", words_zh ? words_zh :
				   words ? words : a->location_now);
		}
		date_var(c, "permit_expiry", a->permit_expiry);
		var_set(c, "applications", "%d", a->applications_this_month);
		var_set(c, "applications_left", "%d", v->applications_left);
		/* the monthly limit starts again on the 1st of the next month */
		date_var(c, "next_month", date_add_months((ed_date){a->date.y, a->date.m, 1}, 1));
		date_var(c, "valid_from", v->valid_from);
		set_moment_vars(c, "valid_until_time", "valid_until_day", NULL, v->valid_until);
		if (ep) {
			date_var(c, "available_from", ep->v.from);
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

/* {name} = the text `key` filled, in both forms */
static void text_var(slip_ctx *c, const char *name, const char *key)
{
	char *en, *zh;

	texts(c, key, &en, &zh);
	var_set(c, name, "%s", en ? en : "");
	var_set_zh(c, name, "%s", zh ? zh : en ? en : "");
	free(en);
	free(zh);
}

/* {name} = a value the same in both forms */
static void both_var(slip_ctx *c, const char *name, const char *value)
{
	var_set(c, name, "%s", value);
	var_set_zh(c, name, "%s", value);
}

/* the placeholders of one way: {way} {way_label} {way_until} {way_area}
 * and the terms its texts name */
static void set_way_vars(slip_ctx *c, const ed_way *w)
{
	const ed_regime_version *rv = w->version;
	const ed_answers *a = c->a;
	const ed_verdict *v = c->v;
	char buf[128];
	text_buf b = {0}, z = {0};

	var_set(c, "way", "%s", rv ? rv->label : w->regime->label);
	var_set_zh(c, "way", "%s", rv ? rv->label_zh : w->regime->label_zh);
	var_set(c, "way_label", "%s", rv ? rv->label : w->regime->label);
	var_set_zh(c, "way_label", "%s", rv ? rv->label_zh : w->regime->label_zh);
	var_set(c, "way_source", "%s", rv ? rv->source : w->regime->source);
	both_var(c, "way_until", "");
	both_var(c, "way_until_late", "");
	if (w->has_until) { /* else until holds no date */
		moment_words(w->until, buf, sizeof buf);
		var_set(c, "way_until", "%s", buf);
		day_time_zh(w->until.date, w->until.minute, buf, sizeof buf);
		var_set_zh(c, "way_until", "%s", buf);
		moment_words(w->until_late, buf, sizeof buf);
		var_set(c, "way_until_late", "%s", buf);
		day_time_zh(w->until_late.date, w->until_late.minute, buf, sizeof buf);
		var_set_zh(c, "way_until_late", "%s", buf);
	}
	text_var(c, "way_outcome", w->outcome == OUTCOME_ELIGIBLE ?
		 "ways:outcome_eligible" : "ways:outcome_review");
	var_set(c, "stay_days", "%d", w->stay_days);
	var_set(c, "days_180", "%d", a->days_180);
	var_set(c, "passport_type", "%s", a->passport_type ? a->passport_type : "");
	if (!rv) {
		const ed_area *areas[MAX_LIST];
		size_t n = verdict_areas(v, areas, MAX_LIST);
		var_set(c, "area_count", "%zu", n);
		both_var(c, "way_area", "");
		if (v->direct_transit) {
			/* no area: the traveller stays in the port */
		} else if (v->port_scheme && v->port_scheme->cross_area) {
			text_var(c, "way_area", "ways:area_transit_cross");
		} else if (n > 0) {
			var_set(c, "way_areas", "%s", areas[0]->name);
			var_set_zh(c, "way_areas", "%s", *areas[0]->name_zh ? areas[0]->name_zh :
				   areas[0]->name);
			text_var(c, "way_area", "ways:area_only");
		}
		if (v->version) {
			date_var(c, "joined", v->version->v.from);
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
	for (size_t i = 0; i < rv->n_areas; i++) {
		const ed_area *ar = rv->areas[i];
		text_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == rv->n_areas ? " and " : ", ",
				ar->name);
		text_buf_printf(&z, "%s%s", i == 0 ? "" : "、", *ar->name_zh ? ar->name_zh : ar->name);
	}
	var_set(c, "way_areas", "%s", b.s ? b.s : "");
	var_set_zh(c, "way_areas", "%s", z.s ? z.s : "");
	text_buf_free(&b);
	text_buf_free(&z);
	text_var(c, "way_area", rv->n_areas ? "ways:area_only" : "ways:area_mainland");
	/* the area as a label's value: the names alone */
	if (rv->n_areas) {
		var_set(c, "way_area_name", "%s", var_get(c, "way_areas", 9));
		var_set_zh(c, "way_area_name", "%s", table_get(&c->zh, "way_areas", 9));
	} else {
		text_var(c, "way_area_name", "ways:area_mainland");
	}
	for (size_t i = 0; i < rv->n_arriving_from; i++)
		text_buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 == rv->n_arriving_from ? " or " : ", ",
				country_name(c->r, rv->arriving_from[i], buf, sizeof buf));
	var_set(c, "arriving_choices", "%s", b.s ? b.s : "");
	text_buf_free(&b);
	var_set(c, "group_kind", "%s", rv->group ? rv->group : "");
	if (rv->group_max && !rv->group_max_uncertain) {
		var_set(c, "group_size", "%d to %d", rv->group_min, rv->group_max);
		var_set_zh(c, "group_size", "%d至%d", rv->group_min, rv->group_max);
	} else {
		var_set(c, "group_size", "%d or more", rv->group_min);
		var_set_zh(c, "group_size", "不少于%d", rv->group_min);
	}
	text_var(c, "group_terms", rv->group_min || rv->together ? "ways:group_terms" :
		 "ways:group_terms_open");
	if (a->group && strcmp(a->group, "none")) {
		text_buf_printf(&b, "%s", a->group);
		if (a->group_size >= 0)
			text_buf_printf(&b, ", %d people", a->group_size);
		if (a->group_together == 0)
			text_buf_add(&b, ", not entering and leaving together");
		both_var(c, "group_given", b.s ? b.s : "");
		text_buf_free(&b);
	} else {
		text_var(c, "group_given", "ways:group_none");
	}
	{
		const ed_regime_country *k = regime_country(rv, a->nationality);
		both_var(c, "regime_end", "");
		if (k && k->has_until)
			date_var(c, "regime_end", k->until);
		date_var(c, "joined", k && k->has_from ? k->from : rv->from);
		both_var(c, "uncertain_until", "");
		both_var(c, "suspended_from", "");
		if (k && k->has_uncertain_until)
			date_var(c, "uncertain_until", k->uncertain_until);
		if (k && k->has_suspended_from)
			date_var(c, "suspended_from", k->suspended_from);
	}
	var_set(c, "passport_months", "%d", rv->passport_months);
}

/* ---- the slip's parts ---- */

/* one text of the page header, in English and Chinese, from rules.ini */
static void header_text(slip_ctx *c, const char *key, sd_text *field)
{
	char *en, *zh;

	texts(c, key, &en, &zh);
	slipdoc_set_text(c->d, field, en, zh);
	free(en);
	free(zh);
}

/* the page header (the check's day, the traveller, the document) and the
 * title */
static void part_header(slip_ctx *c, bool epass)
{
	const ed_answers *a = c->a;
	const char *doc = epass ? a->permit_number : a->passport_number;
	char en[64], zh[64], masked[128];

	date_format_long(a->date, en, sizeof en);
	date_format_long_zh(a->date, zh, sizeof zh);
	slipdoc_set_text(c->d, &c->d->check_date, en, zh);
	header_text(c, "slip:page", &c->d->page);
	header_text(c, epass ? "slip:label_application_date" : "slip:label_check_date",
		    &c->d->date_label);
	header_text(c, "slip:label_name", &c->d->name_label);
	header_text(c, epass ? "slip:label_permit" : "slip:label_passport",
		    &c->d->document_label);
	slipdoc_set(c->d, &c->d->name, a->name && *a->name ? a->name : NULL);
	if (doc && *doc) {
		slip_mask(doc, masked, sizeof masked);
		slipdoc_set(c->d, &c->d->document, masked);
	}
	add(c, SD_TITLE, epass ? "slip:title_epass" : "slip:title_transit");
}

/* the rules' version and the policy that decided, then the footer */
static void part_sources(slip_ctx *c, bool epass, ed_date today)
{
	small(kv_text(c, "slip:label_rules", "slip:rules_value"));
	/* an outdated rules file is no fine print */
	if (rules_outdated(c->r, today))
		add(c, SD_PARA, "slip:rules_outdated");
	if (policy_of(c->v)) {
		/* the policy's Chinese line is its Chinese name alone: its
		 * sources are English data, and repeating them under the
		 * English ones doubles the fine print (and the pages) */
		const char *key = !epass && var_get(c, "regime_label", 12) ?
				  "slip:policy_value_transit" : "slip:policy_value";
		const char *zh = table_get(&c->zh, "regime_label", 12);
		char *en = fill(c, T(c, key));
		if (!zh)
			zh = table_get(&c->zh, "policy", 6);
		small(kv_value(c, "slip:label_policy", en, zh));
		free(en);
	} else
		add(c, SD_PARA, "slip:no_policy");
	add(c, SD_FOOTER, "slip:footer");
}

/* "Label: value", the value a {placeholder}'s (both forms) */
static void var_value(slip_ctx *c, const char *label, const char *var)
{
	size_t n = strlen(var);
	const char *en = var_get(c, var, n), *zh = table_get(&c->zh, var, n);

	kv_value(c, label, en ? en : "", zh);
}

/* "Beijing 北京, Capital (PEK), Wednesday 2 December 2026 07:10" and
 * "北京，2026年12月2日（星期三）07:10" */
static void port_day_value(slip_ctx *c, const char *label, const ed_port *p, const char *var,
			   ed_date day, int minute)
{
	text_buf en = {0}, zh = {0};
	const char *port = var_get(c, var, strlen(var));
	char buf[96];

	day_time(day, minute, buf, sizeof buf);
	text_buf_printf(&en, "%s, %s", port ? port : "", buf);
	if (p && p->name_zh && *p->name_zh)
		text_buf_printf(&zh, "%s，", p->name_zh);
	day_time_zh(day, minute, buf, sizeof buf);
	text_buf_add(&zh, buf);
	kv_value(c, label, en.s, zh.s);
	text_buf_free(&en);
	text_buf_free(&zh);
}

static void part_traveller_transit(slip_ctx *c)
{
	const ed_answers *a = c->a;

	add(c, SD_HEADING, "slip:heading_traveller");
	var_value(c, "slip:label_nationality", "nationality");
	var_value(c, "slip:label_arriving_from", "arriving_from");
	port_day_value(c, "slip:label_entry", c->v->entry_port, "entry_port", a->entry_date,
		       a->entry_time);
	port_day_value(c, "slip:label_exit", c->v->exit_port, "exit_port", a->departure_date,
		       a->departure_time);
	var_value(c, "slip:label_destination", "destination");
}

/* an area as a list item or a value: "Hainan province" / "海南省" */
static void area_words(slip_ctx *c, const ed_area *ar, text_buf *en, text_buf *zh)
{
	const char *mark = T(c, "slip:area_uncertain_mark");
	const char *mark_zh = T_zh(c, "slip:area_uncertain_mark");

	text_buf_add(en, ar->name);
	text_buf_add(zh, ar->name_zh && *ar->name_zh ? ar->name_zh : ar->name);
	if (ar->uncertain) {
		text_buf_printf(en, " %s", mark);
		text_buf_printf(zh, "%s", mark_zh ? mark_zh : mark);
	}
}


/* the transit's permitted area in one line and its few exit ports (one
 * area); a cross-area scheme's lists come later (part_transit_lists) */
static void part_transit_area(slip_ctx *c)
{
	const ed_area *areas[MAX_LIST];
	const ed_port *ports[MAX_LIST];
	size_t n = verdict_areas(c->v, areas, MAX_LIST), i;
	text_buf en = {0}, zh = {0};

	if (n != 1 || (c->v->port_scheme && c->v->port_scheme->cross_area))
		return;
	area_words(c, areas[0], &en, &zh);
	kv_value(c, "slip:label_area", en.s, zh.s);
	text_buf_free(&en);
	text_buf_free(&zh);
	n = verdict_exit_ports(c->v, ports, MAX_LIST);
	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n == 0)
		return;
	/* a few ports: their Chinese names are in the English line */
	for (i = 0; i < n; i++) {
		text_buf_add(&en, i ? "; " : "");
		port_words(&en, ports[i]);
	}
	kv_value(c, "slip:label_exit_ports", en.s, NULL);
	text_buf_free(&en);
}

/* the permitted areas of a cross-area scheme and its exit ports by
 * province, compact */
static void part_transit_lists(slip_ctx *c)
{
	const ed_area *areas[MAX_LIST];
	const ed_port *ports[MAX_LIST];
	size_t n = verdict_areas(c->v, areas, MAX_LIST), i, j;
	text_buf en = {0}, zh = {0};
	sd_block *list;

	if (!(c->v->port_scheme && c->v->port_scheme->cross_area))
		return;
	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n > 0) {
		list = add(c, SD_LIST, "slip:area_cross");
		for (i = 0; i < n; i++) {
			area_words(c, areas[i], &en, &zh);
			slipdoc_list_add(c->d, list, en.s, zh.s);
			text_buf_free(&en);
			text_buf_free(&zh);
		}
	}
	n = verdict_exit_ports(c->v, ports, MAX_LIST);
	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n == 0)
		return;
	/* dozens of ports across provinces: one item per province, so the
	 * traveller finds the ports near them */
	list = add(c, SD_LIST, "slip:label_exit_ports");
	for (i = 0; i < n; i++) {
		const char *prov = ports[i]->province ? ports[i]->province : "";
		bool seen = false;

		for (j = 0; j < i && !seen; j++)
			seen = !strcmp(ports[j]->province ? ports[j]->province : "", prov);
		if (seen)
			continue;
		text_buf_printf(&en, "%s:", prov);
		for (j = i; j < n; j++) {
			if (strcmp(ports[j]->province ? ports[j]->province : "", prov))
				continue;
			text_buf_add(&en, j == i ? " " : "; ");
			/* each port's Chinese name beside it: many have none */
			port_words(&en, ports[j]);
		}
		slipdoc_list_add(c->d, list, en.s, NULL);
		text_buf_free(&en);
	}
}

/* each condition of `bits` that fails, with what would satisfy it */
static void reason_bullets(slip_ctx *c, unsigned bits)
{
	char key[96], *pre, *pre_zh;

	texts(c, "slip:fix_prefix", &pre, &pre_zh);
	for (size_t i = 0; i < R_COUNT; i++) {
		text_buf fe = {0}, fz = {0};
		char *en, *zh;

		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "reason.%s:text", reason_code((ed_reason)i));
		add(c, SD_BULLET, key);
		snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)i));
		texts(c, key, &en, &zh);
		text_buf_printf(&fe, "%s %s", pre ? pre : "", en ? en : "");
		if (zh && pre_zh)
			text_buf_printf(&fz, "%s%s", pre_zh, zh);
		slipdoc_add(c->d, SD_NOTE, fe.s, fz.s);
		text_buf_free(&fe);
		text_buf_free(&fz);
		free(en);
		free(zh);
	}
	free(pre);
	free(pre_zh);
}

/* the points of `bits` to confirm, under their heading */
static void review_bullets(slip_ctx *c, unsigned bits)
{
	char key[96];

	if (!bits)
		return;
	add(c, SD_HEADING, "slip:heading_reviews");
	for (size_t i = 0; i < V_COUNT; i++) {
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "review.%s:text", review_code((ed_review)i));
		add(c, SD_BULLET, key);
	}
}

/* every failing condition of the transit verdict, with its fix */
static void part_reasons(slip_ctx *c)
{
	if (!c->v->reasons)
		return;
	/* the port may have no scheme at all: there is no "0-hour" one */
	add(c, SD_HEADING, !c->v->direct_transit ? "slip:heading_reasons" :
	    c->v->port_scheme ? "slip:scheme_failed" : "slip:no_scheme");
	reason_bullets(c, c->v->reasons);
}

/* a transit way's deadline and its area in one line */
static void part_transit_outcome(slip_ctx *c)
{
	const ed_verdict *v = c->v;

	if (v->outcome != OUTCOME_NOT_ELIGIBLE && v->has_deadline)
		add(c, SD_DEADLINE, v->direct_transit ? "slip:deadline_direct" : "slip:deadline");
	else if (v->outcome != OUTCOME_NOT_ELIGIBLE && v->direct_transit)
		add(c, SD_DEADLINE, "slip:deadline_direct_untimed");
	if (v->outcome != OUTCOME_NOT_ELIGIBLE && !v->direct_transit)
		part_transit_area(c);
}

/* a transit way's lists, failing conditions, points to confirm (unless
 * `first`: the way in's stand under its outcome), and the airside transit
 * of a 24-hour direct transit */
static void part_transit_rest(slip_ctx *c, bool first)
{
	const ed_verdict *v = c->v;
	const ed_regime *port = v->port_scheme ? rules_regime(c->r, v->port_scheme->id) : NULL;

	if (v->outcome != OUTCOME_NOT_ELIGIBLE && !v->direct_transit)
		part_transit_lists(c);
	/* the reasons below are the port scheme's, not the 24-hour transit's */
	if (v->direct_transit && port) {
		var_set(c, "way_label", "%s", port->label);
		var_set_zh(c, "way_label", "%s", port->label_zh);
	}
	part_reasons(c);
	if (!first)
		review_bullets(c, v->reviews);
	if (v->direct_transit && v->airside) {
		add(c, SD_HEADING, "slip:airside_heading");
		add(c, SD_PARA, "slip:airside");
		if (v->entry_airside)
			add(c, SD_PARA, "slip:airside_entry");
	}
}

/* a regime of its own (not transit): deadline, day counting, the area in
 * one line */
static void part_way_outcome(slip_ctx *c, const ed_way *w)
{
	static const char *const counting[] = {
		[COUNT_UNSETTLED] = "ways:counting", [COUNT_ENTRY_DAY] = "ways:counting_entry_day",
		[COUNT_NEXT_DAY] = "ways:counting_next_day",
	};

	if (w->has_until) { /* an agreement not listed has no known stay */
		add(c, SD_DEADLINE, "ways:deadline");
		add(c, SD_PARA, counting[way_stay_count(w, c->a->nationality)]);
	}
	kv_text(c, "slip:label_area", "ways:way_area_value");
}

/* RESULT: the way in first (its deadline, its area, the points to confirm
 * it hangs on), then the other ways in, then the way in's lists and
 * conditions, then the other ways' own; or "a visa is needed" and what failed in the ways that
 * came close */
static void part_result_ways(slip_ctx *c)
{
	const ed_verdict *v = c->v;
	const ed_way *in = verdict_way_in(v);
	size_t i, shown = 0;

	if (v->passport_expired) {
		/* the passport decides first: nothing else is worth reading */
		add(c, SD_OUTCOME, "ways:lead_renew");
		add(c, SD_HEADING, "slip:heading_reasons");
		reason_bullets(c, 1u << R_PASSPORT_EXPIRED);
		return;
	}
	if (!in) {
		add(c, SD_OUTCOME, "ways:lead_visa");
		add(c, SD_HEADING, "ways:close_heading");
		for (i = 0; i < v->n_ways; i++) {
			const ed_way *w = &v->ways[i];
			if (!w->reasons || !w->close)
				continue;
			set_way_vars(c, w);
			add(c, SD_PARA, "ways:close_way");
			reason_bullets(c, w->reasons);
			shown++;
		}
		/* nothing came close: say at least why the port's transit failed */
		for (i = 0; !shown && i < v->n_ways; i++) {
			if (v->ways[i].regime->kind != REGIME_TRANSIT || !v->ways[i].reasons)
				continue;
			set_way_vars(c, &v->ways[i]);
			add(c, SD_PARA, "ways:close_way");
			reason_bullets(c, v->ways[i].reasons);
			shown++;
		}
		if (v->reviews && v->port_scheme)
			review_bullets(c, v->reviews);
		return;
	}
	set_way_vars(c, in);
	add(c, SD_OUTCOME, v->direct_transit && !in->version ?
	    (in->outcome == OUTCOME_REVIEW ? "ways:lead_direct_review" :
	     in->has_until ? "ways:lead_direct" : "ways:lead_direct_untimed") :
	    in->regime->kind == REGIME_PASSPORT_TYPE ? "ways:lead_type" :
	    in->outcome == OUTCOME_ELIGIBLE ? "ways:lead_eligible" : "ways:lead_review");
	if (in->version)
		part_way_outcome(c, in);
	else
		part_transit_outcome(c);
	/* the points the outcome hangs on, before any long list */
	review_bullets(c, in->version ? in->reviews : v->reviews);
	if (v->n_ways_in > 1) {
		add(c, SD_HEADING, "ways:also_heading");
		for (i = 1; i < v->n_ways_in; i++) {
			set_way_vars(c, &v->ways[v->ways_in[i]]);
			add(c, SD_BULLET, "ways:also_item");
		}
		set_way_vars(c, in);
	}
	if (!in->version)
		part_transit_rest(c, true);
	/* the other ways' own terms, each under its name */
	for (i = 1; i < v->n_ways_in; i++) {
		const ed_way *w = &v->ways[v->ways_in[i]];
		set_way_vars(c, w);
		add(c, SD_HEADING, "ways:close_way_title");
		if (w->version) {
			part_way_outcome(c, w);
			review_bullets(c, w->reviews);
		} else {
			part_transit_outcome(c);
			part_transit_rest(c, false);
		}
	}
}

/* reminders and the legal basis: fine print */
static void part_reminders_legal(slip_ctx *c, const char *const *reminders,
				 const char *const *legal)
{
	add(c, SD_HEADING, "slip:heading_reminders");
	for (; *reminders; reminders++)
		small(add(c, SD_BULLET, *reminders));
	add(c, SD_HEADING, "slip:heading_legal");
	for (; *legal; legal++)
		small(add(c, SD_BULLET, *legal));
}

static void slip_transit(slip_ctx *c, ed_date today)
{
	static const char *const rem_transit[] = {
		"reminders.transit:accommodation", "reminders.transit:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_transit_card[] = {"reminders.arrival_card:text",
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
	static const char *const rem_entry_card[] = {"reminders.arrival_card:text",
		"reminders.transit:accommodation", "ways:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_refused[] = {"reminders.transit:decides", NULL};
	static const char *const legal_entry[] = {"ways:legal_entry", NULL};
	const ed_verdict *v = c->v;
	const ed_way *in = verdict_way_in(v);

	part_header(c, false);
	part_result_ways(c);
	part_traveller_transit(c);
	/* reminders only where they apply: none about registration when no
	 * way lets the traveller in */
	if (!in)
		part_reminders_legal(c, rem_refused, legal_refused);
	else if (in->version)
		part_reminders_legal(c, verdict_arrival_card(v, c->a, c->r) ? rem_entry_card :
				     rem_entry, legal_entry);
	else if (v->direct_transit)
		part_reminders_legal(c, rem_direct, legal_direct);
	else
		part_reminders_legal(c, verdict_arrival_card(v, c->a, c->r) ? rem_transit_card :
				     rem_transit, legal_granted);
	part_sources(c, false, today);
}

/* the reminder about the permit, as the traveller answered what became of
 * it; NULL when they have it (or did not say) */
static const char *permit_reminder(const slip_ctx *c)
{
	if (c->known && !c->known[AK_PERMIT_STATUS])
		return NULL;
	switch (c->a->permit_status) {
	case PERMIT_LOST: return "reminders.epass:permit_lost";
	case PERMIT_DAMAGED: return "reminders.epass:permit_damaged";
	case PERMIT_NOT_CARRIED: return "reminders.epass:permit_not_carried";
	case PERMIT_EXPIRED: return "reminders.epass:permit_expired";
	default: return NULL;
	}
}

static void slip_epass(slip_ctx *c, ed_date today)
{
	const char *const rem[] = {
		"reminders.epass:checked_by", "reminders.epass:password",
		permit_reminder(c), NULL};
	static const char *const legal[] = {"legal:epass", NULL};
	const ed_verdict *v = c->v;

	part_header(c, true);
	add(c, SD_OUTCOME, v->outcome == OUTCOME_ELIGIBLE ? "outcome:epass_eligible" :
	    v->outcome == OUTCOME_REVIEW ? "outcome:epass_review" : "outcome:epass_not_eligible");
	if (v->outcome == OUTCOME_ELIGIBLE) {
		/* until when: as large as a transit deadline */
		char *le, *lz, *ve, *vz;
		text_buf en = {0}, zh = {0};
		texts(c, "slip:label_valid", &le, &lz);
		texts(c, "slip:valid_value", &ve, &vz);
		text_buf_printf(&en, "%s: %s", le ? le : "", ve ? ve : "");
		if (lz && vz)
			text_buf_printf(&zh, "%s：%s", lz, vz);
		slipdoc_add(c->d, SD_DEADLINE, en.s ? en.s : "", zh.s);
		text_buf_free(&en);
		text_buf_free(&zh);
		free(le), free(lz), free(ve), free(vz);
	}
	if (v->epass) {
		/* the scope texts are data of [epass.*], in English only */
		kv_value(c, "slip:label_usable_for", v->epass->usable_for, NULL);
		kv_value(c, "slip:label_not_usable_for", v->epass->not_usable_for, NULL);
		if (!c->known || c->known[AK_APPLICATIONS])
			kv_text(c, "slip:label_applications_left", "slip:applications_left_value");
	}
	part_reasons(c);
	review_bullets(c, v->reviews);
	add(c, SD_HEADING, "slip:heading_traveller");
	/* a refusal from the answers so far prints only what was answered
	 * (known, or for the PDF made from the same answers: what is set) */
	if ((!c->known || c->known[AK_RESIDENCE]) && c->a->residence[0])
		var_value(c, "slip:label_residence", "residence");
	if ((!c->known || c->known[AK_PERMIT_EXPIRY]) && c->a->permit_expiry.y > 0)
		var_value(c, "slip:label_permit_expiry", "permit_expiry");
	part_reminders_legal(c, rem, legal);
	part_sources(c, true, today);
}

sd_chinese slip_chinese_for(const ed_answers *a)
{
	sd_chinese c;

	if (a->slip_chinese && sd_chinese_parse(a->slip_chinese, &c))
		return c;
	return a->flow == FLOW_EPASS ? SD_ZH_TRADITIONAL : SD_ZH_SIMPLIFIED;
}

/* the slip document; known: the answers given (a refusal from the answers
 * so far prints no other), NULL: all */
static slipdoc *build_doc(const ed_answers *a, const bool *known, const ed_verdict *v,
			  const ed_rules *r, ed_date today)
{
	slip_ctx c;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	c.known = known;
	c.d = slipdoc_new();
	if (!c.d)
		return NULL;
	set_vars(&c);
	if (a->flow == FLOW_EPASS)
		slip_epass(&c, today);
	else
		slip_transit(&c, today);
	table_free(&c.en);
	table_free(&c.zh);
	if (c.d->failed) {
		slipdoc_free(c.d);
		return NULL;
	}
	return c.d;
}

slipdoc *slip_doc(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today)
{
	return build_doc(a, NULL, v, r, today);
}

char *slip_render_known(const ed_answers *a, const bool *known, const ed_verdict *v,
			const ed_rules *r, ed_date today)
{
	slipdoc *d = build_doc(a, known, v, r, today);
	char *s = d ? slipdoc_text(d, SLIP_WIDTH, false) : NULL;

	slipdoc_free(d);
	return s;
}

slipdoc *slip_doc_known(const ed_answers *a, const bool *known, const ed_verdict *v,
			const ed_rules *r, ed_date today)
{
	return build_doc(a, known, v, r, today);
}

char *slip_fill_way(const ed_answers *a, const bool *known, const ed_verdict *v,
		    const ed_rules *r, const char *tmpl)
{
	slip_ctx c;
	const ed_way *in = v->flow == FLOW_TRANSIT ? verdict_way_in(v) : NULL;
	char *s;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	c.known = known;
	set_vars(&c);
	if (in)
		set_way_vars(&c, in);
	s = fill(&c, tmpl);
	table_free(&c.en);
	table_free(&c.zh);
	return s;
}

char *slip_render(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today)
{
	slipdoc *d = slip_doc(a, v, r, today);
	char *s = d ? slipdoc_text(d, SLIP_WIDTH, false) : NULL;

	slipdoc_free(d);
	return s;
}


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

		ini_pair(&b, "way_in", in ? in->regime->id : v->passport_expired ? "renew_passport" :
			 "visa");
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
	{
		/* the policy that decided; the transit scheme's own version in
		 * its own keys */
		ed_policy dec;
		bool has = verdict_policy(v, r, &dec);
		ini_pair(&b, "policy", has ? dec.section : "");
		ini_pair(&b, "policy_label", has && dec.label ? dec.label : "");
		ini_pair(&b, "policy_source", has && dec.source ? dec.source : "");
		if (a->flow == FLOW_TRANSIT) {
			ini_pair(&b, "transit_policy", pol ? pol->section : "");
			ini_pair(&b, "transit_policy_label", pol ? pol->label : "");
			ini_pair(&b, "transit_policy_source", pol ? pol->source : "");
		}
	}
	date_format(rules_newest_as_of(r), buf, sizeof buf);
	ini_pair(&b, "rules_as_of", buf);
	return text_buf_take(&b);
}
