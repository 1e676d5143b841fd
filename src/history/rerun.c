/* Stored answers through core again, and the differences in words. */
#include "history/rerun.h"

#include <stdio.h>
#include <string.h>

#include "core/evaluate.h"
#include "core/slip.h"
#include "history/codec.h"
#include "history/record_make.h"

bool hist_rerun_make(hist_rerun *out, const hist_record *old, const ed_rules *r,
		     ed_date today, char *why, size_t why_size)
{
	ed_error err = {0};
	slipdoc *doc;
	hist_meta m = { old->at, hist_record_get(old, HF_COUNTER),
			hist_record_get(old, HF_AGENT), hist_record_get(old, HF_RULES_DIGEST) };

	memset(out, 0, sizeof *out);
	if (!codec_answers_decode(hist_record_get(old, HF_ANSWERS), &out->raw)) {
		snprintf(why, why_size, "the record's answers cannot be read");
		return false;
	}
	if (!answers_parse(&out->raw, r, today, "the recorded answers", &out->a, &err)) {
		snprintf(why, why_size, "%s", err.msg);
		raw_clear(&out->raw);
		return false;
	}
	verdict_evaluate(&out->a, r, &out->v);
	doc = slip_doc(&out->a, &out->v, r, today);
	if (!doc || !hist_record_make(&out->rec, &m, &out->raw, &out->a, &out->v, r, doc)) {
		slipdoc_free(doc);
		raw_clear(&out->raw);
		snprintf(why, why_size, "out of memory");
		return false;
	}
	slipdoc_free(doc);
	return true;
}

void hist_rerun_free(hist_rerun *x)
{
	hist_record_clear(&x->rec);
	raw_clear(&x->raw);
}

int hist_rerun_changes(const hist_record *old, const hist_record *now, char *out, size_t size)
{
	static const struct { hist_field f; const char *what; } compared[] = {
		{ HF_WAY_IN, "way in" }, { HF_OUTCOME, "outcome" },
		{ HF_DEADLINE, "deadline" }, { HF_AREA, "area" },
	};
	size_t k = 0;
	int n = 0;

	out[0] = '\0';
	for (size_t i = 0; i < sizeof compared / sizeof compared[0]; i++) {
		const char *a = hist_record_get(old, compared[i].f);
		const char *b = hist_record_get(now, compared[i].f);
		int w;
		if (!strcmp(a, b))
			continue;
		w = snprintf(out + k, size - k, "%s%s %s -> %s", n ? "; " : "", compared[i].what,
			     *a ? a : "none", *b ? b : "none");
		if (w < 0 || (size_t)w >= size - k)
			break;
		k += (size_t)w;
		n++;
	}
	return n;
}
