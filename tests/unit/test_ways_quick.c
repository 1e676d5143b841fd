/* The quick answer by nationality (issue 18): every way in for an ordinary
 * passport of one nationality on one day, against the real rules.ini. */
#include <stdio.h>

#include "core/match.h"
#include "core/ways.h"
#include "helpers.h"

static ed_rules R;
static ed_quick Q;

static void setup(void) { load_rules_or_die(RULES_PATH, &R); }
static void teardown(void) { rules_free(&R); }

TestSuite(ways_quick, .init = setup, .fini = teardown);

/* the way of regime `id`, or NULL */
static const ed_quick_way *way(const char *id)
{
	for (size_t i = 0; i < Q.n_ways; i++)
		if (!strcmp(Q.ways[i].regime->id, id))
			return &Q.ways[i];
	return NULL;
}

static bool applies(const char *id)
{
	const ed_quick_way *w = way(id);
	return w && w->applies;
}

static void quick(const char *nat, int y, int m, int d)
{
	ways_quick(&R, nat, (ed_date){y, m, d}, &Q);
	/* the ways that apply come first, by rank */
	for (size_t i = 0; i < Q.n_ways; i++)
		cr_assert_eq(Q.ways[i].applies, i < Q.n_apply);
	for (size_t i = 1; i < Q.n_apply; i++)
		cr_assert_lt(Q.ways[i - 1].regime->rank, Q.ways[i].regime->rank);
}

Test(ways_quick, british_today_unilateral_240h_and_24h)
{
	const ed_quick_way *u;

	quick("GBR", 2026, 12, 3);
	u = way("unilateral");
	cr_assert(u && u->applies);
	cr_assert_eq(u->reviews, 0u);
	cr_assert(u->has_ends);
	cr_assert_eq(date_cmp(u->ends, (ed_date){2026, 12, 31}), 0);
	cr_assert_str_eq(Q.ways[0].regime->id, "unilateral", "best first");
	cr_assert(applies("240h"));
	cr_assert(applies("24h"));
	cr_assert(!applies("mutual"));
	cr_assert(way("mutual")->reasons & (1u << R_NATIONALITY));
	cr_assert(!applies("144h"));
	cr_assert(way("144h")->reasons & (1u << R_NOT_YET_AVAILABLE));
	cr_assert_null(way("passport_type"), "an ordinary passport");
}

Test(ways_quick, british_before_the_seventeenth_of_february_no_unilateral)
{
	quick("GBR", 2026, 2, 16);
	cr_assert(!applies("unilateral"));
	cr_assert(way("unilateral")->reasons & (1u << R_NATIONALITY));
	cr_assert(applies("240h"));
	quick("GBR", 2026, 2, 17);
	cr_assert(applies("unilateral"));
}

Test(ways_quick, american_transit_only)
{
	quick("USA", 2026, 12, 3);
	cr_assert(!applies("unilateral"));
	cr_assert(applies("240h"));
	cr_assert(applies("24h"));
	cr_assert_str_eq(Q.ways[0].regime->id, "hainan");
}

Test(ways_quick, thai_mutual_with_the_cap)
{
	const ed_quick_way *m;

	quick("THA", 2026, 12, 3);
	m = way("mutual");
	cr_assert(m && m->applies);
	cr_assert(m->reviews & (1u << V_STAY_CAP_UNKNOWN));
	cr_assert_eq(m->version->cap_days, 90);
	cr_assert_eq(m->version->cap_window, 180);
	cr_assert(!applies("unilateral"));
}

Test(ways_quick, filipino_hainan_only_through_hainan_ports)
{
	const ed_quick_way *h;

	quick("PHL", 2026, 12, 3);
	h = way("hainan");
	cr_assert(h && h->applies);
	cr_assert_gt(h->version->n_entry_ports, 0);
	for (size_t i = 0; i < h->version->n_entry_ports; i++)
		cr_assert(strstr(h->version->entry_ports[i]->province, "Hainan"),
			  "%s", h->version->entry_ports[i]->id);
	cr_assert(!applies("unilateral"));
	cr_assert(!applies("mutual"));
	cr_assert(!applies("240h"));
	cr_assert(applies("24h"), "the 24-hour direct transit is for every nationality");
}

Test(ways_quick, after_the_end_unilateral_is_to_confirm)
{
	const ed_quick_way *u;

	quick("GBR", 2027, 1, 5);
	u = way("unilateral");
	cr_assert(u && u->applies);
	cr_assert(u->reviews & (1u << V_REGIME_ENDED));
}

Test(ways_quick, chinese_citizens_have_none)
{
	quick("CHN", 2026, 12, 3);
	cr_assert_eq(Q.n_apply, 0);
}

Test(ways_quick, words_from_rules_ini)
{
	text_buf b = {0};

	quick("GBR", 2027, 1, 5);
	ways_quick_text(&Q, &R, 78, &b);
	cr_assert(strstr(b.s, "30-day visa-free entry (unilateral policy) (to confirm)"), "%s", b.s);
	cr_assert(strstr(b.s, "the policy ran to 2026-12-31"), "%s", b.s);
	cr_assert(strstr(b.s, "DOES NOT APPLY"));
	for (char *line = b.s; *line;) {
		char *end = strchr(line, '\n');
		size_t n = end ? (size_t)(end - line) : strlen(line);
		cr_assert_leq(text_columns_n(line, n), 78);
		line += n + (end != NULL);
	}
	text_buf_free(&b);
}

Test(ways_quick, nationality_as_a_country_field_takes_it)
{
	char code[4];
	size_t n;

	cr_assert(ways_nationality(&R, "gbr", code, &n));
	cr_assert_str_eq(code, "GBR");
	cr_assert(ways_nationality(&R, "Germany", code, &n));
	cr_assert_str_eq(code, "DEU");
	cr_assert(!ways_nationality(&R, "zz", code, &n));
}

/* issue 18, item 3: the names and codes agents copy from tickets */
static const char *country_of(const char *typed)
{
	static char code[4];
	ed_match m[4];
	size_t n = match_countries(&R, typed, m, 4);

	if (!n || !(n == 1 || match_sure(m, n < 4 ? n : 4)))
		return "";
	snprintf(code, sizeof code, "%.3s", m[0].value);
	return code;
}

Test(ways_quick, country_fields_take_adjectives_cities_and_airports)
{
	cr_assert_str_eq(country_of("British"), "GBR", "not British Indian Ocean Territory");
	cr_assert_str_eq(country_of("Tokyo"), "JPN");
	cr_assert_str_eq(country_of("NRT"), "JPN");
	cr_assert_str_eq(country_of("HAN"), "VNM");
	cr_assert_str_eq(country_of("ger"), "DEU", "not Nueva Gerona's GER");
	cr_assert_str_eq(country_of("jap"), "JPN");
	cr_assert_str_eq(country_of("viet"), "VNM");
	cr_assert_str_eq(country_of("CAN"), "CAN", "the country code before Guangzhou's airport");
	cr_assert_str_eq(country_of("LAX"), "USA");
}
