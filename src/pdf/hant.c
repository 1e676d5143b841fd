/* OpenCC wrapper. OpenCC looks a bare configuration name up in its data
 * folder; Debian 12 installs it as /usr/share/opencc/s2hk.json (package
 * libopencc-data), which is tried as well. s2hk converts characters to
 * their Hong Kong standard forms (裏, 着), not mainland words to Hong
 * Kong words. */
#include "pdf/hant.h"

#include <opencc/opencc.h>
#include <stdlib.h>
#include <string.h>

#define HANT_CONFIG "s2hk.json"
#define HANT_CONFIG_DEBIAN "/usr/share/opencc/s2hk.json"

struct zh_hant {
	opencc_t cc;
};

zh_hant *zh_hant_open(const char **why)
{
	zh_hant *h = malloc(sizeof *h);

	if (!h) {
		if (why)
			*why = "out of memory";
		return NULL;
	}
	h->cc = opencc_open(HANT_CONFIG);
	if (h->cc == (opencc_t)-1)
		h->cc = opencc_open(HANT_CONFIG_DEBIAN);
	if (h->cc == (opencc_t)-1) {
		if (why)
			*why = "cannot open OpenCC's " HANT_CONFIG_DEBIAN
			       " (Debian package libopencc-data)";
		free(h);
		return NULL;
	}
	return h;
}

char *zh_hant_convert(void *ctx, const char *s)
{
	zh_hant *h = ctx;
	char *conv, *out;

	if (!h || !s)
		return NULL;
	conv = opencc_convert_utf8(h->cc, s, strlen(s));
	if (!conv)
		return NULL;
	/* ours to free with free(), not opencc_convert_utf8_free */
	out = strdup(conv);
	opencc_convert_utf8_free(conv);
	return out;
}

void zh_hant_close(zh_hant *h)
{
	if (!h)
		return;
	opencc_close(h->cc);
	free(h);
}
