/* TEMPORARY: the slip document from the current slip's texts. Every
 * English text "section:key" has its Chinese "section:key_zh" (Simplified;
 * the loader requires it). Dates in the Chinese texts are Chinese dates. */
#include "core/slip_build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip.h"
#include "core/text.h"

#define MAX_LIST 128

typedef struct build {
	const ed_answers *a;
	const ed_verdict *v;
	const ed_rules *r;
	slipdoc *d;
	/* name/value pairs: the Chinese forms of the date placeholders */
	const char *zh_vars[32];
	char zh_vals[14][80];
} build;

sd_chinese slip_chinese_for(const ed_answers *a)
{
	sd_chinese c;

	if (a->slip_chinese && sd_chinese_parse(a->slip_chinese, &c))
		return c;
	return a->flow == FLOW_EPASS ? SD_ZH_TRADITIONAL : SD_ZH_SIMPLIFIED;
}

static void zh_var(build *b, size_t *n, const char *name, const char *value)
{
	size_t k = *n / 2;

	if (k >= sizeof b->zh_vals / sizeof b->zh_vals[0])
		return;
	snprintf(b->zh_vals[k], sizeof b->zh_vals[k], "%s", value);
	b->zh_vars[(*n)++] = name;
	b->zh_vars[(*n)++] = b->zh_vals[k];
	b->zh_vars[*n] = NULL;
}

static void zh_date(build *b, size_t *n, const char *name, ed_date d)
{
	char buf[64];

	date_format_long_zh(d, buf, sizeof buf);
	zh_var(b, n, name, buf);
}

static void zh_day_time(build *b, size_t *n, const char *name, ed_date d, int minute)
{
	char buf[80], hm[8] = "";

	date_format_long_zh(d, buf, sizeof buf);
	if (minute != ED_NO_TIME) {
		time_format(minute, hm, sizeof hm);
		strncat(buf, hm, sizeof buf - strlen(buf) - 1);
	}
	zh_var(b, n, name, buf);
}

static void set_zh_vars(build *b)
{
	const ed_answers *a = b->a;
	const ed_verdict *v = b->v;
	size_t n = 0;

	b->zh_vars[0] = NULL;
	zh_date(b, &n, "check_day", a->date);
	if (a->flow == FLOW_TRANSIT) {
		zh_date(b, &n, "entry_day", a->entry_date);
		zh_date(b, &n, "passport_expiry", a->passport_expiry);
		if (v->version)
			zh_date(b, &n, "expiry_needed",
				date_add_months(a->entry_date, v->version->passport_months));
		zh_day_time(b, &n, "departure", a->departure_date, a->departure_time);
		if (v->has_deadline) {
			zh_date(b, &n, "deadline_day", v->deadline.date);
			zh_date(b, &n, "stay_from_day", v->stay_from.date);
			zh_day_time(b, &n, "deadline", v->deadline.date, v->deadline.minute);
		}
	} else {
		zh_date(b, &n, "permit_expiry", a->permit_expiry);
		zh_date(b, &n, "valid_from", v->valid_from);
		zh_date(b, &n, "valid_until_day", v->valid_until.date);
		if (v->epass)
			zh_date(b, &n, "available_from", v->epass->v.from);
	}
}

/* the English and Chinese texts `key`, filled; caller frees both */
static void texts(build *b, const char *key, char **en, char **zh)
{
	char zkey[160];
	const char *t = rules_text(b->r, key), *tz;

	snprintf(zkey, sizeof zkey, "%s_zh", key);
	tz = rules_text(b->r, zkey);
	*en = slip_fill(b->a, b->v, b->r, t ? t : "", NULL);
	*zh = tz ? slip_fill(b->a, b->v, b->r, tz, b->zh_vars) : NULL;
}

static sd_block *add(build *b, sd_kind kind, const char *key)
{
	char *en, *zh;
	sd_block *blk;

	texts(b, key, &en, &zh);
	blk = slipdoc_add(b->d, kind, en, zh);
	free(en);
	free(zh);
	return blk;
}

/* "Label: value" with both texts from rules.ini */
static sd_block *kv_texts(build *b, const char *label, const char *value)
{
	char *le, *lz, *ve, *vz;
	sd_block *blk;

	texts(b, label, &le, &lz);
	texts(b, value, &ve, &vz);
	blk = slipdoc_add_kv(b->d, le, lz, ve, vz);
	free(le), free(lz), free(ve), free(vz);
	return blk;
}

/* "Label: value" with a value that is data, not a text */
static sd_block *kv_value(build *b, const char *label, const char *en, const char *zh)
{
	char *le, *lz;
	sd_block *blk;

	texts(b, label, &le, &lz);
	blk = slipdoc_add_kv(b->d, le, lz, en ? en : "", zh);
	free(le), free(lz);
	return blk;
}

static void port_en(text_buf *t, const ed_port *p)
{
	text_buf_add(t, p->name);
	for (size_t i = 0; i < p->n_aliases; i++)
		text_buf_printf(t, "%s%s", i ? " " : " (", p->aliases[i]);
	if (p->n_aliases)
		text_buf_add(t, ")");
}

static void port_zh(text_buf *t, const ed_port *p)
{
	if (p->name_zh && *p->name_zh)
		text_buf_printf(t, "%s%s", t->len ? "、" : "", p->name_zh);
}

static void area_item(build *b, sd_block *list, const ed_area *ar)
{
	text_buf en = {0};
	char *mark, *mark_zh;

	texts(b, "slip:area_uncertain_mark", &mark, &mark_zh);
	text_buf_add(&en, ar->name);
	if (ar->uncertain)
		text_buf_printf(&en, " %s", mark);
	{
		text_buf zh = {0};
		text_buf_add(&zh, ar->name_zh);
		if (ar->uncertain && mark_zh)
			text_buf_printf(&zh, "%s", mark_zh);
		if (list)
			slipdoc_list_add(b->d, list, en.s, zh.len ? zh.s : NULL);
		else
			kv_value(b, "slip:label_area", en.s, zh.len ? zh.s : NULL);
		text_buf_free(&zh);
	}
	text_buf_free(&en);
	free(mark), free(mark_zh);
}

static void areas_ports(build *b)
{
	const ed_area *areas[MAX_LIST];
	const ed_port *ports[MAX_LIST];
	const ed_verdict *v = b->v;
	bool cross = v->port_scheme && v->port_scheme->cross_area;
	size_t n = verdict_areas(v, areas, MAX_LIST), i, j;
	sd_block *list;

	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n == 1 && !cross) {
		area_item(b, NULL, areas[0]);
	} else if (n > 0) {
		list = add(b, SD_LIST, "slip:area_cross");
		for (i = 0; i < n; i++)
			area_item(b, list, areas[i]);
	}
	n = verdict_exit_ports(v, ports, MAX_LIST);
	if (n > MAX_LIST)
		n = MAX_LIST;
	if (n == 0)
		return;
	if (!cross) {
		text_buf en = {0}, zh = {0};
		for (i = 0; i < n; i++) {
			if (i)
				text_buf_add(&en, "; ");
			port_en(&en, ports[i]);
			port_zh(&zh, ports[i]);
		}
		kv_value(b, "slip:label_exit_ports", en.s, zh.s);
		text_buf_free(&en), text_buf_free(&zh);
		return;
	}
	list = add(b, SD_LIST, "slip:label_exit_ports");
	for (i = 0; i < n; i++) {
		const char *prov = ports[i]->province ? ports[i]->province : "";
		text_buf en = {0}, zh = {0};
		bool seen = false;

		for (j = 0; j < i && !seen; j++)
			seen = !strcmp(ports[j]->province ? ports[j]->province : "", prov);
		if (seen)
			continue;
		text_buf_printf(&en, "%s:", prov);
		for (j = i; j < n; j++) {
			if (strcmp(ports[j]->province ? ports[j]->province : "", prov))
				continue;
			text_buf_add(&en, j == i ? " " : "; ");
			port_en(&en, ports[j]);
			port_zh(&zh, ports[j]);
		}
		slipdoc_list_add(b->d, list, en.s, zh.s);
		text_buf_free(&en), text_buf_free(&zh);
	}
}

static void reasons_reviews(build *b)
{
	const ed_verdict *v = b->v;
	char key[96], *pre, *pre_zh;

	if (v->reasons) {
		if (v->direct_transit)
			add(b, SD_HEADING, v->port_scheme ? "slip:scheme_failed" : "slip:no_scheme");
		else
			add(b, SD_HEADING, "slip:heading_reasons");
		texts(b, "slip:fix_prefix", &pre, &pre_zh);
		for (size_t i = 0; i < R_COUNT; i++) {
			char *en, *zh;
			text_buf fe = {0}, fz = {0};
			if (!verdict_has(v, (ed_reason)i))
				continue;
			snprintf(key, sizeof key, "reason.%s:text", reason_code((ed_reason)i));
			add(b, SD_BULLET, key);
			snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)i));
			texts(b, key, &en, &zh);
			text_buf_printf(&fe, "%s %s", pre, en);
			if (zh && pre_zh)
				text_buf_printf(&fz, "%s%s", pre_zh, zh);
			slipdoc_add(b->d, SD_NOTE, fe.s, fz.s);
			text_buf_free(&fe), text_buf_free(&fz);
			free(en), free(zh);
		}
		free(pre), free(pre_zh);
	}
	if (v->reviews) {
		add(b, SD_HEADING, "slip:heading_reviews");
		for (size_t i = 0; i < V_COUNT; i++) {
			if (!verdict_has_review(v, (ed_review)i))
				continue;
			snprintf(key, sizeof key, "review.%s:text", review_code((ed_review)i));
			add(b, SD_BULLET, key);
		}
	}
}

/* fine print: what the traveller rarely reads but must have */
static void small(sd_block *blk)
{
	if (blk)
		blk->small = true;
}

static void list_of(build *b, const char *heading, const char *const *keys)
{
	add(b, SD_HEADING, heading);
	for (; *keys; keys++)
		small(add(b, SD_BULLET, *keys));
}

static void port_value(build *b, const char *label, const ed_port *p, const char *typed,
		       ed_date day, int minute)
{
	text_buf en = {0}, zh = {0};
	char buf[96];

	if (p)
		port_en(&en, p);
	else
		text_buf_add(&en, typed);
	date_format_long(day, buf, sizeof buf);
	text_buf_printf(&en, ", %s", buf);
	if (minute != ED_NO_TIME) {
		time_format(minute, buf, sizeof buf);
		text_buf_printf(&en, " %s", buf);
	}
	if (p)
		port_zh(&zh, p);
	date_format_long_zh(day, buf, sizeof buf);
	text_buf_printf(&zh, "%s%s", zh.len ? "，" : "", buf);
	if (minute != ED_NO_TIME) {
		time_format(minute, buf, sizeof buf);
		text_buf_add(&zh, buf);
	}
	kv_value(b, label, en.s, zh.s);
	text_buf_free(&en), text_buf_free(&zh);
}

static void country(build *b, const char *label, const char *code)
{
	const ed_country *k = code && *code ? rules_country(b->r, code) : NULL;
	char buf[160];

	snprintf(buf, sizeof buf, k && k->name ? "%s (%s)" : "%s%s", k && k->name ? k->name : "",
		 code ? code : "");
	kv_value(b, label, buf, NULL);
}

static void transit(build *b)
{
	static const char *const rem_transit[] = {
		"reminders.transit:accommodation", "reminders.transit:penalties",
		"reminders.transit:force_majeure", "reminders.transit:decides", NULL};
	static const char *const rem_direct[] = {
		"reminders.direct:port", "reminders.direct:decides", NULL};
	static const char *const legal_granted[] = {"legal:transit", NULL};
	static const char *const legal_direct[] = {"legal:direct", NULL};
	static const char *const legal_refused[] = {"legal:transit", "legal:refusal", NULL};
	const ed_verdict *v = b->v;
	const ed_answers *a = b->a;
	bool granted = v->outcome != OUTCOME_NOT_ELIGIBLE;

	add(b, SD_TITLE, "slip:title_transit");
	add(b, SD_OUTCOME, v->direct_transit ? "outcome:transit_direct" :
			   v->outcome == OUTCOME_ELIGIBLE ? "outcome:transit_eligible" :
			   v->outcome == OUTCOME_REVIEW ? "outcome:transit_review" :
			   "outcome:transit_not_eligible");
	if (granted && v->has_deadline)
		add(b, SD_DEADLINE, v->direct_transit ? "slip:deadline_direct" : "slip:deadline");
	/* the points to confirm before the long lists: the outcome hangs on them */
	reasons_reviews(b);
	if (granted && !v->direct_transit)
		areas_ports(b);
	if (v->direct_transit && v->airside) {
		add(b, SD_HEADING, "slip:airside_heading");
		add(b, SD_PARA, "slip:airside");
		if (v->entry_airside)
			add(b, SD_PARA, "slip:airside_entry");
	}
	add(b, SD_HEADING, "slip:heading_traveller");
	country(b, "slip:label_nationality", a->nationality);
	country(b, "slip:label_arriving_from", a->arriving_from);
	port_value(b, "slip:label_entry", v->entry_port, a->entry_port, a->entry_date,
		   a->entry_time);
	port_value(b, "slip:label_exit", v->exit_port, a->exit_port ? a->exit_port : a->entry_port,
		   a->departure_date, a->departure_time);
	country(b, "slip:label_destination", a->destination);
	list_of(b, "slip:heading_reminders", v->direct_transit ? rem_direct : rem_transit);
	list_of(b, "slip:heading_legal", v->direct_transit ? legal_direct :
		granted ? legal_granted : legal_refused);
}

static void epass(build *b)
{
	static const char *const rem[] = {
		"reminders.epass:checked_by", "reminders.epass:password",
		"reminders.epass:permit", NULL};
	static const char *const legal[] = {"legal:epass", NULL};
	const ed_verdict *v = b->v;
	const ed_answers *a = b->a;
	const ed_country *res = rules_country(b->r, a->residence);
	char buf[64];

	add(b, SD_TITLE, "slip:title_epass");
	add(b, SD_OUTCOME, v->outcome == OUTCOME_ELIGIBLE ? "outcome:epass_eligible" :
			   v->outcome == OUTCOME_REVIEW ? "outcome:epass_review" :
			   "outcome:epass_not_eligible");
	if (v->outcome == OUTCOME_ELIGIBLE) {
		/* until when: as large as a transit deadline */
		char *le, *lz, *ve, *vz;
		text_buf en = {0}, zh = {0};
		texts(b, "slip:label_valid", &le, &lz);
		texts(b, "slip:valid_value", &ve, &vz);
		text_buf_printf(&en, "%s: %s", le, ve);
		if (lz && vz)
			text_buf_printf(&zh, "%s：%s", lz, vz);
		slipdoc_add(b->d, SD_DEADLINE, en.s, zh.s);
		text_buf_free(&en), text_buf_free(&zh);
		free(le), free(lz), free(ve), free(vz);
	}
	if (v->epass) {
		/* TODO(issue 11): the scope texts are data of [epass.*]; they
		 * need their _zh beside them too */
		kv_value(b, "slip:label_usable_for", v->epass->usable_for, NULL);
		kv_value(b, "slip:label_not_usable_for", v->epass->not_usable_for, NULL);
		kv_texts(b, "slip:label_applications_left", "slip:applications_left_value");
	}
	reasons_reviews(b);
	add(b, SD_HEADING, "slip:heading_traveller");
	kv_value(b, "slip:label_residence", res && res->name ? res->name : a->residence, NULL);
	date_format_long(a->permit_expiry, buf, sizeof buf);
	{
		char zh[64];
		date_format_long_zh(a->permit_expiry, zh, sizeof zh);
		kv_value(b, "slip:label_permit_expiry", buf, zh);
	}
	list_of(b, "slip:heading_reminders", rem);
	list_of(b, "slip:heading_legal", legal);
}

/* the header, and the rules and policy at the end */
static void header_and_sources(build *b, ed_date today)
{
	const ed_answers *a = b->a;
	const ed_verdict *v = b->v;
	const char *doc = a->flow == FLOW_EPASS ? a->permit_number : a->passport_number;
	char en[64], zh[64], masked[128];
	char *pe, *pz;
	bool policy = a->flow == FLOW_EPASS ? v->epass != NULL : v->version != NULL;

	date_format_long(a->date, en, sizeof en);
	date_format_long_zh(a->date, zh, sizeof zh);
	slipdoc_set_text(b->d, &b->d->check_date, en, zh);
	texts(b, "slip:page", &pe, &pz);
	slipdoc_set_text(b->d, &b->d->page, pe, pz);
	free(pe), free(pz);
	slipdoc_set(b->d, &b->d->name, a->name && *a->name ? a->name : NULL);
	if (doc && *doc) {
		slip_mask(doc, masked, sizeof masked);
		slipdoc_set(b->d, &b->d->document, masked);
	}

	small(kv_texts(b, "slip:label_rules", "slip:rules_value"));
	/* an outdated rules file is no fine print */
	if (rules_outdated(b->r, today))
		add(b, SD_PARA, "slip:rules_outdated");
	if (policy) {
		/* TODO(issue 11): policy labels and sources are English data of
		 * [transit.*] and [epass.*]; until they have a label_zh, the
		 * Chinese policy_value would repeat the English one, so the
		 * value is shown once */
		char *en_value, *zh_value;
		texts(b, "slip:policy_value", &en_value, &zh_value);
		small(kv_value(b, "slip:label_policy", en_value, NULL));
		free(en_value), free(zh_value);
	}
	else
		add(b, SD_PARA, "slip:no_policy");
	add(b, SD_FOOTER, "slip:footer");
}

slipdoc *slip_build(const ed_answers *a, const ed_verdict *v, const ed_rules *r, ed_date today)
{
	build b = {.a = a, .v = v, .r = r};

	b.d = slipdoc_new();
	if (!b.d)
		return NULL;
	set_zh_vars(&b);
	if (a->flow == FLOW_EPASS)
		epass(&b);
	else
		transit(&b);
	header_and_sources(&b, today);
	if (b.d->failed) {
		slipdoc_free(b.d);
		return NULL;
	}
	return b.d;
}
