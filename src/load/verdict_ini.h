/* The [verdict] section of `entrydesk check --format ini`. */
#ifndef ED_VERDICT_INI_H
#define ED_VERDICT_INI_H

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"

/* "[section]" and the verdict's keys, one a line; NULL on out of memory */
char *report_ini(const char *section, const ed_answers *a, const ed_verdict *v,
		 const ed_rules *r);

#endif
