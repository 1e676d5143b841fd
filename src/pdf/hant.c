/* OpenCC wrapper. OpenCC looks a bare configuration name up in its data
 * folder; Debian 12 installs it as /usr/share/opencc/s2hk.json (package
 * libopencc-data), which is tried as well. s2hk converts characters to
 * their Hong Kong standard forms (裏, 着), not mainland words to Hong
 * Kong words. */
#include "pdf/hant.h"

#include <opencc/opencc.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

#define HANT_CONFIG "s2hk.json"
#define HANT_CONFIG_DEBIAN "/usr/share/opencc/s2hk.json"

struct zh_hant {
	opencc_t cc;
};

/* Words of our texts that OpenCC 1.1.6 (Debian 12) converts wrongly: no
 * phrase of its dictionaries covers them and its character table picks
 * the other reading (籤 'lot' for 簽 'sign', 髮 'hair' for 發 'issue',
 * 準 'standard' for 准 'permit'). Found by converting every _zh text of
 * rules.ini; check again when a text gains a word with 签, 发 or 准. */
static const char *const fixes[][2] = {
	{"免籤", "免簽"}, {"拒籤", "拒簽"}, {"簽註", "簽注"},
	{"換髮", "換發"}, {"補髮", "補發"}, {"簽髮", "簽發"},
	{"不準", "不准"},
};

/* s with every fix applied; malloc'd */
static char *apply_fixes(const char *s)
{
	text_buf b = {0};

	while (*s) {
		size_t i, n = sizeof fixes / sizeof fixes[0];
		for (i = 0; i < n; i++) {
			size_t len = strlen(fixes[i][0]);
			if (!strncmp(s, fixes[i][0], len)) {
				text_buf_add(&b, fixes[i][1]);
				s += len;
				break;
			}
		}
		if (i == n)
			text_buf_addn(&b, s++, 1);
	}
	return text_buf_take(&b);
}

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
	out = apply_fixes(conv);
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
