/* The check of common.ini's texts against the table of texts.h and the
 * action table. */
#include "ui/texts.h"

#include <stdio.h>
#include <string.h>

#include "core/text.h"
#include "load/ini.h"
#include "ui/actions.h"

static const struct ui_text_row {
	const char *key;
	const char *names;
} rows[] = {
#define UI_TEXT_ROW(k, n) { k, n },
	UI_TEXTS(UI_TEXT_ROW)
#undef UI_TEXT_ROW
};

static void split_key(const char *key, char *sec, size_t size, const char **name)
{
	const char *colon = strchr(key, ':');
	snprintf(sec, size, "%.*s", (int)(colon - key), key);
	*name = colon + 1;
}

/* one text: present, and only the placeholders `names` */
static bool check_text(ini *d, const char *key, const char *names)
{
	char sec[64], list[200], bad[64];
	const char *known[16], *name;
	const char *v = ini_get_full(d, key);
	size_t n = 0;

	split_key(key, sec, sizeof sec, &name);
	if (!v)
		return ini_fail(d, sec, name, "missing: the wizard shows this text; accepted: a "
				"text (see doc/screens-format.md)");
	snprintf(list, sizeof list, "%s", names);
	for (char *t = strtok(list, " "); t && n + 1 < sizeof known / sizeof *known;
	     t = strtok(NULL, " "))
		known[n++] = t;
	known[n] = NULL;
	if (!text_placeholders_known(v, known, bad, sizeof bad))
		return ini_fail(d, sec, name, "unknown placeholder %s; accepted: %s", bad,
				*names ? names : "none");
	return true;
}

bool ui_texts_check(ini *d)
{
	char key[96];

	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		if (!check_text(d, rows[i].key, rows[i].names))
			return false;
	for (int a = 0; a < ACT_COUNT; a++) {
		const ui_action_row *r = action_row((ui_action)a);
		if (r->slot) {
			action_text_key((ui_action)a, "keys", key, sizeof key);
			if (!check_text(d, key, ""))
				return false;
		}
		if (r->listed) {
			action_text_key((ui_action)a, "help", key, sizeof key);
			if (!check_text(d, key, ""))
				return false;
		}
	}
	/* the bar labels a view gives its own slots */
	return check_text(d, "keys:page", "") && check_text(d, "keys:cancel_print", "");
}
