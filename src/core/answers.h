/* The answers of one check: the keys of the answers file (one table, used
 * by the file reader, the wizard's screen files and the docs), the raw text
 * as typed, and the parsed, validated form the verdicts take. Pure C. */
#ifndef ED_ANSWERS_H
#define ED_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"
#include "core/error.h"
#include "core/rules.h"

typedef enum ed_flow { FLOW_TRANSIT = 1, FLOW_EPASS = 2, FLOW_BOTH = 3 } ed_flow;

typedef enum ed_field_type {
	FT_TEXT, FT_DATE, FT_TIME, FT_YESNO, FT_NUMBER, FT_COUNTRY, FT_PORT, FT_CHOICE
} ed_field_type;

/* The permit's status, as the answers file writes it: one row each (the
 * enum, the names, the accepted choices and parsing all come from here). */
#define ED_PERMIT_STATUSES(X) \
	X(LOST, "lost") X(DAMAGED, "damaged") X(NOT_CARRIED, "not_carried") \
	X(EXPIRED, "expired") X(WITH_TRAVELLER, "with_traveller")
#define ED_PERMIT_BAR(id, name) "|" name
/* "lost|damaged|...": the literal without its first '|' */
#define ED_PERMIT_CHOICES (ED_PERMIT_STATUSES(ED_PERMIT_BAR) + 1)

/* X(ID, section, key, flows, type, required, choices or accepted form) */
#define ED_ANSWER_KEYS(X) \
	X(FLOW, "check", "flow", FLOW_BOTH, FT_CHOICE, true, "transit|epass") \
	X(CHECK_DATE, "check", "date", FLOW_BOTH, FT_DATE, false, NULL) \
	X(SLIP_CHINESE, "check", "slip_chinese", FLOW_BOTH, FT_CHOICE, false, \
	  "simplified|traditional|none") \
	X(NAME, "traveller", "name", FLOW_BOTH, FT_TEXT, false, NULL) \
	X(NATIONALITY, "traveller", "nationality", FLOW_TRANSIT, FT_COUNTRY, true, NULL) \
	X(PASSPORT_NUMBER, "traveller", "passport_number", FLOW_TRANSIT, FT_TEXT, false, NULL) \
	X(PASSPORT_EXPIRY, "traveller", "passport_expiry", FLOW_TRANSIT, FT_DATE, true, NULL) \
	X(PASSPORT_TYPE, "traveller", "passport_type", FLOW_TRANSIT, FT_CHOICE, false, \
	  "ordinary|diplomatic|service|other") \
	X(RESIDENCE, "traveller", "residence", FLOW_EPASS, FT_COUNTRY, true, NULL) \
	X(PERMIT_NUMBER, "traveller", "permit_number", FLOW_EPASS, FT_TEXT, true, NULL) \
	X(PERMIT_EXPIRY, "traveller", "permit_expiry", FLOW_EPASS, FT_DATE, true, NULL) \
	X(PERMIT_STATUS, "traveller", "permit_status", FLOW_EPASS, FT_CHOICE, true, \
	  ED_PERMIT_CHOICES) \
	X(GENDER, "traveller", "gender", FLOW_BOTH, FT_CHOICE, false, "female|male") \
	X(MOBILE, "traveller", "mobile", FLOW_EPASS, FT_TEXT, true, NULL) \
	X(APPLICATIONS, "traveller", "applications_this_month", FLOW_EPASS, FT_NUMBER, true, NULL) \
	X(BIRTH_DATE, "traveller", "birth_date", FLOW_BOTH, FT_DATE, false, NULL) \
	X(ARRIVING_FROM, "trip", "arriving_from", FLOW_TRANSIT, FT_COUNTRY, true, NULL) \
	X(ENTRY_PORT, "trip", "entry_port", FLOW_TRANSIT, FT_PORT, true, NULL) \
	X(ENTRY_DATE, "trip", "entry_date", FLOW_TRANSIT, FT_DATE, true, NULL) \
	X(ENTRY_TIME, "trip", "entry_time", FLOW_TRANSIT, FT_TIME, false, NULL) \
	X(DESTINATION, "trip", "destination", FLOW_TRANSIT, FT_COUNTRY, true, NULL) \
	X(EXIT_PORT, "trip", "exit_port", FLOW_TRANSIT, FT_PORT, false, NULL) \
	X(DEPARTURE_DATE, "trip", "departure_date", FLOW_TRANSIT, FT_DATE, true, NULL) \
	X(DEPARTURE_TIME, "trip", "departure_time", FLOW_TRANSIT, FT_TIME, false, NULL) \
	X(SEAT_CONFIRMED, "trip", "seat_confirmed", FLOW_TRANSIT, FT_YESNO, true, NULL) \
	X(GROUP, "trip", "group", FLOW_TRANSIT, FT_CHOICE, false, \
	  "none|hk_macao_tour|asean_tour|cruise_tour") \
	X(GROUP_SIZE, "trip", "group_size", FLOW_TRANSIT, FT_NUMBER, false, NULL) \
	X(GROUP_TOGETHER, "trip", "group_together", FLOW_TRANSIT, FT_YESNO, false, NULL) \
	X(TRANSIT_PURPOSE, "trip", "purpose", FLOW_TRANSIT, FT_CHOICE, false, \
	  "tourism|business|visit|family|exchange|transit|work|study|journalism|other") \
	X(EPASS_PURPOSE, "trip", "purpose", FLOW_EPASS, FT_CHOICE, true, \
	  "domestic_travel|border_crossing") \
	X(VERIFICATION_CODE, "trip", "verification_code", FLOW_EPASS, FT_YESNO, true, NULL) \
	X(FACE_CHECK, "trip", "face_check", FLOW_EPASS, FT_YESNO, true, NULL) \
	X(PASSWORD_SET, "trip", "password_set", FLOW_EPASS, FT_YESNO, false, NULL) \
	X(LOCATION_NOW, "trip", "location_now", FLOW_EPASS, FT_CHOICE, false, \
	  "mainland|hong_kong_macao|taiwan|elsewhere") \
	X(ACCOMMODATION, "stay", "accommodation", FLOW_TRANSIT, FT_CHOICE, false, "hotel|other") \
	X(VISA_REFUSAL, "history", "visa_refusal_stamp", FLOW_TRANSIT, FT_YESNO, true, NULL) \
	X(VIOLATION, "history", "immigration_violation", FLOW_TRANSIT, FT_YESNO, true, NULL) \
	X(DAYS_180, "history", "days_in_china_180", FLOW_TRANSIT, FT_NUMBER, false, NULL)

typedef enum ed_answer_key {
#define ED_AK_ENUM(id, sec, key, flows, type, req, choices) AK_##id,
	ED_ANSWER_KEYS(ED_AK_ENUM)
#undef ED_AK_ENUM
	AK_COUNT
} ed_answer_key;

typedef struct ed_answer_field {
	ed_answer_key id;
	const char *section;
	const char *key;
	ed_flow flows;
	ed_field_type type;
	bool required;
	const char *choices; /* "a|b|c" for FT_CHOICE, else NULL */
} ed_answer_field;

extern const ed_answer_field answer_fields[AK_COUNT];

/* The answers as typed: one string per key, NULL when absent. Owned. */
typedef struct ed_raw_answers {
	char *val[AK_COUNT];
} ed_raw_answers;

/* the field of `flow` named "section.key" (or section and key given
 * apart when key is not NULL), or NULL */
const ed_answer_field *answers_field(ed_flow flow, const char *section, const char *key);
/* "section.key" for messages */
const char *answers_field_name(const ed_answer_field *f, char *buf, size_t size);
/* what a value of this field must look like, in words */
const char *answers_accepted_form(const ed_answer_field *f, char *buf, size_t size);
/* "transit" / "epass" */
const char *flow_name(ed_flow flow);
bool flow_parse(const char *s, ed_flow *out);

/* sets (copies) or clears (value NULL) one raw value */
void raw_set(ed_raw_answers *raw, ed_answer_key k, const char *value);
const char *raw_get(const ed_raw_answers *raw, ed_answer_key k);
void raw_clear(ed_raw_answers *raw);

typedef enum ed_permit_status {
#define ED_PERMIT_ENUM(id, name) PERMIT_##id,
	ED_PERMIT_STATUSES(ED_PERMIT_ENUM)
#undef ED_PERMIT_ENUM
	PERMIT_COUNT
} ed_permit_status;

/* "lost", "not_carried", ... */
const char *permit_status_name(ed_permit_status s);
/* the status named `name`; false when none is */
bool permit_status_parse(const char *name, ed_permit_status *out);

/* The answers after parsing. Strings point into the raw answers. */
typedef struct ed_answers {
	ed_flow flow;
	ed_date date; /* day of the check (application day for the e-pass) */
	const char *slip_chinese; /* the slip's Chinese; NULL: the flow's default */
	const char *name;
	/* transit */
	ed_code nationality;
	const char *passport_number;
	ed_date passport_expiry;
	ed_code arriving_from;
	const char *entry_port;
	ed_date entry_date;
	int entry_time; /* minutes or ED_NO_TIME */
	ed_code destination;
	const char *exit_port; /* entry_port when not given */
	ed_date departure_date;
	int departure_time;
	bool seat_confirmed;
	const char *passport_type; /* "ordinary" when not given */
	const char *purpose; /* NULL when not given */
	const char *group;   /* "none" when not given */
	int group_size;      /* -1 when not given */
	int group_together;  /* 1 yes, 0 no, -1 not given */
	int days_180;        /* days in China in the last 180; -1 not given */
	const char *accommodation; /* NULL, "hotel" or "other" */
	bool visa_refusal_stamp;
	bool immigration_violation;
	/* e-pass */
	ed_code residence;
	const char *permit_number;
	ed_date permit_expiry;
	ed_permit_status permit_status;
	const char *gender;
	const char *mobile;
	int applications_this_month;
	bool verification_code;
	bool face_check;
	bool password_set;
	const char *location_now; /* where the traveller is now, or NULL */
} ed_answers;

/* Checks one value of one field. On success writes the normalized value
 * (upper-case codes, YYYY-MM-DD dates, HH:MM times, yes/no) to norm and
 * returns true; else writes why (with the accepted form) and returns false.
 * `today` resolves airline dates without a year. */
bool answers_check_value(const ed_answer_field *f, const char *value,
			 const ed_rules *rules, ed_date today,
			 char *norm, size_t norm_size, char *why, size_t why_size);

/* a date as every answer reads it: YYYY-MM-DD or the airline form, whose
 * year (when left out) counts from a month before `today` */
bool answers_date(const char *s, ed_date today, ed_date *out);

/* stores one value into a: norm as answers_check_value wrote it, raw as
 * typed (text fields point to it, so raw must outlive a) */
void answers_assign(ed_answers *a, ed_answer_key k, const char *norm, const char *raw);

/* the values of the optional keys that have a default: passport_type
 * ordinary, group none, the numbers unknown (-1) */
void answers_defaults(ed_answers *a);

/* Parses and validates all raw answers of their flow: required keys,
 * every value's form, and cross-field checks (departure not before entry).
 * `file` names the source in messages. `today` is the default check date. */
bool answers_parse(const ed_raw_answers *raw, const ed_rules *rules,
		   ed_date today, const char *file, ed_answers *out, ed_error *err);

#endif
