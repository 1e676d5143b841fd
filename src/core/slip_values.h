/* The values of the slip's {placeholders} (slip_values.c), and the few
 * words of them the slip's layout also prints in a line of its own. */
#ifndef ED_SLIP_VALUES_H
#define ED_SLIP_VALUES_H

#include "core/slip_fill.h"
#include "core/text.h"

/* sets every placeholder any text of this slip may use */
void slip_set_values(slip_ctx *c);

/* the placeholders of one way: {way} {way_label} {way_until} {way_area}
 * and the terms its texts name */
void slip_set_way(slip_ctx *c, const ed_way *w);

/* the policy applied: the e-pass's or the transit version's, or NULL */
const ed_version *slip_policy_of(const ed_verdict *v);

/* "Shanghai 上海 (PVG SHA)" */
void slip_port_words(text_buf *b, const ed_port *p);

/* "Friday 6 January 2023 10:00" and "2023年1月6日（星期五）10:00" (no time
 * when minute is ED_NO_TIME) */
void slip_day_time(ed_date d, int minute, char *buf, size_t size);
void slip_day_time_zh(ed_date d, int minute, char *buf, size_t size);

#endif
