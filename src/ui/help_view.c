/* F1's pop-up: the help of what is shown (the screen's, the focused
 * field's) and the key list; any key closes it. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

static void help_draw(wiz *w)
{
	const ui_field *f = w->view == VIEW_FORM ? wiz_focus(w) : NULL;
	int width = COLS - 8 > 76 ? 76 : COLS - 8, inner = width - 4;
	int top = 1, rows = LINES - 3, x, y;
	char text[4096];

	if (w->view == VIEW_START)
		snprintf(text, sizeof text, "%s", wiz_text(w, "start:help"));
	else if (w->view == VIEW_VERDICT)
		snprintf(text, sizeof text, "%s", wiz_text(w, "verdict:help"));
	else if (w->view == VIEW_GROUP)
		snprintf(text, sizeof text, "%s", wiz_text(w, "group:help"));
	else if (w->view == VIEW_WAYS)
		snprintf(text, sizeof text, "%s", wiz_text(w, "ways:help"));
	else if (w->view == VIEW_FIND)
		snprintf(text, sizeof text, "%s", wiz_text(w, "find:help"));
	else if (w->fl) /* the form: its screen's help */
		snprintf(text, sizeof text, "%s: %s", w->fl->screens[w->screen].title,
			 w->fl->screens[w->screen].help);
	else
		text[0] = '\0';
	if (f) {
		size_t n = strlen(text);
		snprintf(text + n, sizeof text - n, "\n\n%s: %s", f->label, f->help);
	}
	x = widget_box(top, rows, width);
	term_put(top + 1, x, inner, wiz_text(w, "help:title"), LOOK_BOLD);
	y = top + 3;
	y += term_wrap(y, x, inner, rows - 8, text, LOOK_NORMAL);
	y++;
	widget_key_list(w, text, sizeof text);
	term_wrap(y, x, inner, top + rows - 2 - y, text, LOOK_NORMAL);
	term_put(top + rows - 2, x, inner, wiz_text(w, "help:close"), LOOK_BOLD);
	w->cur_y = top + rows - 2;
	w->cur_x = x;
}

static void help_key(wiz *w, ui_action act, wint_t ch)
{
	(void)ch;
	if (act != ACT_NONE)
		wiz_popup_close(w);
}

static bool help_handles(const wiz *w, ui_action act)
{
	(void)w;
	(void)act;
	return true; /* any key closes help */
}

const ui_view_ops help_view = {
	.draw = help_draw, .key = help_key, .handles = help_handles,
};
