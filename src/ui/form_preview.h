/* What the form shows below a screen's fields: the way in so far, once
 * the entry port and date are in (the transit preview), and the
 * conditions the answers so far already fail. */
#ifndef ED_UI_FORM_PREVIEW_H
#define ED_UI_FORM_PREVIEW_H

#include <stddef.h>

#include "ui/ui.h"

/* the way in so far; "" before the entry port and date are known */
void form_preview_text(const wiz *w, char *out, size_t size);
/* the conditions already failing, in the rules' words; "" when none */
void form_ruled_out_text(const wiz *w, char *out, size_t size);

#endif
