/* Answers files: what a desk agent sees when a saved file is wrong, and
 * that saved files are private and read back unchanged. */
#include <criterion/criterion.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/answers.h"
#include "load/answers_io.h"

static char dir[64];

static void make_dir(void)
{
	snprintf(dir, sizeof dir, "/tmp/ed-aio-XXXXXX");
	cr_assert(mkdtemp(dir));
}

static void remove_dir(void)
{
	char cmd[128];
	/* the test's own temporary folder: remove its files one by one */
	const char *names[] = {"a.ini", "b.ini", "saved.ini", NULL};
	for (int i = 0; names[i]; i++) {
		snprintf(cmd, sizeof cmd, "%s/%s", dir, names[i]);
		unlink(cmd);
	}
	rmdir(dir);
}

TestSuite(answers_io, .init = make_dir, .fini = remove_dir);

static const char *write_file(const char *name, const char *text)
{
	static char path[128];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	cr_assert(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static const char *seed_transit =
	"[check]\nflow = transit\ndate = 2023-01-01\n"
	"[traveller]\nname = SMITH, JOHN\nnationality = USA\n"
	"passport_number = 123456789\npassport_expiry = 2025-06-30\n"
	"[trip]\narriving_from = USA\nentry_port = PVG\nentry_date = 2023-01-01\n"
	"entry_time = 14:30\ndestination = JPN\nexit_port = NKG\n"
	"departure_date = 2023-01-06\ndeparture_time = 10:00\nseat_confirmed = yes\n"
	"[history]\nvisa_refusal_stamp = no\nimmigration_violation = no\n";

Test(answers_io, reads_every_key_of_the_seed_example)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	const char *p = write_file("a.ini", seed_transit);

	cr_assert(answers_load(p, &raw, &err), "%s", err.msg);
	cr_expect_str_eq(raw_get(&raw, AK_FLOW), "transit");
	cr_expect_str_eq(raw_get(&raw, AK_NAME), "SMITH, JOHN");
	cr_expect_str_eq(raw_get(&raw, AK_ENTRY_PORT), "PVG");
	cr_expect_str_eq(raw_get(&raw, AK_DEPARTURE_TIME), "10:00");
	cr_expect_str_eq(raw_get(&raw, AK_VIOLATION), "no");
	cr_expect_null(raw_get(&raw, AK_RESIDENCE));
	raw_clear(&raw);
}

Test(answers_io, empty_value_is_an_unanswered_question)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	const char *p = write_file("a.ini", "[check]\nflow = transit\n[traveller]\nname =\n");

	cr_assert(answers_load(p, &raw, &err), "%s", err.msg);
	cr_expect_null(raw_get(&raw, AK_NAME));
	raw_clear(&raw);
}

/* the one-line message must let the agent find and fix the line */
static void expect_error(const char *text, const char *section, const char *key,
			 const char *must_contain)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	const char *p = write_file("b.ini", text);

	cr_assert_not(answers_load(p, &raw, &err), "accepted: %s", text);
	cr_expect(strstr(err.msg, p) != NULL, "no file name in: %s", err.msg);
	if (section) {
		char want[64];
		snprintf(want, sizeof want, "[%s]", section);
		cr_expect(strstr(err.msg, want) != NULL, "no section in: %s", err.msg);
	}
	if (key)
		cr_expect(strstr(err.msg, key) != NULL, "no key in: %s", err.msg);
	cr_expect(strstr(err.msg, must_contain) != NULL, "'%s' not in: %s", must_contain, err.msg);
	for (int i = 0; i < AK_COUNT; i++)
		cr_expect_null(raw.val[i], "a failed load leaves no values");
}

/* an unknown key is named by its line, never quoted: it may be a value
 * typed on the wrong side of '=' */
static void expect_unquoted(const char *text, const char *secret)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	const char *p = write_file("b.ini", text);

	cr_assert_not(answers_load(p, &raw, &err), "accepted: %s", text);
	char low_msg[sizeof err.msg], low_secret[64];
	size_t i;

	for (i = 0; err.msg[i]; i++)
		low_msg[i] = (char)tolower((unsigned char)err.msg[i]);
	low_msg[i] = '\0';
	for (i = 0; secret[i] && i + 1 < sizeof low_secret; i++)
		low_secret[i] = (char)tolower((unsigned char)secret[i]);
	low_secret[i] = '\0';
	/* iniparser lower-cases names: neither form may show */
	cr_expect_null(strstr(low_msg, low_secret), "quoted: %s", err.msg);
	cr_expect(strstr(err.msg, "line"), "no line: %s", err.msg);
}

Test(answers_io, unknown_key_names_file_section_line_and_the_accepted_keys)
{
	expect_error("[check]\nflow = transit\n[trip]\nentry_prot = PVG\n",
		     "trip", NULL, "line 4: a key this section does not have; accepted keys "
		     "for flow = transit: arriving_from, entry_port");
	expect_unquoted("[check]\nflow = transit\n[trip]\nentry_prot = PVG\n", "entry_prot");
}

Test(answers_io, key_of_the_other_flow_is_unknown)
{
	expect_error("[check]\nflow = transit\n[traveller]\nresidence = HKG\n",
		     "traveller", NULL, "nationality");
}

Test(answers_io, unknown_section_lists_the_sections)
{
	expect_error("[check]\nflow = epass\n[hotel]\nname = x\n", NULL, NULL,
		     "line 3: a section this file does not have; accepted sections for flow "
		     "= epass: check, traveller, trip");
	expect_unquoted("[check]\nflow = epass\n[hotel]\nname = x\n", "hotel");
}

/* issue 17: a swapped or garbled line never puts the data on stderr */
Test(answers_io, a_swapped_or_garbled_line_is_not_quoted)
{
	expect_unquoted("[check]\nflow = transit\n[traveller]\nE1234567 = passport_number\n",
			"E1234567");
	expect_unquoted("[check]\nflow = epass\n[traveller]\n13812345678 = mobile\n",
			"13812345678");
	expect_unquoted("[check]\nflow = transit\n[MUELLER ANNA]\nname = x\n", "MUELLER");
	expect_unquoted("[check]\nflow = transit\n[traveller]\nE1234567 \"x\n", "E1234567");
	expect_unquoted("[check]\nflow = transit\n[traveller]\nE1234567 = \"x\" y\n",
			"E1234567");
	expect_unquoted("[check]\nflow = transit\n[MUELLER]\na = \"x\n", "MUELLER");
	expect_unquoted("[check]\nflow = transit\n[traveller]\nE1234567 = 1\nE1234567 = 2\n",
			"E1234567");
	expect_unquoted("[check]\nflow = transit\n[MUELLER]\n[MUELLER]\n", "MUELLER");
}

Test(answers_io, missing_flow_says_what_is_accepted)
{
	expect_error("[traveller]\nname = A\n", "check", "flow", "transit or epass");
}

Test(answers_io, unknown_flow_says_what_is_accepted)
{
	expect_error("[check]\nflow = visa\n", "check", "flow", "transit or epass");
}

Test(answers_io, overlong_line_is_refused_with_its_number)
{
	char text[1200];
	memset(text, 0, sizeof text);
	snprintf(text, sizeof text, "[check]\nflow = transit\n[traveller]\nname = ");
	memset(text + strlen(text), 'A', 1050);
	expect_error(text, NULL, NULL, "line 4");
}

Test(answers_io, syntax_error_names_the_line_but_never_quotes_it)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	const char *p = write_file("b.ini",
				   "[check]\nflow = transit\n[traveller\nSECRET123456\n");

	cr_assert_not(answers_load(p, &raw, &err));
	cr_expect(strstr(err.msg, "line") != NULL, "%s", err.msg);
	cr_expect(strstr(err.msg, "SECRET") == NULL, "personal data in: %s", err.msg);
}

Test(answers_io, missing_file_is_an_error_not_a_crash)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	cr_assert_not(answers_load("/nonexistent/x.ini", &raw, &err));
	cr_expect(strstr(err.msg, "/nonexistent/x.ini") != NULL, "%s", err.msg);
}

Test(answers_io, saved_file_is_private_and_reads_back_unchanged)
{
	ed_raw_answers raw = {{0}}, back = {{0}};
	ed_error err = {0};
	char path[128];
	struct stat st;

	snprintf(path, sizeof path, "%s/saved.ini", dir);
	raw_set(&raw, AK_FLOW, "epass");
	raw_set(&raw, AK_NAME, "CHAN TAI MAN; #2 \"Tom\"");
	raw_set(&raw, AK_RESIDENCE, "HKG");
	raw_set(&raw, AK_PERMIT_NUMBER, "H12345678");
	raw_set(&raw, AK_EPASS_PURPOSE, "domestic_travel");
	raw_set(&raw, AK_MOBILE, "+86 138-0013-8000");
	cr_assert(answers_save(path, &raw, &err), "%s", err.msg);
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0600, "mode %o", st.st_mode & 0777);
	cr_assert(answers_load(path, &back, &err), "%s", err.msg);
	for (int i = 0; i < AK_COUNT; i++) {
		if (raw.val[i])
			cr_expect_str_eq(back.val[i], raw.val[i], "key %s", answer_fields[i].key);
		else
			cr_expect_null(back.val[i], "key %s", answer_fields[i].key);
	}
	raw_clear(&raw);
	raw_clear(&back);
}

Test(answers_io, saved_sections_follow_the_key_table)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	char path[128], text[1024];
	FILE *f;
	size_t n;

	snprintf(path, sizeof path, "%s/saved.ini", dir);
	raw_set(&raw, AK_VIOLATION, "no");
	raw_set(&raw, AK_FLOW, "transit");
	raw_set(&raw, AK_ENTRY_PORT, "PVG");
	cr_assert(answers_save(path, &raw, &err), "%s", err.msg);
	f = fopen(path, "r");
	cr_assert(f);
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	cr_expect(strstr(text, "[check]\nflow = transit\n\n[trip]\nentry_port = PVG\n\n"
			 "[history]\nimmigration_violation = no\n") != NULL, "%s", text);
	cr_expect(strstr(text, "[traveller]") == NULL, "empty section written: %s", text);
	raw_clear(&raw);
}

Test(answers_io, save_replaces_an_existing_file_keeping_it_private)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	const char *p = write_file("saved.ini", "old\n");
	struct stat st;

	chmod(p, 0644);
	raw_set(&raw, AK_FLOW, "transit");
	cr_assert(answers_save(p, &raw, &err), "%s", err.msg);
	cr_assert_eq(stat(p, &st), 0);
	cr_expect_eq(st.st_mode & 0777, 0600);
	raw_clear(&raw);
}

Test(answers_io, a_value_with_a_line_break_is_refused_not_mangled)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};
	char path[128];

	snprintf(path, sizeof path, "%s/saved.ini", dir);
	raw_set(&raw, AK_FLOW, "transit");
	raw_set(&raw, AK_NAME, "A\nB");
	cr_expect_not(answers_save(path, &raw, &err));
	cr_expect(strstr(err.msg, "[traveller] name") != NULL, "%s", err.msg);
	cr_expect_neq(access(path, F_OK), 0, "a half-written file was left");
	raw_clear(&raw);
}

Test(answers_io, byte_order_mark_gets_a_clear_message)
{
	expect_error("\xef\xbb\xbf[check]\nflow = transit\n", NULL, NULL, "byte-order mark");
}

Test(answers_io, a_folder_is_not_an_answers_file)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	cr_assert_not(answers_load(dir, &raw, &err));
	cr_expect(strstr(err.msg, "not a regular file") != NULL, "%s", err.msg);
}
