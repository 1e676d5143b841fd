/* The slip's RESULT: the way in first (its deadline, its area, the points
 * to confirm it hangs on), the other ways in, the transit's compact lists
 * of areas and exit ports, each failing condition with its fix; or "a visa
 * is needed" and what failed in the ways that came close. */
#include "core/slip_ways.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip_values.h"
#include "core/text.h"
#include "core/verdict_query.h"

static void area_words(slip_ctx *c, const ed_area *ar, text_buf *en, text_buf *zh)
{
	const char *mark = slip_T(c, "slip:area_uncertain_mark");
	const char *mark_zh = slip_T_zh(c, "slip:area_uncertain_mark");

	text_buf_add(en, ar->name);
	text_buf_add(zh, ar->name_zh && *ar->name_zh ? ar->name_zh : ar->name);
	if (ar->uncertain) {
		text_buf_printf(en, " %s", mark);
		text_buf_printf(zh, "%s", mark_zh ? mark_zh : mark);
	}
}

/* the verdict's exit ports, at most SLIP_MAX_LIST of them */
static size_t exit_ports(const slip_ctx *c, const ed_port **ports)
{
	size_t n = verdict_exit_ports(c->v, ports, SLIP_MAX_LIST);

	return n > SLIP_MAX_LIST ? SLIP_MAX_LIST : n;
}

/* the transit's permitted area in one line and its few exit ports (one
 * area); a cross-area scheme's lists come later (part_transit_lists) */
static void part_transit_area(slip_ctx *c)
{
	const ed_area *areas[SLIP_MAX_LIST];
	const ed_port *ports[SLIP_MAX_LIST];
	size_t n = verdict_areas(c->v, areas, SLIP_MAX_LIST), i;
	text_buf en = {0}, zh = {0};

	if (n != 1 || (c->v->port_scheme && c->v->port_scheme->cross_area))
		return;
	area_words(c, areas[0], &en, &zh);
	slip_kv_value(c, "slip:label_area", en.s, zh.s);
	text_buf_free(&en);
	text_buf_free(&zh);
	n = exit_ports(c, ports);
	if (n == 0)
		return;
	/* a few ports: their Chinese names are in the English line */
	for (i = 0; i < n; i++) {
		text_buf_add(&en, i ? "; " : "");
		slip_port_words(&en, ports[i]);
	}
	slip_kv_value(c, "slip:label_exit_ports", en.s, NULL);
	text_buf_free(&en);
}

/* the permitted areas of a cross-area scheme and its exit ports by
 * province, compact */
static void part_transit_lists(slip_ctx *c)
{
	const ed_area *areas[SLIP_MAX_LIST];
	const ed_port *ports[SLIP_MAX_LIST];
	size_t n = verdict_areas(c->v, areas, SLIP_MAX_LIST), i, j;
	text_buf en = {0}, zh = {0};
	sd_block *list;

	if (!(c->v->port_scheme && c->v->port_scheme->cross_area))
		return;
	if (n > SLIP_MAX_LIST)
		n = SLIP_MAX_LIST;
	if (n > 0) {
		list = slip_add(c, SD_LIST, "slip:area_cross");
		for (i = 0; i < n; i++) {
			area_words(c, areas[i], &en, &zh);
			slipdoc_list_add(c->d, list, en.s, zh.s);
			text_buf_free(&en);
			text_buf_free(&zh);
		}
	}
	n = exit_ports(c, ports);
	if (n == 0)
		return;
	/* dozens of ports across provinces: one item per province, so the
	 * traveller finds the ports near them */
	list = slip_add(c, SD_LIST, "slip:label_exit_ports");
	for (i = 0; i < n; i++) {
		const char *prov = ports[i]->province ? ports[i]->province : "";
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
			/* each port's Chinese name beside it: many have none */
			slip_port_words(&en, ports[j]);
		}
		slipdoc_list_add(c->d, list, en.s, NULL);
		text_buf_free(&en);
	}
}

/* each condition of `bits` that fails, with what would satisfy it */
static void reason_bullets(slip_ctx *c, unsigned bits)
{
	char key[96], *pre, *pre_zh;

	slip_texts(c, "slip:fix_prefix", &pre, &pre_zh);
	for (size_t i = 0; i < R_COUNT; i++) {
		text_buf fe = {0}, fz = {0};
		char *en, *zh;

		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "reason.%s:text", reason_code((ed_reason)i));
		slip_add(c, SD_BULLET, key);
		snprintf(key, sizeof key, "reason.%s:fix", reason_code((ed_reason)i));
		slip_texts(c, key, &en, &zh);
		text_buf_printf(&fe, "%s %s", pre ? pre : "", en ? en : "");
		if (zh && pre_zh)
			text_buf_printf(&fz, "%s%s", pre_zh, zh);
		slipdoc_add(c->d, SD_NOTE, fe.s, fz.s);
		text_buf_free(&fe);
		text_buf_free(&fz);
		free(en);
		free(zh);
	}
	free(pre);
	free(pre_zh);
}

/* the points of `bits` to confirm, under their heading */
void slip_review_bullets(slip_ctx *c, unsigned bits)
{
	char key[96];

	if (!bits)
		return;
	slip_add(c, SD_HEADING, "slip:heading_reviews");
	for (size_t i = 0; i < V_COUNT; i++) {
		if (!((bits >> i) & 1u))
			continue;
		snprintf(key, sizeof key, "review.%s:text", review_code((ed_review)i));
		slip_add(c, SD_BULLET, key);
	}
}

/* every failing condition of the transit verdict, with its fix */
void slip_part_reasons(slip_ctx *c)
{
	if (!c->v->reasons)
		return;
	/* the port may have no scheme at all: there is no "0-hour" one */
	slip_add(c, SD_HEADING, !c->v->direct_transit ? "slip:heading_reasons" :
	    c->v->port_scheme ? "slip:scheme_failed" : "slip:no_scheme");
	reason_bullets(c, c->v->reasons);
}

/* a transit way's deadline and its area in one line */
static void part_transit_outcome(slip_ctx *c)
{
	const ed_verdict *v = c->v;

	if (v->outcome != OUTCOME_NOT_ELIGIBLE && v->has_deadline)
		slip_add(c, SD_DEADLINE, v->direct_transit ? "slip:deadline_direct" : "slip:deadline");
	else if (v->outcome != OUTCOME_NOT_ELIGIBLE && v->direct_transit)
		slip_add(c, SD_DEADLINE, "slip:deadline_direct_untimed");
	if (v->outcome != OUTCOME_NOT_ELIGIBLE && !v->direct_transit)
		part_transit_area(c);
}

/* a transit way's lists, failing conditions, points to confirm (unless
 * `first`: the way in's stand under its outcome), and the airside transit
 * of a 24-hour direct transit */
static void part_transit_rest(slip_ctx *c, bool first)
{
	const ed_verdict *v = c->v;
	const ed_regime *port = v->port_scheme ? rules_regime(c->r, v->port_scheme->id) : NULL;

	if (v->outcome != OUTCOME_NOT_ELIGIBLE && !v->direct_transit)
		part_transit_lists(c);
	/* the reasons below are the port scheme's, not the 24-hour transit's */
	if (v->direct_transit && port) {
		slip_set(c, SV_way_label, "%s", port->label);
		slip_set_zh(c, SV_way_label, "%s", port->label_zh);
	}
	slip_part_reasons(c);
	if (!first)
		slip_review_bullets(c, v->reviews);
	if (v->direct_transit && v->airside) {
		slip_add(c, SD_HEADING, "slip:airside_heading");
		slip_add(c, SD_PARA, "slip:airside");
		if (v->entry_airside)
			slip_add(c, SD_PARA, "slip:airside_entry");
	}
}

/* a regime of its own (not transit): deadline, day counting, the area in
 * one line */
static void part_way_outcome(slip_ctx *c, const ed_way *w)
{
	static const char *const counting[] = {
		[COUNT_UNSETTLED] = "ways:counting", [COUNT_ENTRY_DAY] = "ways:counting_entry_day",
		[COUNT_NEXT_DAY] = "ways:counting_next_day",
	};

	if (w->has_until) { /* an agreement not listed has no known stay */
		slip_add(c, SD_DEADLINE, "ways:deadline");
		slip_add(c, SD_PARA, counting[way_stay_count(w, c->a->nationality)]);
	}
	slip_kv_text(c, "slip:label_area", "ways:way_area_value");
}

/* RESULT: the way in first (its deadline, its area, the points to confirm
 * it hangs on), then the other ways in, then the way in's lists and
 * conditions, then the other ways' own; or "a visa is needed" and what failed in the ways that
 * came close */
void slip_part_ways(slip_ctx *c)
{
	const ed_verdict *v = c->v;
	const ed_way *in = verdict_way_in(v);
	size_t i, shown = 0;

	if (v->not_foreign) {
		/* no foreign passport: no regime, no visa; the permit */
		slip_add(c, SD_OUTCOME, "ways:lead_not_foreign");
		slip_add(c, SD_HEADING, "slip:heading_reasons");
		reason_bullets(c, 1u << R_NOT_FOREIGN_PASSPORT);
		return;
	}
	if (v->passport_expired) {
		/* the passport decides first: nothing else is worth reading */
		slip_add(c, SD_OUTCOME, "ways:lead_renew");
		slip_add(c, SD_HEADING, "slip:heading_reasons");
		reason_bullets(c, 1u << R_PASSPORT_EXPIRED);
		return;
	}
	if (!in) {
		slip_add(c, SD_OUTCOME, "ways:lead_visa");
		slip_add(c, SD_HEADING, "ways:close_heading");
		for (i = 0; i < v->n_ways; i++) {
			const ed_way *w = &v->ways[i];
			if (!w->reasons || !w->close)
				continue;
			slip_set_way(c, w);
			slip_add(c, SD_PARA, "ways:close_way");
			reason_bullets(c, w->reasons);
			shown++;
		}
		/* nothing came close: say at least why the port's transit failed */
		for (i = 0; !shown && i < v->n_ways; i++) {
			if (v->ways[i].regime->kind != REGIME_TRANSIT || !v->ways[i].reasons)
				continue;
			slip_set_way(c, &v->ways[i]);
			slip_add(c, SD_PARA, "ways:close_way");
			reason_bullets(c, v->ways[i].reasons);
			shown++;
		}
		if (v->reviews && v->port_scheme)
			slip_review_bullets(c, v->reviews);
		return;
	}
	slip_set_way(c, in);
	slip_add(c, SD_OUTCOME, v->direct_transit && !in->version ?
	    (in->outcome == OUTCOME_REVIEW ? "ways:lead_direct_review" :
	     in->has_until ? "ways:lead_direct" : "ways:lead_direct_untimed") :
	    in->regime->kind == REGIME_PASSPORT_TYPE ? "ways:lead_type" :
	    in->outcome == OUTCOME_ELIGIBLE ? "ways:lead_eligible" : "ways:lead_review");
	if (in->version)
		part_way_outcome(c, in);
	else
		part_transit_outcome(c);
	/* the points the outcome hangs on, before any long list */
	slip_review_bullets(c, in->version ? in->reviews : v->reviews);
	if (v->n_ways_in > 1) {
		slip_add(c, SD_HEADING, "ways:also_heading");
		for (i = 1; i < v->n_ways_in; i++) {
			slip_set_way(c, &v->ways[v->ways_in[i]]);
			slip_add(c, SD_BULLET, "ways:also_item");
		}
		slip_set_way(c, in);
	}
	if (!in->version)
		part_transit_rest(c, true);
	/* the other ways' own terms, each under its name */
	for (i = 1; i < v->n_ways_in; i++) {
		const ed_way *w = &v->ways[v->ways_in[i]];
		slip_set_way(c, w);
		slip_add(c, SD_HEADING, "ways:close_way_title");
		if (w->version) {
			part_way_outcome(c, w);
			slip_review_bullets(c, w->reviews);
		} else {
			part_transit_outcome(c);
			part_transit_rest(c, false);
		}
	}
}

