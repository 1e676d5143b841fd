/* The one INI reader's messages (ini_fail.h). */
#include "load/ini_fail.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "load/ini_find.h"

bool ini_fail(ini *f, const char *sec, const char *key, const char *fmt, ...)
{
	char what[900];
	va_list ap;
	long line;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	/* a refusal of what the file says names where it says it, also when
	 * the meaning is checked long after the scan */
	line = strncmp(what, "line ", 5) ? ini_line(f, sec, key) : 0;
	if (line > 0)
		error_set(f->err, f->path, sec, key, "line %ld: %s", line, what);
	else
		error_set(f->err, f->path, sec, key, "%s", what);
	return false;
}

/* "FILE: [SEC] line N: a NAME this FILE-PART does not have; <fmt>" */
static bool fail_unknown(ini *f, const char *sec, long line, const char *what,
			 const char *fmt, va_list ap)
{
	char rest[800];

	vsnprintf(rest, sizeof rest, fmt, ap);
	error_set(f->err, f->path, sec, NULL, "line %ld: %s does not have; %s", line, what,
		  rest);
	return false;
}

bool ini_fail_unknown_key(ini *f, const char *sec, const ini_key *key, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fail_unknown(f, sec, key->line, "a key this section", fmt, ap);
	va_end(ap);
	return false;
}

bool ini_fail_unknown_section(ini *f, const ini_section *sec, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fail_unknown(f, NULL, sec->line, "a section this file", fmt, ap);
	va_end(ap);
	return false;
}

bool ini_nomem(ini *f)
{
	return ini_fail(f, NULL, NULL, "out of memory");
}
