/* A record made from core's result: the [verdict] section core writes
 * gives the way in, outcome and deadline, word for word. */
#include "history/record.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "core/slip.h"
#include "load/verdict_ini.h"
#include "core/text.h"
#include "history/codec.h"

static const char *const columns[HF_COUNT] = {
#define HIST_F_COL(id, col) col,
	HIST_FIELDS(HIST_F_COL)
#undef HIST_F_COL
};

const char *hist_field_column(hist_field f)
{
	return f < HF_COUNT ? columns[f] : "";
}

bool hist_record_set(hist_record *rec, hist_field f, const char *value)
{
	char *copy = text_dup(value ? value : "");

	if (!copy)
		return false;
	free(rec->f[f]);
	rec->f[f] = copy;
	return true;
}

const char *hist_record_get(const hist_record *rec, hist_field f)
{
	return rec->f[f] ? rec->f[f] : "";
}

void hist_record_clear(hist_record *rec)
{
	for (int i = 0; i < HF_COUNT; i++)
		free(rec->f[i]);
	memset(rec, 0, sizeof *rec);
}

bool hist_record_copy(hist_record *dst, const hist_record *src)
{
	memset(dst, 0, sizeof *dst);
	dst->id = src->id;
	dst->at = src->at;
	for (int i = 0; i < HF_COUNT; i++)
		if (src->f[i] && !hist_record_set(dst, i, src->f[i])) {
			hist_record_clear(dst);
			return false;
		}
	return true;
}

void hist_verdict_value(const char *verdict, const char *key, char *out, size_t size)
{
	size_t klen = strlen(key);
	const char *p = verdict;

	out[0] = '\0';
	while (p && *p) {
		size_t len = strcspn(p, "\n");
		if (len > klen + 2 && !strncmp(p, key, klen) && !strncmp(p + klen, " = ", 3)) {
			const char *v = p + klen + 3;
			size_t n = len - klen - 3;
			/* report_ini quotes values holding ; or # */
			if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
				v++;
				n -= 2;
			}
			snprintf(out, size, "%.*s", (int)n, v);
			return;
		}
		p += len;
		if (*p)
			p++;
	}
}

void hist_fold(char *s)
{
	size_t i = 0, n = strlen(s);
	mbstate_t in, out;

	memset(&in, 0, sizeof in);
	memset(&out, 0, sizeof out);
	while (i < n) {
		wchar_t wc;
		char mb[MB_LEN_MAX];
		size_t len = mbrtowc(&wc, s + i, n - i, &in), up;
		if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
			/* not UTF-8 here: ASCII only */
			if (s[i] >= 'a' && s[i] <= 'z')
				s[i] = (char)(s[i] - 'a' + 'A');
			memset(&in, 0, sizeof in);
			i++;
			continue;
		}
		up = wcrtomb(mb, (wchar_t)towupper((wint_t)wc), &out);
		/* in place only when the upper case takes as many bytes */
		if (up == len)
			memcpy(s + i, mb, len);
		i += len;
	}
}

/* date_to_days counts from its own origin: the Unix epoch's day in it */
static long epoch_days(void)
{
	return date_to_days((ed_date){ 1970, 1, 1 });
}

void hist_time_text(long long at, char *out, size_t size)
{
	/* China time has no daylight saving: UTC+8 all year */
	long long t = at + 8 * 3600;
	long long days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
	long secs = (long)(t - days * 86400);
	ed_date d = date_from_days((long)days + epoch_days());

	snprintf(out, size, "%04d-%02d-%02d %02ld:%02ld", d.y, d.m, d.d, secs / 3600,
		 secs / 60 % 60);
}

long long hist_day_start(ed_date d)
{
	return (long long)(date_to_days(d) - epoch_days()) * 86400 - 8 * 3600;
}

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
