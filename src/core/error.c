/* One clear message for bad input. */
#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* the length of the UTF-8 character at s (1 to 4), or 0 when s does not
 * start a valid one or starts a C1 control (U+0080 to U+009F) */
static size_t utf8_char(const unsigned char *s)
{
	size_t n, i;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x80 && cp <= 0x9f))
		return 0;
	return n;
}

size_t error_escape(char *dst, size_t size, const char *src)
{
	const unsigned char *s = (const unsigned char *)(src ? src : "");
	size_t n = 0;

	if (!size)
		return 0;
	while (*s) {
		size_t len = utf8_char(s);
		bool control = len == 1 && (*s < 0x20 || *s == 0x7f);
		if (len && !control) {
			if (n + len >= size)
				break;
			memcpy(dst + n, s, len);
			n += len;
			s += len;
		} else {
			if (n + 4 >= size)
				break;
			snprintf(dst + n, 5, "\\x%02x", *s);
			n += 4;
			s++;
		}
	}
	dst[n] = '\0';
	return n;
}

void error_set(ed_error *e, const char *file, const char *section,
	       const char *key, const char *fmt, ...)
{
	char what[1024], raw[2048];
	va_list ap;
	size_t n = 0;

	if (!e)
		return;
	error_escape(e->file, sizeof e->file, file);
	error_escape(e->section, sizeof e->section, section);
	error_escape(e->key, sizeof e->key, key);
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	raw[0] = '\0';
	if (file && *file)
		n += (size_t)snprintf(raw + n, sizeof raw - n, "%s: ", file);
	if (section && *section && n < sizeof raw)
		n += (size_t)snprintf(raw + n, sizeof raw - n, "[%s] ", section);
	if (key && *key && n < sizeof raw)
		n += (size_t)snprintf(raw + n, sizeof raw - n, "%s: ", key);
	if (n < sizeof raw)
		snprintf(raw + n, sizeof raw - n, "%s", what);
	/* names and values come from files: no escape sequence, no line break
	 * reaches the terminal */
	error_escape(e->msg, sizeof e->msg, raw);
}
