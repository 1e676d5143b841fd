/* The pieces every screen draws (as ncdu's util.c): title bar, help
 * line, the key bar of fixed slots (as htop's FunctionBar), a box, and
 * F1's key list, all from the action table. */
#include "ui/ui.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"

/* the day the check is made for: the e-pass's application day when it is
 * given, else the check's day */
static ed_date check_day(const wiz *w)
{
	const char *v = raw_get(&w->s.raw, AK_CHECK_DATE);
	ed_date d = w->s.today;

	if (w->fl && v && *v)
		answers_date(v, w->s.today, &d);
	return d;
}

void widget_titlebar(const wiz *w, const char *title)
{
	char day[48], right[96];
	int used;

	attron(term_look(LOOK_TITLE));
	mvhline(0, 0, ' ', COLS);
	attroff(term_look(LOOK_TITLE));
	/* the check date at the right of every screen's title line */
	date_format(check_day(w), day, sizeof day);
	{
		const char *pairs[] = { "date", day, NULL };
		text_fill_pairs(right, sizeof right, wiz_text(w, "app:check_date"), pairs);
	}
	used = (int)strlen(right);
	term_put(0, 1, COLS - used - 4, title, LOOK_TITLE);
	term_put(0, COLS - used - 1, used, right, LOOK_TITLE);
}

void widget_helpline(const wiz *w, const char *fallback)
{
	const char *s = w->msg[0] ? w->msg : fallback;
	/* two rows, so a long help or message is never cut */
	term_wrap(LINES - 3, 1, COLS - 2, 2, s, w->msg[0] ? w->msg_look : LOOK_NORMAL);
}

/* Each action keeps its slot; one that does not apply now is blanked,
 * so the others never move. The key in bold, the label in reverse. */
void widget_keybar(const wiz *w, const ui_view_ops *v)
{
	int slot = COLS / UI_BAR_SLOTS;

	move(LINES - 1, 0);
	clrtoeol();
	for (int i = 1; i <= UI_BAR_SLOTS; i++) {
		ui_action act = action_in_slot(i);
		int x = (i - 1) * slot, used;
		const char *label = v->label ? v->label(w, act) : NULL;
		char key[32], tkey[64];
		if (act == ACT_NONE || !v->handles(w, act) || (label && !*label))
			continue;
		action_key_name(act, key, sizeof key);
		if (!label) {
			action_text_key(act, "keys", tkey, sizeof tkey);
			label = tkey;
		}
		used = term_put(LINES - 1, x, slot, key, LOOK_KEY);
		attron(term_look(LOOK_KEYLABEL));
		mvhline(LINES - 1, x + used, ' ', slot - used - 1);
		attroff(term_look(LOOK_KEYLABEL));
		term_put(LINES - 1, x + used, slot - used - 1, wiz_text(w, label), LOOK_KEYLABEL);
	}
}

int widget_box(int top, int rows, int width)
{
	int left = (COLS - width) / 2;
	/* the rows it covers are cleared across: a word of the screen below
	 * cut by the box's edge would read as a stray letter beside it */
	for (int y = top; y < top + rows; y++)
		mvhline(y, 0, ' ', COLS);
	attron(term_look(LOOK_BOLD));
	mvhline(top, left, ACS_HLINE, width);
	mvhline(top + rows - 1, left, ACS_HLINE, width);
	mvvline(top, left, ACS_VLINE, rows);
	mvvline(top, left + width - 1, ACS_VLINE, rows);
	mvaddch(top, left, ACS_ULCORNER);
	mvaddch(top, left + width - 1, ACS_URCORNER);
	mvaddch(top + rows - 1, left, ACS_LLCORNER);
	mvaddch(top + rows - 1, left + width - 1, ACS_LRCORNER);
	attroff(term_look(LOOK_BOLD));
	return left + 2;
}

void widget_key_list(const wiz *w, char *out, size_t size)
{
	size_t n = 0;

	out[0] = '\0';
	n += (size_t)snprintf(out, size, "%s", wiz_text(w, "help:keys"));
	for (int a = 0; a < ACT_COUNT && n < size; a++) {
		const ui_action_row *r = action_row((ui_action)a);
		char tkey[64], keys[64];
		size_t k = 0;
		if (!r->listed)
			continue;
		action_text_key((ui_action)a, "help", tkey, sizeof tkey);
		/* the shown keys, "Home/C-a" (not the hidden "~Find") */
		for (const char *p = r->keys; *p && k + 1 < sizeof keys;) {
			size_t len = strcspn(p, " ");
			if (*p != '~' && len < sizeof keys - k - 1) {
				k += (size_t)snprintf(keys + k, sizeof keys - k, "%s%.*s",
						      k ? "/" : "", (int)len, p);
			}
			p += len;
			p += strspn(p, " ");
		}
		n += (size_t)snprintf(out + n, size - n, "%s%s %s;", n ? " " : "", keys,
				      wiz_text(w, tkey));
	}
	if (n > 0 && n < size && out[n - 1] == ';')
		out[n - 1] = '.';
	if (n < size) /* how dates are read: a year left out, the forms */
		snprintf(out + n, size - n, " %s", wiz_text(w, "help:dates"));
}

bool widget_scroll_key(int *scroll, ui_action act, wint_t ch, int page)
{
	switch (act) {
	case ACT_NEXT_FIELD: case ACT_ENTER:
		(*scroll)++;
		break;
	case ACT_PREV_FIELD:
		(*scroll)--;
		break;
	case ACT_NEXT_SCREEN:
		*scroll += page;
		break;
	case ACT_HOME:
		*scroll = 0;
		break;
	case ACT_END:
		*scroll = 1 << 20;
		break;
	case ACT_CHAR:
		if (ch == L' ')
			*scroll += page;
		else if (ch == L'b')
			*scroll -= page;
		else
			return false;
		break;
	default:
		return false;
	}
	if (*scroll < 0)
		*scroll = 0;
	return true;
}
