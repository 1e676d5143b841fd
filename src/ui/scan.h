/* Passport scanners on the wizard (scan.c): a "keyboard wedge" types the
 * machine-readable zone, each line ended by Enter. */
#ifndef ED_UI_SCAN_H
#define ED_UI_SCAN_H

#include <stdbool.h>

#include "ui/ui.h"

/* F3: opens the scan box, which reads the zone's lines */
void scan_open(wiz *w);
/* Enter in a typed field `f`: when what was typed holds a zone's first
 * line (mrz_lines_expected), the field gets back what it held before, the
 * scan box takes the line and waits for the others; true then */
bool scan_in_field(wiz *w, const ui_field *f);
/* the new e-pass check takes the scan's name and gender (then wiped) */
void scan_carry(wiz *w);

#endif
