/* The slip's placeholders and texts filled (see slip_fill.h). */
#include "core/slip_fill.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

static char *vformat(const char *fmt, va_list ap)
{
	va_list cp;
	char *s;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || !(s = malloc((size_t)n + 1)))
		return NULL;
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

/* a value replaces the one before; out of memory keeps the one before */
static void put(char **slot, char *value)
{
	if (!value)
		return;
	free(*slot);
	*slot = value;
}

void slip_set(slip_ctx *c, slip_var name, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	put(&c->en[name], vformat(fmt, ap));
	va_end(ap);
}

void slip_set_zh(slip_ctx *c, slip_var name, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	put(&c->zh[name], vformat(fmt, ap));
	va_end(ap);
}

const char *slip_get(const slip_ctx *c, slip_var name)
{
	return c->en[name];
}

const char *slip_get_zh(const slip_ctx *c, slip_var name)
{
	return c->zh[name];
}

void slip_vars_free(slip_ctx *c)
{
	for (size_t i = 0; i < SV_COUNT; i++) {
		free(c->en[i]);
		free(c->zh[i]);
		c->en[i] = c->zh[i] = NULL;
	}
}

/* the placeholder a template names, as the text reads it */
static int var_of(const char *name, size_t len)
{
	for (size_t i = 0; i < SV_COUNT; i++)
		if (strlen(slip_var_names[i]) == len && !strncmp(slip_var_names[i], name, len))
			return (int)i;
	return -1;
}

static const char *var_lookup(const void *ctx, const char *name, size_t len)
{
	const slip_ctx *c = ctx;
	int i = var_of(name, len);

	return i < 0 ? NULL : c->en[i];
}

static const char *var_lookup_zh(const void *ctx, const char *name, size_t len)
{
	const slip_ctx *c = ctx;
	int i = var_of(name, len);

	return i < 0 ? NULL : c->zh[i] ? c->zh[i] : c->en[i];
}

/* the text with its {placeholders} filled (load checks the names) */
char *slip_fill(const slip_ctx *c, const char *tmpl)
{
	text_buf b = {0};

	text_fill(&b, tmpl, var_lookup, c);
	return text_buf_take(&b);
}

static char *slip_fill_zh(const slip_ctx *c, const char *tmpl)
{
	text_buf b = {0};

	text_fill(&b, tmpl, var_lookup_zh, c);
	return text_buf_take(&b);
}

const char *slip_T(const slip_ctx *c, const char *key)
{
	const char *v = rules_text(c->r, key);
	return v ? v : "";
}

/* the Chinese form of the text `key` ("section:key_zh"), or NULL */
const char *slip_T_zh(const slip_ctx *c, const char *key)
{
	char zkey[160];

	snprintf(zkey, sizeof zkey, "%s_zh", key);
	return rules_text(c->r, zkey);
}

/* both forms of the text `key`, filled; the caller frees them */
void slip_texts(const slip_ctx *c, const char *key, char **en, char **zh)
{
	const char *z = slip_T_zh(c, key);

	*en = slip_fill(c, slip_T(c, key));
	*zh = z ? slip_fill_zh(c, z) : NULL;
}

/* ---- the document ---- */

sd_block *slip_add(slip_ctx *c, sd_kind kind, const char *key)
{
	char *en, *zh;
	sd_block *b;

	slip_texts(c, key, &en, &zh);
	b = slipdoc_add(c->d, kind, en ? en : "", zh);
	free(en);
	free(zh);
	return b;
}

/* fine print: what the traveller rarely reads but must have */
sd_block *slip_small(sd_block *b)
{
	if (b)
		b->small = true;
	return b;
}

/* "Label: value", the value data, not a text (zh may be NULL) */
sd_block *slip_kv_value(slip_ctx *c, const char *label_key, const char *en, const char *zh)
{
	const char *lz = slip_T_zh(c, label_key);

	return slipdoc_add_kv(c->d, slip_T(c, label_key), lz, en ? en : "", zh);
}

/* "Label: value", both texts of rules.ini */
sd_block *slip_kv_text(slip_ctx *c, const char *label_key, const char *value_key)
{
	char *en, *zh;
	sd_block *b;

	slip_texts(c, value_key, &en, &zh);
	b = slip_kv_value(c, label_key, en, zh);
	free(en);
	free(zh);
	return b;
}
