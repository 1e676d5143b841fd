/* Checks rules.ini [country_names] (the names agents type for a country;
 * see src/core/match.h) once the rules are loaded. */
#ifndef ED_RULES_NAMES_H
#define ED_RULES_NAMES_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* every key is an alpha-3 code of the country list, every value holds a
 * name, and no name belongs to two countries; else fills err (naming
 * `file`, the section and key) and returns false */
bool names_check(const ed_rules *r, const char *file, ed_error *err);

#endif
