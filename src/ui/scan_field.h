/* A passport scanner typing into a field (scan_field.c): the form asks
 * this on Enter in a typed field. */
#ifndef ED_UI_SCAN_FIELD_H
#define ED_UI_SCAN_FIELD_H

#include <stdbool.h>

#include "ui/ui.h"

/* Enter in a typed field `f`: when what was typed holds a zone's first
 * line (mrz_lines_expected), the field gets back what it held before and
 * the loop is asked for the scan box (REQ_SCAN), which takes the line and
 * waits for the others; true then */
bool scan_in_field(wiz *w, const ui_field *f);

#endif
