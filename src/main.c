/* entrydesk: the wizard with no command, `entrydesk check` for files. */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/check.h"
#include "cli/history.h"
#include "cli/mrz.h"
#include "cli/ways.h"
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
		"       entrydesk [--rules FILE] check --format pdf --output FILE [--group M.csv] FILE...\n"
		"       entrydesk [--rules FILE] ways NATIONALITY [DATE]\n"
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
		"PDFs and printing go through entrydesk-slip (beside entrydesk, or\n"
		"$ENTRYDESK_SLIP), run as a program of its own.\n"
		"  --paper PAPER    the slip's paper: a4 (the default) or letter\n"
		"  --resume         reopen the draft saved when the wizard was interrupted\n"
		"  ANSWERS.ini      open a saved answers file\n"
		"check: evaluates answers files; exit 0 when all were evaluated, 2 on bad input.\n"
		"ways: every way in without a visa for an ordinary passport of NATIONALITY\n"
		"      (GBR, British) on DATE (default: today in China), best first.\n"
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

/* A closed standard output: fd 1 is taken by /dev/null at once, so that no
 * file opened later (a rules file, a PDF) becomes "standard output". */
static bool stdout_was_closed;

static void stdout_guard(void)
{
	if (fcntl(STDOUT_FILENO, F_GETFD) != -1 || errno != EBADF)
		return;
	stdout_was_closed = true;
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fd >= 0 && fd != STDOUT_FILENO)
		close(fd);
}

/* What was printed must have arrived: a closed standard output, a full
 * device or a failed flush is a message and status 2, never a silent 0. */
static int finish(int status)
{
	const char *why = NULL;

	errno = 0;
	if (stdout_was_closed)
		why = "standard output is closed";
	else if (fflush(stdout) != 0 || ferror(stdout))
		why = errno ? strerror(errno) : "a write failed";
	if (fclose(stdout) != 0 && !why)
		why = strerror(errno);
	if (!why)
		return status;
	fprintf(stderr, "entrydesk: cannot write the output: %s\n", why);
	return status ? status : 2;
}

int main(int argc, char **argv)
{
	wizard_options o = {0};
	int i;

	stdout_guard();
	locale_init();
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return finish(0);
		} else if (!strcmp(a, "--version")) {
			printf("entrydesk %s\n", ED_VERSION);
			return finish(0);
		} else if (!strcmp(a, "check")) {
			return finish(check_main(argc - i, argv + i, o.rules_path));
		} else if (!strcmp(a, "ways")) {
			return finish(ways_main(argc - i, argv + i, o.rules_path));
		} else if (!strcmp(a, "history")) {
			return finish(history_main(argc - i, argv + i, o.rules_path));
		} else if (!strcmp(a, "reprint")) {
			return finish(reprint_main(argc - i, argv + i, o.rules_path));
		} else if (!strcmp(a, "mrz")) {
			return finish(mrz_main(argc - i, argv + i, o.rules_path));
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
			o.paper = argv[++i];
			if (strcmp(o.paper, "a4") && strcmp(o.paper, "letter")) {
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
