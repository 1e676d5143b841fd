/* The itinerary preview as a check result (result.h): once the entry port
 * and date are in, the traveller's own way in so far (early.h
 * preview_way_in), else the port's scheme; in rules.ini's [verdict] words. */
#include "core/result.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/date.h"
#include "core/transit.h"
#include "core/verdict_query.h"
#include "core/text.h"

static const char *T(const ed_rules *r, const char *key)
{
	const char *t = rules_text(r, key);
	return t ? t : "";
}

/* "{count} provinces" for n areas */
static void area_count(const ed_rules *r, size_t n, char *out, size_t size)
{
	char count[16];
	const char *pairs[] = { "count", count, NULL };

	snprintf(count, sizeof count, "%zu", n);
	text_fill_pairs(out, size, T(r, "verdict:preview_area_cross"), pairs);
}

/* the area of a way, in the rules' own names */
static void way_area_words(const ed_rules *r, const ed_verdict *v, const ed_way *in,
			   char *out, size_t size)
{
	const ed_area *areas[64];
	size_t n = way_areas(v, in, areas, 64);

	out[0] = '\0';
	if (in->version && n == 0)
		snprintf(out, size, "%s", T(r, "ways:area_mainland"));
	else if (n > 1)
		area_count(r, n, out, size);
	else if (n == 1)
		snprintf(out, size, "%s", areas[0]->name);
}

/* the traveller's own way in so far; false before the nationality is in */
static bool own_way(ed_result *res, const ed_raw_answers *raw, const ed_rules *r,
		    ed_date today, const char *port, const char *day, char *out, size_t size)
{
	const ed_way *in;
	char until[32] = "", area[200] = "";
	const char *key;

	partial_build(FLOW_TRANSIT, raw, r, today, &res->p);
	if (!preview_way_in(&res->p, r, &res->v))
		return false;
	in = verdict_way_in(&res->v);
	res->way_in = in;
	if (in && in->has_until) {
		moment_format(in->until, until, sizeof until);
		res->has_deadline = true;
		res->deadline = in->until;
	}
	if (in)
		way_area_words(r, &res->v, in, area, sizeof area);
	key = res->v.not_foreign ? "verdict:preview_not_foreign" :
	      res->v.passport_expired ? "verdict:preview_renew" : !in ? "verdict:preview_visa" :
	      res->v.direct_transit && !in->version ? "verdict:preview_direct" :
	      in->outcome == OUTCOME_REVIEW ? "verdict:preview_way_review" : "verdict:preview_way";
	{
		const char *pairs[] = {
			"port", port, "date", day,
			"way", in ? in->version ? in->version->label : in->regime->label : "",
			"deadline", until, "area", area, NULL
		};
		text_fill_pairs(out, size, T(r, key), pairs);
	}
	return true;
}

/* the port's scheme, before the nationality is in */
static void port_scheme(const ed_rules *r, const ed_transit_preview *pv, const char *port,
			const char *day, char *out, size_t size)
{
	char from[32], until[32], area[160] = "";
	const char *key = !pv->scheme ? "verdict:preview_none" :
			  pv->unlisted ? "verdict:preview_unlisted" : "verdict:preview_port";

	moment_format(pv->stay_from, from, sizeof from);
	moment_format(pv->deadline, until, sizeof until);
	if (pv->scheme && pv->scheme->cross_area) {
		/* travel crosses all the scheme's areas: name them by count */
		size_t n = 0;
		for (size_t i = 0; i < pv->scheme->n_entries; i++) {
			const ed_area *a = pv->scheme->entries[i].area;
			bool seen = false;
			for (size_t k = 0; k < i && !seen; k++)
				seen = pv->scheme->entries[k].area == a;
			n += a && !seen;
		}
		area_count(r, n, area, sizeof area);
	} else if (pv->entry && pv->entry->area) {
		snprintf(area, sizeof area, "%s", pv->entry->area->name);
	}
	{
		const char *pairs[] = {
			"port", port, "date", day, "scheme", pv->scheme ? pv->scheme->id : "",
			"from", from, "deadline", until, "area", area, NULL
		};
		text_fill_pairs(out, size, T(r, key), pairs);
	}
}

bool result_preview(ed_result *out, const ed_raw_answers *raw, const ed_rules *r,
		    ed_date today)
{
	const char *port = raw_get(raw, AK_ENTRY_PORT);
	const char *date = raw_get(raw, AK_ENTRY_DATE);
	const ed_port *p;
	const char *name;
	ed_transit_preview pv;
	ed_date d;
	char day[16], text[1200];

	memset(out, 0, sizeof *out);
	out->v.flow = FLOW_TRANSIT;
	if (!port || !*port || !date || !answers_date(date, today, &d))
		return false;
	p = rules_port(r, port);
	name = p ? p->name : !strcasecmp(port, "other") ? T(r, "verdict:preview_other_port") :
	       port;
	date_format(d, day, sizeof day);
	if (!transit_preview(r, port, d, &pv)) {
		const char *pairs[] = { "date", day, NULL };
		text_fill_pairs(text, sizeof text, T(r, "verdict:preview_no_rules"), pairs);
	} else if (!own_way(out, raw, r, today, name, day, text, sizeof text)) {
		port_scheme(r, &pv, name, day, text, sizeof text);
		out->has_deadline = pv.scheme != NULL;
		out->deadline = pv.deadline;
	}
	out->stage = STAGE_PREVIEW;
	out->headline.sev = SEV_STRONG;
	out->headline.text = text_dup(text);
	out->failed = !out->headline.text;
	return !out->failed;
}
