/* Every {placeholder} the texts of rules.ini may use: one X-macro row per
 * name the slip fills (slip_values.c). A text naming any other is a load
 * error, so a typo never prints on a traveller's slip. Adding a
 * placeholder is one row here and its slip_set in slip_values.c ({page} and
 * {pages} are the PDF header's, filled by src/pdf/slip_pdf.c). */
#ifndef ED_SLIP_VARS_H
#define ED_SLIP_VARS_H

#include <stdbool.h>

#include "core/error.h"
#include "core/rules.h"

#define SLIP_VARS(X) \
	X(age_months) X(airside_airports) X(applications) X(applications_left) \
	X(area_count) X(arriving_from) X(as_of) X(available_from) X(check_day) \
	X(deadline) X(deadline_day) X(deadline_time) X(departure) X(destination) \
	X(entry_day) X(entry_port) X(exit_choices) X(exit_port) X(expiry_needed) \
	X(fallback_hours) X(hours) X(mobile_form) X(monthly_limit) X(months) \
	X(nationality) X(page) X(pages) X(passport_expiry) X(permit_expiry) X(permit_form) X(policy) \
	X(policy_source) X(port) X(port_scheme) X(purpose) X(purposes) X(residence) \
	X(scheme) X(scheme_hours) X(stay_from_day) X(uncertain_areas) X(valid_from) \
	X(valid_until_day) X(valid_until_time) X(years) \
	/* the ways in (regime.c, issue 9) */ \
	X(arriving_choices) X(cap_days) X(cap_window) X(group_given) X(group_kind) \
	X(group_size) X(group_terms) X(joined) X(limit_days) X(passport_type) \
	X(passport_types) X(regime_end) X(regime_label) X(regime_source) X(stay_days) \
	X(way) X(way_area) X(way_area_name) X(way_areas) X(way_label) X(way_outcome) \
	X(days_180) X(way_source) X(way_until) X(way_until_late) \
	/* the passport, the clock and agreements (issue 15) */ \
	X(passport_months) X(uncertain_until) X(suspended_from) \
	/* the e-pass (issue 10) */ \
	X(location_now) X(next_month)

/* a placeholder, SV_name: the slip sets its values by these, so a name
 * misspelt in the code does not compile */
typedef enum slip_var {
#define SLIP_VAR_ENUM(n) SV_##n,
	SLIP_VARS(SLIP_VAR_ENUM)
#undef SLIP_VAR_ENUM
	SV_COUNT
} slip_var;

/* the name of each, as a text of rules.ini writes it: {name} */
extern const char *const slip_var_names[SV_COUNT + 1];

#endif
