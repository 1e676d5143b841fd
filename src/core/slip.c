/* The slip: one document (core/slipdoc.h) built from a verdict, in English
 * and Chinese, which the text slip (slip_render) and the PDF (src/pdf/)
 * both draw. The order is here: the way in first (the deadline in words,
 * the area in one line), the other ways in, the compact lists, what failed
 * and what would satisfy it, the points to confirm, the traveller, the
 * reminders, the legal basis, the rules' version and sources. Every word
 * comes from the text sections of rules.ini, each with its _zh form, with
 * {placeholders} filled from the answers and the verdict (slip_fill.c,
 * slip_values.c); the RESULT part is slip_ways.c's. */
#include "core/slip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip_fill.h"
#include "core/slip_values.h"
#include "core/slip_ways.h"
#include "core/text.h"
#include "core/verdict_query.h"

/* all but the last 3 characters as '*': enough to match the document,
 * not enough to copy it */
void slip_mask(const char *s, char *out, size_t size)
{
	if (!s)
		s = "";
	size_t chars = 0, i = 0, n = strlen(s), k = 0, seen = 0;
	unsigned cp;

	while (i < n) {
		i += text_decode(s + i, n - i, &cp);
		chars++;
	}
	for (i = 0; i < n && k + 5 < size;) {
		size_t len = text_decode(s + i, n - i, &cp);
		if (chars <= 3 || seen < chars - 3) {
			out[k++] = '*';
		} else {
			memcpy(out + k, s + i, len);
			k += len;
		}
		seen++;
		i += len;
	}
	out[k] = '\0';
}

/* ---- the slip's parts ---- */

/* one text of the page header, in English and Chinese, from rules.ini */
static void header_text(slip_ctx *c, const char *key, sd_text *field)
{
	char *en, *zh;

	slip_texts(c, key, &en, &zh);
	slipdoc_set_text(c->d, field, en, zh);
	free(en);
	free(zh);
}

/* the page header (the check's day, the traveller, the document) and the
 * title */
static void part_header(slip_ctx *c, bool epass)
{
	const ed_answers *a = c->a;
	const char *doc = epass ? a->permit_number : a->passport_number;
	char en[64], zh[64], masked[128];

	date_format_long(a->date, en, sizeof en);
	date_format_long_zh(a->date, zh, sizeof zh);
	slipdoc_set_text(c->d, &c->d->check_date, en, zh);
	header_text(c, "slip:page", &c->d->page);
	header_text(c, epass ? "slip:label_application_date" : "slip:label_check_date",
		    &c->d->date_label);
	header_text(c, "slip:label_name", &c->d->name_label);
	header_text(c, epass ? "slip:label_permit" : "slip:label_passport",
		    &c->d->document_label);
	slipdoc_set(c->d, &c->d->name, a->name && *a->name ? a->name : NULL);
	if (doc && *doc) {
		slip_mask(doc, masked, sizeof masked);
		slipdoc_set(c->d, &c->d->document, masked);
	}
	slip_add(c, SD_TITLE, epass ? "slip:title_epass" : "slip:title_transit");
}

/* the rules' version and the policy that decided, then the footer */
static void part_sources(slip_ctx *c, bool epass, ed_date today)
{
	slip_small(slip_kv_text(c, "slip:label_rules", "slip:rules_value"));
	/* an outdated rules file is no fine print */
	if (rules_outdated(c->r, today))
		slip_add(c, SD_PARA, "slip:rules_outdated");
	if (slip_policy_of(c->v)) {
		/* the policy's Chinese line is its Chinese name alone: its
		 * sources are English data, and repeating them under the
		 * English ones doubles the fine print (and the pages) */
		const char *key = !epass && slip_get(c, SV_regime_label) ?
				  "slip:policy_value_transit" : "slip:policy_value";
		const char *zh = slip_get_zh(c, SV_regime_label);
		char *en = slip_fill(c, slip_T(c, key));
		if (!zh)
			zh = slip_get_zh(c, SV_policy);
		slip_small(slip_kv_value(c, "slip:label_policy", en, zh));
		free(en);
	} else
		slip_add(c, SD_PARA, "slip:no_policy");
	slip_add(c, SD_FOOTER, "slip:footer");
}

/* "Label: value", the value a {placeholder}'s (both forms) */
static void var_value(slip_ctx *c, const char *label, slip_var var)
{
	const char *en = slip_get(c, var), *zh = slip_get_zh(c, var);

	slip_kv_value(c, label, en ? en : "", zh);
}

/* "Beijing 北京, Capital (PEK), Wednesday 2 December 2026 07:10" and
 * "北京，2026年12月2日（星期三）07:10" */
static void port_day_value(slip_ctx *c, const char *label, const ed_port *p, slip_var var,
			   ed_date day, int minute)
{
	text_buf en = {0}, zh = {0};
	const char *port = slip_get(c, var);
	char buf[96];

	slip_day_time(day, minute, buf, sizeof buf);
	text_buf_printf(&en, "%s, %s", port ? port : "", buf);
	if (p && p->name_zh && *p->name_zh)
		text_buf_printf(&zh, "%s，", p->name_zh);
	slip_day_time_zh(day, minute, buf, sizeof buf);
	text_buf_add(&zh, buf);
	slip_kv_value(c, label, en.s, zh.s);
	text_buf_free(&en);
	text_buf_free(&zh);
}

static void part_traveller_transit(slip_ctx *c)
{
	const ed_answers *a = c->a;

	slip_add(c, SD_HEADING, "slip:heading_traveller");
	var_value(c, "slip:label_nationality", SV_nationality);
	var_value(c, "slip:label_arriving_from", SV_arriving_from);
	port_day_value(c, "slip:label_entry", c->v->entry_port, SV_entry_port, a->entry_date,
		       a->entry_time);
	port_day_value(c, "slip:label_exit", c->v->exit_port, SV_exit_port, a->departure_date,
		       a->departure_time);
	var_value(c, "slip:label_destination", SV_destination);
}

/* an area as a list item or a value: "Hainan province" / "海南省" */
/* reminders and the legal basis: fine print */
static void part_reminders_legal(slip_ctx *c, const char *const *reminders,
				 const char *const *legal)
{
	slip_add(c, SD_HEADING, "slip:heading_reminders");
	for (; *reminders; reminders++)
		slip_small(slip_add(c, SD_BULLET, *reminders));
	slip_add(c, SD_HEADING, "slip:heading_legal");
	for (; *legal; legal++)
		slip_small(slip_add(c, SD_BULLET, *legal));
}

static void slip_transit(slip_ctx *c, ed_date today)
{
	static const char *const rem_transit[] = {
		"reminders.transit:accommodation", "reminders.transit:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_transit_card[] = {"reminders.arrival_card:text",
		"reminders.transit:accommodation", "reminders.transit:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_direct[] = {
		"reminders.direct:port", "reminders.direct:decides", NULL};
	static const char *const legal_granted[] = {"legal:transit", NULL};
	static const char *const legal_direct[] = {"legal:direct", NULL};
	static const char *const legal_refused[] = {"legal:transit", "legal:refusal", NULL};
	/* no foreign passport: the law on Chinese citizens' travel, no visa */
	static const char *const legal_not_foreign[] = {"legal:not_foreign", NULL};
	static const char *const rem_entry[] = {
		"reminders.transit:accommodation", "ways:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_entry_card[] = {"reminders.arrival_card:text",
		"reminders.transit:accommodation", "ways:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_refused[] = {"reminders.transit:decides", NULL};
	static const char *const legal_entry[] = {"ways:legal_entry", NULL};
	const ed_verdict *v = c->v;
	const ed_way *in = verdict_way_in(v);

	part_header(c, false);
	slip_part_ways(c);
	part_traveller_transit(c);
	/* reminders only where they apply: none about registration when no
	 * way lets the traveller in */
	if (v->not_foreign)
		part_reminders_legal(c, rem_refused, legal_not_foreign);
	else if (!in)
		part_reminders_legal(c, rem_refused, legal_refused);
	else if (in->version)
		part_reminders_legal(c, verdict_arrival_card(v, c->a, c->r) ? rem_entry_card :
				     rem_entry, legal_entry);
	else if (v->direct_transit)
		part_reminders_legal(c, rem_direct, legal_direct);
	else
		part_reminders_legal(c, verdict_arrival_card(v, c->a, c->r) ? rem_transit_card :
				     rem_transit, legal_granted);
	part_sources(c, false, today);
}

/* the reminder about the permit, as the traveller answered what became of
 * it; NULL when they have it (or did not say) */
static const char *permit_reminder(const slip_ctx *c)
{
	if (c->known && !c->known[AK_PERMIT_STATUS])
		return NULL;
	switch (c->a->permit_status) {
	case PERMIT_LOST: return "reminders.epass:permit_lost";
	case PERMIT_DAMAGED: return "reminders.epass:permit_damaged";
	case PERMIT_NOT_CARRIED: return "reminders.epass:permit_not_carried";
	case PERMIT_EXPIRED: return "reminders.epass:permit_expired";
	default: return NULL;
	}
}

static void slip_epass(slip_ctx *c, ed_date today)
{
	const char *const rem[] = {
		"reminders.epass:checked_by", "reminders.epass:password",
		permit_reminder(c), NULL};
	static const char *const legal[] = {"legal:epass", NULL};
	const ed_verdict *v = c->v;

	part_header(c, true);
	slip_add(c, SD_OUTCOME, v->outcome == OUTCOME_ELIGIBLE ? "outcome:epass_eligible" :
	    v->outcome == OUTCOME_REVIEW ? "outcome:epass_review" : "outcome:epass_not_eligible");
	if (v->outcome == OUTCOME_ELIGIBLE) {
		/* until when: as large as a transit deadline */
		char *le, *lz, *ve, *vz;
		text_buf en = {0}, zh = {0};
		slip_texts(c, "slip:label_valid", &le, &lz);
		slip_texts(c, "slip:valid_value", &ve, &vz);
		text_buf_printf(&en, "%s: %s", le ? le : "", ve ? ve : "");
		if (lz && vz)
			text_buf_printf(&zh, "%s：%s", lz, vz);
		slipdoc_add(c->d, SD_DEADLINE, en.s ? en.s : "", zh.s);
		text_buf_free(&en);
		text_buf_free(&zh);
		free(le), free(lz), free(ve), free(vz);
	}
	if (v->epass) {
		/* the scope texts are data of [epass.*], in English only */
		slip_kv_value(c, "slip:label_usable_for", v->epass->usable_for, NULL);
		slip_kv_value(c, "slip:label_not_usable_for", v->epass->not_usable_for, NULL);
		if (!c->known || c->known[AK_APPLICATIONS])
			slip_kv_text(c, "slip:label_applications_left", "slip:applications_left_value");
	}
	slip_part_reasons(c);
	slip_review_bullets(c, v->reviews);
	slip_add(c, SD_HEADING, "slip:heading_traveller");
	/* a refusal from the answers so far prints only what was answered
	 * (known, or for the PDF made from the same answers: what is set) */
	if ((!c->known || c->known[AK_RESIDENCE]) && c->a->residence[0])
		var_value(c, "slip:label_residence", SV_residence);
	if ((!c->known || c->known[AK_PERMIT_EXPIRY]) && c->a->permit_expiry.y > 0)
		var_value(c, "slip:label_permit_expiry", SV_permit_expiry);
	part_reminders_legal(c, rem, legal);
	part_sources(c, true, today);
}

sd_chinese slip_chinese_for(const ed_answers *a)
{
	sd_chinese c;

	if (a->slip_chinese && sd_chinese_parse(a->slip_chinese, &c))
		return c;
	return a->flow == FLOW_EPASS ? SD_ZH_TRADITIONAL : SD_ZH_SIMPLIFIED;
}

/* the slip document; known: the answers given (a refusal from the answers
 * so far prints no other), NULL: all */
static slipdoc *build_doc(const ed_answers *a, const bool *known, const ed_verdict *v,
			  const ed_rules *r, ed_date today)
{
	slip_ctx c;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	c.known = known;
	c.d = slipdoc_new();
	if (!c.d)
		return NULL;
	slip_set_values(&c);
	if (a->flow == FLOW_EPASS)
		slip_epass(&c, today);
	else
		slip_transit(&c, today);
	slip_vars_free(&c);
	if (c.d->failed) {
		slipdoc_free(c.d);
		return NULL;
	}
	return c.d;
}

slipdoc *slip_doc(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today)
{
	return build_doc(a, NULL, v, r, today);
}

slipdoc *slip_doc_known(const ed_answers *a, const bool *known, const ed_verdict *v,
			const ed_rules *r, ed_date today)
{
	return build_doc(a, known, v, r, today);
}

char *slip_fill_way(const ed_answers *a, const bool *known, const ed_verdict *v,
		    const ed_rules *r, const char *tmpl)
{
	slip_ctx c;
	const ed_way *in = v->flow == FLOW_TRANSIT ? verdict_way_in(v) : NULL;
	char *s;

	memset(&c, 0, sizeof c);
	c.r = r;
	c.a = a;
	c.v = v;
	c.known = known;
	slip_set_values(&c);
	if (in)
		slip_set_way(&c, in);
	s = slip_fill(&c, tmpl);
	slip_vars_free(&c);
	return s;
}

char *slip_render(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today)
{
	slipdoc *d = slip_doc(a, v, r, today);
	char *s = d ? slipdoc_text(d, SLIP_WIDTH, false) : NULL;

	slipdoc_free(d);
	return s;
}
