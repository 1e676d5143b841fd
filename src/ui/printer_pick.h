/* F9's printer list (printer_pick.c): what the print job asks of it. */
#ifndef ED_UI_PRINTER_PICK_H
#define ED_UI_PRINTER_PICK_H

#include <stdbool.h>

#include "ui/ui.h"

/* opens the list over the view; false when CUPS gives none */
bool printer_pick_open(wiz *w);

#endif
