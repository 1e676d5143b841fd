/* The RESULT part of the slip (slip_ways.c), and the lists of failing
 * conditions and points to confirm the e-pass slip shares. */
#ifndef ED_SLIP_WAYS_H
#define ED_SLIP_WAYS_H

#include "core/slip_fill.h"

/* the way in and the others, or the visa and what came close */
void slip_part_ways(slip_ctx *c);
/* every failing condition of the verdict, with its fix */
void slip_part_reasons(slip_ctx *c);
/* the points of `bits` to confirm, under their heading */
void slip_review_bullets(slip_ctx *c, unsigned bits);

#endif
