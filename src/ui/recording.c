/* The wizard's records: made at the verdict, never at a draft. */
#include "ui/recording.h"

#include <stdlib.h>
#include <string.h>

#include "history/codec.h"

void recording_init(ui_recording *r, const char *rules_path, ed_date today)
{
	size_t sent;
	long purged;
	char why[1500];

	memset(r, 0, sizeof *r);
	r->on = hist_desk_init(&r->desk, rules_path, r->off, sizeof r->off);
	/* a database out of reach now is said at the first check's verdict,
	 * when it matters; the queue waits for the next start */
	if (r->on)
		hist_desk_start(&r->desk, hist_desk_now(today), &sent, &purged, why, sizeof why);
}

bool recording_keep(ui_recording *r, const ed_raw_answers *raw, const ed_answers *a,
		    const ed_verdict *v, const ed_rules *rules, ed_date today,
		    char *why, size_t why_size)
{
	char *answers;

	if (!r->on)
		return false; /* the start screen says why */
	answers = codec_answers_encode(raw);
	if (answers && r->last && !strcmp(answers, r->last)) {
		free(answers);
		return false;
	}
	free(r->last);
	r->last = answers;
	if (hist_desk_record(&r->desk, hist_desk_now(today), raw, a, v, rules, why, why_size))
		return false;
	if (r->said)
		return false;
	r->said = true;
	return true;
}

void recording_free(ui_recording *r)
{
	free(r->last);
	r->last = NULL;
}
