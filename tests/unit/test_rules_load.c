/* The real rules.ini: what the desk relies on (countries, ports, aliases,
 * areas, e-pass patterns); and every broken rules file of
 * tests/data/rules-broken/, each refused with a message naming the file,
 * section and key at fault and the accepted form. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"

static ed_date day(const char *s)
{
	ed_date d;
	cr_assert(date_parse(s, &d), "bad test date %s", s);
	return d;
}

static const ed_scheme *scheme_of(const ed_transit_version *v, const char *id)
{
	for (size_t i = 0; i < v->n_schemes; i++)
		if (!strcmp(v->schemes[i]->id, id))
			return v->schemes[i];
	return NULL;
}

static size_t distinct_areas(const ed_scheme *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_entries; i++) {
		bool seen = false;
		for (size_t k = 0; k < i; k++)
			seen |= s->entries[k].area == s->entries[i].area;
		n += !seen;
	}
	return n;
}

static const char *port_id(const ed_rules *r, const char *name)
{
	const ed_port *p = rules_port(r, name);
	return p ? p->id : "(none)";
}

static ed_rules R;

static void load_real(void)
{
	load_rules_or_die(RULES_PATH, &R);
}

static void free_real(void)
{
	rules_free(&R);
}

TestSuite(rules_real, .init = load_real, .fini = free_real);

Test(rules_real, seed_version_has_53_countries_and_23_cities)
{
	const ed_transit_version *v = rules_transit_at(&R, day("2023-07-21"));
	cr_assert(v);
	cr_expect_eq(v->n_nationalities, 53);
	cr_expect(transit_version_has_nationality(v, "DEU"));
	cr_expect(transit_version_has_nationality(v, "qat"), "codes match in any case");
	cr_expect_not(transit_version_has_nationality(v, "NOR"));
	cr_expect_not(transit_version_has_nationality(v, "CHN"));
	const ed_scheme *s144 = scheme_of(v, "144h"), *s72 = scheme_of(v, "72h");
	cr_assert(s144 && s72);
	/* the seed's 20 cities, the 5 ports designated before 2023 that its
	 * table leaves out (6 port ids: Shanghai port has two cruise
	 * terminals), and 6 Guangdong exit-only ports (regimes-2026.md 4) */
	cr_expect_eq(s144->n_entries, 32);
	cr_expect_eq(distinct_areas(s144), 11);
	cr_expect_eq(s144->hours, 144);
	cr_expect_eq(s72->n_entries, 3);
	cr_expect_eq(s72->hours, 72);
	cr_expect_eq(v->passport_months, 3);
	cr_expect_eq(v->violation_years, 5);
	cr_expect_eq(v->registration_hours, 24);
	cr_expect_eq(v->fallback_hours, 24);
	cr_expect_null(v->purposes_allowed, "the seed has no purpose condition");
}

Test(rules_real, seed_areas_carry_the_seeds_chinese_names)
{
	const ed_transit_version *v = rules_transit_at(&R, day("2023-01-01"));
	const ed_scheme *s;
	const ed_scheme_entry *e = transit_version_entry(v, rules_port(&R, "PEK"), &s);
	cr_assert(e);
	cr_expect_str_eq(s->id, "144h");
	cr_expect_str_eq(e->area->name, "Beijing, Tianjin and Hebei");
	cr_expect_str_eq(e->area->name_zh, "北京、天津、河北三省(市)行政区域");
	e = transit_version_entry(v, rules_port(&R, "CTU"), NULL);
	cr_expect_str_eq(e->area->name_zh, "成都、乐山、德阳、遂宁、眉山、雅安、资阳、内江、自贡、泸州、宜宾市");
	e = transit_version_entry(v, rules_port(&R, "XIY"), NULL);
	cr_expect_str_eq(e->area->name_zh, "西安市、咸阳市行政区域");
	e = transit_version_entry(v, rules_port(&R, "HRB"), &s);
	cr_expect_str_eq(s->id, "72h");
	cr_expect_str_eq(e->area->name_zh, "哈尔滨市行政区域");
	cr_expect_not(e->area->uncertain, "the seed's own areas are confirmed");
}

Test(rules_real, ports_are_found_by_id_alias_and_name_in_any_case)
{
	cr_expect_str_eq(port_id(&R, "PVG"), "shanghai");
	cr_expect_str_eq(port_id(&R, "sha"), "shanghai");
	cr_expect_str_eq(port_id(&R, "Shanghai"), "shanghai");
	cr_expect_str_eq(port_id(&R, "PKX"), "beijing");
	cr_expect_str_eq(port_id(&R, "Xi'an"), "xian");
	cr_expect_str_eq(port_id(&R, "XIY"), "xian");
	cr_expect_str_eq(port_id(&R, "beijing west railway station"), "beijing_west_railway");
	cr_expect_str_eq(port_id(&R, "上海"), "shanghai");
	cr_expect_str_eq(port_id(&R, "TFU"), "chengdu_tianfu");
	cr_expect_str_eq(port_id(&R, "CGO"), "zhengzhou");
	cr_expect_null(rules_port(&R, "ZZZ"));
	cr_expect_null(rules_port(&R, ""));
	const ed_port *q = rules_port(&R, "qinhuangdao");
	cr_assert(q);
	cr_expect_eq(q->n_aliases, 0, "Qinhuangdao's port is its seaport: no airport code");
}

Test(rules_real, countries_come_from_iso_codes)
{
	const ed_country *c = rules_country(&R, "deu");
	cr_assert(c);
	cr_expect_str_eq(c->code, "DEU");
	cr_expect_str_eq(c->name, "Germany");
	cr_expect(rules_country(&R, "HKG") && rules_country(&R, "MAC") &&
		  rules_country(&R, "TWN") && rules_country(&R, "CHN"));
	cr_expect_null(rules_country(&R, "XYZ"));
	cr_expect_null(rules_country(&R, "DE"));
	/* the common name where iso-codes has one: what the traveller reads */
	cr_expect_str_eq(rules_country(&R, "TWN")->name, "Taiwan");
	cr_expect_str_eq(rules_country(&R, "KOR")->name, "South Korea");
	for (size_t i = 1; i < R.n_countries; i++)
		cr_assert(strcmp(R.countries[i - 1].code, R.countries[i].code) < 0);
}

Test(rules_real, the_240h_policy_has_24_provinces_and_marks_the_uncertain_ones)
{
	const ed_transit_version *v = rules_transit_at(&R, day("2025-01-01"));
	cr_assert(v);
	cr_assert_eq(v->n_schemes, 1);
	const ed_scheme *s = v->schemes[0];
	cr_expect_str_eq(s->id, "240h");
	cr_expect_eq(s->hours, 240);
	cr_expect(s->cross_area);
	cr_expect_eq(distinct_areas(s), 24);
	cr_expect_eq(s->n_entries, 52, "54 named ports; PEK+PKX and PVG+SHA are one port each");
	cr_expect_eq(v->n_nationalities, 54);
	cr_expect_not(v->entry_list_complete);
	cr_expect_not(v->exit_list_complete);
	cr_expect_eq(v->unlisted_scheme, s);
	static const char *const uncertain[] = { "CSX", "CTU", "HRB", "CKG" };
	for (size_t i = 0; i < 4; i++) {
		const ed_scheme_entry *e = scheme_entry(s, rules_port(&R, uncertain[i]));
		cr_assert(e, "%s not in 240h", uncertain[i]);
		cr_expect(e->area->uncertain, "%s's area should be uncertain", uncertain[i]);
	}
	const ed_scheme_entry *e = scheme_entry(s, rules_port(&R, "PVG"));
	cr_expect_not(e->area->uncertain);
}

Test(rules_real, aliases_are_unique_across_ports)
{
	for (size_t i = 0; i < R.n_ports; i++)
		for (size_t k = 0; k < R.ports[i].n_aliases; k++)
			cr_expect_eq(rules_port(&R, R.ports[i].aliases[k]), &R.ports[i],
				     "alias %s", R.ports[i].aliases[k]);
}

static bool matches(const regex_t *re, const char *s)
{
	return regexec(re, s, 0, NULL, 0) == 0;
}

static const ed_epass_residence *residence(const ed_epass_version *e, const char *code)
{
	for (size_t i = 0; i < e->n_residences; i++)
		if (!strcmp(e->residences[i].code, code))
			return &e->residences[i];
	return NULL;
}

Test(rules_real, epass_patterns_accept_the_permit_forms_of_policy_3_2)
{
	const ed_epass_version *e = rules_epass_at(&R, day("2025-03-20"));
	cr_assert(e);
	cr_expect_eq(e->valid_days, 7);
	cr_expect_eq(e->monthly_limit, 2);
	cr_assert_eq(e->n_residences, 3);
	const ed_epass_residence *hkg = residence(e, "HKG"), *mac = residence(e, "MAC"),
				 *twn = residence(e, "TWN");
	cr_assert(hkg && mac && twn);
	cr_expect(matches(&hkg->regex, "H12345678"));
	cr_expect(matches(&hkg->regex, "HA1234567"));
	cr_expect_not(matches(&hkg->regex, "H1234567"));
	cr_expect_not(matches(&hkg->regex, "H123456789"));
	cr_expect(matches(&hkg->regex, "H1234567890"), "older card: H + 10 digits");
	cr_expect_not(matches(&hkg->regex, "M12345678"));
	cr_expect(matches(&mac->regex, "M12345678"));
	cr_expect(matches(&mac->regex, "M1234567890"), "older card: M + 10 digits");
	cr_expect_not(matches(&mac->regex, "A1234567890"), "the letter of a Macao permit is M");
	cr_expect(matches(&mac->regex, "MA1234567"));
	cr_expect_not(matches(&mac->regex, "M1234567"));
	cr_expect(matches(&twn->regex, "12345678"));
	cr_expect_not(matches(&twn->regex, "1234567"));
	cr_expect_not(matches(&twn->regex, "T12345678"));
	cr_expect(matches(&e->mobile_regex, "13812345678"));
	cr_expect(matches(&e->mobile_regex, "+8613812345678"));
	cr_expect(matches(&e->mobile_regex, "8619912345678"));
	cr_expect_not(matches(&e->mobile_regex, "12812345678"), "second digit 3-9");
	cr_expect_not(matches(&e->mobile_regex, "1381234567"));
	cr_expect_not(matches(&e->mobile_regex, "+85291234567"));
	cr_expect_eq(e->n_status_ok, 3);
	cr_expect(strstr(e->usable_for, "domestic flights and trains"));
	cr_expect(strstr(e->not_usable_for, "border inspection"));
	cr_expect_null(rules_epass_at(&R, day("2025-03-19")));
	cr_expect_eq(rules_epass_next(&R, day("2025-03-19")), e);
	cr_expect_null(rules_epass_next(&R, day("2025-03-20")));
}

Test(rules_real, rules_age_uses_the_newest_versions_as_of)
{
	ed_date newest = rules_newest_as_of(&R);
	cr_expect_eq(date_cmp(R.as_of, day("2026-12-03")), 0);
	cr_expect_eq(date_cmp(newest, day("2026-12-03")), 0);
	cr_expect_eq(R.age_warning_months, 12);
	cr_expect_not(rules_outdated(&R, day("2027-12-03")), "12 months to the day is not older");
	cr_expect(rules_outdated(&R, day("2027-12-04")));
	cr_expect_not(rules_outdated(&R, day("2023-01-01")));
}

Test(rules_real, every_value_is_a_text_by_section_and_key)
{
	cr_expect_str_eq(rules_text(&R, "rules:as_of"), "2026-12-03");
	cr_expect_str_eq(rules_text(&R, "port.shanghai:aliases"), "PVG SHA");
	cr_expect_str_eq(rules_text(&R, "EPASS.2025:status_ok"), "lost damaged not_carried");
	cr_expect(rules_text(&R, "reason.nationality:text"));
	cr_expect_null(rules_text(&R, "rules:nothing"));
	for (size_t i = 1; i < R.n_texts; i++)
		cr_assert(strcasecmp(R.texts[i - 1].key, R.texts[i].key) < 0);
}

Test(rules_min, the_fixture_loads)
{
	ed_rules r;
	load_rules_or_die("tests/data/rules-min.ini", &r);
	cr_expect_eq(r.n_transit, 2);
	cr_expect_str_eq(r.path, "tests/data/rules-min.ini");
	rules_free(&r);
	rules_free(&r); /* freeing twice is harmless: rules_free clears */
	rules_free(NULL);
}

/* Loads tests/data/rules-broken/NAME.ini and expects it refused, with the
 * message naming that file, `section` and `key` (either may be "") and
 * holding `words` and the accepted form. */
static void expect_refused(const char *name, const char *section, const char *key,
			   const char *words)
{
	char path[256];
	ed_rules r;
	ed_error e = {0};

	snprintf(path, sizeof path, "tests/data/rules-broken/%s.ini", name);
	cr_assert_not(rules_load(path, &r, &e), "%s loaded", path);
	cr_expect_str_eq(e.file, path, "%s: message names %s", name, e.file);
	cr_expect_str_eq(e.section, section, "%s: section in '%s'", name, e.msg);
	cr_expect_str_eq(e.key, key, "%s: key in '%s'", name, e.msg);
	cr_expect(strstr(e.msg, words), "%s: '%s' lacks '%s'", name, e.msg, words);
	cr_expect(strstr(e.msg, "accepted"), "%s: '%s' lacks the accepted form", name, e.msg);
	cr_expect(strncmp(e.msg, path, strlen(path)) == 0, "message starts with the file");
	cr_expect_eq(r.n_ports + r.n_transit + r.n_countries, 0, "nothing left behind");
}

/* One broken file per error: its name, the section and key the message
 * must name ("" for none), and words it must hold. */
typedef struct broken_case {
	char name[40];
	char section[40];
	char key[40];
	char words[96];
} broken_case;

static broken_case broken_cases[] = {
	{ "syntax", "", "", "line 31" },
	{ "long-line", "countries.few", "", "line 13 is 1214 bytes" },
	{ "unknown-area", "scheme.240h_b", "area.southh", "unknown area 'southh'" },
	{ "unknown-port", "scheme.144h_a", "area.north", "unknown port 'betta'" },
	{ "unknown-scheme", "transit.first", "schemes", "unknown scheme '72h_x'" },
	{ "unknown-country", "countries.few", "europe", "unknown country code 'XYZ'" },
	{ "bad-date", "transit.first", "effective_until", "'2020-02-30' is not a date" },
	{ "until-before-from", "transit.first", "effective_until", "before effective_from (2020-01-01)" },
	{ "missing-key", "transit.first", "violation_years", "missing" },
	{ "unknown-section", "", "", "line 40: a section this file does not have" },
	{ "unknown-key", "port.beta", "", "line 33: a key this section does not have; accepted keys: name, name_zh, province, aliases" },
	{ "airport-not-alias", "port.alpha", "airport.aac", "'aac' is not one of this port's aliases" },
	{ "duplicate-alias", "port.gamma", "aliases", "'AAB' is also an alias of [port.alpha]" },
	{ "alias-is-port-id", "port.gamma", "aliases", "'BETA' is the id of [port.beta]" },
	{ "bad-regex", "epass.one", "permit_pattern.hkg", "not a valid regular expression" },
	{ "hours", "scheme.72h_a", "hours", "multiple of 24" },
	{ "port-in-two-schemes", "transit.first", "schemes",
	  "port 'beta' is in both [scheme.144h_a] and [scheme.72h_a]" },
	{ "missing-reason-fix", "reason.purpose", "fix", "missing" },
	{ "missing-review", "review.area_uncertain", "text", "missing" },
	{ "unknown-reason", "reason.nationalty", "", "unknown reason code" },
	{ "duplicate-key", "area.north", "name", "given twice (lines 16 and 17)" },
	{ "key-before-section", "", "", "line 4: a key before any [section]" },
	{ "duplicate-section", "area.north", "", "section given twice (lines 15 and 120)" },
	{ "byte-order-mark", "", "", "line 1 starts with a byte-order mark" },
	{ "bad-bool", "scheme.240h_b", "cross_area", "'maybe'" },
	{ "bad-number", "transit.first", "passport_months", "'three'" },
	{ "unlisted-scheme-missing", "transit.second", "unlisted_scheme", "missing" },
	{ "unknown-airport", "airside.one", "airports", "unknown airport 'ZZZ'" },
	{ "unknown-list", "transit.second", "nationalities", "unknown list '@fwe'" },
	{ "unknown-purpose", "transit.second", "purposes_allowed", "'shopping'" },
	{ "pattern-without-residence", "epass.one", "permit_pattern.twn", "'TWN' is not in residences" },
	{ "bad-iso-codes", "rules", "iso_codes", "/nonexistent/iso_3166-1.json" },
	{ "no-transit", "transit.NAME", "", "at least one [transit.NAME]" },
	{ "regime-bad-token", "regime_version.alpha_1", "countries.all",
	  "'DEU@2020-13-01' is not accepted; accepted: CODE, CODE@YYYY-MM-DD" },
	{ "regime-unknown-code", "regime_version.alpha_1", "countries.all",
	  "unknown country code 'XYZ'; accepted: ISO 3166-1 alpha-3 codes in capitals" },
	{ "regime-unknown-key", "regime_version.alpha_1", "", "line 267: a key this section does not have; accepted keys: regime," },
	{ "regime-overlap", "regime_version.alpha_2", "effective_from",
	  "overlaps [regime_version.alpha_1]" },
	{ "regime-no-stay", "regime_version.alpha_1", "stay_days", "accepted: one of stay_days" },
	{ "regime-unknown-regime", "regime_version.alpha_1", "regime", "unknown regime" },
	{ "regime-bad-kind", "regime.alpha_entry", "kind", "accepted: entry, transit, group or passport_type" },
	{ "regime-flag-not-listed", "regime_version.alpha_1", "secondary",
	  "FRA is not in this version's countries" },
};

ParameterizedTestParameters(rules_broken, refused_naming_section_and_key)
{
	return cr_make_param_array(broken_case, broken_cases,
				   sizeof broken_cases / sizeof *broken_cases);
}

ParameterizedTest(broken_case *c, rules_broken, refused_naming_section_and_key)
{
	expect_refused(c->name, c->section, c->key, c->words);
}

/* rules-min.ini copied to a temporary file with `extra` appended and, when
 * crlf, every line ending as \r\n; returns the path (buf) */
static const char *min_variant(char *buf, size_t size, const char *extra, bool crlf)
{
	FILE *in = fopen("tests/data/rules-min.ini", "r"), *out;
	int fd;
	int c;

	snprintf(buf, size, "/tmp/entrydesk-rules-XXXXXX");
	fd = mkstemp(buf);
	cr_assert(in && fd >= 0);
	out = fdopen(fd, "w");
	cr_assert(out);
	while ((c = fgetc(in)) != EOF) {
		if (c == '\n' && crlf)
			fputc('\r', out);
		fputc(c, out);
	}
	fputs(extra, out);
	fclose(in);
	fclose(out);
	return buf;
}

/* "[reminders.x]\nnote = xxx...\n" with a note line of exactly `len` bytes */
static char *line_of(size_t len)
{
	char *s = malloc(len + 32);
	cr_assert(s);
	memcpy(s, "[reminders.x]\nnote = ", 21);
	memset(s + 21, 'x', len - 7);
	s[14 + len] = '\n';
	strcpy(s + 15 + len, "note_zh = z\n"); /* every text has its Chinese */
	return s;
}

Test(rules_broken, lines_of_1000_bytes_load_and_1001_do_not)
{
	char path[64];
	char *ok_line = line_of(1000), *long_line = line_of(1001);
	ed_rules r;
	ed_error e = {0};

	cr_assert_eq(strchr(ok_line + 14, '\n') - (ok_line + 14), 1000);
	min_variant(path, sizeof path, ok_line, false);
	cr_expect(rules_load(path, &r, &e), "1000 bytes refused: %s", e.msg);
	rules_free(&r);
	unlink(path);
	min_variant(path, sizeof path, long_line, false);
	cr_expect_not(rules_load(path, &r, &e));
	cr_expect_str_eq(e.section, "reminders.x");
	cr_expect(strstr(e.msg, "is 1001 bytes long"), "%s", e.msg);
	unlink(path);
	free(ok_line);
	free(long_line);
}

Test(rules_min, a_file_saved_with_crlf_line_ends_loads)
{
	char path[64];
	ed_rules r;
	min_variant(path, sizeof path, "", true);
	load_rules_or_die(path, &r);
	cr_expect_str_eq(rules_port(&r, "AAB")->id, "alpha");
	cr_expect_str_eq(r.source, "test fixture");
	rules_free(&r);
	unlink(path);
}

Test(rules_broken, missing_file)
{
	ed_rules r;
	ed_error e = {0};
	cr_assert_not(rules_load("tests/data/no-such-rules.ini", &r, &e));
	cr_expect(strstr(e.msg, "tests/data/no-such-rules.ini: cannot open the rules file"),
		  "%s", e.msg);
	cr_assert_not(rules_load("tests/data", &r, &e));
	cr_expect(strstr(e.msg, "not a regular file"), "%s", e.msg);
	cr_assert_not(rules_load("/dev/null", &r, NULL), "no err is allowed");
}

Test(rules_broken, iso_codes_from_the_environment)
{
	ed_rules r;
	ed_error e = {0};
	setenv("ENTRYDESK_ISO_CODES", "tests/data/no-such-iso.json", 1);
	cr_assert_not(rules_load("tests/data/rules-min.ini", &r, &e));
	unsetenv("ENTRYDESK_ISO_CODES");
	cr_expect_str_eq(e.key, "$ENTRYDESK_ISO_CODES");
	cr_expect(strstr(e.msg, "tests/data/no-such-iso.json"), "%s", e.msg);
	/* a file that is JSON but no iso-codes list */
	setenv("ENTRYDESK_ISO_CODES", "tests/data/rules-not-iso.json", 1);
	cr_assert_not(rules_load("tests/data/rules-min.ini", &r, &e));
	unsetenv("ENTRYDESK_ISO_CODES");
	cr_expect(strstr(e.msg, "has no \"3166-1\" list"), "%s", e.msg);
}

Test(rules_broken, every_file_of_the_folder_is_refused)
{
	/* a broken file added later must not load either, even before it has
	 * a test of its own */
	DIR *dir = opendir("tests/data/rules-broken");
	struct dirent *de;
	int n = 0;

	cr_assert(dir);
	while ((de = readdir(dir))) {
		char path[512];
		ed_rules r;
		ed_error e = {0};
		size_t len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 4, ".ini"))
			continue;
		snprintf(path, sizeof path, "tests/data/rules-broken/%s", de->d_name);
		cr_expect_not(rules_load(path, &r, &e), "%s loaded", path);
		cr_expect(strstr(e.msg, "accepted"), "%s: '%s'", path, e.msg);
		n++;
	}
	closedir(dir);
	cr_expect_geq(n, 30);
}

/* issue 17: a refusal of what rules.ini means (a gap between versions, a
 * missing key, a wrong date) names the line of the key, or of its section
 * when the key is missing, as the scan's refusals do */
Test(rules_broken, semantic_refusals_name_the_line)
{
	static const char *const names[] = { "until-before-from", "missing-key", "bad-date",
					     "unknown-scheme", "regime-overlap", "unknown-area" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char path[256];
		ed_rules r;
		ed_error e = {0};
		snprintf(path, sizeof path, "tests/data/rules-broken/%s.ini", names[i]);
		cr_assert_not(rules_load(path, &r, &e), "%s loaded", path);
		cr_expect(strstr(e.msg, ": line "), "%s: no line in '%s'", names[i], e.msg);
	}
}

/* issue 17: a garbled line of rules.ini is told by its line; a section or
 * key no kind has is not quoted back, even by the scan */
Test(rules_broken, garbled_names_are_not_quoted)
{
	static const char *const extras[] = {
		"\n[e1234567]\nx = \"y\n",              /* no closing quote */
		"\n[area.zz]\ne1234567 = \"y\" z\n",     /* text after the quote */
		"\n[area.zz]\ne1234567 = 1\ne1234567 = 2\n", /* given twice */
		"\n[e1234567]\n[e1234567]\n",
	};
	for (size_t i = 0; i < sizeof extras / sizeof *extras; i++) {
		char path[64];
		ed_rules r;
		ed_error e = {0};
		min_variant(path, sizeof path, extras[i], false);
		cr_assert_not(rules_load(path, &r, &e), "#%zu loaded", i);
		cr_expect_null(strstr(e.msg, "e1234567"), "#%zu quoted: %s", i, e.msg);
		cr_expect(strstr(e.msg, "line"), "#%zu no line: %s", i, e.msg);
		unlink(path);
	}
}
