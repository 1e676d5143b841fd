/* One clear message for bad input. */
#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

void error_set(ed_error *e, const char *file, const char *section,
	       const char *key, const char *fmt, ...)
{
	char what[768];
	va_list ap;
	size_t n = 0;

	if (!e)
		return;
	copy(e->file, sizeof e->file, file);
	copy(e->section, sizeof e->section, section);
	copy(e->key, sizeof e->key, key);
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	e->msg[0] = '\0';
	if (e->file[0])
		n += snprintf(e->msg + n, sizeof e->msg - n, "%s: ", e->file);
	if (e->section[0] && n < sizeof e->msg)
		n += snprintf(e->msg + n, sizeof e->msg - n, "[%s] ", e->section);
	if (e->key[0] && n < sizeof e->msg)
		n += snprintf(e->msg + n, sizeof e->msg - n, "%s: ", e->key);
	if (n < sizeof e->msg)
		snprintf(e->msg + n, sizeof e->msg - n, "%s", what);
}
