/* Civil dates and times in China Standard Time (UTC+8): parsing, the
 * deadline arithmetic of policy.md section 1, and formatting. Pure C. */
#ifndef ED_DATE_H
#define ED_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

typedef struct ed_date {
	int y, m, d; /* m 1..12, d 1..31 */
} ed_date;

/* A moment: a civil date and minutes since its midnight. 1440 means 24:00,
 * the end of that day, which is how deadlines are printed. */
typedef struct ed_moment {
	ed_date date;
	int minute; /* 0..1440 */
} ed_moment;

#define ED_NO_TIME (-1)

/* true when y-m-d is a real calendar day (years 1..9999) */
bool date_valid(ed_date d);
/* parses strict YYYY-MM-DD; false on anything else */
bool date_parse(const char *s, ed_date *out);
/* parses the airline form: a day of one or two digits, the month's three
 * letters, then a year of 2 or 4 digits or none (5DEC, 05DEC, 5DEC26,
 * 05DEC2026; any case): without a year, the first such day on or after ref */
bool date_parse_airline(const char *s, ed_date ref, ed_date *out);
/* when s has the shape of a date (ISO or airline) but names no real day,
 * writes why in words ("February 2026 has 28 days") and returns true */
bool date_why_invalid(const char *s, char *buf, size_t size);
/* YYYY-MM-DD or the airline form */
bool date_parse_any(const char *s, ed_date ref, ed_date *out);
/* days since 0001-01-01 (day 0) */
long date_to_days(ed_date d);
ed_date date_from_days(long days);
ed_date date_add_days(ed_date d, long n);
/* same day number n months later, clamped to that month's last day */
ed_date date_add_months(ed_date d, int n);
int date_cmp(ed_date a, ed_date b);
int date_days_in_month(int y, int m);
bool date_is_leap(int y);
/* 0 = Monday .. 6 = Sunday */
int date_weekday(ed_date d);
/* "Monday" .. "Sunday", "January" .. "December" */
const char *date_weekday_name(int wd);
const char *date_month_name(int m);
/* writes YYYY-MM-DD (buf of 11 at least) */
void date_format(ed_date d, char *buf, size_t size);
/* writes "Saturday 7 January 2023" */
void date_format_long(ed_date d, char *buf, size_t size);
/* writes "2023年1月7日（星期六）", the Chinese slip's form */
void date_format_long_zh(ed_date d, char *buf, size_t size);
/* today's civil date at UTC offset `offset_minutes` (480 for China) */
ed_date date_today(time_t now, int offset_minutes);
/* the moment (to the minute) of `now` at UTC offset `offset_minutes` */
ed_moment moment_at(time_t now, int offset_minutes);

/* parses HH:MM, 00:00..23:59; returns minutes or ED_NO_TIME on error */
int time_parse(const char *s);
/* writes HH:MM; 1440 prints as 24:00 */
void time_format(int minute, char *buf, size_t size);

/* minutes since 0001-01-01 00:00 */
long moment_to_minutes(ed_moment m);
ed_moment moment_from_minutes(long minutes);
/* writes "YYYY-MM-DD HH:MM" */
void moment_format(ed_moment m, char *buf, size_t size);

#endif
