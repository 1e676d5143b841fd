/* rules.ini [airports] into r->airports: linear in the data, checked. */
#include "load/airports.h"
#include "load/rules_loader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/sorted.h"

#define SECTION "airports"
#define PREFIX SECTION ":"
#define FORM "\"CODE City|CODE City\": IATA codes of 3 letters, each with its city, " \
	     "under the country's alpha-3 code (USA, or USA.2 for more)"

static int by_code(const void *a, const void *b)
{
	return strcmp(((const ed_airport *)a)->code, ((const ed_airport *)b)->code);
}

/* the country of a key: "usa" or "usa.2" -> "USA"; false when it is none */
static bool key_country(const ed_rules *r, const char *key, ed_code out)
{
	size_t n = strcspn(key, ".");
	if (n != 3 || (key[3] == '.' && !isdigit((unsigned char)key[4])))
		return false;
	for (int i = 0; i < 3; i++)
		out[i] = (char)toupper((unsigned char)key[i]);
	out[3] = '\0';
	return rules_country(r, out) != NULL;
}

/* "LAX Los Angeles" -> a; false when it does not fit */
static bool parse_item(const char *item, size_t len, const ed_code country, ed_airport *a)
{
	if (len < 5 || item[3] != ' ')
		return false;
	for (int i = 0; i < 3; i++) {
		if (!isupper((unsigned char)item[i]))
			return false;
		a->code[i] = item[i];
	}
	a->code[3] = '\0';
	memcpy(a->country, country, 4);
	a->city = strndup(item + 4, len - 4);
	return a->city != NULL;
}

static bool add_list(ed_rules *r, const char *file, const char *key, const char *list,
		     size_t *cap, ed_error *err)
{
	ed_code country;

	if (!key_country(r, key, country)) {
		error_set(err, file, SECTION, key, "not a country; accepted: an ISO 3166-1 "
			  "alpha-3 code, or CODE.2, CODE.3 ... for a list's continuation");
		return false;
	}
	for (const char *p = list; *p;) {
		size_t len = strcspn(p, "|");
		ed_airport a;
		if (r->n_airports == *cap) {
			size_t ncap = *cap ? *cap * 2 : 4096;
			ed_airport *n = realloc(r->airports, ncap * sizeof *n);
			if (!n) {
				error_set(err, file, SECTION, key, "out of memory");
				return false;
			}
			r->airports = n;
			*cap = ncap;
		}
		memset(&a, 0, sizeof a);
		if (!parse_item(p, len, country, &a)) {
			error_set(err, file, SECTION, key, "'%.*s' does not fit; accepted: " FORM,
				  (int)(len > 40 ? 40 : len), p);
			return false;
		}
		r->airports[r->n_airports++] = a;
		p += len;
		if (*p == '|')
			p++;
	}
	return true;
}

bool airports_load(ed_rules *r, const char *file, ed_error *err)
{
	size_t cap = 0;

	for (size_t i = 0; i < r->n_texts; i++) {
		const char *key = r->texts[i].key;
		if (strncasecmp(key, PREFIX, strlen(PREFIX)))
			continue;
		if (!add_list(r, file, key + strlen(PREFIX), r->texts[i].value, &cap, err))
			return false;
	}
	if (r->n_airports)
		sorted_sort(r->airports, r->n_airports, sizeof *r->airports, by_code);
	for (size_t i = 1; i < r->n_airports; i++) {
		if (!strcmp(r->airports[i].code, r->airports[i - 1].code)) {
			error_set(err, file, SECTION, NULL, "airport %s is listed twice; "
				  "accepted: each code once", r->airports[i].code);
			return false;
		}
	}
	return true;
}

/* ---- its kind in the rules registry (rules_load.c) ---- */

static bool load_airports(rules_loader *L)
{
	return airports_load(L->r, L->f.path, L->f.err);
}

/* [airports]: one quoted key per country, parsed above from the texts */
const rules_section_kind rules_kind_airports = {
	"airports", false, "airports", NULL, NULL, load_airports, NULL
};
