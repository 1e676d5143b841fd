/* Checks the MRZ sections of rules.ini ([mrz.codes], [mrz.note.NAME],
 * [mrz.texts]; doc/rules-format.md) once the rules are loaded. */
#ifndef ED_RULES_MRZ_H
#define ED_RULES_MRZ_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

/* false with err naming the section, key and accepted form */
bool rules_mrz_check(const ed_rules *r, ed_error *err);

#endif
