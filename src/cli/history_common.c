/* The history as the command line opens and prints it. */
#include "cli/history_common.h"

#include <stdio.h>
#include <string.h>

#include "core/slip.h"
#include "load/drafts.h"

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

void history_clean(const char *s, char *out, size_t size)
{
	size_t k = 0;

	for (; s && *s && k + 1 < size; s++)
		out[k++] = (unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s;
	out[k] = '\0';
}

/* the fields a line shows, masked and cleaned */
typedef struct shown {
	char counter[130], name[200], number[64], fields[6][200];
} shown;

static void show(const hist_record *rec, shown *s)
{
	static const hist_field plain[6] = { HF_FLOW, HF_NATIONALITY, HF_WAY_IN, HF_OUTCOME,
					     HF_DEADLINE, HF_RULES_AS_OF };
	char masked[200];

	history_clean(hist_record_get(rec, HF_COUNTER), s->counter, sizeof s->counter);
	drafts_mask_name(hist_record_get(rec, HF_NAME), masked, sizeof masked);
	history_clean(masked[0] ? masked : "-", s->name, sizeof s->name);
	slip_mask(hist_record_get(rec, HF_NUMBER), masked, sizeof masked);
	history_clean(masked[0] ? masked : "-", s->number, sizeof s->number);
	for (int i = 0; i < 6; i++)
		history_clean(hist_record_get(rec, plain[i]), s->fields[i], sizeof s->fields[i]);
}

void history_line(FILE *f, const hist_record *rec)
{
	shown s;

	show(rec, &s);
	fprintf(f, "%-6lld %s  %-12s %-7s %-22s %-11s %-3s %-10s %-12s %-16s %s\n", rec->id,
		hist_record_get(rec, HF_AT_TEXT), s.counter, s.fields[0], s.name, s.number,
		s.fields[1], s.fields[2], s.fields[3], s.fields[4], s.fields[5]);
}

void history_section(FILE *f, const hist_record *rec)
{
	shown s;

	show(rec, &s);
	fprintf(f, "[check.%lld]\ntime = %s\ncounter = \"%s\"\nflow = %s\nname = \"%s\"\n"
		"number = %s\nnationality = %s\nway_in = %s\noutcome = %s\ndeadline = %s\n"
		"rules_as_of = %s\n\n", rec->id, hist_record_get(rec, HF_AT_TEXT), s.counter,
		s.fields[0], s.name, s.number, s.fields[1], s.fields[2], s.fields[3],
		s.fields[4], s.fields[5]);
}
