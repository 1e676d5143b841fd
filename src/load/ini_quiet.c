/* iniparser 4.1 reports through one global callback, printing to stderr
 * by default; the messages are kept here so that callers can say it in
 * one line naming the file and the line. */
#include "load/ini_quiet.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char first_msg[1200];

/* keeps iniparser's first message: later ones follow from it */
static int capture(const char *fmt, ...)
{
	va_list ap;
	int r;

	if (first_msg[0])
		return 0;
	va_start(ap, fmt);
	r = vsnprintf(first_msg, sizeof first_msg, fmt, ap);
	va_end(ap);
	if (!first_msg[0])
		snprintf(first_msg, sizeof first_msg, "error");
	return r;
}

dictionary *ini_load_quiet(const char *path, long *line, char *text, size_t text_size)
{
	dictionary *d;
	const char *tail, *open;

	first_msg[0] = '\0';
	iniparser_set_error_callback(capture);
	d = iniparser_load(path);
	iniparser_set_error_callback(NULL);
	*line = 0;
	if (d && !first_msg[0])
		return d;
	if (d)
		iniparser_freedict(d);
	/* "iniparser: syntax error in FILE (12):\n-> text" */
	tail = strstr(first_msg, "):\n-> ");
	if (tail) {
		for (open = tail; open > first_msg && *open != '('; open--)
			;
		*line = strtol(open + 1, NULL, 10);
	}
	if (text && text_size) {
		snprintf(text, text_size, "%s", tail ? tail + 6 : first_msg);
		text[strcspn(text, "\r\n")] = '\0';
	}
	return NULL;
}
