/* F9's printer list: the CUPS destinations (load/printers.c), the default
 * marked, the one chosen last (load/config.c) highlighted. Enter prints
 * on the highlighted one and remembers it; Esc closes the list. A pop-up
 * of its own, drawn over the verdict like the other pop-ups. */
#include "ui/printer_pick.h"

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
	ed_printers list = {0};
	ui_popup *p;

	if (!slip_run_printers(&list, why, sizeof why) || list.n == 0) {
		printers_free(&list);
		return false;
	}
	p = wiz_popup_open(w, MODAL_PRINTERS);
	p->printers = list;
	p->printer_sel = 0; /* the default comes first */
	if (config_printer_get(remembered, sizeof remembered))
		for (size_t i = 0; i < list.n; i++)
			if (!strcmp(list.list[i].name, remembered))
				p->printer_sel = (int)i;
	return true;
}

static void printer_pick_draw(wiz *w)
{
	const ui_popup *pp = wiz_popup(w);
	int width = COLS - 8 > 72 ? 72 : COLS - 8, inner = width - 4;
	int n = (int)pp->printers.n, shown = n > LINES - 12 ? LINES - 12 : n;
	int rows = shown + 6, top = (LINES - rows) / 2, x, first;

	x = widget_box(top, rows, width);
	term_put(top + 1, x, inner, wiz_text(w, "printers:title"), LOOK_BOLD);
	/* the highlighted row stays in view when the list is long */
	first = pp->printer_sel >= shown ? pp->printer_sel - shown + 1 : 0;
	for (int i = 0; i < shown; i++) {
		const ed_printer *p = &pp->printers.list[first + i];
		ui_look look = first + i == pp->printer_sel ? LOOK_FOCUS : LOOK_NORMAL;
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
	w->cur_y = top + 3 + (pp->printer_sel - first);
	w->cur_x = x;
}

static void printer_pick_key(wiz *w, ui_action act, wint_t ch)
{
	ui_popup *pp = wiz_popup(w);
	int n = (int)pp->printers.n;

	if (act == ACT_NONE)
		return;
	if (act == ACT_CANCEL) {
		wiz_popup_close(w);
	} else if (act == ACT_NEXT_FIELD || act == ACT_PREV_FIELD) {
		pp->printer_sel = (pp->printer_sel + (act == ACT_NEXT_FIELD ? 1 : n - 1)) % n;
	} else if (act == ACT_ENTER) {
		char name[sizeof w->request.u.printer];
		ed_error err = {0};
		snprintf(name, sizeof name, "%s", pp->printers.list[pp->printer_sel].name);
		wiz_popup_close(w);
		if (!config_printer_set(name, &err)) {
			const char *pairs[] = { "why", err.msg, NULL };
			wiz_say(w, LOOK_WARN, "printers:not_remembered", pairs);
		}
		snprintf(wiz_request_with(w, REQ_PRINT_ON)->u.printer, sizeof name, "%s", name);
	} else {
		(void)ch;
		wiz_say(w, LOOK_ERROR, "printers:keys", NULL);
	}
}

const ui_view_ops printer_pick_view = {
	.draw = printer_pick_draw, .key = printer_pick_key,
};
