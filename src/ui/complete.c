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

size_t complete_candidates(const ed_rules *r, ed_field_type type, const char *typed,
			   ui_candidate *out, size_t max)
{
	size_t found, keep = max < MAX_KEPT ? max : MAX_KEPT;

	/* the ranking is core/match.h's: exact codes, then names and the
	 * names agents use, then starts of names and words; never an id */
	if (type == FT_COUNTRY)
		found = match_countries(r, typed, kept, keep);
	else if (type == FT_PORT)
		found = match_ports(r, typed, kept, keep);
	else
		return 0;
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
