/* Civil dates in UTC+8 and the deadline arithmetic of policy.md section 1.
 * Day numbers make adding days exact across month and year ends; months
 * are added on the calendar, clamped to the month's last day. */
#include "core/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};
static const char *const weekday_names[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

bool date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

bool date_valid(ed_date d)
{
	return d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
	       d.d <= date_days_in_month(d.y, d.m);
}

/* reads exactly n digits */
static bool digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool date_parse(const char *s, ed_date *out)
{
	ed_date d;
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	if (!digits(s, 4, &d.y) || !digits(s + 5, 2, &d.m) || !digits(s + 8, 2, &d.d))
		return false;
	if (!date_valid(d))
		return false;
	*out = d;
	return true;
}

static const char *const mon_abbr[12] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
					  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

/* The airline form as written, not yet checked against the calendar:
 * D or DD, a month's three letters, then nothing, YY or YYYY. */
static bool airline_parts(const char *s, ed_date *d, bool *has_year)
{
	size_t len = s ? strlen(s) : 0, nd, rest;
	int v;

	*d = (ed_date){0, 0, 0};
	nd = len > 0 && isdigit((unsigned char)s[0]) ? (len > 1 && isdigit((unsigned char)s[1]) ? 2 : 1) : 0;
	if (!nd || len < nd + 3 || !digits(s, (int)nd, &d->d))
		return false;
	for (int i = 0; i < 12; i++)
		if (!strncasecmp(s + nd, mon_abbr[i], 3))
			d->m = i + 1;
	if (!d->m)
		return false;
	rest = len - nd - 3;
	*has_year = rest != 0;
	if (rest == 0)
		return true;
	if ((rest != 2 && rest != 4) || !digits(s + nd + 3, (int)rest, &v))
		return false;
	/* a two-digit airline year is this century */
	d->y = rest == 2 ? 2000 + v : v;
	return true;
}

bool date_parse_airline(const char *s, ed_date ref, ed_date *out)
{
	ed_date d;
	bool has_year;

	if (!airline_parts(s, &d, &has_year) || d.d < 1 || d.d > 31)
		return false;
	if (!has_year) {
		/* the first such day on or after ref (29FEB: the next leap year) */
		d.y = ref.y;
		for (int tries = 0; tries < 9; tries++, d.y++)
			if (date_valid(d) && date_cmp(d, ref) >= 0)
				break;
	}
	if (!date_valid(d))
		return false;
	*out = d;
	return true;
}

bool date_why_invalid(const char *s, char *buf, size_t size)
{
	ed_date d = {0, 0, 0};
	bool has_year = true;

	if (s && strlen(s) == 10 && s[4] == '-' && s[7] == '-') {
		if (!digits(s, 4, &d.y) || !digits(s + 5, 2, &d.m) || !digits(s + 8, 2, &d.d))
			return false;
	} else if (!airline_parts(s, &d, &has_year)) {
		return false;
	}
	if (d.m < 1 || d.m > 12) {
		snprintf(buf, size, "there is no month %d", d.m);
		return true;
	}
	if (d.d < 1) {
		snprintf(buf, size, "there is no day 0");
		return true;
	}
	if (has_year && (d.y < 1 || d.y > 9999))
		return false;
	if (has_year && d.d > date_days_in_month(d.y, d.m)) {
		snprintf(buf, size, "%s %d has %d days", date_month_name(d.m), d.y,
			 date_days_in_month(d.y, d.m));
		return true;
	}
	if (!has_year && d.d > 29 && d.m == 2) {
		snprintf(buf, size, "February has 28 days, 29 in a leap year");
		return true;
	}
	if (!has_year && d.d > date_days_in_month(2000, d.m)) {
		snprintf(buf, size, "%s has %d days", date_month_name(d.m),
			 date_days_in_month(2000, d.m));
		return true;
	}
	return false;
}

bool date_parse_any(const char *s, ed_date ref, ed_date *out)
{
	return date_parse(s, out) || date_parse_airline(s, ref, out);
}

/* Days from 0001-01-01, by the proleptic Gregorian calendar. */
long date_to_days(ed_date d)
{
	long y = d.y - 1;
	long days = y * 365 + y / 4 - y / 100 + y / 400;
	for (int m = 1; m < d.m; m++)
		days += date_days_in_month(d.y, m);
	return days + d.d - 1;
}

ed_date date_from_days(long days)
{
	ed_date d = {1, 1, 1};
	/* 400 years are 146097 days exactly */
	long cycles = days / 146097;
	days -= cycles * 146097;
	d.y += (int)(cycles * 400);
	while (days >= (date_is_leap(d.y) ? 366 : 365)) {
		days -= date_is_leap(d.y) ? 366 : 365;
		d.y++;
	}
	while (days >= date_days_in_month(d.y, d.m)) {
		days -= date_days_in_month(d.y, d.m);
		d.m++;
	}
	d.d += (int)days;
	return d;
}

ed_date date_add_days(ed_date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

ed_date date_add_months(ed_date d, int n)
{
	long months = (long)d.y * 12 + (d.m - 1) + n;
	ed_date r;
	r.y = (int)(months / 12);
	r.m = (int)(months % 12) + 1;
	r.d = d.d;
	if (r.d > date_days_in_month(r.y, r.m))
		r.d = date_days_in_month(r.y, r.m);
	return r;
}

int date_cmp(ed_date a, ed_date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

int date_weekday(ed_date d)
{
	/* 0001-01-01 was a Monday in the proleptic Gregorian calendar */
	return (int)(date_to_days(d) % 7);
}

const char *date_weekday_name(int wd)
{
	return wd >= 0 && wd < 7 ? weekday_names[wd] : "";
}

const char *date_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

void date_format(ed_date d, char *buf, size_t size)
{
	snprintf(buf, size, "%04d-%02d-%02d", d.y, d.m, d.d);
}

void date_format_long(ed_date d, char *buf, size_t size)
{
	snprintf(buf, size, "%s %d %s %d", date_weekday_name(date_weekday(d)), d.d,
		 date_month_name(d.m), d.y);
}

void date_format_long_zh(ed_date d, char *buf, size_t size)
{
	static const char *const days[] = {"一", "二", "三", "四", "五", "六", "日"};
	int wd = date_weekday(d);

	/* no day of the week for a date that is not one (as date_weekday_name) */
	snprintf(buf, size, "%d年%d月%d日（星期%s）", d.y, d.m, d.d,
		 wd >= 0 && wd < 7 ? days[wd] : "");
}

ed_date date_today(time_t now, int offset_minutes)
{
	/* civil date at a fixed offset, without the machine's TZ */
	long long secs = (long long)now + (long long)offset_minutes * 60;
	long long days = secs / 86400;
	if (secs % 86400 < 0)
		days--;
	/* 1970-01-01 is day 719162 from 0001-01-01 */
	return date_from_days((long)(days + 719162));
}

ed_moment moment_at(time_t now, int offset_minutes)
{
	long long secs = (long long)now + (long long)offset_minutes * 60;
	ed_moment m = { date_today(now, offset_minutes),
			(int)(((secs % 86400) + 86400) % 86400 / 60) };
	return m;
}

int time_parse(const char *s)
{
	int h, m;
	if (!s || strlen(s) != 5 || s[2] != ':')
		return ED_NO_TIME;
	if (!digits(s, 2, &h) || !digits(s + 3, 2, &m) || h > 23 || m > 59)
		return ED_NO_TIME;
	return h * 60 + m;
}

void time_format(int minute, char *buf, size_t size)
{
	if (minute < 0 || minute > 1440) {
		snprintf(buf, size, "--:--");
		return;
	}
	snprintf(buf, size, "%02d:%02d", minute / 60, minute % 60);
}

long moment_to_minutes(ed_moment m)
{
	return date_to_days(m.date) * 1440 + m.minute;
}

ed_moment moment_from_minutes(long minutes)
{
	ed_moment m;
	m.date = date_from_days(minutes / 1440);
	m.minute = (int)(minutes % 1440);
	return m;
}

void moment_format(ed_moment m, char *buf, size_t size)
{
	char d[16], t[8];
	date_format(m.date, d, sizeof d);
	time_format(m.minute, t, sizeof t);
	snprintf(buf, size, "%s %s", d, t);
}
