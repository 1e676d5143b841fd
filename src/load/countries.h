/* Country codes and English names from Debian's iso-codes JSON
 * (iso_3166-1.json), read with json-c, and their Chinese names from
 * iso-codes' translations: never typed by hand into our files. */
#ifndef ED_COUNTRIES_H
#define ED_COUNTRIES_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"
#include "core/rules.h"

/* reads the alpha-3 codes and `name`s of `path` into a new array sorted by
 * code. On failure fills err, naming the file, section and key that gave
 * the path (e.g. rules.ini, "rules", "iso_codes"), and returns false. */
bool countries_load(const char *path, const char *file, const char *section,
		    const char *key, ed_country **out, size_t *n, ed_error *err);
/* adds the Chinese names (name_zh) from iso-codes' gettext catalogue
 * `mo_path` (iso_3166-1.mo of zh_CN): each the translation of the English
 * name. On failure fills err naming file, section and key (of the path)
 * and returns false. */
bool countries_load_zh(const char *mo_path, const char *file, const char *section,
		       const char *key, ed_country *c, size_t n, ed_error *err);
/* frees an array from countries_load */
void countries_free(ed_country *c, size_t n);

#endif
