/* What every command-line command starts with: the rules (found as
 * paths_rules says), their texts checked, and the day of the check. */
#ifndef ED_CLI_RULES_H
#define ED_CLI_RULES_H

#include <stdbool.h>

#include "core/date.h"
#include "core/rules.h"

/* loads the rules into r and today's date; on failure prints the one-line
 * message on stderr, leaves nothing allocated and returns false */
bool cli_rules_open(const char *rules_path, ed_rules *r, ed_date *today);

#endif
