/* One check on record: when and where it was made, by whom, the answers,
 * what core's verdict said (way in, outcome, deadline), the rules it was
 * made under and the slip document as it was shown. The history only
 * stores and shows what core produced: nothing here decides or words a
 * verdict. Personal data: never logged, never in a message. */
#ifndef ED_HISTORY_RECORD_H
#define ED_HISTORY_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

/* X(ID, column): the text columns of a record, in the database's order */
#define HIST_FIELDS(X) \
	X(AT_TEXT, "at_text")           /* China time, "YYYY-MM-DD HH:MM" */ \
	X(COUNTER, "counter")           /* [history] counter, or the host name */ \
	X(AGENT, "agent")               /* the user who ran the check */ \
	X(FLOW, "flow")                 /* transit | epass */ \
	X(NAME, "name")                 /* the traveller's name as typed */ \
	X(NAME_KEY, "name_key")         /* the name in upper case, for finding */ \
	X(NUMBER, "number")             /* passport or permit number */ \
	X(NUMBER_KEY, "number_key")     /* the number in upper case */ \
	X(NATIONALITY, "nationality")   /* transit: nationality; e-pass: residence */ \
	X(WAY_IN, "way_in")             /* the way in of the verdict; e-pass: epass */ \
	X(OUTCOME, "outcome")           /* eligible | review | not_eligible */ \
	X(DEADLINE, "deadline")         /* leave before / valid until */ \
	X(AREA, "area")                 /* the way in's area ids */ \
	X(REASONS, "reasons")           /* reason codes */ \
	X(REVIEW, "review")             /* points to confirm */ \
	X(RULES_AS_OF, "rules_as_of") \
	X(RULES_DIGEST, "rules_digest") /* SHA-256 of the rules file */ \
	X(TRIP_END, "trip_end")         /* the trip's last day, YYYY-MM-DD */ \
	X(ANSWERS, "answers")           /* the answers (history/codec.h) */ \
	X(VERDICT, "verdict")           /* core's [verdict] section */ \
	X(SLIP, "slip")                 /* the slip document (history/codec.h) */

typedef enum hist_field {
#define HIST_F_ENUM(id, col) HF_##id,
	HIST_FIELDS(HIST_F_ENUM)
#undef HIST_F_ENUM
	HF_COUNT
} hist_field;

/* the column name of a field */
const char *hist_field_column(hist_field f);

typedef struct hist_record {
	long long id; /* 0 until stored */
	long long at; /* seconds since the epoch */
	char *f[HF_COUNT]; /* owned; NULL when not read */
} hist_record;

/* sets (copies) one field; false on out of memory */
bool hist_record_set(hist_record *rec, hist_field f, const char *value);
/* the field's text, "" when absent */
const char *hist_record_get(const hist_record *rec, hist_field f);
void hist_record_clear(hist_record *rec);
/* dst (cleared first) becomes a copy of src; false on out of memory */
bool hist_record_copy(hist_record *dst, const hist_record *src);

/* upper case in place, for finding a name typed in any case ("müller"
 * finds MÜLLER); a letter whose upper case is longer stays */
void hist_fold(char *s);
/* "YYYY-MM-DD HH:MM" of `at` in China time (UTC+8) */
void hist_time_text(long long at, char *out, size_t size);
/* seconds since the epoch of 00:00 China time on day d */
long long hist_day_start(ed_date d);

/* the value of `key` in core's [verdict] section text, unquoted, into
 * out ("" when absent) */
void hist_verdict_value(const char *verdict, const char *key, char *out, size_t size);

#endif
