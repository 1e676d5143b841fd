/* data/airports.tsv into r->airports: one airport a line, checked. */
#include "load/airports.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FORM "CODE<tab>COUNTRY<tab>CITY<tab>NAME: an IATA code of 3 letters, an " \
	     "ISO 3166-1 alpha-3 code, the city and the airport's name"

static int by_code(const void *a, const void *b)
{
	return strcmp(((const ed_airport *)a)->code, ((const ed_airport *)b)->code);
}

/* the path of `file` relative to the folder of `rules_path` */
static bool resolve(const char *rules_path, const char *file, char *out, size_t size)
{
	const char *slash = strrchr(rules_path, '/');
	int n;

	if (file[0] == '/' || !slash)
		n = snprintf(out, size, "%s", file);
	else
		n = snprintf(out, size, "%.*s/%s", (int)(slash - rules_path), rules_path, file);
	return n > 0 && (size_t)n < size;
}

static bool upper3(const char *s)
{
	return strlen(s) == 3 && isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]) &&
	       isupper((unsigned char)s[2]);
}

/* one line into a (fields split in place); false when it does not fit */
static bool parse_line(const ed_rules *r, char *line, ed_airport *a)
{
	char *f[4], *p = line;

	for (int i = 0; i < 4; i++) {
		f[i] = p;
		p = strchr(p, '\t');
		if (i < 3 && !p)
			return false;
		if (p)
			*p++ = '\0';
	}
	if (p || !upper3(f[0]) || !upper3(f[1]) || !rules_country(r, f[1]) || !*f[2] || !*f[3])
		return false;
	memcpy(a->code, f[0], 4);
	memcpy(a->country, f[1], 4);
	a->city = strdup(f[2]);
	a->name = strdup(f[3]);
	return a->city && a->name;
}

bool airports_load(ed_rules *r, const char *rules_path, ed_error *err)
{
	const char *file = rules_text(r, "rules:airports");
	char path[4096], line[1024];
	size_t cap = 0;
	long no = 0;
	FILE *fp;

	if (!file)
		return true; /* no world list: foreign codes are not recognised */
	if (!resolve(rules_path, file, path, sizeof path) || !(fp = fopen(path, "r"))) {
		error_set(err, rules_path, "rules", "airports", "cannot read %s; accepted: the "
			  "path of the airports file (data/airports.tsv), relative to the rules "
			  "file's folder", file);
		return false;
	}
	while (fgets(line, sizeof line, fp)) {
		size_t len = strlen(line);
		ed_airport a;
		memset(&a, 0, sizeof a);
		no++;
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len && line[len - 1] == '\r')
			line[--len] = '\0';
		if (!len || line[0] == '#')
			continue;
		if (r->n_airports == cap) {
			size_t ncap = cap ? cap * 2 : 4096;
			ed_airport *n = realloc(r->airports, ncap * sizeof *n);
			if (!n)
				goto bad;
			r->airports = n;
			cap = ncap;
		}
		if (!parse_line(r, line, &a)) {
			free(a.city);
			free(a.name);
			goto bad;
		}
		r->airports[r->n_airports++] = a;
	}
	fclose(fp);
	qsort(r->airports, r->n_airports, sizeof *r->airports, by_code);
	for (size_t i = 1; i < r->n_airports; i++) {
		if (!strcmp(r->airports[i].code, r->airports[i - 1].code)) {
			error_set(err, path, NULL, NULL, "airport %s is listed twice; accepted: "
				  "one line per code", r->airports[i].code);
			return false;
		}
	}
	return true;
bad:
	fclose(fp);
	error_set(err, path, NULL, NULL, "line %ld does not fit; accepted: " FORM, no);
	return false;
}
