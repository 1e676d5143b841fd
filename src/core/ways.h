/* The quick answer by nationality (issue 18): "I am British: do I need a
 * visa?" Every regime of rules.ini judged for an ordinary passport of one
 * nationality entering on one day, with nothing else known: which apply
 * (best first, by rank), what each needs confirmed, and why the others do
 * not. Words come from rules.ini [ways] quick_* texts (ways_quick_text).
 * Pure C: no curses, no I/O. */
#ifndef ED_WAYS_H
#define ED_WAYS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/text.h"
#include "core/verdict.h"

/* One regime, for the nationality and day alone. */
typedef struct ed_quick_way {
	const ed_regime *regime;
	const ed_regime_version *version; /* entry and group regimes */
	const ed_transit_version *transit; /* transit regimes (NULL: none in force) */
	const ed_scheme *scheme;          /* 72/144/240h: its scheme in transit */
	const ed_regime_country *country; /* the nationality's entry, or NULL */
	bool applies;
	/* why not: R_NATIONALITY (not listed), R_NOT_YET_AVAILABLE (not in
	 * force on the day) */
	unsigned reasons;
	/* what to confirm: V_REGIME_ENDED, V_START_UNCERTAIN, V_START_SECONDARY,
	 * V_AGREEMENT_SUSPENDED, V_MUTUAL_TERMS, V_STAY_CAP_UNKNOWN,
	 * V_POLICY_SUSPENDED, V_AREA_UNCERTAIN */
	unsigned reviews;
	ed_date ends; /* the policy's known end for this nationality */
	bool has_ends;
} ed_quick_way;

typedef struct ed_quick {
	char nationality[4];
	ed_date day;
	ed_quick_way ways[ED_MAX_WAYS]; /* those that apply first, then the others */
	size_t n_ways;
	size_t n_apply;
	/* [rules] not_foreign: a Chinese citizen or a Hong Kong, Macao or
	 * Taiwan resident; no regime judged, the permit is the answer */
	bool not_foreign;
} ed_quick;

/* every way in for an ordinary passport of `nationality` (alpha-3) entering
 * on `day`; the regimes for other passport types are left out */
void ways_quick(const ed_rules *r, const char *nationality, ed_date day, ed_quick *out);

/* the one-page answer in words ([ways] quick_* of rules.ini), wrapped to
 * `width` columns, appended to b */
void ways_quick_text(const ed_quick *q, const ed_rules *r, size_t width, text_buf *b);

/* the nationality `typed` names as a country field takes it (a code, a
 * name, a name agents use, one sure match): its code in code (4 bytes);
 * false when it names none surely; then *n_candidates tells how many it
 * might be */
bool ways_nationality(const ed_rules *r, const char *typed, char *code,
		      size_t *n_candidates);

#endif
