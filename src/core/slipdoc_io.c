/* Slip documents written to and read from the stream entrydesk-slip
 * takes. The reader trusts nothing: every line is checked for its length,
 * its UTF-8 and its place, and every count has a ceiling, so that no input
 * can crash the printing program or make it allocate without bound. */
#include "core/slipdoc_io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

#define MAGIC "entrydesk-slip"

static const char *const kind_names[] = {
	[SD_TITLE] = "title", [SD_OUTCOME] = "outcome", [SD_DEADLINE] = "deadline",
	[SD_KV] = "kv", [SD_HEADING] = "heading", [SD_PARA] = "para", [SD_LIST] = "list",
	[SD_BULLET] = "bullet", [SD_NOTE] = "note", [SD_FOOTER] = "footer",
};
#define N_KINDS (sizeof kind_names / sizeof *kind_names)

bool sd_slips_add(sd_slips *s, slipdoc *doc, sd_chinese chinese)
{
	sd_slip *grown;

	if (!doc || doc->failed) {
		slipdoc_free(doc);
		return false;
	}
	grown = realloc(s->list, (s->n + 1) * sizeof *grown);
	if (!grown) {
		slipdoc_free(doc);
		return false;
	}
	s->list = grown;
	s->list[s->n].doc = doc;
	s->list[s->n++].chinese = chinese;
	return true;
}

void sd_slips_free(sd_slips *s)
{
	for (size_t i = 0; s && i < s->n; i++)
		slipdoc_free(s->list[i].doc);
	if (s) {
		free(s->list);
		s->list = NULL;
		s->n = 0;
	}
}

/* ---- writing ---- */

/* "key value\n", the value escaped; nothing when value is NULL */
static void field(text_buf *b, const char *key, const char *value)
{
	if (!value)
		return;
	text_buf_add(b, key);
	text_buf_add(b, " ");
	for (const char *p = value; *p; p++) {
		if (*p == '\\')
			text_buf_add(b, "\\\\");
		else if (*p == '\n')
			text_buf_add(b, "\\n");
		else if (*p == '\r')
			text_buf_add(b, "\\r");
		else
			text_buf_addn(b, p, 1);
	}
	text_buf_add(b, "\n");
}

static void text_field(text_buf *b, const char *key, const sd_text *t)
{
	char zh_key[40];

	field(b, key, t->en);
	snprintf(zh_key, sizeof zh_key, "%s.zh", key);
	field(b, zh_key, t->zh);
}

static void write_doc(text_buf *b, const slipdoc *d, sd_chinese chinese)
{
	text_buf_printf(b, "slip %s\n", sd_chinese_name(chinese));
	text_field(b, "check_date", &d->check_date);
	field(b, "name", d->name);
	field(b, "document", d->document);
	text_field(b, "page", &d->page);
	text_field(b, "date_label", &d->date_label);
	text_field(b, "name_label", &d->name_label);
	text_field(b, "document_label", &d->document_label);
	for (size_t i = 0; i < d->n_blocks; i++) {
		const sd_block *blk = &d->blocks[i];
		text_buf_printf(b, "block %s%s%s\n", kind_names[blk->kind],
				blk->small ? " small" : "", blk->mono ? " mono" : "");
		if (blk->label.en || blk->label.zh)
			text_field(b, "label", &blk->label);
		text_field(b, "text", &blk->text);
		for (size_t k = 0; k < blk->n_items; k++)
			text_field(b, "item", &blk->items[k]);
	}
}

char *sd_slips_write(const sd_slips *s)
{
	text_buf b = {0};

	text_buf_printf(&b, "%s %d\n", MAGIC, SD_IO_VERSION);
	for (size_t i = 0; i < s->n; i++) {
		if (!s->list[i].doc || s->list[i].doc->failed) {
			text_buf_free(&b);
			return NULL;
		}
		write_doc(&b, s->list[i].doc, s->list[i].chinese);
	}
	text_buf_add(&b, "end\n");
	return text_buf_take(&b);
}

/* ---- reading ---- */

typedef struct reader {
	sd_slips *out;
	slipdoc *d;      /* the slip being read (the last of out) */
	sd_block *blk;   /* its last block, or NULL */
	sd_text *item;   /* the last item of that block, or NULL */
	long line;
	char *why;
	size_t why_size;
} reader;

static bool refuse(reader *r, const char *what)
{
	snprintf(r->why, r->why_size, "slip document, line %ld: %s", r->line, what);
	return false;
}

/* true when s[0..n) is UTF-8 without control characters other than tab */
static bool clean_utf8(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned cp;
		size_t k = text_decode(s + i, n - i, &cp);
		/* text_decode: an invalid byte is U+FFFD of length 1 */
		if (cp == 0xFFFD && k == 1)
			return false;
		if ((cp < 0x20 && cp != '\t') || cp == 0x7f)
			return false;
		i += k;
	}
	return true;
}

/* the value unescaped; NULL on a bad escape (why says) or out of memory */
static char *unescape(reader *r, const char *s, size_t n)
{
	char *out = malloc(n + 1), *o = out;

	if (!out) {
		refuse(r, "out of memory");
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\') {
			*o++ = s[i];
			continue;
		}
		if (++i == n || (s[i] != '\\' && s[i] != 'n' && s[i] != 'r')) {
			free(out);
			refuse(r, "a backslash stands only before \\, n or r");
			return NULL;
		}
		*o++ = s[i] == '\\' ? '\\' : s[i] == 'n' ? '\n' : '\r';
	}
	*o = '\0';
	return out;
}

/* replaces *slot by value (taken) */
static void put(char **slot, char *value)
{
	free(*slot);
	*slot = value;
}

/* the header's texts and the block's fields, by key */
static sd_text *header_text(slipdoc *d, const char *key, size_t n)
{
	static const struct {
		const char *key;
		size_t off;
	} keys[] = {
		{"check_date", offsetof(slipdoc, check_date)},
		{"page", offsetof(slipdoc, page)},
		{"date_label", offsetof(slipdoc, date_label)},
		{"name_label", offsetof(slipdoc, name_label)},
		{"document_label", offsetof(slipdoc, document_label)},
	};

	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		if (strlen(keys[i].key) == n && !memcmp(keys[i].key, key, n))
			return (sd_text *)((char *)d + keys[i].off);
	return NULL;
}

static bool key_is(const char *key, size_t n, const char *want)
{
	return strlen(want) == n && !memcmp(key, want, n);
}

static bool new_slip(reader *r, const char *value)
{
	sd_chinese zh;

	if (!sd_chinese_parse(value, &zh))
		return refuse(r, "slip: accepted: none, simplified or traditional");
	if (r->out->n >= SD_IO_MAX_SLIPS)
		return refuse(r, "too many slips");
	r->d = slipdoc_new();
	if (!sd_slips_add(r->out, r->d, zh)) {
		r->d = NULL;
		return refuse(r, "out of memory");
	}
	r->blk = NULL;
	r->item = NULL;
	return true;
}

static bool new_block(reader *r, char *value)
{
	char *save = NULL, *word = strtok_r(value, " ", &save);
	size_t k;

	if (r->d->n_blocks >= SD_IO_MAX_BLOCKS)
		return refuse(r, "too many blocks in one slip");
	for (k = 0; word && k < N_KINDS; k++)
		if (!strcmp(word, kind_names[k]))
			break;
	if (!word || k == N_KINDS)
		return refuse(r, "block: accepted: title, outcome, deadline, kv, heading, "
			      "para, list, bullet, note or footer");
	r->blk = slipdoc_add(r->d, (sd_kind)k, "", NULL);
	r->item = NULL;
	if (!r->blk)
		return refuse(r, "out of memory");
	while ((word = strtok_r(NULL, " ", &save))) {
		if (!strcmp(word, "small"))
			r->blk->small = true;
		else if (!strcmp(word, "mono"))
			r->blk->mono = true;
		else
			return refuse(r, "block: after the kind, accepted: small, mono");
	}
	return true;
}

static bool new_item(reader *r, char *value)
{
	sd_block *b = r->blk;

	if (b->kind != SD_LIST)
		return refuse(r, "item: only in a list block");
	if (b->n_items >= SD_IO_MAX_ITEMS)
		return refuse(r, "too many items in one list");
	if (!slipdoc_list_add(r->d, b, "", NULL))
		return refuse(r, "out of memory");
	r->item = &b->items[b->n_items - 1];
	put(&r->item->en, value);
	return true;
}

/* one "key value" line inside a slip; value is taken (freed on failure) */
static bool slip_field(reader *r, const char *key, size_t n, char *value)
{
	bool zh = n > 3 && !memcmp(key + n - 3, ".zh", 3);
	size_t base = zh ? n - 3 : n;
	sd_text *t = header_text(r->d, key, base);

	if (!t && r->blk && key_is(key, base, "label"))
		t = &r->blk->label;
	else if (!t && r->blk && key_is(key, base, "text"))
		t = &r->blk->text;
	else if (!t && r->blk && key_is(key, base, "item") && zh && r->item)
		t = r->item;
	if (t) {
		put(zh ? &t->zh : &t->en, value);
		return true;
	}
	if (!zh && key_is(key, n, "name")) {
		put(&r->d->name, value);
		return true;
	}
	if (!zh && key_is(key, n, "document")) {
		put(&r->d->document, value);
		return true;
	}
	if (!zh && r->blk && key_is(key, n, "item"))
		return new_item(r, value) || (free(value), false);
	free(value);
	if (key_is(key, base, "label") || key_is(key, base, "text") || key_is(key, base, "item"))
		return refuse(r, zh && key_is(key, base, "item") ?
			      "item.zh: only after an item" : "a block's field before any block");
	return refuse(r, "unknown field; accepted: check_date, name, document, page, "
		      "date_label, name_label, document_label, block, label, text, item "
		      "(a text's Chinese: .zh), slip, end");
}

/* one line (without its '\n'); *done once "end" was read */
static bool read_line(reader *r, const char *s, size_t n, bool *done)
{
	const char *sp = memchr(s, ' ', n);
	size_t kn = sp ? (size_t)(sp - s) : n;
	const char *v = sp ? sp + 1 : s + n;
	size_t vn = (size_t)(s + n - v);
	char *value;

	if (!clean_utf8(s, n))
		return refuse(r, "not UTF-8 text, or a control character");
	if (key_is(s, kn, "end")) {
		if (sp)
			return refuse(r, "end: nothing may follow it on its line");
		*done = true;
		return true;
	}
	value = unescape(r, v, vn);
	if (!value)
		return false;
	if (key_is(s, kn, "slip")) {
		bool ok = new_slip(r, value);
		free(value);
		return ok;
	}
	if (!r->d) {
		free(value);
		return refuse(r, "a field before the first \"slip\" line");
	}
	if (key_is(s, kn, "block")) {
		bool ok = new_block(r, value);
		free(value);
		return ok;
	}
	return slip_field(r, s, kn, value);
}

/* the first line: the format and its version */
static bool read_magic(reader *r, const char *s, size_t n)
{
	char want[32];
	size_t m = (size_t)snprintf(want, sizeof want, "%s %d", MAGIC, SD_IO_VERSION);

	if (n == m && !memcmp(s, want, n))
		return true;
	if (n > strlen(MAGIC) && !memcmp(s, MAGIC " ", strlen(MAGIC) + 1))
		return refuse(r, "a version this entrydesk-slip does not read; accepted: "
			      "\"entrydesk-slip 1\" (entrydesk and entrydesk-slip must be "
			      "of the same release)");
	return refuse(r, "not a slip document; accepted first line: \"entrydesk-slip 1\"");
}

bool sd_slips_read(const char *data, size_t len, sd_slips *out, char *why, size_t why_size)
{
	reader r = {.out = out, .why = why, .why_size = why_size};
	size_t at = 0;
	bool done = false, ok = true;

	out->list = NULL;
	out->n = 0;
	if (why_size)
		why[0] = '\0';
	while (ok && at < len && !done) {
		const char *s = data + at, *nl = memchr(s, '\n', len - at);
		size_t n = nl ? (size_t)(nl - s) : len - at;
		r.line++;
		if (!nl) {
			ok = refuse(&r, "the last line has no end of line (a cut document?)");
			break;
		}
		if (n > SD_IO_MAX_LINE) {
			ok = refuse(&r, "a line longer than 64 KiB");
			break;
		}
		ok = r.line == 1 ? read_magic(&r, s, n) : read_line(&r, s, n, &done);
		at += n + 1;
	}
	if (ok && !done)
		ok = refuse(&r, len ? "no \"end\" line: the document is cut short"
			    : "empty: no slip document came");
	if (ok && at < len) {
		r.line++;
		ok = refuse(&r, "something after the \"end\" line");
	}
	if (ok && out->n == 0)
		ok = refuse(&r, "no slip in the document");
	for (size_t i = 0; ok && i < out->n; i++)
		if (out->list[i].doc->failed)
			ok = refuse(&r, "out of memory");
	if (!ok)
		sd_slips_free(out);
	return ok;
}
