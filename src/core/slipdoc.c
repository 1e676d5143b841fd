/* The slip document: building it, converting its Chinese, and the text
 * slip drawn from it. */
#include "core/slipdoc.h"

#include <stdlib.h>
#include <string.h>

#include "core/text.h"

#define LABEL_COLS 18 /* "Next destination: " */

static const char *const chinese_names[] = {"none", "simplified", "traditional"};

bool sd_chinese_parse(const char *s, sd_chinese *out)
{
	for (size_t i = 0; s && i < sizeof chinese_names / sizeof *chinese_names; i++) {
		if (!strcmp(s, chinese_names[i])) {
			*out = (sd_chinese)i;
			return true;
		}
	}
	return false;
}

const char *sd_chinese_name(sd_chinese c)
{
	return (unsigned)c < sizeof chinese_names / sizeof *chinese_names ?
	       chinese_names[c] : "";
}

slipdoc *slipdoc_new(void)
{
	return calloc(1, sizeof(slipdoc));
}

static void text_clear(sd_text *t)
{
	free(t->en);
	free(t->zh);
	t->en = t->zh = NULL;
}

void slipdoc_free(slipdoc *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_blocks; i++) {
		sd_block *b = &d->blocks[i];
		text_clear(&b->label);
		text_clear(&b->text);
		for (size_t k = 0; k < b->n_items; k++)
			text_clear(&b->items[k]);
		free(b->items);
	}
	free(d->blocks);
	text_clear(&d->check_date);
	text_clear(&d->page);
	text_clear(&d->date_label);
	text_clear(&d->name_label);
	text_clear(&d->document_label);
	free(d->name);
	free(d->document);
	free(d);
}

/* copies en and zh into t; false (and d failed) on out of memory */
static bool text_set(slipdoc *d, sd_text *t, const char *en, const char *zh)
{
	t->en = text_dup(en ? en : "");
	t->zh = zh ? text_dup(zh) : NULL;
	if (!t->en || (zh && !t->zh)) {
		d->failed = true;
		return false;
	}
	return true;
}

void slipdoc_set(slipdoc *d, char **field, const char *value)
{
	free(*field);
	*field = value ? text_dup(value) : NULL;
	if (value && !*field)
		d->failed = true;
}

void slipdoc_set_text(slipdoc *d, sd_text *field, const char *en, const char *zh)
{
	text_clear(field);
	text_set(d, field, en, zh);
}

sd_block *slipdoc_add(slipdoc *d, sd_kind kind, const char *en, const char *zh)
{
	sd_block *b;

	if (!d || d->failed)
		return NULL;
	if (d->n_blocks == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 32;
		sd_block *grown = realloc(d->blocks, cap * sizeof *grown);
		if (!grown) {
			d->failed = true;
			return NULL;
		}
		d->blocks = grown;
		d->cap = cap;
	}
	b = &d->blocks[d->n_blocks++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return text_set(d, &b->text, en, zh) ? b : NULL;
}

sd_block *slipdoc_add_kv(slipdoc *d, const char *label_en, const char *label_zh,
			 const char *value_en, const char *value_zh)
{
	sd_block *b = slipdoc_add(d, SD_KV, value_en, value_zh);

	if (b && !text_set(d, &b->label, label_en, label_zh))
		return NULL;
	return b;
}

bool slipdoc_list_add(slipdoc *d, sd_block *list, const char *en, const char *zh)
{
	sd_text *grown;

	if (!d || d->failed || !list)
		return false;
	grown = realloc(list->items, (list->n_items + 1) * sizeof *grown);
	if (!grown) {
		d->failed = true;
		return false;
	}
	list->items = grown;
	memset(&list->items[list->n_items], 0, sizeof *grown);
	return text_set(d, &list->items[list->n_items++], en, zh);
}

static bool map_one(slipdoc *d, sd_text *t, char *(*conv)(void *, const char *), void *ctx)
{
	char *s;

	if (!t->zh)
		return true;
	s = conv(ctx, t->zh);
	if (!s) {
		d->failed = true;
		return false;
	}
	free(t->zh);
	t->zh = s;
	return true;
}

bool slipdoc_map_zh(slipdoc *d, char *(*conv)(void *ctx, const char *s), void *ctx)
{
	bool ok;

	if (!d || d->failed)
		return false;
	ok = map_one(d, &d->check_date, conv, ctx) && map_one(d, &d->page, conv, ctx) &&
	     map_one(d, &d->date_label, conv, ctx) && map_one(d, &d->name_label, conv, ctx) &&
	     map_one(d, &d->document_label, conv, ctx);
	for (size_t i = 0; ok && i < d->n_blocks; i++) {
		sd_block *b = &d->blocks[i];
		ok = map_one(d, &b->label, conv, ctx) && map_one(d, &b->text, conv, ctx);
		for (size_t k = 0; ok && k < b->n_items; k++)
			ok = map_one(d, &b->items[k], conv, ctx);
	}
	return ok;
}

char *slipdoc_page_label(const char *tmpl, int page, int pages)
{
	text_buf b = {0};
	const char *p = tmpl ? tmpl : "";

	while (*p) {
		if (!strncmp(p, "{page}", 6)) {
			text_buf_printf(&b, "%d", page);
			p += 6;
		} else if (!strncmp(p, "{pages}", 7)) {
			text_buf_printf(&b, "%d", pages);
			p += 7;
		} else {
			text_buf_addn(&b, p++, 1);
		}
	}
	return text_buf_take(&b);
}

/* ---- the text slip ---- */

typedef struct text_out {
	text_buf b;
	size_t width;
	bool zh;
} text_out;

static void rule_line(text_out *o, char ch)
{
	for (size_t i = 0; i < o->width; i++)
		text_buf_addn(&o->b, &ch, 1);
	text_buf_add(&o->b, "\n");
}

static void blank(text_out *o)
{
	if (o->b.len > 0)
		text_buf_add(&o->b, "\n");
}

/* the English form, then the Chinese one under it */
static void both(text_out *o, const sd_text *t, const char *first, const char *rest)
{
	text_wrap(&o->b, t->en, o->width, first, rest);
	if (o->zh && t->zh && *t->zh)
		text_wrap(&o->b, t->zh, o->width, rest, rest);
}

/* "Label:            value", the value wrapped under itself; the Chinese
 * label and value on the next line, in the value's column */
static void kv(text_out *o, const sd_block *blk)
{
	char indent[LABEL_COLS + 1];
	text_buf first = {0};
	size_t cols;

	memset(indent, ' ', LABEL_COLS);
	indent[LABEL_COLS] = '\0';
	text_buf_printf(&first, "%s:", blk->label.en);
	cols = text_columns(first.s);
	text_buf_add(&first, cols < LABEL_COLS ? indent + cols : " ");
	text_wrap(&o->b, blk->text.en, o->width, first.s ? first.s : "", indent);
	text_buf_free(&first);
	if (o->zh && blk->text.zh && *blk->text.zh) {
		text_buf zh = {0};
		if (blk->label.zh && *blk->label.zh)
			text_buf_printf(&zh, "%s：", blk->label.zh);
		text_buf_add(&zh, blk->text.zh);
		text_wrap(&o->b, zh.s, o->width, indent, indent);
		text_buf_free(&zh);
	}
}

static void list(text_out *o, const sd_block *blk)
{
	if (blk->text.en && *blk->text.en)
		both(o, &blk->text, NULL, NULL);
	for (size_t i = 0; i < blk->n_items; i++) {
		text_buf item = {0};
		text_buf_add(&item, blk->items[i].en);
		/* an item's Chinese is a name (of an area, of ports): the
		 * English-only slip keeps it too, for the staff who read it */
		if (blk->items[i].zh && *blk->items[i].zh)
			text_buf_printf(&item, " %s", blk->items[i].zh);
		text_wrap(&o->b, item.s, o->width, "  - ", "    ");
		text_buf_free(&item);
	}
}

/* the PDF's page header, once: labelled lines when the document has the
 * labels ("Check date:       Sunday 1 March 2026"), else one line
 * "Sunday 1 March 2026 · SMITH, JOHN · ******789" */
static void header(text_out *o, const slipdoc *d)
{
	text_buf h = {0};

	if (d->date_label.en && *d->date_label.en) {
		sd_block b = {.kind = SD_KV};
		b.label = d->date_label;
		b.text = d->check_date;
		kv(o, &b);
		b.label = d->name_label;
		b.text = (sd_text){d->name, NULL};
		if (d->name && *d->name)
			kv(o, &b);
		b.label = d->document_label;
		b.text = (sd_text){d->document, NULL};
		if (d->document && *d->document)
			kv(o, &b);
		return;
	}
	text_buf_add(&h, d->check_date.en);
	if (o->zh && d->check_date.zh && *d->check_date.zh)
		text_buf_printf(&h, " %s", d->check_date.zh);
	if (d->name && *d->name)
		text_buf_printf(&h, "%s%s", h.len ? " · " : "", d->name);
	if (d->document && *d->document)
		text_buf_printf(&h, "%s%s", h.len ? " · " : "", d->document);
	if (h.len)
		text_wrap(&o->b, h.s, o->width, NULL, NULL);
	text_buf_free(&h);
}

char *slipdoc_text(const slipdoc *d, size_t width, bool chinese)
{
	text_out o = {.width = width, .zh = chinese};

	if (!d || d->failed)
		return NULL;
	for (size_t i = 0; i < d->n_blocks; i++) {
		const sd_block *blk = &d->blocks[i];
		switch (blk->kind) {
		case SD_TITLE:
			both(&o, &blk->text, NULL, NULL);
			rule_line(&o, '=');
			header(&o, d);
			break;
		case SD_OUTCOME:
		case SD_DEADLINE:
			blank(&o);
			both(&o, &blk->text, NULL, NULL);
			break;
		case SD_KV:
			/* labelled lines after a list of bullets stand apart */
			if (i > 0 && (blk[-1].kind == SD_BULLET || blk[-1].kind == SD_NOTE ||
				      blk[-1].kind == SD_PARA || blk[-1].kind == SD_DEADLINE))
				blank(&o);
			kv(&o, blk);
			break;
		case SD_HEADING: {
			text_buf h = {0};
			text_buf_add(&h, blk->text.en);
			if (o.zh && blk->text.zh && *blk->text.zh)
				text_buf_printf(&h, " %s", blk->text.zh);
			blank(&o);
			text_wrap(&o.b, h.s, width, NULL, NULL);
			text_buf_free(&h);
			break;
		}
		case SD_PARA:
			both(&o, &blk->text, NULL, NULL);
			break;
		case SD_LIST:
			blank(&o);
			list(&o, blk);
			break;
		case SD_BULLET:
			both(&o, &blk->text, "  - ", "    ");
			break;
		case SD_NOTE:
			both(&o, &blk->text, "    ", "    ");
			break;
		case SD_FOOTER:
			blank(&o);
			rule_line(&o, '-');
			both(&o, &blk->text, NULL, NULL);
			break;
		}
	}
	return text_buf_take(&o.b);
}
