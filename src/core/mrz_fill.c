/* A read zone as answers keys. */
#include "core/mrz_fill.h"

#include <stdio.h>

static ed_mrz_value *put(ed_mrz_value *v, ed_answer_key k)
{
	v->key = k;
	v->value[0] = '\0';
	return v;
}

size_t mrz_fill(const ed_mrz *m, const ed_mrz_nationality *nat, ed_mrz_value *out)
{
	size_t n = 0;

	mrz_name(m, put(&out[n], AK_NAME)->value, sizeof out[n].value);
	n++;
	if (nat && nat->iso[0])
		snprintf(put(&out[n++], AK_NATIONALITY)->value, sizeof out->value, "%s", nat->iso);
	snprintf(put(&out[n++], AK_PASSPORT_NUMBER)->value, sizeof out->value, "%s", m->number);
	date_format(m->expiry, put(&out[n++], AK_PASSPORT_EXPIRY)->value, sizeof out->value);
	if (m->birth_known)
		date_format(m->birth, put(&out[n++], AK_BIRTH_DATE)->value, sizeof out->value);
	if (m->sex == 'F' || m->sex == 'M')
		snprintf(put(&out[n++], AK_GENDER)->value, sizeof out->value, "%s",
			 m->sex == 'F' ? "female" : "male");
	return n;
}
