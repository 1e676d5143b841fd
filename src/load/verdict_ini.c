/* The [verdict] section of `entrydesk check --format ini` (and of the
 * history's records): the outcome, the way in and its terms as codes and
 * ISO moments, for programs to read. Its values are quoted by ini_quote,
 * the one INI quoting, beside the reader that reads them back. */
#include "load/verdict_ini.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip_values.h"
#include "core/text.h"
#include "core/verdict_query.h"
#include "load/ini.h"

#define MAX_LIST 128

/* key = value, written by the one INI quoting (ini_quote) so that the
 * reader and iniparser read back the value; "key =" when empty */
static void ini_pair(text_buf *b, const char *key, const char *value)
{
	const char *v = value ? value : "";
	size_t size = strlen(v) + 16;
	char *buf = malloc(size);
	const char *q = buf && *v ? ini_quote(v, buf, size) : NULL;

	if (!*v)
		text_buf_printf(b, "%s =\n", key);
	else
		text_buf_printf(b, "%s = %s\n", key, q ? q : v);
	free(buf);
}

static void ini_codes(text_buf *b, const char *key, unsigned bits, bool reasons)
{
	text_buf list = {0};
	size_t i, n = reasons ? R_COUNT : V_COUNT;

	for (i = 0; i < n; i++) {
		if (!((bits >> i) & 1u))
			continue;
		text_buf_printf(&list, "%s%s", list.len ? "," : "",
				reasons ? reason_code((ed_reason)i) : review_code((ed_review)i));
	}
	ini_pair(b, key, list.s);
	text_buf_free(&list);
}

static void ini_moment(text_buf *b, const char *key, bool has, ed_moment m)
{
	char buf[32] = "";

	if (has)
		moment_format(m, buf, sizeof buf);
	ini_pair(b, key, buf);
}

char *report_ini(const char *section, const ed_answers *a, const ed_verdict *v,
		 const ed_rules *r)
{
	text_buf b = {0}, list = {0};
	const ed_version *pol = slip_policy_of(v);
	char buf[64];
	size_t i, n;

	text_buf_printf(&b, "[%s]\n", section);
	ini_pair(&b, "flow", flow_name(a->flow));
	ini_pair(&b, "outcome", outcome_name(v->outcome));
	if (a->flow == FLOW_TRANSIT) {
		const ed_area *areas[MAX_LIST];
		const ed_port *ports[MAX_LIST];

		/* a traveller who may not transit has no deadline, area or exit:
		 * printing the port's would read as a grant */
		bool granted = v->outcome != OUTCOME_NOT_ELIGIBLE;

		ini_pair(&b, "scheme", verdict_scheme_id(v));
		ini_moment(&b, "stay_from", granted && v->has_deadline, v->stay_from);
		ini_moment(&b, "exit_deadline", granted && v->has_deadline, v->deadline);
		n = granted ? verdict_areas(v, areas, MAX_LIST) : 0;
		for (i = 0; i < n && i < MAX_LIST; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", areas[i]->id);
		ini_pair(&b, "area", list.s);
		text_buf_free(&list);
		n = granted ? verdict_exit_ports(v, ports, MAX_LIST) : 0;
		for (i = 0; i < n && i < MAX_LIST; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", ports[i]->id);
		ini_pair(&b, "exit_ports", list.s);
		text_buf_free(&list);
	} else {
		bool ok = v->outcome == OUTCOME_ELIGIBLE;
		buf[0] = '\0';
		if (ok)
			date_format(v->valid_from, buf, sizeof buf);
		ini_pair(&b, "valid_from", buf);
		ini_moment(&b, "valid_until", ok, v->valid_until);
		ini_pair(&b, "usable_for", v->epass ? v->epass->usable_for : "");
		snprintf(buf, sizeof buf, "%d", v->applications_left);
		ini_pair(&b, "applications_left", v->epass && v->applications_left >= 0 ? buf : "");
	}
	ini_codes(&b, "reasons", reasons_deciding(v->reasons), true);
	ini_codes(&b, "review", v->reviews, false);
	if (a->flow == FLOW_TRANSIT) {
		const ed_way *in = verdict_way_in(v);
		const ed_area *areas[MAX_LIST];

		ini_pair(&b, "way_in", in ? in->regime->id : v->not_foreign ? "permit" :
			 v->passport_expired ? "renew_passport" : "visa");
		ini_pair(&b, "way_in_outcome", outcome_name(in ? in->outcome : OUTCOME_NOT_ELIGIBLE));
		ini_moment(&b, "way_in_until", in && in->has_until, in ? in->until : v->deadline);
		n = in ? way_areas(v, in, areas, MAX_LIST) : 0;
		for (i = 0; i < n && i < MAX_LIST; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", areas[i]->id);
		ini_pair(&b, "way_in_area", in && !n && !v->direct_transit ? "mainland" : list.s);
		text_buf_free(&list);
		ini_codes(&b, "way_in_review", in ? in->reviews : 0, false);
		for (i = 0; i < v->n_ways_in; i++)
			text_buf_printf(&list, "%s%s", i ? "," : "", v->ways[v->ways_in[i]].regime->id);
		ini_pair(&b, "ways_in", list.s);
		text_buf_free(&list);
	}
	{
		/* the policy that decided; the transit scheme's own version in
		 * its own keys */
		ed_policy dec;
		bool has = verdict_policy(v, r, &dec);
		ini_pair(&b, "policy", has ? dec.section : "");
		ini_pair(&b, "policy_label", has && dec.label ? dec.label : "");
		ini_pair(&b, "policy_source", has && dec.source ? dec.source : "");
		if (a->flow == FLOW_TRANSIT) {
			ini_pair(&b, "transit_policy", pol ? pol->section : "");
			ini_pair(&b, "transit_policy_label", pol ? pol->label : "");
			ini_pair(&b, "transit_policy_source", pol ? pol->source : "");
		}
	}
	date_format(rules_newest_as_of(r), buf, sizeof buf);
	ini_pair(&b, "rules_as_of", buf);
	return text_buf_take(&b);
}
