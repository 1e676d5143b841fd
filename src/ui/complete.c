/* Country and port completion. Ranks matches so that "DEU" and "ger" both
 * put Germany first, and "PVG", "shang" or "pudong" put Shanghai first. */
#include "ui/complete.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"

enum { RANK_EXACT, RANK_CODE_PREFIX, RANK_NAME_PREFIX, RANK_WORD_PREFIX, RANK_NONE };

static bool starts_with(const char *s, const char *prefix, size_t n)
{
	return strncasecmp(s, prefix, n) == 0;
}

/* a word of `name` (after a space, '(' or '-') starts with the prefix */
static bool word_starts_with(const char *name, const char *prefix, size_t n)
{
	for (const char *p = name; *p; p++)
		if ((p == name || strchr(" (-,'", p[-1])) && starts_with(p, prefix, n))
			return true;
	return false;
}

static int rank(const char *code, const char *name, const char *typed, size_t n)
{
	if (!strcasecmp(code, typed))
		return RANK_EXACT;
	if (starts_with(code, typed, n))
		return RANK_CODE_PREFIX;
	if (name && starts_with(name, typed, n))
		return RANK_NAME_PREFIX;
	if (name && word_starts_with(name, typed, n))
		return RANK_WORD_PREFIX;
	return RANK_NONE;
}

size_t complete_candidates(const ed_rules *r, ed_field_type type, const char *typed,
			   ui_candidate *out, size_t max)
{
	char t[128];
	size_t found = 0, n;

	snprintf(t, sizeof t, "%s", typed ? typed : "");
	text_trim(t);
	n = strlen(t);
	if (!n || !r)
		return 0;
	/* one pass per rank keeps the best first without sorting */
	for (int want = RANK_EXACT; want < RANK_NONE; want++) {
		if (type == FT_COUNTRY) {
			for (size_t i = 0; i < r->n_countries; i++) {
				const ed_country *c = &r->countries[i];
				if (rank(c->code, c->name, t, n) != want)
					continue;
				if (found < max)
					out[found] = (ui_candidate){ c->code, c->name };
				found++;
			}
		} else if (type == FT_PORT) {
			for (size_t i = 0; i < r->n_ports; i++) {
				const ed_port *p = &r->ports[i];
				int best = rank(p->id, p->name, t, n);
				const char *value = p->id;
				for (size_t a = 0; a < p->n_aliases; a++) {
					/* "pudong" finds PVG by its airport name */
					int ra = rank(p->aliases[a],
						      p->airport_names ? p->airport_names[a] : NULL, t, n);
					if (ra < best) {
						best = ra;
						value = p->aliases[a];
					}
				}
				if (best != want)
					continue;
				if (found < max)
					out[found] = (ui_candidate){ value, p->name };
				found++;
			}
		}
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
