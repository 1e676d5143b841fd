/* Reads and validates rules.ini (format: doc/rules-format.md) with
 * iniparser, and the country names from Debian's iso-codes JSON. */
#ifndef ED_RULES_LOAD_H
#define ED_RULES_LOAD_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* loads `path` into out; on any problem fills err (file, section, key, the
 * accepted form), frees what it built and returns false. The iso-codes file
 * is [rules] iso_codes, or $ENTRYDESK_ISO_CODES when set. */
bool rules_load(const char *path, ed_rules *out, ed_error *err);

#endif
