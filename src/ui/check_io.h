/* A check's answers coming in and going out around the input loop
 * (check_io.c): a draft taken up (and locked) or discarded, the file or
 * draft to start with, the answers kept when the wizard is interrupted.
 * Only the loop (wizard.c) calls these; none switches views. */
#ifndef ED_UI_CHECK_IO_H
#define ED_UI_CHECK_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/ui.h"

/* The draft at `path` becomes this check, from its first screen, and this
 * wizard holds its lock: a draft belongs to one running wizard. One that
 * another holds is not taken (*in_use), unless as a `copy`: its answers
 * as a new check, which gets a draft of its own. `focus` gets the field
 * being edited ("section:key" or ""). */
bool check_take_draft(wiz *w, const char *path, bool copy, bool *in_use,
		      char *focus, size_t focus_size, ed_error *err);
/* Delete on the start screen: the draft goes (true), unless another
 * running wizard works on it (said; false) */
bool check_discard_draft(wiz *w, const char *path);
/* Before curses: the answers to start with (--resume's newest draft, or
 * the file named), as the request the loop starts on: REQ_NONE (the
 * start screen), REQ_FORM (a draft, *resumed) or REQ_FORM_LOADED (a
 * file). False when it cannot be had: said on stderr. */
bool check_open_initial(wiz *w, ui_req *first, bool *resumed);
/* After curses: where the unsaved answers went, or that they were not
 * kept and why (stderr) */
void check_keep_answers(wiz *w);

#endif
