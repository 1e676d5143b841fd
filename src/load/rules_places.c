/* The places of rules.ini: [rules] (with the country list of iso-codes),
 * [countries.NAME] lists, [area.ID] permitted areas and [port.ID] ports
 * with their aliases. Format: doc/rules-format.md. */
#include "load/rules_loader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/sorted.h"
#include "load/countries.h"

/* ---- [rules] ---------------------------------------------------------------- */

static const rules_key keys_rules[] = {
	{ "as_of", RK_DATE, true, 0, 0, "a date YYYY-MM-DD", offsetof(ed_rules, as_of), RK_NOWHERE },
	{ "source", RK_TEXT, true, 0, 0, "one line saying where the rules come from",
	  offsetof(ed_rules, source), RK_NOWHERE },
	{ "utc_offset_minutes", RK_INT, true, -720, 840, "minutes east of UTC (480: China)",
	  offsetof(ed_rules, utc_offset_minutes), RK_NOWHERE },
	{ "age_warning_months", RK_INT, true, 1, 1200, "months",
	  offsetof(ed_rules, age_warning_months), RK_NOWHERE },
	{ "arrival_card_from", RK_DATE, false, 0, 0, "a date YYYY-MM-DD (the online arrival card's first day)",
	  offsetof(ed_rules, arrival_card_from), offsetof(ed_rules, has_arrival_card) },
	{ "not_foreign", RK_OTHER, false, 0, 0, "ISO 3166-1 alpha-3 codes that are no foreign "
	  "passport, e.g. CHN HKG MAC TWN", RK_NOWHERE, RK_NOWHERE },
	{ "iso_codes", RK_OTHER, false, 0, 0, "the path of iso_3166-1.json, e.g. "
	  "/usr/share/iso-codes/json/iso_3166-1.json", RK_NOWHERE, RK_NOWHERE },
	{ "iso_codes_zh", RK_OTHER, false, 0, 0, "the path of iso_3166-1.mo for Chinese, e.g. "
	  "/usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo", RK_NOWHERE, RK_NOWHERE },
	RULES_KEYS_END
};

static bool load_rules(rules_loader *L, const rules_section_kind *kind)
{
	static const char *const required[] = { "CHN", "HKG", "MAC", "TWN" };
	const char *env = getenv("ENTRYDESK_ISO_CODES"), *iso_path, *key, *zh_path, *nf;
	const ini_section *sec = ini_section_get(&L->f, "rules");

	if (!sec)
		return ini_fail(&L->f, "rules", NULL, "missing section; accepted: [rules] with "
				"as_of, source, utc_offset_minutes, age_warning_months, iso_codes");
	if (!rules_parse_keys(L, sec, kind->keys, L->r))
		return false;
	if (env && *env) {
		iso_path = env;
		key = "$ENTRYDESK_ISO_CODES";
	} else {
		key = "iso_codes";
		iso_path = ini_need(&L->f, "rules", key, rules_key_find(kind->keys, key)->form);
		if (!iso_path)
			return false;
	}
	if (!countries_load(iso_path, L->f.path, key[0] == '$' ? NULL : "rules", key,
			    &L->r->countries, &L->r->n_countries, L->f.err))
		return false;
	/* the Chinese names, when the rules name their catalogue */
	zh_path = ini_get(&L->f, "rules", "iso_codes_zh");
	if (zh_path && !countries_load_zh(zh_path, L->f.path, "rules", "iso_codes_zh",
					  L->r->countries, L->r->n_countries, L->f.err))
		return false;
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (!rules_country(L->r, required[i]))
			return ini_fail(&L->f, key[0] == '$' ? NULL : "rules", key, "country %s "
					"is missing from %s; accepted: the path of Debian's "
					"iso_3166-1.json", required[i], iso_path);
	/* the codes of no foreign passport, once the country list is in */
	nf = ini_get(&L->f, "rules", "not_foreign");
	if (nf && !rules_parse_codes(L, "rules", "not_foreign", nf, false, &L->r->not_foreign,
				     &L->r->n_not_foreign))
		return false;
	return true;
}

const rules_section_kind rules_kind_rules = { "rules", false, "rules", keys_rules, load_rules, NULL, NULL };

/* ---- [countries.NAME] ------------------------------------------------------- */

static bool load_country_lists(rules_loader *L, const rules_section_kind *kind)
{
	L->lists = calloc(rules_count(L, kind) + 1, sizeof *L->lists);
	if (!L->lists)
		return ini_nomem(&L->f);
	for (size_t i = 0; i < L->f.n_secs; i++) {
		const ini_section *sec = &L->f.secs[i];
		named_codes *nl;
		if (L->sec_kind[i] != kind)
			continue;
		nl = &L->lists[L->n_lists++];
		nl->name = sec->name + strlen("countries.");
		if (!sec->n_keys)
			return ini_fail(&L->f, sec->name, NULL, "empty list; accepted: keys whose "
					"values are ISO 3166-1 alpha-3 codes");
		for (size_t k = 0; k < sec->n_keys; k++)
			if (!rules_parse_codes(L, sec->name, sec->keys[k].name, sec->keys[k].value,
					       false, &nl->codes, &nl->n))
				return false;
	}
	return true;
}

/* any keys: the list is the union of their codes */
const rules_section_kind rules_kind_countries = {
	"countries", true, "countries.NAME", NULL, load_country_lists, NULL, NULL
};

/* ---- [area.ID] ----------------------------------------------------------------- */

static const rules_key keys_area[] = {
	{ "name", RK_TEXT, true, 0, 0, "the English name, as printed", offsetof(ed_area, name), RK_NOWHERE },
	{ "name_zh", RK_TEXT, false, 0, 0, "the Chinese name", offsetof(ed_area, name_zh), RK_NOWHERE },
	{ "province", RK_TEXT, false, 0, 0, "the province(s)", offsetof(ed_area, province), RK_NOWHERE },
	{ "uncertain", RK_YESNO, false, 0, 0, "yes or no", offsetof(ed_area, uncertain), RK_NOWHERE },
	RULES_KEYS_END
};

static int area_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_area *)a)->id, ((const ed_area *)b)->id);
}

static bool load_area(rules_loader *L, const ini_section *sec, void *item)
{
	ed_area *a = item;
	const char *id = rules_section_id(L, sec);

	if (!id)
		return false;
	a->id = strdup(id);
	return a->id || ini_nomem(&L->f);
}

static bool load_areas(rules_loader *L, const rules_section_kind *kind)
{
	ed_rules *r = L->r;
	bool ok;

	r->areas = rules_load_items(L, kind, sizeof *r->areas, &r->n_areas, load_area, &ok);
	if (ok)
		sorted_sort(r->areas, r->n_areas, sizeof *r->areas, area_cmp);
	return ok;
}

const rules_section_kind rules_kind_area = { "area", true, "area.ID", keys_area, load_areas, NULL, NULL };

/* ---- [port.ID] ----------------------------------------------------------------- */

static const rules_key keys_port[] = {
	{ "name", RK_TEXT, true, 0, 0, "the English name, as printed", offsetof(ed_port, name), RK_NOWHERE },
	{ "name_zh", RK_TEXT, false, 0, 0, "the Chinese name", offsetof(ed_port, name_zh), RK_NOWHERE },
	{ "province", RK_TEXT, true, 0, 0, "the province or municipality",
	  offsetof(ed_port, province), RK_NOWHERE },
	{ "aliases", RK_OTHER, false, 0, 0, "other names a desk types, e.g. PEK PKX",
	  RK_NOWHERE, RK_NOWHERE },
	{ "airport.*", RK_OTHER, false, 0, 0, "airport.CODE = Name for a CODE listed in aliases",
	  RK_NOWHERE, RK_NOWHERE },
	RULES_KEYS_END
};

static int port_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_port *)a)->id, ((const ed_port *)b)->id);
}

static int alias_cmp(const void *a, const void *b)
{
	return strcasecmp(((const alias_ref *)a)->alias, ((const alias_ref *)b)->alias);
}

/* `airport.CODE = Name`: lets the agent type "Pudong" for PVG */
static bool load_airport_names(rules_loader *L, const ini_section *sec, ed_port *p)
{
	p->airport_names = calloc(p->n_aliases + 1, sizeof *p->airport_names);
	if (!p->airport_names)
		return ini_nomem(&L->f);
	for (size_t i = 0; i < sec->n_keys; i++) {
		const ini_key *key = &sec->keys[i];
		const char *code = key->name + strlen("airport.");
		size_t k;
		if (strncmp(key->name, "airport.", strlen("airport.")))
			continue;
		for (k = 0; k < p->n_aliases && strcasecmp(p->aliases[k], code); k++)
			;
		if (k == p->n_aliases)
			return ini_fail(&L->f, sec->name, key->name, "'%s' is not one of this "
					"port's aliases; accepted: airport.CODE = Name for a CODE "
					"listed in aliases", code);
		if (ini_blank(key->value))
			return ini_fail(&L->f, sec->name, key->name, "empty; accepted: the "
					"airport's name (Pudong)");
		p->airport_names[k] = strdup(key->value);
		if (!p->airport_names[k])
			return ini_nomem(&L->f);
	}
	return true;
}

static bool load_port(rules_loader *L, const ini_section *sec, void *item)
{
	ed_port *p = item;
	const char *id = rules_section_id(L, sec);
	words w;

	if (!id)
		return false;
	p->id = strdup(id);
	if (!p->id || !words_split(ini_get(&L->f, sec->name, "aliases"), &w))
		return ini_nomem(&L->f);
	p->aliases = w.v;
	p->n_aliases = w.n;
	for (size_t k = 0; k < w.n; k++)
		upcase(w.v[k]);
	return load_airport_names(L, sec, p);
}

/* Aliases are unique across ports and never another port's id, so that a
 * typed name finds one port. */
static bool index_aliases(rules_loader *L)
{
	ed_rules *r = L->r;
	size_t n = 0;

	for (size_t i = 0; i < r->n_ports; i++)
		n += r->ports[i].n_aliases;
	L->aliases = calloc(n + 1, sizeof *L->aliases);
	if (!L->aliases)
		return ini_nomem(&L->f);
	for (size_t i = 0; i < r->n_ports; i++)
		for (size_t k = 0; k < r->ports[i].n_aliases; k++) {
			L->aliases[L->n_aliases].alias = r->ports[i].aliases[k];
			L->aliases[L->n_aliases++].port = &r->ports[i];
		}
	sorted_sort(L->aliases, L->n_aliases, sizeof *L->aliases, alias_cmp);
	for (size_t i = 0; i < L->n_aliases; i++) {
		const alias_ref *a = &L->aliases[i];
		char sec[160], lower[64];
		const ed_port *other;
		snprintf(sec, sizeof sec, "port.%s", a->port->id);
		if (i && !strcasecmp(a->alias, L->aliases[i - 1].alias))
			return ini_fail(&L->f, sec, "aliases", "'%s' is also an alias of "
					"[port.%s]; accepted: aliases unique across ports",
					a->alias, L->aliases[i - 1].port->id);
		snprintf(lower, sizeof lower, "%s", a->alias);
		for (char *c = lower; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		other = rules_port_by_id(L, lower);
		if (other && other != a->port)
			return ini_fail(&L->f, sec, "aliases", "'%s' is the id of [port.%s]; "
					"accepted: aliases unique across port ids and aliases",
					a->alias, other->id);
	}
	return true;
}

static bool load_ports(rules_loader *L, const rules_section_kind *kind)
{
	ed_rules *r = L->r;
	bool ok;

	r->ports = rules_load_items(L, kind, sizeof *r->ports, &r->n_ports, load_port, &ok);
	if (!ok)
		return false;
	sorted_sort(r->ports, r->n_ports, sizeof *r->ports, port_cmp);
	return index_aliases(L);
}

const rules_section_kind rules_kind_port = { "port", true, "port.ID", keys_port, load_ports, NULL, NULL };

const ed_port *rules_port_by_id(const rules_loader *L, const char *id)
{
	ed_port key = { .id = (char *)id };
	return sorted_find(&key, L->r->ports, L->r->n_ports, sizeof *L->r->ports, port_cmp);
}

const alias_ref *rules_alias_find(const rules_loader *L, const char *alias)
{
	alias_ref key = { .alias = alias, .port = NULL };
	return sorted_find(&key, L->aliases, L->n_aliases, sizeof *L->aliases, alias_cmp);
}
