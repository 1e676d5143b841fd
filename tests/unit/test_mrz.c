/* MRZ reading as a desk meets it: the ICAO Doc 9303 specimens, documents
 * generated with computed check digits, each check digit wrong in turn,
 * names with fillers and cut names, two-digit years, scanner artefacts,
 * and the nationality codes rules.ini maps (D, GBN, CHN). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/mrz.h"
#include "helpers.h"

static const ed_date today = {2026, 11, 29};

/* the specimens of Doc 9303 parts 4 (TD3), 5 (TD1) and 6 (TD2) */
static const char *const td3_specimen[] = {
	"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
	"L898902C36UTO7408122F1204159ZE184226B<<<<<10",
};
static const char *const td1_specimen[] = {
	"I<UTOD231458907<<<<<<<<<<<<<<<",
	"7408122F1204159UTO<<<<<<<<<<<6",
	"ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
};
static const char *const td2_specimen[] = {
	"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
	"D231458907UTO7408122F1204159<<<<<<<6",
};

/* the check digit, written here again apart from the code under test */
static char cd(const char *s, size_t n)
{
	static const int w[3] = {7, 3, 1};
	int sum = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
		sum += v * w[i % 3];
	}
	return (char)('0' + sum % 10);
}

/* pads s with '<' to n characters into out (no NUL) */
static void pad(char *out, const char *s, size_t n)
{
	size_t k = strlen(s);
	cr_assert(k <= n, "field too long: %s", s);
	memcpy(out, s, k);
	memset(out + k, '<', n - k);
}

typedef struct doc {
	const char *type, *issuer, *name, *number, *nat, *dob, *sex, *exp, *opt;
} doc;

/* a TD3 passport with every check digit computed */
static void make_td3(const doc *d, char l1[45], char l2[45])
{
	char comp[64];
	pad(l1, d->type, 2);
	pad(l1 + 2, d->issuer, 3);
	pad(l1 + 5, d->name, 39);
	l1[44] = '\0';
	pad(l2, d->number, 9);
	l2[9] = cd(l2, 9);
	pad(l2 + 10, d->nat, 3);
	memcpy(l2 + 13, d->dob, 6);
	l2[19] = cd(l2 + 13, 6);
	l2[20] = d->sex[0];
	memcpy(l2 + 21, d->exp, 6);
	l2[27] = cd(l2 + 21, 6);
	pad(l2 + 28, d->opt ? d->opt : "", 14);
	l2[42] = cd(l2 + 28, 14);
	memcpy(comp, l2, 10);
	memcpy(comp + 10, l2 + 13, 7);
	memcpy(comp + 17, l2 + 21, 22);
	l2[43] = cd(comp, 39);
	l2[44] = '\0';
}

/* a TD1 card; a number of more than 9 characters continues in the
 * optional data, with the check digit after it */
static void make_td1(const doc *d, char l1[31], char l2[31], char l3[31])
{
	char comp[64];
	size_t n = strlen(d->number);
	pad(l1, d->type, 2);
	pad(l1 + 2, d->issuer, 3);
	if (n <= 9) {
		pad(l1 + 5, d->number, 9);
		l1[14] = cd(l1 + 5, 9);
		pad(l1 + 15, d->opt ? d->opt : "", 15);
	} else {
		char ext[16];
		memcpy(l1 + 5, d->number, 9);
		l1[14] = '<';
		snprintf(ext, sizeof ext, "%s%c", d->number + 9, cd(d->number, n));
		pad(l1 + 15, ext, 15);
	}
	l1[30] = '\0';
	memcpy(l2, d->dob, 6);
	l2[6] = cd(l2, 6);
	l2[7] = d->sex[0];
	memcpy(l2 + 8, d->exp, 6);
	l2[14] = cd(l2 + 8, 6);
	pad(l2 + 15, d->nat, 3);
	pad(l2 + 18, "", 11);
	memcpy(comp, l1 + 5, 25);
	memcpy(comp + 25, l2, 7);
	memcpy(comp + 32, l2 + 8, 7);
	memcpy(comp + 39, l2 + 18, 11);
	l2[29] = cd(comp, 50);
	l2[30] = '\0';
	pad(l3, d->name, 30);
	l3[30] = '\0';
}

/* a TD2 document, with the same continuation rule as TD1 */
static void make_td2(const doc *d, char l1[37], char l2[37])
{
	char comp[64];
	size_t n = strlen(d->number);
	pad(l1, d->type, 2);
	pad(l1 + 2, d->issuer, 3);
	pad(l1 + 5, d->name, 31);
	l1[36] = '\0';
	if (n <= 9) {
		pad(l2, d->number, 9);
		l2[9] = cd(l2, 9);
		pad(l2 + 28, "", 7);
	} else {
		char ext[16];
		memcpy(l2, d->number, 9);
		l2[9] = '<';
		snprintf(ext, sizeof ext, "%s%c", d->number + 9, cd(d->number, n));
		pad(l2 + 28, ext, 7);
	}
	pad(l2 + 10, d->nat, 3);
	memcpy(l2 + 13, d->dob, 6);
	l2[19] = cd(l2 + 13, 6);
	l2[20] = d->sex[0];
	memcpy(l2 + 21, d->exp, 6);
	l2[27] = cd(l2 + 21, 6);
	memcpy(comp, l2, 10);
	memcpy(comp + 10, l2 + 13, 7);
	memcpy(comp + 17, l2 + 21, 14);
	l2[35] = cd(comp, 31);
	l2[36] = '\0';
}

static void parse_ok(const char *const *lines, size_t n, ed_mrz *m)
{
	char why[256];
	cr_assert(mrz_parse(lines, n, today, m, why, sizeof why), "not read: %s", why);
}

static void assert_date(ed_date d, int y, int mo, int dd)
{
	cr_assert(d.y == y && d.m == mo && d.d == dd, "got %04d-%02d-%02d, expected %04d-%02d-%02d",
		  d.y, d.m, d.d, y, mo, dd);
}

Test(mrz, td3_specimen_gives_every_field)
{
	ed_mrz m;
	char name[96];

	parse_ok(td3_specimen, 2, &m);
	cr_assert_eq(m.format, MRZ_TD3);
	cr_assert_str_eq(m.doc_type, "P");
	cr_assert_str_eq(m.issuer, "UTO");
	cr_assert_str_eq(m.nationality, "UTO");
	cr_assert_str_eq(m.surname, "ERIKSSON");
	cr_assert_str_eq(m.given, "ANNA MARIA");
	cr_assert_not(m.name_full);
	mrz_name(&m, name, sizeof name);
	cr_assert_str_eq(name, "ERIKSSON, ANNA MARIA");
	cr_assert_str_eq(m.number, "L898902C3");
	cr_assert(m.birth_known);
	assert_date(m.birth, 1974, 8, 12);
	assert_date(m.expiry, 2012, 4, 15);
	cr_assert_eq(m.sex, 'F');
}

Test(mrz, td1_specimen_gives_every_field)
{
	ed_mrz m;

	parse_ok(td1_specimen, 3, &m);
	cr_assert_eq(m.format, MRZ_TD1);
	cr_assert_str_eq(m.doc_type, "I");
	cr_assert_str_eq(m.number, "D23145890");
	cr_assert_str_eq(m.surname, "ERIKSSON");
	cr_assert_str_eq(m.given, "ANNA MARIA");
	assert_date(m.birth, 1974, 8, 12);
	assert_date(m.expiry, 2012, 4, 15);
	cr_assert_eq(m.sex, 'F');
	cr_assert_str_eq(m.nationality, "UTO");
}

Test(mrz, td2_specimen_gives_every_field)
{
	ed_mrz m;

	parse_ok(td2_specimen, 2, &m);
	cr_assert_eq(m.format, MRZ_TD2);
	cr_assert_str_eq(m.number, "D23145890");
	cr_assert_str_eq(m.given, "ANNA MARIA");
	assert_date(m.expiry, 2012, 4, 15);
}

Test(mrz, check_digit_function_matches_the_specimen)
{
	cr_assert_eq(mrz_check_digit("L898902C3", 9), '6');
	cr_assert_eq(mrz_check_digit("740812", 6), '2');
	cr_assert_eq(mrz_check_digit("ZE184226B<<<<<", 14), '1');
	cr_assert_eq(mrz_check_digit("<<<", 3), '0');
	cr_assert_eq(mrz_check_digit("l8", 2), -1);
}

/* one wrong check digit: refused, the message names that check and
 * repeats nothing of the document */
static void wrong_digit(const char *const *good, size_t n, int line, int col,
			const char *expected)
{
	char copy[3][64], why[256];
	const char *lines[3];
	ed_mrz m;

	for (size_t i = 0; i < n; i++) {
		snprintf(copy[i], sizeof copy[i], "%s", good[i]);
		lines[i] = copy[i];
	}
	char *c = &copy[line - 1][col - 1];
	*c = *c == '9' ? '0' : *c == '<' ? '1' : (char)(*c + 1);
	cr_assert_not(mrz_parse(lines, n, today, &m, why, sizeof why),
		      "line %d col %d changed, still accepted", line, col);
	cr_assert(strstr(why, expected), "line %d col %d: '%s' does not name %s",
		  line, col, why, expected);
	cr_assert(!strstr(why, "ERIKSSON") && !strstr(why, "L898902") && !strstr(why, "D2314"),
		  "message echoes the document: %s", why);
	cr_assert(!strchr(why, '\n'), "more than one line: %s", why);
}

/* each check digit of each format, and misread data characters */
static const struct {
	const char *const *doc;
	size_t lines;
	int line, col;
	const char *names;
} wrong_cases[] = {
	{td3_specimen, 2, 2, 10, "the document number (line 2, character 10)"},
	{td3_specimen, 2, 2, 20, "the birth date (line 2, character 20)"},
	{td3_specimen, 2, 2, 28, "the expiry date (line 2, character 28)"},
	{td3_specimen, 2, 2, 43, "the personal number (line 2, character 43)"},
	{td3_specimen, 2, 2, 44, "composite check digit (line 2, character 44)"},
	{td1_specimen, 3, 1, 15, "the document number (line 1, character 15)"},
	{td1_specimen, 3, 2, 7, "the birth date (line 2, character 7)"},
	{td1_specimen, 3, 2, 15, "the expiry date (line 2, character 15)"},
	{td1_specimen, 3, 2, 30, "composite check digit (line 2, character 30)"},
	{td2_specimen, 2, 2, 10, "the document number (line 2, character 10)"},
	{td2_specimen, 2, 2, 20, "the birth date (line 2, character 20)"},
	{td2_specimen, 2, 2, 28, "the expiry date (line 2, character 28)"},
	{td2_specimen, 2, 2, 36, "composite check digit (line 2, character 36)"},
	/* a misread character of the data, not of the check digit */
	{td3_specimen, 2, 2, 3, "the document number"},
	{td3_specimen, 2, 2, 16, "the birth date"},
	{td3_specimen, 2, 2, 24, "the expiry date"},
	{td3_specimen, 2, 2, 30, "the personal number"},
	/* TD1 optional data has no check digit: only the composite sees it */
	{td1_specimen, 3, 1, 20, "composite"},
};

Test(mrz, each_check_digit_wrong_in_turn_is_named)
{
	for (size_t i = 0; i < sizeof wrong_cases / sizeof *wrong_cases; i++)
		wrong_digit(wrong_cases[i].doc, wrong_cases[i].lines, wrong_cases[i].line,
			    wrong_cases[i].col, wrong_cases[i].names);
}

Test(mrz, personal_number_unused_may_have_a_filler_check_digit)
{
	doc d = {"P", "D", "MUSTERMANN<<ERIKA", "C01X00T47", "D", "830812", "F", "310131", NULL};
	char l1[45], l2[45];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	make_td3(&d, l1, l2);
	cr_assert_eq(l2[42], '0');
	parse_ok(lines, 2, &m);
	l2[42] = '<';
	/* the composite covers the check digit: recompute it */
	{
		char comp[40];
		memcpy(comp, l2, 10);
		memcpy(comp + 10, l2 + 13, 7);
		memcpy(comp + 17, l2 + 21, 22);
		l2[43] = cd(comp, 39);
	}
	parse_ok(lines, 2, &m);
	cr_assert_str_eq(m.number, "C01X00T47");
}

Test(mrz, germany_d_with_fillers)
{
	doc d = {"P", "D", "MUSTERMANN<<ERIKA", "C01X00T47", "D", "830812", "F", "310131", NULL};
	char l1[45], l2[45];
	const char *lines[] = {l1, l2};
	ed_mrz m;
	ed_mrz_nationality nat;
	ed_rules r;

	make_td3(&d, l1, l2);
	cr_assert(!strncmp(l1, "P<D<<MUSTERMANN<<ERIKA<", 23), "%s", l1);
	parse_ok(lines, 2, &m);
	cr_assert_str_eq(m.issuer, "D");
	cr_assert_str_eq(m.nationality, "D");
	load_rules_or_die(RULES_PATH, &r);
	cr_assert(mrz_nationality(&r, m.nationality, &nat));
	cr_assert_str_eq(nat.iso, "DEU");
	cr_assert_null(nat.note);
	rules_free(&r);
}

Test(mrz, iso_codes_pass_through_and_unknown_codes_are_refused)
{
	ed_rules r;
	ed_mrz_nationality nat;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(mrz_nationality(&r, "USA", &nat));
	cr_assert_str_eq(nat.iso, "USA");
	cr_assert(mrz_nationality(&r, "fra", &nat));
	cr_assert_str_eq(nat.iso, "FRA");
	cr_assert_not(mrz_nationality(&r, "UTO", &nat), "the specimens' Utopia is no country");
	cr_assert_not(mrz_nationality(&r, "", &nat));
	cr_assert_not(mrz_nationality(&r, "ABCD", &nat));
	rules_free(&r);
}

Test(mrz, british_codes_are_not_gbr)
{
	ed_rules r;
	ed_mrz_nationality nat;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(mrz_nationality(&r, "GBN", &nat));
	cr_assert_str_eq(nat.iso, "", "BN(O) is no ISO nationality");
	cr_assert(nat.note && strstr(nat.note, "2021"), "BN(O) note: %s", nat.note);
	cr_assert_str_eq(nat.outcome, "not_eligible");
	cr_assert(nat.source && *nat.source);
	for (const char *const *c = (const char *const[]){"GBD", "GBO", "GBP", "GBS", NULL};
	     *c; c++) {
		cr_assert(mrz_nationality(&r, *c, &nat), "%s unknown", *c);
		cr_assert_str_eq(nat.iso, "", "%s read as a country", *c);
		cr_assert(nat.note, "%s has no note", *c);
		cr_assert_str_eq(nat.outcome, "review", "%s", *c);
	}
	cr_assert(mrz_nationality(&r, "GBR", &nat));
	cr_assert_str_eq(nat.iso, "GBR");
	cr_assert_null(nat.note);
	rules_free(&r);
}

Test(mrz, chinese_passport_gives_the_citizen_note)
{
	ed_rules r;
	ed_mrz_nationality nat;

	load_rules_or_die(RULES_PATH, &r);
	cr_assert(mrz_nationality(&r, "CHN", &nat));
	cr_assert_str_eq(nat.iso, "CHN");
	cr_assert(nat.note && strstr(nat.note, "Chinese citizen") && strstr(nat.note, "e-pass"),
		  "CHN note: %s", nat.note);
	rules_free(&r);
}

Test(mrz, icao_organisation_and_stateless_codes_have_notes)
{
	ed_rules r;
	ed_mrz_nationality nat;

	load_rules_or_die(RULES_PATH, &r);
	for (const char *const *c = (const char *const[]){"UNO", "UNA", "UNK", "XXA", "XXB",
							  "XXC", "XXX", "EUE", "XPO", "XOM", NULL};
	     *c; c++) {
		cr_assert(mrz_nationality(&r, *c, &nat), "%s unknown", *c);
		cr_assert_str_eq(nat.iso, "", "%s read as a country", *c);
		cr_assert(nat.note && nat.label, "%s has no note", *c);
	}
	rules_free(&r);
}

Test(mrz, names_with_fillers_and_one_name_only)
{
	doc d = {"P", "USA", "O<BRIEN<SMITH<<MARY<JANE<ANN", "123456789", "USA",
		 "900101", "F", "300101", NULL};
	char l1[45], l2[45], name[96];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	cr_assert_str_eq(m.surname, "O BRIEN SMITH");
	cr_assert_str_eq(m.given, "MARY JANE ANN");

	d.name = "SUKARNO";
	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	mrz_name(&m, name, sizeof name);
	cr_assert_str_eq(name, "SUKARNO");
	cr_assert_str_eq(m.given, "");
}

Test(mrz, a_full_name_field_is_flagged_as_possibly_cut)
{
	/* Doc 9303 part 3 4.6: a name too long is cut to fill the field */
	doc d = {"P", "UTO", "VANDERSTEENHOVENMAASKANT<<JOHANNA<WILHELMI", "123456789", "UTO",
		 "900101", "F", "300101", NULL};
	char l1[45], l2[45];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	cr_assert_eq(strlen(d.name), 42);
	d.name = "VANDERSTEENHOVENMAASKANT<<JOHANNA<WILHE";
	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	cr_assert(m.name_full);
	cr_assert_str_eq(m.given, "JOHANNA WILHE");

	d.name = "VANDERSTEENHOVENMAASKANT<<JOHANNA<WILH";
	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	cr_assert_not(m.name_full, "a filler is left: the name is whole");
}

Test(mrz, birth_century_puts_the_birth_in_the_past)
{
	doc d = {"P", "USA", "DOE<<JANE", "123456789", "USA", "261129", "F", "300101", NULL};
	char l1[45], l2[45];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	assert_date(m.birth, 2026, 11, 29); /* born on the check day */
	d.dob = "261130";
	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	assert_date(m.birth, 1926, 11, 30);
	d.dob = "000229";
	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	assert_date(m.birth, 2000, 2, 29);
	/* an expiry is always 20YY, even one that reads like a past century */
	d.dob = "900101";
	d.exp = "991231";
	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	assert_date(m.expiry, 2099, 12, 31);
}

Test(mrz, impossible_dates_are_refused)
{
	doc d = {"P", "USA", "DOE<<JANE", "123456789", "USA", "990229", "F", "300101", NULL};
	char l1[45], l2[45], why[256];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	make_td3(&d, l1, l2);
	cr_assert_not(mrz_parse(lines, 2, today, &m, why, sizeof why));
	cr_assert(strstr(why, "the birth date") && strstr(why, "not a calendar date"), "%s", why);
	d.dob = "900101";
	d.exp = "301301";
	make_td3(&d, l1, l2);
	cr_assert_not(mrz_parse(lines, 2, today, &m, why, sizeof why));
	cr_assert(strstr(why, "the expiry date") && strstr(why, "YYMMDD"), "%s", why);
}

Test(mrz, unknown_birth_day_is_allowed_and_left_out)
{
	doc d = {"P", "USA", "DOE<<JANE", "123456789", "USA", "7408<<", "F", "300101", NULL};
	char l1[45], l2[45];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	make_td3(&d, l1, l2);
	parse_ok(lines, 2, &m);
	cr_assert_not(m.birth_known);
}

Test(mrz, td1_and_td2_long_document_numbers)
{
	doc d = {"I", "NLD", "DE<BRUIJN<<WILLEKE<LISELOTTE", "SPECI2014AB12", "NLD",
		 "650310", "F", "240309", NULL};
	char a[37], b[37], c[31];
	const char *td1[] = {a, b, c}, *td2[] = {a, b};
	ed_mrz m;
	char why[256];

	make_td1(&d, a, b, c);
	cr_assert_eq(a[14], '<');
	parse_ok(td1, 3, &m);
	cr_assert_str_eq(m.number, "SPECI2014AB12");
	/* the continuation's check digit is verified too */
	a[19] = a[19] == '9' ? '0' : (char)(a[19] + 1);
	cr_assert_not(mrz_parse(td1, 3, today, &m, why, sizeof why));
	cr_assert(strstr(why, "document number"), "%s", why);

	make_td2(&d, a, b);
	cr_assert_eq(b[9], '<');
	parse_ok(td2, 2, &m);
	cr_assert_str_eq(m.number, "SPECI2014AB12");
	cr_assert_str_eq(m.given, "WILLEKE LISELOTTE");
}

Test(mrz, scanner_artefacts_are_tolerated)
{
	char l1[64], l2[64];
	const char *lines[] = {l1, l2};
	ed_mrz m;

	/* trailing spaces, CR LF, and lower case from Caps Lock */
	snprintf(l1, sizeof l1, "%s   \r\n", td3_specimen[0]);
	snprintf(l2, sizeof l2, "%s\r", td3_specimen[1]);
	for (char *p = l1; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	parse_ok(lines, 2, &m);
	cr_assert_str_eq(m.surname, "ERIKSSON");
}

static void refused(const char *const *lines, size_t n, const char *expected)
{
	char why[256];
	ed_mrz m;
	cr_assert_not(mrz_parse(lines, n, today, &m, why, sizeof why));
	cr_assert(strstr(why, expected), "'%s' does not say '%s'", why, expected);
	cr_assert(!strstr(why, "ERIKSSON"), "%s", why);
}

Test(mrz, wrong_shapes_and_characters_are_refused)
{
	const char *short_line[] = {td3_specimen[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<1"};
	const char *one[] = {td3_specimen[0]};
	const char *mixed[] = {td3_specimen[0], td2_specimen[1]};
	const char *space[] = {td3_specimen[0], "L898902C36UTO7408122F1204159ZE184226B<< <<10"};
	const char *visa[] = {"V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", td3_specimen[1]};
	const char *card_as_td3[] = {"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
				     td3_specimen[1]};
	const char *digit_in_name[] = {"P<UTOERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
				       td3_specimen[1]};

	refused(short_line, 2, "got 2 lines of 44, 43 characters");
	refused(one, 1, "got 1 line");
	refused(mixed, 2, "accepted: 2 lines of 44");
	refused(space, 2, "line 2, character 40: not an MRZ character");
	refused(visa, 2, "a visa's zone");
	refused(card_as_td3, 2, "not a document code");
	refused(digit_in_name, 2, "the name (line 1, characters 6-44) holds a digit");
	refused(NULL, 0, "not a machine-readable zone");
}

Test(mrz, a_first_line_says_how_many_lines_follow)
{
	cr_assert_eq(mrz_lines_expected(td3_specimen[0]), 2);
	cr_assert_eq(mrz_lines_expected(td2_specimen[0]), 2);
	cr_assert_eq(mrz_lines_expected(td1_specimen[0]), 3);
	cr_assert_eq(mrz_lines_expected("p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<  \r\n"), 2,
		     "lower case and line ends, as a scanner may send them");
	/* what a person types in a field is no zone's first line */
	cr_assert_eq(mrz_lines_expected("ERIKSSON, ANNA MARIA"), 0);
	cr_assert_eq(mrz_lines_expected("PABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ"), 0,
		     "44 letters without a filler");
	cr_assert_eq(mrz_lines_expected("X<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"), 0);
	cr_assert_eq(mrz_lines_expected("P<UTOERIKSSON<<ANNA MARIA<<<<<<<<<<<<<<<<<<<"), 0);
	cr_assert_eq(mrz_lines_expected(NULL), 0);
}
