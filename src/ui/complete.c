/* Country and port completion for the wizard, ranked by core/match.h:
 * "DEU" and "ger" put Germany first, "UK" the United Kingdom, "PVG",
 * "shang" or "pudong" Shanghai Pudong. */
#include "ui/complete.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/match.h"

/* The candidates of the last call: ui_candidate points into them, so they
 * live until the next call (the wizard uses them at once). */
#define MAX_KEPT 64
static ed_match kept[MAX_KEPT];

size_t complete_match(const ed_rules *r, ed_field_type type, const char *typed, ed_match *m,
		      size_t max)
{
	/* the ranking is core/match.h's: exact codes, then names and the
	 * names agents use, then starts of names and words; never an id */
	if (type == FT_COUNTRY)
		return match_countries(r, typed, m, max);
	if (type == FT_PORT)
		return match_ports(r, typed, m, max);
	return 0;
}

bool complete_tab_takes(const ed_rules *r, ed_field_type type, const char *typed,
			ed_match *first)
{
	ed_match m[2];
	size_t got;

	memset(m, 0, sizeof m);
	got = complete_match(r, type, typed, m, 2);
	if (got == 0 || !(match_sure(m, got) || got == 1))
		return false;
	*first = m[0];
	return true;
}

size_t complete_candidates(const ed_rules *r, ed_field_type type, const char *typed,
			   ui_candidate *out, size_t max)
{
	size_t keep = max < MAX_KEPT ? max : MAX_KEPT;
	size_t found = complete_match(r, type, typed, kept, keep);

	for (size_t i = 0; i < found && i < keep; i++) {
		const char *d = kept[i].display;
		size_t vl = strlen(kept[i].value);
		/* what follows the value: "United States", "Shanghai Pudong
		 * (Shanghai)", or "(Guangdong)" after a port's own name */
		if (!strncmp(d, kept[i].value, vl) && d[vl] == ' ')
			d += vl + 1;
		out[i] = (ui_candidate){ kept[i].value, d };
	}
	return found;
}

const char *complete_name(const ed_rules *r, ed_field_type type, const char *value)
{
	if (!r || !value)
		return NULL;
	if (type == FT_COUNTRY) {
		const ed_country *c = rules_country(r, value);
		return c ? c->name : NULL;
	}
	if (type == FT_PORT) {
		const ed_port *p = rules_port(r, value);
		return p ? p->name : NULL;
	}
	return NULL;
}
