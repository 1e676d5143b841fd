/* The rules and today's date for `entrydesk mrz` and `check --group`. */
#include "cli/cli_rules.h"

#include <stdio.h>
#include <string.h>

#include "core/mrz.h"
#include "core/result.h"
#include "core/sheet.h"
#include "core/slip.h"
#include "load/paths.h"
#include "load/rules_load.h"
#include "load/today.h"

bool cli_rules_open(const char *rules_path, ed_rules *r, ed_date *today)
{
	ed_error err = {0};

	memset(r, 0, sizeof *r);
	if (!rules_load(paths_rules(rules_path), r, &err)) {
		fprintf(stderr, "entrydesk: %s\n", err.msg);
		return false;
	}
	/* every text a command may print was checked by rules_load */
	if (!today_get(r, today, &err)) {
		if (err.msg[0])
			fprintf(stderr, "entrydesk: %s\n", err.msg);
		rules_free(r);
		return false;
	}
	return true;
}
