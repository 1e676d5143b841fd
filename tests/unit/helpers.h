/* Shared by the unit suites: the project's real rules, loaded once per
 * test, and answers built from key/value pairs. Tests run from the
 * project root. */
#ifndef ED_TEST_HELPERS_H
#define ED_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <string.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "load/rules_load.h"

#define RULES_PATH "rules.ini"

static inline void load_rules_or_die(const char *path, ed_rules *r)
{
	ed_error err = {0};
	memset(r, 0, sizeof *r);
	cr_assert(rules_load(path, r, &err), "rules did not load: %s", err.msg);
}

/* raw answers from "section.key", "value" pairs, NULL-terminated; a later
 * pair replaces an earlier one of the same key */
static inline void raw_from_pairs(ed_raw_answers *raw, ed_flow flow, const char **kv)
{
	raw_clear(raw);
	for (; kv[0]; kv += 2) {
		const ed_answer_field *f = answers_field(flow, kv[0], NULL);
		cr_assert(f, "test uses unknown key %s", kv[0]);
		raw_set(raw, f->id, kv[1]);
	}
}

#endif
