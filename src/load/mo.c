/* A gettext .mo catalogue (see mo.h). The format: a header of 32-bit
 * words in the file's byte order (magic 0x950412de), the count N, then
 * N (length, offset) pairs for the originals and N for the translations;
 * GNU msgfmt sorts the originals, so a lookup is a binary search. */
#include "load/mo.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/file_read.h"

#define MO_MAX_BYTES (8u << 20) /* iso_3166-1.mo is some 25 kB */
#define MO_MAGIC 0x950412deu

typedef struct mo_entry {
	const char *id, *str;
} mo_entry;

struct mo_catalog {
	char *data;
	size_t size;
	mo_entry *entries; /* sorted by id */
	size_t n;
};

static uint32_t word(const mo_catalog *m, size_t at, bool swap)
{
	uint32_t w;

	memcpy(&w, m->data + at, 4);
	return swap ? __builtin_bswap32(w) : w;
}

/* the string of the (length, offset) pair at `at`: NUL-terminated inside
 * the file, else NULL */
static const char *string_at(const mo_catalog *m, size_t at, bool swap)
{
	uint32_t len = word(m, at, swap), off = word(m, at + 4, swap);

	if (off > m->size || len >= m->size - off || m->data[off + len] != '\0')
		return NULL;
	return m->data + off;
}

static int by_id(const void *a, const void *b)
{
	return strcmp(((const mo_entry *)a)->id, ((const mo_entry *)b)->id);
}

mo_catalog *mo_open(const char *path, char *why, size_t why_size)
{
	mo_catalog *m = calloc(1, sizeof *m);
	uint32_t n, ids, strs;
	bool swap;

	if (!m) {
		snprintf(why, why_size, "out of memory");
		return NULL;
	}
	if (!(m->data = file_read_regular(path, MO_MAX_BYTES, &m->size, why, why_size))) {
		free(m);
		return NULL;
	}
	swap = m->size >= 20 && word(m, 0, false) != MO_MAGIC;
	if (m->size < 20 || word(m, 0, swap) != MO_MAGIC) {
		snprintf(why, why_size, "not a gettext .mo catalogue");
		mo_close(m);
		return NULL;
	}
	n = word(m, 8, swap);
	ids = word(m, 12, swap);
	strs = word(m, 16, swap);
	/* both tables inside the file */
	if (n > m->size / 16 || ids > m->size - (size_t)n * 8 || strs > m->size - (size_t)n * 8) {
		snprintf(why, why_size, "not a gettext .mo catalogue");
		mo_close(m);
		return NULL;
	}
	if (!(m->entries = calloc(n ? n : 1, sizeof *m->entries))) {
		snprintf(why, why_size, "out of memory");
		mo_close(m);
		return NULL;
	}
	for (uint32_t i = 0; i < n; i++) {
		const char *id = string_at(m, ids + (size_t)i * 8, swap);
		const char *str = string_at(m, strs + (size_t)i * 8, swap);
		/* the header (msgid "") and untranslated entries are no names */
		if (id && str && *id && *str)
			m->entries[m->n++] = (mo_entry){ id, str };
	}
	qsort(m->entries, m->n, sizeof *m->entries, by_id);
	return m;
}

const char *mo_get(const mo_catalog *m, const char *msgid)
{
	mo_entry key = { msgid, NULL };
	const mo_entry *e = m && msgid ?
			    bsearch(&key, m->entries, m->n, sizeof *m->entries, by_id) : NULL;

	return e ? e->str : NULL;
}

void mo_close(mo_catalog *m)
{
	if (!m)
		return;
	free(m->entries);
	free(m->data);
	free(m);
}
