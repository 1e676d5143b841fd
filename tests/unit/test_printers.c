/* The printer F9 remembers (config.ini: mode 0600 in a 0700 folder,
 * written atomically) and the CUPS destinations listed with libcups,
 * against the queue entrydesk-pdf (tests/e2e/setup-cups.sh), and the list
 * as entrydesk-slip prints it and entrydesk reads it back. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/config.h"
#include "load/printers.h"
#include "pdf/cups_dests.h"

static char home[] = "/tmp/entrydesk-config-XXXXXX";

static void setup(void)
{
	cr_assert_not_null(mkdtemp(home));
	setenv("XDG_CONFIG_HOME", home, 1);
}

static void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(config, .init = setup, .fini = teardown);

static mode_t mode_of(const char *path)
{
	struct stat st;
	cr_assert_eq(stat(path, &st), 0, "%s is missing", path);
	return st.st_mode & 07777;
}

static size_t files_in(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;
	cr_assert_not_null(d);
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

Test(config, nothing_remembered_at_first)
{
	char name[128];
	cr_assert_not(config_printer_get(name, sizeof name));
}

Test(config, the_choice_is_remembered_privately)
{
	char name[128], path[600], dir[512];
	ed_error err = {0};
	snprintf(dir, sizeof dir, "%s/entrydesk", home);
	snprintf(path, sizeof path, "%s/config.ini", dir);
	cr_assert(config_printer_set("entrydesk-pdf", &err), "%s", err.msg);
	cr_assert(config_printer_get(name, sizeof name));
	cr_assert_str_eq(name, "entrydesk-pdf");
	cr_assert_eq(mode_of(path), 0600);
	cr_assert_eq(mode_of(dir), 0700);
	/* a second choice replaces the first, and no temporary file is left */
	cr_assert(config_printer_set("office/duplex", &err), "%s", err.msg);
	cr_assert(config_printer_get(name, sizeof name));
	cr_assert_str_eq(name, "office/duplex");
	cr_assert_eq(files_in(dir), 1);
}

/* the Open prompt's recent files: newest first, each once, at most
 * CONFIG_RECENT_MAX, beside the printer, names a line cannot hold left out */
Test(config, recent_files_newest_first_each_once)
{
	char got[CONFIG_RECENT_MAX][CONFIG_PATH_MAX], name[128], path[64];
	ed_error err = {0};
	size_t n;

	cr_assert_eq(config_recent_get(got, CONFIG_RECENT_MAX), 0);
	cr_assert(config_printer_set("entrydesk-pdf", &err), "%s", err.msg);
	for (int i = 1; i <= CONFIG_RECENT_MAX + 2; i++) {
		snprintf(path, sizeof path, "/desk/check-%d.ini", i);
		cr_assert(config_recent_add(path, &err), "%s", err.msg);
	}
	cr_assert(config_recent_add("/desk/check-5.ini", &err), "%s", err.msg);
	cr_assert(config_recent_add("/desk/a\"quote.ini", &err));
	cr_assert(config_recent_add("/desk/a\nline.ini", &err));
	n = config_recent_get(got, CONFIG_RECENT_MAX);
	cr_assert_eq(n, CONFIG_RECENT_MAX);
	cr_assert_str_eq(got[0], "/desk/check-5.ini");
	cr_assert_str_eq(got[1], "/desk/check-7.ini");
	cr_assert_str_eq(got[2], "/desk/check-6.ini");
	cr_assert_str_eq(got[3], "/desk/check-4.ini");
	cr_assert_str_eq(got[4], "/desk/check-3.ini");
	/* the printer stays remembered */
	cr_assert(config_printer_get(name, sizeof name));
	cr_assert_str_eq(name, "entrydesk-pdf");
}

Test(config, a_folder_open_to_others_is_closed)
{
	char dir[512];
	ed_error err = {0};
	snprintf(dir, sizeof dir, "%s/entrydesk", home);
	cr_assert_eq(mkdir(dir, 0755), 0);
	cr_assert_eq(chmod(dir, 0755), 0);
	cr_assert(config_printer_set("entrydesk-pdf", &err), "%s", err.msg);
	cr_assert_eq(mode_of(dir), 0700);
}

Test(config, names_that_are_not_printers_are_refused)
{
	ed_error err = {0};
	char name[128];
	cr_assert_not(config_printer_set("", &err));
	cr_assert_not(config_printer_set("two words", &err));
	cr_assert_not(config_printer_set("a\nprinter = evil", &err));
	cr_assert_not(config_printer_set("/etc/passwd", &err));
	cr_assert(strstr(err.msg, "not a printer name"), "%s", err.msg);
	cr_assert_not(config_printer_get(name, sizeof name), "nothing was written");
}

Test(config, a_hand_edited_bad_value_is_ignored)
{
	char path[512], name[128];
	FILE *f;
	ed_error err = {0};
	cr_assert(config_printer_set("entrydesk-pdf", &err), "%s", err.msg);
	snprintf(path, sizeof path, "%s/entrydesk/config.ini", home);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs("[print]\nprinter = not a queue\n", f);
	fclose(f);
	cr_assert_not(config_printer_get(name, sizeof name));
}

/* cupsd absent: skipped here, a failure in CI (CI=true) */
static void printers_or_skip(ed_printers *p)
{
	char why[256] = "";
	bool ci = getenv("CI") && !strcmp(getenv("CI"), "true");
	if (!cups_dests_list(p, why, sizeof why)) {
		if (ci)
			cr_assert_fail("CI needs CUPS (tests/e2e/setup-cups.sh): %s", why);
		cr_skip_test("no CUPS here: %s", why);
	}
	if (!printers_find(p, "entrydesk-pdf")) {
		printers_free(p);
		if (ci)
			cr_assert_fail("CI needs the queue entrydesk-pdf (tests/e2e/setup-cups.sh)");
		cr_skip_test("no queue entrydesk-pdf here (tests/e2e/setup-cups.sh sets it up)");
	}
}

TestSuite(printers);

Test(printers, the_cups_queues_are_listed_with_the_default_first)
{
	ed_printers p;
	size_t defaults = 0;
	printers_or_skip(&p);
	cr_assert_gt(p.n, 0);
	for (size_t i = 0; i < p.n; i++) {
		defaults += p.list[i].is_default;
		if (p.list[i].is_default)
			cr_assert_eq(i, 0, "the default comes first");
		cr_assert(config_printer_name_ok(p.list[i].name), "%s", p.list[i].name);
	}
	cr_assert_leq(defaults, 1);
	cr_assert_null(printers_find(&p, "no-such-queue"));
	printers_free(&p);
	cr_assert_eq(p.n, 0);
}

/* what entrydesk-slip --list-printers prints, entrydesk reads back */
Test(printers, the_list_of_entrydesk_slip_reads_back)
{
	ed_printer in[] = {
		{"office", "Front desk\tcolour\nlaser", true},
		{"entrydesk-pdf", "", false},
	};
	ed_printers list = {in, 2}, back;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	cr_assert_not_null(f);
	cups_dests_print(f, &list);
	fclose(f);
	cr_assert(printers_parse(text, &back));
	cr_assert_eq(back.n, 2);
	cr_assert_str_eq(back.list[0].name, "office");
	cr_assert_str_eq(back.list[0].info, "Front desk colour laser");
	cr_assert(back.list[0].is_default);
	cr_assert_str_eq(back.list[1].info, "");
	cr_assert_not(back.list[1].is_default);
	printers_free(&back);
	/* lines of another form are skipped */
	cr_assert(printers_parse("garbage\n\tx\ty\nq\t-\t\n", &back));
	cr_assert_eq(back.n, 1);
	cr_assert_str_eq(back.list[0].name, "q");
	printers_free(&back);
	free(text);
}

/* a settings file that does not read is never rewritten: the agency's
 * [history] database line in it would be lost */
Test(config, a_file_that_does_not_read_is_left_as_it_is)
{
	char path[600], dir[512], back[256] = "";
	ed_error err = {0};
	FILE *f;
	const char *text = "[history]\ndatabase = postgresql:///agency\n[history]\ncounter = 3\n";

	snprintf(dir, sizeof dir, "%s/entrydesk", home);
	snprintf(path, sizeof path, "%s/config.ini", dir);
	cr_assert(config_printer_set("entrydesk-pdf", &err), "%s", err.msg);
	f = fopen(path, "w");
	cr_assert(f);
	fputs(text, f); /* a section twice: the reader refuses it */
	fclose(f);
	cr_assert_not(config_printer_set("office", &err));
	cr_assert(strstr(err.msg, "left as it is"), "%s", err.msg);
	config_recent_add("/desk/check-1.ini", &err);
	f = fopen(path, "r");
	cr_assert(f);
	cr_assert_eq(fread(back, 1, sizeof back - 1, f), strlen(text));
	fclose(f);
	cr_assert_str_eq(back, text);
}
