/* The visa-free regimes beside the transit schemes (regimes-2026.md):
 * unilateral and mutual visa-free entry, Hainan, the group regimes, and
 * the transit schemes seen as regimes. Each is dated data of rules.ini
 * ([regime.ID] and its [regime_version.NAME] sections); this header holds
 * their form in memory and two lookups; rules.h owns and frees them, and
 * regime_eval.h judges them. No I/O, no allocation. */
#ifndef ED_REGIME_H
#define ED_REGIME_H

#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

struct ed_port;
struct ed_area;

typedef enum ed_regime_kind {
	REGIME_ENTRY,   /* visa-free entry of its own: unilateral, mutual, hainan */
	REGIME_TRANSIT, /* a transit scheme of [transit.*]: 240h 144h 72h 24h */
	REGIME_GROUP,   /* needs a tour group */
	/* agreements for diplomatic, service and other non-ordinary
	 * passports: never a plain yes, a point to confirm */
	REGIME_PASSPORT_TYPE
} ed_regime_kind;

/* How a stay in days counts (regimes-2026.md 8, item 7): the entry day as
 * day 1, from 00:00 on the day after entry, or not settled by the sources
 * (the earlier deadline, and a point to confirm on the day they differ). */
typedef enum ed_stay_count {
	COUNT_UNSETTLED, COUNT_ENTRY_DAY, COUNT_NEXT_DAY
} ed_stay_count;

/* One nationality of a regime version, with the day it joined and, when
 * known, the last day it is covered. */
typedef struct ed_regime_country {
	char code[4];
	ed_date from;
	bool has_from;
	ed_date until;
	bool has_until;
	bool end_unconfirmed; /* until is an announced end; no renewal found */
	bool secondary;       /* its start date only secondary sources give */
	bool terms_uncertain; /* its agreement's terms are not confirmed */
	bool capped;          /* the cap_days-in-cap_window limit applies */
	bool count_entry_day; /* its agreement counts the entry day as day 1 */
	/* its start is known only roughly: confirm up to this day */
	ed_date uncertain_until;
	bool has_uncertain_until;
	/* the partner suspended its side of the agreement from this day:
	 * whether China still exempts its citizens is to confirm */
	ed_date suspended_from;
	bool has_suspended_from;
} ed_regime_country;

typedef struct ed_regime ed_regime;

typedef struct ed_regime_version {
	char *section;
	char *label;
	char *label_zh; /* its name in Simplified Chinese, for the slip */
	char *source;
	ed_date as_of;
	ed_date from;
	ed_date until;
	bool has_until;
	const ed_regime *regime;
	ed_regime_country *countries; /* sorted by code */
	size_t n_countries;
	bool any_nationality; /* every foreigner (not CHN) */
	int stay_days;        /* counted by calendar day (0: by hours) */
	int stay_hours;       /* counted as transit: from 00:00 after entry */
	ed_stay_count stay_count; /* how stay_days count */
	/* months of passport validity at entry below which the stay is a
	 * point to confirm (0: no such point) */
	int passport_months;
	const struct ed_port **entry_ports; /* empty: any port open to foreigners */
	size_t n_entry_ports;
	char **entry_provinces; /* or: any port in these provinces */
	size_t n_entry_provinces;
	const struct ed_area **areas; /* empty: the whole mainland */
	size_t n_areas;
	char **purposes; /* [trip] purpose values allowed */
	size_t n_purposes;
	char **passport_types;
	size_t n_passport_types;
	char *group; /* the [trip] group it needs, or NULL */
	int group_min, group_max; /* 0: no limit */
	bool group_max_uncertain; /* over group_max: confirm, not refuse */
	bool together; /* the group enters and leaves together */
	char (*arriving_from)[4]; /* the places it must enter from (or none) */
	size_t n_arriving_from;
	int cap_days, cap_window; /* e.g. 90 in 180 (0: no cap) */
} ed_regime_version;

struct ed_regime {
	char *id;     /* unilateral, mutual, hainan, 240h, ... */
	char *label;  /* "30-day visa-free entry (unilateral policy)" */
	char *label_zh; /* "30天免签入境（单方面免签政策）" */
	char *source; /* the regime's own announcement */
	int rank;     /* lower is recommended first */
	ed_regime_kind kind;
	/* no online arrival card for this way in (regimes-2026.md 8, 10) */
	bool arrival_card_exempt;
	ed_regime_version *versions; /* sorted by effective_from */
	size_t n_versions;
};

/* the version of `g` in force on `day`: the one whose dates hold it, or NULL */
const ed_regime_version *regime_version_at(const ed_regime *g, ed_date day);
/* the country entry of `code` in v, or NULL */
const ed_regime_country *regime_country(const ed_regime_version *v, const char *code);

#endif
