/* The rules in memory: countries, ports, permitted areas, schemes and the
 * dated versions of each policy, as loaded from rules.ini (see
 * src/load/rules_load.h and doc/rules-format.md). Lookups here are pure. */
#ifndef ED_RULES_H
#define ED_RULES_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

typedef char ed_code[4]; /* ISO 3166-1 alpha-3, upper case, NUL-terminated */

typedef struct ed_country {
	ed_code code;
	char *name; /* English name from iso-codes */
	char *name_zh; /* Chinese, from iso-codes' translations (NULL: none) */
} ed_country;

typedef struct ed_area {
	char *id;      /* section name without "area." */
	char *name;    /* English name */
	char *name_zh; /* Chinese name (may be "") */
	char *province;
	bool uncertain; /* limits not confirmed by the sources */
} ed_area;

typedef struct ed_port {
	char *id;   /* section name without "port.", lower case */
	char *name; /* "Shanghai", "Beijing West railway station" */
	char *name_zh;
	char *province;
	char **aliases; /* upper-case airport codes and other names */
	size_t n_aliases;
	/* parallel to aliases: the airport's own name ("Pudong"), or NULL */
	char **airport_names;
} ed_port;

/* One entry port of a scheme and the area a traveller entering there may
 * stay in. */
typedef struct ed_scheme_entry {
	const ed_port *port;
	const ed_area *area;
	/* an entry port whose use for exit the sources do not confirm */
	bool exit_unconfirmed;
	/* a designated exit port of the area, not an entry port */
	bool exit_only;
} ed_scheme_entry;

typedef struct ed_scheme {
	char *section;  /* "scheme.144h_2023" */
	char *id;       /* "144h", "72h", "240h" */
	int hours;      /* a multiple of 24 */
	bool cross_area; /* travel and exit across all the scheme's areas */
	ed_scheme_entry *entries;
	size_t n_entries;
} ed_scheme;

/* What every dated policy version carries. */
typedef struct ed_version {
	char *section;
	char *label;  /* human name of the version */
	char *source; /* where it comes from */
	ed_date as_of;
	ed_date from;
	ed_date until; /* valid when has_until */
	bool has_until;
} ed_version;

typedef struct ed_transit_version {
	ed_version v;
	ed_code *nationalities;
	size_t n_nationalities;
	const ed_scheme **schemes;
	size_t n_schemes;
	/* scheme assumed for a port missing from an incomplete list (or NULL) */
	const ed_scheme *unlisted_scheme;
	bool entry_list_complete;
	bool exit_list_complete;
	int passport_months;
	int violation_years;
	int registration_hours;
	int fallback_hours; /* direct transit in the port (Law Art. 22(3)) */
	char **purposes_allowed; /* NULL when there is no purpose condition */
	size_t n_purposes_allowed;
	/* nationalities whose joining date only secondary sources give */
	ed_code *secondary;
	size_t n_secondary;
	/* the policy was suspended on these dates: confirm (review) */
	bool suspended;
} ed_transit_version;

/* 24-hour airside transfer without border check */
typedef struct ed_airside_version {
	ed_version v;
	char **airports; /* upper-case airport codes */
	size_t n_airports;
} ed_airside_version;

typedef struct ed_epass_residence {
	ed_code code;    /* HKG MAC TWN */
	char *pattern;   /* the POSIX ERE as written, for messages */
	regex_t regex;   /* compiled, anchored by the pattern itself */
	char *permit_form; /* "H + 8 digits, or HA + 7 digits" */
} ed_epass_residence;

typedef struct ed_epass_version {
	ed_version v;
	int valid_days;    /* counting the issue day */
	int monthly_limit; /* applications per calendar month */
	ed_epass_residence *residences;
	size_t n_residences;
	char *mobile_pattern;
	regex_t mobile_regex;
	char *mobile_form;
	char **status_ok; /* permit statuses that qualify */
	size_t n_status_ok;
	char *usable_for; /* scope text */
	char *not_usable_for;
} ed_epass_version;

/* An airport of the world (rules.ini [airports]), by its IATA code: what
 * says that LAX is Los Angeles, not a port of mainland China. */
typedef struct ed_airport {
	char code[4];   /* IATA, upper case */
	ed_code country; /* ISO 3166-1 alpha-3 */
	char *city;
} ed_airport;

/* A text of rules.ini, as "section:key" (lower case) and its value. */
typedef struct ed_text {
	char *key;
	char *value;
} ed_text;

typedef struct ed_rules {
	char *path;
	ed_date as_of; /* [rules] as_of */
	char *source;
	int utc_offset_minutes;
	int age_warning_months;
	/* the online arrival card: reminded from this day (when has_) */
	ed_date arrival_card_from;
	bool has_arrival_card;
	ed_country *countries; /* every ISO code, sorted by code */
	size_t n_countries;
	/* [rules] not_foreign: nationalities that are no foreign passport (a
	 * Chinese citizen, the Hong Kong, Macao and Taiwan codes too): outside
	 * every visa-free regime and never "a visa is needed" */
	ed_code *not_foreign;
	size_t n_not_foreign;
	ed_area *areas;
	size_t n_areas;
	ed_port *ports;
	size_t n_ports;
	ed_scheme *schemes;
	size_t n_schemes;
	ed_transit_version *transit; /* sorted by effective_from */
	size_t n_transit;
	ed_airside_version *airside;
	size_t n_airside;
	ed_epass_version *epass;
	size_t n_epass;
	ed_text *texts; /* sorted by key */
	size_t n_texts;
	struct ed_regime *regimes; /* [regime.ID], sorted by rank */
	size_t n_regimes;
	ed_airport *airports; /* [airports], sorted by code; may be none */
	size_t n_airports;
} ed_rules;

/* the country with this alpha-3 code (any case), or NULL */
const ed_country *rules_country(const ed_rules *r, const char *code);
/* true when `code` (any case) is in [rules] not_foreign */
bool rules_not_foreign(const ed_rules *r, const char *code);
/* the port whose id or alias is `name` (any case), or NULL */
const ed_port *rules_port(const ed_rules *r, const char *name);
/* the airport code the agent meant by `typed` at port p: an alias, or
 * the code whose airport name `typed` is (any case); NULL when neither */
const char *port_airport_code(const ed_port *p, const char *typed);
/* the airport of the world with this IATA code (any case), or NULL */
const ed_airport *rules_airport(const ed_rules *r, const char *code);
/* the regime with this id, or NULL */
const struct ed_regime *rules_regime(const ed_rules *r, const char *id);
/* the area with this id, or NULL */
const ed_area *rules_area(const ed_rules *r, const char *id);
/* the version in force on `day`, or NULL */
const ed_transit_version *rules_transit_at(const ed_rules *r, ed_date day);
const ed_airside_version *rules_airside_at(const ed_rules *r, ed_date day);
const ed_epass_version *rules_epass_at(const ed_rules *r, ed_date day);
/* the first e-pass version that starts after `day`, or NULL */
const ed_epass_version *rules_epass_next(const ed_rules *r, ed_date day);
/* the newest as_of of all versions and [rules] as_of */
ed_date rules_newest_as_of(const ed_rules *r);
/* the text "section:key", or NULL */
const char *rules_text(const ed_rules *r, const char *key);
/* the entry of `port` in `s`, or NULL */
const ed_scheme_entry *scheme_entry(const ed_scheme *s, const ed_port *port);
/* the entry of `port` in any scheme of `v`, or NULL */
const ed_scheme_entry *transit_version_entry(const ed_transit_version *v,
					     const ed_port *port,
					     const ed_scheme **scheme);
bool transit_version_has_nationality(const ed_transit_version *v, const char *code);
/* true when the rules are older than their age limit on `today` */
bool rules_outdated(const ed_rules *r, ed_date today);
/* frees everything rules_load allocated, its regimes too; r may be NULL */
void rules_free(ed_rules *r);

#endif
