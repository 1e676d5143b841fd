/* What the form shows below the fields: the way in so far (the transit
 * preview) and the conditions the answers already fail. */
#include "ui/form_preview.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/early.h"
#include "core/text.h"
#include "core/verdict.h"

/* the way in so far, in the rules' own names: the area of a way */
static void way_area_text(const wiz *w, const ed_verdict *v, const ed_way *in,
			  char *out, size_t size)
{
	const ed_area *areas[64];
	size_t n = way_areas(v, in, areas, 64);
	char count[16];

	out[0] = '\0';
	if (in->version && n == 0) {
		const char *t = rules_text(&w->rules, "ways:area_mainland");
		snprintf(out, size, "%s", t ? t : "");
	} else if (n > 1) {
		const char *pairs[] = { "count", count, NULL };
		snprintf(count, sizeof count, "%zu", n);
		text_fill_pairs(out, size, wiz_text(w, "form:area_cross"), pairs);
	} else if (n == 1) {
		snprintf(out, size, "%s", areas[0]->name);
	}
}

/* The way in for this traveller so far (core's preview_way_in), once the
 * nationality, port and date are in; false before that. */
static bool preview_way(const wiz *w, const char *port_name, const char *day,
			char *out, size_t size)
{
	ed_partial part;
	ed_verdict v;
	const ed_way *in;
	char until[32] = "", area[200];
	const char *key;

	partial_build(FLOW_TRANSIT, &w->s.raw, &w->rules, w->s.today, &part);
	if (!preview_way_in(&part, &w->rules, &v))
		return false;
	in = verdict_way_in(&v);
	if (in && in->has_until)
		moment_format(in->until, until, sizeof until);
	area[0] = '\0';
	if (in)
		way_area_text(w, &v, in, area, sizeof area);
	key = v.passport_expired ? "form:preview_renew" : !in ? "form:preview_visa" :
	      v.direct_transit && !in->version ? "form:preview_direct" :
	      in->outcome == OUTCOME_REVIEW ? "form:preview_way_review" : "form:preview_way";
	{
		const char *pairs[] = {
			"port", port_name, "date", day,
			"way", in ? in->version ? in->version->label : in->regime->label : "",
			"deadline", until, "area", area, NULL
		};
		text_fill_pairs(out, size, wiz_text(w, key), pairs);
	}
	return true;
}

/* the way in so far as soon as entry port and date are known: the
 * traveller's own once the nationality is in, else the port's scheme */
void form_preview_text(const wiz *w, char *out, size_t size)
{
	const char *port = raw_get(&w->s.raw, AK_ENTRY_PORT);
	const char *date = raw_get(&w->s.raw, AK_ENTRY_DATE);
	const ed_port *p;
	ed_transit_preview pv;
	ed_date d;
	char from[32], until[32], day[16], area[160], count[16];

	out[0] = '\0';
	if (!port || !*port || !date || !answers_date(date, w->s.today, &d))
		return;
	p = rules_port(&w->rules, port);
	/* while the port is still being typed ("shan"), say nothing yet */
	if (!p && wiz_focus(w) && wiz_focus(w)->af->id == AK_ENTRY_PORT)
		return;
	date_format(d, day, sizeof day);
	if (!transit_preview(&w->rules, port, d, &pv)) {
		const char *pairs[] = { "date", day, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:preview_no_rules"), pairs);
		return;
	}
	if (preview_way(w, p ? p->name : !strcasecmp(port, "other") ?
			rules_text(&w->rules, "slip:port_other") : port, day, out, size))
		return;
	moment_format(pv.stay_from, from, sizeof from);
	moment_format(pv.deadline, until, sizeof until);
	area[0] = '\0';
	if (pv.scheme && pv.scheme->cross_area) {
		/* travel crosses all the scheme's areas: name them by count */
		size_t n = 0;
		for (size_t i = 0; i < pv.scheme->n_entries; i++) {
			const ed_area *a = pv.scheme->entries[i].area;
			bool seen = false;
			for (size_t k = 0; k < i && !seen; k++)
				seen = pv.scheme->entries[k].area == a;
			n += a && !seen;
		}
		snprintf(count, sizeof count, "%zu", n);
		const char *pairs[] = { "count", count, NULL };
		text_fill_pairs(area, sizeof area, wiz_text(w, "form:area_cross"), pairs);
	} else if (pv.entry && pv.entry->area) {
		snprintf(area, sizeof area, "%s", pv.entry->area->name);
	}
	{
		const char *pairs[] = {
			"port", p ? p->name : !strcasecmp(port, "other") ?
				rules_text(&w->rules, "slip:port_other") : port, "date", day,
			"scheme", pv.scheme ? pv.scheme->id : "",
			"from", from, "deadline", until,
			"area", area,
			NULL
		};
		const char *key = !pv.scheme ? "form:preview_none" :
				  pv.unlisted ? "form:preview_unlisted" : "form:preview";
		text_fill_pairs(out, size, wiz_text(w, key), pairs);
	}
}

/* The form the rules accept for a number typed by hand (the mobile or
 * the permit number), on the application day; NULL for other reasons.
 * A typo and a real refusal read the same otherwise. */
static const char *typed_number_form(const wiz *w, ed_reason r)
{
	const char *day_text = raw_get(&w->s.raw, AK_CHECK_DATE);
	const char *residence = raw_get(&w->s.raw, AK_RESIDENCE);
	const ed_epass_version *v;
	ed_date day = w->s.today;

	if (r != R_MOBILE_NUMBER && r != R_PERMIT_NUMBER)
		return NULL;
	if (day_text && *day_text)
		answers_date(day_text, w->s.today, &day);
	v = rules_epass_at(&w->rules, day);
	if (!v)
		return NULL;
	if (r == R_MOBILE_NUMBER)
		return v->mobile_form;
	for (size_t i = 0; residence && i < v->n_residences; i++)
		if (!strcasecmp(v->residences[i].code, residence))
			return v->residences[i].permit_form;
	return NULL;
}

/* the conditions the answers so far already fail, in the rules' words */
void form_ruled_out_text(const wiz *w, char *out, size_t size)
{
	unsigned bits = verdict_rule_out(w->fl->flow, &w->s.raw, &w->rules, w->s.today);
	char reasons[1024] = "";
	size_t n = 0;

	out[0] = '\0';
	if (!bits)
		return;
	for (int r = 0; r < R_COUNT; r++) {
		char key[96], typo[512] = "";
		const char *t, *form = typed_number_form(w, (ed_reason)r);
		if (!((bits >> r) & 1u))
			continue;
		snprintf(key, sizeof key, "ruled_out:%s", reason_code((ed_reason)r));
		t = wiz_text(w, key);
		if (form) {
			const char *pairs[] = { "form", form, NULL };
			text_fill_pairs(typo, sizeof typo, wiz_text(w, "form:typo_hint"), pairs);
		}
		n += (size_t)snprintf(reasons + n, sizeof reasons - n, "%s%s%s",
				      n ? "; " : "", t, typo);
		if (n >= sizeof reasons)
			break;
	}
	{
		const char *pairs[] = { "reasons", reasons, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:ruled_out"), pairs);
	}
}
