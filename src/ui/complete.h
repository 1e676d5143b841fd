/* Completion for country and port fields: from what was typed (a code, an
 * alias or the start of a name) to the candidates of the rules. Pure. */
#ifndef ED_UI_COMPLETE_H
#define ED_UI_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/match.h"
#include "core/rules.h"

typedef struct ui_candidate {
	const char *value; /* what the field takes: country code, port id or alias */
	const char *name;  /* what is shown beside it */
} ui_candidate;

/* fills up to max candidates for `typed` in a field of type `type`, best
 * first (exact code or alias, then code prefix, then name start, then a
 * word of the name); returns how many were found (may exceed max) */
size_t complete_candidates(const ed_rules *r, ed_field_type type, const char *typed,
			   ui_candidate *out, size_t max);
/* the matches of `typed` in a country or port field, best first (core/match.h);
 * 0 for any other type; returns how many were found (may exceed max) */
size_t complete_match(const ed_rules *r, ed_field_type type, const char *typed, ed_match *m,
		      size_t max);
/* true when Tab takes a value for `typed`: the match core/match.h is sure
 * of, or the only candidate ("ger", "jap", "viet"); *first is that match */
bool complete_tab_takes(const ed_rules *r, ed_field_type type, const char *typed,
			ed_match *first);
/* the name of an exact code or alias (country or port), or NULL */
const char *complete_name(const ed_rules *r, ed_field_type type, const char *value);

#endif
