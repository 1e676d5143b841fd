/* Every text of rules.ini has its Chinese form: a slip handed to border
 * staff must not fall back to English only because a line was forgotten.
 * The fixture rules-min.ini, with one line left out or added. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"
#include "load/rules_load.h"

/* rules-min.ini without the line starting `drop` (may be NULL), with
 * `extra` appended, loaded: false and *e filled when it is refused */
static bool load_variant(const char *drop, const char *extra, ed_error *e)
{
	char path[] = "/tmp/entrydesk-zh-XXXXXX", line[2048];
	FILE *in = fopen("tests/data/rules-min.ini", "r"), *out;
	int fd = mkstemp(path);
	ed_rules r;
	bool ok;

	cr_assert(in && fd >= 0);
	out = fdopen(fd, "w");
	cr_assert(out);
	while (fgets(line, sizeof line, in))
		if (!drop || strncmp(line, drop, strlen(drop)))
			fputs(line, out);
	fprintf(out, "\n%s", extra ? extra : "");
	fclose(in);
	fclose(out);
	memset(e, 0, sizeof *e);
	ok = rules_load(path, &r, e);
	if (ok)
		rules_free(&r);
	unlink(path);
	return ok;
}

/* its data sections (labels, sources, scope texts) have no _zh: they
 * are no texts of the slip's wording */
Test(texts_zh, the_fixture_with_all_its_chinese_loads)
{
	ed_error e;

	cr_expect(load_variant(NULL, NULL, &e), "%s", e.msg);
	cr_expect(load_variant(NULL, "[reminders.extra]\nnote = x\nnote_zh = 注\n", &e), "%s", e.msg);
}

Test(texts_zh, a_text_without_its_chinese_is_refused)
{
	ed_error e;

	cr_assert_not(load_variant(NULL, "[reminders.extra]\nnote = x\n", &e));
	cr_expect_str_eq(e.section, "reminders.extra");
	cr_expect_str_eq(e.key, "note_zh");
	cr_expect(strstr(e.msg, "missing Chinese text"), "%s", e.msg);
}

Test(texts_zh, an_empty_chinese_text_is_refused)
{
	ed_error e;

	cr_assert_not(load_variant(NULL, "[reminders.extra]\nx = y\nx_zh = \"  \"\n", &e));
	cr_expect_str_eq(e.section, "reminders.extra");
	cr_expect_str_eq(e.key, "x_zh");
}

Test(texts_zh, a_reason_fix_without_its_chinese_is_refused)
{
	ed_error e;

	cr_assert_not(load_variant("fix_zh = 中文：make visa_refusal hold", NULL, &e));
	cr_expect_str_eq(e.section, "reason.visa_refusal");
	cr_expect_str_eq(e.key, "fix_zh");
}

Test(texts_zh, chinese_without_its_english_is_refused)
{
	ed_error e;

	cr_assert_not(load_variant(NULL, "[reminders.extra]\nnote_zh = 注\n", &e));
	cr_expect_str_eq(e.section, "reminders.extra");
	cr_expect_str_eq(e.key, "note_zh");
	cr_expect(strstr(e.msg, "without its English"), "%s", e.msg);
}
