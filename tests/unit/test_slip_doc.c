/* The slip document of a real check (slip_doc, which the text slip and
 * the PDF both draw): the way in first, the deadline in English and
 * Chinese words, the lists complete, the header masked, every text in
 * both languages, the text slip in 80 columns, and which Chinese each
 * flow gets. */
#include <stdio.h>
#include <stdlib.h>

#include "helpers.h"
#include "core/evaluate.h"
#include "core/slip.h"
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

TestSuite(slip_doc, .init = setup, .fini = teardown);

static slipdoc *build(const char *golden)
{
	ed_error err = {0};
	slipdoc *d;

	cr_assert(answers_load(golden, &RAW, &err), "%s", err.msg);
	cr_assert(answers_parse(&RAW, &R, TODAY, golden, &A, &err), "%s", err.msg);
	verdict_evaluate(&A, &R, &V);
	d = slip_doc(&A, &V, &R, A.date);
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

Test(slip_doc, the_240h_slip_leads_with_the_way_in_and_its_deadline)
{
	slipdoc *d = build("tests/golden/transit_240h_eligible.ini");
	const sd_block *list = find(d, SD_LIST);

	cr_assert_geq(d->n_blocks, 3);
	cr_expect_eq(d->blocks[0].kind, SD_TITLE);
	cr_expect_eq(d->blocks[1].kind, SD_OUTCOME);
	cr_expect(!strncmp(d->blocks[1].text.en, "May enter without a visa: 240-hour visa-free "
			   "transit; leave before 24:00 on Wednesday 11 March 2026;", 100),
		  "%s", d->blocks[1].text.en);
	cr_expect(strstr(d->blocks[1].text.zh, "可免签入境：240小时过境免签；"
			 "须于2026年3月11日（星期三）24:00前离境"), "%s", d->blocks[1].text.zh);
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

/* a regime of its own: its Chinese name and the Chinese date in the
 * first line, the area in one line */
Test(slip_doc, the_unilateral_slip_leads_in_both_languages)
{
	slipdoc *d = build("tests/golden/regime_deu_round_trip.ini");
	const sd_block *area = find(d, SD_KV);

	cr_assert_eq(d->blocks[1].kind, SD_OUTCOME);
	cr_expect_str_eq(d->blocks[1].text.zh, "可免签入境：30天免签入境（单方面免签政策）；"
			 "须于2026年12月31日（星期四）24:00前离境；可前往中国内地任何地区。");
	cr_expect_eq(d->blocks[2].kind, SD_DEADLINE);
	cr_assert(area);
	cr_expect_str_eq(area->label.en, "Permitted area");
	cr_expect_str_eq(area->text.en, "anywhere in mainland China");
	cr_expect_str_eq(area->text.zh, "可前往中国内地任何地区");
	slipdoc_free(d);
}

Test(slip_doc, the_hainan_slip_names_the_island_in_chinese)
{
	slipdoc *d = build("tests/golden/regime_hainan.ini");

	cr_expect(strstr(d->blocks[1].text.zh, "海南30天免签入境（61国）"), "%s", d->blocks[1].text.zh);
	cr_expect(strstr(d->blocks[1].text.zh, "仅限海南省"), "%s", d->blocks[1].text.zh);
	slipdoc_free(d);
}

/* every block with words of rules.ini has their Chinese form, and no
 * Chinese line carries an English date */
Test(slip_doc, every_text_has_its_chinese_with_chinese_dates)
{
	static const char *const goldens[] = {
		"epass_eligible", "epass_not_eligible", "transit_144h_eligible",
		"transit_240h_eligible", "transit_240h_review", "transit_24h_direct",
		"transit_not_eligible", "regime_deu_round_trip", "regime_usa_round_trip_visa",
		"regime_vnm_240h", "regime_hainan",
	};
	static const char *const english[] = {
		"January", "March", "December", "Monday", "Sunday", NULL,
	};

	for (size_t g = 0; g < sizeof goldens / sizeof *goldens; g++) {
		char path[128];
		slipdoc *d;

		snprintf(path, sizeof path, "tests/golden/%s.ini", goldens[g]);
		d = build(path);
		for (size_t i = 0; i < d->n_blocks; i++) {
			const sd_block *b = &d->blocks[i];
			if (b->kind == SD_KV || b->kind == SD_LIST)
				continue; /* values that are data: names, codes */
			cr_expect(b->text.zh && *b->text.zh, "%s: block %zu (%s) has no Chinese",
				  goldens[g], i, b->text.en);
			for (const char *const *w = english; b->text.zh && *w; w++)
				cr_expect(!strstr(b->text.zh, *w), "%s: '%s' in %s", goldens[g], *w,
					  b->text.zh);
		}
		slipdoc_free(d);
		raw_clear(&RAW);
	}
}

/* every text of the slip, English and Chinese, fits the text slip */
Test(slip_doc, every_golden_renders_in_80_columns_with_chinese)
{
	static const char *const goldens[] = {
		"epass_eligible", "epass_not_eligible", "transit_144h_eligible",
		"transit_240h_eligible", "transit_240h_review", "transit_24h_direct",
		"transit_not_eligible", "regime_deu_round_trip", "regime_usa_round_trip_visa",
		"regime_vnm_240h", "regime_hainan",
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

Test(slip_doc, a_refusal_has_no_deadline_and_says_what_would_fix_it)
{
	slipdoc *d = build("tests/golden/transit_not_eligible.ini");
	const sd_block *note = find(d, SD_NOTE);

	cr_expect_null(find(d, SD_DEADLINE), "a refused traveller got a deadline");
	cr_expect_str_eq(d->blocks[1].text.en, "A visa is needed: no visa-free way in applies.");
	cr_expect_null(find(d, SD_LIST));
	cr_assert(note);
	cr_expect(strncmp(note->text.en, "To meet it: ", 12) == 0, "%s", note->text.en);
	cr_expect(strncmp(note->text.zh, "如需符合：", strlen("如需符合：")) == 0, "%s", note->text.zh);
	slipdoc_free(d);
}

Test(slip_doc, chinese_by_flow_unless_the_check_says)
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
