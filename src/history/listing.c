/* The one line of a record in every list: command line and wizard. */
#include "history/listing.h"

#include <stdio.h>

#include "core/slip.h"
#include "load/drafts.h"

void hist_clean(const char *s, char *out, size_t size)
{
	size_t k = 0;

	for (; s && *s && k + 1 < size; s++)
		out[k++] = (unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s;
	out[k] = '\0';
}

void hist_show(const hist_record *rec, hist_shown *s)
{
	char masked[200];

	hist_clean(hist_record_get(rec, HF_COUNTER), s->counter, sizeof s->counter);
	drafts_mask_name(hist_record_get(rec, HF_NAME), masked, sizeof masked);
	hist_clean(masked[0] ? masked : "-", s->name, sizeof s->name);
	slip_mask(hist_record_get(rec, HF_NUMBER), masked, sizeof masked);
	hist_clean(masked[0] ? masked : "-", s->number, sizeof s->number);
	hist_clean(hist_record_get(rec, HF_FLOW), s->flow, sizeof s->flow);
	hist_clean(hist_record_get(rec, HF_NATIONALITY), s->nationality, sizeof s->nationality);
	hist_clean(hist_record_get(rec, HF_WAY_IN), s->way_in, sizeof s->way_in);
	hist_clean(hist_record_get(rec, HF_OUTCOME), s->outcome, sizeof s->outcome);
	hist_clean(hist_record_get(rec, HF_DEADLINE), s->deadline, sizeof s->deadline);
	hist_clean(hist_record_get(rec, HF_RULES_AS_OF), s->as_of, sizeof s->as_of);
}

void hist_list_line(const hist_record *rec, char *out, size_t size)
{
	hist_shown s;

	hist_show(rec, &s);
	snprintf(out, size, "%-6lld %s  %-12s %-7s %-22s %-11s %-3s %-10s %-12s %-16s %s",
		 rec->id, hist_record_get(rec, HF_AT_TEXT), s.counter, s.flow, s.name, s.number,
		 s.nationality, s.way_in, s.outcome, s.deadline, s.as_of);
}
