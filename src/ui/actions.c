/* The action table's rows and the bindings made from them. */
#include "ui/actions.h"

#include <stdio.h>
#include <string.h>
#include <wctype.h>

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>

static const ui_action_row rows[ACT_COUNT] = {
#define UI_ACT_ROW(id, k, s, l) [ACT_##id] = { .name = #id, .keys = k, .slot = s, .listed = l },
	UI_ACTIONS(UI_ACT_ROW)
#undef UI_ACT_ROW
};

const ui_action_row *action_row(ui_action act)
{
	return &rows[act < ACT_COUNT ? act : ACT_NONE];
}

void action_key_name(ui_action act, char *out, size_t size)
{
	const char *k = action_row(act)->keys;
	snprintf(out, size, "%.*s", (int)strcspn(k, " "), k);
}

void action_text_key(ui_action act, const char *section, char *out, size_t size)
{
	const char *n = action_row(act)->name;
	size_t k = (size_t)snprintf(out, size, "%s:", section);

	for (; *n && k + 1 < size; n++)
		out[k++] = (char)(*n >= 'A' && *n <= 'Z' ? *n - 'A' + 'a' : *n);
	if (k < size)
		out[k] = '\0';
}

ui_action action_in_slot(int slot)
{
	for (int a = 0; a < ACT_COUNT; a++)
		if (rows[a].slot == slot)
			return (ui_action)a;
	return ACT_NONE;
}

static int atoi_like(const char *s)
{
	int n = 0;
	while (*s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

/* one key name of the table as get_wch reports it */
static bool key_code(const char *name, size_t len, bool *is_key, wint_t *code)
{
	static const struct { const char *name; bool is_key; int code; } named[] = {
		{ "Tab", false, '\t' }, { "S-Tab", true, KEY_BTAB }, { "Up", true, KEY_UP },
		{ "Down", true, KEY_DOWN }, { "Left", true, KEY_LEFT }, { "Right", true, KEY_RIGHT },
		{ "Home", true, KEY_HOME }, { "End", true, KEY_END }, { "Find", true, KEY_FIND },
		{ "Select", true, KEY_SELECT }, { "Del", true, KEY_DC },
		{ "Backspace", true, KEY_BACKSPACE }, { "PgUp", true, KEY_PPAGE },
		{ "PgDn", true, KEY_NPAGE }, { "Esc", false, 27 },
	};
	char n[16];

	if (len && *name == '~')
		name++, len--;
	if (len >= sizeof n)
		return false;
	memcpy(n, name, len);
	n[len] = '\0';
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (!strcmp(named[i].name, n)) {
			*is_key = named[i].is_key;
			*code = (wint_t)named[i].code;
			return true;
		}
	if (n[0] == 'F' && n[1] >= '1' && n[1] <= '9') {
		*is_key = true;
		*code = (wint_t)KEY_F(atoi_like(n + 1));
		return true;
	}
	if (!strncmp(n, "C-", 2) && n[2] >= 'a' && n[2] <= 'z' && !n[3]) {
		*is_key = false;
		*code = (wint_t)(n[2] - 'a' + 1);
		return true;
	}
	return false;
}

ui_action action_of_key(bool is_key, wint_t ch)
{
	/* the keys terminals send for the same thing */
	if (!is_key && (ch == '\r' || ch == '\n'))
		return ACT_ENTER;
	if (is_key && ch == KEY_ENTER)
		return ACT_ENTER;
	if (!is_key && ch == 127)
		return ACT_BACKSPACE;
	if (is_key && ch == KEY_RESIZE)
		return ACT_RESIZE;
	for (int a = 0; a < ACT_COUNT; a++) {
		const char *k = rows[a].keys;
		while (*k) {
			size_t len = strcspn(k, " ");
			bool key;
			wint_t code;
			if (key_code(k, len, &key, &code) && key == is_key && code == ch)
				return (ui_action)a;
			k += len;
			k += strspn(k, " ");
		}
	}
	if (!is_key && ch >= 32 && iswprint(ch))
		return ACT_CHAR;
	return ACT_NONE;
}
