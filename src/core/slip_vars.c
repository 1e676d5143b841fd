/* The check of rules.ini's placeholders against SLIP_VARS. */
#include "core/slip_vars.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"

const char *const slip_var_names[SV_COUNT + 1] = {
#define SLIP_VAR_NAME(n) #n,
	SLIP_VARS(SLIP_VAR_NAME)
#undef SLIP_VAR_NAME
	NULL
};

/* the sections whose values are words the slip fills: "reason." is every
 * [reason.CODE]; the others ([transit.NAME] ...) hold data, not texts */
static bool is_text_section(const char *key)
{
	static const char *const prefixes[] = {
		"slip:", "outcome:", "legal:", "reminders.", "reason.", "review.", NULL
	};
	for (const char *const *p = prefixes; *p; p++)
		if (!strncmp(key, *p, strlen(*p)))
			return true;
	return false;
}

bool slip_vars_check(const ed_rules *r, ed_error *err)
{
	for (size_t i = 0; r->texts && i < r->n_texts; i++) {
		const char *key = r->texts[i].key, *colon = strchr(key, ':');
		char bad[64], section[96];
		if (!is_text_section(key) ||
		    text_placeholders_known(r->texts[i].value, slip_var_names, bad, sizeof bad))
			continue;
		snprintf(section, sizeof section, "%.*s",
			 (int)(colon ? colon - key : (long)strlen(key)), key);
		error_set(err, r->path, section, colon ? colon + 1 : NULL,
			  "unknown placeholder %s; accepted: the names listed in doc/rules-format.md",
			  bad);
		return false;
	}
	return true;
}
