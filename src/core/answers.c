/* The answers of one check: the key table, per-field checks that say what
 * is accepted, and the parse into the form the verdicts take. */
#include "core/answers.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/match.h"
#include "core/text.h"

const ed_answer_field answer_fields[AK_COUNT] = {
#define ED_AK_ROW(id, sec, k, fl, ty, req, ch) {AK_##id, sec, k, fl, ty, req, ch},
	ED_ANSWER_KEYS(ED_AK_ROW)
#undef ED_AK_ROW
};

#define MAX_VALUE ED_ANSWER_MAX_CHARS

/* An airline date without a year (5DEC) is the first such day on or after
 * the same day one month before the check date: a trip booked ahead, or one
 * that began in the last month ("29DEC" typed on 3 January is 29 December
 * just gone), never one a year out by accident. The same rule for every
 * field, stated in F1 (screens/common.ini [help] keys). */
#define AIRLINE_LOOKBACK_MONTHS 1

bool answers_date(const char *s, ed_date today, ed_date *out)
{
	return date_parse_any(s, date_add_months(today, -AIRLINE_LOOKBACK_MONTHS), out);
}

const ed_answer_field *answers_field(ed_flow flow, const char *section, const char *key)
{
	char sec[64];
	const char *k = key;

	if (!section)
		return NULL;
	if (!key) {
		const char *dot = strchr(section, '.');
		size_t n = dot ? (size_t)(dot - section) : 0;
		if (!dot || n >= sizeof sec)
			return NULL;
		memcpy(sec, section, n);
		sec[n] = '\0';
		section = sec;
		k = dot + 1;
	}
	for (int i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		if ((f->flows & flow) && !strcasecmp(f->section, section) && !strcasecmp(f->key, k))
			return f;
	}
	return NULL;
}

const char *answers_field_name(const ed_answer_field *f, char *buf, size_t size)
{
	snprintf(buf, size, "%s.%s", f->section, f->key);
	return buf;
}

const char *answers_accepted_form(const ed_answer_field *f, char *buf, size_t size)
{
	switch (f->type) {
	case FT_TEXT:
		snprintf(buf, size, "text of at most %d characters", MAX_VALUE);
		break;
	case FT_DATE:
		snprintf(buf, size, "a date YYYY-MM-DD (2026-12-05), 5DEC26, 05DEC2026 or 5DEC");
		break;
	case FT_TIME:
		snprintf(buf, size, "a time HH:MM from 00:00 to 23:59, China time");
		break;
	case FT_YESNO:
		snprintf(buf, size, "yes or no");
		break;
	case FT_NUMBER:
		snprintf(buf, size, "a whole number from 0 to 999");
		break;
	case FT_COUNTRY:
		/* a nationality's example is a foreign passport: HKG, MAC and TWN
		 * are no foreign passport (rules.ini [rules] not_foreign); they
		 * are the residences of the e-pass, and places to travel from or to */
		snprintf(buf, size, "an ISO 3166-1 alpha-3 code (%s)",
			 f->id == AK_NATIONALITY ? "USA, DEU, GBR" :
			 f->id == AK_RESIDENCE ? "HKG, MAC, TWN" : "USA, DEU, HKG");
		break;
	case FT_PORT:
		snprintf(buf, size, "a port of mainland China: a city or port of rules.ini, its "
			 "airport code (PVG, Shanghai), or other for another one");
		break;
	case FT_CHOICE: {
		/* "a|b|c" -> "a, b or c" */
		size_t n = 0;
		const char *p = f->choices;
		buf[0] = '\0';
		while (p && *p && n + 1 < size) {
			const char *bar = strchr(p, '|');
			size_t len = bar ? (size_t)(bar - p) : strlen(p);
			const char *sep = n == 0 ? "" : (bar ? ", " : " or ");
			int w = snprintf(buf + n, size - n, "%s%.*s", sep, (int)len, p);
			if (w < 0)
				break;
			n += (size_t)w;
			if (n >= size)
				break;
			p = bar ? bar + 1 : NULL;
		}
		break;
	}
	}
	return buf;
}

const char *flow_name(ed_flow flow)
{
	return flow == FLOW_EPASS ? "epass" : flow == FLOW_TRANSIT ? "transit" : "both";
}

bool flow_parse(const char *s, ed_flow *out)
{
	if (s && !strcasecmp(s, "transit"))
		*out = FLOW_TRANSIT;
	else if (s && !strcasecmp(s, "epass"))
		*out = FLOW_EPASS;
	else
		return false;
	return true;
}

void raw_set(ed_raw_answers *raw, ed_answer_key k, const char *value)
{
	char *copy = NULL;
	if (k < 0 || k >= AK_COUNT)
		return;
	if (value) {
		copy = strdup(value);
		if (!copy)
			return; /* keeps the old value rather than losing it */
	}
	free(raw->val[k]);
	raw->val[k] = copy;
}

const char *raw_get(const ed_raw_answers *raw, ed_answer_key k)
{
	return k >= 0 && k < AK_COUNT ? raw->val[k] : NULL;
}

void raw_clear(ed_raw_answers *raw)
{
	for (int i = 0; i < AK_COUNT; i++) {
		free(raw->val[i]);
		raw->val[i] = NULL;
	}
}

/* the choice of f matching v (any case), copied to out */
static bool choice_match(const char *choices, const char *v, char *out, size_t size)
{
	size_t len;
	const char *p = text_choice(choices, v, true, &len);

	if (!p || len >= size)
		return false;
	memcpy(out, p, len);
	out[len] = '\0';
	return true;
}

/* a value that may be quoted in a message: a short word of letters for a
 * field whose values are a fixed list; for a day or a time, a short value
 * (31FEB23, 25:00, next year) without the long runs of digits or capitals
 * of a document number or a name from a passport */
static bool vocabulary_word(const ed_answer_field *f, const char *v)
{
	size_t n = 0;

	if (f->type == FT_DATE || f->type == FT_TIME) {
		int digits = 0, caps = 0;
		for (; v[n]; n++) {
			digits = isdigit((unsigned char)v[n]) ? digits + 1 : 0;
			caps = isupper((unsigned char)v[n]) ? caps + 1 : 0;
			if (digits > 4 || caps > 3)
				return false;
		}
		return n <= 12;
	}
	if (f->type != FT_YESNO && f->type != FT_CHOICE && f->type != FT_COUNTRY)
		return false;
	for (; v[n]; n++)
		if (!isalpha((unsigned char)v[n]) && v[n] != '_')
			return false;
	return n > 0 && n <= 20;
}

/* An airport outside mainland China typed as a port (LAX, HKG): said with
 * its city and country, whatever rules.ini lists. A code of a mainland
 * airport that rules.ini does not list is "another port in mainland
 * China": the verdict says what an unlisted port gets. */
static bool port_abroad(const ed_answer_field *f, const char *v, const ed_rules *rules,
			char *why, size_t why_size, const char *form)
{
	const ed_airport *ap;
	const ed_country *c;
	bool exit = f->id == AK_EXIT_PORT;

	if (!rules || rules_port(rules, v))
		return false;
	/* an airport's code first: LAX is Los Angeles, not only its country */
	ap = rules_airport(rules, v);
	if (ap && !strcmp(ap->country, "CHN"))
		return false;
	c = ap ? NULL : match_country_sure(rules, v);
	if (c && strcmp(c->code, "CHN")) {
		snprintf(why, why_size, "%s is outside mainland China: the %s port is where the "
			 "traveller %s mainland China; accepted: %s", c->name,
			 exit ? "exit" : "entry", exit ? "leaves" : "enters", form);
		return true;
	}
	if (!ap)
		return false;
	c = rules_country(rules, ap->country);
	snprintf(why, why_size, "%s is %s, %s: the %s port is where the traveller %s "
		 "mainland China; accepted: %s", ap->code, ap->city, c ? c->name : ap->country,
		 exit ? "exit" : "entry", exit ? "leaves" : "enters", form);
	return true;
}

bool answers_check_value(const ed_answer_field *f, const char *value,
			 const ed_rules *rules, ed_date today,
			 char *norm, size_t norm_size, char *why, size_t why_size)
{
	char v[MAX_VALUE * 4 + 1], form[160];
	size_t len;

	answers_accepted_form(f, form, sizeof form);
	if (!value) {
		snprintf(why, why_size, "missing; accepted: %s", form);
		return false;
	}
	if (strlen(value) > sizeof v - 1) {
		snprintf(why, why_size, "too long; accepted: %s", form);
		return false;
	}
	snprintf(v, sizeof v, "%s", value);
	text_trim(v);
	len = strlen(v);
	if (len == 0) {
		snprintf(why, why_size, "empty; accepted: %s", form);
		return false;
	}
	/* what is kept prints on a terminal, a slip and a PDF as typed */
	if (!text_clean(v)) {
		snprintf(why, why_size, "holds a control character or bytes that are not "
			 "UTF-8; accepted: %s", form);
		return false;
	}
	switch (f->type) {
	case FT_TEXT:
		/* counts characters, not bytes: a CJK name is as long as it looks */
		{
			size_t chars = 0;
			for (const char *p = v; *p; p++)
				chars += ((unsigned char)*p & 0xc0) != 0x80;
			if (chars > MAX_VALUE)
				goto bad;
		}
		snprintf(norm, norm_size, "%s", v);
		return true;
	case FT_DATE: {
		ed_date d;
		char no_day[80];
		if (!answers_date(v, today, &d)) {
			if (!date_why_invalid(v, no_day, sizeof no_day))
				goto bad;
			snprintf(why, why_size, "'%.60s' is not a day: %s; accepted: %s", v,
				 no_day, form);
			return false;
		}
		date_format(d, norm, norm_size);
		return true;
	}
	case FT_TIME: {
		int m = time_parse(v);
		if (m == ED_NO_TIME && len == 4 && isdigit((unsigned char)v[0])) {
			/* 1430, the way times are often read off a ticket; 9:30 */
			char hm[6] = {v[0], v[1], ':', v[2], v[3], '\0'};
			if (v[1] == ':')
				hm[0] = '0', hm[1] = v[0], hm[3] = v[2], hm[4] = v[3];
			m = time_parse(hm);
		}
		if (m == ED_NO_TIME && len == 3 && isdigit((unsigned char)v[0]) &&
		    isdigit((unsigned char)v[1]) && isdigit((unsigned char)v[2])) {
			/* 930: the hour's one digit, then the minutes */
			char hm[6] = {'0', v[0], ':', v[1], v[2], '\0'};
			m = time_parse(hm);
		}
		if (m == ED_NO_TIME)
			goto bad;
		time_format(m, norm, norm_size);
		return true;
	}
	case FT_YESNO:
		if (!strcasecmp(v, "yes") || !strcasecmp(v, "y"))
			snprintf(norm, norm_size, "yes");
		else if (!strcasecmp(v, "no") || !strcasecmp(v, "n"))
			snprintf(norm, norm_size, "no");
		else
			goto bad;
		return true;
	case FT_NUMBER: {
		char *end;
		long n;
		for (const char *p = v; *p; p++)
			if (!isdigit((unsigned char)*p))
				goto bad;
		n = strtol(v, &end, 10);
		if (len > 3 || n < 0 || n > 999)
			goto bad;
		snprintf(norm, norm_size, "%ld", n);
		return true;
	}
	case FT_COUNTRY: {
		char up[4];
		if (len != 3)
			goto bad;
		for (int i = 0; i < 3; i++) {
			if (!isalpha((unsigned char)v[i]))
				goto bad;
			up[i] = (char)toupper((unsigned char)v[i]);
		}
		up[3] = '\0';
		if (rules && !rules_country(rules, up)) {
			snprintf(why, why_size, "'%s' is not an ISO 3166-1 country code; accepted: %s",
				 v, form);
			return false;
		}
		snprintf(norm, norm_size, "%s", up);
		return true;
	}
	case FT_PORT:
		/* a port rules.ini does not know is a verdict, not an input error */
		for (const char *p = v; *p; p++) {
			unsigned char c = (unsigned char)*p;
			if (!(isalnum(c) || c >= 0x80 || strchr(" -_'().,", c)))
				goto bad;
		}
		if (len > 80)
			goto bad;
		if (port_abroad(f, v, rules, why, why_size, form))
			return false;
		snprintf(norm, norm_size, "%s", v);
		return true;
	case FT_CHOICE:
		if (!choice_match(f->choices, v, norm, norm_size))
			goto bad;
		return true;
	}
bad:
	/* only a word meant for a fixed vocabulary (yes/no, choices, codes) is
	 * quoted: anything else may be a name or a passport number typed in
	 * the wrong place */
	if (vocabulary_word(f, v))
		snprintf(why, why_size, "'%s' is not accepted; accepted: %s", v, form);
	else
		snprintf(why, why_size, "not accepted; accepted: %s", form);
	return false;
}

/* norm holds a checked alpha-3 code */
static void code_copy(ed_code dst, const char *norm)
{
	size_t n = strnlen(norm, sizeof(ed_code) - 1);
	memcpy(dst, norm, n);
	dst[n] = '\0';
}

void answers_assign(ed_answers *a, ed_answer_key k, const char *norm, const char *raw)
{
	switch (k) {
	case AK_CHECK_DATE: date_parse(norm, &a->date); break;
	case AK_SLIP_CHINESE: a->slip_chinese = raw; break;
	case AK_NAME: a->name = raw; break;
	case AK_NATIONALITY: code_copy(a->nationality, norm); break;
	case AK_PASSPORT_NUMBER: a->passport_number = raw; break;
	case AK_PASSPORT_EXPIRY: date_parse(norm, &a->passport_expiry); break;
	case AK_RESIDENCE: code_copy(a->residence, norm); break;
	case AK_PERMIT_NUMBER: a->permit_number = raw; break;
	case AK_PERMIT_EXPIRY: date_parse(norm, &a->permit_expiry); break;
	case AK_PERMIT_STATUS:
		if (!permit_status_parse(norm, &a->permit_status))
			a->permit_status = PERMIT_WITH_TRAVELLER;
		break;
	case AK_GENDER: a->gender = raw; break;
	case AK_MOBILE: a->mobile = raw; break;
	case AK_APPLICATIONS: a->applications_this_month = atoi(norm); break;
	case AK_ARRIVING_FROM: code_copy(a->arriving_from, norm); break;
	case AK_ENTRY_PORT: a->entry_port = raw; break;
	case AK_ENTRY_DATE: date_parse(norm, &a->entry_date); break;
	case AK_ENTRY_TIME: a->entry_time = time_parse(norm); break;
	case AK_DESTINATION: code_copy(a->destination, norm); break;
	case AK_EXIT_PORT: a->exit_port = raw; break;
	case AK_DEPARTURE_DATE: date_parse(norm, &a->departure_date); break;
	case AK_DEPARTURE_TIME: a->departure_time = time_parse(norm); break;
	case AK_SEAT_CONFIRMED: a->seat_confirmed = !strcmp(norm, "yes"); break;
	case AK_TRANSIT_PURPOSE:
	case AK_EPASS_PURPOSE: a->purpose = raw; break;
	case AK_VERIFICATION_CODE: a->verification_code = !strcmp(norm, "yes"); break;
	case AK_FACE_CHECK: a->face_check = !strcmp(norm, "yes"); break;
	case AK_PASSWORD_SET: a->password_set = !strcmp(norm, "yes"); break;
	case AK_LOCATION_NOW: a->location_now = raw; break;
	case AK_ACCOMMODATION: a->accommodation = raw; break;
	case AK_VISA_REFUSAL: a->visa_refusal_stamp = !strcmp(norm, "yes"); break;
	case AK_VIOLATION: a->immigration_violation = !strcmp(norm, "yes"); break;
	case AK_PASSPORT_TYPE: a->passport_type = raw; break;
	case AK_GROUP: a->group = raw; break;
	case AK_GROUP_SIZE: a->group_size = atoi(norm); break;
	case AK_GROUP_TOGETHER: a->group_together = !strcmp(norm, "yes"); break;
	case AK_DAYS_180: a->days_180 = atoi(norm); break;
	case AK_BIRTH_DATE: /* recorded from a scan or manifest; no verdict reads it yet */
	case AK_FLOW:
	case AK_COUNT:
		break;
	}
}

void answers_defaults(ed_answers *a)
{
	a->passport_type = "ordinary";
	a->group = "none";
	a->group_size = a->group_together = a->days_180 = -1;
	a->password_set = true; /* not asked: step 6 comes only after step 5 */
}

bool answers_parse(const ed_raw_answers *raw, const ed_rules *rules,
		   ed_date today, const char *file, ed_answers *out, ed_error *err)
{
	char norm[MAX_VALUE * 4 + 1], why[512];
	ed_flow flow;

	memset(out, 0, sizeof *out);
	out->entry_time = out->departure_time = ED_NO_TIME;
	answers_defaults(out);
	if (!flow_parse(raw->val[AK_FLOW], &flow)) {
		error_set(err, file, "check", "flow", "%s; accepted: transit or epass",
			  raw->val[AK_FLOW] ? "not a flow" : "missing");
		return false;
	}
	out->flow = flow;
	out->date = today;

	for (int i = 0; i < AK_COUNT; i++) {
		const ed_answer_field *f = &answer_fields[i];
		const char *v = raw->val[i];
		if (!(f->flows & flow) || i == AK_FLOW)
			continue;
		if (!v || !*v) {
			if (f->required) {
				char form[160];
				error_set(err, file, f->section, f->key, "missing; accepted: %s",
					  answers_accepted_form(f, form, sizeof form));
				return false;
			}
			continue;
		}
		if (!answers_check_value(f, v, rules, today, norm, sizeof norm, why, sizeof why)) {
			error_set(err, file, f->section, f->key, "%s", why);
			return false;
		}
		answers_assign(out, (ed_answer_key)i, norm, v);
	}

	if (flow == FLOW_TRANSIT) {
		char e[16], dd[16];
		int c = date_cmp(out->departure_date, out->entry_date);
		if (!out->exit_port)
			out->exit_port = out->entry_port;
		date_format(out->entry_date, e, sizeof e);
		date_format(out->departure_date, dd, sizeof dd);
		if (c < 0) {
			error_set(err, file, "trip", "departure_date",
				  "%s is before the entry date %s; accepted: a date on or after the entry",
				  dd, e);
			return false;
		}
		if (c == 0 && out->entry_time != ED_NO_TIME && out->departure_time != ED_NO_TIME &&
		    out->departure_time < out->entry_time) {
			error_set(err, file, "trip", "departure_time",
				  "before the entry time on the same day; accepted: a time at or after %s",
				  raw->val[AK_ENTRY_TIME]);
			return false;
		}
		if (rules && rules->n_transit && date_cmp(out->entry_date, rules->transit[0].v.from) < 0) {
			char from[16];
			date_format(rules->transit[0].v.from, from, sizeof from);
			error_set(err, file, "trip", "entry_date",
				  "%s is before the earliest rules in %s; accepted: %s or later",
				  e, rules->path ? rules->path : "rules.ini", from);
			return false;
		}
	}
	return true;
}

static const char *const permit_names[PERMIT_COUNT] = {
#define ED_PERMIT_NAME(id, name) [PERMIT_##id] = name,
	ED_PERMIT_STATUSES(ED_PERMIT_NAME)
#undef ED_PERMIT_NAME
};

const char *permit_status_name(ed_permit_status s)
{
	return s < PERMIT_COUNT ? permit_names[s] : "";
}

bool permit_status_parse(const char *name, ed_permit_status *out)
{
	for (int i = 0; name && i < PERMIT_COUNT; i++)
		if (!strcmp(name, permit_names[i])) {
			*out = (ed_permit_status)i;
			return true;
		}
	return false;
}
