/* The one INI reader's lookups and typed getters (see ini.h): a key by
 * section and name in any case, and values checked as numbers, yes/no or
 * dates with the project's one-line message. */
#include "load/ini.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- lookups ---------------------------------------------------------------- */

/* compares the query sec[":" key] (any case) with a stored lower-case name */
static int query_cmp(const char *sec, const char *key, const char *stored)
{
	const unsigned char *q = (const unsigned char *)sec, *s = (const unsigned char *)stored;
	int part = 0;

	for (;;) {
		int c;
		if (!*q && part == 0 && key) {
			q = (const unsigned char *)key;
			part = 1;
			c = ':';
		} else if (!*q) {
			return *s ? -1 : 0;
		} else {
			c = tolower(*q++);
		}
		if (c != *s)
			return c - *s;
		s++;
	}
}

const ini_section *ini_section_get(const ini *f, const char *sec)
{
	size_t lo = 0, hi = f->n_secs;

	while (sec && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const ini_section *s = &f->secs[f->sec_index[mid]];
		int c = query_cmp(sec, NULL, s->name);
		if (!c)
			return s;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const char *ini_get(const ini *f, const char *sec, const char *key)
{
	size_t lo = 0, hi = f->n_keys;

	while (sec && key && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = query_cmp(sec, key, f->full_names[f->key_index[mid]]);
		if (!c)
			return f->keys[f->key_index[mid]].value;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

long ini_line(const ini *f, const char *sec, const char *key)
{
	const ini_section *s = ini_section_get(f, sec);

	if (!s)
		return 0;
	for (size_t k = 0; key && k < s->n_keys; k++)
		if (!strcasecmp(s->keys[k].name, key))
			return s->keys[k].line;
	return s->line;
}

const char *ini_get_full(const ini *f, const char *full)
{
	const char *colon = full ? strchr(full, ':') : NULL;
	char stack[256], *sec = stack;
	const char *v;
	size_t n;

	if (!colon)
		return NULL;
	n = (size_t)(colon - full);
	if (n >= sizeof stack && !(sec = malloc(n + 1)))
		return NULL;
	memcpy(sec, full, n);
	sec[n] = '\0';
	v = ini_get(f, sec, colon + 1);
	if (sec != stack)
		free(sec);
	return v;
}

/* ---- typed getters ---------------------------------------------------------- */

const char *ini_need(ini *f, const char *sec, const char *key, const char *form)
{
	const char *v = ini_get(f, sec, key);

	if (ini_blank(v)) {
		ini_fail(f, sec, key, "missing; accepted: %s", form);
		return NULL;
	}
	return v;
}

bool ini_need_str(ini *f, const char *sec, const char *key, const char *form, char **out)
{
	const char *v = ini_need(f, sec, key, form);

	if (!v)
		return false;
	*out = strdup(v);
	return *out || ini_nomem(f);
}

bool ini_opt_str(ini *f, const char *sec, const char *key, char **out)
{
	const char *v = ini_get(f, sec, key);

	*out = strdup(v ? v : "");
	return *out || ini_nomem(f);
}

/* "'VALUE' is not accepted" or, for files holding personal data, "not
 * accepted" */
static const char *shown(const ini *f, const char *v, char *buf, size_t size)
{
	if (f->kind->echo_values)
		snprintf(buf, size, "'%.80s' is not accepted", v);
	else
		snprintf(buf, size, "not accepted");
	return buf;
}

bool ini_int(ini *f, const char *sec, const char *key, bool required, int lo, int hi,
	     int dflt, int *out)
{
	const char *v = ini_get(f, sec, key);
	char *end, what[128];
	long n;

	*out = dflt;
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(f, sec, key, "missing; accepted: a whole number from %d to %d",
				lo, hi);
	}
	errno = 0;
	n = strtol(v, &end, 10);
	while (isspace((unsigned char)*end))
		end++;
	if (errno || end == v || *end || n < lo || n > hi)
		return ini_fail(f, sec, key, "%s; accepted: a whole number from %d to %d",
				shown(f, v, what, sizeof what), lo, hi);
	*out = (int)n;
	return true;
}

bool ini_yesno(ini *f, const char *sec, const char *key, bool required, bool dflt, bool *out)
{
	const char *v = ini_get(f, sec, key);
	char what[128];

	*out = dflt;
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(f, sec, key, "missing; accepted: yes or no");
	}
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "no")) {
		*out = !strcasecmp(v, "yes");
		return true;
	}
	return ini_fail(f, sec, key, "%s; accepted: yes or no", shown(f, v, what, sizeof what));
}

bool ini_date(ini *f, const char *sec, const char *key, bool required, ed_date *out,
	      bool *present)
{
	const char *v = ini_get(f, sec, key);

	if (present)
		*present = !ini_blank(v);
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(f, sec, key, "missing; accepted: a date YYYY-MM-DD");
	}
	if (!date_parse(v, out)) {
		if (f->kind->echo_values)
			return ini_fail(f, sec, key, "'%.80s' is not a date; accepted: a real "
					"calendar day as YYYY-MM-DD", v);
		return ini_fail(f, sec, key, "not a date; accepted: a real calendar day as "
				"YYYY-MM-DD");
	}
	return true;
}
