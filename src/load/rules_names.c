/* [country_names]: each key a country, each name one country's only. */
#include "load/rules_names.h"
#include "load/rules_loader.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/match.h"
#include "core/sorted.h"

#define SECTION "country_names"
#define PREFIX SECTION ":"

/* a name and the country it names; `own`: from [country_names] */
typedef struct named {
	const char *name;
	const char *code;
	bool own;
} named;

static int named_cmp(const void *a, const void *b)
{
	return strcasecmp(((const named *)a)->name, ((const named *)b)->name);
}

/* every name of the section, split into one buffer */
static bool collect(const ed_rules *r, const char *file, named **out, size_t *n, char **store,
		    ed_error *err)
{
	size_t cap = 2 * r->n_countries, total = 0;
	named *v;

	for (size_t i = 0; i < r->n_texts; i++)
		if (!strncasecmp(r->texts[i].key, PREFIX, strlen(PREFIX)))
			total += strlen(r->texts[i].value) + 1;
	v = calloc(cap + total + 1, sizeof *v);
	*store = malloc(total + 1);
	if (!v || !*store) {
		free(v);
		error_set(err, file, SECTION, NULL, "out of memory");
		return false;
	}
	*n = 0;
	for (size_t i = 0; i < r->n_countries; i++) {
		v[(*n)++] = (named){ r->countries[i].name, r->countries[i].code, false };
		v[(*n)++] = (named){ r->countries[i].code, r->countries[i].code, false };
	}
	for (size_t i = 0, used = 0; i < r->n_texts; i++) {
		const char *key = r->texts[i].key, *code = key + strlen(PREFIX);
		const ed_country *c;
		const char *names[64];
		size_t k, size;
		if (strncasecmp(key, PREFIX, strlen(PREFIX)))
			continue;
		c = rules_country(r, code);
		if (!c) {
			error_set(err, file, SECTION, code, "not an ISO 3166-1 alpha-3 code of the "
				  "country list; accepted: a code such as USA = US | America");
			goto fail;
		}
		size = strlen(r->texts[i].value) + 1;
		k = country_other_names(r, c->code, *store + used, size, names, 64);
		if (k == 0 || k > 64) {
			error_set(err, file, SECTION, code, "%s; accepted: 1 to 64 names "
				  "separated by |", k ? "too many names" : "no name");
			goto fail;
		}
		for (size_t j = 0; j < k; j++)
			v[(*n)++] = (named){ names[j], c->code, true };
		used += size;
	}
	*out = v;
	return true;
fail:
	free(v);
	free(*store);
	*store = NULL;
	return false;
}

bool names_check(const ed_rules *r, const char *file, ed_error *err)
{
	named *v = NULL;
	char *store = NULL;
	size_t n = 0;
	bool ok = true;

	if (!collect(r, file, &v, &n, &store, err))
		return false;
	/* sorted by name, a name of two countries sits next to itself */
	sorted_sort(v, n, sizeof *v, named_cmp);
	for (size_t i = 1; i < n && ok; i++) {
		const named *a = &v[i - 1], *b = &v[i];
		if (strcasecmp(a->name, b->name) || !strcmp(a->code, b->code) || (!a->own && !b->own))
			continue;
		{
			const named *mine = b->own ? b : a, *other = b->own ? a : b;
			error_set(err, file, SECTION, mine->code, "'%s' already names %s; accepted: "
				  "a name of one country only (leave out names that could mean two)",
				  mine->name, other->code);
			ok = false;
		}
	}
	free(v);
	free(store);
	return ok;
}

/* ---- its kind in the rules registry (rules_load.c) ---- */

static bool check_names(rules_loader *L)
{
	return names_check(L->r, L->f.path, L->f.err);
}

/* [country_names]: CODE = names, texts checked above */
const rules_section_kind rules_kind_country_names = {
	"country_names", false, "country_names", NULL, NULL, check_names, NULL
};
