/* Passport scanners on the wizard (scan.c): a "keyboard wedge" types the
 * machine-readable zone, each line ended by Enter. The scan box is a
 * pop-up the loop opens on REQ_SCAN. */
#ifndef ED_UI_SCAN_H
#define ED_UI_SCAN_H

#include <stdbool.h>

#include "ui/ui.h"

/* opens the scan box, which reads the zone's lines; `first_line`: one
 * already typed (scan_field.c), or NULL. A zone read goes to the form,
 * or with `for_group` to the group's list (REQ_ADD_TRAVELLER) */
void scan_open(wiz *w, bool for_group, const char *first_line);

#endif
