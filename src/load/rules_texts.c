/* The words of rules.ini: [reason.CODE] and [review.CODE] for every code
 * the program knows (ED_REASONS, ED_REVIEWS), and the slip's own sections
 * ([slip], [outcome], [reminders], [reminders.NAME], [legal], [ways],
 * [sheet]), any keys, and the texts each must have (rules_load checks
 * them, with the _zh twin of each by texts_zh.c).
 * Every value of the file is then kept as a text "section:key". */
#include "load/rules_loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/text.h"
#include "core/verdict.h"

static const char *const reason_codes[] = {
#define ED_R_CODE(id, code) code,
	ED_REASONS(ED_R_CODE)
#undef ED_R_CODE
};
static const char *const review_codes[] = {
#define ED_V_CODE(id, code) code,
	ED_REVIEWS(ED_V_CODE)
#undef ED_V_CODE
};

static const rules_key keys_reason[] = {
	{ "text", RK_OTHER, true, 0, 0, "the failing condition in plain words", RK_NOWHERE,
	  RK_NOWHERE },
	{ "text_zh", RK_OTHER, false, 0, 0, "the same in Simplified Chinese (texts_zh.c "
	  "requires it)", RK_NOWHERE, RK_NOWHERE },
	{ "fix", RK_OTHER, true, 0, 0, "what would satisfy the condition, in words",
	  RK_NOWHERE, RK_NOWHERE },
	{ "fix_zh", RK_OTHER, false, 0, 0, "the same in Simplified Chinese (texts_zh.c "
	  "requires it)", RK_NOWHERE, RK_NOWHERE },
	RULES_KEYS_END
};

static const rules_key keys_review[] = {
	{ "text", RK_OTHER, true, 0, 0, "the point to confirm with border inspection",
	  RK_NOWHERE, RK_NOWHERE },
	{ "text_zh", RK_OTHER, false, 0, 0, "the same in Simplified Chinese (texts_zh.c "
	  "requires it)", RK_NOWHERE, RK_NOWHERE },
	RULES_KEYS_END
};

/* Every section of the kind names a known code and has its keys; every
 * known code has its section. */
static bool load_codes(rules_loader *L, const rules_section_kind *kind, const char *what,
		       const char *const *codes, size_t n)
{
	for (size_t i = 0; i < L->f.n_secs; i++) {
		const ini_section *sec = &L->f.secs[i];
		bool known = false;
		if (L->sec_kind[i] != kind)
			continue;
		for (size_t k = 0; k < n; k++)
			known |= !strcmp(strchr(sec->name, '.') + 1, codes[k]);
		if (!known) {
			char list[512];
			size_t len = 0;
			for (size_t k = 0; k < n && len < sizeof list; k++)
				len += (size_t)snprintf(list + len, sizeof list - len, "%s%s",
							k ? " " : "", codes[k]);
			return ini_fail(&L->f, sec->name, NULL, "unknown %s code; accepted: %s",
					what, list);
		}
		if (!rules_parse_keys(L, sec, kind->keys, NULL))
			return false;
	}
	for (size_t k = 0; k < n; k++) {
		char sec[64];
		snprintf(sec, sizeof sec, "%s.%s", kind->prefix, codes[k]);
		for (const rules_key *key = kind->keys; key->key; key++)
			if (key->required && !ini_need(&L->f, sec, key->key, key->form))
				return false;
	}
	return true;
}

static bool load_reasons(rules_loader *L, const rules_section_kind *kind)
{
	return load_codes(L, kind, "reason", reason_codes,
			  sizeof reason_codes / sizeof *reason_codes);
}

static bool load_reviews(rules_loader *L, const rules_section_kind *kind)
{
	return load_codes(L, kind, "review", review_codes,
			  sizeof review_codes / sizeof *review_codes);
}


/* The texts every rules file must have: each kind's list below, once.
 * The slip (core/slip*.c), the verdict screen and the quick answer
 * (core/ways.c) and the group sheet (core/sheet.c) print them as found. */

static const char *const texts_slip[] = {
	"slip:title_transit", "slip:title_epass", "slip:label_check_date",
	"slip:label_application_date", "slip:label_rules", "slip:rules_value",
	"slip:rules_outdated", "slip:label_policy", "slip:policy_value", "slip:no_policy",
	"slip:heading_traveller", "slip:label_name", "slip:label_passport",
	"slip:label_nationality", "slip:label_arriving_from", "slip:label_entry",
	"slip:label_exit", "slip:label_destination", "slip:label_residence",
	"slip:label_permit", "slip:label_permit_expiry", "slip:not_given", "slip:port_unknown",
	"slip:heading_result", "slip:deadline", "slip:deadline_direct", "slip:label_area",
	"slip:area_cross", "slip:area_uncertain_mark", "slip:label_exit_ports",
	"slip:scheme_failed", "slip:no_scheme", "slip:heading_reasons", "slip:fix_prefix",
	"slip:heading_reviews", "slip:airside_heading", "slip:airside", "slip:airside_entry",
	"slip:label_valid", "slip:valid_value", "slip:label_usable_for",
	"slip:label_not_usable_for", "slip:label_applications_left",
	"slip:applications_left_value", "slip:heading_reminders", "slip:heading_legal",
	"slip:footer", "slip:policy_value_transit", "slip:deadline_direct_untimed", NULL
};

static const char *const texts_outcome[] = {
	"outcome:transit_eligible", "outcome:transit_direct", "outcome:transit_not_eligible",
	"outcome:transit_review", "outcome:epass_eligible", "outcome:epass_not_eligible",
	"outcome:epass_review", NULL
};

static const char *const texts_reminders[] = {
	"reminders.transit:accommodation", "reminders.transit:penalties",
	"reminders.transit:force_majeure", "reminders.transit:decides", "reminders.direct:port",
	"reminders.direct:decides", "reminders.epass:checked_by", "reminders.epass:password",
	"reminders.epass:permit_lost",
	"reminders.epass:permit_damaged", "reminders.epass:permit_not_carried",
	"reminders.epass:permit_expired", "reminders.arrival_card:text", NULL
};

static const char *const texts_legal[] = {
	"legal:transit", "legal:direct", "legal:refusal", "legal:epass", "legal:not_foreign",
	NULL
};

static const char *const texts_ways[] = {
	"ways:lead_eligible", "ways:lead_review", "ways:lead_direct", "ways:lead_visa",
	"ways:screen_eligible", "ways:screen_review", "ways:screen_visa", "ways:also_heading",
	"ways:also_item", "ways:outcome_eligible", "ways:outcome_review", "ways:area_mainland",
	"ways:area_only", "ways:area_transit_cross", "ways:close_heading", "ways:close_way",
	"ways:deadline", "ways:counting", "ways:group_terms", "ways:group_terms_open",
	"ways:group_none", "ways:penalties", "ways:legal_entry", "ways:close_way_title",
	"ways:way_area_value", "ways:lead_renew", "ways:lead_type", "ways:screen_renew",
	"ways:counting_entry_day", "ways:counting_next_day", "ways:lead_direct_untimed",
	"ways:lead_direct_review", "ways:policy_passport", "ways:policy_passport_source",
	"ways:quick_title", "ways:quick_rules", "ways:quick_heading_yes", "ways:quick_none",
	"ways:quick_item", "ways:quick_eligible", "ways:quick_review", "ways:quick_stay_days",
	"ways:quick_stay_hours", "ways:quick_stay_direct", "ways:quick_count_unsettled",
	"ways:quick_count_entry_day", "ways:quick_count_next_day", "ways:quick_area",
	"ways:quick_area_transit", "ways:quick_ports_any", "ways:quick_ports_list",
	"ways:quick_ports_transit", "ways:quick_ports_direct", "ways:quick_cond_purposes",
	"ways:quick_cond_group", "ways:quick_cond_arriving", "ways:quick_cond_passport",
	"ways:quick_cond_transit", "ways:quick_cond_direct", "ways:quick_confirm",
	"ways:quick_ends", "ways:quick_ends_none", "ways:quick_cond_group_open",
	"ways:quick_heading_no", "ways:quick_not_item", "ways:quick_not_nationality",
	"ways:quick_not_in_force", "ways:quick_footer", "ways:quick_v_regime_ended",
	"ways:quick_v_start_uncertain", "ways:quick_v_start_secondary",
	"ways:quick_v_agreement_suspended", "ways:quick_v_mutual_terms",
	"ways:quick_v_stay_cap_unknown", "ways:quick_v_policy_suspended",
	"ways:quick_v_area_uncertain", "ways:lead_not_foreign", "ways:screen_not_foreign",
	"ways:policy_not_foreign", "ways:policy_not_foreign_source",
	"ways:quick_title_not_foreign", "ways:quick_not_foreign",
	"ways:quick_not_foreign_source", NULL
};

static const char *const texts_sheet[] = {
	"sheet:title", "sheet:label_check_date", "sheet:label_rules", "sheet:label_travellers",
	"sheet:label_not_checked", "sheet:label_trip", "sheet:col_line", "sheet:col_name",
	"sheet:col_passport", "sheet:col_way_in", "sheet:col_deadline", "sheet:col_attention",
	"sheet:way_in_none", "sheet:way_in_renew", "sheet:attention_renew",
	"sheet:attention_not_eligible", "sheet:attention_review", "sheet:attention_not_checked",
	"sheet:heading_notes", "sheet:footer", "sheet:line_scanned", "sheet:way_in_permit",
	"sheet:attention_not_foreign", NULL
};

/* the verdict as the screens say it (core/result.c); one short phrase per
 * reason and review code as well (check_verdict) */
static const char *const texts_verdict[] = {
	"verdict:epass_eligible", "verdict:epass_review", "verdict:epass_not_eligible",
	"verdict:early_transit", "verdict:early_epass", "verdict:deadline",
	"verdict:valid_until", "verdict:other_way", "verdict:fails_one", "verdict:fails",
	"verdict:to_confirm", "verdict:rules_as_of", "verdict:preview_way",
	"verdict:preview_way_review", "verdict:preview_direct", "verdict:preview_visa",
	"verdict:preview_renew", "verdict:preview_port", "verdict:preview_none",
	"verdict:preview_unlisted", "verdict:preview_no_rules", "verdict:preview_other_port",
	"verdict:preview_area_cross", "verdict:preview_not_foreign", NULL
};

#define WORDS "one line of words ({placeholders} allowed, see doc/rules-format.md)"

/* the group sheet: a few words for each code in the Attention column, and
 * each regime's name in the way-in column, at most SHEET_WAY_COLUMNS wide
 * (core/sheet.c W_WAY) */
#define SHEET_WAY_COLUMNS 12

/* [SECTION] reason_CODE and review_CODE, for every reason and review
 * code: the words `expected` names */
static bool each_code_has_words(rules_loader *L, const char *section, const char *expected)
{
	char key[96];
	size_t skip = strlen(section) + 1;

	for (size_t i = 0; i < R_COUNT + V_COUNT; i++) {
		bool reason = i < R_COUNT;
		snprintf(key, sizeof key, "%s:%s_%s", section, reason ? "reason" : "review",
			 reason ? reason_codes[i] : review_codes[i - R_COUNT]);
		if (text_blank(rules_text(L->r, key)))
			return ini_fail(&L->f, section, key + skip, "missing text; expected %s",
					expected);
	}
	return true;
}

static bool check_sheet(rules_loader *L)
{
	const ed_rules *r = L->r;
	char key[96];

	if (!each_code_has_words(L, "sheet", "a few words for the Attention column"))
		return false;
	for (size_t i = 0; i < r->n_regimes; i++) {
		const char *v;
		snprintf(key, sizeof key, "sheet:way_%s", r->regimes[i].id);
		v = rules_text(r, key);
		if (text_blank(v) || text_columns(v) > SHEET_WAY_COLUMNS)
			return ini_fail(&L->f, "sheet", key + 6, "missing or too long; expected "
					"the way in's name in at most %d columns",
					SHEET_WAY_COLUMNS);
	}
	return true;
}

/* [verdict]: a short phrase for each reason and review code, the words
 * a failing condition or a point to confirm is named by on the screen */
static bool check_verdict(rules_loader *L)
{
	return each_code_has_words(L, "verdict", "a short phrase");
}

static const rules_words words_codes = { NULL, NULL, true, true };
static const rules_words words_slip = { texts_slip, WORDS, true, true };
static const rules_words words_outcome = { texts_outcome, WORDS, true, true };
static const rules_words words_reminders = { texts_reminders, WORDS, true, true };
static const rules_words words_legal = { texts_legal, WORDS, true, true };
/* the quick answer's texts (quick_*) have placeholders of their own
 * (core/ways.c) */
static const rules_words words_ways = { texts_ways, WORDS, true, false };
/* the group sheet's: English only */
static const rules_words words_sheet = { texts_sheet, "one line of words", false, false };
/* the verdict screen's: English only, placeholders of their own
 * (core/result.c) */
static const rules_words words_verdict = { texts_verdict, WORDS, false, false };

/* the slip's wording: any keys, read as texts */
const rules_section_kind rules_kind_slip = {
	"slip", false, "slip", NULL, NULL, NULL, &words_slip
};
const rules_section_kind rules_kind_outcome = {
	"outcome", false, "outcome", NULL, NULL, NULL, &words_outcome
};
const rules_section_kind rules_kind_reminders = {
	"reminders", false, "reminders[.NAME]", NULL, NULL, NULL, NULL
};
const rules_section_kind rules_kind_reminders_named = {
	"reminders", true, NULL, NULL, NULL, NULL, &words_reminders
};
const rules_section_kind rules_kind_legal = {
	"legal", false, "legal", NULL, NULL, NULL, &words_legal
};
/* the ways in, as the verdict screen, the slip and the quick answer say them */
const rules_section_kind rules_kind_ways = {
	"ways", false, "ways", NULL, NULL, NULL, &words_ways
};
/* the verdict as the screens say it (core/result.c): English only */
const rules_section_kind rules_kind_verdict = {
	"verdict", false, "verdict", NULL, NULL, check_verdict, &words_verdict
};
/* the group sheet's wording (core/sheet.c) */
const rules_section_kind rules_kind_sheet = {
	"sheet", false, "sheet", NULL, NULL, check_sheet, &words_sheet
};
/* [reason.CODE] and [review.CODE]: their keys are required by their tables */
const rules_section_kind rules_kind_reason = {
	"reason", true, "reason.CODE", keys_reason, load_reasons, NULL, &words_codes
};
const rules_section_kind rules_kind_review = {
	"review", true, "review.CODE", keys_review, load_reviews, NULL, &words_codes
};
