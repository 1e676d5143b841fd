/* The history as the command line opens and prints it. */
#include "cli/history_common.h"

#include <stdio.h>

#include "history/listing.h"

hist_store *history_cli_open(hist_desk *d, const char *rules_path)
{
	char why[1500];
	hist_store *s;

	if (!hist_desk_init(d, rules_path, why, sizeof why) ||
	    !(s = hist_desk_open(d, why, sizeof why))) {
		fprintf(stderr, "entrydesk: %s\n", why);
		return NULL;
	}
	return s;
}

void history_line(FILE *f, const hist_record *rec)
{
	char line[1200];

	hist_list_line(rec, line, sizeof line);
	fprintf(f, "%s\n", line);
}

void history_section(FILE *f, const hist_record *rec)
{
	hist_shown s;

	hist_show(rec, &s);
	fprintf(f, "[check.%lld]\ntime = %s\ncounter = \"%s\"\nflow = %s\nname = \"%s\"\n"
		"number = %s\nnationality = %s\nway_in = %s\noutcome = %s\ndeadline = %s\n"
		"rules_as_of = %s\n\n", rec->id, hist_record_get(rec, HF_AT_TEXT), s.counter,
		s.flow, s.name, s.number, s.nationality, s.way_in, s.outcome, s.deadline, s.as_of);
}
