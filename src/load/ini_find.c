/* Lookups in a read INI file (ini_find.h): binary searches of its sorted
 * indexes, a key by section and name in any case. */
#include "load/ini_find.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
