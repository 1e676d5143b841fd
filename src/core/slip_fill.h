/* The slip's texts filled: the values of its {placeholders} (keyed by
 * slip_var, so a misspelt name does not compile), the texts of rules.ini
 * with those values put in, in English and Chinese, and the blocks of the
 * slip document made of them. Shared by the files that build the slip
 * (slip.c, slip_ways.c, slip_values.c); nothing else needs it. */
#ifndef ED_SLIP_FILL_H
#define ED_SLIP_FILL_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/slip_vars.h"
#include "core/slipdoc.h"
#include "core/verdict.h"

/* the most areas or ports a slip lists */
#define SLIP_MAX_LIST 128

/* one slip in the making: its inputs, the placeholders' values (English,
 * and the Chinese forms of those that differ: dates, the ways' names; a
 * Chinese text falls back to English) and the document */
typedef struct slip_ctx {
	const ed_rules *r;
	const ed_answers *a;
	const ed_verdict *v;
	const bool *known; /* slip_doc_known: the answers given; NULL: all */
	char *en[SV_COUNT], *zh[SV_COUNT];
	slipdoc *d;
} slip_ctx;

/* {name} in English; a Chinese value set before stays */
void slip_set(slip_ctx *c, slip_var name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* {name} in Chinese */
void slip_set_zh(slip_ctx *c, slip_var name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* the values set, or NULL */
const char *slip_get(const slip_ctx *c, slip_var name);
const char *slip_get_zh(const slip_ctx *c, slip_var name);
void slip_vars_free(slip_ctx *c);

/* a template with its {placeholders} filled; the caller frees it */
char *slip_fill(const slip_ctx *c, const char *tmpl);
/* the text "section:key" of rules.ini ("" if absent), its Chinese twin
 * ("section:key_zh") or NULL, and both filled (the caller frees them) */
const char *slip_T(const slip_ctx *c, const char *key);
const char *slip_T_zh(const slip_ctx *c, const char *key);
void slip_texts(const slip_ctx *c, const char *key, char **en, char **zh);

/* a block of the text `key`, filled in both forms */
sd_block *slip_add(slip_ctx *c, sd_kind kind, const char *key);
/* marks a block fine print: what the traveller rarely reads but must have */
sd_block *slip_small(sd_block *b);
/* "Label: value", the value data, not a text (zh may be NULL) */
sd_block *slip_kv_value(slip_ctx *c, const char *label_key, const char *en, const char *zh);
/* "Label: value", both texts of rules.ini */
sd_block *slip_kv_text(slip_ctx *c, const char *label_key, const char *value_key);

#endif
