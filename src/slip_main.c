/* entrydesk-slip: the print stack in a program of its own. Reads slip
 * documents (core/slipdoc_io.h) on stdin and writes their PDF to a file
 * or hands it to CUPS's lp; or lists the CUPS printers. It alone links
 * cairo, pango, OpenCC and libcups, so that entrydesk starts in a few
 * milliseconds and a font or printer fault here never ends a wizard
 * holding answers. Messages: one line on stderr, "entrydesk-slip: ...".
 * Exit 0 done (a warning may be on stderr), 1 failed, 2 bad usage. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/slipdoc_io.h"
#include "load/print.h"
#include "pdf/cups_dests.h"
#include "pdf/hant.h"
#include "pdf/slip_pdf.h"

#define NAME "entrydesk-slip"
#define INPUT_MAX (64u << 20) /* a group of a thousand slips is some 10 MiB */

#ifndef ED_VERSION
#define ED_VERSION "0.1.0"
#endif

static void usage(FILE *f)
{
	fprintf(f,
		"usage: " NAME " [--paper a4|letter] --output FILE  < SLIPS\n"
		"       " NAME " [--paper a4|letter] --print [--printer NAME]  < SLIPS\n"
		"       " NAME " --check  < SLIPS\n"
		"       " NAME " --list-printers\n"
		"\n"
		"Typesets the slip documents entrydesk writes (entrydesk check --format\n"
		"slipdoc) into one PDF: written to FILE (mode 0600), or sent to CUPS\n"
		"with lp (to NAME, else the system default). --check only reads them.\n"
		"--list-printers prints the CUPS destinations, one a line:\n"
		"NAME<tab>default|-<tab>DESCRIPTION. Run by entrydesk; see entrydesk(1).\n");
}

static int fail(const char *what, const char *why)
{
	if (what)
		fprintf(stderr, NAME ": %s: %s\n", what, why);
	else
		fprintf(stderr, NAME ": %s\n", why);
	return 1;
}

/* all of stdin; NULL with why */
static char *read_all(size_t *len, const char **why)
{
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);

	*why = "out of memory";
	while (buf) {
		size_t got;
		if (n == cap) {
			char *grown = cap < INPUT_MAX ? realloc(buf, cap * 2) : NULL;
			if (!grown) {
				if (cap >= INPUT_MAX)
					*why = "the slip document is larger than 64 MiB";
				break;
			}
			buf = grown;
			cap *= 2;
		}
		got = fread(buf + n, 1, cap - n, stdin);
		n += got;
		if (got == 0) {
			if (ferror(stdin)) {
				*why = "cannot read the slip document";
				break;
			}
			*len = n;
			return buf;
		}
	}
	free(buf);
	return NULL;
}

/* the slips to typeset: Traditional Chinese converted with OpenCC */
static bool prepare(sd_slips *s, slip_pdf_slip **out, const char **why)
{
	zh_hant *hant = NULL;
	slip_pdf_slip *list = calloc(s->n, sizeof *list);
	bool ok = list != NULL;

	*why = "out of memory";
	for (size_t i = 0; ok && i < s->n; i++) {
		list[i].doc = s->list[i].doc;
		list[i].chinese = s->list[i].chinese;
		if (s->list[i].chinese != SD_ZH_TRADITIONAL)
			continue;
		if (!hant && !(hant = zh_hant_open(why))) {
			ok = false;
		} else if (!slipdoc_map_zh(s->list[i].doc, zh_hant_convert, hant)) {
			*why = "cannot convert the slip to Traditional Chinese";
			ok = false;
		}
	}
	zh_hant_close(hant);
	if (!ok) {
		free(list);
		list = NULL;
	}
	*out = list;
	return ok;
}

static int list_printers(void)
{
	ed_printers p;
	char why[300];

	if (!cups_dests_list(&p, why, sizeof why))
		return fail(NULL, why);
	cups_dests_print(stdout, &p);
	printers_free(&p);
	return fflush(stdout) == 0 ? 0 : fail(NULL, "cannot write the list");
}

/* the PDF in memory (no file ever holds it), on lp's stdin */
static int print_pdf(const slip_pdf_slip *slips, size_t n, slip_paper paper,
		     const char *printer)
{
	char *data = NULL, why[512];
	const char *msg = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&data, &len);
	print_job j;
	print_state st;
	bool ok;

	if (!f)
		return fail(NULL, "out of memory");
	ok = slip_pdf_write(f, slips, n, paper, &msg);
	if (fclose(f) != 0 && ok) {
		msg = "out of memory";
		ok = false;
	}
	if (!ok) {
		free(data);
		return fail(NULL, msg ? msg : "cannot make the PDF");
	}
	if (msg)
		fprintf(stderr, NAME ": warning: %s\n", msg);
	/* lp in this program's process group: cancelling entrydesk-slip
	 * (the wizard ends its group) ends lp and what lp started */
	if (!print_start_in(&j, false, data, len, printer, "application/pdf", why, sizeof why)) {
		free(data);
		return fail(NULL, why);
	}
	while ((st = print_poll(&j, 1000, why, sizeof why)) == PRINT_RUNNING)
		;
	free(data);
	return st == PRINT_OK ? 0 : fail(NULL, why);
}

int main(int argc, char **argv)
{
	const char *output = NULL, *printer = NULL, *paper_name = "a4", *why = NULL;
	bool print = false, check = false;
	slip_paper paper;
	slip_pdf_slip *slips = NULL;
	sd_slips s = {0};
	char reason[300];
	char *data;
	size_t len = 0;
	int status;

	/* as entrydesk: the environment's locale, its characters as UTF-8 */
	const char *l = setlocale(LC_ALL, "");
	const char *ctype = setlocale(LC_CTYPE, NULL);
	if (!l || !ctype || (!strstr(ctype, "UTF-8") && !strstr(ctype, "utf8")))
		setlocale(LC_CTYPE, "C.UTF-8");

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf(NAME " %s\n", ED_VERSION);
			return 0;
		} else if (!strcmp(a, "--list-printers")) {
			return list_printers();
		} else if (!strcmp(a, "--output") && i + 1 < argc) {
			output = argv[++i];
		} else if (!strcmp(a, "--printer") && i + 1 < argc) {
			printer = argv[++i];
		} else if (!strcmp(a, "--paper") && i + 1 < argc) {
			paper_name = argv[++i];
		} else if (!strcmp(a, "--print")) {
			print = true;
		} else if (!strcmp(a, "--check")) {
			check = true;
		} else {
			fprintf(stderr, NAME ": unknown or incomplete option '%s'\n", a);
			usage(stderr);
			return 2;
		}
	}
	if ((output != NULL) + print + check != 1 || (output && !*output)) {
		fprintf(stderr, NAME ": one of --output FILE, --print or --check\n");
		usage(stderr);
		return 2;
	}
	if (!slip_paper_parse(paper_name, &paper)) {
		fprintf(stderr, NAME ": --paper: accepted: a4 or letter\n");
		return 2;
	}
	if (!(data = read_all(&len, &why)))
		return fail(NULL, why);
	if (!sd_slips_read(data, len, &s, reason, sizeof reason)) {
		free(data);
		return fail(NULL, reason);
	}
	free(data);
	if (check) {
		sd_slips_free(&s);
		return 0;
	}
	if (!prepare(&s, &slips, &why)) {
		sd_slips_free(&s);
		return fail(NULL, why);
	}
	if (print) {
		status = print_pdf(slips, s.n, paper, printer);
	} else if (!slip_pdf_write_path(output, slips, s.n, paper, &why)) {
		status = fail(output, why);
	} else {
		if (why)
			fprintf(stderr, NAME ": warning: %s: %s\n", output, why);
		status = 0;
	}
	free(slips);
	sd_slips_free(&s);
	return status;
}
