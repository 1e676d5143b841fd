/* The day a check is made: today in China (UTC+8), or the day
 * $ENTRYDESK_TODAY names, for reproducible slips and re-printing. */
#ifndef ED_TODAY_H
#define ED_TODAY_H

#include <stdbool.h>

#include "core/date.h"
#include "core/error.h"
#include "core/rules.h"

/* false with err filled when $ENTRYDESK_TODAY is set but not a date */
bool today_get(const ed_rules *r, ed_date *today, ed_error *err);

#endif
