/* The slip document of a real check (temporary builder, issue 11): the
 * outcome first, the deadline in English and Chinese words, the lists
 * complete, the header masked, the text slip in 80 columns, and which
 * Chinese each flow gets. */
#include <stdio.h>
#include <stdlib.h>

#include "helpers.h"
#include "core/slip_build.h"
#include "core/text.h"
#include "load/answers_io.h"

static const ed_date TODAY = {2026, 11, 21};
static ed_rules R;
static ed_raw_answers RAW;
static ed_answers A;
static ed_verdict V;

static void setup(void)
{
	load_rules_or_die(RULES_PATH, &R);
}

static void teardown(void)
{
	raw_clear(&RAW);
	rules_free(&R);
}

TestSuite(slip_build, .init = setup, .fini = teardown);

static slipdoc *build(const char *golden)
{
	ed_error err = {0};
	slipdoc *d;

	cr_assert(answers_load(golden, &RAW, &err), "%s", err.msg);
	cr_assert(answers_parse(&RAW, &R, TODAY, golden, &A, &err), "%s", err.msg);
	verdict_evaluate(&A, &R, &V);
	d = slip_build(&A, &V, &R, A.date);
	cr_assert(d);
	return d;
}

static const sd_block *find(const slipdoc *d, sd_kind k)
{
	for (size_t i = 0; i < d->n_blocks; i++)
		if (d->blocks[i].kind == k)
			return &d->blocks[i];
	return NULL;
}

Test(slip_build, the_240h_slip_leads_with_outcome_and_deadline)
{
	slipdoc *d = build("tests/golden/transit_240h_eligible.ini");
	const sd_block *list = find(d, SD_LIST);

	cr_assert_geq(d->n_blocks, 3);
	cr_expect_eq(d->blocks[0].kind, SD_TITLE);
	cr_expect_eq(d->blocks[1].kind, SD_OUTCOME);
	cr_expect_str_eq(d->blocks[1].text.en, "ELIGIBLE for 240-hour visa-free transit.");
	cr_expect_str_eq(d->blocks[1].text.zh, "符合240小时过境免签条件。");
	cr_expect_eq(d->blocks[2].kind, SD_DEADLINE);
	cr_expect(strstr(d->blocks[2].text.en, "24:00 on Wednesday 11 March 2026"),
		  "%s", d->blocks[2].text.en);
	cr_expect(strstr(d->blocks[2].text.zh, "2026年3月11日（星期三）24:00之前"),
		  "%s", d->blocks[2].text.zh);
	cr_assert(list);
	cr_expect_eq(list->n_items, 24, "24 provinces");
	cr_expect_str_eq(list->items[16].zh, "广东省");
	cr_expect_str_eq(d->document, "******567");
	cr_expect_str_eq(d->name, "MILLER, JANE");
	cr_expect_eq(d->blocks[d->n_blocks - 1].kind, SD_FOOTER);
	slipdoc_free(d);
}

/* every text of the slip, English and Chinese, fits the text slip */
Test(slip_build, every_golden_renders_in_80_columns_with_chinese)
{
	static const char *const goldens[] = {
		"epass_eligible", "epass_not_eligible", "transit_144h_eligible",
		"transit_240h_eligible", "transit_240h_review", "transit_24h_direct",
		"transit_not_eligible",
	};

	for (size_t g = 0; g < sizeof goldens / sizeof *goldens; g++) {
		char path[128], *t, *line, *save = NULL;
		slipdoc *d;

		snprintf(path, sizeof path, "tests/golden/%s.ini", goldens[g]);
		d = build(path);
		t = slipdoc_text(d, 80, true);
		cr_assert(t);
		cr_expect(strstr(t, "{") == NULL, "%s: a placeholder left unfilled", goldens[g]);
		for (line = strtok_r(t, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
			cr_expect_leq(text_columns(line), 80, "%s: %s", goldens[g], line);
		free(t);
		slipdoc_free(d);
		raw_clear(&RAW);
	}
}

Test(slip_build, a_refusal_has_no_deadline_and_says_what_would_fix_it)
{
	slipdoc *d = build("tests/golden/transit_not_eligible.ini");
	const sd_block *note = find(d, SD_NOTE);

	cr_expect_null(find(d, SD_DEADLINE), "a refused traveller got a deadline");
	cr_expect_null(find(d, SD_LIST));
	cr_assert(note);
	cr_expect(strncmp(note->text.en, "To meet it: ", 12) == 0, "%s", note->text.en);
	cr_expect(strncmp(note->text.zh, "如需符合：", strlen("如需符合：")) == 0, "%s", note->text.zh);
	slipdoc_free(d);
}

Test(slip_build, chinese_by_flow_unless_the_check_says)
{
	ed_answers a = {0};

	a.flow = FLOW_TRANSIT;
	cr_expect_eq(slip_chinese_for(&a), SD_ZH_SIMPLIFIED);
	a.flow = FLOW_EPASS;
	cr_expect_eq(slip_chinese_for(&a), SD_ZH_TRADITIONAL);
	a.slip_chinese = "none";
	cr_expect_eq(slip_chinese_for(&a), SD_ZH_NONE);
	a.flow = FLOW_TRANSIT;
	a.slip_chinese = "traditional";
	cr_expect_eq(slip_chinese_for(&a), SD_ZH_TRADITIONAL);
}
