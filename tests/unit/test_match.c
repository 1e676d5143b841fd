/* Country and port matching: what an agent types, the candidates in order,
 * and when one may be taken without asking (never by a guess). */
#include "helpers.h"

#include "core/match.h"
#include "load/rules_names.h"

static ed_rules R;
static ed_match M[64];

static void setup(void)
{
	load_rules_or_die(RULES_PATH, &R);
}

static void teardown(void)
{
	rules_free(&R);
}

TestSuite(match, .init = setup, .fini = teardown);

static size_t countries(const char *typed)
{
	size_t n = match_countries(&R, typed, M, 64);
	return n < 64 ? n : 64;
}

static size_t ports(const char *typed)
{
	size_t n = match_ports(&R, typed, M, 64);
	return n < 64 ? n : 64;
}

/* the first candidate, taken only because it is sure */
static void assert_sure(size_t n, const char *value, const char *typed)
{
	cr_assert(n > 0, "%s: no candidate", typed);
	cr_assert_str_eq(M[0].value, value, "%s: first is %s", typed, M[0].display);
	cr_assert(match_sure(M, n), "%s: %s should be taken without asking", typed, M[0].display);
}

static bool listed(size_t n, const char *value)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(M[i].value, value))
			return true;
	return false;
}

Test(match, the_names_agents_use_find_the_country)
{
	assert_sure(countries("united states"), "USA", "united states");
	assert_sure(countries("America"), "USA", "America");
	assert_sure(countries("US"), "USA", "US");
	assert_sure(countries("usa"), "USA", "usa");
	assert_sure(countries("UK"), "GBR", "UK");
	assert_sure(countries("GB"), "GBR", "GB");
	assert_sure(countries("britain"), "GBR", "britain");
	assert_sure(countries("Great Britain"), "GBR", "Great Britain");
	assert_sure(countries("england"), "GBR", "england");
	assert_sure(countries("scotland"), "GBR", "scotland");
	assert_sure(countries("wales"), "GBR", "wales");
	assert_sure(countries("holland"), "NLD", "holland");
	assert_sure(countries("turkey"), "TUR", "turkey");
	assert_sure(countries("Türkiye"), "TUR", "Türkiye");
	assert_sure(countries("south korea"), "KOR", "south korea");
	assert_sure(countries("north korea"), "PRK", "north korea");
	assert_sure(countries("russia"), "RUS", "russia");
	assert_sure(countries("vietnam"), "VNM", "vietnam");
	assert_sure(countries("viet nam"), "VNM", "viet nam");
	assert_sure(countries("iran"), "IRN", "iran");
	assert_sure(countries("laos"), "LAO", "laos");
	assert_sure(countries("czechia"), "CZE", "czechia");
	assert_sure(countries("czech republic"), "CZE", "czech republic");
	assert_sure(countries("ivory coast"), "CIV", "ivory coast");
	assert_sure(countries("macau"), "MAC", "macau");
	assert_sure(countries("hong kong"), "HKG", "hong kong");
	assert_sure(countries("DEU"), "DEU", "DEU");
}

Test(match, united_states_is_not_the_minor_outlying_islands)
{
	size_t n = countries("united states");
	cr_assert_str_eq(M[0].display, "USA United States");
	cr_assert(listed(n, "UMI"), "UMI is still listed, after");
	cr_assert_eq(M[0].rank, MATCH_NAME);
}

Test(match, uk_is_not_ukraine)
{
	size_t n = countries("UK");
	cr_assert_str_eq(M[0].value, "GBR");
	cr_assert(listed(n, "UKR"), "Ukraine is listed after, by its code");
	cr_assert_gt(M[1].rank, M[0].rank);
}

Test(match, america_is_not_american_samoa)
{
	size_t n = countries("america");
	cr_assert_str_eq(M[0].value, "USA");
	cr_assert(listed(n, "ASM"));
}

/* a start of several names lists them: the agent picks */
Test(match, united_lists_every_united_country)
{
	size_t n = countries("united");
	cr_assert_geq(n, 4);
	cr_assert(listed(n, "ARE") && listed(n, "GBR") && listed(n, "USA") && listed(n, "UMI"));
	cr_assert_not(match_sure(M, n), "'united' alone must not pick a country");
	n = countries("korea");
	cr_assert(listed(n, "KOR") && listed(n, "PRK"));
	cr_assert_not(match_sure(M, n), "'korea' could be either: the agent picks");
	n = countries("ger");
	cr_assert_str_eq(M[0].value, "DEU");
	cr_assert_not(match_sure(M, n), "a start of a name is never taken without asking");
}

Test(match, nothing_typed_or_nothing_found)
{
	cr_assert_eq(countries(""), 0);
	cr_assert_eq(countries("   "), 0);
	cr_assert_eq(countries("xyzzy"), 0);
	cr_assert_eq(ports("xyzzy"), 0);
	cr_assert_not(match_sure(M, 0));
}

Test(match, ports_by_code_city_airport_and_both)
{
	size_t n;
	assert_sure(ports("PVG"), "PVG", "PVG");
	cr_assert_str_eq(M[0].display, "PVG Shanghai Pudong (Shanghai)");
	assert_sure(ports("Shanghai Pudong"), "PVG", "Shanghai Pudong");
	assert_sure(ports("pudong"), "PVG", "pudong");
	assert_sure(ports("hongqiao"), "SHA", "hongqiao");
	n = ports("shanghai");
	cr_assert(listed(n, "PVG") && listed(n, "SHA"));
	cr_assert_not(match_sure(M, n), "Shanghai has two airports: the agent picks");
}

Test(match, bei_lists_beijing_first)
{
	size_t n = ports("bei");
	cr_assert_geq(n, 3);
	cr_assert_str_eq(M[0].value, "PEK", "first: %s", M[0].display);
	cr_assert_str_eq(M[1].value, "PKX", "second: %s", M[1].display);
	cr_assert(listed(n, "BHY"), "Beihai is listed too");
	cr_assert_not(match_sure(M, n));
}

/* internal ids of rules.ini never reach the agent or the field */
Test(match, no_internal_id_is_shown)
{
	size_t n = ports("hong kong");
	cr_assert_eq(n, 0, "the region names no port of the Mainland");
	n = ports("hong k");
	cr_assert_gt(n, 0);
	for (size_t i = 0; i < n; i++) {
		cr_assert_null(strstr(M[i].display, "hzmb"), "%s", M[i].display);
		cr_assert_str_neq(M[i].value, "hzmb");
	}
	cr_assert_not(match_sure(M, n), "'Hong Kong' must not silently become the bridge port");
	n = ports("bridge");
	cr_assert_str_eq(M[0].display, "Hong Kong-Zhuhai-Macao Bridge port (Guangdong)");
	cr_assert_str_eq(M[0].value, "Hong Kong-Zhuhai-Macao Bridge port");
	cr_assert_not_null(rules_port(&R, M[0].value), "the value is one the answers accept");
}

Test(match, a_province_lists_its_ports)
{
	size_t n = ports("guangdong");
	cr_assert(listed(n, "CAN") && listed(n, "SZX"));
	cr_assert_not(match_sure(M, n));
}

/* the names file is checked: a name that belongs to two countries, or a
 * key that is no country, would make a guess */
Test(match, country_names_are_checked_at_load)
{
	ed_error err = {0};
	ed_text *t = NULL;
	char *saved;
	for (size_t i = 0; i < R.n_texts; i++)
		if (!strcasecmp(R.texts[i].key, "country_names:usa"))
			t = &R.texts[i];
	cr_assert_not_null(t);
	cr_assert(names_check(&R, "rules.ini", &err), "%s", err.msg);
	saved = t->value;
	t->value = "US | Ukraine";
	cr_assert_not(names_check(&R, "rules.ini", &err));
	cr_assert(strstr(err.msg, "[country_names] USA: 'Ukraine' already names UKR"), "%s", err.msg);
	t->value = saved;
}

/* a city is not a port: every port of the city is listed, none taken */
Test(match, a_city_with_several_ports_asks)
{
	size_t n = ports("chengdu");
	cr_assert(listed(n, "CTU") && listed(n, "TFU"));
	cr_assert_not(match_sure(M, n));
	cr_assert(listed(n, "TFU"));
	for (size_t i = 0; i < n; i++)
		if (!strcmp(M[i].value, "TFU"))
			cr_assert_str_eq(M[i].display, "TFU Chengdu Tianfu airport (Sichuan)");
	n = ports("guangzhou");
	cr_assert(listed(n, "CAN") && listed(n, "Guangzhou Pazhou passenger port"));
	cr_assert_not(match_sure(M, n));
	n = ports("beijing");
	cr_assert_not(match_sure(M, n));
	assert_sure(ports("Beijing Daxing"), "PKX", "Beijing Daxing");
	assert_sure(ports("wuhan"), "WUH", "wuhan");
	n = ports("xiamen"); /* the airport and, since the 2023 history, the seaport */
	cr_assert(listed(n, "XMN"));
	cr_assert_not(match_sure(M, n));
}
