/* The slips of a check or a group check, out: typeset by entrydesk-slip
 * into a PDF, or their document on stdout (slips_out.h). */
#include "cli/slips_out.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "load/slip_run.h"

int check_slips_out(const sd_slips *slips, const char *output, const char *paper)
{
	char why[600], *argv[8];

	if (!output) { /* --format slipdoc: the stream itself */
		char *doc = sd_slips_write(slips);
		bool ok = doc && fputs(doc, stdout) >= 0 && fflush(stdout) == 0;
		free(doc);
		if (!ok)
			fprintf(stderr, "entrydesk: cannot write the slip document\n");
		return ok ? 0 : 2;
	}
	slip_run_argv(argv, output, NULL, paper);
	if (!slip_run_wait(argv, slips, why, sizeof why)) {
		fprintf(stderr, "entrydesk: %s\n", slip_run_reason(why));
		return 2;
	}
	if (why[0])
		fprintf(stderr, "entrydesk: %s\n", slip_run_reason(why));
	return 0;
}
