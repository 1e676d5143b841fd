/* Escaped, tab-separated lines: a value never breaks a line, so a record
 * is one line of the queue and a field one cell of a line. */
#include "history/codec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

#define NULL_CELL "\\N" /* a text that is absent (no Chinese), not empty */
#define RECORD_TAG "entrydesk-record-1"

static void put_cell(text_buf *b, const char *s)
{
	text_buf_add(b, "\t");
	if (!s) {
		text_buf_add(b, NULL_CELL);
		return;
	}
	for (; *s; s++) {
		switch (*s) {
		case '\\': text_buf_add(b, "\\\\"); break;
		case '\t': text_buf_add(b, "\\t"); break;
		case '\n': text_buf_add(b, "\\n"); break;
		case '\r': text_buf_add(b, "\\r"); break;
		default: text_buf_addn(b, s, 1);
		}
	}
}

/* The cells of one line, unescaped in place: cells[i] point into line
 * (NULL for an absent text). Returns how many, at most max; -1 on a bad
 * escape. */
static int split_cells(char *line, char **cells, int max)
{
	int n = 0;
	char *p = line;

	while (n < max) {
		char *w = p, *start = p;
		bool absent = !strncmp(p, NULL_CELL, 2) && (p[2] == '\t' || p[2] == '\0');
		while (*p && *p != '\t') {
			if (*p != '\\') {
				*w++ = *p++;
				continue;
			}
			switch (p[1]) {
			case '\\': *w++ = '\\'; break;
			case 't': *w++ = '\t'; break;
			case 'n': *w++ = '\n'; break;
			case 'r': *w++ = '\r'; break;
			case 'N': if (absent) break; /* fall through */
			default: return -1;
			}
			p += 2;
		}
		cells[n++] = absent ? NULL : start;
		if (*p == '\0') {
			*w = '\0';
			break;
		}
		*w = '\0';
		if (w != p)
			*p = '\0';
		p++;
	}
	return n;
}

/* calls each(ctx, cells, n) per line of text; false when one says so */
static bool each_line(const char *text, bool (*each)(void *, char **, int), void *ctx)
{
	char *copy = text_dup(text), *p = copy;
	bool ok = copy != NULL;

	while (ok && p && *p) {
		char *cells[12];
		char *nl = strchr(p, '\n');
		int n;
		if (nl)
			*nl = '\0';
		n = split_cells(p, cells, 12);
		ok = n > 0 && each(ctx, cells, n);
		p = nl ? nl + 1 : NULL;
	}
	free(copy);
	return ok;
}

char *codec_answers_encode(const ed_raw_answers *raw)
{
	text_buf b = {0};

	for (int i = 0; i < AK_COUNT; i++) {
		if (!raw->val[i])
			continue;
		text_buf_printf(&b, "%s.%s", answer_fields[i].section, answer_fields[i].key);
		put_cell(&b, raw->val[i]);
		text_buf_add(&b, "\n");
	}
	/* no answers at all is still a text, not a failure */
	text_buf_add(&b, "");
	return text_buf_take(&b);
}

static bool answer_line(void *ctx, char **cells, int n)
{
	ed_raw_answers *raw = ctx;
	char *dot;

	if (n != 2 || !cells[0] || !cells[1] || !(dot = strchr(cells[0], '.')))
		return false;
	*dot = '\0';
	for (int i = 0; i < AK_COUNT; i++) {
		if (!strcmp(answer_fields[i].section, cells[0]) &&
		    !strcmp(answer_fields[i].key, dot + 1)) {
			raw_set(raw, (ed_answer_key)i, cells[1]);
			return raw->val[i] != NULL;
		}
	}
	return false;
}

bool codec_answers_decode(const char *text, ed_raw_answers *raw)
{
	raw_clear(raw);
	if (each_line(text, answer_line, raw))
		return true;
	raw_clear(raw);
	return false;
}

static void put_text(text_buf *b, const sd_text *t)
{
	put_cell(b, t->en);
	put_cell(b, t->zh);
}

char *codec_doc_encode(const slipdoc *d)
{
	text_buf b = {0};

	if (!d || d->failed)
		return NULL;
	text_buf_add(&b, "check_date");
	put_text(&b, &d->check_date);
	text_buf_add(&b, "\nname");
	put_cell(&b, d->name);
	text_buf_add(&b, "\ndocument");
	put_cell(&b, d->document);
	text_buf_add(&b, "\npage");
	put_text(&b, &d->page);
	text_buf_add(&b, "\nlabels");
	put_text(&b, &d->date_label);
	put_text(&b, &d->name_label);
	put_text(&b, &d->document_label);
	text_buf_add(&b, "\n");
	for (size_t i = 0; i < d->n_blocks; i++) {
		const sd_block *k = &d->blocks[i];
		text_buf_printf(&b, "block\t%d\t%d", (int)k->kind, k->small ? 1 : 0);
		put_text(&b, &k->label);
		put_text(&b, &k->text);
		text_buf_add(&b, "\n");
		for (size_t j = 0; j < k->n_items; j++) {
			text_buf_add(&b, "item");
			put_text(&b, &k->items[j]);
			text_buf_add(&b, "\n");
		}
	}
	return text_buf_take(&b);
}

/* rebuilding a document: the block the next items belong to */
typedef struct doc_build {
	slipdoc *d;
	sd_block *last;
} doc_build;

static void set_text(slipdoc *d, sd_text *field, const char *en, const char *zh)
{
	if (en)
		slipdoc_set_text(d, field, en, zh);
}

static bool doc_line(void *ctx, char **c, int n)
{
	doc_build *b = ctx;
	slipdoc *d = b->d;

	if (!c[0])
		return false;
	/* a header text the document did not have stays absent */
	if (!strcmp(c[0], "check_date") && n == 3) {
		set_text(d, &d->check_date, c[1], c[2]);
	} else if (!strcmp(c[0], "name") && n == 2) {
		if (c[1])
			slipdoc_set(d, &d->name, c[1]);
	} else if (!strcmp(c[0], "document") && n == 2) {
		if (c[1])
			slipdoc_set(d, &d->document, c[1]);
	} else if (!strcmp(c[0], "page") && n == 3) {
		set_text(d, &d->page, c[1], c[2]);
	} else if (!strcmp(c[0], "labels") && n == 7) {
		set_text(d, &d->date_label, c[1], c[2]);
		set_text(d, &d->name_label, c[3], c[4]);
		set_text(d, &d->document_label, c[5], c[6]);
	} else if (!strcmp(c[0], "block") && n == 7 && c[1] && c[2]) {
		int kind = atoi(c[1]);
		if (kind < SD_TITLE || kind > SD_FOOTER)
			return false;
		if (kind == SD_KV)
			b->last = slipdoc_add_kv(d, c[3], c[4], c[5], c[6]);
		else
			b->last = slipdoc_add(d, (sd_kind)kind, c[5], c[6]);
		if (!b->last)
			return false;
		b->last->small = c[2][0] == '1';
	} else if (!strcmp(c[0], "item") && n == 3) {
		if (!b->last || b->last->kind != SD_LIST)
			return false;
		return slipdoc_list_add(d, b->last, c[1], c[2]);
	} else {
		return false;
	}
	return !d->failed;
}

slipdoc *codec_doc_decode(const char *text)
{
	doc_build b = { slipdoc_new(), NULL };

	/* a slip has blocks: an empty text is none */
	if (!b.d || !text || !each_line(text, doc_line, &b) || b.d->failed || !b.d->n_blocks) {
		slipdoc_free(b.d);
		return NULL;
	}
	return b.d;
}

char *codec_record_line(const hist_record *rec)
{
	text_buf b = {0};

	text_buf_printf(&b, "%s\t%lld", RECORD_TAG, rec->at);
	for (int i = 0; i < HF_COUNT; i++)
		put_cell(&b, hist_record_get(rec, (hist_field)i));
	text_buf_add(&b, "\n");
	return text_buf_take(&b);
}

bool codec_record_parse(const char *line, hist_record *rec)
{
	char *copy = text_dup(line), *cells[HF_COUNT + 3], *end;
	int n;
	bool ok;

	memset(rec, 0, sizeof *rec);
	if (!copy)
		return false;
	n = split_cells(copy, cells, HF_COUNT + 3);
	ok = n == HF_COUNT + 2 && cells[0] && !strcmp(cells[0], RECORD_TAG) && cells[1];
	if (ok) {
		rec->at = strtoll(cells[1], &end, 10);
		ok = *end == '\0' && end != cells[1];
	}
	for (int i = 0; ok && i < HF_COUNT; i++)
		ok = hist_record_set(rec, (hist_field)i, cells[i + 2]);
	free(copy);
	if (!ok)
		hist_record_clear(rec);
	return ok;
}
