/* The verdict of a check, as its evaluators (transit.h, epass.h,
 * regime_eval.h; evaluate.h picks one) fill it in: the outcome, its reason
 * and review codes, every way in judged. Questions asked of a finished
 * verdict are in verdict_query.h. Pure C: no curses, no I/O, no
 * allocation. */
#ifndef ED_VERDICT_H
#define ED_VERDICT_H

#include <stdbool.h>

#include "core/answers.h"
#include "core/regime.h"
#include "core/rules.h"

/* X(ID, code): the stable, machine-readable reason codes */
#define ED_REASONS(X) \
	X(NATIONALITY, "nationality") \
	X(PASSPORT_VALIDITY, "passport_validity") \
	X(SEAT_NOT_CONFIRMED, "seat_not_confirmed") \
	X(NOT_THIRD_COUNTRY, "not_third_country") \
	X(ENTRY_PORT, "entry_port") \
	X(EXIT_PORT, "exit_port") \
	X(DEPARTURE_AFTER_DEADLINE, "departure_after_deadline") \
	X(VISA_REFUSAL, "visa_refusal") \
	X(IMMIGRATION_VIOLATION, "immigration_violation") \
	X(PURPOSE, "purpose") \
	X(NOT_YET_AVAILABLE, "not_yet_available") \
	X(RESIDENCE, "residence") \
	X(PERMIT_WITH_TRAVELLER, "permit_with_traveller") \
	X(PERMIT_EXPIRED, "permit_expired") \
	X(MONTHLY_LIMIT, "monthly_limit") \
	X(MOBILE_NUMBER, "mobile_number") \
	X(PERMIT_NUMBER, "permit_number") \
	X(VERIFICATION, "verification") \
	X(BORDER_CROSSING, "border_crossing") \
	X(PASSWORD_NOT_SET, "password_not_set") \
	X(NOT_IN_MAINLAND, "not_in_mainland") \
	X(PASSPORT_TYPE, "passport_type") \
	X(STAY_LIMIT, "stay_limit") \
	X(STAY_CAP, "stay_cap") \
	X(GROUP, "group") \
	X(ARRIVING_FROM, "arriving_from") \
	X(PASSPORT_EXPIRED, "passport_expired") \
	X(NOT_FOREIGN_PASSPORT, "not_foreign_passport")

typedef enum ed_reason {
#define ED_R_ENUM(id, code) R_##id,
	ED_REASONS(ED_R_ENUM)
#undef ED_R_ENUM
	R_COUNT
} ed_reason;

/* X(ID, code): points a verdict asks border inspection to confirm */
#define ED_REVIEWS(X) \
	X(ENTRY_PORT_UNLISTED, "entry_port_unlisted") \
	X(EXIT_PORT_UNLISTED, "exit_port_unlisted") \
	X(AREA_UNCERTAIN, "area_uncertain") \
	X(POLICY_SUSPENDED, "policy_suspended") \
	X(REGIME_ENDED, "regime_ended") \
	X(STAY_COUNTING, "stay_counting") \
	X(START_SECONDARY, "start_secondary") \
	X(MUTUAL_TERMS, "mutual_terms") \
	X(STAY_CAP_UNKNOWN, "stay_cap_unknown") \
	X(GROUP_UNCONFIRMED, "group_unconfirmed") \
	X(TIMES_DECIDE, "times_decide") \
	X(PASSPORT_MONTHS, "passport_months") \
	X(TYPE_AGREEMENT, "type_agreement") \
	X(TYPE_UNCONFIRMED, "type_unconfirmed") \
	X(START_UNCERTAIN, "start_uncertain") \
	X(AGREEMENT_SUSPENDED, "agreement_suspended")

typedef enum ed_review {
#define ED_V_ENUM(id, code) V_##id,
	ED_REVIEWS(ED_V_ENUM)
#undef ED_V_ENUM
	V_COUNT
} ed_review;

typedef enum ed_outcome { OUTCOME_ELIGIBLE, OUTCOME_NOT_ELIGIBLE, OUTCOME_REVIEW } ed_outcome;

#define ED_MAX_WAYS 16

/* One regime judged for this traveller and trip. */
typedef struct ed_way {
	const ed_regime *regime;
	const ed_regime_version *version; /* NULL for a transit regime */
	ed_outcome outcome;
	unsigned reasons; /* bit (1u << R_x) per failing condition */
	unsigned reviews; /* bit (1u << V_x) per point to confirm */
	bool close;       /* came close: the slip says what failed */
	ed_moment stay_from;
	ed_moment until;  /* leave before this (the earlier reading) */
	ed_moment until_late; /* the later reading of a day count */
	bool has_until;
	int stay_days;    /* the stay asked for, the entry day counted */
} ed_way;

typedef struct ed_verdict {
	ed_flow flow;
	ed_outcome outcome;
	char scheme_id[8]; /* granted: "144h", "24h"...; "none" */
	unsigned reasons; /* bit (1u << R_x) per failing condition */
	unsigned reviews; /* bit (1u << V_x) per point to confirm */

	/* transit */
	const ed_transit_version *version; /* in force on the entry date */
	const ed_scheme *port_scheme; /* the entry port's scheme, or NULL */
	const ed_scheme_entry *entry; /* the entry port in port_scheme, or NULL */
	const ed_port *entry_port;    /* NULL when rules.ini does not know it */
	const ed_port *exit_port;
	/* the passport expires before the entry or the planned departure:
	 * no way in at all, not even a visa (regimes-2026.md 8, item 9) */
	bool passport_expired;
	/* no foreign passport (rules.ini [rules] not_foreign, regimes-2026.md
	 * 6): a Chinese citizen, or a Hong Kong, Macao or Taiwan resident.
	 * No visa-free regime is theirs and no visa either: they enter on
	 * their permit (reason not_foreign_passport) */
	bool not_foreign;
	bool direct_transit;  /* granted: the 24-hour direct transit */
	bool direct_possible; /* the 24-hour conditions hold */
	/* of the granted scheme; when none is granted, of the port's scheme
	 * (has_deadline false when the port has none) */
	ed_moment stay_from;
	ed_moment deadline;
	bool has_deadline;
	const ed_airside_version *airside; /* in force on the entry date */
	bool entry_airside; /* the entry airport allows airside transfer */

	/* every regime judged (transit: all of rules.ini's regimes) */
	ed_way ways[ED_MAX_WAYS];
	size_t n_ways;
	/* the ways that let the traveller in, best first: indexes of ways */
	size_t ways_in[ED_MAX_WAYS];
	size_t n_ways_in;

	/* e-pass */
	const ed_epass_version *epass;
	ed_date valid_from;
	ed_moment valid_until;
	int applications_left; /* -1: not known (an early refusal before the count was asked) */
} ed_verdict;

const char *reason_code(ed_reason r);
const char *review_code(ed_review v);
const char *outcome_name(ed_outcome o); /* eligible | not_eligible | review */
/* "144h", "24h" or "none": the scheme granted */
const char *verdict_scheme_id(const ed_verdict *v);
static inline bool verdict_has(const ed_verdict *v, ed_reason r)
{
	return (v->reasons >> r) & 1u;
}
static inline bool verdict_has_review(const ed_verdict *v, ed_review r)
{
	return (v->reviews >> r) & 1u;
}

#endif
