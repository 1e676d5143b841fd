/* entrydesk: the wizard with no command, `entrydesk check` for files. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/check.h"
#include "cli/history.h"
#include "cli/mrz.h"
#include "pdf/slip_pdf.h"
#include "ui/wizard.h"

#ifndef ED_VERSION
#define ED_VERSION "0.1.0"
#endif

static void usage(FILE *f)
{
	fprintf(f,
		"usage: entrydesk [--rules FILE] [--screens DIR] [--printer NAME]\n"
		"                 [--print-to FILE] [--paper a4|letter] [--resume | ANSWERS.ini]\n"
		"       entrydesk [--rules FILE] check [--format text|ini] ANSWERS.ini...\n"
		"       entrydesk [--rules FILE] check [--format text|ini] --group MANIFEST.csv TRIP.ini\n"
		"       entrydesk [--rules FILE] mrz < ZONE\n"
		"       entrydesk [--rules FILE] history [--since DATE] [--until DATE] [--name TEXT]\n"
		"                 [--passport LAST] [--format text|ini] | --report DATE |\n"
		"                 --affected-by NEW_RULES.ini | --purge\n"
		"       entrydesk [--rules FILE] reprint ID [--recheck] [--format text|pdf --output FILE]\n"
		"       entrydesk --help | --version\n"
		"\n"
		"With no command, starts the wizard for the travel desk.\n"
		"  --rules FILE     rules to apply (default: ./rules.ini, then the installed one)\n"
		"  --screens DIR    screen files (default: ./screens, then the installed ones)\n"
		"  --printer NAME   CUPS destination for F9 (default: $PRINTER, then the system default)\n"
		"  --print-to FILE  F9 writes the slip's PDF to FILE (mode 0600) instead of printing\n"
		"  --paper PAPER    the slip's paper: a4 (the default) or letter\n"
		"  --resume         reopen the draft saved when the wizard was interrupted\n"
		"  ANSWERS.ini      open a saved answers file\n"
		"check: evaluates answers files; exit 0 when all were evaluated, 2 on bad input.\n"
		"history: the checks on record; reprint: a recorded check's slip again.\n"
		"mrz: reads a scanned passport zone and prints its [traveller] answers.\n"
		"See entrydesk(1).\n");
}

/* Makes wcwidth() and the wide-character curses functions count CJK text
 * as two columns even when the environment names no UTF-8 locale. */
static void locale_init(void)
{
	const char *l = setlocale(LC_ALL, "");
	const char *ctype = setlocale(LC_CTYPE, NULL);
	if (!l || !ctype || (!strstr(ctype, "UTF-8") && !strstr(ctype, "utf8")))
		setlocale(LC_CTYPE, "C.UTF-8");
}

int main(int argc, char **argv)
{
	wizard_options o = {0};
	int i;

	locale_init();
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf("entrydesk %s\n", ED_VERSION);
			return 0;
		} else if (!strcmp(a, "check")) {
			return check_main(argc - i, argv + i, o.rules_path);
		} else if (!strcmp(a, "history")) {
			return history_main(argc - i, argv + i, o.rules_path);
		} else if (!strcmp(a, "reprint")) {
			return reprint_main(argc - i, argv + i, o.rules_path);
		} else if (!strcmp(a, "mrz")) {
			return mrz_main(argc - i, argv + i, o.rules_path);
		} else if (!strcmp(a, "--resume")) {
			o.resume = true;
		} else if (i + 1 < argc && !strcmp(a, "--rules")) {
			o.rules_path = argv[++i];
		} else if (i + 1 < argc && !strcmp(a, "--screens")) {
			o.screens_dir = argv[++i];
		} else if (i + 1 < argc && !strcmp(a, "--printer")) {
			o.printer = argv[++i];
		} else if (i + 1 < argc && !strcmp(a, "--print-to")) {
			o.print_to = argv[++i];
		} else if (i + 1 < argc && !strcmp(a, "--paper")) {
			slip_paper paper;
			o.paper = argv[++i];
			if (!slip_paper_parse(o.paper, &paper)) {
				fprintf(stderr, "entrydesk: --paper: unknown paper; accepted: a4 or letter\n");
				return 2;
			}
		} else if (a[0] != '-' && !o.open_path) {
			o.open_path = a;
		} else {
			fprintf(stderr, "entrydesk: unknown or incomplete option '%s'\n", a);
			usage(stderr);
			return 2;
		}
	}
	return wizard_run(&o);
}
