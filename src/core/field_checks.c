/* Checks across fields, at the field (field_checks.h). */
#include "core/field_checks.h"

#include "core/early.h"

static const char *const codes[FC_COUNT] = {
	"departure_before_entry",
	"departure_time_before_entry",
	"passport_expires_before_departure",
	"entry_before_check_date",
	"times_decide",
	"passport_expired",
};

const char *field_check_code(ed_field_check c)
{
	return c >= 0 && c < FC_COUNT ? codes[c] : "";
}

/* keeps the note when the agent is at one of its two fields (or `want` is
 * AK_COUNT), said at that field */
static void add(ed_field_note *out, size_t max, size_t *n, ed_answer_key want,
		ed_answer_key other, ed_field_note note)
{
	if (want != AK_COUNT && want != note.at && want != other)
		return;
	if (want == other)
		note.at = other;
	if (*n < max)
		out[*n] = note;
	(*n)++;
}

size_t field_checks(ed_flow flow, const ed_raw_answers *raw, const ed_rules *r, ed_date today,
		    ed_answer_key at, ed_field_note *out, size_t max)
{
	ed_partial p;
	const ed_answers *a = &p.a;
	const bool *k;
	size_t n = 0;

	if (flow != FLOW_TRANSIT)
		return 0;
	partial_build(flow, raw, r, today, &p);
	k = p.known;
	if (k[AK_CHECK_DATE])
		today = a->date;
	if (k[AK_ENTRY_DATE] && k[AK_DEPARTURE_DATE]) {
		int c = date_cmp(a->departure_date, a->entry_date);
		if (c < 0)
			add(out, max, &n, at, AK_ENTRY_DATE, (ed_field_note){ FC_DEPARTURE_BEFORE_ENTRY,
				AK_DEPARTURE_DATE, true, a->departure_date, a->entry_date });
		else if (c == 0 && k[AK_ENTRY_TIME] && k[AK_DEPARTURE_TIME] &&
			 a->departure_time < a->entry_time)
			add(out, max, &n, at, AK_ENTRY_TIME, (ed_field_note){ FC_DEPARTURE_TIME_BEFORE_ENTRY,
				AK_DEPARTURE_TIME, true, a->departure_date, a->entry_date });
	}
	/* said at once, before any date of the trip is in: the passport is
	 * out of date on the day of the check */
	if (k[AK_PASSPORT_EXPIRY] && date_cmp(a->passport_expiry, today) < 0)
		add(out, max, &n, at, AK_PASSPORT_EXPIRY, (ed_field_note){ FC_PASSPORT_EXPIRED,
			AK_PASSPORT_EXPIRY, false, a->passport_expiry, today });
	else if (k[AK_PASSPORT_EXPIRY] && k[AK_DEPARTURE_DATE] &&
	    date_cmp(a->passport_expiry, a->departure_date) < 0)
		add(out, max, &n, at, AK_PASSPORT_EXPIRY, (ed_field_note){
			FC_PASSPORT_EXPIRES_BEFORE_DEPARTURE,
			AK_DEPARTURE_DATE, false, a->passport_expiry, a->departure_date });
	/* said at the departure date, and at the time still missing */
	if (times_decide_way_in(&p, r))
		add(out, max, &n, at, k[AK_ENTRY_TIME] ? AK_DEPARTURE_TIME : AK_ENTRY_TIME,
		    (ed_field_note){ FC_TIMES_DECIDE, AK_DEPARTURE_DATE, false,
				     a->entry_date, a->departure_date });
	if (k[AK_ENTRY_DATE] && date_cmp(a->entry_date, today) < 0)
		add(out, max, &n, at, AK_CHECK_DATE, (ed_field_note){ FC_ENTRY_BEFORE_CHECK_DATE,
			AK_ENTRY_DATE, false, a->entry_date, today });
	return n;
}
