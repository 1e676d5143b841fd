/* The quick answer by nationality in the wizard: start-screen choice 5
 * asks the nationality (and a date), this view shows every way in. */
#ifndef ED_UI_WAYS_VIEW_H
#define ED_UI_WAYS_VIEW_H

#include <stdbool.h>

#include "core/slipdoc_io.h"
#include "ui/ui.h"

/* what the agent typed at the prompt ("GBR", "british 5DEC26"): the
 * answer in w->slip and the view, or a message and the prompt again */
void ways_view_answer(wiz *w, const char *typed);
/* adds the answer shown to s, as F9 prints it (its text on a page);
 * false when the quick answer is not shown, or out of memory */
bool ways_view_sheet(wiz *w, sd_slips *s);

#endif
