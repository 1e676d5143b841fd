/* One check result (issue 16.1): every golden case of tests/golden
 * (refusals and the early e-pass refusal included), rendered as the
 * verdict screen draws it (result_screen_text, the function the view
 * uses), as the text slip `check` prints (its golden NAME.txt) and as
 * the typeset PDF (the result's slip document through ./entrydesk-slip,
 * read back with pdftotext), says the same way in, deadline and area; the
 * [verdict] of `check --format ini` (NAME.verdict) the same way in and
 * deadline. And an early transit verdict: no slip, the failing conditions
 * in short words. */
#define _GNU_SOURCE /* asprintf */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/date.h"
#include "core/result.h"
#include "core/slip.h"
#include "core/slipdoc_io.h"
#include "load/answers_io.h"
#include "helpers.h"

static const ed_date golden_today = {2026, 11, 21}; /* tests/golden/regen.sh */

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	size_t n = 0;

	cr_assert(f, "cannot read %s", path);
	cr_assert(getdelim(&s, &n, '\0', f) >= 0 || feof(f));
	fclose(f);
	return s ? s : strdup("");
}

/* whitespace runs as one space: the PDF and the slip wrap lines apart */
static char *flat(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	bool space = false;

	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\f' || *s == '\r') {
			space = true;
			continue;
		}
		if (space && o > out)
			*o++ = ' ';
		space = false;
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

static bool has(const char *text, const char *words)
{
	char *a = flat(text), *b = flat(words);
	bool yes = strstr(a, b) != NULL;

	free(a);
	free(b);
	return yes;
}

/* the value of `key = ` in a [verdict] text, "" when absent */
static void ini_value(const char *ini, const char *key, char *out, size_t size)
{
	char pat[64];
	const char *p;

	snprintf(pat, sizeof pat, "\n%s = ", key);
	out[0] = '\0';
	if (!(p = strstr(ini, pat)))
		return;
	p += strlen(pat);
	snprintf(out, size, "%.*s", (int)strcspn(p, "\n"), p);
}

/* the PDF of the result's slip document, as text */
static char *pdf_text(const ed_result *res, const ed_rules *r, const char *name)
{
	sd_slips slips = {0};
	char *stream, *cmd, stream_path[64], pdf_path[64], txt_path[64];
	char *text;
	FILE *f;

	cr_assert(access("./entrydesk-slip", X_OK) == 0, "./entrydesk-slip is not built");
	cr_assert(sd_slips_add(&slips, result_slip_doc(res, r), slip_chinese_for(&res->p.a)));
	stream = sd_slips_write(&slips);
	sd_slips_free(&slips);
	cr_assert(stream);
	snprintf(stream_path, sizeof stream_path, "/tmp/ed-result-%d.slips", (int)getpid());
	snprintf(pdf_path, sizeof pdf_path, "/tmp/ed-result-%d.pdf", (int)getpid());
	snprintf(txt_path, sizeof txt_path, "/tmp/ed-result-%d.txt", (int)getpid());
	f = fopen(stream_path, "w");
	cr_assert(f);
	fputs(stream, f);
	fclose(f);
	free(stream);
	cr_assert(asprintf(&cmd, "./entrydesk-slip --output %s < %s && pdftotext -enc UTF-8 %s %s",
			   pdf_path, stream_path, pdf_path, txt_path) > 0);
	cr_assert_eq(system(cmd), 0, "%s: entrydesk-slip or pdftotext failed", name);
	free(cmd);
	text = read_all(txt_path);
	unlink(stream_path);
	unlink(pdf_path);
	unlink(txt_path);
	return text;
}

/* the words the screen draws above the slip */
static char *summary_text(const ed_result *res)
{
	const ed_result_line *lines[RESULT_MAX_LINES + 1];
	size_t n = result_screen_lines(res, lines, RESULT_MAX_LINES + 1);
	text_buf b = {0};

	for (size_t i = 0; i < n; i++)
		text_buf_printf(&b, "%s\n", lines[i]->text);
	return text_buf_take(&b);
}

static void one_case(const char *ini_path, const ed_rules *r, bool with_pdf)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	ed_result res;
	char base[256], *path, *slip_golden, *verdict_golden, *screen, *summary, *pdf = NULL;
	char want[64], got[64];

	snprintf(base, sizeof base, "%.*s", (int)(strlen(ini_path) - 4), ini_path);
	cr_assert(answers_load(ini_path, &raw, &err), "%s", err.msg);
	cr_assert(result_build(&res, RESULT_FINAL, FLOW_TRANSIT, &raw, r, golden_today, ini_path),
		  "%s: %s", ini_path, res.err.msg);
	cr_assert(!res.failed && res.printable && res.slip && res.doc, "%s", ini_path);
	cr_assert(res.stage == STAGE_VERDICT || res.stage == STAGE_REFUSAL);

	/* (b) the text slip is the one `check` prints */
	cr_assert(asprintf(&path, "%s.txt", base) > 0);
	slip_golden = read_all(path);
	free(path);
	cr_assert_str_eq(res.slip, slip_golden, "%s: the result's slip is not check's", base);
	cr_assert(asprintf(&path, "%s.verdict", base) > 0);
	verdict_golden = read_all(path);
	free(path);

	screen = result_screen_text(&res); /* (a), as the view draws it */
	summary = summary_text(&res);
	cr_assert(screen && summary);
	cr_assert(has(screen, res.slip), "%s: the screen does not show the slip", base);
	if (with_pdf)
		pdf = pdf_text(&res, r, base);

	/* the way in: in the headline, on the slip, in the PDF */
	if (*res.way) {
		cr_assert(has(summary, res.way), "%s: the screen's top does not name %s", base,
			  res.way);
		cr_assert(has(res.slip, res.way), "%s: the slip does not name %s", base, res.way);
		cr_assert(!pdf || has(pdf, res.way), "%s: the PDF does not name %s", base, res.way);
		ini_value(verdict_golden, "way_in", got, sizeof got);
		cr_assert_str_eq(got, res.way_in->regime->id, "%s: --format ini's way in", base);
	}
	/* the deadline: on the screen's top as typed dates, in words on the
	 * slip and in the PDF; --format ini the same moment */
	if (res.has_deadline) {
		moment_format(res.deadline, want, sizeof want);
		cr_assert(has(summary, want), "%s: the screen's top has no deadline %s", base, want);
		/* the words name the moment the screen shows */
		{
			char day[64], hm[8], words[96];
			date_format_long(res.deadline.date, day, sizeof day);
			time_format(res.deadline.minute, hm, sizeof hm);
			snprintf(words, sizeof words, "%s on %s", hm, day);
			cr_assert_str_eq(res.deadline_words, words, "%s", base);
		}
		cr_assert(has(res.slip, res.deadline_words), "%s: the slip has no %s", base,
			  res.deadline_words);
		cr_assert(!pdf || has(pdf, res.deadline_words), "%s: the PDF has no %s", base,
			  res.deadline_words);
		ini_value(verdict_golden, res.way_in ? "way_in_until" : "valid_until", got,
			  sizeof got);
		cr_assert_str_eq(got, want, "%s: --format ini's deadline", base);
	} else {
		for (size_t i = 0; i < res.n_lines; i++)
			cr_assert(res.lines[i].sev != SEV_STRONG, "%s: a deadline with no way in",
				  base);
	}
	/* the area, as the slip words it, on the screen and in the PDF */
	if (*res.area_words) {
		cr_assert(has(screen, res.area_words), "%s: the screen lacks %s", base,
			  res.area_words);
		cr_assert(has(res.slip, res.area_words), "%s", base);
		cr_assert(!pdf || has(pdf, res.area_words), "%s: the PDF lacks %s", base,
			  res.area_words);
	}
	/* no way in: the headline and --format ini both say not eligible */
	ini_value(verdict_golden, res.v.flow == FLOW_TRANSIT ? "way_in_outcome" : "outcome", got,
		  sizeof got);
	cr_assert_eq(res.headline.sev == SEV_NOT_ELIGIBLE, !strcmp(got, "not_eligible"),
		     "%s: headline %s, --format ini %s", base, res.headline.text, got);
	cr_assert_eq(res.headline.sev == SEV_ELIGIBLE, !strcmp(got, "eligible"),
		     "%s: headline %s, --format ini %s", base, res.headline.text, got);

	free(pdf);
	free(summary);
	free(screen);
	free(verdict_golden);
	free(slip_golden);
	result_free(&res);
	raw_clear(&raw);
}

static void every_golden(bool with_pdf)
{
	ed_rules r;
	glob_t g;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert_eq(glob("tests/golden/*.ini", 0, NULL, &g), 0);
	/* the refusals and early refusal are among them */
	cr_assert_geq(g.gl_pathc, 16);
	for (size_t i = 0; i < g.gl_pathc; i++)
		one_case(g.gl_pathv[i], &r, with_pdf);
	globfree(&g);
	rules_free(&r);
}

Test(result, screen_and_text_slip_agree_on_way_in_deadline_and_area)
{
	every_golden(false);
}

Test(result, the_pdf_agrees_with_screen_and_slip, .timeout = 120)
{
	every_golden(true);
}

Test(result, an_early_transit_verdict_names_what_fails_and_prints_nothing)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	ed_result res;
	char *screen;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(answers_load("tests/data/result/early_transit.ini", &raw, &err), "%s", err.msg);
	/* check: not a check yet, and the message names the answer to give */
	cr_assert_not(result_build(&res, RESULT_FINAL, FLOW_TRANSIT, &raw, &r, golden_today,
				   "early_transit.ini"));
	cr_assert(strstr(res.err.msg, "early_transit.ini") && strstr(res.err.msg, "[trip]"),
		  "%s", res.err.msg);
	result_free(&res);
	/* the wizard's F8 */
	cr_assert(result_build(&res, RESULT_SO_FAR, FLOW_TRANSIT, &raw, &r, golden_today, NULL));
	cr_assert_eq(res.stage, STAGE_EARLY);
	cr_assert_not(res.printable);
	cr_assert_null(res.doc);
	cr_assert_null(result_slip_doc(&res, &r));
	cr_assert_eq(res.headline.sev, SEV_PRELIMINARY);
	cr_assert_str_eq(res.way, "");
	cr_assert_not(res.has_deadline);
	cr_assert(res.v.reasons & (1u << R_PASSPORT_EXPIRED), "reasons %x", res.v.reasons);
	screen = result_screen_text(&res);
	cr_assert(strstr(screen, rules_text(&r, "verdict:reason_passport_expired")), "%s", screen);
	cr_assert(strstr(screen, rules_text(&r, "verdict:early_transit")), "%s", screen);
	free(screen);
	result_free(&res);
	raw_clear(&raw);
	rules_free(&r);
}

Test(result, an_early_epass_refusal_prints_only_what_was_answered)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	ed_result res;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(answers_load("tests/golden/epass_refusal_early.ini", &raw, &err), "%s", err.msg);
	cr_assert(result_build(&res, RESULT_SO_FAR, FLOW_EPASS, &raw, &r, golden_today, NULL));
	cr_assert_eq(res.stage, STAGE_REFUSAL);
	cr_assert_eq(res.headline.sev, SEV_NOT_ELIGIBLE);
	/* a Taiwan resident at the limit: none left (issue 16's trial) */
	cr_assert_eq(res.v.applications_left, 0);
	/* the permit expiry was not given: no stand-in date on the slip */
	cr_assert_null(strstr(res.slip, "9999"), "%s", res.slip);
	cr_assert_null(strstr(res.slip, "Permit valid to"), "%s", res.slip);
	result_free(&res);
	raw_clear(&raw);
	rules_free(&r);
}

Test(result, the_preview_says_the_travellers_own_way_in)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_result res;
	const char *kv[] = {
		"traveller.nationality", "DEU", "trip.entry_port", "PVG", "trip.entry_date", "2026-12-11",
		"trip.departure_date", "2027-01-02", NULL
	};

	load_rules_or_die(RULES_PATH, &r);
	raw_from_pairs(&raw, FLOW_TRANSIT, kv);
	/* a German round trip: the 30-day entry, not the port's 240 hours */
	cr_assert(result_preview(&res, &raw, &r, golden_today));
	cr_assert_eq(res.stage, STAGE_PREVIEW);
	cr_assert(res.way_in && res.way_in->version, "%s", res.headline.text);
	cr_assert_null(strstr(res.headline.text, "240"), "%s", res.headline.text);
	cr_assert(strstr(res.headline.text, res.way_in->version->label), "%s",
		  res.headline.text);
	result_free(&res);
	raw_clear(&raw);
	rules_free(&r);
}

/* An expired passport: the screen's summary names that one condition, as
 * the slip does; never the 240-hour transit's own (the exit deadline, the
 * third country), which would read as if another way were close */
Test(result, an_expired_passport_summary_names_the_passport_alone)
{
	ed_rules r;
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	ed_result res;
	char *screen;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(answers_load("tests/golden/passport_expired.ini", &raw, &err), "%s", err.msg);
	cr_assert(result_build(&res, RESULT_COMPLETE, FLOW_TRANSIT, &raw, &r, golden_today, NULL));
	cr_assert_eq(res.stage, STAGE_VERDICT);
	cr_assert(res.v.reasons & (1u << R_NOT_THIRD_COUNTRY), "the transit's own fails too");
	screen = result_screen_text(&res);
	cr_assert(strstr(screen, "Fails 1 condition"), "%s", screen);
	cr_assert(strstr(screen, rules_text(&r, "verdict:reason_passport_expired")), "%s", screen);
	cr_assert_null(strstr(screen, rules_text(&r, "verdict:reason_not_third_country")), "%s",
		       screen);
	free(screen);
	result_free(&res);
	raw_clear(&raw);
	rules_free(&r);
}
