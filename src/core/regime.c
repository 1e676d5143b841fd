/* The regimes in memory: the version of a regime in force on a day and a
 * nationality's entry in a version. Pure lookups: no I/O, no allocation. */
#include "core/regime.h"

#include <stdlib.h>
#include <string.h>

const ed_regime_version *regime_version_at(const ed_regime *g, ed_date day)
{
	for (size_t i = 0; g && i < g->n_versions; i++) {
		const ed_regime_version *v = &g->versions[i];
		if (date_cmp(day, v->from) >= 0 && (!v->has_until || date_cmp(day, v->until) <= 0))
			return v;
	}
	return NULL;
}

static int country_key_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const ed_regime_country *)elem)->code);
}

const ed_regime_country *regime_country(const ed_regime_version *v, const char *code)
{
	if (!v || !code || !v->countries)
		return NULL;
	return bsearch(code, v->countries, v->n_countries, sizeof *v->countries,
		       country_key_cmp);
}
