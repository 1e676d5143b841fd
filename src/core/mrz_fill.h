/* The traveller answers a read zone gives: one list, so that `entrydesk
 * mrz`, the wizard's traveller screen and a group's scan fill the same keys
 * the same way. Pure C: no I/O, no allocation. */
#ifndef ED_MRZ_FILL_H
#define ED_MRZ_FILL_H

#include <stddef.h>

#include "core/answers.h"
#include "core/mrz.h"

#define MRZ_FILL_MAX 6

typedef struct ed_mrz_value {
	ed_answer_key key; /* AK_NAME, AK_NATIONALITY, ... */
	char value[96];    /* as the answers file writes it */
} ed_mrz_value;

/* name, nationality (when the rules give an ISO code), passport number and
 * expiry, and birth date and gender when the zone knows them; returns the
 * count written to out (at most MRZ_FILL_MAX) */
size_t mrz_fill(const ed_mrz *m, const ed_mrz_nationality *nat, ed_mrz_value *out);

#endif
