/* The world's airports of [rules] airports (data/airports.tsv: IATA code,
 * country, city, airport name, tab-separated), loaded into the rules. */
#ifndef ED_AIRPORTS_H
#define ED_AIRPORTS_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* reads the file [rules] airports of rules_path names (relative to the
 * rules file's folder), if any; false with err naming the file and line */
bool airports_load(ed_rules *r, const char *rules_path, ed_error *err);

#endif
