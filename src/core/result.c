/* The check result (result.h): the stage, the verdict and its words. */
#include "core/result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/early.h"
#include "core/evaluate.h"
#include "core/verdict_query.h"
#include "core/slip.h"
#include "core/text.h"

/* the text "verdict:KEY" or [ways] KEY; "" when missing (load checks) */
static const char *T(const ed_rules *r, const char *key)
{
	const char *t = rules_text(r, key);
	return t ? t : "";
}

static void add_line(ed_result *res, ed_result_line *l, ed_severity sev, int indent,
		     const char *tmpl, const char *const *pairs)
{
	char buf[2000];

	text_fill_pairs(buf, sizeof buf, tmpl, pairs);
	l->sev = sev;
	l->indent = indent;
	l->text = text_dup(buf);
	if (!l->text)
		res->failed = true;
}

static void add_summary(ed_result *res, ed_severity sev, int indent, const char *key,
			const char *const *pairs)
{
	if (res->n_lines < RESULT_MAX_LINES)
		add_line(res, &res->lines[res->n_lines++], sev, indent, key, pairs);
}

/* "a; b; c" of the set bits' [verdict] PREFIX_CODE; returns how many */
static int words(const ed_rules *r, const char *prefix, unsigned bits, int count,
		 bool reasons, char *out, size_t size)
{
	size_t n = 0;
	int k = 0;

	out[0] = '\0';
	for (int i = 0; i < count; i++) {
		char key[96];
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "verdict:%s_%s", prefix,
			 reasons ? reason_code((ed_reason)i) : review_code((ed_review)i));
		if (n < size)
			n += (size_t)snprintf(out + n, size - n, "%s%s", k ? "; " : "", T(r, key));
		k++;
	}
	return k;
}

int result_reason_words(const ed_rules *r, unsigned bits, char *out, size_t size)
{
	return words(r, "reason", bits, R_COUNT, true, out, size);
}

/* the slip's own words for `tmpl` ("{way_until}"), "" when none */
static char *slip_words(ed_result *res, const ed_rules *r, const char *tmpl)
{
	bool all = res->stage == STAGE_VERDICT;
	char *s = slip_fill_way(&res->p.a, all ? NULL : res->p.known, &res->v, r, tmpl);

	if (!s)
		res->failed = true;
	return s;
}

/* the way in, its deadline and area, in the slip's words */
static void set_way(ed_result *res, const ed_rules *r)
{
	const ed_verdict *v = &res->v;
	const ed_way *in = v->flow == FLOW_TRANSIT ? verdict_way_in(v) : NULL;

	res->way_in = in;
	if (in) {
		res->way = slip_words(res, r, "{way}");
		res->area_words = slip_words(res, r, "{way_area}");
		res->has_deadline = in->has_until;
		res->deadline = in->until;
	} else if (v->flow == FLOW_EPASS && v->outcome == OUTCOME_ELIGIBLE &&
		   res->stage == STAGE_VERDICT) {
		res->has_deadline = true;
		res->deadline = v->valid_until;
	}
	if (res->has_deadline)
		res->deadline_words = slip_words(res, r, in ? "{way_until}" :
						 "{valid_until_time} on {valid_until_day}");
	if (!res->way)
		res->way = text_dup("");
	if (!res->area_words)
		res->area_words = text_dup("");
	if (!res->deadline_words)
		res->deadline_words = text_dup("");
	if (!res->way || !res->area_words || !res->deadline_words)
		res->failed = true;
}

/* the headline: the outcome in words, never by colour alone */
static void set_headline(ed_result *res, const ed_rules *r)
{
	const ed_verdict *v = &res->v;
	const ed_way *in = res->way_in;
	const char *pairs[] = { "way", res->way ? res->way : "", NULL };
	const char *key;
	ed_severity sev;

	if (res->stage == STAGE_EARLY) {
		key = v->flow == FLOW_EPASS ? "verdict:early_epass" : "verdict:early_transit";
		sev = SEV_PRELIMINARY;
	} else if (v->flow == FLOW_TRANSIT) {
		/* the way in decides (issue 9), in rules.ini's words */
		key = !in ? v->not_foreign ? "ways:screen_not_foreign" :
		      v->passport_expired ? "ways:screen_renew" : "ways:screen_visa" :
		      in->outcome == OUTCOME_ELIGIBLE ? "ways:screen_eligible" :
		      "ways:screen_review";
		sev = !in ? SEV_NOT_ELIGIBLE : in->outcome == OUTCOME_ELIGIBLE ? SEV_ELIGIBLE :
		      SEV_CONFIRM;
	} else {
		key = v->outcome == OUTCOME_ELIGIBLE ? "verdict:epass_eligible" :
		      v->outcome == OUTCOME_REVIEW ? "verdict:epass_review" :
		      "verdict:epass_not_eligible";
		sev = v->outcome == OUTCOME_ELIGIBLE ? SEV_ELIGIBLE :
		      v->outcome == OUTCOME_REVIEW ? SEV_CONFIRM : SEV_NOT_ELIGIBLE;
	}
	add_line(res, &res->headline, sev, 2, T(r, key), pairs);
}

/* The summary under the headline: the deadline only when it is granted;
 * another way in where the port's transit failed; when not eligible, the
 * failing conditions in short words (the slip below may be long: they must
 * not hide 20 lines down); the points border inspection confirms. */
static void set_summary(ed_result *res, const ed_rules *r)
{
	const ed_verdict *v = &res->v;
	const ed_way *in = res->way_in;
	unsigned reasons = v->flow == FLOW_TRANSIT && in ? 0 : reasons_deciding(v->reasons);
	unsigned reviews = in ? in->reviews : v->reviews;
	char list[1200], count[16], when[32];

	if (res->has_deadline) {
		const char *pairs[] = { "deadline", when, NULL };
		moment_format(res->deadline, when, sizeof when);
		add_summary(res, SEV_STRONG, 2, T(r, in ? "verdict:deadline" :
						  "verdict:valid_until"), pairs);
	}
	if (v->flow == FLOW_TRANSIT && in && v->reasons) {
		/* name both, so ELIGIBLE never stands above a failing condition alone */
		const char *pairs[] = { "failed", v->port_scheme ? v->port_scheme->id : "",
					"reasons", list, "way", res->way, NULL };
		result_reason_words(r, v->reasons, list, sizeof list);
		add_summary(res, SEV_CONFIRM, 3, T(r, "verdict:other_way"), pairs);
	}
	if (reasons) {
		int k = result_reason_words(r, reasons, list, sizeof list);
		const char *pairs[] = { "count", count, "reasons", list, NULL };
		snprintf(count, sizeof count, "%d", k);
		add_summary(res, SEV_NOT_ELIGIBLE, 4,
			    T(r, k == 1 ? "verdict:fails_one" : "verdict:fails"), pairs);
	}
	if (reviews) {
		const char *pairs[] = { "points", list, NULL };
		words(r, "review", reviews, V_COUNT, false, list, sizeof list);
		add_summary(res, SEV_CONFIRM, 3, T(r, "verdict:to_confirm"), pairs);
	}
}

/* the early verdict's text: the rules' date (a verdict is only as good as
 * it), the conditions already failing in short words, and the rules' fix
 * where it needs no value not yet known */
static char *early_text(const ed_rules *r, unsigned bits)
{
	text_buf b = {0};
	const char *prefix = T(r, "slip:fix_prefix");
	char asof[16], line[256];
	const char *pairs[] = { "date", asof, NULL };

	date_format(rules_newest_as_of(r), asof, sizeof asof);
	text_fill_pairs(line, sizeof line, T(r, "verdict:rules_as_of"), pairs);
	text_wrap(&b, line, SLIP_WIDTH, "", "");
	text_wrap(&b, "", SLIP_WIDTH, "", "");
	for (int i = 0; i < R_COUNT; i++) {
		char key[96], fix[1024];
		const char *t;
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "verdict:reason_%s", reason_code((ed_reason)i));
		text_wrap(&b, T(r, key), SLIP_WIDTH, "- ", "  ");
		snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)i));
		t = rules_text(r, key);
		if (!t || strchr(t, '{'))
			continue;
		snprintf(fix, sizeof fix, "%s %s", prefix, t);
		text_wrap(&b, fix, SLIP_WIDTH, "  ", "  ");
	}
	return text_buf_take(&b);
}

static void finish(ed_result *out, const ed_rules *r, const char *source);

/* the complete check, when the answers make one */
static bool complete(ed_result *res, const ed_raw_answers *raw, const ed_rules *r,
		     ed_date today, const char *source)
{
	if (!answers_parse(raw, r, today, source, &res->p.a, &res->err))
		return false;
	for (int i = 0; i < AK_COUNT; i++)
		res->p.known[i] = true;
	res->p.today = today;
	verdict_evaluate(&res->p.a, r, &res->v);
	res->stage = STAGE_VERDICT;
	return true;
}

bool result_build(ed_result *out, ed_result_ask ask, ed_flow flow, const ed_raw_answers *raw,
		  const ed_rules *r, ed_date today, const char *source)
{
	const char *named = raw_get(raw, AK_FLOW);
	unsigned bits;

	memset(out, 0, sizeof *out);
	if (ask == RESULT_PREVIEW)
		return result_preview(out, raw, r, today);
	if (named && *named)
		flow_parse(named, &flow);
	out->v.flow = flow;
	if (complete(out, raw, r, today, source)) {
		out->doc = result_slip_doc(out, r);
	} else if (ask != RESULT_COMPLETE && flow == FLOW_EPASS &&
		   epass_refusal_so_far(raw, r, today, &out->p, &out->v)) {
		/* final, and its slip prints only what was answered */
		out->stage = STAGE_REFUSAL;
		out->doc = result_slip_doc(out, r);
	} else if (ask == RESULT_SO_FAR &&
		   (bits = verdict_rule_out(flow, raw, r, today)) != 0) {
		partial_build(flow, raw, r, today, &out->p);
		out->stage = STAGE_EARLY;
		out->v.flow = flow;
		out->v.outcome = OUTCOME_NOT_ELIGIBLE;
		out->v.reasons = bits;
		snprintf(out->v.scheme_id, sizeof out->v.scheme_id, "none");
		out->slip = early_text(r, bits);
		out->failed = !out->slip;
	} else {
		out->stage = STAGE_NONE;
		return false;
	}
	finish(out, r, source);
	return true;
}

/* the result of answers judged elsewhere; a and v are copied */
static bool result_of_check(ed_result *out, const ed_answers *a, const ed_verdict *v,
			    const ed_rules *r)
{
	memset(out, 0, sizeof *out);
	out->p.a = *a;
	for (int i = 0; i < AK_COUNT; i++)
		out->p.known[i] = true;
	out->p.today = a->date;
	out->v = *v;
	out->stage = STAGE_VERDICT;
	out->doc = result_slip_doc(out, r);
	finish(out, r, NULL);
	return !out->failed;
}

bool result_add_slip(sd_slips *s, const ed_answers *a, const ed_verdict *v,
		     const ed_rules *r)
{
	ed_result res;
	bool ok = result_of_check(&res, a, v, r);

	if (ok) {
		ok = sd_slips_add(s, res.doc, slip_chinese_for(&res.p.a));
		res.doc = NULL; /* the set owns it, or freed it */
	}
	result_free(&res);
	return ok;
}

/* the slip text, the way in and the words of a result whose stage is set */
static void finish(ed_result *out, const ed_rules *r, const char *source)
{
	out->printable = out->stage != STAGE_EARLY;
	if (out->doc) {
		out->slip = slipdoc_text(out->doc, SLIP_WIDTH, false);
		out->failed = !out->slip;
	} else if (out->printable) {
		out->failed = true;
	}
	if (out->stage == STAGE_EARLY) {
		out->way = text_dup("");
		out->area_words = text_dup("");
		out->deadline_words = text_dup("");
		out->failed |= !out->way || !out->area_words || !out->deadline_words;
	} else {
		set_way(out, r);
	}
	set_headline(out, r);
	if (out->stage != STAGE_EARLY)
		set_summary(out, r);
	if (out->failed)
		error_set(&out->err, source, NULL, NULL, "out of memory");
}

slipdoc *result_slip_doc(const ed_result *res, const ed_rules *r)
{
	if (res->stage != STAGE_VERDICT && res->stage != STAGE_REFUSAL)
		return NULL;
	/* the age warning compares the rules with the day of the check */
	return slip_doc_known(&res->p.a, res->stage == STAGE_VERDICT ? NULL : res->p.known,
			      &res->v, r, res->p.a.date);
}

void result_free(ed_result *res)
{
	if (!res)
		return;
	free(res->way);
	free(res->deadline_words);
	free(res->area_words);
	free(res->headline.text);
	for (size_t i = 0; i < res->n_lines; i++)
		free(res->lines[i].text);
	slipdoc_free(res->doc);
	free(res->slip);
	memset(res, 0, sizeof *res);
}

size_t result_screen_lines(const ed_result *res, const ed_result_line **out, size_t max)
{
	size_t n = 0;

	if (res->headline.text && n < max)
		out[n++] = &res->headline;
	for (size_t i = 0; i < res->n_lines && n < max; i++)
		if (res->lines[i].text)
			out[n++] = &res->lines[i];
	return n;
}

char *result_screen_text(const ed_result *res)
{
	const ed_result_line *lines[RESULT_MAX_LINES + 1];
	size_t n = result_screen_lines(res, lines, RESULT_MAX_LINES + 1);
	text_buf b = {0};

	for (size_t i = 0; i < n; i++)
		text_buf_printf(&b, "%s\n", lines[i]->text);
	text_buf_printf(&b, "\n%s", res->slip ? res->slip : "");
	return text_buf_take(&b);
}

