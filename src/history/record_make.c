/* A record from one complete check (record_make.h). */
#include "history/record_make.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slip.h"
#include "load/verdict_ini.h"
#include "history/codec.h"

/* the answers' fields a list shows, copied as typed */
static bool set_answer(hist_record *rec, hist_field f, const ed_raw_answers *raw,
		       ed_answer_key k)
{
	return hist_record_set(rec, f, raw_get(raw, k));
}

bool hist_record_make(hist_record *rec, const hist_meta *m, const ed_raw_answers *raw,
		      const ed_answers *a, const ed_verdict *v, const ed_rules *r,
		      const slipdoc *doc)
{
	char *verdict = report_ini("verdict", a, v, r);
	char *answers = codec_answers_encode(raw);
	char *slip = codec_doc_encode(doc);
	char val[512], day[16];
	bool transit = a->flow == FLOW_TRANSIT, ok;

	memset(rec, 0, sizeof *rec);
	rec->at = m->at;
	hist_time_text(m->at, val, sizeof val);
	ok = verdict && answers && slip && hist_record_set(rec, HF_AT_TEXT, val) &&
	     hist_record_set(rec, HF_COUNTER, m->counter) &&
	     hist_record_set(rec, HF_AGENT, m->agent) &&
	     hist_record_set(rec, HF_RULES_DIGEST, m->rules_digest) &&
	     hist_record_set(rec, HF_FLOW, flow_name(a->flow)) &&
	     set_answer(rec, HF_NAME, raw, AK_NAME) &&
	     set_answer(rec, HF_NAME_KEY, raw, AK_NAME) &&
	     set_answer(rec, HF_NUMBER, raw, transit ? AK_PASSPORT_NUMBER : AK_PERMIT_NUMBER) &&
	     set_answer(rec, HF_NUMBER_KEY, raw, transit ? AK_PASSPORT_NUMBER : AK_PERMIT_NUMBER) &&
	     set_answer(rec, HF_NATIONALITY, raw, transit ? AK_NATIONALITY : AK_RESIDENCE);
	if (ok) {
		hist_fold(rec->f[HF_NAME_KEY]);
		hist_fold(rec->f[HF_NUMBER_KEY]);
		hist_fold(rec->f[HF_NATIONALITY]);
	}
	/* what core said, key by key: the way in, its outcome and deadline */
	hist_verdict_value(verdict, transit ? "way_in" : "flow", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_WAY_IN, val);
	hist_verdict_value(verdict, transit ? "way_in_outcome" : "outcome", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_OUTCOME, val);
	hist_verdict_value(verdict, transit ? "way_in_until" : "valid_until", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_DEADLINE, val);
	hist_verdict_value(verdict, transit ? "way_in_area" : "usable_for", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_AREA, val);
	hist_verdict_value(verdict, "reasons", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_REASONS, val);
	hist_verdict_value(verdict, transit ? "way_in_review" : "review", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_REVIEW, val);
	hist_verdict_value(verdict, "rules_as_of", val, sizeof val);
	ok = ok && hist_record_set(rec, HF_RULES_AS_OF, val);
	/* the trip's last day: who is still travelling when the rules change */
	if (transit)
		date_format(a->departure_date, day, sizeof day);
	else
		snprintf(day, sizeof day, "%.10s", hist_record_get(rec, HF_DEADLINE));
	ok = ok && hist_record_set(rec, HF_TRIP_END, day);
	if (ok) {
		rec->f[HF_ANSWERS] = answers;
		rec->f[HF_VERDICT] = verdict;
		rec->f[HF_SLIP] = slip;
		return true;
	}
	free(verdict);
	free(answers);
	free(slip);
	hist_record_clear(rec);
	return false;
}
