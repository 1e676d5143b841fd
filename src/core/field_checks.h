/* Checks across fields, said at the field where the agent is, as soon as
 * the answers they need are in: a departure before the entry (refused), a
 * passport that expires before the departure or has expired already, an
 * entry before the check date (allowed, but said). Pure: codes and dates; the words are the
 * screens' (screens/common.ini), so the wizard calls this per field. */
#ifndef ED_FIELD_CHECKS_H
#define ED_FIELD_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/rules.h"

typedef enum ed_field_check {
	FC_DEPARTURE_BEFORE_ENTRY,      /* refused: dates */
	FC_DEPARTURE_TIME_BEFORE_ENTRY, /* refused: same day, earlier time */
	FC_PASSPORT_EXPIRES_BEFORE_DEPARTURE,
	FC_ENTRY_BEFORE_CHECK_DATE,     /* allowed: a trip already under way */
	FC_TIMES_DECIDE,                /* allowed: the times decide the way in */
	FC_PASSPORT_EXPIRED,            /* allowed: expired before the check date */
	FC_COUNT
} ed_field_check;

typedef struct ed_field_note {
	ed_field_check check;
	ed_answer_key at;  /* the field to show it at */
	bool refused;      /* the value cannot stay as it is */
	ed_date first, second; /* the two dates compared, in the order named */
} ed_field_note;

/* the notes that hold now for field `at` (AK_COUNT: for every field), from
 * the raw answers that parse; returns how many (at most FC_COUNT) */
size_t field_checks(ed_flow flow, const ed_raw_answers *raw, const ed_rules *r, ed_date today,
		    ed_answer_key at, ed_field_note *out, size_t max);
/* "departure_before_entry", ...: the key of its words in screens */
const char *field_check_code(ed_field_check c);

#endif
