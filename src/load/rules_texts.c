/* The words of rules.ini: [reason.CODE] and [review.CODE] for every code
 * the program knows (ED_REASONS, ED_REVIEWS), and the slip's own sections
 * ([slip], [outcome], [reminders], [reminders.NAME], [legal], [ways],
 * [sheet]), any keys. The _zh twin of each text is checked by texts_zh.c.
 * Every value of the file is then kept as a text "section:key". */
#include "load/rules_loader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

const rules_section_kind rules_kind_reason = {
	"reason", true, "reason.CODE", keys_reason, load_reasons, NULL
};
const rules_section_kind rules_kind_review = {
	"review", true, "review.CODE", keys_review, load_reviews, NULL
};

/* the slip's wording: any keys, read as texts */
const rules_section_kind rules_kind_slip = { "slip", false, "slip", NULL, NULL, NULL };
const rules_section_kind rules_kind_outcome = { "outcome", false, "outcome", NULL, NULL, NULL };
const rules_section_kind rules_kind_reminders = { "reminders", false, "reminders[.NAME]",
						  NULL, NULL, NULL };
const rules_section_kind rules_kind_reminders_named = { "reminders", true, NULL, NULL, NULL, NULL };
const rules_section_kind rules_kind_legal = { "legal", false, "legal", NULL, NULL, NULL };
/* the ways in, as the verdict screen and the slip say them (slip.c, verdict_view.c) */
const rules_section_kind rules_kind_ways = { "ways", false, "ways", NULL, NULL, NULL };
/* the verdict as the screens say it (core/result.c): English only */
const rules_section_kind rules_kind_verdict = { "verdict", false, "verdict", NULL, NULL, NULL };
/* the group sheet's wording (core/sheet.c) */
const rules_section_kind rules_kind_sheet = { "sheet", false, "sheet", NULL, NULL, NULL };
