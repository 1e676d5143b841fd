/* The regime sections of rules.ini: [regime.ID] (what a regime is and how
 * it ranks) and [regime_version.NAME] (its dated data: countries with the
 * date each joined, stay, ports, area, purposes, passport types, group
 * terms). Every problem is one message naming file, section and key and
 * the accepted form. */
#include "load/rules_regimes.h"
#include "load/rules_loader.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/answers.h"
#include "core/regime.h"
#include "core/verdict.h"

typedef struct rl {
	rules_loader *ld; /* the file, as the one reader read it */
	ed_rules *r;
	ed_error *err;
} rl;

static bool fail(const rl *L, const char *sec, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* one message naming file, section and key; returns false */
static bool fail(const rl *L, const char *sec, const char *key, const char *fmt, ...)
{
	char msg[900];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return ini_fail(&L->ld->f, sec, key, "%s", msg); /* with the line */
}
#define FAIL fail

/* the keys of each kind, on the key engine (rules_keys.c) as every kind
 * is: the plain ones (texts, numbers, yes/no, dates) parsed by the table
 * into their field; the lists and references (RK_OTHER) read below, with
 * the engine's code lists (capitals, @NAME of [countries.NAME]) */
#define RGK(name, req, form) { name, RK_OTHER, req, 0, 0, form, RK_NOWHERE, RK_NOWHERE }
#define G_AT(f) offsetof(ed_regime, f)
#define V_AT(f) offsetof(ed_regime_version, f)
static const rules_key keys_regime[] = {
	{ "label", RK_TEXT, true, 0, 0, "the regime's name, printed on the slip", G_AT(label),
	  RK_NOWHERE },
	{ "label_zh", RK_TEXT, true, 0, 0, "the regime's name in Simplified Chinese",
	  G_AT(label_zh), RK_NOWHERE },
	{ "source", RK_TEXT, true, 0, 0, "its own announcement (publisher, date)", G_AT(source),
	  RK_NOWHERE },
	{ "rank", RK_INT, true, 1, 999, "a whole number from 1 to 999 (lower is recommended "
	  "first)", G_AT(rank), RK_NOWHERE },
	RGK("kind", true, "entry, transit, group or passport_type"),
	{ "arrival_card_exempt", RK_YESNO, false, 0, 0, "yes or no", G_AT(arrival_card_exempt),
	  RK_NOWHERE },
	RULES_KEYS_END
};
static const rules_key keys_version[] = {
	RGK("regime", true, "the id of a [regime.ID] of kind entry, group or passport_type"),
	{ "label", RK_TEXT, true, 0, 0, "the version's name, printed on the slip", V_AT(label),
	  RK_NOWHERE },
	{ "label_zh", RK_TEXT, true, 0, 0, "the version's name in Simplified Chinese",
	  V_AT(label_zh), RK_NOWHERE },
	{ "source", RK_TEXT, true, 0, 0, "where it comes from (document, publisher, date)",
	  V_AT(source), RK_NOWHERE },
	{ "as_of", RK_DATE, true, 0, 0, "a date YYYY-MM-DD", V_AT(as_of), RK_NOWHERE },
	{ "effective_from", RK_DATE, true, 0, 0, "a date YYYY-MM-DD", V_AT(from), RK_NOWHERE },
	{ "effective_until", RK_DATE, false, 0, 0, "a date YYYY-MM-DD", V_AT(until),
	  V_AT(has_until) },
	RGK("countries.*", false, "CODE, CODE@YYYY-MM-DD, CODE@YYYY-MM-DD..YYYY-MM-DD or "
	    "@NAME of a [countries.NAME]"),
	{ "any_nationality", RK_YESNO, false, 0, 0, "yes or no", V_AT(any_nationality),
	  RK_NOWHERE },
	RGK("ends", false, "a date YYYY-MM-DD"),
	RGK("no_end", false, "alpha-3 codes or @NAME"),
	RGK("secondary", false, "alpha-3 codes or @NAME"),
	RGK("terms_uncertain", false, "alpha-3 codes or @NAME"),
	{ "cap_days", RK_INT, false, 1, 366, "a whole number from 1 to 366", V_AT(cap_days),
	  RK_NOWHERE },
	{ "cap_window_days", RK_INT, false, 1, 3660, "a whole number from 1 to 3660",
	  V_AT(cap_window), RK_NOWHERE },
	RGK("cap_countries", false, "alpha-3 codes or @NAME"),
	RGK("count_entry_day", false, "alpha-3 codes or @NAME whose agreement counts the entry "
	    "day as day 1"),
	RGK("start_uncertain", false, "CODE@YYYY-MM-DD (the last day its start is to confirm)"),
	RGK("partner_suspended", false, "CODE@YYYY-MM-DD (the day the partner suspended its side)"),
	{ "stay_days", RK_INT, false, 1, 366, "a whole number from 1 to 366", V_AT(stay_days),
	  RK_NOWHERE },
	{ "stay_hours", RK_INT, false, 24, 8784, "a multiple of 24 from 24 to 8784",
	  V_AT(stay_hours), RK_NOWHERE },
	RGK("stay_count", true, "entry_day, next_day or unsettled"),
	{ "passport_months_review", RK_INT, false, 1, 24, "a whole number from 1 to 24",
	  V_AT(passport_months), RK_NOWHERE },
	RGK("entry_ports", false, "port ids"),
	RGK("entry_provinces", false, "province names"),
	RGK("areas", false, "area ids"),
	RGK("purposes", false, "[trip] purpose values"),
	RGK("passport_types", false, "[trip] passport_type values"),
	RGK("group", false, "a [trip] group value other than none"),
	RGK("group_size", false, "MIN-MAX"),
	{ "group_max_uncertain", RK_YESNO, false, 0, 0, "yes or no", V_AT(group_max_uncertain),
	  RK_NOWHERE },
	{ "together", RK_YESNO, false, 0, 0, "yes or no", V_AT(together), RK_NOWHERE },
	RGK("arriving_from", false, "alpha-3 codes or @NAME"),
	RULES_KEYS_END
};
#undef RGK
#undef G_AT
#undef V_AT

static const char *get(const rl *L, const char *sec, const char *key)
{
	const char *v = ini_get(&L->ld->f, sec, key);
	if (!v)
		return NULL;
	while (isspace((unsigned char)*v))
		v++;
	return *v ? v : NULL;
}

/* the keys of sec against the kind's table, the plain ones parsed into
 * item (rules_keys.c) */
static bool parse_keys(rl *L, const char *sec, const rules_key *allowed, void *item)
{
	const ini_section *section = ini_section_get(&L->ld->f, sec);
	return !section || rules_parse_keys(L->ld, section, allowed, item);
}

static bool dup_key(rl *L, const char *sec, const char *key, bool required, const char *form,
		    char **out)
{
	const char *v = get(L, sec, key);
	*out = NULL;
	if (!v)
		return required ? FAIL(L, sec, key, "missing; accepted: %s", form) : true;
	*out = strdup(v);
	return *out ? true : FAIL(L, sec, key, "out of memory");
}

/* the next space-separated word of *s into buf; false at the end */
static bool next_word(const char **s, char *buf, size_t size)
{
	const char *p = *s;
	size_t n;

	while (*p && isspace((unsigned char)*p))
		p++;
	if (!*p)
		return false;
	for (n = 0; p[n] && !isspace((unsigned char)p[n]); n++)
		;
	snprintf(buf, size, "%.*s", (int)(n < size ? n : size - 1), p);
	*s = p + n;
	return true;
}

static size_t count_words(const char *s)
{
	char w[128];
	size_t n = 0;
	while (s && next_word(&s, w, sizeof w))
		n++;
	return n;
}

static bool code_ok(rl *L, const char *sec, const char *key, const char *w, char out[4])
{
	bool capitals = strlen(w) == 3;

	for (size_t i = 0; capitals && i < 3; i++)
		capitals = isupper((unsigned char)w[i]);
	if (!capitals || !rules_country(L->r, w))
		return FAIL(L, sec, key, "unknown country code '%s'; accepted: ISO 3166-1 alpha-3 "
			    "codes in capitals (e.g. DEU), written CODE, CODE@YYYY-MM-DD or "
			    "CODE@YYYY-MM-DD..YYYY-MM-DD, and @NAME of a [countries.NAME] section", w);
	memcpy(out, w, 4);
	return true;
}

static int country_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_regime_country *)a)->code, ((const ed_regime_country *)b)->code);
}

/* "DEU", "DEU@2023-12-01", "MYS@2023-12-01..2025-07-16" */
static bool parse_token(rl *L, const char *sec, const char *key, const char *w,
			ed_regime_country *c)
{
	char code[8], from[16] = "", until[16] = "";
	const char *at = strchr(w, '@');
	const char *dots = at ? strstr(at, "..") : NULL;

	memset(c, 0, sizeof *c);
	snprintf(code, sizeof code, "%.*s", (int)(at ? (size_t)(at - w) < 7 ? at - w : 7 : 7), w);
	if (!code_ok(L, sec, key, code, c->code))
		return false;
	if (!at)
		return true;
	snprintf(from, sizeof from, "%.*s", (int)(dots ? (size_t)(dots - at - 1) < 15 ? dots - at - 1 : 15 : 15), at + 1);
	if (dots)
		snprintf(until, sizeof until, "%s", dots + 2);
	if ((from[0] && !date_parse(from, &c->from)) || (dots && !date_parse(until, &c->until)) ||
	    (!from[0] && !dots))
		return FAIL(L, sec, key, "'%s' is not accepted; accepted: CODE, CODE@YYYY-MM-DD "
			    "(the day it joined) or CODE@YYYY-MM-DD..YYYY-MM-DD (joined and last day)", w);
	c->has_from = from[0] != '\0';
	c->has_until = dots != NULL;
	return true;
}

/* the codes of a key as a list (no dates), by the engine: capitals, and
 * @NAME of a [countries.NAME] */
static bool codes_of(rl *L, const char *sec, const char *key, char (**out)[4], size_t *n)
{
	const char *v = get(L, sec, key);

	*out = NULL;
	*n = 0;
	return !v || rules_parse_codes(L->ld, sec, key, v, true, out, n);
}

static bool has_code(char (*list)[4], size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], code))
			return true;
	return false;
}

/* start_uncertain and partner_suspended: CODE@YYYY-MM-DD of the
 * version's own countries */
static bool dated_marks(rl *L, const char *sec, const char *key, ed_regime_version *v)
{
	const char *s = get(L, sec, key);
	char w[64];

	while (s && next_word(&s, w, sizeof w)) {
		ed_regime_country t, *c;
		if (!parse_token(L, sec, key, w, &t))
			return false;
		if (!t.has_from || t.has_until)
			return FAIL(L, sec, key, "'%s' is not accepted; accepted: CODE@YYYY-MM-DD", w);
		c = (ed_regime_country *)regime_country(v, t.code);
		if (!c)
			return FAIL(L, sec, key, "%s is not in this version's countries; "
				    "accepted: codes of its countries.* keys", t.code);
		if (!strcmp(key, "start_uncertain")) {
			c->uncertain_until = t.from;
			c->has_uncertain_until = true;
		} else {
			c->suspended_from = t.from;
			c->has_suspended_from = true;
		}
	}
	return true;
}

/* "@NAME" in a countries.* key: the codes of [countries.NAME], each with
 * no dates of its own, added to v's countries (grown past *cap) */
static bool add_list(rl *L, const char *sec, const char *key, const char *w,
		     ed_regime_version *v, size_t *cap)
{
	ed_code *codes = NULL;
	size_t n = 0;

	if (!rules_parse_codes(L->ld, sec, key, w, true, &codes, &n))
		return free(codes), false;
	if (v->n_countries + n + 1 > *cap) {
		size_t want = v->n_countries + n + 1 + *cap;
		ed_regime_country *g = realloc(v->countries, want * sizeof *g);
		if (!g)
			return free(codes), FAIL(L, sec, key, "out of memory");
		memset(g + *cap, 0, (want - *cap) * sizeof *g);
		v->countries = g;
		*cap = want;
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < v->n_countries; k++)
			if (!strcmp(v->countries[k].code, codes[i]))
				return free(codes), FAIL(L, sec, key, "%s (of %s) is listed twice; "
							 "accepted: each country once per version",
							 codes[i], w);
		memcpy(v->countries[v->n_countries++].code, codes[i], sizeof codes[i]);
	}
	free(codes);
	return true;
}

static bool load_countries(rl *L, const char *sec, ed_regime_version *v)
{
	const ini_section *section = ini_section_get(&L->ld->f, sec);
	size_t nk = section ? section->n_keys : 0, cap = 0;
	char (*marks)[4] = NULL;
	size_t n_marks;
	ed_date ends;
	bool has_ends, ok = true;

	for (size_t i = 0; i < nk; i++)
		if (!strncmp(section->keys[i].name, "countries.", 10))
			cap += count_words(get(L, sec, section->keys[i].name));
	v->countries = calloc(cap + 1, sizeof *v->countries);
	if (!v->countries)
		return FAIL(L, sec, "countries", "out of memory");
	for (size_t i = 0; i < nk && ok; i++) {
		const char *s, *key = section->keys[i].name;
		char w[64];
		if (strncmp(key, "countries.", 10))
			continue;
		s = get(L, sec, key);
		while (ok && s && next_word(&s, w, sizeof w)) {
			ed_regime_country *c;
			if (w[0] == '@') {
				ok = add_list(L, sec, key, w, v, &cap);
				continue;
			}
			c = &v->countries[v->n_countries];
			ok = parse_token(L, sec, key, w, c);
			for (size_t k = 0; ok && k < v->n_countries; k++)
				if (!strcmp(v->countries[k].code, c->code))
					ok = FAIL(L, sec, key, "%s is listed twice; accepted: "
						  "each country once per version", c->code);
			if (ok)
				v->n_countries++;
		}
	}
	if (!ok)
		return false;
	qsort(v->countries, v->n_countries, sizeof *v->countries, country_cmp);
	if (!ini_date(&L->ld->f, sec, "ends", false, &ends, &has_ends))
		return false;
	if (!codes_of(L, sec, "no_end", &marks, &n_marks))
		return free(marks), false;
	for (size_t i = 0; i < v->n_countries; i++) {
		ed_regime_country *c = &v->countries[i];
		if (has_ends && !c->has_until && !has_code(marks, n_marks, c->code)) {
			c->until = ends;
			c->has_until = true;
			c->end_unconfirmed = true;
		} else if (has_ends && c->has_until && date_cmp(c->until, ends) > 0) {
			/* its own, later end (RUS): also without renewal news */
			c->end_unconfirmed = true;
		}
	}
	free(marks);
	static const char *const flag_keys[] = { "secondary", "terms_uncertain", "cap_countries",
						 "count_entry_day" };
	for (size_t f = 0; f < 4; f++) {
		if (!codes_of(L, sec, flag_keys[f], &marks, &n_marks))
			return free(marks), false;
		for (size_t i = 0; i < n_marks; i++) {
			ed_regime_country *c = (ed_regime_country *)regime_country(v, marks[i]);
			if (!c) {
				FAIL(L, sec, flag_keys[f], "%s is not in this version's countries; "
				     "accepted: codes of its countries.* keys", marks[i]);
				free(marks);
				return false;
			}
			if (f == 0)
				c->secondary = true;
			else if (f == 1)
				c->terms_uncertain = true;
			else if (f == 2)
				c->capped = true;
			else
				c->count_entry_day = true;
		}
		free(marks);
	}
	return dated_marks(L, sec, "start_uncertain", v) &&
	       dated_marks(L, sec, "partner_suspended", v);
}

static const char *choices_of(const char *section, const char *key)
{
	const ed_answer_field *f = answers_field(FLOW_TRANSIT, section, key);
	return f && f->choices ? f->choices : "";
}

/* stay_count: how a stay in days counts; required, so that no version
 * leaves it to a default */
static bool stay_count_key(rl *L, const char *sec, ed_stay_count *out)
{
	static const char *const names[] = { "unsettled", "entry_day", "next_day" };
	const char *v = get(L, sec, "stay_count");

	for (size_t i = 0; v && i < 3; i++) {
		if (!strcmp(v, names[i])) {
			*out = (ed_stay_count)i;
			return true;
		}
	}
	return FAIL(L, sec, "stay_count", "%s; accepted: entry_day, next_day or unsettled",
		    v ? "not a way of counting" : "missing");
}

static bool load_version(rl *L, const char *sec, ed_regime_version *v)
{
	const char *s, *size;
	char w[96];

	if (!parse_keys(L, sec, keys_version, v))
		return false;
	if (v->has_until && date_cmp(v->until, v->from) < 0)
		return FAIL(L, sec, "effective_until", "before effective_from; accepted: a date on or after it");
	if (!load_countries(L, sec, v) ||
	    !stay_count_key(L, sec, &v->stay_count) ||
	    !rules_words_in(L->ld, sec, "purposes", false, choices_of("trip", "purpose"),
			    &v->purposes, &v->n_purposes) ||
	    !rules_words_in(L->ld, sec, "passport_types", false,
			    choices_of("traveller", "passport_type"), &v->passport_types,
			    &v->n_passport_types) ||
	    !dup_key(L, sec, "group", false, "", &v->group) ||
	    !codes_of(L, sec, "arriving_from", &v->arriving_from, &v->n_arriving_from))
		return false;
	if (!v->any_nationality && !v->n_countries)
		return FAIL(L, sec, "countries.*", "missing; accepted: countries.NAME keys of codes, or any_nationality = yes");
	if ((v->stay_days > 0) == (v->stay_hours > 0))
		return FAIL(L, sec, "stay_days", "accepted: one of stay_days (days) or stay_hours (a multiple of 24)");
	if (v->stay_hours > 0 && v->stay_count != COUNT_NEXT_DAY)
		return FAIL(L, sec, "stay_count", "accepted: next_day with stay_hours (hours count as transit does, from 00:00 after entry)");
	if (v->stay_hours % 24)
		return FAIL(L, sec, "stay_hours", "'%d' is not accepted; accepted: a multiple of 24", v->stay_hours);
	if (v->group) {
		const char *g = choices_of("trip", "group"), *p = strstr(g, v->group);
		size_t n = strlen(v->group);
		if (!p || (p[n] && p[n] != '|') || !strcmp(v->group, "none"))
			return FAIL(L, sec, "group", "'%s' is not accepted; accepted: a [trip] group value other than none (%s)", v->group, g);
	}
	size = get(L, sec, "group_size");
	if (size) {
		char *end;
		long lo = strtol(size, &end, 10), hi = 0;
		if (*end == '-' && end[1])
			hi = strtol(end + 1, &end, 10);
		else if (*end == '-')
			end++;
		if (*end || lo < 1 || hi < 0 || (hi && hi < lo) || lo > 999 || hi > 999)
			return FAIL(L, sec, "group_size", "'%s' is not accepted; accepted: MIN-MAX or MIN- (people)", size);
		v->group_min = (int)lo;
		v->group_max = (int)hi;
	}
	s = get(L, sec, "entry_ports");
	v->entry_ports = calloc(count_words(s) + 1, sizeof *v->entry_ports);
	if (!v->entry_ports)
		return FAIL(L, sec, "entry_ports", "out of memory");
	while (s && next_word(&s, w, sizeof w)) {
		const ed_port *p = rules_port(L->r, w);
		if (!p || strcmp(p->id, w))
			return FAIL(L, sec, "entry_ports", "unknown port '%s'; accepted: ids of [port.ID] sections", w);
		v->entry_ports[v->n_entry_ports++] = p;
	}
	s = get(L, sec, "entry_provinces");
	v->entry_provinces = calloc(count_words(s) + 1, sizeof *v->entry_provinces);
	if (!v->entry_provinces)
		return FAIL(L, sec, "entry_provinces", "out of memory");
	while (s && next_word(&s, w, sizeof w))
		if (!(v->entry_provinces[v->n_entry_provinces++] = strdup(w)))
			return FAIL(L, sec, "entry_provinces", "out of memory");
	s = get(L, sec, "areas");
	v->areas = calloc(count_words(s) + 1, sizeof *v->areas);
	if (!v->areas)
		return FAIL(L, sec, "areas", "out of memory");
	while (s && next_word(&s, w, sizeof w)) {
		const ed_area *a = rules_area(L->r, w);
		if (!a)
			return FAIL(L, sec, "areas", "unknown area '%s'; accepted: ids of [area.ID] sections", w);
		v->areas[v->n_areas++] = a;
	}
	return true;
}

static int regime_cmp(const void *a, const void *b)
{
	const ed_regime *x = a, *y = b;
	return (x->rank > y->rank) - (x->rank < y->rank);
}

static int version_cmp(const void *a, const void *b)
{
	return date_cmp(((const ed_regime_version *)a)->from, ((const ed_regime_version *)b)->from);
}

/* [regime.ID]: every regime, before its versions */
static bool load_regimes(rules_loader *ld, const rules_section_kind *kind_of)
{
	rl L = { ld, ld->r, ld->f.err };
	ed_rules *r = ld->r;

	r->regimes = calloc(rules_count(ld, kind_of) + 1, sizeof *r->regimes);
	if (!r->regimes)
		return FAIL(&L, NULL, NULL, "out of memory");
	for (size_t i = 0; i < ld->f.n_secs; i++) {
		const char *sec = ld->f.secs[i].name, *kind;
		ed_regime *g;
		if (ld->sec_kind[i] != kind_of)
			continue;
		g = &r->regimes[r->n_regimes++];
		g->id = strdup(sec + 7);
		if (!g->id)
			return FAIL(&L, sec, NULL, "out of memory");
		if (!parse_keys(&L, sec, keys_regime, g))
			return false;
		kind = get(&L, sec, "kind");
		if (kind && !strcmp(kind, "entry"))
			g->kind = REGIME_ENTRY;
		else if (kind && !strcmp(kind, "transit"))
			g->kind = REGIME_TRANSIT;
		else if (kind && !strcmp(kind, "group"))
			g->kind = REGIME_GROUP;
		else if (kind && !strcmp(kind, "passport_type"))
			g->kind = REGIME_PASSPORT_TYPE;
		else
			return FAIL(&L, sec, "kind", "%s; accepted: entry, transit, group or passport_type", kind ? "not a kind" : "missing");
	}
	return true;
}

/* [regime_version.NAME]: each to its regime; then the regimes in rank order */
static bool load_regime_versions(rules_loader *ld, const rules_section_kind *kind_of)
{
	rl L = { ld, ld->r, ld->f.err };
	ed_rules *r = ld->r;

	for (size_t i = 0; i < ld->f.n_secs; i++) {
		const char *sec = ld->f.secs[i].name, *id;
		ed_regime *g = NULL;
		ed_regime_version *grown;
		if (ld->sec_kind[i] != kind_of)
			continue;
		id = get(&L, sec, "regime");
		for (size_t k = 0; id && k < r->n_regimes; k++)
			if (!strcmp(r->regimes[k].id, id))
				g = &r->regimes[k];
		if (!g || g->kind == REGIME_TRANSIT)
			return FAIL(&L, sec, "regime", "%s; accepted: the id of a [regime.ID] of kind entry, group or passport_type",
				    id ? "unknown regime" : "missing");
		grown = realloc(g->versions, (g->n_versions + 1) * sizeof *grown);
		if (!grown)
			return FAIL(&L, sec, NULL, "out of memory");
		g->versions = grown;
		memset(&g->versions[g->n_versions], 0, sizeof *grown);
		g->versions[g->n_versions].section = strdup(sec);
		if (!load_version(&L, sec, &g->versions[g->n_versions++]))
			return false;
	}
	for (size_t i = 0; i < r->n_regimes; i++) {
		ed_regime *g = &r->regimes[i];
		if (g->n_versions > 1) /* a transit regime has none (NULL) */
			qsort(g->versions, g->n_versions, sizeof *g->versions, version_cmp);
		for (size_t k = 0; k < g->n_versions; k++) {
			g->versions[k].regime = g;
			if (k && (!g->versions[k - 1].has_until ||
				  date_cmp(g->versions[k - 1].until, g->versions[k].from) >= 0))
				return FAIL(&L, g->versions[k].section, "effective_from",
					    "overlaps [%s]; accepted: versions of regime %s that do not overlap",
					    g->versions[k - 1].section, g->id);
		}
		if (g->kind != REGIME_TRANSIT && !g->n_versions)
			return FAIL(&L, "regime_version.NAME", "regime", "no version of regime %s; accepted: at least one [regime_version.NAME] with regime = %s", g->id, g->id);
	}
	/* versions point to their regime: sort by rank only after that is
	 * settled, and fix the pointers again */
	qsort(r->regimes, r->n_regimes, sizeof *r->regimes, regime_cmp);
	for (size_t i = 0; i < r->n_regimes; i++)
		for (size_t k = 0; k < r->regimes[i].n_versions; k++)
			r->regimes[i].versions[k].regime = &r->regimes[i];
	if (r->n_regimes > ED_MAX_WAYS)
		return FAIL(&L, NULL, NULL, "%zu regimes; accepted: at most %d", r->n_regimes, ED_MAX_WAYS);
	return true;
}

const rules_section_kind rules_kind_regime = {
	"regime", true, "regime.ID", keys_regime, load_regimes, NULL, NULL
};
const rules_section_kind rules_kind_regime_version = {
	"regime_version", true, "regime_version.NAME", keys_version, load_regime_versions, NULL, NULL
};
