/* F9's printer list: the CUPS destinations (load/printers.c), the default
 * marked, the one chosen last (load/config.c) highlighted. Enter prints
 * on the highlighted one and remembers it; Esc closes the list. A pop-up
 * of its own, drawn over the verdict like the other pop-ups. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"
#include "load/config.h"
#include "load/slip_run.h"

/* Opens the list; false when CUPS gives none (the caller prints on the
 * system default, whose error then says why) */
bool printer_pick_open(wiz *w)
{
	char why[256], remembered[128];

	printers_free(&w->printers);
	if (!slip_run_printers(&w->printers, why, sizeof why) || w->printers.n == 0)
		return false;
	w->printer_sel = 0; /* the default comes first */
	if (config_printer_get(remembered, sizeof remembered))
		for (size_t i = 0; i < w->printers.n; i++)
			if (!strcmp(w->printers.list[i].name, remembered))
				w->printer_sel = (int)i;
	w->modal = MODAL_PRINTERS;
	return true;
}

static void printer_pick_draw(wiz *w)
{
	int width = COLS - 8 > 72 ? 72 : COLS - 8, inner = width - 4;
	int n = (int)w->printers.n, shown = n > LINES - 12 ? LINES - 12 : n;
	int rows = shown + 6, top = (LINES - rows) / 2, x, first;

	x = widget_box(top, rows, width);
	term_put(top + 1, x, inner, wiz_text(w, "printers:title"), LOOK_BOLD);
	/* the highlighted row stays in view when the list is long */
	first = w->printer_sel >= shown ? w->printer_sel - shown + 1 : 0;
	for (int i = 0; i < shown; i++) {
		const ed_printer *p = &w->printers.list[first + i];
		ui_look look = first + i == w->printer_sel ? LOOK_FOCUS : LOOK_NORMAL;
		/* the description, unless it only repeats the name */
		const char *info = strcmp(p->info, p->name) ? p->info : "";
		char row[400];
		snprintf(row, sizeof row, "%s%s%s%s", p->name,
			 p->is_default ? wiz_text(w, "printers:default_mark") : "",
			 *info ? "  " : "", info);
		attron(term_look(look));
		mvhline(top + 3 + i, x, ' ', inner);
		attroff(term_look(look));
		term_put(top + 3 + i, x, inner, row, look);
	}
	term_put(top + rows - 2, x, inner, wiz_text(w, "printers:help"), LOOK_NORMAL);
	w->cur_y = top + 3 + (w->printer_sel - first);
	w->cur_x = x;
}

static void printer_pick_key(wiz *w, ui_action act, wint_t ch)
{
	int n = (int)w->printers.n;

	if (act == ACT_CANCEL) {
		w->modal = MODAL_NONE;
	} else if (act == ACT_NEXT_FIELD || act == ACT_PREV_FIELD) {
		w->printer_sel = (w->printer_sel + (act == ACT_NEXT_FIELD ? 1 : n - 1)) % n;
	} else if (act == ACT_ENTER) {
		const char *name = w->printers.list[w->printer_sel].name;
		ed_error err = {0};
		w->modal = MODAL_NONE;
		snprintf(w->printer_chosen, sizeof w->printer_chosen, "%s", name);
		if (!config_printer_set(name, &err)) {
			const char *pairs[] = { "why", err.msg, NULL };
			wiz_say(w, LOOK_WARN, "printers:not_remembered", pairs);
		}
		wiz_request(w, REQ_PRINT_CHOSEN, 0);
	} else {
		(void)ch;
		wiz_say(w, LOOK_ERROR, "printers:keys", NULL);
	}
}

const ui_view_ops printer_pick_view = {
	.draw = printer_pick_draw, .key = printer_pick_key,
};
