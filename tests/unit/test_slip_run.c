/* entrydesk's side of entrydesk-slip: where it is found, the group sheet
 * as a slip document (one fixed-width line a block, its day and page
 * label in the header), and the reasons the wizard shows. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/rules.h"
#include "load/slip_run.h"

Test(slip_run, the_environment_names_the_program_first)
{
	setenv("ENTRYDESK_SLIP", "/opt/test/entrydesk-slip", 1);
	cr_assert_str_eq(slip_program(), "/opt/test/entrydesk-slip");
	unsetenv("ENTRYDESK_SLIP");
	cr_assert(strstr(slip_program(), "entrydesk-slip"));
}

Test(slip_run, the_sheet_is_its_lines_in_fixed_width)
{
	ed_text texts[] = { {"slip:page", "page {page} of {pages}"},
			    {"slip:page_zh", "第{page}页"} }; /* sorted by key */
	ed_rules r;
	sd_slips s = {0};
	ed_date day = {2026, 11, 29};
	const slipdoc *d;

	memset(&r, 0, sizeof r);
	r.texts = texts;
	r.n_texts = 2;
	cr_assert(slip_run_add_sheet(&s, "GROUP SHEET\n\n1  SMITH, JOHN  ****789\f\nNOTES\n", &r,
				     day));
	cr_assert_eq(s.n, 1);
	cr_assert_eq(s.list[0].chinese, SD_ZH_SIMPLIFIED);
	d = s.list[0].doc;
	cr_assert_str_eq(d->check_date.en, "Sunday 29 November 2026");
	cr_assert_str_eq(d->page.en, "page {page} of {pages}");
	cr_assert_str_eq(d->page.zh, "第{page}页");
	cr_assert_eq(d->n_blocks, 5);
	cr_assert_str_eq(d->blocks[0].text.en, "GROUP SHEET");
	cr_assert_str_eq(d->blocks[1].text.en, "");
	cr_assert_str_eq(d->blocks[2].text.en, "1  SMITH, JOHN  ****789");
	cr_assert_str_eq(d->blocks[4].text.en, "NOTES");
	for (size_t i = 0; i < d->n_blocks; i++) {
		cr_assert_eq(d->blocks[i].kind, SD_PARA);
		cr_assert(d->blocks[i].mono);
	}
	sd_slips_free(&s);
}

Test(slip_run, the_wizard_shows_the_reason_without_the_name)
{
	cr_assert_str_eq(slip_run_reason("entrydesk-slip: lp: no such printer"),
			 "lp: no such printer");
	cr_assert_str_eq(slip_run_reason("entrydesk-slip was stopped by signal 11"),
			 "entrydesk-slip was stopped by signal 11");
}

Test(slip_run, argv_for_a_file_and_for_a_printer)
{
	char *argv[8];

	setenv("ENTRYDESK_SLIP", "/x/entrydesk-slip", 1);
	slip_run_argv(argv, "/tmp/slip.pdf", "ignored", "letter");
	cr_assert_str_eq(argv[0], "/x/entrydesk-slip");
	cr_assert_str_eq(argv[1], "--paper");
	cr_assert_str_eq(argv[2], "letter");
	cr_assert_str_eq(argv[3], "--output");
	cr_assert_str_eq(argv[4], "/tmp/slip.pdf");
	cr_assert_null(argv[5]);
	slip_run_argv(argv, NULL, "front desk", NULL);
	cr_assert_str_eq(argv[2], "a4");
	cr_assert_str_eq(argv[3], "--print");
	cr_assert_str_eq(argv[4], "--printer");
	cr_assert_str_eq(argv[5], "front desk");
	cr_assert_null(argv[6]);
	slip_run_argv(argv, NULL, NULL, "a4");
	cr_assert_str_eq(argv[3], "--print");
	cr_assert_null(argv[4]);
	unsetenv("ENTRYDESK_SLIP");
}

/* a second slip to the same --print-to FILE never replaces the first */
Test(slip_run, a_taken_name_gets_the_next_number)
{
	char dir[] = "/tmp/ed-free-XXXXXX", want[128], got[128], path[160];
	FILE *f;

	cr_assert(mkdtemp(dir));
	snprintf(want, sizeof want, "%s/slip.pdf", dir);
	cr_assert(slip_run_free_path(want, got, sizeof got));
	cr_assert_str_eq(got, want, "a free name is taken as it is");
	for (int i = 0; i < 3; i++) { /* slip.pdf, slip-2.pdf, slip-3.pdf */
		cr_assert(slip_run_free_path(want, got, sizeof got));
		cr_assert((f = fopen(got, "w")));
		fclose(f);
	}
	cr_assert(slip_run_free_path(want, got, sizeof got));
	snprintf(path, sizeof path, "%s/slip-4.pdf", dir);
	cr_assert_str_eq(got, path);
	/* a dangling link is a taken name too; no extension: the number at the end */
	snprintf(path, sizeof path, "%s/out", dir);
	cr_assert(symlink("/nonexistent/x", path) == 0);
	cr_assert(slip_run_free_path(path, got, sizeof got));
	snprintf(want, sizeof want, "%s/out-2", dir);
	cr_assert_str_eq(got, want);
	/* no room for the name: false, nothing half-written */
	cr_assert_not(slip_run_free_path(path, got, 8));
	cr_assert_str_eq(got, "");
	unlink(path);
	for (int i = 1; i <= 3; i++) {
		snprintf(path, sizeof path, i == 1 ? "%s/slip.pdf" : "%s/slip-%d.pdf", dir, i);
		unlink(path);
	}
	rmdir(dir);
}
