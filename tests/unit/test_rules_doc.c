/* doc/rules-format.md is held to the key tables of the loader: for every
 * section kind with a table (src/load/rules_*.c), the doc's heading
 * `[KIND.ID]` lists exactly its keys, no more, no fewer. */
#include <criterion/criterion.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/rules_loader.h"

#define MAX_LINES 2000

static char *lines[MAX_LINES];
static int n_lines;

static void read_doc(void)
{
	FILE *f = fopen("doc/rules-format.md", "r");
	char buf[2048];

	cr_assert(f, "doc/rules-format.md not found (tests run from the root)");
	while (n_lines < MAX_LINES && fgets(buf, sizeof buf, f)) {
		buf[strcspn(buf, "\n")] = '\0';
		lines[n_lines++] = strdup(buf);
	}
	fclose(f);
}

static void free_doc(void)
{
	for (int i = 0; i < n_lines; i++)
		free(lines[i]);
	n_lines = 0;
}

TestSuite(rules_doc, .init = read_doc, .fini = free_doc);

static int level(const char *line)
{
	int n = 0;
	while (line[n] == '#')
		n++;
	return n && line[n] == ' ' ? n : 0;
}

/* "`area.AREA = PORT ...`" -> "area.*"; "`name`" -> "name" */
static void doc_key(const char *cell, char *out, size_t size)
{
	const char *open = strchr(cell, '`');
	size_t n;
	char *dot;

	out[0] = '\0';
	if (!open)
		return;
	n = strcspn(open + 1, "` =");
	snprintf(out, size, "%.*s", (int)n, open + 1);
	dot = strchr(out, '.');
	if (dot && isupper((unsigned char)dot[1]))
		snprintf(dot + 1, size - (size_t)(dot + 1 - out), "*");
}

/* adds the keys of the table rows from line `from` to the next heading of
 * level <= lvl (or, with stop_at_sub, to any heading) */
static size_t collect(int from, int lvl, bool stop_at_sub, char keys[][64], size_t n)
{
	for (int i = from; i < n_lines; i++) {
		int l = level(lines[i]);
		if (l && (l <= lvl || stop_at_sub))
			break;
		if (!strncmp(lines[i], "| `", 3) && n < 64)
			doc_key(lines[i] + 1, keys[n++], 64);
	}
	return n;
}

/* the keys the doc gives for `[shown]`; -1 when it has no heading */
static long doc_keys(const char *shown, char keys[][64])
{
	char want[96];
	size_t n = 0;

	snprintf(want, sizeof want, "`[%s]`", shown);
	for (int i = 0; i < n_lines; i++) {
		int l = level(lines[i]);
		if (!l || strncmp(lines[i] + l + 1, want, strlen(want)))
			continue;
		n = collect(i + 1, l, false, keys, 0);
		/* a ### kind also carries its ## heading's own table (versions) */
		for (int p = i - 1; l > 2 && p >= 0; p--)
			if (level(lines[p]) && level(lines[p]) < l) {
				n = collect(p + 1, level(lines[p]), true, keys, n);
				break;
			}
		return (long)n;
	}
	return -1;
}

Test(rules_doc, every_key_table_is_the_docs_table)
{
	size_t n_kinds, checked = 0;
	const rules_section_kind *const *kinds = rules_registry(&n_kinds);

	for (size_t k = 0; k < n_kinds; k++) {
		char keys[64][64];
		long n;
		size_t n_table = 0;
		if (!kinds[k]->keys || !kinds[k]->shown)
			continue;
		n = doc_keys(kinds[k]->shown, keys);
		cr_assert_geq(n, 0, "doc/rules-format.md has no heading `[%s]`", kinds[k]->shown);
		for (const rules_key *t = kinds[k]->keys; t->key; t++) {
			bool found = false;
			for (long i = 0; i < n; i++)
				found |= !strcmp(keys[i], t->key);
			cr_expect(found, "[%s] %s is in the key table, not in the doc",
				  kinds[k]->shown, t->key);
			n_table++;
		}
		for (long i = 0; i < n; i++)
			cr_expect(rules_key_find(kinds[k]->keys, keys[i]) &&
				  !strcmp(rules_key_find(kinds[k]->keys, keys[i])->key, keys[i]),
				  "[%s] %s is in the doc, not in the key table",
				  kinds[k]->shown, keys[i]);
		cr_expect_eq((size_t)n, n_table, "[%s]: %ld keys in the doc, %zu in the table",
			     kinds[k]->shown, n, n_table);
		checked++;
	}
	cr_expect_geq(checked, 9, "the kinds with key tables");
}

static const rules_section_kind *kind_of(const char *prefix)
{
	size_t n;
	const rules_section_kind *const *kinds = rules_registry(&n);

	for (size_t k = 0; k < n; k++)
		if (!strcmp(kinds[k]->prefix, prefix))
			return kinds[k];
	cr_assert_fail("no kind %s", prefix);
	return NULL;
}

/* the test itself: the doc's tables are read as they are written */
Test(rules_doc, a_key_left_out_of_the_doc_is_found)
{
	char keys[64][64];
	long n = doc_keys("area.ID", keys);

	cr_assert_eq(n, 4);
	cr_expect_str_eq(keys[0], "name");
	cr_expect_str_eq(keys[3], "uncertain");
	cr_expect_null(rules_key_find(kind_of("area")->keys, "aliases"));
	cr_expect(rules_key_find(kind_of("area")->keys, "uncertain"));
	n = doc_keys("scheme.ID", keys);
	cr_expect_str_eq(keys[3], "area.*");
	n = doc_keys("epass.NAME", keys);
	cr_expect_eq(n, 15, "version keys and its own");
}
