/* The transit schemes of rules.ini: [scheme.ID], the entry ports of each
 * permitted area, each port once. Format: doc/rules-format.md. */
#include "load/rules_loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/sorted.h"

/* ---- [scheme.ID] -------------------------------------------------------------- */

static const rules_key keys_scheme[] = {
	{ "id", RK_TEXT, true, 0, 0, "the scheme id printed in verdicts, e.g. 144h",
	  offsetof(ed_scheme, id), RK_NOWHERE },
	{ "hours", RK_INT, true, 24, 24 * 366, "a multiple of 24", offsetof(ed_scheme, hours),
	  RK_NOWHERE },
	{ "cross_area", RK_YESNO, true, 0, 0, "yes or no", offsetof(ed_scheme, cross_area),
	  RK_NOWHERE },
	{ "area.*", RK_OTHER, false, 0, 0, "area.AREA = PORT PORT ...", RK_NOWHERE, RK_NOWHERE },
	{ "exit.*", RK_OTHER, false, 0, 0, "exit.AREA = PORT PORT ... (exit ports that are not "
	  "entry ports)", RK_NOWHERE, RK_NOWHERE },
	{ "exit_unconfirmed", RK_OTHER, false, 0, 0, "ids of entry ports of this scheme",
	  RK_NOWHERE, RK_NOWHERE },
	RULES_KEYS_END
};

static int scheme_cmp(const void *a, const void *b)
{
	return strcmp(((const ed_scheme *)a)->section, ((const ed_scheme *)b)->section);
}

static int entry_port_cmp(const void *a, const void *b)
{
	const ed_port *x = ((const ed_scheme_entry *)a)->port;
	const ed_port *y = ((const ed_scheme_entry *)b)->port;
	return (x > y) - (x < y);
}

static bool add_entries(rules_loader *L, const char *sec, const ini_key *key, ed_scheme *s,
			size_t *cap)
{
	/* "area.AREA" or "exit.AREA": both prefixes are 5 bytes */
	const char *area_id = key->name + strlen("area.");
	const ed_area *area = rules_area(L->r, area_id);
	words w;
	bool ok = true;

	if (!area)
		return ini_fail(&L->f, sec, key->name, "unknown area '%s'; accepted: area.ID "
				"where [area.ID] is a section of this file", area_id);
	if (!words_split(key->value, &w))
		return ini_nomem(&L->f);
	if (!w.n)
		ok = ini_fail(&L->f, sec, key->name, "no ports; accepted: port ids of "
			      "[port.ID] sections");
	for (size_t i = 0; i < w.n && ok; i++) {
		const ed_port *p = rules_port_by_id(L, w.v[i]);
		if (!p) {
			ok = ini_fail(&L->f, sec, key->name, "unknown port '%s'; accepted: port "
				      "ids of [port.ID] sections (lower case)", w.v[i]);
			break;
		}
		if (s->n_entries == *cap) {
			size_t nc = *cap ? *cap * 2 : 16;
			ed_scheme_entry *g = realloc(s->entries, nc * sizeof *g);
			if (!g) {
				ok = ini_nomem(&L->f);
				break;
			}
			s->entries = g;
			*cap = nc;
		}
		/* exit.AREA: designated exit ports that are not entry ports */
		s->entries[s->n_entries++] = (ed_scheme_entry){ .port = p, .area = area,
								.exit_only = key->name[1] == 'x' };
	}
	words_free(&w);
	return ok;
}

/* `exit_unconfirmed = PORT ...`: entry ports the sources name for entry
 * only (the Guangdong ports of 2025-11-05); leaving there is to confirm */
static bool mark_exit_unconfirmed(rules_loader *L, const char *sec, ed_scheme *s)
{
	words w;
	bool ok = true;

	if (!words_split(ini_get(&L->f, sec, "exit_unconfirmed"), &w))
		return ini_nomem(&L->f);
	for (size_t i = 0; i < w.n && ok; i++) {
		size_t k;
		for (k = 0; k < s->n_entries && strcasecmp(s->entries[k].port->id, w.v[i]); k++)
			;
		if (k == s->n_entries)
			ok = ini_fail(&L->f, sec, "exit_unconfirmed", "'%s' is not an entry port "
				      "of this scheme; accepted: ids of ports listed in its "
				      "area.* keys", w.v[i]);
		else
			s->entries[k].exit_unconfirmed = true;
	}
	words_free(&w);
	return ok;
}

/* a port at most once per scheme: sort a copy by port and compare */
static bool check_ports_once(rules_loader *L, const char *sec, const ed_scheme *s)
{
	ed_scheme_entry *copy = malloc(s->n_entries * sizeof *copy);
	bool ok = true;

	if (!copy)
		return ini_nomem(&L->f);
	memcpy(copy, s->entries, s->n_entries * sizeof *copy);
	sorted_sort(copy, s->n_entries, sizeof *copy, entry_port_cmp);
	for (size_t i = 1; i < s->n_entries && ok; i++) {
		if (copy[i].port == copy[i - 1].port) {
			char key[160];
			snprintf(key, sizeof key, "area.%s", copy[i].area->id);
			ok = ini_fail(&L->f, sec, key, "port '%s' is also listed under area.%s; "
				      "accepted: each port once per scheme", copy[i].port->id,
				      copy[i - 1].area->id);
		}
	}
	free(copy);
	return ok;
}

static bool load_scheme(rules_loader *L, const ini_section *sec, void *item)
{
	ed_scheme *s = item;
	size_t cap = 0;

	s->section = strdup(sec->name);
	if (!s->section)
		return ini_nomem(&L->f);
	if (s->hours % 24)
		return ini_fail(&L->f, sec->name, "hours", "%d is not accepted; accepted: a "
				"multiple of 24 (the stay counts in whole days)", s->hours);
	for (size_t k = 0; k < sec->n_keys; k++)
		if ((!strncmp(sec->keys[k].name, "area.", 5) ||
		     !strncmp(sec->keys[k].name, "exit.", 5)) &&
		    !add_entries(L, sec->name, &sec->keys[k], s, &cap))
			return false;
	if (!s->n_entries)
		return ini_fail(&L->f, sec->name, "area.ID", "missing; accepted: area.AREA = "
				"PORT PORT ... lines naming the entry ports of each permitted area");
	return check_ports_once(L, sec->name, s) && mark_exit_unconfirmed(L, sec->name, s);
}

static bool load_schemes(rules_loader *L, const rules_section_kind *kind)
{
	ed_rules *r = L->r;
	bool ok;

	r->schemes = rules_load_items(L, kind, sizeof *r->schemes, &r->n_schemes, load_scheme,
				      &ok);
	if (ok)
		sorted_sort(r->schemes, r->n_schemes, sizeof *r->schemes, scheme_cmp);
	return ok;
}

const rules_section_kind rules_kind_scheme = {
	"scheme", true, "scheme.ID", keys_scheme, load_schemes, NULL, NULL
};

const ed_scheme *rules_scheme_by_name(const rules_loader *L, const char *name)
{
	char sec[256];
	ed_scheme key = { .section = sec };

	snprintf(sec, sizeof sec, "scheme.%s", name);
	return sorted_find(&key, L->r->schemes, L->r->n_schemes, sizeof *L->r->schemes, scheme_cmp);
}
