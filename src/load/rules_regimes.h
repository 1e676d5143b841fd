/* Reads the regime sections of rules.ini, [regime.ID] and
 * [regime_version.NAME] (doc/rules-format.md, "Regimes"), into the rules:
 * two kinds of the rules registry (rules_load.c, rules_loader.h),
 * rules_kind_regime and rules_kind_regime_version, defined at the end of
 * rules_regimes.c with their key tables. */
#ifndef ED_RULES_REGIMES_H
#define ED_RULES_REGIMES_H

#include "load/rules_loader.h"

extern const rules_section_kind rules_kind_regime;
extern const rules_section_kind rules_kind_regime_version;

#endif
