/* The slip document and the text slip drawn from it: what each kind of
 * block looks like in 80 columns, English alone and with its Chinese,
 * Chinese wrapped by columns (CJK counts 2), and the Chinese conversion
 * reaching every text. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "core/slipdoc.h"
#include "core/text.h"

static slipdoc *sample(void)
{
	slipdoc *d = slipdoc_new();
	sd_block *list;

	cr_assert(d);
	slipdoc_set_text(d, &d->check_date, "Sunday 1 March 2026", "2026年3月1日");
	slipdoc_set(d, &d->name, "TANAKA, HIROSHI");
	slipdoc_set(d, &d->document, "******567");
	slipdoc_set_text(d, &d->page, "page {page} of {pages}", "第{page}页，共{pages}页");
	slipdoc_add(d, SD_TITLE, "VISA-FREE TRANSIT", "过境免签");
	slipdoc_add(d, SD_OUTCOME, "ELIGIBLE for 240-hour visa-free transit.",
		    "符合240小时过境免签条件。");
	slipdoc_add(d, SD_DEADLINE, "Leave before 24:00 on Wednesday 11 March 2026.",
		    "请于2026年3月11日24:00之前离境。");
	list = slipdoc_add(d, SD_LIST, "Permitted areas: 2 provinces.", "停留区域：2个省。");
	slipdoc_list_add(d, list, "Beijing", "北京市");
	slipdoc_list_add(d, list, "Guangdong province", "广东省");
	slipdoc_add(d, SD_HEADING, "REMINDERS", "温馨提示");
	slipdoc_add(d, SD_BULLET, "Register within 24 hours.", "24小时内办理住宿登记。");
	slipdoc_add(d, SD_NOTE, "To meet it: register.", NULL);
	slipdoc_add_kv(d, "Rules", "规则", "as of 2026-02-01", "截至2026-02-01");
	slipdoc_add(d, SD_FOOTER, "Advice, not a permit.", "建议，并非许可。");
	cr_assert_not(d->failed);
	return d;
}

/* English only, but a list keeps its items' Chinese names (areas, ports):
 * the staff who check the slip read them */
Test(slipdoc, english_only_text_slip)
{
	slipdoc *d = sample();
	char *t = slipdoc_text(d, 40, false);

	cr_assert_str_eq(t,
		"VISA-FREE TRANSIT\n"
		"========================================\n"
		"Sunday 1 March 2026 · TANAKA, HIROSHI ·\n"
		"******567\n"
		"\n"
		"ELIGIBLE for 240-hour visa-free transit.\n"
		"\n"
		"Leave before 24:00 on Wednesday 11 March\n"
		"2026.\n"
		"\n"
		"Permitted areas: 2 provinces.\n"
		"  - Beijing 北京市\n"
		"  - Guangdong province 广东省\n"
		"\n"
		"REMINDERS\n"
		"  - Register within 24 hours.\n"
		"    To meet it: register.\n"
		"\n"
		"Rules:            as of 2026-02-01\n"
		"\n"
		"----------------------------------------\n"
		"Advice, not a permit.\n");
	free(t);
	slipdoc_free(d);
}

Test(slipdoc, chinese_under_english)
{
	slipdoc *d = sample();
	char *t = slipdoc_text(d, 80, true);

	cr_assert(strstr(t, "VISA-FREE TRANSIT\n过境免签\n===="), "%s", t);
	cr_assert(strstr(t, "Sunday 1 March 2026 2026年3月1日 · TANAKA"), "%s", t);
	cr_assert(strstr(t, "ELIGIBLE for 240-hour visa-free transit.\n符合240小时过境免签条件。\n"),
		  "%s", t);
	cr_assert(strstr(t, "  - Beijing 北京市\n  - Guangdong province 广东省\n"), "%s", t);
	cr_assert(strstr(t, "REMINDERS 温馨提示\n"), "%s", t);
	cr_assert(strstr(t, "  - Register within 24 hours.\n    24小时内办理住宿登记。\n"), "%s", t);
	cr_assert(strstr(t, "Rules:            as of 2026-02-01\n"
			    "                  规则：截至2026-02-01\n"), "%s", t);
	cr_assert(strstr(t, "Advice, not a permit.\n建议，并非许可。\n"), "%s", t);
	free(t);
	slipdoc_free(d);
}

/* a Chinese paragraph has no spaces: it wraps by columns, two a character */
Test(slipdoc, chinese_wraps_at_80_columns)
{
	slipdoc *d = slipdoc_new();
	text_buf zh = {0}, joined = {0};
	char *t, *line, *save = NULL;

	for (int i = 0; i < 30; i++)
		text_buf_add(&zh, "出境入境管理法");
	slipdoc_add(d, SD_BULLET, "Law.", zh.s);
	t = slipdoc_text(d, 80, true);
	cr_assert(t);
	for (line = strtok_r(t, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		cr_expect_leq(text_columns(line), 80, "%zu columns: %s", text_columns(line), line);
		if (strcmp(line, "  - Law."))
			text_buf_add(&joined, text_trim(line));
	}
	cr_expect_str_eq(joined.s, zh.s, "the Chinese is cut or lost");
	free(t);
	text_buf_free(&zh);
	text_buf_free(&joined);
	slipdoc_free(d);
}

static char *upper(void *ctx, const char *s)
{
	text_buf b = {0};

	(*(int *)ctx)++;
	text_buf_printf(&b, "<%s>", s);
	return text_buf_take(&b);
}

static char *refuse(void *ctx, const char *s)
{
	(void)ctx, (void)s;
	return NULL;
}

Test(slipdoc, conversion_reaches_every_chinese_text)
{
	slipdoc *d = sample();
	int calls = 0;
	char *t;

	cr_assert(slipdoc_map_zh(d, upper, &calls));
	/* date, page; 7 blocks with Chinese; kv label; 2 items */
	cr_expect_eq(calls, 2 + 8 + 1 + 2);
	cr_expect_str_eq(d->page.zh, "<第{page}页，共{pages}页>");
	cr_expect_str_eq(d->blocks[3].items[1].zh, "<广东省>");
	cr_expect_str_eq(d->blocks[3].items[1].en, "Guangdong province");
	cr_expect_null(d->blocks[6].text.zh, "a text without Chinese stays without");
	t = slipdoc_text(d, 80, true);
	cr_expect(strstr(t, "<规则>：<截至2026-02-01>"), "%s", t);
	free(t);
	slipdoc_free(d);
}

Test(slipdoc, a_failed_conversion_refuses_the_document)
{
	slipdoc *d = sample();

	cr_expect_not(slipdoc_map_zh(d, refuse, NULL));
	cr_expect(d->failed);
	cr_expect_null(slipdoc_text(d, 80, false), "half-converted slip rendered");
	slipdoc_free(d);
}

Test(slipdoc, page_label)
{
	char *s = slipdoc_page_label("page {page} of {pages}", 2, 3);
	cr_expect_str_eq(s, "page 2 of 3");
	free(s);
	s = slipdoc_page_label("第{page}页，共{pages}页 {other}", 1, 12);
	cr_expect_str_eq(s, "第1页，共12页 {other}");
	free(s);
}

Test(slipdoc, chinese_forms_by_name)
{
	sd_chinese c = SD_ZH_NONE;

	cr_expect(sd_chinese_parse("traditional", &c));
	cr_expect_eq(c, SD_ZH_TRADITIONAL);
	cr_expect(sd_chinese_parse("simplified", &c));
	cr_expect_eq(c, SD_ZH_SIMPLIFIED);
	cr_expect(sd_chinese_parse("none", &c));
	cr_expect_eq(c, SD_ZH_NONE);
	cr_expect_not(sd_chinese_parse("Traditional", &c));
	cr_expect_not(sd_chinese_parse("", &c));
	cr_expect_not(sd_chinese_parse(NULL, &c));
	cr_expect_str_eq(sd_chinese_name(SD_ZH_TRADITIONAL), "traditional");
}
