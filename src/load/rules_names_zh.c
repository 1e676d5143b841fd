/* [country_names_zh]: the Chinese name the slip's Chinese lines give a
 * country where iso-codes' translation is not the one a desk in mainland
 * China prints (TWN = 中国台湾 rather than 台湾). Optional; it names
 * countries of the list [rules] loaded, so it is read after it. */
#include "load/rules_loader.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"

#define SECTION "country_names_zh"
#define PREFIX SECTION ":"

static bool check_names_zh(rules_loader *L)
{
	ed_rules *r = L->r;

	for (size_t i = 0; i < r->n_texts; i++) {
		const char *key = r->texts[i].key, *code = key + strlen(PREFIX);
		const char *value = r->texts[i].value;
		ed_country *c = NULL;
		char *name;
		if (strncasecmp(key, PREFIX, strlen(PREFIX)))
			continue;
		for (size_t k = 0; k < r->n_countries && !c; k++)
			if (!strcasecmp(r->countries[k].code, code))
				c = &r->countries[k];
		if (!c)
			return ini_fail(&L->f, SECTION, code, "not an ISO 3166-1 alpha-3 code of "
					"the country list; accepted: a code such as TWN = 中国台湾");
		if (text_blank(value))
			return ini_fail(&L->f, SECTION, code, "empty; accepted: the country's "
					"name in Simplified Chinese");
		name = strdup(value);
		if (!name)
			return ini_nomem(&L->f);
		free(c->name_zh);
		c->name_zh = name;
	}
	return true;
}

/* [country_names_zh]: CODE = its Chinese name, over iso-codes' */
const rules_section_kind rules_kind_country_names_zh = {
	SECTION, false, SECTION, NULL, NULL, check_names_zh, NULL
};
