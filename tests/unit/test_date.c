/* Date arithmetic: month ends, leap years, year ends, the airline form,
 * and "today" in UTC+8 whatever the machine's TZ. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"

static ed_date D(const char *s)
{
	ed_date d = {0, 0, 0};
	cr_assert(date_parse(s, &d), "test date %s does not parse", s);
	return d;
}

static void assert_date(ed_date got, const char *want)
{
	char buf[16];
	date_format(got, buf, sizeof buf);
	cr_assert_str_eq(buf, want);
}

Test(date, add_months_clamps_to_month_end)
{
	/* policy.md section 1, both examples */
	assert_date(date_add_months(D("2023-11-30"), 3), "2024-02-29");
	assert_date(date_add_months(D("2023-01-31"), 3), "2023-04-30");
	assert_date(date_add_months(D("2022-11-30"), 3), "2023-02-28");
	assert_date(date_add_months(D("2024-02-29"), 12), "2025-02-28");
	assert_date(date_add_months(D("2023-10-31"), 3), "2024-01-31");
	assert_date(date_add_months(D("2023-01-15"), 3), "2023-04-15");
}

Test(date, add_days_across_month_and_year_ends)
{
	assert_date(date_add_days(D("2023-01-01"), 6), "2023-01-07");
	assert_date(date_add_days(D("2023-12-29"), 6), "2024-01-04");
	assert_date(date_add_days(D("2023-02-28"), 1), "2023-03-01");
	assert_date(date_add_days(D("2024-02-28"), 1), "2024-02-29");
	assert_date(date_add_days(D("2100-02-28"), 1), "2100-03-01");
	assert_date(date_add_days(D("2000-02-28"), 1), "2000-02-29");
	assert_date(date_add_days(D("2024-12-22"), 10), "2025-01-01");
	assert_date(date_add_days(D("2024-03-01"), -1), "2024-02-29");
}

Test(date, leap_years)
{
	cr_assert(date_is_leap(2024));
	cr_assert(date_is_leap(2000));
	cr_assert_not(date_is_leap(2100));
	cr_assert_not(date_is_leap(2023));
}

Test(date, parse_is_strict)
{
	ed_date d;
	cr_assert(date_parse("2024-02-29", &d));
	cr_assert_not(date_parse("2023-02-29", &d));
	cr_assert_not(date_parse("2023-13-01", &d));
	cr_assert_not(date_parse("2023-04-31", &d));
	cr_assert_not(date_parse("2023-1-01", &d));
	cr_assert_not(date_parse("2023/01/01", &d));
	cr_assert_not(date_parse("2023-01-01x", &d));
	cr_assert_not(date_parse("", &d));
	cr_assert_not(date_parse(NULL, &d));
}

Test(date, airline_form)
{
	ed_date d;
	cr_assert(date_parse_airline("07JAN23", D("2020-01-01"), &d));
	assert_date(d, "2023-01-07");
	cr_assert(date_parse_airline("07jan", D("2023-01-07"), &d));
	assert_date(d, "2023-01-07");
	/* without a year: the first such day on or after the reference */
	cr_assert(date_parse_airline("07JAN", D("2023-01-08"), &d));
	assert_date(d, "2024-01-07");
	cr_assert(date_parse_airline("29FEB", D("2023-03-01"), &d));
	assert_date(d, "2024-02-29");
	cr_assert_not(date_parse_airline("31APR23", D("2023-01-01"), &d));
	cr_assert_not(date_parse_airline("07XYZ23", D("2023-01-01"), &d));
	cr_assert_not(date_parse_airline("123JAN23", D("2023-01-01"), &d));
	cr_assert_not(date_parse_airline("7JAN232", D("2023-01-01"), &d));
	cr_assert(date_parse_any("2023-01-07", D("2030-01-01"), &d));
	assert_date(d, "2023-01-07");
}

Test(date, weekday_and_long_form)
{
	char buf[64];
	cr_assert_str_eq(date_weekday_name(date_weekday(D("2023-01-07"))), "Saturday");
	cr_assert_str_eq(date_weekday_name(date_weekday(D("2024-02-29"))), "Thursday");
	cr_assert_str_eq(date_weekday_name(date_weekday(D("2000-01-01"))), "Saturday");
	cr_assert_str_eq(date_weekday_name(date_weekday(D("2026-11-21"))), "Saturday");
	date_format_long(D("2023-01-07"), buf, sizeof buf);
	cr_assert_str_eq(buf, "Saturday 7 January 2023");
}

Test(date, days_round_trip)
{
	for (long i = 0; i < 3000000; i += 7) {
		ed_date d = date_from_days(i);
		cr_assert(date_valid(d));
		cr_assert_eq(date_to_days(d), i);
	}
}

Test(date, today_is_china_time_whatever_tz)
{
	/* 2022-12-31 16:00 UTC is 2023-01-01 00:00 in China */
	setenv("TZ", "America/Los_Angeles", 1);
	tzset();
	assert_date(date_today((time_t)1672502400, 480), "2023-01-01");
	assert_date(date_today((time_t)1672502399, 480), "2022-12-31");
	setenv("TZ", "Pacific/Kiritimati", 1);
	tzset();
	assert_date(date_today((time_t)1672502399, 480), "2022-12-31");
	assert_date(date_today((time_t)0, 480), "1970-01-01");
}

Test(date, times)
{
	char buf[8];
	cr_assert_eq(time_parse("00:00"), 0);
	cr_assert_eq(time_parse("23:59"), 23 * 60 + 59);
	cr_assert_eq(time_parse("24:00"), ED_NO_TIME);
	cr_assert_eq(time_parse("7:30"), ED_NO_TIME);
	cr_assert_eq(time_parse("12:60"), ED_NO_TIME);
	time_format(1440, buf, sizeof buf);
	cr_assert_str_eq(buf, "24:00");
	time_format(14 * 60 + 30, buf, sizeof buf);
	cr_assert_str_eq(buf, "14:30");
}

Test(date, moments_print_end_of_day_as_24)
{
	char buf[32];
	ed_moment m = {D("2023-01-07"), 1440};
	moment_format(m, buf, sizeof buf);
	cr_assert_str_eq(buf, "2023-01-07 24:00");
	m = moment_from_minutes(moment_to_minutes((ed_moment){D("2023-01-01"), 14 * 60 + 30}) + 24 * 60);
	moment_format(m, buf, sizeof buf);
	cr_assert_str_eq(buf, "2023-01-02 14:30");
}

/* the Chinese slip's dates: year, month, day and the weekday, on a leap
 * day and on a Sunday (星期日, the one weekday not numbered) */
Test(date, chinese_long_form)
{
	char buf[64];

	date_format_long_zh(D("2024-02-29"), buf, sizeof buf);
	cr_assert_str_eq(buf, "2024年2月29日（星期四）");
	date_format_long_zh(D("2026-03-01"), buf, sizeof buf);
	cr_assert_str_eq(buf, "2026年3月1日（星期日）");
	date_format_long_zh(D("2023-01-07"), buf, sizeof buf);
	cr_assert_str_eq(buf, "2023年1月7日（星期六）");
}

/* the forms agents type: one or two day digits, a year of none, 2 or 4 */
Test(date, airline_forms_agents_type)
{
	static const char *const forms[] = {"5DEC", "05DEC", "5DEC26", "05DEC26",
					    "5DEC2026", "05DEC2026", "5dec", "05Dec2026"};
	ed_date d;
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		cr_assert(date_parse_airline(forms[i], D("2026-10-29"), &d), "%s refused", forms[i]);
		assert_date(d, "2026-12-05");
	}
	cr_assert_not(date_parse_airline("0DEC", D("2026-10-29"), &d));
	cr_assert_not(date_parse_airline("32DEC26", D("2026-10-29"), &d));
	cr_assert_not(date_parse_airline("DEC5", D("2026-10-29"), &d));
}

static void assert_why(const char *typed, const char *want)
{
	char buf[80] = "";
	cr_assert(date_why_invalid(typed, buf, sizeof buf), "%s: no reason given", typed);
	cr_assert_str_eq(buf, want, "%s", typed);
}

/* an impossible day says how long the month is */
Test(date, impossible_days_name_the_months_length)
{
	char buf[80];
	assert_why("2026-02-30", "February 2026 has 28 days");
	assert_why("2026-02-29", "February 2026 has 28 days");
	assert_why("2028-02-30", "February 2028 has 29 days");
	assert_why("1900-02-29", "February 1900 has 28 days");
	assert_why("2026-04-31", "April 2026 has 30 days");
	assert_why("31NOV26", "November 2026 has 30 days");
	assert_why("31NOV", "November has 30 days");
	assert_why("30FEB", "February has 28 days, 29 in a leap year");
	assert_why("2026-13-01", "there is no month 13");
	assert_why("2026-12-00", "there is no day 0");
	/* a real day, or no date at all: nothing to explain */
	cr_assert_not(date_why_invalid("2000-02-29", buf, sizeof buf));
	cr_assert_not(date_why_invalid("31DEC", buf, sizeof buf));
	cr_assert_not(date_why_invalid("tomorrow", buf, sizeof buf));
	cr_assert_not(date_why_invalid("", buf, sizeof buf));
}

/* a draft's time and every other time are China time, whatever the
 * machine's zone: 16:30 UTC on New Year's Eve is 00:30 the next year */
Test(date, moment_at_china_time_crosses_the_year)
{
	/* 2026-12-31 16:30:59 UTC */
	ed_moment m = moment_at((time_t)1798734659, 480);
	char buf[32];

	moment_format(m, buf, sizeof buf);
	cr_assert_str_eq(buf, "2027-01-01 00:30");
	m = moment_at((time_t)1798734659, 0);
	moment_format(m, buf, sizeof buf);
	cr_assert_str_eq(buf, "2026-12-31 16:30");
}
