/* The policy in force on an entry date: each side of every effective date
 * of policy-since-2023.md, and rules files whose versions overlap or leave
 * a gap refused with both versions named. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

static ed_rules R;

static void load_real(void)
{
	load_rules_or_die(RULES_PATH, &R);
}

static void free_real(void)
{
	rules_free(&R);
}

TestSuite(rules_versions, .init = load_real, .fini = free_real);

static const ed_transit_version *at(const char *s)
{
	ed_date d;
	cr_assert(date_parse(s, &d), "bad test date %s", s);
	return rules_transit_at(&R, d);
}

static const char *section_at(const char *s)
{
	const ed_transit_version *v = at(s);
	return v ? v->v.section : "(none)";
}

/* the scheme ids of the version in force, space-separated */
static const char *scheme_ids(const char *s, char *buf, size_t size)
{
	const ed_transit_version *v = at(s);
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; v && i < v->n_schemes && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? " " : "", v->schemes[i]->id);
	return buf;
}

/* the scheme and area of `port` on date `s`, as "240h p240_guangdong" */
static const char *port_at(const char *s, const char *port, char *buf, size_t size)
{
	const ed_scheme *sch;
	const ed_scheme_entry *e = transit_version_entry(at(s), rules_port(&R, port), &sch);
	snprintf(buf, size, "%s %s", e ? sch->id : "none", e ? e->area->id : "none");
	return buf;
}

Test(rules_versions, the_seed_applies_from_2023_until_2023_11_16)
{
	char b[64];
	cr_expect_str_eq(section_at("2022-12-31"), "(none)");
	/* the suspension (regimes-2026.md 4): the seed's lists, marked */
	cr_expect_str_eq(section_at("2023-01-01"), "transit.suspended_2023");
	cr_expect(at("2023-01-07")->suspended);
	cr_expect_str_eq(scheme_ids("2023-01-01", b, sizeof b), "144h 72h");
	cr_expect_str_eq(port_at("2023-01-01", "PVG", b, sizeof b), "144h shanghai_jiangsu_zhejiang");
	cr_expect_str_eq(section_at("2023-01-08"), "transit.seed_2023");
	cr_expect_not(at("2023-01-08")->suspended);
	cr_expect_str_eq(section_at("2023-11-16"), "transit.seed_2023");
}

Test(rules_versions, norway_from_2023_11_17)
{
	cr_expect_not(transit_version_has_nationality(at("2023-11-16"), "NOR"));
	cr_expect(transit_version_has_nationality(at("2023-11-17"), "NOR"));
	cr_expect_eq(at("2023-11-17")->n_nationalities, 54);
	cr_expect_str_eq(section_at("2023-11-17"), "transit.norway_2023");
}

Test(rules_versions, zhengzhou_lijiang_mohan_from_2024_07_15)
{
	char b[64];
	cr_expect_str_eq(port_at("2024-07-14", "CGO", b, sizeof b), "none none");
	cr_expect_str_eq(port_at("2024-07-14", "LJG", b, sizeof b), "none none");
	cr_expect_str_eq(port_at("2024-07-14", "KMG", b, sizeof b), "144h kunming");
	cr_expect_str_eq(port_at("2024-07-15", "CGO", b, sizeof b), "144h henan");
	cr_expect_str_eq(port_at("2024-07-15", "LJG", b, sizeof b), "144h yunnan_9");
	cr_expect_str_eq(port_at("2024-07-15", "mohan railway port", b, sizeof b), "144h yunnan_9");
	cr_expect_str_eq(port_at("2024-07-15", "KMG", b, sizeof b), "144h yunnan_9");
	cr_expect_str_eq(port_at("2024-07-15", "CSX", b, sizeof b), "72h hunan");
	cr_expect(transit_version_has_nationality(at("2024-07-15"), "NOR"));
}

Test(rules_versions, the_240h_policy_replaces_72h_and_144h_on_2024_12_17)
{
	char b[64];
	const ed_transit_version *v;
	cr_expect_str_eq(scheme_ids("2024-12-16", b, sizeof b), "144h 72h");
	cr_expect(at("2024-12-16")->entry_list_complete);
	cr_expect_str_eq(scheme_ids("2024-12-17", b, sizeof b), "240h");
	cr_expect_str_eq(port_at("2024-12-17", "CSX", b, sizeof b), "240h p240_hunan");
	cr_expect_str_eq(port_at("2024-12-17", "TYN", b, sizeof b), "240h p240_shanxi");
	cr_expect_str_eq(port_at("2024-12-16", "TYN", b, sizeof b), "none none");
	v = at("2024-12-17");
	cr_expect_not(v->entry_list_complete);
	cr_expect_not(v->exit_list_complete);
	cr_assert(v->unlisted_scheme);
	cr_expect_str_eq(v->unlisted_scheme->id, "240h");
	cr_assert_eq(v->n_purposes_allowed, 5);
	cr_expect_str_eq(v->purposes_allowed[0], "tourism");
	for (size_t i = 0; i < v->n_purposes_allowed; i++)
		cr_expect_str_neq(v->purposes_allowed[i], "work");
}

Test(rules_versions, indonesia_from_2025_06_12)
{
	cr_expect_not(transit_version_has_nationality(at("2025-06-11"), "IDN"));
	cr_expect(transit_version_has_nationality(at("2025-06-12"), "IDN"));
	cr_expect_eq(at("2025-06-12")->n_nationalities, 55);
	cr_expect(transit_version_has_nationality(at("2025-06-12"), "NOR"));
}

Test(rules_versions, five_guangdong_ports_from_2025_11_05)
{
	char b[64];
	static const char *const ports[] = {
		"guangzhou_pazhou_port", "hengqin", "hzmb", "zhongshan_port", "west_kowloon"
	};
	for (size_t i = 0; i < 5; i++) {
		cr_expect_str_eq(port_at("2025-11-04", ports[i], b, sizeof b), "none none",
				 "%s before", ports[i]);
		cr_expect_str_eq(port_at("2025-11-05", ports[i], b, sizeof b),
				 "240h p240_guangdong", "%s after", ports[i]);
	}
	cr_expect_eq(at("2025-11-05")->schemes[0]->n_entries, 57);
	cr_expect_str_eq(section_at("2026-08-19"), "transit.guangdong_2025");
	cr_expect_str_eq(section_at("2030-01-01"), "transit.kgz_vnm_2026");
	cr_expect_eq(at("2026-08-20")->v.has_until, false);
}

Test(rules_versions, airside_airports_by_date)
{
	ed_date d;
	date_parse("2024-01-10", &d);
	cr_expect_null(rules_airside_at(&R, d));
	date_parse("2024-01-11", &d);
	cr_assert(rules_airside_at(&R, d));
	cr_expect_eq(rules_airside_at(&R, d)->n_airports, 9);
	date_parse("2025-11-04", &d);
	cr_expect_eq(rules_airside_at(&R, d)->n_airports, 9);
	date_parse("2025-11-05", &d);
	cr_expect_eq(rules_airside_at(&R, d)->n_airports, 19);
}

Test(rules_versions, versions_are_sorted_gapless_and_say_where_they_come_from)
{
	for (size_t i = 0; i < R.n_transit; i++) {
		const ed_version *v = &R.transit[i].v;
		cr_expect(v->label[0] && v->source[0], "%s", v->section);
		if (i + 1 < R.n_transit) {
			cr_assert(v->has_until);
			cr_expect_eq(date_to_days(R.transit[i + 1].v.from),
				     date_to_days(v->until) + 1);
		}
	}
	cr_expect_eq(R.n_transit, 9);
}

/* The fixture versions: two transit versions meeting at 2021-01-01. */
Test(rules_fixture_versions, day_before_and_day_of_the_change)
{
	ed_rules r;
	ed_date d;
	load_rules_or_die("tests/data/rules-min.ini", &r);
	date_parse("2020-12-31", &d);
	cr_expect_str_eq(rules_transit_at(&r, d)->v.section, "transit.first");
	date_parse("2021-01-01", &d);
	cr_expect_str_eq(rules_transit_at(&r, d)->v.section, "transit.second");
	date_parse("2019-12-31", &d);
	cr_expect_null(rules_transit_at(&r, d));
	rules_free(&r);
}

static void expect_both_named(const char *file, const char *what)
{
	ed_rules r;
	ed_error e = {0};
	cr_assert_not(rules_load(file, &r, &e), "%s loaded", file);
	cr_expect_str_eq(e.section, "transit.second", "%s", e.msg);
	cr_expect_str_eq(e.key, "effective_from", "%s", e.msg);
	cr_expect(strstr(e.msg, "[transit.first]"), "other version not named: %s", e.msg);
	cr_expect(strstr(e.msg, what), "'%s' lacks '%s'", e.msg, what);
}

Test(rules_fixture_versions, overlapping_versions_are_refused_naming_both)
{
	expect_both_named("tests/data/rules-broken/versions-overlap.ini",
			  "2020-12-01 overlaps [transit.first] (2020-01-01 to 2020-12-31)");
}

Test(rules_fixture_versions, a_gap_between_versions_is_refused_naming_both)
{
	expect_both_named("tests/data/rules-broken/versions-gap.ini",
			  "accepted: 2021-01-01, the day after [transit.first] effective_until");
}

Test(rules_fixture_versions, an_open_ended_version_before_another_is_an_overlap)
{
	expect_both_named("tests/data/rules-broken/versions-open-ended.ini", "open-ended");
}
