/* The views the loop dispatches to; only wizard.c includes this. */
#ifndef ED_UI_VIEWS_H
#define ED_UI_VIEWS_H

#include "ui/ui.h"

extern const ui_view_ops start_view;   /* start.c */
extern const ui_view_ops form_view;    /* form.c */
extern const ui_view_ops verdict_view; /* verdict_view.c */
extern const ui_view_ops modal_view;   /* modal.c: questions, prompts */
extern const ui_view_ops help_view;    /* help_view.c: F1 */
extern const ui_view_ops printer_pick_view; /* printer_pick.c: F9's list */
extern const ui_view_ops scan_view;    /* scan.c: a zone being read, its note */
extern const ui_view_ops ways_view;    /* ways_view.c: the quick answer */
extern const ui_view_ops group_view;   /* group_view.c: a group's travellers */
extern const ui_view_ops find_view;    /* find_view.c: earlier checks on record */

#endif
