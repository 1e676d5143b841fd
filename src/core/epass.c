/* The e-pass verdict (policy.md section 3): every failing condition, and
 * the validity of the pass, which never outlasts the permit. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/epass.h"

/* copies s without the characters in `drop`, upper-cased */
static void squeeze(const char *s, const char *drop, char *out, size_t size)
{
	size_t n = 0;
	for (; s && *s && n + 1 < size; s++)
		if (!strchr(drop, *s))
			out[n++] = (char)toupper((unsigned char)*s);
	out[n] = '\0';
}

static const ed_epass_residence *find_residence(const ed_epass_version *v, const char *code)
{
	for (size_t i = 0; i < v->n_residences; i++)
		if (!strcasecmp(v->residences[i].code, code))
			return &v->residences[i];
	return NULL;
}

static bool status_ok(const ed_epass_version *v, ed_permit_status s)
{
	for (size_t i = 0; i < v->n_status_ok; i++)
		if (!strcasecmp(v->status_ok[i], permit_status_name(s)))
			return true;
	return false;
}

void epass_evaluate(const ed_answers *a, const ed_rules *r, ed_verdict *out)
{
	const ed_epass_version *v;
	const ed_epass_residence *res;
	unsigned reasons = 0;
	char buf[64];
	ed_date last;

	memset(out, 0, sizeof *out);
	out->flow = FLOW_EPASS;
	out->outcome = OUTCOME_NOT_ELIGIBLE;
	snprintf(out->scheme_id, sizeof out->scheme_id, "none");
	v = rules_epass_at(r, a->date);
	if (!v) {
		/* judge the rest by the first version to come, so that the agent
		 * sees everything else that would still fail */
		reasons |= 1u << R_NOT_YET_AVAILABLE;
		v = rules_epass_next(r, a->date);
	}
	out->epass = v;
	if (!v) {
		out->reasons = reasons;
		return;
	}

	res = find_residence(v, a->residence);
	if (!res)
		reasons |= 1u << R_RESIDENCE;
	if (!status_ok(v, a->permit_status))
		reasons |= 1u << (a->permit_status == PERMIT_WITH_TRAVELLER ? R_PERMIT_WITH_TRAVELLER
									     : R_PERMIT_EXPIRED);
	/* the pass cannot outlast the permit: an expired permit fails whatever
	 * its stated status */
	if (date_cmp(a->permit_expiry, a->date) < 0)
		reasons |= 1u << R_PERMIT_EXPIRED;
	if (a->applications_this_month >= v->monthly_limit)
		reasons |= 1u << R_MONTHLY_LIMIT;
	squeeze(a->mobile, " -()", buf, sizeof buf);
	if (regexec(&v->mobile_regex, buf, 0, NULL, 0) != 0)
		reasons |= 1u << R_MOBILE_NUMBER;
	squeeze(a->permit_number, " -", buf, sizeof buf);
	if (res && regexec(&res->regex, buf, 0, NULL, 0) != 0)
		reasons |= 1u << R_PERMIT_NUMBER;
	if (!a->verification_code || !a->face_check)
		reasons |= 1u << R_VERIFICATION;
	/* step 5 of the official six: the pass is not issued without the
	 * password (an answers file without the key: step 6, done only after
	 * step 5, speaks for it) */
	if (!a->password_set)
		reasons |= 1u << R_PASSWORD_NOT_SET;
	/* the pass serves flights and trains inside the Mainland and is no
	 * document for border inspection: it cannot bring anyone in */
	if (a->location_now && strcasecmp(a->location_now, "mainland") != 0)
		reasons |= 1u << R_NOT_IN_MAINLAND;
	if (!a->purpose || strcasecmp(a->purpose, "domestic_travel") != 0)
		reasons |= 1u << R_BORDER_CROSSING;

	out->reasons = reasons;
	out->valid_from = a->date;
	last = date_add_days(a->date, v->valid_days - 1);
	if (date_cmp(a->permit_expiry, last) < 0)
		last = a->permit_expiry;
	out->valid_until = (ed_moment){last, 1440};
	out->outcome = reasons ? OUTCOME_NOT_ELIGIBLE : OUTCOME_ELIGIBLE;
	out->applications_left = v->monthly_limit - a->applications_this_month -
				 (out->outcome == OUTCOME_ELIGIBLE ? 1 : 0);
	if (out->applications_left < 0)
		out->applications_left = 0;
	if (out->outcome == OUTCOME_ELIGIBLE)
		snprintf(out->scheme_id, sizeof out->scheme_id, "epass");
}
