/* The world's airports (rules.ini [airports]): a foreign airport is refused
 * as a port of mainland China with its city and country; a mainland
 * airport rules.ini does not list is "another port" (the unlisted verdict). */
#include <stdio.h>
#include <stdlib.h>

#include "verdict_helpers.h"

#include "core/match.h"
#include "load/airports.h"

TestSuite(airports, .init = verdict_setup, .fini = verdict_teardown);

static bool port_ok(const char *key, const char *typed, char *why, size_t size)
{
	char norm[256];
	const ed_answer_field *f = answers_field(FLOW_TRANSIT, key, NULL);
	return answers_check_value(f, typed, &R, (ed_date){2026, 11, 29}, norm, sizeof norm, why,
				   size);
}

Test(airports, the_file_is_loaded_with_the_rules)
{
	const ed_airport *a = rules_airport(&R, "lax");
	cr_assert_gt(R.n_airports, 4000);
	cr_assert_not_null(a);
	cr_assert_str_eq(a->country, "USA");
	cr_assert_str_eq(a->city, "Los Angeles");
	cr_assert_str_eq(rules_airport(&R, "PVG")->country, "CHN");
	cr_assert_str_eq(rules_airport(&R, "HKG")->country, "HKG");
	cr_assert_null(rules_airport(&R, "XYZ"));
	cr_assert_null(rules_airport(&R, "LAXX"));
}

Test(airports, a_foreign_airport_is_refused_at_the_field_in_words)
{
	char why[512];
	cr_assert_not(port_ok("trip.entry_port", "LAX", why, sizeof why));
	cr_assert(strstr(why, "LAX is Los Angeles, United States: the entry port is where the "
			      "traveller enters mainland China"), "%s", why);
	cr_assert_not(port_ok("trip.exit_port", "hkg", why, sizeof why));
	cr_assert(strstr(why, "Hong Kong") && strstr(why, "the exit port is where the traveller "
							 "leaves mainland China"), "%s", why);
	cr_assert_not(port_ok("trip.entry_port", "MFM", why, sizeof why));
	cr_assert(strstr(why, "Macao"), "%s", why);
	cr_assert_not(port_ok("trip.entry_port", "TPE", why, sizeof why));
	cr_assert(strstr(why, "Taiwan"), "%s", why);
}

Test(airports, ports_of_mainland_china_are_accepted)
{
	char why[512];
	cr_assert(port_ok("trip.entry_port", "PVG", why, sizeof why), "%s", why);
	cr_assert(port_ok("trip.entry_port", "Shanghai", why, sizeof why), "%s", why);
	/* another mainland airport, not in rules.ini: the unlisted verdict */
	cr_assert_null(rules_port(&R, "LHW"));
	cr_assert_str_eq(rules_airport(&R, "LHW")->country, "CHN");
	cr_assert(port_ok("trip.entry_port", "LHW", why, sizeof why), "%s", why);
	cr_assert(port_ok("trip.entry_port", "other", why, sizeof why), "%s", why);
	/* a code no one knows stays a port to confirm, as before */
	cr_assert(port_ok("trip.entry_port", "XYZ", why, sizeof why), "%s", why);
}

Test(airports, an_answers_file_with_lax_in_and_out_is_an_input_error)
{
	ed_error err = {0};
	build(FLOW_TRANSIT, (const char *[]){
		"check.flow", "transit", "traveller.nationality", "USA",
		"traveller.passport_expiry", "2030-06-30", "trip.arriving_from", "USA",
		"trip.entry_port", "LAX", "trip.entry_date", "2026-12-01",
		"trip.destination", "JPN", "trip.exit_port", "LAX",
		"trip.departure_date", "2026-12-05", "trip.seat_confirmed", "yes",
		"history.visa_refusal_stamp", "no", "history.immigration_violation", "no", NULL},
	      NULL);
	cr_assert_not(answers_parse(&RAW, &R, (ed_date){2026, 11, 29}, "lax.ini", &A, &err));
	cr_assert(strstr(err.msg, "lax.ini: [trip] entry_port: LAX is Los Angeles, United States"),
		  "%s", err.msg);
}

/* [airports] is checked key by key: the load names section and key */
static bool load_with(const char *key, const char *value, ed_error *err)
{
	ed_rules r = R;
	ed_text *t = NULL, saved;
	bool ok;
	for (size_t i = 0; i < R.n_texts; i++)
		if (!strcasecmp(R.texts[i].key, "airports:usa.1"))
			t = &R.texts[i];
	cr_assert_not_null(t);
	saved = *t;
	t->key = (char *)key;
	t->value = (char *)value;
	r.airports = NULL;
	r.n_airports = 0;
	ok = airports_load(&r, "rules.ini", err);
	for (size_t i = 0; i < r.n_airports; i++)
		free(r.airports[i].city);
	free(r.airports);
	*t = saved;
	return ok;
}

Test(airports, a_value_that_does_not_fit_names_section_and_key)
{
	ed_error err = {0};
	cr_assert(load_with("airports:usa.1", "QXA Testtown|QXB Othertown", &err), "%s", err.msg);
	cr_assert_not(load_with("airports:usa.1", "QXA Testtown|JF New York", &err));
	cr_assert(strstr(err.msg, "rules.ini: [airports] usa.1: 'JF New York' does not fit; "
			 "accepted: \"CODE City|CODE City\""), "%s", err.msg);
	cr_assert_not(load_with("airports:xxx", "QXA Testtown", &err), "not a country");
	cr_assert(strstr(err.msg, "[airports] xxx: not a country"), "%s", err.msg);
	cr_assert_not(load_with("airports:usa.1", "PVG Shanghai", &err), "PVG is China's");
	cr_assert(strstr(err.msg, "airport PVG is listed twice"), "%s", err.msg);
}

/* "Hong Kong" at a port is the region, not the bridge port named after it */
Test(airports, a_country_or_region_typed_as_a_port_is_refused)
{
	char why[512];
	ed_match m[4];
	cr_assert_not(port_ok("trip.entry_port", "Hong Kong", why, sizeof why));
	cr_assert(strstr(why, "Hong Kong is outside mainland China: the entry port is where the "
			      "traveller enters mainland China"), "%s", why);
	cr_assert_not(port_ok("trip.exit_port", "macau", why, sizeof why));
	cr_assert(strstr(why, "Macao is outside mainland China: the exit port"), "%s", why);
	cr_assert_eq(match_ports(&R, "Hong Kong", m, 4), 0, "no port is offered for it");
	cr_assert_gt(match_ports(&R, "Hong Kong-Zhuhai", m, 4), 0, "the bridge port by its name");
	cr_assert(port_ok("trip.entry_port", "Hong Kong-Zhuhai-Macao Bridge port", why, sizeof why),
		  "%s", why);
}

/* issue 17: a rules.ini without [airports] has no list at all (a NULL
 * base): a lookup finds nothing and never hands bsearch a NULL (UB, which
 * the sanitizer build aborts on) */
Test(airports, no_list_at_all_finds_nothing)
{
	ed_rules empty;
	memset(&empty, 0, sizeof empty);
	cr_assert_null(rules_airport(&empty, "LAX"));
	cr_assert_null(rules_port(&empty, "pvg"));
	cr_assert_null(rules_area(&empty, "shanghai"));
	cr_assert_null(rules_country(&empty, "DEU"));
	cr_assert_null(rules_text(&empty, "reason.x"));
}
