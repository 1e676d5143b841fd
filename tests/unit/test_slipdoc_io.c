/* The slip document's stream, entrydesk to entrydesk-slip: every field
 * comes back as it went (newlines, backslashes, Chinese, no Chinese, lists,
 * fine print, the sheet's fixed-width lines), and bad input is refused
 * with one line saying where, never a crash. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slipdoc_io.h"

static slipdoc *sample(void)
{
	slipdoc *d = slipdoc_new();
	sd_block *b;

	slipdoc_set_text(d, &d->check_date, "Sunday 1 March 2026", "2026年3月1日");
	slipdoc_set_text(d, &d->page, "page {page} of {pages}", "第{page}页");
	slipdoc_set_text(d, &d->name_label, "Name", NULL);
	slipdoc_set(d, &d->name, "SMITH, JOHN");
	slipdoc_set(d, &d->document, "******789");
	slipdoc_add(d, SD_TITLE, "ENTRYDESK", "入境");
	slipdoc_add(d, SD_OUTCOME, "two\nlines \\ and a backslash\\n", NULL);
	slipdoc_add_kv(d, "Port", "口岸", "Shanghai\tPVG", "上海");
	b = slipdoc_add(d, SD_LIST, "", NULL);
	slipdoc_list_add(d, b, "Beijing", "北京");
	slipdoc_list_add(d, b, "Tianjin", NULL);
	b = slipdoc_add(d, SD_BULLET, "fine print", NULL);
	b->small = true;
	b = slipdoc_add(d, SD_PARA, "  1  SMITH   ", NULL);
	b->mono = true;
	slipdoc_add(d, SD_PARA, "", NULL)->mono = true;
	slipdoc_add(d, SD_FOOTER, "advice, not a permit", "仅供参考");
	cr_assert_not(d->failed);
	return d;
}

static void same_text(const sd_text *a, const sd_text *b)
{
	if (!a->en)
		cr_assert_null(b->en);
	else
		cr_assert_str_eq(a->en, b->en);
	if (!a->zh)
		cr_assert_null(b->zh);
	else
		cr_assert_str_eq(a->zh, b->zh);
}

Test(slipdoc_io, every_field_comes_back)
{
	sd_slips out = {0}, back;
	char why[200], *s, *again;

	cr_assert(sd_slips_add(&out, sample(), SD_ZH_TRADITIONAL));
	cr_assert(sd_slips_add(&out, sample(), SD_ZH_NONE));
	s = sd_slips_write(&out);
	cr_assert_not_null(s);
	cr_assert(!strncmp(s, "entrydesk-slip 1\n", 17));
	cr_assert(sd_slips_read(s, strlen(s), &back, why, sizeof why), "%s", why);
	cr_assert_eq(back.n, 2);
	cr_assert_eq(back.list[0].chinese, SD_ZH_TRADITIONAL);
	cr_assert_eq(back.list[1].chinese, SD_ZH_NONE);
	for (size_t k = 0; k < 2; k++) {
		const slipdoc *a = out.list[k].doc, *b = back.list[k].doc;
		same_text(&a->check_date, &b->check_date);
		same_text(&a->page, &b->page);
		same_text(&a->name_label, &b->name_label);
		same_text(&a->date_label, &b->date_label);
		cr_assert_str_eq(a->name, b->name);
		cr_assert_str_eq(a->document, b->document);
		cr_assert_eq(a->n_blocks, b->n_blocks);
		for (size_t i = 0; i < a->n_blocks; i++) {
			const sd_block *x = &a->blocks[i], *y = &b->blocks[i];
			cr_assert_eq(x->kind, y->kind);
			cr_assert_eq(x->small, y->small);
			cr_assert_eq(x->mono, y->mono);
			same_text(&x->text, &y->text);
			if (x->kind == SD_KV)
				same_text(&x->label, &y->label);
			cr_assert_eq(x->n_items, y->n_items);
			for (size_t j = 0; j < x->n_items; j++)
				same_text(&x->items[j], &y->items[j]);
		}
	}
	/* and the same stream again */
	again = sd_slips_write(&back);
	cr_assert_str_eq(again, s);
	free(again);
	free(s);
	sd_slips_free(&back);
	sd_slips_free(&out);
}

Test(slipdoc_io, a_failed_document_is_not_written)
{
	sd_slips out = {0};
	slipdoc *d = sample();

	d->failed = true;
	cr_assert_not(sd_slips_add(&out, d, SD_ZH_NONE)); /* freed, not kept */
	cr_assert_eq(out.n, 0);
}

/* input, the line the refusal names, a word of the reason */
static void refused(const char *in, long line, const char *word)
{
	sd_slips back = {(sd_slip *)1, 99};
	char why[300], where[40];

	cr_assert_not(sd_slips_read(in, strlen(in), &back, why, sizeof why), "accepted: %s", in);
	cr_assert_null(back.list);
	cr_assert_eq(back.n, 0);
	snprintf(where, sizeof where, "line %ld:", line);
	cr_assert(strstr(why, where), "'%s' for: %s", why, in);
	cr_assert(strstr(why, word), "'%s' lacks '%s'", why, word);
	cr_assert_null(strchr(why, '\n'), "one line: %s", why);
}

#define HEAD "entrydesk-slip 1\nslip simplified\n"

Test(slipdoc_io, bad_input_is_refused_with_one_line)
{
	static const struct {
		const char *in;
		long line;
		const char *word;
	} cases[] = {
		{"", 0, "empty"},
		{"entrydesk-slip 2\nend\n", 1, "version"},
		{"%PDF-1.5\n", 1, "not a slip document"},
		{"entrydesk-slip 1\nend\n", 2, "no slip"},
		{HEAD "block kv\ntext x\n", 4, "cut short"},
		{HEAD "block kv\ntext x", 4, "no end of line"},
		{HEAD "end\nmore\n", 4, "after"},
		{HEAD "colour red\nend\n", 3, "unknown field"},
		{"entrydesk-slip 1\ntext x\nend\n", 2, "before the first"},
		{HEAD "text x\nend\n", 3, "before any block"},
		{HEAD "block sonnet\nend\n", 3, "accepted: title"},
		{HEAD "block kv large\nend\n", 3, "small, mono"},
		{HEAD "block kv\nitem x\nend\n", 4, "only in a list"},
		{HEAD "block list\nitem.zh x\nend\n", 4, "after an item"},
		{HEAD "block kv\ntext a\\tb\nend\n", 4, "backslash"},
		{HEAD "block kv\ntext a\\\nend\n", 4, "backslash"},
		{HEAD "block kv\ntext \xff\xfe\nend\n", 4, "UTF-8"},
		{HEAD "block kv\ntext a\x01z\nend\n", 4, "control"},
		{"entrydesk-slip 1\nslip klingon\nend\n", 2, "accepted: none"},
		{HEAD "end extra\n", 3, "end"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		refused(cases[i].in, cases[i].line, cases[i].word);
}

Test(slipdoc_io, limits_hold)
{
	size_t n = SD_IO_MAX_LINE + 100;
	char *big = malloc(n + 64), *p;
	char why[300];
	sd_slips back;

	cr_assert_not_null(big);
	p = big + sprintf(big, HEAD "block para\ntext ");
	memset(p, 'x', n);
	strcpy(p + n, "\nend\n");
	refused(big, 4, "64 KiB");
	free(big);
	/* a NUL inside the input is a control character, not an end */
	cr_assert_not(sd_slips_read(HEAD "name a\0b\nend\n", sizeof HEAD + 13, &back, why,
				    sizeof why));
}
