/* What `entrydesk history` and `entrydesk reprint` share: the history
 * opened as the settings say, and a record as one masked line. */
#ifndef ED_CLI_HISTORY_COMMON_H
#define ED_CLI_HISTORY_COMMON_H

#include <stdbool.h>
#include <stdio.h>

#include "history/desk.h"
#include "history/store.h"

/* the history of these settings, or NULL with one line said on stderr */
hist_store *history_cli_open(hist_desk *d, const char *rules_path);
/* one record as a line: id, time, counter, flow, masked name and number,
 * nationality, way in, outcome, deadline, rules as_of */
void history_line(FILE *f, const hist_record *rec);
/* one record as an INI section [check.ID] of the same keys */
void history_section(FILE *f, const hist_record *rec);

#endif
