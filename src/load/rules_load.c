/* Reads rules.ini: the one INI reader (load/ini.h) checks the file as
 * text, then each kind of section is given its meaning by its own file.
 *
 * Adding a section kind (a regime, a code map, ...):
 *   1. a new file src/load/rules_KIND.c with its key table (rules_key:
 *      key, type, required, range, accepted form, where it goes) and one
 *      function that loads every section of the kind into ed_rules
 *      (see rules_loader.h; rules_places.c is a short example), and
 *      `const rules_section_kind rules_kind_KIND = { ... };` at its end;
 *   2. one line X(KIND) in RULES_KINDS below, after the kinds it
 *      refers to;
 *   3. its keys in doc/rules-format.md (a unit test compares them).
 * A kind whose sections are texts (any keys) may instead check them once
 * every value is stored as a text: its `check` (rules_mrz.c is one). The
 * texts a kind must have are its `texts` (rules_texts.c), checked here
 * with their Chinese twins and placeholders (check_words).
 * Every problem becomes one message naming the file, section and key and
 * the accepted form; whatever was built so far is freed. */
#include "load/rules_load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/slip_vars.h"
#include "core/sorted.h"
#include "core/text.h"
#include "load/rules_loader.h"
#include "load/texts_zh.h"

/* The section kinds, in the order they load: a kind may refer to those
 * above it (a scheme to areas and ports, a version to schemes). One line
 * per kind: X(KIND) names `const rules_section_kind rules_kind_KIND`. */
#define RULES_KINDS(X) \
	X(rules)           /* rules_places.c, with iso-codes' countries */ \
	X(countries)       /* rules_places.c */ \
	X(area)            /* rules_places.c */ \
	X(port)            /* rules_places.c */ \
	X(scheme)          /* rules_schemes.c */ \
	X(transit)         /* rules_versions.c */ \
	X(airside)         /* rules_versions.c */ \
	X(epass)           /* rules_versions.c */ \
	X(regime)          /* rules_regimes.c */ \
	X(regime_version)  /* rules_regimes.c */ \
	X(reason)          /* rules_texts.c */ \
	X(review)          /* rules_texts.c */ \
	X(slip)            /* rules_texts.c */ \
	X(outcome)         /* rules_texts.c */ \
	X(reminders)       /* rules_texts.c */ \
	X(reminders_named) /* rules_texts.c */ \
	X(legal)           /* rules_texts.c */ \
	X(ways)            /* rules_texts.c */ \
	X(verdict)         /* rules_texts.c */ \
	X(sheet)           /* rules_texts.c */ \
	X(mrz)             /* rules_mrz.c */ \
	X(country_names)   /* rules_names.c */ \
	X(country_names_zh) /* rules_names_zh.c */ \
	X(airports)        /* airports.c */

#define DECLARE_KIND(k) extern const rules_section_kind rules_kind_##k;
RULES_KINDS(DECLARE_KIND)
#undef DECLARE_KIND

static const rules_section_kind *const registry[] = {
#define LIST_KIND(k) &rules_kind_##k,
	RULES_KINDS(LIST_KIND)
#undef LIST_KIND
};

#define N_KINDS (sizeof registry / sizeof *registry)

const rules_section_kind *const *rules_registry(size_t *n)
{
	*n = N_KINDS;
	return registry;
}

/* the kind of section `s` ("area.north": area), or NULL */
static const rules_section_kind *kind_of(const char *s)
{
	for (size_t k = 0; k < N_KINDS; k++) {
		size_t pl = strlen(registry[k]->prefix);
		if (strncmp(s, registry[k]->prefix, pl))
			continue;
		if (registry[k]->named ? s[pl] == '.' && s[pl + 1] : !s[pl])
			return registry[k];
	}
	return NULL;
}

/* a section of a known kind, a key of its table: what messages may name */
static bool rules_name_known(const char *sec, const char *key)
{
	const rules_section_kind *k = kind_of(sec);

	return k && (!key || !k->keys || rules_key_find(k->keys, key));
}

/* rules.ini is some 35 kB and 1,100 lines; a file far larger is not one */
static const ini_kind rules_file = {
	.what = "rules file",
	.accepted = "a readable rules.ini (see doc/rules-format.md), given with --rules "
		    "or $ENTRYDESK_RULES",
	.max_bytes = 8 * 1024 * 1024,
	.max_lines = 200000,
	.echo_values = true, /* policy data, no personal data */
	.continuations = true,
	.name_known = rules_name_known,
};

/* the kind of each section, by its name */
static bool classify(rules_loader *L)
{
	if (!L->f.n_secs)
		return ini_fail(&L->f, NULL, NULL, "no sections; accepted: a rules file as "
				"described in doc/rules-format.md");
	L->sec_kind = calloc(L->f.n_secs + 1, sizeof *L->sec_kind);
	if (!L->sec_kind)
		return ini_nomem(&L->f);
	for (size_t i = 0; i < L->f.n_secs; i++) {
		L->sec_kind[i] = kind_of(L->f.secs[i].name);
		if (!L->sec_kind[i]) {
			char list[512];
			size_t n = 0;
			list[0] = '\0';
			for (size_t k = 0; k < N_KINDS && n < sizeof list; k++)
				if (registry[k]->shown)
					n += (size_t)snprintf(list + n, sizeof list - n, "%s%s",
							      n ? ", " : "", registry[k]->shown);
			return ini_fail_unknown_section(&L->f, &L->f.secs[i], "accepted: %s", list);
		}
	}
	return true;
}

static int text_cmp(const void *a, const void *b)
{
	return strcasecmp(((const ed_text *)a)->key, ((const ed_text *)b)->key);
}

/* every value of the file, as "section:key" */
static bool store_texts(rules_loader *L)
{
	ed_rules *r = L->r;

	r->texts = calloc(L->f.n_keys + 1, sizeof *r->texts);
	if (!r->texts)
		return ini_nomem(&L->f);
	for (size_t s = 0; s < L->f.n_secs; s++) {
		const ini_section *sec = &L->f.secs[s];
		for (size_t k = 0; k < sec->n_keys; k++) {
			size_t ls = strlen(sec->name), lk = strlen(sec->keys[k].name);
			ed_text *t = &r->texts[r->n_texts++];
			t->key = malloc(ls + lk + 2);
			t->value = strdup(sec->keys[k].value);
			if (!t->key || !t->value)
				return ini_nomem(&L->f);
			memcpy(t->key, sec->name, ls);
			t->key[ls] = ':';
			memcpy(t->key + ls + 1, sec->keys[k].name, lk + 1);
		}
	}
	sorted_sort(r->texts, r->n_texts, sizeof *r->texts, text_cmp);
	return true;
}

/* the kind of the text "section:key", or NULL */
static const rules_section_kind *kind_of_text(const char *key, char *section, size_t size)
{
	const char *colon = strchr(key, ':');

	snprintf(section, size, "%.*s", (int)(colon ? colon - key : (long)strlen(key)), key);
	return kind_of(section);
}

/* The words of the file, by their kind in the registry: each names only
 * placeholders the slip fills (core/slip_vars.h), has its Simplified
 * Chinese twin (issue 11), and every text a kind must have is there and
 * not blank. Checked here alone, so every command refuses the same file. */
static bool check_words(rules_loader *L)
{
	const ed_rules *r = L->r;
	char section[96], bad[64];

	for (size_t i = 0; i < r->n_texts; i++) {
		const char *key = r->texts[i].key;
		const rules_section_kind *k = kind_of_text(key, section, sizeof section);
		if (!k || !k->words || !k->words->placeholders ||
		    text_placeholders_known(r->texts[i].value, slip_var_names, bad, sizeof bad))
			continue;
		error_set(L->f.err, r->path, section, strchr(key, ':') + 1,
			  "unknown placeholder %s; accepted: the names listed in "
			  "doc/rules-format.md", bad);
		return false;
	}
	for (size_t i = 0; i < r->n_texts; i++) {
		const rules_section_kind *k = kind_of_text(r->texts[i].key, section,
							   sizeof section);
		if (k && k->words && k->words->zh && !texts_zh_check_one(r, r->texts[i].key, L->f.err))
			return false;
	}
	for (size_t k = 0; k < N_KINDS; k++) {
		const rules_words *w = registry[k]->words;
		for (const char *const *t = w ? w->texts : NULL; t && *t; t++) {
			const char *colon = strchr(*t, ':');
			if (!text_blank(rules_text(r, *t)))
				continue;
			snprintf(section, sizeof section, "%.*s", (int)(colon - *t), *t);
			error_set(L->f.err, r->path, section, colon + 1, "missing text; "
				  "expected %s", w->form);
			return false;
		}
	}
	return true;
}

bool rules_load(const char *path, ed_rules *out, ed_error *err)
{
	rules_loader L = { .r = out, .kinds = registry, .n_kinds = N_KINDS };
	bool ok;

	memset(out, 0, sizeof *out);
	out->path = strdup(path);
	if (!out->path) {
		error_set(err, path, NULL, NULL, "out of memory");
		return false;
	}
	ok = ini_open(&L.f, path, &rules_file, err) && classify(&L);
	for (size_t k = 0; ok && k < N_KINDS; k++)
		if (registry[k]->load)
			ok = registry[k]->load(&L, registry[k]);
	ok = ok && store_texts(&L);
	for (size_t k = 0; ok && k < N_KINDS; k++)
		if (registry[k]->check)
			ok = registry[k]->check(&L);
	ok = ok && check_words(&L);
	for (size_t i = 0; i < L.n_lists; i++)
		free(L.lists[i].codes);
	free(L.lists);
	free(L.aliases);
	free(L.sec_kind);
	ini_close(&L.f);
	if (!ok) {
		rules_free(out);
		memset(out, 0, sizeof *out);
	}
	return ok;
}
