/* Finding entrydesk-slip and handing it slip documents. The group sheet
 * goes as the text it is, one fixed-width line a block, so that the PDF
 * says exactly what the screen and the text sheet say. */
#include "load/slip_run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/slip.h"
#include "core/text.h"
#include "load/print.h"

#ifndef LIBEXECDIR
#define LIBEXECDIR "/usr/local/libexec/entrydesk"
#endif

const char *slip_program(void)
{
	static char path[4096];
	const char *env = getenv("ENTRYDESK_SLIP");
	ssize_t n;

	if (env && *env)
		return env;
	/* beside the running entrydesk: the build tree, or an install that
	 * keeps both in one folder */
	n = readlink("/proc/self/exe", path, sizeof path - sizeof SLIP_PROGRAM - 1);
	if (n > 0) {
		char *slash;
		path[n] = '\0';
		slash = strrchr(path, '/');
		if (slash) {
			/* the readlink above left room for the name */
			snprintf(slash + 1, sizeof path - (size_t)(slash + 1 - path), "%s",
				 SLIP_PROGRAM);
			if (access(path, X_OK) == 0)
				return path;
		}
	}
	return LIBEXECDIR "/" SLIP_PROGRAM;
}

/* whether anything (a dangling link too) has the name */
static bool taken(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

bool slip_run_free_path(const char *want, char *out, size_t size)
{
	const char *slash = strrchr(want, '/'), *name = slash ? slash + 1 : want;
	const char *dot = strrchr(name, '.');

	if ((size_t)snprintf(out, size, "%s", want) < size && !taken(want))
		return true;
	/* "FILE.pdf" -> "FILE-2.pdf"; a name without an extension (or a
	 * dot file) takes the number at its end */
	if (!dot || dot == name)
		dot = name + strlen(name);
	for (int n = 2; n < 1000; n++) {
		int len = snprintf(out, size, "%.*s-%d%s", (int)(dot - want), want, n, dot);
		if (len < 0 || (size_t)len >= size)
			break;
		if (!taken(out))
			return true;
	}
	if (size)
		out[0] = '\0';
	return false;
}

static const char *T(const ed_rules *r, const char *key)
{
	const char *t = rules_text(r, key);
	return t ? t : "";
}

bool slip_run_add_sheet(sd_slips *s, const char *sheet, const ed_rules *r, ed_date day)
{
	slipdoc *d = slipdoc_new();
	char en[64], zh[64];
	const char *p = sheet ? sheet : "";

	if (!d)
		return false;
	date_format_long(day, en, sizeof en);
	date_format_long_zh(day, zh, sizeof zh);
	slipdoc_set_text(d, &d->check_date, en, zh);
	slipdoc_set_text(d, &d->page, T(r, "slip:page"), rules_text(r, "slip:page_zh"));
	while (*p && !d->failed) {
		size_t n = strcspn(p, "\n\f");
		char *line = text_dupn(p, n);
		sd_block *b = line ? slipdoc_add(d, SD_PARA, line, NULL) : NULL;
		free(line);
		if (!b) {
			d->failed = true;
			break;
		}
		b->mono = true;
		p += n;
		if (*p)
			p++;
	}
	return sd_slips_add(s, d, SD_ZH_SIMPLIFIED);
}

void slip_run_argv(char **argv, const char *path, const char *printer, const char *paper)
{
	int n = 0;

	argv[n++] = (char *)slip_program();
	argv[n++] = "--paper";
	argv[n++] = (char *)(paper && *paper ? paper : "a4");
	if (path) {
		argv[n++] = "--output";
		argv[n++] = (char *)path;
	} else {
		argv[n++] = "--print";
		if (printer && *printer) {
			argv[n++] = "--printer";
			argv[n++] = (char *)printer;
		}
	}
	argv[n] = NULL;
}

const char *slip_run_reason(const char *why)
{
	static const char prefix[] = SLIP_PROGRAM ": ";

	return strncmp(why, prefix, sizeof prefix - 1) ? why : why + sizeof prefix - 1;
}

bool slip_run_wait(char **argv, const sd_slips *s, char *why, size_t why_size)
{
	print_how how = { false, false, NULL };
	char missing[600];
	char *doc = sd_slips_write(s);
	print_job j;
	bool ok;

	if (!doc) {
		snprintf(why, why_size, "out of memory while building the slip");
		return false;
	}
	snprintf(missing, sizeof missing, "%s is not installed (%s; make builds it, "
		 "make install installs it)", SLIP_PROGRAM, argv[0]);
	how.missing = missing;
	ok = print_run(&j, argv, how, doc, strlen(doc), why, why_size);
	if (ok) {
		/* a warning on its stderr, when it had one */
		j.errbuf[j.got] = '\0';
		snprintf(why, why_size, "%s", text_trim(j.errbuf));
	}
	print_job_free(&j);
	free(doc);
	return ok;
}

bool slip_run_printers(ed_printers *out, char *why, size_t why_size)
{
	char *argv[] = { (char *)slip_program(), "--list-printers", NULL };
	print_how how = { true, true, SLIP_PROGRAM " is not installed" };
	print_job j;
	print_state st = PRINT_FAILED;
	bool ok = false;

	out->list = NULL;
	out->n = 0;
	if (print_spawn(&j, argv, how, NULL, 0, why, why_size)) {
		/* a CUPS that does not answer must not hold F9 for long */
		struct timespec t0, t;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		do {
			st = print_poll(&j, 100, why, why_size);
			clock_gettime(CLOCK_MONOTONIC, &t);
		} while (st == PRINT_RUNNING && t.tv_sec - t0.tv_sec < 10);
		if (st == PRINT_RUNNING) {
			print_cancel(&j);
			snprintf(why, why_size, "CUPS took too long to list its printers");
		} else if (st == PRINT_OK && !(ok = printers_parse(j.out, out))) {
			snprintf(why, why_size, "out of memory");
		}
	}
	print_job_free(&j);
	return ok;
}
