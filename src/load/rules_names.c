/* [country_names]: each key a country, each name one country's only. */
#include "load/rules_names.h"

#include <string.h>
#include <strings.h>

#include "core/match.h"

#define SECTION "country_names"
#define PREFIX SECTION ":"

/* the country other than `code` that `name` already names, or NULL */
static const char *claimed_elsewhere(const ed_rules *r, const char *code, const char *name)
{
	for (size_t i = 0; i < r->n_countries; i++) {
		const ed_country *c = &r->countries[i];
		if (strcasecmp(c->code, code) &&
		    (!strcasecmp(c->name, name) || !strcasecmp(c->code, name)))
			return c->code;
	}
	/* only the countries that have names of their own */
	for (size_t i = 0; i < r->n_texts; i++) {
		const char *key = r->texts[i].key, *other = key + strlen(PREFIX);
		char buf[1024];
		const char *names[64];
		size_t n;
		if (strncasecmp(key, PREFIX, strlen(PREFIX)) || !strcasecmp(other, code))
			continue;
		n = country_other_names(r, other, buf, sizeof buf, names, 64);
		for (size_t k = 0; k < n && k < 64; k++)
			if (!strcasecmp(names[k], name))
				return rules_country(r, other) ? rules_country(r, other)->code : other;
	}
	return NULL;
}

bool names_check(const ed_rules *r, const char *file, ed_error *err)
{
	for (size_t i = 0; i < r->n_texts; i++) {
		const char *key = r->texts[i].key, *code = key + strlen(PREFIX);
		char buf[1024];
		const char *names[64];
		size_t n;
		if (strncasecmp(key, PREFIX, strlen(PREFIX)))
			continue;
		if (!rules_country(r, code)) {
			error_set(err, file, SECTION, code, "not an ISO 3166-1 alpha-3 code of the "
				  "country list; accepted: a code such as USA = US | America");
			return false;
		}
		n = country_other_names(r, code, buf, sizeof buf, names, 64);
		if (n == 0 || n > 64) {
			error_set(err, file, SECTION, code, "%s; accepted: 1 to 64 names "
				  "separated by |", n ? "too many names" : "no name");
			return false;
		}
		for (size_t k = 0; k < n; k++) {
			const char *other = claimed_elsewhere(r, code, names[k]);
			if (other) {
				error_set(err, file, SECTION, code, "'%s' already names %s; "
					  "accepted: a name of one country only (leave out names "
					  "that could mean two)", names[k], other);
				return false;
			}
		}
	}
	return true;
}
