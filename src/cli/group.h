/* `entrydesk check --group MANIFEST.csv TRIP.ini`: one trip, every
 * traveller of a manifest checked on it. */
#ifndef ED_CLI_GROUP_H
#define ED_CLI_GROUP_H

#include <stdbool.h>

/* checks every row of `manifest` on the trip of `trip` (NULL: none or
 * several were given) and prints the group sheet, or with `ini` a [rowN]
 * section per row; returns the exit status (0 every row checked, 2 bad
 * input or bad rows) */
int group_check(const char *manifest, const char *trip, const char *rules_path, bool ini);

#endif
