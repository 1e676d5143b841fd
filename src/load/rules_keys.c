/* The key tables at work: the allowed-key check and the parse of plain
 * keys that every section kind of rules.ini shares, and the small list
 * helpers the kinds use. */
#include "load/rules_loader.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/sorted.h"

size_t rules_count(const rules_loader *L, const rules_section_kind *k)
{
	size_t n = 0;

	for (size_t i = 0; i < L->f.n_secs; i++)
		n += L->sec_kind[i] == k;
	return n;
}

const rules_key *rules_key_find(const rules_key *keys, const char *key)
{
	for (; keys && keys->key; keys++) {
		size_t n = strlen(keys->key);
		if (keys->key[n - 1] == '*') {
			if (!strncmp(key, keys->key, n - 1) && key[n - 1])
				return keys;
		} else if (!strcmp(key, keys->key)) {
			return keys;
		}
	}
	return NULL;
}

static bool check_keys(rules_loader *L, const ini_section *sec, const rules_key *keys)
{
	for (size_t i = 0; i < sec->n_keys; i++) {
		char list[512];
		size_t n = 0;
		if (rules_key_find(keys, sec->keys[i].name))
			continue;
		list[0] = '\0';
		for (const rules_key *k = keys; k->key && n < sizeof list; k++)
			n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "",
					      k->key);
		return ini_fail_unknown_key(&L->f, sec->name, &sec->keys[i], "accepted keys: %s",
					    list);
	}
	return true;
}

bool rules_parse_keys(rules_loader *L, const ini_section *sec, const rules_key *keys,
		      void *item)
{
	char *base = item;
	const char *s = sec->name;
	ini *f = &L->f;

	if (!keys)
		return true;
	if (!check_keys(L, sec, keys))
		return false;
	for (const rules_key *k = keys; k->key; k++) {
		bool ok = true;
		if (k->at == RK_NOWHERE) {
			/* the section's function reads it: only its presence here */
			if (k->required && !strchr(k->key, '*'))
				ok = ini_need(f, s, k->key, k->form) != NULL;
			if (!ok)
				return false;
			continue;
		}
		switch (k->type) {
		case RK_TEXT:
			ok = k->required ? ini_need_str(f, s, k->key, k->form, (char **)(base + k->at))
					 : ini_opt_str(f, s, k->key, (char **)(base + k->at));
			break;
		case RK_INT:
			ok = ini_int(f, s, k->key, k->required, k->lo, k->hi, 0,
				     (int *)(base + k->at));
			break;
		case RK_YESNO:
			ok = ini_yesno(f, s, k->key, k->required, false, (bool *)(base + k->at));
			break;
		case RK_DATE:
			ok = ini_date(f, s, k->key, k->required, (ed_date *)(base + k->at),
				      k->has == RK_NOWHERE ? NULL : (bool *)(base + k->has));
			break;
		case RK_OTHER:
			break;
		}
		if (!ok)
			return false;
	}
	return true;
}

void *rules_load_items(rules_loader *L, const rules_section_kind *k, size_t size, size_t *n,
		       rules_item_fn fn, bool *ok)
{
	char *arr = calloc(rules_count(L, k) + 1, size);

	*ok = arr != NULL || ini_nomem(&L->f);
	for (size_t i = 0; *ok && i < L->f.n_secs; i++) {
		void *item;
		if (L->sec_kind[i] != k)
			continue;
		item = arr + (*n)++ * size;
		*ok = rules_parse_keys(L, &L->f.secs[i], k->keys, item) &&
		      (!fn || fn(L, &L->f.secs[i], item));
	}
	return arr;
}

/* ---- lists ---------------------------------------------------------------- */

void words_free(words *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

bool words_split(const char *s, words *w)
{
	size_t cap = 0;

	w->v = NULL;
	w->n = 0;
	while (s && *s) {
		const char *start;
		while (*s && isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		start = s;
		while (*s && !isspace((unsigned char)*s))
			s++;
		if (w->n == cap) {
			char **nv = realloc(w->v, (cap ? cap * 2 : 8) * sizeof *nv);
			if (!nv)
				goto oom;
			w->v = nv;
			cap = cap ? cap * 2 : 8;
		}
		w->v[w->n] = strndup(start, (size_t)(s - start));
		if (!w->v[w->n])
			goto oom;
		w->n++;
	}
	return true;
oom:
	words_free(w);
	return false;
}

bool word_in(const char *w, const char *choices)
{
	size_t len = strlen(w);
	const char *p = choices;

	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == len && !strncmp(p, w, n))
			return true;
		p = bar ? bar + 1 : NULL;
	}
	return false;
}

void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

bool valid_id(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

const char *rules_section_id(rules_loader *L, const ini_section *sec)
{
	const char *id = strchr(sec->name, '.') + 1;

	if (strlen(id) > RULES_ID_MAX)
		return ini_fail(&L->f, sec->name, NULL, "an id of %zu characters; accepted: at "
				"most %d lower-case letters, digits and _", strlen(id),
				RULES_ID_MAX), NULL;
	if (valid_id(id))
		return id;
	ini_fail(&L->f, sec->name, NULL, "bad id '%s'; accepted: lower-case letters, digits "
		 "and _", id);
	return NULL;
}

bool rules_words_in(rules_loader *L, const char *sec, const char *key, bool required,
		    const char *choices, char ***out, size_t *n)
{
	const char *v = ini_get(&L->f, sec, key);
	words w;

	*out = NULL;
	*n = 0;
	if (ini_blank(v)) {
		if (!required)
			return true;
		return ini_fail(&L->f, sec, key, "missing; accepted: a space-separated list of "
				"words from: %s", choices);
	}
	if (!words_split(v, &w))
		return ini_nomem(&L->f);
	for (size_t i = 0; i < w.n; i++) {
		if (!word_in(w.v[i], choices)) {
			ini_fail(&L->f, sec, key, "'%s' is not accepted; accepted: a "
				 "space-separated list of words from: %s", w.v[i], choices);
			words_free(&w);
			return false;
		}
	}
	*out = w.v;
	*n = w.n;
	return true;
}

static int code_cmp(const void *a, const void *b)
{
	return strcmp(*(const ed_code *)a, *(const ed_code *)b);
}

static const named_codes *find_list(const rules_loader *L, const char *name)
{
	for (size_t i = 0; i < L->n_lists; i++)
		if (!strcasecmp(L->lists[i].name, name))
			return &L->lists[i];
	return NULL;
}

bool rules_parse_codes(rules_loader *L, const char *sec, const char *key, const char *value,
		       bool allow_refs, ed_code **codes, size_t *n)
{
	words w;
	size_t cap = *n;
	bool ok = true;

	if (!words_split(value, &w))
		return ini_nomem(&L->f);
	for (size_t i = 0; i < w.n && ok; i++) {
		const ed_code *add;
		size_t n_add;
		ed_code one;
		if (w.v[i][0] == '@' && allow_refs) {
			const named_codes *list = find_list(L, w.v[i] + 1);
			if (!list) {
				ok = ini_fail(&L->f, sec, key, "unknown list '%s'; accepted: @NAME "
					      "of a [countries.NAME] section", w.v[i]);
				break;
			}
			add = list->codes;
			n_add = list->n;
		} else {
			if (strlen(w.v[i]) != 3 || !rules_country(L->r, w.v[i]) ||
			    !isupper((unsigned char)w.v[i][0]) ||
			    !isupper((unsigned char)w.v[i][1]) ||
			    !isupper((unsigned char)w.v[i][2])) {
				ok = ini_fail(&L->f, sec, key, "unknown country code '%s'; accepted: "
					      "ISO 3166-1 alpha-3 codes in capitals (e.g. DEU)%s",
					      w.v[i], allow_refs ? " and @NAME of a "
					      "[countries.NAME] section" : "");
				break;
			}
			memcpy(one, w.v[i], 4);
			add = (const ed_code *)&one;
			n_add = 1;
		}
		if (*n + n_add > cap) {
			size_t nc = (*n + n_add) * 2;
			ed_code *g = realloc(*codes, nc * sizeof *g);
			if (!g) {
				ok = ini_nomem(&L->f);
				break;
			}
			*codes = g;
			cap = nc;
		}
		memcpy(*codes + *n, add, n_add * sizeof *add);
		*n += n_add;
	}
	words_free(&w);
	if (ok && *n) {
		size_t k = 1;
		sorted_sort(*codes, *n, sizeof **codes, code_cmp);
		for (size_t i = 1; i < *n; i++)
			if (strcmp((*codes)[i], (*codes)[k - 1]))
				memcpy((*codes)[k++], (*codes)[i], sizeof **codes);
		*n = k;
	}
	return ok;
}
