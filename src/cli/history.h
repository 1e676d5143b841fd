/* `entrydesk history`: the checks on record, a day's report, who a rules
 * change affects, and the purge of old records; `entrydesk reprint`. */
#ifndef ED_CLI_HISTORY_H
#define ED_CLI_HISTORY_H

#include "core/date.h"
#include "core/rules.h"
#include "history/store.h"

/* argv[0] is "history"; returns the exit status (0 done, 2 bad input or
 * no history) */
int history_main(int argc, char **argv, const char *rules_path);
/* argv[0] is "reprint" */
int reprint_main(int argc, char **argv, const char *rules_path);

/* history_report.c: the day's counts and the checks that need a word */
int history_report(hist_store *s, ed_date day);
/* history_report.c: the recorded trips not yet ended that the rules at
 * new_rules would judge otherwise */
int history_affected(hist_store *s, const char *new_rules, ed_date today);

#endif
