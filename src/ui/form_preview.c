/* What the form shows below the fields: the way in so far (the check
 * result's preview) and the conditions the answers already fail. */
#include "ui/form_preview.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/early.h"
#include "core/result.h"
#include "core/text.h"
#include "core/verdict.h"

/* the way in so far as soon as entry port and date are known: the
 * traveller's own once the nationality is in, else the port's scheme;
 * worded by the check result (core/result.h), as the verdict is */
void form_preview_text(const wiz *w, char *out, size_t size)
{
	const char *port = raw_get(&w->s.raw, AK_ENTRY_PORT);
	ed_result res;

	out[0] = '\0';
	/* while the port is still being typed ("shan"), say nothing yet */
	if (port && *port && !rules_port(&w->rules, port) &&
	    wiz_focus(w) && wiz_focus(w)->af->id == AK_ENTRY_PORT)
		return;
	if (result_preview(&res, &w->s.raw, &w->rules, w->s.today) && res.headline.text)
		snprintf(out, size, "%s", res.headline.text);
	result_free(&res);
}

/* The form the rules accept for a number typed by hand (the mobile or
 * the permit number), on the application day; NULL for other reasons.
 * A typo and a real refusal read the same otherwise. */
static const char *typed_number_form(const wiz *w, ed_reason r)
{
	const char *day_text = raw_get(&w->s.raw, AK_CHECK_DATE);
	const char *residence = raw_get(&w->s.raw, AK_RESIDENCE);
	const ed_epass_version *v;
	ed_date day = w->s.today;

	if (r != R_MOBILE_NUMBER && r != R_PERMIT_NUMBER)
		return NULL;
	if (day_text && *day_text)
		answers_date(day_text, w->s.today, &day);
	v = rules_epass_at(&w->rules, day);
	if (!v)
		return NULL;
	if (r == R_MOBILE_NUMBER)
		return v->mobile_form;
	for (size_t i = 0; residence && i < v->n_residences; i++)
		if (!strcasecmp(v->residences[i].code, residence))
			return v->residences[i].permit_form;
	return NULL;
}

/* the conditions the answers so far already fail, in the rules' words */
void form_ruled_out_text(const wiz *w, char *out, size_t size)
{
	/* a group's trip: each traveller is judged on the list, none before
	 * (a Hong Kong or Macao tour group may go back there) */
	unsigned bits = w->group ? 0 : verdict_rule_out(w->fl->flow, &w->s.raw, &w->rules,
							  w->s.today);
	char reasons[1024] = "";
	size_t n = 0;

	out[0] = '\0';
	if (!bits)
		return;
	for (int r = 0; r < R_COUNT; r++) {
		char words[300], typo[512] = "";
		const char *form = typed_number_form(w, (ed_reason)r);
		if (!((bits >> r) & 1u))
			continue;
		result_reason_words(&w->rules, 1u << r, words, sizeof words);
		if (form) {
			const char *pairs[] = { "form", form, NULL };
			text_fill_pairs(typo, sizeof typo, wiz_text(w, "form:typo_hint"), pairs);
		}
		n += (size_t)snprintf(reasons + n, sizeof reasons - n, "%s%s%s",
				      n ? "; " : "", words, typo);
		if (n >= sizeof reasons)
			break;
	}
	{
		const char *pairs[] = { "reasons", reasons, NULL };
		text_fill_pairs(out, size, wiz_text(w, "form:ruled_out"), pairs);
	}
}
