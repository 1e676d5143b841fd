/* The Chinese twin of a text: checked once the texts are stored (r->texts,
 * sorted "section:key"), for the kinds of rules_load.c's table whose
 * texts have one (rules_section_kind.zh). */
#include "load/texts_zh.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"

/* names [section] key_zh (or key) of the text `key` ("section:key") */
static bool fail(const ed_rules *r, const char *key, bool add_zh, ed_error *err,
		 const char *msg)
{
	const char *colon = strchr(key, ':');
	char section[128], name[160];
	size_t n = colon ? (size_t)(colon - key) : strlen(key);

	if (n >= sizeof section)
		n = sizeof section - 1;
	memcpy(section, key, n);
	section[n] = '\0';
	snprintf(name, sizeof name, "%s%s", colon ? colon + 1 : "", add_zh ? "_zh" : "");
	error_set(err, r->path, section, name, "%s", msg);
	return false;
}

bool texts_zh_check_one(const ed_rules *r, const char *key, ed_error *err)
{
	char other[256];
	size_t n = strlen(key);

	if (n + 4 > sizeof other)
		return true;
	if (n > 3 && !strcmp(key + n - 3, "_zh")) {
		snprintf(other, sizeof other, "%.*s", (int)(n - 3), key);
		if (!rules_text(r, other))
			return fail(r, key, false, err, "Chinese text without its "
				    "English text; expected the key without _zh beside it");
		return true;
	}
	snprintf(other, sizeof other, "%s_zh", key);
	if (text_blank(rules_text(r, other)))
		return fail(r, key, true, err, "missing Chinese text; expected the "
			    "text in Simplified Chinese beside its English one");
	return true;
}
