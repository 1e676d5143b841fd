/* One-line wide-character editor: columns by wcwidth, so CJK names line up
 * and the cursor lands on the right cell. */
#include "ui/editor.h"

#include <stdlib.h>
#include <string.h>

void editor_set(ui_editor *e, const char *utf8)
{
	mbstate_t st;
	const char *s = utf8 ? utf8 : "";
	size_t n;

	memset(e, 0, sizeof *e);
	memset(&st, 0, sizeof st);
	n = mbsrtowcs(e->buf, &s, UI_EDIT_MAX - 1, &st);
	if (n == (size_t)-1) { /* not UTF-8: keep the bytes readable */
		for (n = 0; utf8[n] && n < UI_EDIT_MAX - 1; n++)
			e->buf[n] = (unsigned char)utf8[n] < 128 ? (wchar_t)utf8[n] : L'?';
	}
	e->len = n;
	e->buf[n] = L'\0';
	e->cur = n;
}

void editor_get(const ui_editor *e, char *out, size_t size)
{
	mbstate_t st;
	size_t n = 0;

	memset(&st, 0, sizeof st);
	for (size_t i = 0; i < e->len; i++) {
		char mb[16];
		size_t k = wcrtomb(mb, e->buf[i], &st);
		if (k == (size_t)-1 || n + k + 1 > size)
			break;
		memcpy(out + n, mb, k);
		n += k;
	}
	if (size)
		out[n] = '\0';
}

bool editor_key(ui_editor *e, ui_action act, wint_t ch)
{
	switch (act) {
	case ACT_CHAR:
		if (e->len + 1 >= UI_EDIT_MAX)
			return false;
		memmove(&e->buf[e->cur + 1], &e->buf[e->cur],
			(e->len - e->cur) * sizeof(wchar_t));
		e->buf[e->cur++] = (wchar_t)ch;
		e->buf[++e->len] = L'\0';
		return true;
	case ACT_BACKSPACE:
		if (!e->cur)
			return false;
		e->cur--;
		/* fall through */
	case ACT_DELETE:
		if (e->cur >= e->len)
			return false;
		memmove(&e->buf[e->cur], &e->buf[e->cur + 1],
			(e->len - e->cur) * sizeof(wchar_t));
		e->len--;
		return true;
	case ACT_CLEAR:
		if (!e->len)
			return false;
		e->len = e->cur = e->scroll = 0;
		e->buf[0] = L'\0';
		return true;
	case ACT_LEFT:
		if (e->cur)
			e->cur--;
		return false;
	case ACT_RIGHT:
		if (e->cur < e->len)
			e->cur++;
		return false;
	case ACT_HOME:
		e->cur = 0;
		return false;
	case ACT_END:
		e->cur = e->len;
		return false;
	default:
		return false;
	}
}

static int wc_cols(wchar_t c)
{
	int w = wcwidth(c);
	return w < 0 ? 1 : w;
}

int editor_draw(ui_editor *e, int y, int x, int width, ui_look look)
{
	int cols = 0, cursor = x;

	if (width < 2)
		width = 2;
	/* keep the cursor visible: scroll left to it, or right until the
	 * text before it (and one cell for it) fits */
	if (e->scroll > e->cur)
		e->scroll = e->cur;
	for (;;) {
		int need = 1;
		for (size_t i = e->scroll; i < e->cur; i++)
			need += wc_cols(e->buf[i]);
		if (need <= width || e->scroll >= e->cur)
			break;
		e->scroll++;
	}
	attron(term_look(look));
	mvhline(y, x, ' ', width);
	move(y, x);
	for (size_t i = e->scroll; i <= e->len; i++) {
		if (i == e->cur)
			cursor = x + cols;
		if (i == e->len)
			break;
		if (cols + wc_cols(e->buf[i]) > width)
			break;
		addnwstr(&e->buf[i], 1);
		cols += wc_cols(e->buf[i]);
	}
	attroff(term_look(look));
	return cursor;
}
