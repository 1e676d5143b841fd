/* The ncurses wizard: the screens of screens/, the verdict screen,
 * printing. */
#ifndef ED_WIZARD_H
#define ED_WIZARD_H

#include "ui/wizard_options.h"

/* runs the wizard; returns the exit status */
int wizard_run(const wizard_options *o);

#endif
