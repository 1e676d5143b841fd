/* "Find an earlier check" (find_view.c): what the print job asks of it. */
#ifndef ED_UI_FIND_VIEW_H
#define ED_UI_FIND_VIEW_H

#include "core/slipdoc_io.h"
#include "ui/ui.h"

/* the slip of the check found and selected, marked as a reprint (F9),
 * and the Chinese it showed; NULL (said) when it cannot be had or the
 * find screen is not shown */
slipdoc *find_reprint_doc(wiz *w, sd_chinese *zh);

#endif
