/* The form's flow without a terminal (src/ui/form_flow.c), on the
 * shipped screens and rules: the required answers come first on each
 * screen, F8 gives the verdict once they are in (the usual answers of
 * unseen screens count), asks the time that decides first, and a typed
 * value moves on by itself only when it is complete and can mean nothing
 * else. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "ui/form_flow.h"
#include "ui/screens.h"

static ed_rules rules;
static ui_screens scr;
static ed_raw_answers raw;

static void setup(void)
{
	ed_error err = {0};

	load_rules_or_die(RULES_PATH, &rules);
	cr_assert(screens_load("screens", &scr, &err), "%s", err.msg);
	memset(&raw, 0, sizeof raw);
}

static void teardown(void)
{
	raw_clear(&raw);
	screens_free(&scr);
	rules_free(&rules);
}

static ff_ctx ctx(void)
{
	ff_ctx c = { .fl = screens_flow(&scr, FLOW_TRANSIT), .scr = &scr, .raw = &raw,
		     .rules = &rules, .group = false };
	date_parse("2023-01-01", &c.today);
	return c;
}

/* the field of the transit flow asking `key` ("traveller.name") */
static const ui_field *field_of(const char *key, size_t *si, size_t *fi)
{
	const ui_flow *fl = screens_flow(&scr, FLOW_TRANSIT);
	const ed_answer_field *af = answers_field(FLOW_TRANSIT, key, NULL);

	for (size_t s = 0; s < fl->n_screens; s++)
		for (size_t f = 0; f < fl->screens[s].n_fields; f++)
			if (fl->screens[s].fields[f].af == af) {
				if (si)
					*si = s;
				if (fi)
					*fi = f;
				return &fl->screens[s].fields[f];
			}
	cr_assert_fail("no field asks %s", key);
	return NULL;
}

TestSuite(form_flow, .init = setup, .fini = teardown);

/* on every screen, no optional field stands before a required one: the
 * agent never tabs past an optional answer to reach a needed one */
Test(form_flow, required_answers_come_first)
{
	const ui_flow *fl = screens_flow(&scr, FLOW_TRANSIT);

	for (size_t s = 0; s < fl->n_screens; s++) {
		bool optional_seen = false;
		for (size_t f = 0; f < fl->screens[s].n_fields; f++) {
			const ui_field *fd = &fl->screens[s].fields[f];
			cr_expect(!(fd->required && optional_seen),
				  "screen %s: required %s after an optional field",
				  fl->screens[s].id, fd->id);
			optional_seen = optional_seen || !fd->required;
		}
	}
}

/* the seed's answers with nothing on screens 3 and 4: the first problem
 * is the missing departure date until it is in, then F8 gives the verdict
 * once the usual answers of screens 3 and 4 are given */
Test(form_flow, f8_once_the_required_answers_are_in)
{
	const char *kv[] = { "traveller.nationality", "DEU", "traveller.passport_expiry",
			     "2030-01-01", "trip.arriving_from", "USA", "trip.entry_port",
			     "PVG", "trip.entry_date", "2023-01-01", "trip.destination", "JPN",
			     NULL };
	ff_ctx c;
	size_t si, fi, want_si, want_fi;
	char why[512];

	raw_from_pairs(&raw, FLOW_TRANSIT, kv);
	c = ctx();
	cr_assert(ff_flow_problem(&c, true, &si, &fi, why, sizeof why));
	field_of("trip.departure_date", &want_si, &want_fi);
	cr_expect_eq(si, want_si);
	cr_expect_eq(fi, want_fi);
	cr_expect(strstr(why, "Departure date"), "%s", why);
	cr_expect_eq(ff_f8(&c, false, &si, &fi), FF_NOT_YET);

	raw_set(&raw, AK_DEPARTURE_DATE, "2023-01-07");
	/* the form sets the usual answers (seat yes, no stamp, no violation)
	 * of the screens not yet shown before it asks */
	raw_set(&raw, AK_SEAT_CONFIRMED, "yes");
	raw_set(&raw, AK_VISA_REFUSAL, "no");
	raw_set(&raw, AK_VIOLATION, "no");
	cr_expect_eq(ff_f8(&c, false, &si, &fi), FF_VERDICT);
}

/* a passport expired before the entry rules every way in out before the
 * check is complete (no departure date yet): F8 shows the early verdict */
Test(form_flow, f8_early_when_ruled_out)
{
	const char *kv[] = { "traveller.nationality", "DEU", "traveller.passport_expiry",
			     "2022-06-30", "trip.arriving_from", "USA", "trip.entry_port",
			     "PVG", "trip.entry_date", "2023-01-01", "trip.destination", "JPN", NULL };
	ff_ctx c;
	size_t si, fi;

	raw_from_pairs(&raw, FLOW_TRANSIT, kv);
	c = ctx();
	cr_expect_eq(ff_f8(&c, false, &si, &fi), FF_EARLY);
}

/* a value that does not fit is named by its field, with what is accepted */
Test(form_flow, refusal_starts_with_the_label)
{
	const ui_field *f = field_of("trip.entry_date", NULL, NULL);
	ff_ctx c = ctx();
	char norm[256], why[512];

	cr_assert_not(ff_value_ok(&c, f, "2023-02-30", norm, sizeof norm, why, sizeof why));
	cr_expect(!strncmp(why, "Entry date: ", 12), "%s", why);
	cr_assert(ff_value_ok(&c, f, "7JAN23", norm, sizeof norm, why, sizeof why), "%s", why);
	cr_expect_str_eq(norm, "2023-01-07");
}

/* a group check asks the trip once: no traveller's own field, no group
 * size (the travellers are counted), no screen left without a field, so
 * the screens are numbered as shown */
Test(form_flow, group_flow_asks_the_trip_only)
{
	const ui_flow *g = screens_group_flow(&scr), *t = screens_flow(&scr, FLOW_TRANSIT);

	cr_assert_eq(g->n_screens, t->n_screens - 1);
	cr_expect_str_neq(g->title, t->title);
	for (size_t s = 0; s < g->n_screens; s++) {
		cr_expect_str_neq(g->screens[s].id, "traveller");
		for (size_t f = 0; f < g->screens[s].n_fields; f++) {
			const ed_answer_field *af = g->screens[s].fields[f].af;
			cr_expect_str_neq(af->section, "traveller");
			cr_expect_neq(af->id, AK_GROUP_SIZE, "the group size is asked");
		}
		/* its own words: "the group", "each traveller", never "the
		 * traveller" as if one stood at the desk */
		for (const char *p = g->screens[s].instructions;
		     (p = strstr(p, "the traveller")); p++)
			cr_expect_eq(p[13], 's', "%s: %s", g->screens[s].id,
				     g->screens[s].instructions);
	}
}

/* HKG -> SZX -> HKG rules a traveller alone out (the next stop is where
 * they came from), not a Hong Kong tour group that may return: a
 * group's trip shows no early verdict */
Test(form_flow, group_trip_never_early)
{
	const char *kv[] = { "trip.arriving_from", "HKG", "trip.entry_port", "SZX",
			     "trip.entry_date", "2023-01-05", "trip.destination", "HKG", NULL };
	ff_ctx c;
	size_t si, fi;

	raw_from_pairs(&raw, FLOW_TRANSIT, kv);
	c = ctx();
	cr_expect_eq(ff_f8(&c, false, &si, &fi), FF_EARLY, "alone: ruled out");
	c.fl = screens_group_flow(&scr);
	c.group = true;
	cr_expect_eq(ff_f8(&c, false, &si, &fi), FF_NOT_YET);
}

/* complete and unambiguous: a full date, an exact code that starts no
 * other code or name; never a date that may grow or a name */
Test(form_flow, value_complete_only_when_nothing_else_is_meant)
{
	ff_ctx c = ctx();
	const ui_field *date = field_of("trip.entry_date", NULL, NULL);
	const ui_field *country = field_of("trip.destination", NULL, NULL);
	const ui_field *port = field_of("trip.entry_port", NULL, NULL);
	const ui_field *name = field_of("traveller.name", NULL, NULL);

	cr_expect(ff_value_complete(&c, date, "2026-12-05"));
	cr_expect(ff_value_complete(&c, date, "05DEC2026"));
	cr_expect(ff_value_complete(&c, date, "5DEC2026"));
	cr_expect_not(ff_value_complete(&c, date, "5DEC26"), "may grow to 5DEC2026");
	cr_expect_not(ff_value_complete(&c, date, "5DEC"));
	cr_expect_not(ff_value_complete(&c, date, "2026-12-0"));

	cr_expect(ff_value_complete(&c, country, "USA"));
	cr_expect(ff_value_complete(&c, country, "jpn"));
	cr_expect_not(ff_value_complete(&c, country, "IND"), "also the start of Indonesia");
	cr_expect_not(ff_value_complete(&c, country, "ger"), "the start of a name");
	cr_expect_not(ff_value_complete(&c, country, "US"));

	cr_expect(ff_value_complete(&c, port, "PVG"));
	cr_expect_not(ff_value_complete(&c, port, "sha"));

	cr_expect_not(ff_value_complete(&c, name, "USA"), "a name is never complete");
}

/* a letter after a date that stands ends it when the next field takes
 * letters: 1DEC then D; never a date not yet whole (1DE then C), a digit
 * (the year), or a next field of yes/no */
Test(form_flow, a_letter_ends_a_date_that_stands)
{
	ff_ctx c = ctx();
	const ui_field *date = field_of("trip.entry_date", NULL, NULL);
	const ui_field *departure = field_of("trip.departure_date", NULL, NULL);
	const ui_field *country = field_of("trip.destination", NULL, NULL);
	const ui_field *seat = field_of("trip.seat_confirmed", NULL, NULL);
	const ui_field *name = field_of("traveller.name", NULL, NULL);

	cr_expect(ff_value_ended_by(&c, date, "1DEC", country, L'D'));
	cr_expect(ff_value_ended_by(&c, date, "5dec26", country, L'j'));
	cr_expect(ff_value_ended_by(&c, date, "1DEC", name, L'S'), "a text field takes letters");
	cr_expect_not(ff_value_ended_by(&c, date, "1DE", country, L'C'), "1DE is no date yet");
	cr_expect_not(ff_value_ended_by(&c, date, "1DEC", country, L'2'), "a digit is the year's");
	cr_expect_not(ff_value_ended_by(&c, date, "1DEC", country, L'-'));
	cr_expect_not(ff_value_ended_by(&c, date, "1DEC", country, 0x00e9), "no letter of a month");
	cr_expect_not(ff_value_ended_by(&c, departure, "10DEC", seat, L'y'), "a yes/no takes no typing");
	cr_expect_not(ff_value_ended_by(&c, date, "", country, L'D'));
	cr_expect_not(ff_value_ended_by(&c, date, "31FEB", country, L'D'), "not a date: stays, refused");
	cr_expect_not(ff_value_ended_by(&c, country, "DEU", date, L'D'), "a letter may go on with a name");
	/* a month spelt out: its letters stay in the date */
	cr_expect_not(ff_value_ended_by(&c, date, "1JUN", country, L'E'), "JUNE");
	cr_expect_not(ff_value_ended_by(&c, date, "1jul", country, L'y'), "July");
	cr_expect_not(ff_value_ended_by(&c, date, "5DEC", country, L'e'), "DECEMBER");
	cr_expect_not(ff_value_ended_by(&c, date, "3MAR", country, L'C'), "MARCH");
	cr_expect_not(ff_value_ended_by(&c, date, "3SEP", country, L'T'), "SEPT");
	cr_expect(ff_value_ended_by(&c, date, "1JUN", country, L'D'), "no month goes JUND");
	cr_expect(ff_value_ended_by(&c, date, "1MAY", country, L'E'), "May is whole");
}

/* a digit after a country or port Tab would take ends it when the next
 * field takes digits: IND then 1JAN30 (India, though Indonesia starts so);
 * never a value Tab would not take, or before a country */
Test(form_flow, a_digit_ends_a_sure_country)
{
	ff_ctx c = ctx();
	const ui_field *nationality = field_of("traveller.nationality", NULL, NULL);
	const ui_field *expiry = field_of("traveller.passport_expiry", NULL, NULL);
	const ui_field *port = field_of("trip.entry_port", NULL, NULL);
	const ui_field *entry = field_of("trip.entry_date", NULL, NULL);
	const ui_field *from = field_of("trip.arriving_from", NULL, NULL);

	cr_expect(ff_value_ended_by(&c, nationality, "IND", expiry, L'1'));
	cr_expect(ff_value_ended_by(&c, nationality, "ger", expiry, L'3'), "the only match");
	cr_expect(ff_value_ended_by(&c, port, "PVG", entry, L'5'));
	cr_expect_not(ff_value_ended_by(&c, nationality, "a", expiry, L'1'), "many match a");
	cr_expect_not(ff_value_ended_by(&c, nationality, "zzq", expiry, L'1'), "nothing matches");
	cr_expect_not(ff_value_ended_by(&c, nationality, "IND", expiry, L'o'), "Indonesia");
	cr_expect_not(ff_value_ended_by(&c, from, "USA", port, L'1'), "a port takes no digit");
}
