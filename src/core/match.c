/* Ranked candidates for country and port fields (see match.h). */
#include "core/match.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/sorted.h"

/* candidates ranked at once; more still count, and the best are kept */
#define MAX_RANKED 1024

typedef struct ranked {
	ed_match_rank rank;
	int weight; /* higher first within a rank */
	const char *sort_name;
	size_t item; /* index of the country or port */
	size_t sub;  /* port: index of the airport code, or SIZE_MAX for none */
} ranked;

/* typed, trimmed, runs of blanks as one space */
static void squeeze_typed(const char *typed, char *out, size_t size)
{
	size_t n = 0;
	bool space = false;

	for (const char *p = typed ? typed : ""; *p && n + 1 < size; p++) {
		if (isspace((unsigned char)*p)) {
			space = n > 0;
			continue;
		}
		if (space && n + 2 < size)
			out[n++] = ' ';
		space = false;
		out[n++] = *p;
	}
	out[n] = '\0';
}

static bool is_word_start(const char *name, const char *p)
{
	return p == name || strchr(" (-,'/", p[-1]) != NULL;
}

/* how `name` matches t: MATCH_NAME (whole), MATCH_PREFIX, MATCH_WORD or
 * MATCH_NONE */
static ed_match_rank name_rank(const char *name, const char *t, size_t n)
{
	if (!name || !*name)
		return MATCH_NONE;
	if (!strcasecmp(name, t))
		return MATCH_NAME;
	if (!strncasecmp(name, t, n))
		return MATCH_PREFIX;
	for (const char *p = name + 1; *p; p++)
		if (is_word_start(name, p) && !strncasecmp(p, t, n))
			return MATCH_WORD;
	return MATCH_NONE;
}

static ed_match_rank code_rank(const char *code, const char *t, size_t n)
{
	if (!code || !*code)
		return MATCH_NONE;
	if (!strcasecmp(code, t))
		return MATCH_CODE;
	return !strncasecmp(code, t, n) ? MATCH_PREFIX : MATCH_NONE;
}

static ed_match_rank better(ed_match_rank a, ed_match_rank b)
{
	return a < b ? a : b;
}

static int ranked_cmp(const void *a, const void *b)
{
	const ranked *x = a, *y = b;
	int c;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	c = strcasecmp(x->sort_name, y->sort_name);
	if (c)
		return c;
	return x->sub < y->sub ? -1 : x->sub > y->sub;
}

size_t country_other_names(const ed_rules *r, const char *code, char *buf, size_t size,
			   const char **names, size_t max)
{
	char key[64];
	const char *list;
	size_t n = 0;
	char *p, *save = NULL;

	if (!r || !code || size == 0)
		return 0;
	snprintf(key, sizeof key, "country_names:%s", code);
	list = rules_text(r, key);
	if (!list)
		return 0;
	snprintf(buf, size, "%s", list);
	for (p = strtok_r(buf, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
		char *end;
		while (isspace((unsigned char)*p))
			p++;
		end = p + strlen(p);
		while (end > p && isspace((unsigned char)end[-1]))
			*--end = '\0';
		if (!*p)
			continue;
		if (n < max)
			names[n] = p;
		n++;
	}
	return n;
}

/* the candidates of one query, ranked as they come */
typedef struct collect {
	char t[128]; /* typed, squeezed */
	size_t n;    /* its length */
	ranked found[MAX_RANKED];
	size_t k, total;
} collect;

static bool collect_start(collect *c, const ed_rules *r, const char *typed)
{
	squeeze_typed(typed, c->t, sizeof c->t);
	c->n = strlen(c->t);
	c->k = c->total = 0;
	return r && c->n;
}

static void collect_add(collect *c, ranked x)
{
	c->total++;
	if (c->k < MAX_RANKED)
		c->found[c->k++] = x;
}

/* the countries of the airports whose code or city is t (rules.ini
 * [airports]): "NRT", "HAN", "Tokyo" as copied from a ticket; up to max */
static size_t airport_countries(const ed_rules *r, const char *t, size_t n,
				const char **out, size_t max)
{
	size_t k = 0;

	for (size_t i = 0; i < r->n_airports; i++) {
		const ed_airport *a = &r->airports[i];
		bool seen = false;
		if (code_rank(a->code, t, n) != MATCH_CODE && name_rank(a->city, t, n) != MATCH_NAME)
			continue;
		for (size_t j = 0; j < k; j++)
			seen |= !strcmp(out[j], a->country);
		if (!seen && k < max)
			out[k++] = a->country;
	}
	return k;
}

size_t match_countries(const ed_rules *r, const char *typed, ed_match *out, size_t max)
{
	collect col;
	const char *t = col.t;
	const char *by_airport[8];
	size_t n, n_air;
	bool strong = false;

	if (!collect_start(&col, r, typed))
		return 0;
	n = col.n;
	n_air = 0;
	for (size_t i = 0; i < r->n_countries; i++) {
		const ed_country *c = &r->countries[i];
		char buf[512];
		const char *names[32];
		size_t nn = country_other_names(r, c->code, buf, sizeof buf, names, 32);
		ed_match_rank best = better(code_rank(c->code, t, n), name_rank(c->name, t, n));
		for (size_t j = 0; j < nn && j < 32; j++) {
			ed_match_rank rk = name_rank(names[j], t, n);
			/* "UK", "US": short names agents use count as whole names */
			best = better(best, rk);
		}
		if (best != MATCH_NONE)
			collect_add(&col, (ranked){ best, 0, c->name, i, 0 });
		if (best <= MATCH_PREFIX)
			strong = true;
	}
	/* no country's code, name or start: an airport's code or city
	 * ("NRT", "HAN", "Tokyo", from a ticket) names its country */
	n_air = strong ? 0 : airport_countries(r, t, n, by_airport, 8);
	for (size_t i = 0; i < r->n_countries && n_air; i++)
		for (size_t j = 0; j < n_air; j++)
			if (!strcmp(by_airport[j], r->countries[i].code)) {
				ranked *old = NULL;
				for (size_t k = 0; k < col.k; k++)
					if (col.found[k].item == i)
						old = &col.found[k];
				if (old)
					old->rank = MATCH_NAME;
				else
					collect_add(&col, (ranked){ MATCH_NAME, 0, r->countries[i].name,
								    i, 0 });
			}
	sorted_sort(col.found, col.k, sizeof *col.found, ranked_cmp);
	for (size_t i = 0; i < col.k && i < max; i++) {
		const ed_country *c = &r->countries[col.found[i].item];
		out[i] = (ed_match){ .rank = col.found[i].rank, .country = c };
		snprintf(out[i].value, sizeof out[i].value, "%s", c->code);
		snprintf(out[i].display, sizeof out[i].display, "%s %s", c->code, c->name);
	}
	return col.total;
}

/* how many scheme entries list the port: the long-standing ports first */
static int port_weight(const ed_rules *r, const ed_port *p)
{
	int w = 0;
	for (size_t i = 0; i < r->n_schemes; i++)
		for (size_t e = 0; e < r->schemes[i].n_entries; e++)
			w += r->schemes[i].entries[e].port == p;
	return w;
}

/* the rank of port p for t, through its airport `a` (or the port itself
 * when a is SIZE_MAX) */
static ed_match_rank port_rank(const ed_port *p, size_t a, const char *t, size_t n)
{
	ed_match_rank best = better(name_rank(p->name, t, n), name_rank(p->name_zh, t, n));
	/* a city is not a port: "Chengdu" names Chengdu Tianfu airport as much
	 * as CTU, and "Guangzhou" its passenger port as much as CAN */
	if (!strncasecmp(p->name, t, n) && p->name[n] == ' ')
		best = MATCH_NAME;
	best = better(best, name_rank(p->province, t, n) == MATCH_NONE ? MATCH_NONE : MATCH_WORD);
	if (a != SIZE_MAX) {
		const char *an = p->airport_names ? p->airport_names[a] : NULL;
		char both[192];
		best = better(best, code_rank(p->aliases[a], t, n));
		best = better(best, name_rank(an, t, n));
		if (an) {
			/* "Shanghai Pudong": the city and the airport's own name */
			snprintf(both, sizeof both, "%s %s", p->name, an);
			best = better(best, name_rank(both, t, n));
		}
	}
	return best;
}

const ed_country *match_country_sure(const ed_rules *r, const char *typed)
{
	ed_match m[2];
	size_t n = match_countries(r, typed, m, 2);
	return match_sure(m, n < 2 ? n : 2) ? m[0].country : NULL;
}

size_t match_ports(const ed_rules *r, const char *typed, ed_match *out, size_t max)
{
	collect col;
	const ed_country *c;

	if (!collect_start(&col, r, typed))
		return 0;
	/* a country or region outside the Mainland names no port of it */
	c = match_country_sure(r, typed);
	if (c && strcmp(c->code, "CHN") && !rules_port(r, typed))
		return 0;
	for (size_t i = 0; i < r->n_ports; i++) {
		const ed_port *p = &r->ports[i];
		int w = port_weight(r, p);
		size_t subs = p->n_aliases ? p->n_aliases : 1;
		for (size_t s = 0; s < subs; s++) {
			size_t a = p->n_aliases ? s : SIZE_MAX;
			ed_match_rank rk = port_rank(p, a, col.t, col.n);
			if (rk != MATCH_NONE)
				collect_add(&col, (ranked){ rk, w, p->name, i, a });
		}
	}
	sorted_sort(col.found, col.k, sizeof *col.found, ranked_cmp);
	for (size_t i = 0; i < col.k && i < max; i++) {
		const ed_port *p = &r->ports[col.found[i].item];
		size_t a = col.found[i].sub;
		const char *an = a != SIZE_MAX && p->airport_names ? p->airport_names[a] : NULL;
		out[i] = (ed_match){ .rank = col.found[i].rank, .port = p };
		if (a == SIZE_MAX) {
			snprintf(out[i].value, sizeof out[i].value, "%s", p->name);
			snprintf(out[i].display, sizeof out[i].display, "%s (%s)", p->name,
				 p->province);
		} else {
			if (an && strstr(p->name, an))
				an = NULL; /* "Chengdu Tianfu airport": said once */
			snprintf(out[i].value, sizeof out[i].value, "%s", p->aliases[a]);
			snprintf(out[i].display, sizeof out[i].display, "%s %s%s%s (%s)",
				 p->aliases[a], p->name, an ? " " : "", an ? an : "", p->province);
		}
	}
	return col.total;
}

bool match_sure(const ed_match *m, size_t n)
{
	if (n == 0 || m[0].rank > MATCH_NAME)
		return false;
	return n == 1 || m[1].rank > m[0].rank;
}
