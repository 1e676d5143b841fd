/* A one-line text editor on wide characters: what a field or a prompt
 * holds while it has the focus. Its text is copied back to the answers on
 * every change, so a resize or a signal never loses what was typed. */
#ifndef ED_UI_EDITOR_H
#define ED_UI_EDITOR_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "ui/term.h"

#define UI_EDIT_MAX 256

typedef struct ui_editor {
	wchar_t buf[UI_EDIT_MAX];
	size_t len;    /* characters in buf */
	size_t cur;    /* cursor, 0..len */
	size_t scroll; /* first character shown */
} ui_editor;

/* loads UTF-8 text (NULL: empty), cursor at the end */
void editor_set(ui_editor *e, const char *utf8);
/* writes the text as UTF-8 */
void editor_get(const ui_editor *e, char *out, size_t size);
/* applies an editing action; returns true when the text changed */
bool editor_key(ui_editor *e, ui_action act, wint_t ch);
/* draws the text in width columns at y,x; returns the cursor's column */
int editor_draw(ui_editor *e, int y, int x, int width, ui_look look);

#endif
