/* A gettext message catalogue (.mo), read whole: the translations of
 * iso-codes (iso_3166-1.mo: the country names in Chinese). Only what a
 * lookup needs: no plural forms, no contexts. */
#ifndef ED_MO_H
#define ED_MO_H

#include <stddef.h>

typedef struct mo_catalog mo_catalog;

/* the catalogue in `path`; NULL with a short reason in why (no such file,
 * not a regular file, too large, not a .mo catalogue, out of memory) */
mo_catalog *mo_open(const char *path, char *why, size_t why_size);
/* the translation of msgid, or NULL when the catalogue has none */
const char *mo_get(const mo_catalog *m, const char *msgid);
void mo_close(mo_catalog *m);

#endif
