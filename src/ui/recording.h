/* The wizard's history: every check whose verdict is shown goes on
 * record (printed or not); when the database cannot be reached the check
 * still completes, and the wizard says so once. No curses here. */
#ifndef ED_UI_RECORDING_H
#define ED_UI_RECORDING_H

#include <stdbool.h>
#include <stddef.h>

#include "core/answers.h"
#include "core/rules.h"
#include "core/verdict.h"
#include "history/desk.h"

typedef struct ui_recording {
	hist_desk desk;
	bool on;
	char off[1500]; /* why checks are not recorded (the start screen says it) */
	bool said;      /* a record's failure was said already */
	char *last;     /* the answers recorded last: the same verdict shown
			 * again (back to the form and on) is not a new check */
} ui_recording;

/* the settings; then the queue of an earlier session is sent and records
 * older than keep_days go */
void recording_init(ui_recording *r, const char *rules_path, ed_date today);
/* Records the check whose verdict is shown. True when the agent must be
 * told (once a session) that it was not recorded, and why. */
bool recording_keep(ui_recording *r, const ed_raw_answers *raw, const ed_answers *a,
		    const ed_verdict *v, const ed_rules *rules, ed_date today,
		    char *why, size_t why_size);
void recording_free(ui_recording *r);

#endif
