/* Pure lookups in the loaded rules, and freeing them. */
#include "core/rules.h"

#include "core/regime.h"
#include "core/sorted.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* lower-cases `s` into buf; false when it does not fit */
static bool lower_copy(const char *s, char *buf, size_t size)
{
	size_t i;

	for (i = 0; s[i]; i++) {
		if (i + 1 >= size)
			return false;
		buf[i] = (char)tolower((unsigned char)s[i]);
	}
	buf[i] = '\0';
	return true;
}

static int country_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const ed_country *)elem)->code);
}

const ed_country *rules_country(const ed_rules *r, const char *code)
{
	char up[4];

	if (!r || !code || strlen(code) != 3)
		return NULL;
	for (int i = 0; i < 4; i++)
		up[i] = (char)toupper((unsigned char)code[i]);
	return sorted_find(up, r->countries, r->n_countries, sizeof *r->countries, country_cmp);
}

bool rules_not_foreign(const ed_rules *r, const char *code)
{
	for (size_t i = 0; r && code && i < r->n_not_foreign; i++)
		if (!strcasecmp(r->not_foreign[i], code))
			return true;
	return false;
}

static int port_id_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const ed_port *)elem)->id);
}

const ed_port *rules_port(const ed_rules *r, const char *name)
{
	char low[128];
	const ed_port *p;

	if (!r || !name || !*name)
		return NULL;
	/* ports are sorted by id (rules_load), so ids are found at once */
	if (lower_copy(name, low, sizeof low)) {
		p = sorted_find(low, r->ports, r->n_ports, sizeof *r->ports, port_id_cmp);
		if (p)
			return p;
	}
	for (size_t i = 0; i < r->n_ports; i++) {
		p = &r->ports[i];
		for (size_t k = 0; k < p->n_aliases; k++)
			if (!strcasecmp(p->aliases[k], name))
				return p;
	}
	for (size_t i = 0; i < r->n_ports; i++) {
		p = &r->ports[i];
		if (!strcasecmp(p->name, name) || (p->name_zh && *p->name_zh &&
						    !strcmp(p->name_zh, name)))
			return p;
	}
	for (size_t i = 0; i < r->n_ports; i++)
		if (port_airport_code(&r->ports[i], name))
			return &r->ports[i];
	return NULL;
}

const char *port_airport_code(const ed_port *p, const char *typed)
{
	if (!p || !typed)
		return NULL;
	for (size_t k = 0; k < p->n_aliases; k++)
		if (!strcasecmp(p->aliases[k], typed) ||
		    (p->airport_names && p->airport_names[k] &&
		     !strcasecmp(p->airport_names[k], typed)))
			return p->aliases[k];
	return NULL;
}

static int airport_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const ed_airport *)elem)->code);
}

const ed_airport *rules_airport(const ed_rules *r, const char *code)
{
	char up[4];

	if (!r || !code || strlen(code) != 3)
		return NULL;
	for (int i = 0; i < 4; i++)
		up[i] = (char)toupper((unsigned char)code[i]);
	return sorted_find(up, r->airports, r->n_airports, sizeof *r->airports, airport_cmp);
}

static int area_id_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const ed_area *)elem)->id);
}

const ed_area *rules_area(const ed_rules *r, const char *id)
{
	char low[128];

	if (!r || !id || !lower_copy(id, low, sizeof low))
		return NULL;
	return sorted_find(low, r->areas, r->n_areas, sizeof *r->areas, area_id_cmp);
}

static bool in_force(const ed_version *v, ed_date day)
{
	return date_cmp(v->from, day) <= 0 && (!v->has_until || date_cmp(day, v->until) <= 0);
}

/* the first of n versions (each `size` bytes, starting with its
 * ed_version) in force on day */
static const void *version_at(const void *base, size_t n, size_t size, ed_date day)
{
	for (size_t i = 0; base && i < n; i++) {
		const ed_version *v = (const void *)((const char *)base + i * size);
		if (in_force(v, day))
			return v;
	}
	return NULL;
}

const ed_transit_version *rules_transit_at(const ed_rules *r, ed_date day)
{
	return r ? version_at(r->transit, r->n_transit, sizeof *r->transit, day) : NULL;
}

const ed_airside_version *rules_airside_at(const ed_rules *r, ed_date day)
{
	return r ? version_at(r->airside, r->n_airside, sizeof *r->airside, day) : NULL;
}

const ed_epass_version *rules_epass_at(const ed_rules *r, ed_date day)
{
	return r ? version_at(r->epass, r->n_epass, sizeof *r->epass, day) : NULL;
}

const ed_epass_version *rules_epass_next(const ed_rules *r, ed_date day)
{
	/* versions are sorted by effective_from */
	for (size_t i = 0; r && i < r->n_epass; i++)
		if (date_cmp(r->epass[i].v.from, day) > 0)
			return &r->epass[i];
	return NULL;
}

static void newer(ed_date *best, ed_date d)
{
	if (date_cmp(d, *best) > 0)
		*best = d;
}

ed_date rules_newest_as_of(const ed_rules *r)
{
	ed_date best = r->as_of;

	for (size_t i = 0; i < r->n_transit; i++)
		newer(&best, r->transit[i].v.as_of);
	for (size_t i = 0; i < r->n_airside; i++)
		newer(&best, r->airside[i].v.as_of);
	for (size_t i = 0; i < r->n_epass; i++)
		newer(&best, r->epass[i].v.as_of);
	for (size_t i = 0; i < r->n_regimes; i++)
		for (size_t k = 0; k < r->regimes[i].n_versions; k++)
			newer(&best, r->regimes[i].versions[k].as_of);
	return best;
}

static int text_key_cmp(const void *key, const void *elem)
{
	return strcasecmp(key, ((const ed_text *)elem)->key);
}

const char *rules_text(const ed_rules *r, const char *key)
{
	const ed_text *t;

	if (!r || !key)
		return NULL;
	t = sorted_find(key, r->texts, r->n_texts, sizeof *r->texts, text_key_cmp);
	return t ? t->value : NULL;
}

const ed_scheme_entry *scheme_entry(const ed_scheme *s, const ed_port *port)
{
	for (size_t i = 0; s && port && i < s->n_entries; i++)
		if (s->entries[i].port == port)
			return &s->entries[i];
	return NULL;
}

const ed_scheme_entry *transit_version_entry(const ed_transit_version *v,
					     const ed_port *port,
					     const ed_scheme **scheme)
{
	for (size_t i = 0; v && i < v->n_schemes; i++) {
		const ed_scheme_entry *e = scheme_entry(v->schemes[i], port);
		if (e && !e->exit_only) {
			if (scheme)
				*scheme = v->schemes[i];
			return e;
		}
	}
	if (scheme)
		*scheme = NULL;
	return NULL;
}

static int code_key_cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const ed_code *)elem);
}

bool transit_version_has_nationality(const ed_transit_version *v, const char *code)
{
	char up[4];

	if (!v || !code || strlen(code) != 3)
		return false;
	for (int i = 0; i < 4; i++)
		up[i] = (char)toupper((unsigned char)code[i]);
	return sorted_find(up, v->nationalities, v->n_nationalities, sizeof *v->nationalities,
		       code_key_cmp) != NULL;
}

bool rules_outdated(const ed_rules *r, ed_date today)
{
	ed_date limit = date_add_months(rules_newest_as_of(r), r->age_warning_months);
	return date_cmp(limit, today) < 0;
}

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static void version_free(ed_version *v)
{
	free(v->section);
	free(v->label);
	free(v->source);
}

const ed_regime *rules_regime(const ed_rules *r, const char *id)
{
	for (size_t i = 0; r && id && i < r->n_regimes; i++)
		if (!strcmp(r->regimes[i].id, id))
			return &r->regimes[i];
	return NULL;
}

/* the regimes are the rules' own data: freed here, not by their evaluator */
static void regimes_free(ed_rules *r)
{
	for (size_t i = 0; r && i < r->n_regimes; i++) {
		ed_regime *g = &r->regimes[i];
		for (size_t k = 0; k < g->n_versions; k++) {
			ed_regime_version *v = &g->versions[k];
			free(v->section);
			free(v->label);
			free(v->label_zh);
			free(v->source);
			free(v->countries);
			free(v->entry_ports);
			free(v->areas);
			for (size_t j = 0; j < v->n_purposes; j++)
				free(v->purposes[j]);
			free(v->purposes);
			for (size_t j = 0; j < v->n_passport_types; j++)
				free(v->passport_types[j]);
			free(v->passport_types);
			for (size_t j = 0; j < v->n_entry_provinces; j++)
				free(v->entry_provinces[j]);
			free(v->entry_provinces);
			free(v->group);
			free(v->arriving_from);
		}
		free(g->versions);
		free(g->id);
		free(g->label);
		free(g->label_zh);
		free(g->source);
	}
	if (r) {
		free(r->regimes);
		r->regimes = NULL;
		r->n_regimes = 0;
	}
}

void rules_free(ed_rules *r)
{
	if (!r)
		return;
	free(r->path);
	free(r->source);
	for (size_t i = 0; r->countries && i < r->n_countries; i++) {
		free(r->countries[i].name);
		free(r->countries[i].name_zh);
	}
	free(r->countries);
	free(r->not_foreign);
	for (size_t i = 0; r->areas && i < r->n_areas; i++) {
		free(r->areas[i].id);
		free(r->areas[i].name);
		free(r->areas[i].name_zh);
		free(r->areas[i].province);
	}
	free(r->areas);
	for (size_t i = 0; r->ports && i < r->n_ports; i++) {
		ed_port *p = &r->ports[i];
		free(p->id);
		free(p->name);
		free(p->name_zh);
		free(p->province);
		free_strings(p->aliases, p->n_aliases);
		free_strings(p->airport_names, p->n_aliases);
	}
	free(r->ports);
	for (size_t i = 0; r->schemes && i < r->n_schemes; i++) {
		free(r->schemes[i].section);
		free(r->schemes[i].id);
		free(r->schemes[i].entries);
	}
	free(r->schemes);
	for (size_t i = 0; r->transit && i < r->n_transit; i++) {
		ed_transit_version *t = &r->transit[i];
		version_free(&t->v);
		free(t->nationalities);
		free(t->secondary);
		free((void *)t->schemes);
		free_strings(t->purposes_allowed, t->n_purposes_allowed);
	}
	free(r->transit);
	regimes_free(r);
	for (size_t i = 0; r->airside && i < r->n_airside; i++) {
		version_free(&r->airside[i].v);
		free_strings(r->airside[i].airports, r->airside[i].n_airports);
	}
	free(r->airside);
	for (size_t i = 0; r->epass && i < r->n_epass; i++) {
		ed_epass_version *e = &r->epass[i];
		version_free(&e->v);
		/* a pattern is kept only once it compiled: it marks a live regex */
		for (size_t k = 0; e->residences && k < e->n_residences; k++) {
			if (e->residences[k].pattern)
				regfree(&e->residences[k].regex);
			free(e->residences[k].pattern);
			free(e->residences[k].permit_form);
		}
		free(e->residences);
		if (e->mobile_pattern)
			regfree(&e->mobile_regex);
		free(e->mobile_pattern);
		free(e->mobile_form);
		free_strings(e->status_ok, e->n_status_ok);
		free(e->usable_for);
		free(e->not_usable_for);
	}
	free(r->epass);
	for (size_t i = 0; r->texts && i < r->n_texts; i++) {
		free(r->texts[i].key);
		free(r->texts[i].value);
	}
	free(r->texts);
	for (size_t i = 0; r->airports && i < r->n_airports; i++) {
		free(r->airports[i].city);
	}
	free(r->airports);
	memset(r, 0, sizeof *r);
}
