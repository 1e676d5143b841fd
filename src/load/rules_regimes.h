/* Reads the regime sections of rules.ini, [regime.ID] and
 * [regime_version.NAME] (doc/rules-format.md, "Regimes"), into the rules.
 * It sees the file through a small view, so that it does not depend on how
 * rules_load.c reads INI. */
#ifndef ED_RULES_REGIMES_H
#define ED_RULES_REGIMES_H

#include <stdbool.h>
#include <stddef.h>

#include "core/error.h"
#include "core/rules.h"

typedef struct ed_ini_view {
	const void *ctx;
	const char *file;
	/* the value of sec:key, or NULL */
	const char *(*get)(const void *ctx, const char *sec, const char *key);
	/* the keys of sec in file order (malloc'd array, free it), or NULL */
	const char **(*keys)(const void *ctx, const char *sec, int *n);
	const char *const *secs; /* every section name, lower case, in file order */
	size_t n_secs;
} ed_ini_view;

/* true for the section names this file reads (regime.ID, regime_version.NAME) */
bool rules_regimes_section(const char *sec);

/* loads every regime into r (countries, ports and areas must be loaded);
 * false with err filled on any problem */
bool rules_regimes_load(const ed_ini_view *in, ed_rules *r, ed_error *err);

#endif
