/* The input defects of issue 7, one test each, with the exact message a
 * desk agent now reads. Each failed on the reader before the one INI
 * module (src/load/ini.c): a crash under the sanitizers, a hang, a wrong
 * or leaking message, or data lost. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/answers.h"
#include "load/answers_io.h"
#include "load/rules_load.h"
#include "ui/screens.h"

static char dir[64];
static char path_buf[256];

static void make_dir(void)
{
	snprintf(dir, sizeof dir, "/tmp/ed-ini-XXXXXX");
	cr_assert(mkdtemp(dir));
}

static void remove_dir(void)
{
	char cmd[128];
	/* the suite's own temporary folder, nothing else */
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(ini_defects, .init = make_dir, .fini = remove_dir);

/* writes len bytes of text (len 0: strlen) to dir/name; returns the path */
static const char *put(const char *name, const char *text, size_t len)
{
	FILE *f;

	snprintf(path_buf, sizeof path_buf, "%s/%s", dir, name);
	f = fopen(path_buf, "wb");
	cr_assert(f);
	cr_assert_eq(fwrite(text, 1, len ? len : strlen(text), f), len ? len : strlen(text));
	fclose(f);
	return path_buf;
}

/* tests/data/rules-min.ini followed by `extra` */
static const char *rules_with(const char *name, const char *extra, size_t extra_len)
{
	FILE *in = fopen("tests/data/rules-min.ini", "rb");
	char *buf = malloc(64 * 1024 + extra_len);
	size_t n;

	cr_assert(in && buf);
	n = fread(buf, 1, 64 * 1024, in);
	fclose(in);
	memcpy(buf + n, extra, extra_len ? extra_len : strlen(extra));
	put(name, buf, n + (extra_len ? extra_len : strlen(extra)));
	free(buf);
	return path_buf;
}

/* the number of lines of rules-min.ini: extra text starts on the next */
static long min_lines(void)
{
	FILE *in = fopen("tests/data/rules-min.ini", "rb");
	long n = 0;
	int c;

	cr_assert(in);
	while ((c = fgetc(in)) != EOF)
		n += c == '\n';
	fclose(in);
	return n;
}

static char expected[2048];

#define EXPECT(fmt, ...) (snprintf(expected, sizeof expected, fmt, __VA_ARGS__), expected)

static void answers_refused(const char *path, const char *msg)
{
	ed_raw_answers raw = {{0}};
	ed_error err = {0};

	cr_assert_not(answers_load(path, &raw, &err), "%s loaded", path);
	cr_expect_str_eq(err.msg, msg);
	for (int i = 0; i < AK_COUNT; i++)
		cr_expect_null(raw.val[i]);
}

static void rules_refused(const char *path, const char *msg)
{
	ed_rules r;
	ed_error err = {0};

	cr_assert_not(rules_load(path, &r, &err), "%s loaded", path);
	cr_expect_str_eq(err.msg, msg);
}

/* 1. A section name of 255 characters read past a 256-byte buffer. */
Test(ini_defects, d1_a_long_section_name_is_safe)
{
	char extra[700], id[256];
	ed_rules r;
	ed_error err = {0};

	memset(id, 'a', 250);
	id[250] = '\0';
	snprintf(extra, sizeof extra, "\n[area.%s]\nname = Long\nnmae = typo\n", id);
	rules_with("long.ini", extra, 0);
	cr_assert_not(rules_load(path_buf, &r, &err));
	cr_expect_str_eq(err.msg, EXPECT("%s: [area.%s] line %ld: a key this section does not "
					 "have; accepted keys: name, name_zh, province, uncertain",
					 path_buf, id, min_lines() + 4));
	snprintf(extra, sizeof extra, "\n[area.%s]\nname = Long\n", id);
	rules_with("long.ini", extra, 0);
	rules_refused(path_buf, EXPECT("%s: [area.%s] line %ld: an id of 250 characters; accepted: at "
				       "most 64 lower-case letters, digits and _", path_buf, id,
				       min_lines() + 2));
	/* a 255-character name of a kind with any keys */
	memset(id, 'b', 255 - strlen("countries."));
	id[255 - strlen("countries.")] = '\0';
	snprintf(extra, sizeof extra, "\n[countries.%s]\neurope = DEU\n", id);
	rules_with("long.ini", extra, 0);
	cr_assert(rules_load(path_buf, &r, &err), "%s", err.msg);
	rules_free(&r);
}

/* 2. A value ending in '\' was saved bare and read back as a continuation. */
Test(ini_defects, d2_a_trailing_backslash_is_saved_and_read_back)
{
	static const char *const names[] = { "SMITH\\", "SMITH\\\\", "\"SMITH\\\"" };
	ed_raw_answers raw = {{0}}, back = {{0}};
	ed_error err = {0};
	const char *p;

	for (size_t i = 0; i < 3; i++) {
		snprintf(path_buf, sizeof path_buf, "%s/saved.ini", dir);
		raw_set(&raw, AK_FLOW, "transit");
		raw_set(&raw, AK_NAME, names[i]);
		raw_set(&raw, AK_NATIONALITY, "DEU");
		raw_set(&raw, AK_ENTRY_PORT, "PVG");
		cr_assert(answers_save(path_buf, &raw, &err), "%s", err.msg);
		cr_assert(answers_load(path_buf, &back, &err), "%s", err.msg);
		cr_expect_str_eq(back.val[AK_NAME], names[i]);
		cr_expect_str_eq(back.val[AK_NATIONALITY], "DEU", "nationality lost");
		cr_expect_str_eq(back.val[AK_ENTRY_PORT], "PVG", "next section lost");
	}
	/* a file that holds it quoted loads, and saves again unchanged */
	p = put("q.ini", "[check]\nflow = transit\n[traveller]\nname = \"SMITH\\\"\n"
		"nationality = FRA\n", 0);
	cr_assert(answers_load(p, &back, &err), "%s", err.msg);
	cr_expect_str_eq(back.val[AK_NAME], "SMITH\\");
	cr_assert(answers_save(p, &back, &err), "%s", err.msg);
	cr_assert(answers_load(p, &raw, &err), "%s", err.msg);
	cr_expect_str_eq(raw.val[AK_NAME], "SMITH\\");
	cr_expect_str_eq(raw.val[AK_NATIONALITY], "FRA");
	raw_clear(&raw);
	raw_clear(&back);
}

/* 3. A value that does not fit was quoted whatever the field. */
Test(ini_defects, d3_no_personal_data_in_messages)
{
	ed_raw_answers raw = {{0}};
	ed_answers a;
	ed_error err = {0};
	const char *p = put("pd.ini", "[check]\nflow = transit\n[traveller]\n"
			    "nationality = DEU\npassport_expiry = E12345678\n", 0);

	cr_assert(answers_load(p, &raw, &err), "%s", err.msg);
	cr_assert_not(answers_parse(&raw, NULL, (ed_date){2023, 1, 1}, p, &a, &err));
	cr_expect_str_eq(err.msg, EXPECT("%s: [traveller] passport_expiry: not accepted; "
					 "accepted: a date YYYY-MM-DD (2026-12-05), 5DEC26, "
					 "05DEC2026 or 5DEC", p));
	raw_set(&raw, AK_SEAT_CONFIRMED, "E12345678");
	cr_assert_not(answers_parse(&raw, NULL, (ed_date){2023, 1, 1}, p, &a, &err));
	cr_expect(!strstr(err.msg, "12345678"), "%s", err.msg);
	raw_clear(&raw);
	/* through a continuation, any field could carry the next line */
	p = put("cont.ini", "[check]\nflow = transit\n[traveller]\nnationality = FRA\\\n"
		"passport_number = 123456789\n", 0);
	answers_refused(p, EXPECT("%s: [traveller] line 4 ends in '\\', which joins the next "
				  "line to it; accepted: a value ending in '\\' in double "
				  "quotes (\"...\\\")", p));
}

/* 4. Duplicates in answers files were resolved silently. */
Test(ini_defects, d4_duplicates_in_answers_are_refused)
{
	const char *p = put("dup.ini", "[check]\nflow = transit\n[trip]\nseat_confirmed = no\n"
			    "seat_confirmed = yes\n", 0);

	answers_refused(p, EXPECT("%s: [trip] seat_confirmed: given twice (lines 4 and 5); "
				  "accepted: each key once per section", p));
	p = put("dup.ini", "[check]\nflow = transit\n[trip]\nentry_port = PVG\n[history]\n"
		"[trip]\nentry_port = PEK\n", 0);
	answers_refused(p, EXPECT("%s: [trip] section given twice (lines 3 and 6); accepted: "
				  "each section once, with a name of its own", p));
}

/* 5. iniparser cut a value at an unquoted '#'. */
Test(ini_defects, d5_a_value_iniparser_would_cut_is_refused)
{
	ed_raw_answers raw = {{0}}, back = {{0}};
	ed_error err = {0};
	const char *p = put("cut.ini", "[check]\nflow = transit\n[traveller]\n"
			    "passport_number = 12345#6789\n", 0);

	answers_refused(p, EXPECT("%s: [traveller] passport_number: line 4: iniparser would "
				  "cut the value at the '#'; quote it: accepted: the value in "
				  "double quotes (\"...\") when it holds ; or #, or a space "
				  "before a ; comment", p));
	/* a comment after a space is a comment */
	p = put("cut.ini", "[check]\nflow = transit ; or epass\n", 0);
	cr_assert(answers_load(p, &raw, &err), "%s", err.msg);
	cr_expect_str_eq(raw.val[AK_FLOW], "transit");
	/* and the wizard's value is saved so that it reads back whole */
	raw_set(&raw, AK_PASSPORT_NUMBER, "12345#6789");
	cr_assert(answers_save(p, &raw, &err), "%s", err.msg);
	cr_assert(answers_load(p, &back, &err), "%s", err.msg);
	cr_expect_str_eq(back.val[AK_PASSPORT_NUMBER], "12345#6789");
	raw_clear(&raw);
	raw_clear(&back);
}

/* 6. The old prescan took "[x = USA" for a section and missed a repeat. */
Test(ini_defects, d6_a_bracket_key_hides_no_duplicate)
{
	long n = min_lines();
	const char *p = rules_with("br.ini", "\n[reminders.x]\nnote = a\n[x = USA\nnote = b\n", 0);

	rules_refused(p, EXPECT("%s: [reminders.x] note: given twice (lines %ld and %ld); accepted: "
				"each key once per section", p, n + 3, n + 5));
}

/* 7. A FIFO was opened and read: the program hung. */
Test(ini_defects, d7_a_fifo_or_a_device_is_refused_at_once)
{
	ed_raw_answers raw = {{0}};
	ed_rules r;
	ui_screens s;
	ed_error err = {0};
	char fifo[256], screens[128];

	snprintf(fifo, sizeof fifo, "%s/fifo.ini", dir);
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	cr_assert_not(answers_load(fifo, &raw, &err));
	cr_expect_str_eq(err.msg, EXPECT("%s: not a regular file (a pipe); accepted: an "
					 "answers file (INI, see README \"The answers file\")",
					 fifo));
	cr_assert_not(rules_load(fifo, &r, &err));
	cr_expect_str_eq(err.msg, EXPECT("%s: not a regular file (a pipe); accepted: a "
					 "readable rules.ini (see doc/rules-format.md), given "
					 "with --rules or $ENTRYDESK_RULES", fifo));
	snprintf(screens, sizeof screens, "%s/scr", dir);
	cr_assert_eq(mkdir(screens, 0700), 0);
	snprintf(fifo, sizeof fifo, "%s/common.ini", screens);
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	cr_assert_not(screens_load(screens, &s, &err));
	screens_free(&s);
	cr_expect_str_eq(err.msg, EXPECT("%s: not a regular file (a pipe); accepted: a screen "
					 "file as doc/screens-format.md describes", fifo));
	cr_assert_not(answers_load("/dev/zero", &raw, &err));
	cr_expect_str_eq(err.msg, "/dev/zero: not a regular file; accepted: an answers file "
			 "(INI, see README \"The answers file\")");
	/* the country list read /dev/zero without end */
	setenv("ENTRYDESK_ISO_CODES", "/dev/zero", 1);
	cr_assert_not(rules_load("tests/data/rules-min.ini", &r, &err));
	unsetenv("ENTRYDESK_ISO_CODES");
	cr_expect_str_eq(err.msg, "tests/data/rules-min.ini: $ENTRYDESK_ISO_CODES: cannot "
			 "read the country list /dev/zero (not a regular file); accepted: "
			 "the path of Debian's iso_3166-1.json (package iso-codes)");
}

/* 8. Names went raw to stderr: a key could set the terminal's title. */
Test(ini_defects, d8_escapes_are_never_echoed)
{
	long n = min_lines();
	const char *p = rules_with("esc.ini", "\n[legal]\n\x1b]0;owned\x07 = x\n", 0);
	ed_rules r;
	ed_error err = {0};

	rules_refused(p, EXPECT("%s: [legal] line %ld: a control character (0x1b); accepted: "
				"text without control characters (tabs are allowed)", p, n + 3));
	p = rules_with("cr.ini", "\n[legal]\nnote = a\rb\n", 0);
	rules_refused(p, EXPECT("%s: [legal] line %ld: a control character (0x0d); accepted: "
				"text without control characters (tabs are allowed)", p, n + 3));
	/* a file name is escaped too, and a message stays one line */
	cr_assert_not(rules_load("/nonexistent/\x1b[2J\n.ini", &r, &err));
	cr_expect(!strchr(err.msg, '\x1b') && !strchr(err.msg, '\n'), "%s", err.msg);
	cr_expect(strstr(err.msg, "/nonexistent/\\x1b[2J\\x0a.ini: cannot open"), "%s", err.msg);
}

/* 9. Messages that pointed elsewhere. */
Test(ini_defects, d9_messages_name_the_real_line_and_problem)
{
	long n = min_lines();
	char extra[2000];
	const char *p;
	ui_screens s;
	ed_error err = {0};
	char sdir[128];

	p = rules_with("nul.ini", "\n[legal]\nnote = a\0b\n", 19);
	rules_refused(p, EXPECT("%s: [legal] line %ld: a NUL byte; accepted: UTF-8 text", p,
				n + 3));
	/* a '\'-joined key longer than iniparser's line */
	snprintf(extra, sizeof extra, "\n[legal]\nnote = %0600d\\\n%0600d\n", 1, 2);
	p = rules_with("join.ini", extra, 0);
	rules_refused(p, EXPECT("%s: [legal] line %ld: lines %ld to %ld joined by '\\' are "
				"1207 bytes long; accepted: at most 1000 bytes once joined", p,
				n + 3, n + 3, n + 4));
	p = put("empty-sec.ini", "[check]\nflow = transit\n[]\nname = x\n", 0);
	answers_refused(p, EXPECT("%s: line 3: an empty section name []; accepted: [NAME] "
				  "with a name", p));
	/* a BOM in a screen file is named as such */
	snprintf(sdir, sizeof sdir, "%s/bom", dir);
	cr_assert_eq(mkdir(sdir, 0700), 0);
	snprintf(extra, sizeof extra, "bom/common.ini");
	p = put(extra, "\xef\xbb\xbf[app]\nname = x\n", 0);
	cr_assert_not(screens_load(sdir, &s, &err));
	screens_free(&s);
	cr_expect_str_eq(err.msg, EXPECT("%s: line 1 starts with a byte-order mark (BOM); "
					 "accepted: UTF-8 without a byte-order mark", p));
	/* an unreadable screen file says why */
	snprintf(sdir, sizeof sdir, "%s/none", dir);
	cr_assert_not(screens_load(sdir, &s, &err));
	screens_free(&s);
	cr_expect_str_eq(err.msg, EXPECT("%s/common.ini: cannot open the screen file (No such "
					 "file or directory); accepted: a screen file as "
					 "doc/screens-format.md describes", sdir));
}

/* 10. An empty rules file reached qsort(NULL, 0, ...): the sanitizer build
 * aborted. */
Test(ini_defects, d10_an_empty_rules_file_is_refused_cleanly)
{
	const char *p = put("empty.ini", "", 0);

	rules_refused(p, EXPECT("%s: no sections; accepted: a rules file as described in "
				"doc/rules-format.md", p));
	p = put("empty.ini", "; only a comment\n", 0);
	rules_refused(p, EXPECT("%s: no sections; accepted: a rules file as described in "
				"doc/rules-format.md", p));
}

/* 11. An answers file of 200,000 sections took 17 s to be refused. */
Test(ini_defects, d11_a_huge_answers_file_is_refused_by_its_size)
{
	size_t n = 200000 * 4;
	char *text = malloc(n + 1);
	const char *p;

	cr_assert(text);
	for (size_t i = 0; i < 200000; i++)
		memcpy(text + i * 4, "[s]\n", 4);
	p = put("huge.ini", text, n);
	free(text);
	answers_refused(p, EXPECT("%s: 800000 bytes; accepted: a file of at most 65536 "
				  "bytes", p));
	/* within the size, the line count is bounded too */
	text = malloc(300 * 3 + 1);
	cr_assert(text);
	for (size_t i = 0; i < 300; i++)
		memcpy(text + i * 3, ";c\n", 3);
	p = put("long.ini", text, 900);
	free(text);
	answers_refused(p, EXPECT("%s: more than 200 lines; accepted: a file of at most "
				  "200 lines", p));
}

/* 12. The rules needed a writable $TMPDIR. */
Test(ini_defects, d12_rules_load_without_a_temporary_folder)
{
	ed_rules r;
	ed_error err = {0};
	char *old = getenv("TMPDIR") ? strdup(getenv("TMPDIR")) : NULL;

	setenv("TMPDIR", "/nonexistent/tmp", 1);
	cr_expect(rules_load("rules.ini", &r, &err), "%s", err.msg);
	rules_free(&r);
	if (old)
		setenv("TMPDIR", old, 1);
	else
		unsetenv("TMPDIR");
	free(old);
}

/* 13. A 100-character Chinese name was cut to 85 characters on Tab:
 * form.c kept the checked value in 256 bytes. A checked text is whole in
 * a buffer of ED_ANSWER_MAX_BYTES + 1 and is saved and read back whole. */
Test(ini_defects, d13_a_long_chinese_name_is_kept_whole)
{
	char name[401], norm[ED_ANSWER_MAX_BYTES + 1], why[256];
	ed_raw_answers raw = {{0}}, back = {{0}};
	ed_error err = {0};

	for (int i = 0; i < 100; i++)
		memcpy(name + i * 3, "\xe5\xbc\xa0", 3); /* 张 */
	name[300] = '\0';
	cr_assert(answers_check_value(&answer_fields[AK_NAME], name, NULL, (ed_date){2023, 1, 1},
				      norm, sizeof norm, why, sizeof why), "%s", why);
	cr_expect_str_eq(norm, name);
	snprintf(path_buf, sizeof path_buf, "%s/zh.ini", dir);
	raw_set(&raw, AK_FLOW, "transit");
	raw_set(&raw, AK_NAME, norm);
	cr_assert(answers_save(path_buf, &raw, &err), "%s", err.msg);
	cr_assert(answers_load(path_buf, &back, &err), "%s", err.msg);
	cr_expect_str_eq(back.val[AK_NAME], name);
	raw_clear(&raw);
	raw_clear(&back);
}
