/* Writing the PDF slip: a file that names a traveller is created 0600
 * (also over an existing file), never through a planted symlink, and a
 * slip that could not be built is refused rather than printed half. */
#define _GNU_SOURCE /* memmem */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pdf/slip_pdf.h"

static slipdoc *tiny(void)
{
	slipdoc *d = slipdoc_new();

	slipdoc_set_text(d, &d->check_date, "Sunday 1 March 2026", "2026年3月1日");
	slipdoc_set_text(d, &d->page, "page {page} of {pages}", "第{page}页，共{pages}页");
	slipdoc_add(d, SD_OUTCOME, "ELIGIBLE.", "符合。");
	slipdoc_add(d, SD_FOOTER, "Advice, not a permit.", "建议，并非许可。");
	cr_assert(d && !d->failed);
	return d;
}

static void temp_path(char *path, size_t size)
{
	snprintf(path, size, "/tmp/entrydesk-pdf-%d-XXXXXX", (int)getpid());
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	close(fd);
}

Test(slip_pdf, an_existing_file_becomes_0600_and_holds_a_pdf)
{
	char path[64], head[5] = "";
	slipdoc *d = tiny();
	slip_pdf_slip s = {d, SD_ZH_SIMPLIFIED};
	const char *why = NULL;
	struct stat st;
	FILE *f;

	temp_path(path, sizeof path);
	cr_assert(chmod(path, 0644) == 0);
	cr_assert(slip_pdf_write_path(path, &s, 1, SLIP_A4, &why), "%s", why);
	cr_assert(stat(path, &st) == 0);
	cr_expect_eq(st.st_mode & 0777, 0600, "mode %o", st.st_mode & 0777);
	f = fopen(path, "rb");
	cr_assert(f);
	cr_expect_eq(fread(head, 1, 4, f), 4);
	cr_expect_str_eq(head, "%PDF");
	fclose(f);
	unlink(path);
	slipdoc_free(d);
}

Test(slip_pdf, a_planted_symlink_is_not_followed)
{
	char target[64], link[80];
	slipdoc *d = tiny();
	slip_pdf_slip s = {d, SD_ZH_NONE};
	const char *why = NULL;
	struct stat st;

	temp_path(target, sizeof target);
	snprintf(link, sizeof link, "%s.pdf", target);
	cr_assert(symlink(target, link) == 0);
	cr_expect_not(slip_pdf_write_path(link, &s, 1, SLIP_A4, &why));
	cr_expect(why && *why);
	cr_assert(stat(target, &st) == 0);
	cr_expect_eq(st.st_size, 0, "wrote through the symlink");
	unlink(link);
	unlink(target);
	slipdoc_free(d);
}

Test(slip_pdf, an_unwritable_place_says_why)
{
	slipdoc *d = tiny();
	slip_pdf_slip s = {d, SD_ZH_NONE};
	const char *why = NULL;

	cr_expect_not(slip_pdf_write_path("/nonexistent-dir/slip.pdf", &s, 1, SLIP_A4, &why));
	cr_expect(why && strstr(why, "No such file"), "%s", why ? why : "(null)");
	slipdoc_free(d);
}

Test(slip_pdf, a_failed_document_is_not_printed)
{
	slipdoc *d = tiny();
	slip_pdf_slip s = {d, SD_ZH_NONE};
	const char *why = NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	d->failed = true;
	cr_expect_not(slip_pdf_write(f, &s, 1, SLIP_A4, &why));
	cr_expect(why && *why);
	fclose(f);
	cr_expect_eq(len, 0, "half a slip written");
	free(buf);
	slipdoc_free(d);
}

/* a name in a script no installed font has would print as boxes: the
 * slip is still written (its verdict is right) but the caller is told */
Test(slip_pdf, characters_without_a_font_are_reported)
{
	slipdoc *d = tiny();
	slip_pdf_slip s = {d, SD_ZH_SIMPLIFIED};
	const char *why = "unset";
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	cr_assert(slip_pdf_write(f, &s, 1, SLIP_A4, &why));
	cr_expect_null(why, "warned about a slip every font covers: %s", why);
	slipdoc_set(d, &d->name, "A\xcd\xb8" "B"); /* U+0378: no character at all */
	cr_assert(slip_pdf_write(f, &s, 1, SLIP_A4, &why));
	cr_expect(why && strstr(why, "no installed font"), "%s", why ? why : "(null)");
	fclose(f);
	cr_expect_gt(len, 0);
	free(buf);
	slipdoc_free(d);
}

/* Noto Sans CJK is 15 MB of outlines a weight: embedded through cairo
 * alone, a one-line slip was a megabyte a font and most of its time.
 * Cut to the characters used first (fonts.c), it is a few kilobytes;
 * the bold, the Traditional and the fixed-width faces too. */
Test(slip_pdf, the_fonts_are_cut_to_the_characters_used)
{
	slipdoc *d = tiny(), *hk = tiny();
	slip_pdf_slip s[2] = {{d, SD_ZH_SIMPLIFIED}, {hk, SD_ZH_TRADITIONAL}};
	const char *why = "unset";
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	slipdoc_add(d, SD_PARA, "1    SMITH, JOHN   *****789  144h transit", NULL)->mono = true;
	cr_assert(slip_pdf_write(f, s, 2, SLIP_A4, &why));
	cr_expect_null(why, "%s", why);
	fclose(f);
	cr_expect_lt(len, 200000, "%zu bytes: the whole fonts were embedded", len);
	cr_expect(memmem(buf, len, "%PDF", 4) == buf);
	free(buf);
	slipdoc_free(d);
	slipdoc_free(hk);
}

Test(slip_pdf, paper_names)
{
	slip_paper p = SLIP_A4;

	cr_expect(slip_paper_parse("letter", &p));
	cr_expect_eq(p, SLIP_LETTER);
	cr_expect(slip_paper_parse("a4", &p));
	cr_expect_eq(p, SLIP_A4);
	cr_expect_not(slip_paper_parse("A4", &p));
	cr_expect_not(slip_paper_parse("legal", &p));
}
