/* The world's airports of rules.ini [airports] (KEY = "CODE City|CODE
 * City", one key per country, KEY.2 ... continuing a long list), read
 * into the rules once the texts are stored. */
#ifndef ED_AIRPORTS_H
#define ED_AIRPORTS_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* parses [airports] (none is fine); false with err naming the file,
 * section and key of a value that does not fit */
bool airports_load(ed_rules *r, const char *file, ed_error *err);

#endif
