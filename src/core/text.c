/* UTF-8 text helpers: columns, wrapping, buffers. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* wcwidth; ncursesw's cflags may set it already */
#endif
#include "core/text.h"

#include <ctype.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

static bool buf_reserve(text_buf *b, size_t extra)
{
	size_t need, cap;
	char *s;

	if (b->failed)
		return false;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return true;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	s = realloc(b->s, cap);
	if (!s) {
		b->failed = true;
		return false;
	}
	b->s = s;
	b->cap = cap;
	return true;
}

void text_buf_addn(text_buf *b, const char *s, size_t n)
{
	if (!s || !buf_reserve(b, n))
		return;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void text_buf_add(text_buf *b, const char *s)
{
	if (s)
		text_buf_addn(b, s, strlen(s));
}

void text_buf_printf(text_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !buf_reserve(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *text_buf_take(text_buf *b)
{
	char *s = b->failed ? NULL : b->s;

	if (b->failed)
		free(b->s);
	else if (!s)
		s = text_dup("");
	b->s = NULL;
	b->len = b->cap = 0;
	b->failed = false;
	return s;
}

void text_buf_free(text_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

bool text_clean(const char *s)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		unsigned cp;
		size_t len = text_decode(s + i, n - i, &cp);
		/* an invalid byte decodes as U+FFFD of one byte; the real one
		 * takes three */
		if ((cp == 0xFFFD && len == 1) || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
			return false;
		i += len;
	}
	return true;
}

size_t text_decode(const char *str, size_t n, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c, min;
	size_t len, i;

	*cp = 0xFFFD;
	if (n == 0)
		return 0;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		len = 2, c &= 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3, c &= 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4, c &= 0x07, min = 0x10000;
	} else {
		return 1;
	}
	if (len > n)
		return 1;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 1;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 1;
	*cp = c;
	return len;
}

/* East Asian wide ranges, for when no UTF-8 locale exists at all. */
static int fallback_columns(unsigned cp)
{
	static const unsigned wide[][2] = {
		{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF},
		{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
		{0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F},
		{0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
		{0x20000, 0x3FFFD},
	};
	size_t i;

	if (cp >= 0x300 && cp <= 0x36F)
		return 0;
	for (i = 0; i < sizeof wide / sizeof wide[0]; i++)
		if (cp >= wide[i][0] && cp <= wide[i][1])
			return 2;
	return 1;
}

/* wcwidth() answers by LC_CTYPE; a UTF-8 locale is made once and used
 * for the call only, so widths do not depend on the caller's locale. */
int text_cp_columns(unsigned cp)
{
	static locale_t utf8;
	static bool tried;
	locale_t old;
	int w;

	if (cp < 0x20 || cp == 0x7F)
		return 0;
	if (cp < 0x7F)
		return 1;
	if (!tried) {
		tried = true;
		utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
		if (!utf8)
			utf8 = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
	}
	if (!utf8)
		return fallback_columns(cp);
	old = uselocale(utf8);
	w = wcwidth((wchar_t)cp);
	uselocale(old);
	return w < 0 ? fallback_columns(cp) : w;
}

size_t text_columns_n(const char *s, size_t n)
{
	size_t cols = 0, i = 0;
	unsigned cp;

	while (i < n && s[i]) {
		i += text_decode(s + i, n - i, &cp);
		cols += (size_t)text_cp_columns(cp);
	}
	return cols;
}

size_t text_columns(const char *s)
{
	return s ? text_columns_n(s, strlen(s)) : 0;
}

size_t text_fit(const char *s, size_t cols)
{
	size_t used = 0, i = 0, n = strlen(s), len;
	unsigned cp;
	int w;

	while (i < n) {
		len = text_decode(s + i, n - i, &cp);
		w = text_cp_columns(cp);
		if (used + (size_t)w > cols)
			break;
		used += (size_t)w;
		i += len;
	}
	return i;
}

/* the longest start of s of at most n bytes that ends on a character */
static size_t text_fit_bytes(const char *s, size_t n)
{
	size_t i = 0, len = strlen(s);
	unsigned cp;

	while (i < len) {
		size_t l = text_decode(s + i, len - i, &cp);
		if (i + l > n)
			break;
		i += l;
	}
	return i;
}

/* Appends one word that does not fit on a line by itself, in pieces. */
static void wrap_long_word(text_buf *b, const char *w, size_t wlen, size_t *col,
			   size_t width, const char *rest)
{
	size_t rest_cols = text_columns(rest);

	while (wlen > 0) {
		size_t room = *col < width ? width - *col : 0;
		char piece[1024];
		size_t take, cp = wlen < sizeof piece - 1 ? wlen : sizeof piece - 1;

		memcpy(piece, w, cp);
		piece[cp] = '\0';
		take = text_fit(piece, room);
		if (take == 0 && *col <= rest_cols) {
			unsigned c;
			take = text_decode(w, wlen, &c); /* a line narrower than one character */
		}
		if (take == 0) {
			text_buf_add(b, "\n");
			text_buf_add(b, rest);
			*col = rest_cols;
			continue;
		}
		text_buf_addn(b, w, take);
		*col += text_columns_n(w, take);
		w += take;
		wlen -= take;
		if (wlen > 0) {
			text_buf_add(b, "\n");
			text_buf_add(b, rest);
			*col = rest_cols;
		}
	}
}

void text_wrap(text_buf *b, const char *para, size_t width,
	       const char *first, const char *rest)
{
	const char *p = para ? para : "";
	size_t col, first_cols, rest_cols;
	bool line_empty = true;

	if (!first)
		first = "";
	if (!rest)
		rest = "";
	first_cols = text_columns(first);
	rest_cols = text_columns(rest);
	text_buf_add(b, first);
	col = first_cols;
	for (;;) {
		const char *w;
		size_t wlen, wcols;

		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		if (*p == '\n') {
			text_buf_add(b, "\n");
			text_buf_add(b, rest);
			col = rest_cols;
			line_empty = true;
			p++;
			continue;
		}
		w = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		wlen = (size_t)(p - w);
		wcols = text_columns_n(w, wlen);
		if (!line_empty && col + 1 + wcols > width) {
			text_buf_add(b, "\n");
			text_buf_add(b, rest);
			col = rest_cols;
			line_empty = true;
		}
		if (!line_empty) {
			text_buf_add(b, " ");
			col++;
		}
		if (col + wcols > width)
			wrap_long_word(b, w, wlen, &col, width, rest);
		else {
			text_buf_addn(b, w, wlen);
			col += wcols;
		}
		line_empty = false;
	}
	/* no trailing spaces from an indent on an empty last line */
	while (b->len > 0 && b->s && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
	text_buf_add(b, "\n");
}

void text_fill(text_buf *b, const char *tmpl, text_lookup lookup, const void *ctx)
{
	const char *p = tmpl ? tmpl : "";

	while (*p) {
		const char *open = strchr(p, '{');
		const char *close = open ? strchr(open, '}') : NULL;
		const char *val;

		if (!open || !close) {
			text_buf_add(b, p);
			break;
		}
		text_buf_addn(b, p, (size_t)(open - p));
		val = lookup ? lookup(ctx, open + 1, (size_t)(close - open - 1)) : NULL;
		if (val)
			text_buf_add(b, val);
		else
			text_buf_addn(b, open, (size_t)(close - open + 1));
		p = close + 1;
	}
	if (!b->s && !b->failed)
		text_buf_add(b, "");
}

static const char *pair_lookup(const void *ctx, const char *name, size_t len)
{
	for (const char *const *kv = ctx; kv && kv[0]; kv += 2)
		if (strlen(kv[0]) == len && !strncmp(kv[0], name, len))
			return kv[1] ? kv[1] : "";
	return NULL;
}

void text_fill_pairs(char *out, size_t size, const char *tmpl, const char *const *pairs)
{
	text_buf b = {0};
	size_t n;

	if (!size)
		return;
	text_fill(&b, tmpl, pair_lookup, pairs);
	n = b.s ? text_fit_bytes(b.s, size - 1) : 0;
	memcpy(out, b.s ? b.s : "", n);
	out[n] = '\0';
	text_buf_free(&b);
}

bool text_placeholders_known(const char *tmpl, const char *const *known,
			     char *bad, size_t bad_size)
{
	const char *p = tmpl ? tmpl : "";

	while ((p = strchr(p, '{')) != NULL) {
		const char *close = strchr(p, '}');
		size_t len;
		bool ok = false;
		if (!close)
			break;
		len = (size_t)(close - p - 1);
		for (const char *const *k = known; k && *k; k++)
			if (strlen(*k) == len && !strncmp(*k, p + 1, len))
				ok = true;
		if (!ok) {
			if (bad && bad_size)
				snprintf(bad, bad_size, "%.*s", (int)(len + 2), p);
			return false;
		}
		p = close + 1;
	}
	return true;
}

const char *text_choice(const char *choices, const char *value, bool any_case, size_t *len)
{
	size_t vlen = value ? strlen(value) : 0;
	const char *p = choices;

	while (value && p && *p) {
		size_t n = strcspn(p, "|");
		if (n == vlen && !(any_case ? strncasecmp(p, value, n) : strncmp(p, value, n))) {
			if (len)
				*len = n;
			return p;
		}
		p += n;
		if (*p == '|')
			p++;
	}
	return NULL;
}

char *text_dupn(const char *s, size_t n)
{
	char *d;

	if (!s)
		return NULL;
	d = malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *text_dup(const char *s)
{
	return s ? text_dupn(s, strlen(s)) : NULL;
}

char *text_trim(char *s)
{
	size_t n, start = 0;

	if (!s)
		return s;
	n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	while (start < n && isspace((unsigned char)s[start]))
		start++;
	memmove(s, s + start, n - start);
	s[n - start] = '\0';
	return s;
}

bool text_blank(const char *s)
{
	if (!s)
		return true;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

size_t text_lines(const char *s, size_t want, const char **start, size_t *len)
{
	size_t n = 0;

	while (s && *s) {
		size_t l = strcspn(s, "\n");
		if (n == want && start) {
			*start = s;
			*len = l;
		}
		n++;
		s += l;
		if (*s == '\n')
			s++;
	}
	return n;
}
