/* `entrydesk check --group MANIFEST.csv TRIP.ini`: one trip, every
 * traveller of a manifest checked on it. */
#ifndef ED_CLI_GROUP_H
#define ED_CLI_GROUP_H

#include <stdbool.h>


/* what a group check prints: the sheet (text), a [rowN] section per row
 * (ini), or the slips (the sheet, then each checked traveller's slip):
 * their PDF in `output` through entrydesk-slip, or with output NULL the
 * slip document on stdout */
typedef struct group_output {
	bool ini, slips;
	const char *output; /* the PDF, or NULL */
	const char *paper;  /* "a4" or "letter" */
} group_output;

/* checks every row of `manifest` on the trip of `trip` (NULL: none or
 * several were given) and prints what o asks for; returns the exit status
 * (0 every row checked, 2 bad input or bad rows) */
int group_check(const char *manifest, const char *trip, const char *rules_path,
		group_output o);

#endif
