/* The dated policy versions of rules.ini: [transit.NAME], [airside.NAME]
 * and [epass.NAME], which must follow each other without gap or overlap.
 * Format: doc/rules-format.md. */
#include "load/rules_loader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/answers.h"
#include "core/sorted.h"

/* ---- what every version carries ------------------------------------------------ */

#define VERSION_KEYS(T) \
	{ "label", RK_TEXT, true, 0, 0, "the version's name, printed on the slip", \
	  offsetof(T, v.label), RK_NOWHERE }, \
	{ "source", RK_TEXT, true, 0, 0, "where it comes from (document, publisher, date)", \
	  offsetof(T, v.source), RK_NOWHERE }, \
	{ "as_of", RK_DATE, true, 0, 0, "a date YYYY-MM-DD", offsetof(T, v.as_of), RK_NOWHERE }, \
	{ "effective_from", RK_DATE, true, 0, 0, "a date YYYY-MM-DD", offsetof(T, v.from), \
	  RK_NOWHERE }, \
	{ "effective_until", RK_DATE, false, 0, 0, "a date YYYY-MM-DD", offsetof(T, v.until), \
	  offsetof(T, v.has_until) }

static bool check_version(rules_loader *L, const ini_section *sec, ed_version *v)
{
	v->section = strdup(sec->name);
	if (!v->section)
		return ini_nomem(&L->f);
	if (v->has_until && date_cmp(v->until, v->from) < 0) {
		char from[16];
		date_format(v->from, from, sizeof from);
		return ini_fail(&L->f, sec->name, "effective_until", "before effective_from "
				"(%s); accepted: a date on or after effective_from", from);
	}
	return true;
}

/* Versions of one policy, sorted by effective_from, must follow each other
 * day after day: a gap would leave entry dates without rules, an overlap
 * would give one date two answers. */
static bool check_sequence(rules_loader *L, const char *policy, const ed_version *const *v,
			   size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		const ed_version *a = v[i], *b = v[i + 1];
		char af[16], au[16], bf[16];
		date_format(a->from, af, sizeof af);
		date_format(b->from, bf, sizeof bf);
		if (!a->has_until)
			return ini_fail(&L->f, b->section, "effective_from", "overlaps [%s] (from "
					"%s, open-ended); accepted: versions of %s that do not "
					"overlap (only the newest may be open-ended)", a->section,
					af, policy);
		date_format(a->until, au, sizeof au);
		if (date_cmp(b->from, a->until) <= 0)
			return ini_fail(&L->f, b->section, "effective_from", "%s overlaps [%s] "
					"(%s to %s); accepted: versions of %s that do not overlap",
					bf, a->section, af, au, policy);
		if (date_to_days(b->from) != date_to_days(a->until) + 1) {
			char next[16];
			date_format(date_add_days(a->until, 1), next, sizeof next);
			return ini_fail(&L->f, b->section, "effective_from", "%s leaves a gap after "
					"[%s] (%s to %s); accepted: %s, the day after [%s] "
					"effective_until", bf, a->section, af, au, next, a->section);
		}
	}
	return true;
}

static int ver_ptr_cmp(const void *a, const void *b)
{
	const ed_version *x = *(const ed_version *const *)a;
	const ed_version *y = *(const ed_version *const *)b;
	int c = date_cmp(x->from, y->from);
	return c ? c : strcmp(x->section, y->section);
}

/* Sorts `n` versions of `size` bytes each (each starting with its
 * ed_version) by effective_from and checks their sequence. Sorting moves
 * the e-pass versions' compiled regex_t: glibc's holds only pointers to
 * the heap, so a moved copy stays valid. */
static bool sort_versions(rules_loader *L, const char *policy, void *base, size_t n,
			  size_t size)
{
	const ed_version **ptrs = calloc(n + 1, sizeof *ptrs);
	char *tmp = malloc(n * size + 1);
	bool ok;

	if (!ptrs || !tmp) {
		free(ptrs);
		free(tmp);
		return ini_nomem(&L->f);
	}
	for (size_t i = 0; i < n; i++)
		ptrs[i] = (const ed_version *)((char *)base + i * size);
	sorted_sort(ptrs, n, sizeof *ptrs, ver_ptr_cmp);
	for (size_t i = 0; i < n; i++)
		memcpy(tmp + i * size, ptrs[i], size);
	if (n)
		memcpy(base, tmp, n * size);
	for (size_t i = 0; i < n; i++)
		ptrs[i] = (const ed_version *)((char *)base + i * size);
	ok = check_sequence(L, policy, ptrs, n);
	free(ptrs);
	free(tmp);
	return ok;
}

/* ---- [transit.NAME] ------------------------------------------------------------- */

static const rules_key keys_transit[] = {
	VERSION_KEYS(ed_transit_version),
	{ "nationalities", RK_OTHER, true, 0, 0, "ISO 3166-1 alpha-3 codes and @NAME of "
	  "[countries.NAME] sections", RK_NOWHERE, RK_NOWHERE },
	{ "schemes", RK_OTHER, true, 0, 0, "scheme ids of [scheme.ID] sections", RK_NOWHERE,
	  RK_NOWHERE },
	{ "entry_list_complete", RK_YESNO, true, 0, 0, "yes or no",
	  offsetof(ed_transit_version, entry_list_complete), RK_NOWHERE },
	{ "exit_list_complete", RK_YESNO, true, 0, 0, "yes or no",
	  offsetof(ed_transit_version, exit_list_complete), RK_NOWHERE },
	{ "unlisted_scheme", RK_OTHER, false, 0, 0, "one of this version's schemes",
	  RK_NOWHERE, RK_NOWHERE },
	{ "passport_months", RK_INT, true, 0, 120, "months",
	  offsetof(ed_transit_version, passport_months), RK_NOWHERE },
	{ "violation_years", RK_INT, true, 0, 100, "years",
	  offsetof(ed_transit_version, violation_years), RK_NOWHERE },
	{ "registration_hours", RK_INT, true, 1, 8784, "hours",
	  offsetof(ed_transit_version, registration_hours), RK_NOWHERE },
	{ "fallback_hours", RK_INT, true, 1, 8784, "hours",
	  offsetof(ed_transit_version, fallback_hours), RK_NOWHERE },
	{ "purposes_allowed", RK_OTHER, false, 0, 0, "[trip] purpose values", RK_NOWHERE,
	  RK_NOWHERE },
	{ "nationalities_secondary", RK_OTHER, false, 0, 0, "ISO 3166-1 alpha-3 codes (of "
	  "nationalities whose joining date only secondary sources give)", RK_NOWHERE,
	  RK_NOWHERE },
	{ "suspended", RK_YESNO, false, 0, 0, "yes or no", offsetof(ed_transit_version, suspended),
	  RK_NOWHERE },
	RULES_KEYS_END
};

/* A port in two schemes of one version would have two answers. */
static bool check_schemes_disjoint(rules_loader *L, const char *sec,
				   const ed_transit_version *t)
{
	for (size_t a = 0; a < t->n_schemes; a++)
		for (size_t b = a + 1; b < t->n_schemes; b++)
			for (size_t e = 0; e < t->schemes[a]->n_entries; e++) {
				const ed_port *p = t->schemes[a]->entries[e].port;
				if (scheme_entry(t->schemes[b], p))
					return ini_fail(&L->f, sec, "schemes", "port '%s' is in "
							"both [%s] and [%s]; accepted: schemes "
							"without a port in common", p->id,
							t->schemes[a]->section,
							t->schemes[b]->section);
			}
	return true;
}

static bool load_transit_schemes(rules_loader *L, const char *sec, ed_transit_version *t)
{
	words w;

	if (!words_split(ini_get(&L->f, sec, "schemes"), &w))
		return ini_nomem(&L->f);
	t->schemes = calloc(w.n + 1, sizeof *t->schemes);
	if (!t->schemes) {
		words_free(&w);
		return ini_nomem(&L->f);
	}
	for (size_t i = 0; i < w.n; i++) {
		const ed_scheme *s = rules_scheme_by_name(L, w.v[i]);
		if (!s) {
			ini_fail(&L->f, sec, "schemes", "unknown scheme '%s'; accepted: ids of "
				 "[scheme.ID] sections of this file", w.v[i]);
			words_free(&w);
			return false;
		}
		t->schemes[t->n_schemes++] = s;
	}
	words_free(&w);
	return check_schemes_disjoint(L, sec, t);
}

static bool load_transit(rules_loader *L, const ini_section *section, void *item)
{
	ed_transit_version *t = item;
	const ed_answer_field *purpose = answers_field(FLOW_TRANSIT, "trip", "purpose");
	const char *sec = section->name, *unlisted;

	if (!check_version(L, section, &t->v) ||
	    !rules_parse_codes(L, sec, "nationalities", ini_get(&L->f, sec, "nationalities"),
			       true, &t->nationalities, &t->n_nationalities) ||
	    !load_transit_schemes(L, sec, t) ||
	    !rules_words_in(L, sec, "purposes_allowed", false, purpose ? purpose->choices : "",
			    &t->purposes_allowed, &t->n_purposes_allowed))
		return false;
	if (!ini_blank(ini_get(&L->f, sec, "nationalities_secondary")) &&
	    !rules_parse_codes(L, sec, "nationalities_secondary",
			       ini_get(&L->f, sec, "nationalities_secondary"), false,
			       &t->secondary, &t->n_secondary))
		return false;
	unlisted = ini_get(&L->f, sec, "unlisted_scheme");
	if (!ini_blank(unlisted)) {
		bool in_version = false;
		t->unlisted_scheme = rules_scheme_by_name(L, unlisted);
		for (size_t i = 0; i < t->n_schemes; i++)
			in_version |= t->schemes[i] == t->unlisted_scheme;
		if (!in_version)
			return ini_fail(&L->f, sec, "unlisted_scheme", "'%s' is not accepted; "
					"accepted: one of this version's schemes", unlisted);
	} else if (!t->entry_list_complete) {
		return ini_fail(&L->f, sec, "unlisted_scheme", "missing (entry_list_complete = "
				"no); accepted: one of this version's schemes");
	}
	return true;
}

static bool load_transits(rules_loader *L, const rules_section_kind *kind)
{
	ed_rules *r = L->r;
	bool ok;

	r->transit = rules_load_items(L, kind, sizeof *r->transit, &r->n_transit, load_transit,
				      &ok);
	if (!ok)
		return false;
	if (!r->n_transit)
		return ini_fail(&L->f, "transit.NAME", NULL, "missing section; accepted: at least "
				"one [transit.NAME] version (see doc/rules-format.md)");
	return sort_versions(L, "transit", r->transit, r->n_transit, sizeof *r->transit);
}

const rules_section_kind rules_kind_transit = {
	"transit", true, "transit.NAME", keys_transit, load_transits, NULL, NULL
};

/* ---- [airside.NAME] ------------------------------------------------------------- */

static const rules_key keys_airside[] = {
	VERSION_KEYS(ed_airside_version),
	{ "airports", RK_OTHER, true, 0, 0, "airport codes that are aliases of ports",
	  RK_NOWHERE, RK_NOWHERE },
	RULES_KEYS_END
};

static bool load_airside(rules_loader *L, const ini_section *sec, void *item)
{
	ed_airside_version *a = item;
	words w;

	if (!check_version(L, sec, &a->v))
		return false;
	if (!words_split(ini_get(&L->f, sec->name, "airports"), &w))
		return ini_nomem(&L->f);
	a->airports = w.v;
	a->n_airports = w.n;
	for (size_t i = 0; i < w.n; i++) {
		upcase(w.v[i]);
		if (!rules_alias_find(L, w.v[i]))
			return ini_fail(&L->f, sec->name, "airports", "unknown airport '%s'; "
					"accepted: airport codes given as aliases of [port.ID] "
					"sections", w.v[i]);
	}
	return true;
}

static bool load_airsides(rules_loader *L, const rules_section_kind *kind)
{
	ed_rules *r = L->r;
	bool ok;

	r->airside = rules_load_items(L, kind, sizeof *r->airside, &r->n_airside, load_airside,
				      &ok);
	return ok && sort_versions(L, "airside", r->airside, r->n_airside, sizeof *r->airside);
}

const rules_section_kind rules_kind_airside = {
	"airside", true, "airside.NAME", keys_airside, load_airsides, NULL, NULL
};

/* ---- [epass.NAME] ----------------------------------------------------------------- */

#define REGEX_FORM "a POSIX extended regular expression, anchored with ^ and $"

static const rules_key keys_epass[] = {
	VERSION_KEYS(ed_epass_version),
	{ "valid_days", RK_INT, true, 1, 366, "days", offsetof(ed_epass_version, valid_days),
	  RK_NOWHERE },
	{ "monthly_limit", RK_INT, true, 0, 100, "applications",
	  offsetof(ed_epass_version, monthly_limit), RK_NOWHERE },
	{ "residences", RK_OTHER, true, 0, 0, "ISO 3166-1 alpha-3 codes, e.g. HKG MAC TWN",
	  RK_NOWHERE, RK_NOWHERE },
	{ "permit_pattern.*", RK_OTHER, false, 0, 0, REGEX_FORM, RK_NOWHERE, RK_NOWHERE },
	{ "permit_form.*", RK_OTHER, false, 0, 0, "the permit number's form in words",
	  RK_NOWHERE, RK_NOWHERE },
	{ "mobile_pattern", RK_OTHER, true, 0, 0, REGEX_FORM, RK_NOWHERE, RK_NOWHERE },
	{ "mobile_form", RK_TEXT, true, 0, 0, "the mobile number's form in words",
	  offsetof(ed_epass_version, mobile_form), RK_NOWHERE },
	{ "status_ok", RK_OTHER, true, 0, 0, "values of [traveller] permit_status",
	  RK_NOWHERE, RK_NOWHERE },
	{ "usable_for", RK_TEXT, true, 0, 0, "what the pass covers, in words",
	  offsetof(ed_epass_version, usable_for), RK_NOWHERE },
	{ "not_usable_for", RK_TEXT, true, 0, 0, "what the pass does not cover, in words",
	  offsetof(ed_epass_version, not_usable_for), RK_NOWHERE },
	RULES_KEYS_END
};

/* a copy of the pattern once it compiled: its presence means "regfree me" */
static bool load_pattern(rules_loader *L, const char *sec, const char *key, char **pattern,
			 regex_t *re)
{
	const char *v = ini_need(&L->f, sec, key, REGEX_FORM);
	int rc;

	if (!v)
		return false;
	rc = regcomp(re, v, REG_EXTENDED | REG_NOSUB);
	if (rc) {
		char why[160];
		regerror(rc, re, why, sizeof why);
		return ini_fail(&L->f, sec, key, "'%s' is not a valid regular expression (%s); "
				"accepted: " REGEX_FORM, v, why);
	}
	*pattern = strdup(v);
	if (!*pattern) {
		regfree(re);
		return ini_nomem(&L->f);
	}
	return true;
}

/* a pattern or form for a code that is not a residence is a typo */
static bool check_residence_keys(rules_loader *L, const ini_section *sec,
				 const ed_epass_version *e)
{
	for (size_t k = 0; k < sec->n_keys; k++) {
		const char *dot = strchr(sec->keys[k].name, '.');
		char code[8];
		bool found = false;
		if (!dot)
			continue;
		snprintf(code, sizeof code, "%s", dot + 1);
		upcase(code);
		for (size_t i = 0; i < e->n_residences; i++)
			found |= !strcmp(e->residences[i].code, code);
		if (!found)
			return ini_fail(&L->f, sec->name, sec->keys[k].name, "'%s' is not in "
					"residences; accepted: permit_pattern.CODE and "
					"permit_form.CODE for each residence", code);
	}
	return true;
}

static bool load_residences(rules_loader *L, const ini_section *sec, ed_epass_version *e)
{
	ed_code *codes = NULL;
	size_t n = 0;
	bool ok = true;

	if (!rules_parse_codes(L, sec->name, "residences", ini_get(&L->f, sec->name, "residences"),
			       false, &codes, &n)) {
		free(codes);
		return false;
	}
	e->residences = calloc(n + 1, sizeof *e->residences);
	if (!e->residences) {
		free(codes);
		return ini_nomem(&L->f);
	}
	e->n_residences = n;
	for (size_t i = 0; i < n && ok; i++) {
		ed_epass_residence *res = &e->residences[i];
		char key[64], low[4];
		memcpy(res->code, codes[i], 4);
		for (int c = 0; c < 4; c++)
			low[c] = (char)tolower((unsigned char)codes[i][c]);
		snprintf(key, sizeof key, "permit_pattern.%s", low);
		ok = load_pattern(L, sec->name, key, &res->pattern, &res->regex);
		snprintf(key, sizeof key, "permit_form.%s", low);
		ok = ok && ini_need_str(&L->f, sec->name, key, "the permit number's form in words",
					&res->permit_form);
	}
	free(codes);
	return ok && check_residence_keys(L, sec, e);
}

static bool load_epass(rules_loader *L, const ini_section *sec, void *item)
{
	ed_epass_version *e = item;
	const ed_answer_field *status = answers_field(FLOW_EPASS, "traveller", "permit_status");

	return check_version(L, sec, &e->v) && load_residences(L, sec, e) &&
	       load_pattern(L, sec->name, "mobile_pattern", &e->mobile_pattern, &e->mobile_regex) &&
	       rules_words_in(L, sec->name, "status_ok", true,
			      status ? status->choices : "lost|damaged|not_carried",
			      &e->status_ok, &e->n_status_ok);
}

static bool load_epasses(rules_loader *L, const rules_section_kind *kind)
{
	ed_rules *r = L->r;
	bool ok;

	r->epass = rules_load_items(L, kind, sizeof *r->epass, &r->n_epass, load_epass, &ok);
	return ok && sort_versions(L, "epass", r->epass, r->n_epass, sizeof *r->epass);
}

const rules_section_kind rules_kind_epass = {
	"epass", true, "epass.NAME", keys_epass, load_epasses, NULL, NULL
};
