/* One check on record: its fields, their text, and the text helpers a
 * listing needs (fold, China time). Made from a check by record_make.h. */
#include "history/record.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "core/text.h"

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
