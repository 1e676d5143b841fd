/* A record as the lists show it: one line, names and numbers masked as
 * slips and drafts mask them, control characters replaced. */
#ifndef ED_HISTORY_LISTING_H
#define ED_HISTORY_LISTING_H

#include <stddef.h>

#include "history/record.h"

/* the fields a list shows, masked and cleaned */
typedef struct hist_shown {
	char counter[130], name[200], number[64];
	char flow[16], nationality[16], way_in[32], outcome[32], deadline[32], as_of[16];
} hist_shown;

void hist_show(const hist_record *rec, hist_shown *s);
/* id, time, counter, flow, name, number, nationality, way in, outcome,
 * deadline, rules as_of */
void hist_list_line(const hist_record *rec, char *out, size_t size);
/* s as printed: control characters replaced by '?' */
void hist_clean(const char *s, char *out, size_t size);

#endif
