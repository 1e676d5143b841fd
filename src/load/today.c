/* The day a check is made: the clock at the rules' UTC offset, never the
 * machine's TZ, unless $ENTRYDESK_TODAY names the day. */
#include "load/today.h"

#include <stdlib.h>
#include <time.h>

bool today_get(const ed_rules *r, ed_date *today, ed_error *err)
{
	const char *env = getenv("ENTRYDESK_TODAY");

	if (env && *env) {
		if (date_parse(env, today))
			return true;
		error_set(err, "ENTRYDESK_TODAY", NULL, NULL, "not a date; accepted: YYYY-MM-DD");
		return false;
	}
	*today = date_today(time(NULL), r->utc_offset_minutes);
	return true;
}
